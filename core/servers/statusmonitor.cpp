// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/servers/statusmonitor.h"

#include "core/servers/sessionpool.h"
#include "core/servers/statusrefresh.h"
#include "core/tr.h"

using namespace Qt::StringLiterals;

namespace Steward::Servers {

StatusMonitor::StatusMonitor(Ssh::SessionPool *sessions,
                             QNetworkAccessManager *network,
                             QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_network(network)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StatusMonitor::onInterval);
}

StatusMonitor::~StatusMonitor()
{
    cancelAll();
}

void StatusMonitor::setServers(const ServerList &servers)
{
    QStringList names;
    for (const Server &s : servers) {
        names.append(s.name);
        Entry &e = m_entries[s.name];
        if (!(e.server == s)) {
            // New or edited: what was read belongs to the old settings.
            if (e.running)
                e.running->cancel();
            e.server = s;
            e.status = ServerStatus{};
            e.status.server = s.name;
        }
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!names.contains(it.key())) {
            if (it->running)
                it->running->deleteLater();
            m_order.removeAll(it.key());
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}

void StatusMonitor::setThresholds(const QString &server, const StatusThresholds &thresholds)
{
    if (auto it = m_entries.find(server); it != m_entries.end())
        it->thresholds = thresholds;
}

void StatusMonitor::setInterval(int seconds)
{
    m_intervalSeconds = qMax(0, seconds);
    if (m_intervalSeconds > 0 && !m_paused)
        m_timer.start(m_intervalSeconds * 1000);
    else
        m_timer.stop();
}

void StatusMonitor::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    setInterval(m_intervalSeconds);
    // Coming back after a pause longer than the interval: refresh now rather than show old data.
    if (!paused && m_intervalSeconds > 0)
        refreshAll(false);
}

void StatusMonitor::onInterval()
{
    if (!m_paused)
        refreshAll(false);
}

void StatusMonitor::refresh(const QString &server, bool connect)
{
    auto it = m_entries.find(server);
    if (it == m_entries.end())
        return;
    // Never stacked: a refresh that runs or waits absorbs the new request (a connect request wins).
    if (it->queued || it->running || it->waitingForSession) {
        if (!it->queued && (it->running || it->waitingForSession)) {
            it->queued = true;
            it->queuedConnect = connect;
            m_order.append(server);
        } else {
            it->queuedConnect = it->queuedConnect || connect;
        }
        return;
    }
    it->queued = true;
    it->queuedConnect = connect;
    m_order.append(server);
    pump();
}

void StatusMonitor::refreshAll(bool connect)
{
    for (const QString &name : serverNames())
        refresh(name, connect);
}

void StatusMonitor::cancel(const QString &server)
{
    auto it = m_entries.find(server);
    if (it == m_entries.end())
        return;
    it->queued = false;
    m_order.removeAll(server);
    if (it->running) {
        it->running->cancel();
        it->running->deleteLater();
        it->running = nullptr;
    }
    it->waitingForSession = false;
    emit statusChanged(server);
    pump();
}

void StatusMonitor::cancelAll()
{
    for (const QString &name : serverNames())
        cancel(name);
}

bool StatusMonitor::isRefreshing(const QString &server) const
{
    const auto it = m_entries.constFind(server);
    return it != m_entries.cend() && (it->running || it->waitingForSession);
}

int StatusMonitor::runningCount() const
{
    int n = 0;
    for (const Entry &e : m_entries)
        n += (e.running || e.waitingForSession) ? 1 : 0;
    return n;
}

ServerStatus StatusMonitor::status(const QString &server) const
{
    const auto it = m_entries.constFind(server);
    if (it == m_entries.cend()) {
        ServerStatus none;
        none.server = server;
        return none;
    }
    return it->status;
}

QStringList StatusMonitor::serverNames() const
{
    QStringList names;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        names.append(it.key());
    names.sort();
    return names;
}

void StatusMonitor::pump()
{
    while (runningCount() < m_maxParallel) {
        // The first queued server that is not busy.
        qsizetype pick = -1;
        for (qsizetype i = 0; i < m_order.size(); ++i) {
            const Entry &e = m_entries[m_order.at(i)];
            if (!e.running && !e.waitingForSession) {
                pick = i;
                break;
            }
        }
        if (pick < 0)
            break;
        const QString name = m_order.takeAt(pick);
        Entry &e = m_entries[name];
        e.queued = false;
        begin(e, e.queuedConnect);
    }
    if (runningCount() == 0 && m_order.isEmpty())
        emit idle();
}

void StatusMonitor::begin(Entry &entry, bool connect)
{
    const QString name = entry.server.name;
    entry.waitingForSession = true;
    emit refreshStarted(name);
    // Without connect: a Ready session is used, a Lost one reconnected (the panel recovers on its own once
    // the server is back), a Closed one (refused, closed on purpose) or none left alone: the public endpoints
    // only, the SSH parts as they were (with the Closed session's reason).
    const Ssh::Session *existing = m_sessions->existing(name);
    const bool mayConnect = connect
                            || (existing
                                && (existing->state() != Ssh::Session::State::Closed
                                    && existing->state() != Ssh::Session::State::Disconnected));
    if (!mayConnect) {
        const QString why = existing ? existing->errorString() : QString();
        QTimer::singleShot(0, this, [this, name, why] {
            auto it = m_entries.find(name);
            if (it == m_entries.end() || !it->waitingForSession)
                return;
            it->waitingForSession = false;
            startRefresh(name, nullptr, why);
        });
        return;
    }
    m_sessions->whenReady(entry.server,
                          true,
                          this,
                          [this, name](const Result<Ssh::Session *> &session) {
                              auto it = m_entries.find(name);
                              if (it == m_entries.end() || !it->waitingForSession)
                                  return; // cancelled or removed meanwhile
                              it->waitingForSession = false;
                              startRefresh(name,
                                           session ? session.value() : nullptr,
                                           session ? QString() : session.error().message);
                          });
}

void StatusMonitor::startRefresh(const QString &name,
                                 Ssh::Session *session,
                                 const QString &connectionError)
{
    auto it = m_entries.find(name);
    auto *refresh = new StatusRefresh(m_network, this);
    it->running = refresh;
    connect(refresh,
            &StatusRefresh::finished,
            this,
            [this, name, refresh](const ServerStatus &status) {
                refresh->deleteLater();
                auto e = m_entries.find(name);
                if (e == m_entries.end() || e->running != refresh)
                    return;
                e->running = nullptr;
                e->status = status;
                emit statusChanged(name);
                pump();
            });
    refresh->start(it->server, session, connectionError, it->status, it->thresholds);
}

} // namespace Steward::Servers
