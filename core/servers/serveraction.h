// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace Steward::Ssh {
class Command;
class Session;
} // namespace Steward::Ssh

namespace Steward::Servers {

// Something a volunteer does to a server from the Servers panel (or a lesson): a compose service restarted,
// stopped, started or scaled, the whole compose project redeployed, a systemd unit started now. Always an
// argument list (never a shell line), run in the server's compose directory where it acts on compose.
struct ServerAction
{
    enum class Kind {
        RestartService, // docker compose restart SERVICE
        StopService,    // docker compose stop SERVICE
        StartService,   // docker compose start SERVICE
        ScaleService,   // docker compose scale SERVICE=N (Compose 2.22 and later; N replicas)
        Redeploy,       // docker compose up -d
        StartUnit,      // systemctl start --no-block UNIT
    };

    Kind kind = Kind::RestartService;
    QString target; // the service or unit; empty for Redeploy
    int replicas = 1;

    QStringList argv() const;
    // Where it runs: the compose directory for compose actions, else the login directory.
    QString workingDirectory(const Server &server) const;
    // The exact command for a terminal, quoted: "cd -- /opt/mastodon && docker compose restart web".
    QString commandLine(const Server &server) const;
    // "Restart web", "Scale sidekiq to 5", translated.
    QString title() const;
    // Stops something that serves users: the confirmation says so.
    bool interruptsService() const;
};

// One action running on a server: its output as it comes, then how it ended. Kept by the panel's history
// for the session (output capped at maxOutput, the rest counted).
class ActionRun : public QObject
{
    Q_OBJECT

public:
    enum class State { Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    static constexpr qsizetype maxOutput = 4 * 1024 * 1024;

    ActionRun(const Server &server, const ServerAction &action, QObject *parent = nullptr);
    ~ActionRun() override;

    // Starts on session (which must belong to server).
    void start(Ssh::Session *session);
    // It could not start (no connection): ends Failed with message.
    void fail(const QString &message);
    void cancel();

    const Server &server() const { return m_server; }
    const ServerAction &action() const { return m_action; }
    State state() const { return m_state; }
    QDateTime startedAt() const { return m_started; }
    QDateTime finishedAt() const { return m_finished; }
    // stdout and stderr interleaved as they came.
    const QByteArray &output() const { return m_output; }
    qsizetype droppedBytes() const { return m_dropped; }
    int exitCode() const { return m_exitCode; }
    QString errorString() const { return m_error; }

signals:
    void outputReceived(const QByteArray &data);
    void finished(Steward::Servers::ActionRun::State state);

private:
    void append(const QByteArray &data);
    void finish(State state);

    Server m_server;
    ServerAction m_action;
    QPointer<Ssh::Command> m_command;
    State m_state = State::Running;
    QDateTime m_started;
    QDateTime m_finished;
    QByteArray m_output;
    qsizetype m_dropped = 0;
    int m_exitCode = -1;
    QString m_error;
};

} // namespace Steward::Servers
