// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/servers/serverstatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace Steward::Ssh {
class Session;
class SessionPool;
} // namespace Steward::Ssh

namespace Steward::Servers {

class StatusRefresh;

// The live status of every server of the inventory, for the Servers panel and `steward status`: refreshes
// on demand and on an interval, over each server's one shared session, at most maxParallel at once (the
// rest wait their turn), never two at once for one server (a refresh asked while one runs is not stacked:
// it runs once the current one ends). While paused (the window hidden) the interval does nothing.
//
// Which sessions it uses: connect = false (the window's interval) refreshes over sessions that exist and
// reconnects those that were lost, but never opens a first connection by itself (that could ask about a host
// key out of the blue) nor one that was closed or refused; HTTP health is checked for every server with a
// public URL either way. connect = true (a click on Refresh) connects.
class StatusMonitor : public QObject
{
    Q_OBJECT

public:
    // A refresh is one channel on the server's own session and a parse on the shared pool: no thread of its
    // own. The bound keeps a very large inventory from opening every connection (a handshake each) in the
    // same moment; it is above the fleets Steward is for, so that fifty servers refresh in one wave.
    static constexpr int DefaultMaxParallel = 64;

    StatusMonitor(Ssh::SessionPool *sessions,
                  QNetworkAccessManager *network,
                  QObject *parent = nullptr);
    ~StatusMonitor() override;

    void setServers(const ServerList &servers);
    void setThresholds(const QString &server, const StatusThresholds &thresholds);

    // 0: no interval.
    void setInterval(int seconds);
    int interval() const { return m_intervalSeconds; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setMaxParallel(int count) { m_maxParallel = qMax(1, count); }

    void refresh(const QString &server, bool connect = true);
    void refreshAll(bool connect = true);
    // Stops the server's running refresh (and its queued one); its status keeps what it had.
    void cancel(const QString &server);
    void cancelAll();

    bool isRefreshing(const QString &server) const;
    int runningCount() const;
    // The latest status, or a status with Severity::Unknown when none was read yet.
    ServerStatus status(const QString &server) const;
    QStringList serverNames() const;

signals:
    void refreshStarted(const QString &server);
    void statusChanged(const QString &server);
    // Every refresh asked (by refreshAll or the interval) has ended.
    void idle();

private:
    struct Entry
    {
        Server server;
        ServerStatus status;
        StatusThresholds thresholds;
        QPointer<StatusRefresh> running;
        bool queued = false;
        bool queuedConnect = false;
        bool waitingForSession = false;
    };
    void pump();
    void begin(Entry &entry, bool connect);
    void startRefresh(const QString &name, Ssh::Session *session, const QString &connectionError);
    void onInterval();

    Ssh::SessionPool *m_sessions;
    QNetworkAccessManager *m_network;
    QHash<QString, Entry> m_entries;
    QStringList m_order; // queue order
    QTimer m_timer;
    int m_intervalSeconds = 0;
    bool m_paused = false;
    int m_maxParallel = DefaultMaxParallel;
};

} // namespace Steward::Servers
