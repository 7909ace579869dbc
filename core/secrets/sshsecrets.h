// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/credentialkey.h"
#include "core/ssh/session.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Steward {

class CredentialStore;

// Answers the secret requests of SSH sessions (key passphrases, passwords) from the keychain, and asks the
// user only when the keychain holds nothing, or what it holds was refused. A secret the user typed is kept
// in the keychain only when the user agreed (answer(…, remember = true)) and only once it has worked: the
// session reached Ready. A stored secret that was refused is not offered again in this run; the next one
// the user types with "remember" replaces it. Passphrases are keyed by the key file (one key, many
// servers), passwords by the inventory server name (or "user@host" for a jump host). The server's other
// keyboard-interactive questions (SecretKind::Prompt, a one-time code) always go to the user and are never
// kept.
class SshSecretBroker : public QObject
{
    Q_OBJECT

public:
    explicit SshSecretBroker(CredentialStore *store, QObject *parent = nullptr);
    ~SshSecretBroker() override;

    // Serves session's requests from now on; server: its inventory name.
    void attach(Ssh::Session *session, const QString &server);

    // The user's answer to secretNeeded().
    void answer(Ssh::Session *session, const QByteArray &secret, bool remember);
    void refuse(Ssh::Session *session);

    // The keychain key a request is stored under.
    static CredentialKey keyFor(Ssh::Session::SecretKind kind,
                                const QString &subject,
                                const QString &server,
                                const QString &targetSubject);

signals:
    // Ask the user. retry: an earlier answer (typed or from the keychain) was refused.
    void secretNeeded(Steward::Ssh::Session *session,
                      Steward::Ssh::Session::SecretKind kind,
                      const QString &prompt,
                      bool retry);
    // A typed secret was kept in the keychain after it worked (or could not be: message says why).
    void remembered(const Steward::CredentialKey &key);
    void rememberFailed(const Steward::CredentialKey &key, const QString &message);

private:
    struct Pending;
    void onRequest(Ssh::Session *session,
                   Ssh::Session::SecretKind kind,
                   const QString &prompt,
                   const QString &subject);
    void onState(Ssh::Session *session, Ssh::Session::State state);

    QPointer<CredentialStore> m_store;
    QHash<Ssh::Session *, Pending *> m_sessions;
    QSet<QString> m_stale; // keychain ids whose secret was refused in this run
};

} // namespace Steward
