// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Steward::Test {

// A real OpenSSH sshd for integration tests: 127.0.0.1 on a free port, its own host key, authorized_keys
// and config in a temporary directory, a test user (created with useradd when missing, password field
// "*" or a random password set with chpasswd). Reusable by every test that needs a server:
//
//     SshdFixture sshd;
//     QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));   // never QSKIP
//     const QString key = sshd.addClientKey(u"id_ed25519"_s);   // authorized
//     ... Endpoint{host = "127.0.0.1", port = sshd.port(), user = sshd.user(), ...}
//
// The destructor stops sshd and every session process it forked.
class SshdFixture
{
public:
    SshdFixture();
    ~SshdFixture();

    // Starts sshd (again on the same port and host key after stop()/kill()). extraConfig lines come
    // first in sshd_config, so they override the fixture's defaults (sshd keeps a keyword's first value).
    bool start(const QStringList &extraConfig = {});
    void stop();
    // SIGKILL the listener and every process it forked: connections drop as if the host died.
    void kill();
    bool isRunning() const;
    // The processes sshd forked for its connections (sshd-session and the commands they run), for tests
    // that freeze a server without closing its connections (SIGSTOP). Empty when sshd is not running.
    QList<qint64> sessionProcesses() const;
    QString errorString() const { return m_error; }

    QString dir() const { return m_dir.path(); }
    int port() const { return m_port; }
    static QString user() { return QStringLiteral("steward-test"); }
    // The password of the test user (random per run; never print it).
    QByteArray password() const { return m_password; }

    // The host key types sshd offers from the next start() (ssh-keygen's names: ed25519, ecdsa, rsa), each
    // generated once. Default: ed25519 only.
    void setHostKeyTypes(const QStringList &types) { m_hostKeyTypes = types; }
    QStringList hostKeyTypes() const { return m_hostKeyTypes; }

    // One of the server's host keys (ed25519 by default): public key file, key blob, a known_hosts line
    // for 127.0.0.1:port.
    QString hostKeyPublicFile(const QString &type = QStringLiteral("ed25519")) const;
    QByteArray hostKeyBlob(const QString &type = QStringLiteral("ed25519")) const;
    QByteArray knownHostsLine(const QString &type = QStringLiteral("ed25519")) const;

    // Generates a client key pair in dir() (type: ed25519, ecdsa, rsa) and authorizes it unless told not
    // to. Returns the private key's path.
    QString addClientKey(const QString &name,
                         const QString &type = QStringLiteral("ed25519"),
                         const QByteArray &passphrase = QByteArray(),
                         bool authorize = true);

    // Runs a local program, returns its stdout (empty on failure, errorString() says why).
    QByteArray runLocal(const QString &program,
                        const QStringList &args,
                        const QByteArray &input = {});

    // sshd's log so far (stderr with -e), for failure messages.
    QByteArray log() const;

private:
    bool ensureUser();
    QTemporaryDir m_dir;
    QStringList m_hostKeyTypes = {QStringLiteral("ed25519")};
    std::unique_ptr<QProcess> m_sshd;
    int m_port = 0;
    QByteArray m_password;
    QString m_error;
    mutable QByteArray m_log; // grows with each log() call
};

} // namespace Steward::Test
