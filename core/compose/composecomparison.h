// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compose/composelayout.h"
#include "core/compose/composereport.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <array>
#include <optional>

namespace Steward::Compose {

class UpstreamSource;

// What to compare: OLD, NEW and optionally DEPLOYED, each a file or an upstream reference
// (mastodon@v4.2.10, owner/repo@ref; a path that exists is a file, see UpstreamRef::fromSource).
struct ComparisonRequest
{
    QString oldSource;
    QString newSource;
    QString deployedSource; // empty: no deployed copy (unless `deployed` is given)
    // A deployed copy read elsewhere (a server's, over SFTP): used instead of deployedSource.
    std::optional<Document> deployed;
    QString checkoutPath; // references read from this local git repository; empty: fetched
    QUrl baseUrl;         // where references are fetched from; empty: UpstreamSource's default
    QString cacheDir;     // where fetched files are kept; empty: UpstreamSource's default
    bool layout = false;  // also lay the diff out for a view (folded and unfolded)
};

// What a comparison gives: the report and, when asked, the diff laid out both ways.
struct Comparison
{
    Report report;
    DiffLayout folded;   // unchanged stretches folded (DiffLayout::Options defaults)
    DiffLayout unfolded; // every line
};

// The compose comparison pipeline, shared by the panel and `steward compose-diff`: fetches the
// upstream references (QtNetwork, on this object's thread, without blocking it), then reads the files
// and the checkout's blobs, builds the Report and lays it out on a worker thread (a QPromise with a
// progress range, cancelled between steps). finished() is emitted once per start(), later, never
// after cancel(). Destroying the object cancels the worker first, then waits for it.
class ComposeComparison : public QObject
{
    Q_OBJECT
public:
    // Progress values: reading, the report's steps (Report::progressSteps), the layout.
    static constexpr int progressMaximum = 1 + Report::progressSteps + 1;

    explicit ComposeComparison(QObject *parent = nullptr);
    ~ComposeComparison() override;

    // Starts a comparison, cancelling the one running.
    void start(const ComparisonRequest &request);
    // Stops the running comparison: pending fetches are aborted, the worker stops before its next
    // step (a step already running finishes and is thrown away). No finished() for it.
    void cancel();
    bool isRunning() const { return m_running; }
    // The worker's future (invalid while fetching or before the first start).
    QFuture<Result<Comparison>> future() const { return m_future; }

Q_SIGNALS:
    // (0, 0) while fetching (busy), then (0, progressMaximum).
    void progressRangeChanged(int minimum, int maximum);
    void progressValueChanged(int value);
    void finished(const Steward::Result<Steward::Compose::Comparison> &result);

private:
    void sourceFetched(int generation, int index, const Result<Document> &document);
    void startWorker(int generation);
    void abortFetches();

    QFuture<Result<Comparison>> m_future;
    QList<QFuture<Result<Comparison>>> m_workers; // this run's and cancelled ones still finishing
    QList<QPointer<UpstreamSource>> m_fetches;
    ComparisonRequest m_request;
    std::array<std::optional<Document>, 3> m_fetched; // OLD, NEW, DEPLOYED from the network
    int m_pendingFetches = 0;
    int m_generation = 0; // bumped by start() and cancel(): late answers of older runs are dropped
    bool m_running = false;
};

} // namespace Steward::Compose
