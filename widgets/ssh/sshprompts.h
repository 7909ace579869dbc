// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ssh/session.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace Steward {

// An SSH server's host key is not known yet: shows the key type and SHA256 fingerprint (as
// `ssh-keygen -lf` prints it) and how to check it on the server. Accepted means "trust and connect";
// Cancel, the default, refuses.
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    HostKeyDialog(const QString &host,
                  const QString &keyType,
                  const QString &fingerprint,
                  QWidget *parent = nullptr);

    // The command that prints, on the server, the fingerprint of its host key of this type (OpenSSH's
    // file for the type: ssh_host_ed25519_key.pub, ssh_host_ecdsa_key.pub, ssh_host_rsa_key.pub).
    static QString checkCommand(const QString &keyType);
};

// Asks for a key passphrase or a password, with "Remember in the keychain" when a keychain is there, or
// answers a question of the server (Prompt: a one-time code...), which is never remembered. The caller
// takes the secret with takeSecret(), which also clears the field.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Passphrase, Password, Prompt };
    static Kind kindFor(Ssh::Session::SecretKind kind);
    SecretDialog(
        Kind kind, const QString &prompt, bool retry, bool canRemember, QWidget *parent = nullptr);
    ~SecretDialog() override;

    QByteArray takeSecret();
    bool remember() const;

private:
    QLineEdit *m_secret;
    QCheckBox *m_remember;
};

} // namespace Steward
