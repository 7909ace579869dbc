// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runbook/checks.h"
#include "core/runbook/journal.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Steward::Ssh {
class Session;
}

namespace Steward::Runbook {

// Gathers a list of probes at once: remote ones on the session (read-only commands, each on its own
// channel), HTTP ones from this computer (GET of the public URL, with a timeout), local files. finished()
// once each has its result, in the probes' order. Deleting it cancels what is still running.
class ProbeRunner : public QObject
{
    Q_OBJECT

public:
    ProbeRunner(Ssh::Session *session, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ProbeRunner() override;

    void start(const Context &context, const QList<Probe> &probes, int timeoutMs = 60000);
    const QList<ProbeResult> &results() const { return m_results; }

    // Runs every check's probes and evaluates them: the records a gate or a verification writes.
    static QList<CheckRecord> evaluate(const Context &context,
                                       const QList<std::shared_ptr<const Check>> &checks,
                                       const QList<ProbeResult> &results);
    static QList<Probe> probesOf(const Context &context,
                                 const QList<std::shared_ptr<const Check>> &checks);

signals:
    void finished();

private:
    void done(qsizetype index, const ProbeResult &result);

    QPointer<Ssh::Session> m_session;
    QNetworkAccessManager *m_network;
    QList<ProbeResult> m_results;
    QList<bool> m_done;
    QList<QPointer<QObject>> m_jobs;
    int m_pending = 0;
};

} // namespace Steward::Runbook
