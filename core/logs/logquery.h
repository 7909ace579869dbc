// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logs/logfilter.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QObject>

class QTimer;

#include <atomic>
#include <memory>
#include <vector>

namespace Steward::Logs {

class LineStore;

// A filter (and, with a search, the lines that also match it) run over several stores off the GUI thread:
// for a view's first filtering of a long log and for its searches. Lines appended while it runs are the
// caller's to scan (each result says how far its store was scanned). A new start() cancels the running one;
// its results never arrive. progress() comes about ten times a second with the text bytes scanned.
class LogQuery : public QObject
{
    Q_OBJECT

public:
    struct StreamResult
    {
        int stream = -1;
        qint64 scannedTo = 0;       // lines [0, scannedTo) were scanned
        std::vector<quint32> lines; // those that passed, in order
    };
    using Results = std::vector<StreamResult>;

    explicit LogQuery(QObject *parent = nullptr);
    ~LogQuery() override; // cancels and waits for the worker

    // stores[i] is stream streams[i]'s store; every store must outlive the query (a Timeline's do).
    void start(const QList<int> &streams,
               const QList<const LineStore *> &stores,
               const LogFilter &filter,
               std::shared_ptr<const TextMatcher> search);
    void cancel();
    bool isRunning() const;
    qint64 totalBytes() const { return m_totalBytes; }

signals:
    void progress(qint64 doneBytes, qint64 totalBytes);
    void finished(const std::shared_ptr<const Steward::Logs::LogQuery::Results> &results);
    void cancelled();

private:
    struct Job
    {
        std::atomic<bool> cancel{false};
        std::atomic<qint64> done{0};
    };
    void poll();

    QFutureWatcher<std::shared_ptr<const Results>> m_watcher;
    std::shared_ptr<Job> m_job;
    qint64 m_totalBytes = 0;
    QTimer *m_timer;
};

} // namespace Steward::Logs
