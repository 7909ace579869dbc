// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logs/logquery.h"

#include "core/logs/linestore.h"

#include <QTimer>
#include <QtConcurrentRun>

namespace Steward::Logs {

LogQuery::LogQuery(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &LogQuery::poll);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const Results>>::finished, this, [this] {
        m_timer->stop();
        const auto job = m_job;
        if (!job || job->cancel.load())
            return;
        m_job.reset();
        const std::shared_ptr<const Results> results = m_watcher.result();
        emit progress(m_totalBytes, m_totalBytes);
        emit finished(results);
    });
}

LogQuery::~LogQuery()
{
    if (m_job)
        m_job->cancel.store(true);
    m_watcher.waitForFinished();
}

void LogQuery::start(const QList<int> &streams,
                     const QList<const LineStore *> &stores,
                     const LogFilter &filter,
                     std::shared_ptr<const TextMatcher> search)
{
    cancel();
    m_watcher.waitForFinished(); // a cancelled scan stops within a block
    auto job = std::make_shared<Job>();
    m_job = job;
    m_totalBytes = 0;
    std::vector<qint64> sizes;
    for (const LineStore *store : stores) {
        sizes.push_back(store->size());
        m_totalBytes += store->textBytes();
    }
    m_watcher.setFuture(QtConcurrent::run([job, streams, stores, sizes, filter, search] {
        auto results = std::make_shared<Results>();
        for (qsizetype i = 0; i < streams.size() && !job->cancel.load(); ++i) {
            StreamResult r;
            r.stream = streams[i];
            r.scannedTo = sizes[size_t(i)];
            scanLines(*stores[i],
                      0,
                      r.scannedTo,
                      filter,
                      search.get(),
                      r.lines,
                      &job->cancel,
                      [&job](qint64 bytes) { job->done.fetch_add(bytes); });
            results->push_back(std::move(r));
        }
        return std::shared_ptr<const Results>(std::move(results));
    }));
    m_timer->start();
}

void LogQuery::cancel()
{
    if (!m_job)
        return;
    m_job->cancel.store(true);
    m_job.reset();
    m_timer->stop();
    emit cancelled();
}

bool LogQuery::isRunning() const
{
    return m_job != nullptr;
}

void LogQuery::poll()
{
    if (m_job)
        emit progress(qMin(m_job->done.load(), m_totalBytes), m_totalBytes);
}

} // namespace Steward::Logs
