// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/servers/batchcommand.h"
#include "core/servers/serverstatus.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Steward::Ssh {
class Command;
class Session;
} // namespace Steward::Ssh

namespace Steward::Servers {

class HealthCheck;

// One refresh of one server: the read-only tools in one batched command on the server's open session (one
// channel), and the HTTP health endpoints from the laptop, at the same time. Each part is parsed on its own:
// a part that fails (a missing tool, a parse error naming the command) keeps its previous data, marked stale,
// and never hides the others. Cancellable; finished() once, with the new status.
class StatusRefresh : public QObject
{
    Q_OBJECT

public:
    // The systemd units read when the inventory names none: the ones a docker-compose Mastodon server has.
    static QStringList defaultUnits();

    StatusRefresh(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~StatusRefresh() override;

    // The batched command a refresh runs for server (public for `--dry-run`-like display and the tests).
    static BatchCommand batchFor(const Server &server);

    // session: Ready, or null with connectionError saying why (the HTTP checks still run). previous: the
    // last status, whose data a failed part keeps.
    void start(const Server &server,
               Ssh::Session *session,
               const QString &connectionError,
               const ServerStatus &previous,
               const StatusThresholds &thresholds);
    void cancel();
    bool isRunning() const { return m_running; }
    // Milliseconds since start().
    qint64 elapsed() const { return m_elapsed.elapsed(); }

    // Applies one part's output to status (pure: what the parsers make of it). Public for tests.
    static void applyPart(ServerStatus &status,
                          const BatchCommand::Output &part,
                          const QDateTime &at);
    // The parts the batch did not bring back (cut connection): each says so, keeping its data.
    static void markMissing(ServerStatus &status,
                            const QList<BatchCommand::Output> &parts,
                            const QString &why,
                            const QDateTime &at);

signals:
    void finished(const Steward::Servers::ServerStatus &status);

private:
    void sshDone();
    void maybeFinish();

    QNetworkAccessManager *m_network;
    HealthCheck *m_health;
    Server m_server;
    ServerStatus m_status;
    StatusThresholds m_thresholds;
    QPointer<Ssh::Command> m_command;
    QByteArray m_out;
    QByteArray m_err;
    bool m_running = false;
    bool m_sshPending = false;
    bool m_healthPending = false;
    quint64 m_generation = 0; // start() counts; a parse of an earlier refresh is dropped
    QElapsedTimer m_elapsed;
};

} // namespace Steward::Servers
