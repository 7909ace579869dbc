// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QProcess;

namespace Steward::Onboarding {

// Makes a newcomer's SSH key pair with ssh-keygen (ed25519), run as a program with arguments, never
// through a shell. The passphrase never appears in ssh-keygen's arguments, environment, a file or a log:
// ssh-keygen runs in a session of its own (no controlling terminal) with SSH_ASKPASS_REQUIRE=never, so it
// reads the passphrase (and its confirmation) from its stdin, a pipe we write to (docs/decisions.md). The
// private key is left with mode 0600; the public key line is returned, for sending.
class KeyGenerator : public QObject
{
    Q_OBJECT

public:
    static constexpr int timeoutMs = 30000;

    explicit KeyGenerator(QObject *parent = nullptr);
    ~KeyGenerator() override;

    // Generates privateKeyPath and privateKeyPath.pub; refuses to overwrite either. passphrase: empty for
    // none. It is wiped from this object once written to ssh-keygen. comment: "alice@laptop" (one line).
    void generate(const QString &privateKeyPath, const QString &comment, QByteArray passphrase);
    bool isRunning() const;

    // The program run; "ssh-keygen" from PATH by default (tests may point elsewhere).
    void setProgram(const QString &program) { m_program = program; }

signals:
    // publicKey: the .pub file's line ("ssh-ed25519 AAAA… comment").
    void generated(const QString &privateKeyPath, const QString &publicKey);
    void failed(const QString &message);

private:
    void finish(int exitCode);
    void fail(const QString &message);

    QString m_program = QStringLiteral("ssh-keygen");
    QString m_path;
    std::unique_ptr<QProcess> m_process;
    QTimer m_timeout;
    QByteArray m_stderr;
};

} // namespace Steward::Onboarding
