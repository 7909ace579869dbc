// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ssh/endpoint.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>

class QHostAddress;
class QSocketNotifier;
struct _LIBSSH2_SESSION;
struct _LIBSSH2_CHANNEL;

namespace Steward::Ssh {

class Command;
class Job;
class Transfer;
struct SessionPrivate;

// What a command asks for.
struct CommandOptions
{
    bool pty = false;
    QByteArray term = QByteArrayLiteral("xterm");
    int columns = 80;
    int rows = 24;
    // 0: none. Counted from started(): past it the command fails ("timed out") and its remote process is
    // stopped as cancel() stops it.
    int timeoutMs = 0;
    // Empty: the login directory. Otherwise the command runs there (`cd -- DIR && exec ARGV...`); when
    // the directory cannot be entered nothing runs and the command finishes with cd's status and message.
    QString workingDirectory;
};

// How an upload lands (Session::upload).
struct UploadOptions
{
    // -1: the replaced file's mode, or 0600 for a new file (nothing is readable by others unless asked).
    int permissions = -1;
    bool atomic = true; // write a temporary file beside the destination, then rename it over
};

// One SSH connection to one server, shared by every panel, with many commands multiplexed over it.
// libssh2 in non-blocking mode on the thread the object lives in: a read/write QSocketNotifier pair
// (enabled from libssh2_session_block_directions) drives an explicit state machine; nothing waits on the
// network. The host key is verified before authentication; an unknown key is asked about through
// hostKeyUnknown(), a changed one refuses the connection. Secrets (passphrases, passwords) are asked
// through secretRequested() and answered with provideSecret() / refuseSecret(); they are never stored.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Authenticating, Ready, Lost, Closed };
    Q_ENUM(State)
    // Prompt: a question of the server's keyboard-interactive authentication that is not a password (a
    // one-time code...): the prompt is the server's text; asked every time, never kept.
    enum class SecretKind { KeyPassphrase, Password, Prompt };
    Q_ENUM(SecretKind)
    // Why a host key was refused (the session is then Closed).
    enum class HostKeyProblem {
        None,
        Changed,             // another key of the same type is known for the host
        Revoked,             // the key is marked @revoked
        KnownUnderOtherType, // the host is known by keys of other types only, none of which it presented
    };
    Q_ENUM(HostKeyProblem)

    explicit Session(const Endpoint &endpoint, QObject *parent = nullptr);
    ~Session() override;

    const Endpoint &endpoint() const;
    State state() const;
    // The last error, translated; empty when none.
    QString errorString() const;

    // Starts connecting (again, after Lost or Closed: reconnect on demand).
    void connectToHost();
    // Closes politely; running commands fail.
    void close();

    // Answers to hostKeyUnknown(): trust adds the key to Steward's known_hosts and goes on.
    void trustHostKey();
    void refuseHostKey();
    // Answers to secretRequested().
    void provideSecret(const QByteArray &secret);
    void refuseSecret();

    // Runs a program with its arguments: each element of argv reaches the remote program as one argument,
    // whatever it holds (quotes, ';', $(...), newlines, a leading dash, nothing), quoted by Ssh::quote for
    // the remote shell. The Command is owned by parent (or the session when parent is null) and starts as
    // soon as the session is Ready. An empty argv fails.
    Command *run(const QStringList &argv,
                 const CommandOptions &options = {},
                 QObject *parent = nullptr);
    Command *run(const QList<QByteArray> &argv,
                 const CommandOptions &options = {},
                 QObject *parent = nullptr);
    // run() in directory (CommandOptions::workingDirectory): `cd -- DIR && exec ARGV...`. argv[0] must be
    // a program, not a shell builtin.
    Command *runIn(const QString &directory,
                   const QStringList &argv,
                   const CommandOptions &options = {},
                   QObject *parent = nullptr);
    // Runs line as the remote user's shell reads it: pipes, redirections, variables, globs. Only for lines
    // written in the code; never put a value in one (use run() with an argument list for that).
    Command *runShell(const QByteArray &line,
                      const CommandOptions &options = {},
                      QObject *parent = nullptr);

    // SFTP, each on its own channel (owned like commands): a path's attributes; a small file's content
    // (refused beyond maxBytes); a download to a local file; an upload, atomic by default.
    Transfer *stat(const QString &remotePath, QObject *parent = nullptr);
    Transfer *readFile(const QString &remotePath,
                       qint64 maxBytes = 16 * 1024 * 1024,
                       QObject *parent = nullptr);
    Transfer *download(const QString &remotePath,
                       const QString &localPath,
                       QObject *parent = nullptr);
    Transfer *upload(const QString &localPath,
                     const QString &remotePath,
                     const UploadOptions &options = {},
                     QObject *parent = nullptr);

    // What a password of this session opens: "user@host" or "user@host:port" (the subject of its requests).
    QString passwordSubject() const;

    // Test hook: whether the session still holds a copy of a secret (a password, a passphrase, an answer
    // to the server's question). Never true once the connection dropped, was closed or is made again.
    bool holdsSecrets() const;

    // The authentication method that succeeded ("publickey (agent)", "publickey", "password", ...).
    QString authenticatedWith() const;
    // The host key the server presented in the last connection: its type ("ssh-ed25519",
    // "ecdsa-sha2-nistp256", "ssh-rsa"...) and SHA256 fingerprint; empty before the key exchange.
    QString hostKeyType() const;
    QString hostKeyFingerprint() const;
    HostKeyProblem hostKeyProblem() const;

signals:
    void stateChanged(Steward::Ssh::Session::State state);
    // host: the server whose key is asked about (the jump host when a ProxyJump hop asks).
    void hostKeyUnknown(const QString &fingerprint, const QString &keyType, const QString &host);
    // subject: what the secret opens, stable across attempts: the key file for a passphrase, "user@host[:port]"
    // for a password and for the server's other questions (Prompt). Asked again (at most three times) when
    // the answer was wrong.
    void secretRequested(Steward::Ssh::Session::SecretKind kind,
                         const QString &prompt,
                         const QString &subject);
    void errorOccurred(const QString &message);

private:
    friend class Job;
    void schedule();
    void step();
    void fail(const QString &message, State state);
    void setState(State state);
    void startSocket(const QList<QHostAddress> &addresses);
    void tryNextAddress();
    void closeSocket();
    void startOnSocket(int fd);
    void pauseTimeout();
    void resumeTimeout();
    void startThroughJump(const std::shared_ptr<const Endpoint> &jump);
    Session *waitingJump() const;
    void updateNotifiers();
    void teardown(bool destroying = false);
    void onKeepalive();
    void sendKeepalive();
    bool mayOpen(const Job *job) const;
    bool hasReader() const;
    void failDuringAuthentication();
    void askPassword();
    QString passwordPrompt() const;
    void wrongPassword();
    void startKbd();
    void askKbd(bool password, const QString &text);
    void kbdFinished(int rc);
    void detach(Job *job);
    void attach(Job *job);
    // For jobs: the libssh2 handle, the end of its channel opening, a transport error.
    _LIBSSH2_SESSION *handle() const;
    void openingDone(Job *job);
    bool checkFatal(int rc);
    bool channelRefused(Job *job);
    void abandonChannel(_LIBSSH2_CHANNEL *channel, bool signal);
    int openChannels() const;
    void serviceAbandoned();

    std::unique_ptr<SessionPrivate> d;
};

} // namespace Steward::Ssh
