// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/composecomparison.h"

#include "core/compose/upstreamsource.h"
#include "core/tr.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <array>

using namespace Qt::StringLiterals;

namespace Steward::Compose {
namespace {

using Documents = std::array<std::optional<Document>, 3>; // OLD, NEW, DEPLOYED

std::array<QString, 3> sourcesOf(const ComparisonRequest &request)
{
    return {request.oldSource.trimmed(),
            request.newSource.trimmed(),
            request.deployed ? QString() : request.deployedSource.trimmed()};
}

// What the worker reads itself: a file, or a reference's blob in the local checkout.
Result<Document> readSource(const QString &source, const QString &checkoutPath)
{
    if (!checkoutPath.isEmpty()) {
        if (const auto ref = UpstreamRef::fromSource(source))
            return readFromCheckout(checkoutPath, *ref);
    }
    return Document::fromFile(source);
}

// The worker: reading, the report's steps, the layout; progress after each, stopped between them
// once cancelled (a cancelled promise drops what it is given, so nothing partial is ever reported).
void compare(QPromise<Result<Comparison>> &promise, ComparisonRequest request, Documents docs)
{
    promise.setProgressRange(0, ComposeComparison::progressMaximum);
    if (promise.isCanceled())
        return;
    const std::array<QString, 3> sources = sourcesOf(request);
    if (request.deployed)
        docs[2] = std::move(request.deployed);
    for (size_t i = 0; i < docs.size(); ++i) {
        if (docs[i] || sources[i].isEmpty())
            continue;
        auto loaded = readSource(sources[i], request.checkoutPath);
        if (!loaded) {
            promise.addResult(loaded.error());
            return;
        }
        docs[i] = std::move(loaded).value();
    }
    if (!docs[0] || !docs[1]) {
        promise.addResult(Error{Core::Tr::tr("Nothing to compare: the old and the new upstream "
                                             "file are both needed.")});
        return;
    }
    promise.setProgressValue(1);
    auto report = Report::compute(*docs[0], *docs[1], docs[2], [&promise](int step) {
        promise.setProgressValue(1 + step);
        return !promise.isCanceled();
    });
    if (!report) {
        promise.addResult(report.error());
        return;
    }
    Comparison comparison;
    comparison.report = std::move(report).value();
    if (request.layout) {
        const Report &r = comparison.report;
        comparison.folded = DiffLayout::compute(r.upstreamChanges,
                                                r.oldDoc.lines,
                                                r.newDoc.lines,
                                                DiffLayout::Options{.fold = true});
        if (promise.isCanceled())
            return;
        comparison.unfolded = DiffLayout::compute(r.upstreamChanges,
                                                  r.oldDoc.lines,
                                                  r.newDoc.lines,
                                                  DiffLayout::Options{.fold = false});
    }
    promise.setProgressValue(ComposeComparison::progressMaximum);
    promise.addResult(std::move(comparison));
}

} // namespace

ComposeComparison::ComposeComparison(QObject *parent)
    : QObject(parent)
{}

ComposeComparison::~ComposeComparison()
{
    // Cancel first, so that the worker stops at its next step; then wait for it (and for any
    // cancelled run still finishing its step), so that no work outlives its owner.
    cancel();
    for (QFuture<Result<Comparison>> &worker : m_workers)
        worker.waitForFinished();
}

void ComposeComparison::abortFetches()
{
    for (const QPointer<UpstreamSource> &upstream : std::as_const(m_fetches)) {
        if (upstream) {
            upstream->cancel();
            upstream->deleteLater();
        }
    }
    m_fetches.clear();
}

void ComposeComparison::cancel()
{
    ++m_generation;
    abortFetches();
    for (QFuture<Result<Comparison>> &worker : m_workers)
        worker.cancel();
    m_running = false;
}

void ComposeComparison::start(const ComparisonRequest &request)
{
    cancel();
    const int generation = ++m_generation;
    m_running = true;
    m_request = request;
    m_fetched = {};
    m_pendingFetches = 0;
    // Workers of earlier runs that are done are forgotten; cancelled ones still finishing are kept,
    // to be waited for on destruction.
    m_workers.removeIf([](const QFuture<Result<Comparison>> &f) { return f.isFinished(); });

    const std::array<QString, 3> sources = sourcesOf(request);
    QList<std::pair<int, UpstreamRef>> fetches;
    if (request.checkoutPath.isEmpty()) {
        for (size_t i = 0; i < sources.size(); ++i) {
            if (sources[i].isEmpty())
                continue;
            if (const auto ref = UpstreamRef::fromSource(sources[i]))
                fetches.append({int(i), *ref});
        }
    }
    if (fetches.isEmpty()) {
        startWorker(generation);
        return;
    }
    Q_EMIT progressRangeChanged(0, 0); // busy: a fetch says nothing of its progress
    m_pendingFetches = int(fetches.size());
    for (const auto &[index, ref] : std::as_const(fetches)) {
        auto *upstream = new UpstreamSource(this);
        if (!request.baseUrl.isEmpty())
            upstream->setBaseUrl(request.baseUrl);
        if (!request.cacheDir.isEmpty())
            upstream->setCacheDir(request.cacheDir);
        m_fetches.append(upstream);
        // Queued: a cached file is answered inside fetch(), and finished() never comes from start().
        connect(
            upstream,
            &UpstreamSource::fetched,
            this,
            [this, generation, index](const Result<Document> &document) {
                sourceFetched(generation, index, document);
            },
            Qt::QueuedConnection);
        upstream->fetch(ref);
    }
}

void ComposeComparison::sourceFetched(int generation, int index, const Result<Document> &document)
{
    if (generation != m_generation)
        return;
    if (!document) {
        abortFetches();
        m_running = false;
        Q_EMIT finished(document.error());
        return;
    }
    m_fetched[size_t(index)] = document.value();
    if (--m_pendingFetches == 0) {
        abortFetches();
        startWorker(generation);
    }
}

void ComposeComparison::startWorker(int generation)
{
    using Watcher = QFutureWatcher<Result<Comparison>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::progressRangeChanged, this, [this, generation](int min, int max) {
        // (0, 0) is the future's range before the worker sets its own, not a busy state: skipped.
        if (generation == m_generation && max > 0)
            Q_EMIT progressRangeChanged(min, max);
    });
    connect(watcher, &Watcher::progressValueChanged, this, [this, generation](int value) {
        if (generation == m_generation)
            Q_EMIT progressValueChanged(value);
    });
    connect(watcher, &Watcher::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // A cancelled run has no result and says nothing.
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return;
        m_running = false;
        Q_EMIT finished(watcher->result());
    });
    m_future = QtConcurrent::run(compare, m_request, m_fetched);
    m_workers.append(m_future);
    m_fetched = {};
    watcher->setFuture(m_future);
}

} // namespace Steward::Compose
