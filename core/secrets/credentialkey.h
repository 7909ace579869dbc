// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Steward {

// The kinds of secret Steward keeps in the keychain.
enum class CredentialKind {
    SshPassword,
    SshKeyPassphrase,
    GitHubToken,
    MastodonToken,
    S3AccessKey, // the pair as one line, "ACCESS_KEY_ID:SECRET_ACCESS_KEY"
    DatabasePassword,
};

// Names a secret without holding it: a kind and the server (or service host) it belongs to. This is all
// that Steward ever writes to its settings (the index); the value lives only in the keychain.
struct CredentialKey
{
    CredentialKind kind = CredentialKind::SshPassword;
    QString server;

    // The keychain key, "ssh-password/web1": stable across versions and languages.
    QString id() const;
    static std::optional<CredentialKey> fromId(const QString &id);

    friend bool operator==(const CredentialKey &, const CredentialKey &) = default;
};

QList<CredentialKind> allCredentialKinds();
// Stable, untranslated identifier ("ssh-password").
QString credentialKindId(CredentialKind kind);
std::optional<CredentialKind> credentialKindFromId(const QString &id);
// Translated name for the user ("SSH password").
QString credentialKindName(CredentialKind kind);

// Overwrites the characters of a secret we hold alone, then empties it. A QString shared with another
// copy is only released (Qt gives no way to reach the other copy); callers keep secrets unshared.
void wipeSecret(QString &secret);
void wipeSecret(QByteArray &secret);

} // namespace Steward
