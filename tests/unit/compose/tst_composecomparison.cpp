// SPDX-License-Identifier: GPL-3.0-or-later
// ComposeComparison: the pipeline the panel and `steward compose-diff` share, on real files and a real
// git checkout: its result, progress, errors, restarts, cancelling, and destruction (cancel, then wait).
#include "core/compose/composecomparison.h"
#include "tests/unit/compose/composefixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Compose;

// The signal's argument as it was sent (Result has no empty state, so QVariant::value<>() cannot be used).
static Result<Comparison> resultAt(const QSignalSpy &spy, int i)
{
    const QVariant &v = spy.at(i).at(0);
    Q_ASSERT(v.metaType() == QMetaType::fromType<Result<Comparison>>());
    return *static_cast<const Result<Comparison> *>(v.constData());
}

// A request for two files, nothing else.
static ComparisonRequest pair(const QString &oldSource, const QString &newSource)
{
    ComparisonRequest request;
    request.oldSource = oldSource;
    request.newSource = newSource;
    return request;
}

class TestComposeComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filesWithLayout();
    void withoutLayout();
    void deployedGivenAsDocument();
    void errorsAreResults();
    void restartDropsTheFirstRun();
    void cancelStopsTheWorker();
    void destructionCancelsThenWaits();
    void referencesFromACheckout();

private:
    QTemporaryDir m_dir;
    QString m_bigOld;
    QString m_bigNew;
};

void TestComposeComparison::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto [a, b] = Fixtures::hundredThousandLinePair();
    m_bigOld = m_dir.filePath(u"a.yml"_s);
    m_bigNew = m_dir.filePath(u"b.yml"_s);
    for (const auto &[path, bytes] : {std::pair{m_bigOld, a}, std::pair{m_bigNew, b}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
}

void TestComposeComparison::filesWithLayout()
{
    ComposeComparison comparison;
    QSignalSpy finished(&comparison, &ComposeComparison::finished);
    QSignalSpy range(&comparison, &ComposeComparison::progressRangeChanged);
    QSignalSpy progress(&comparison, &ComposeComparison::progressValueChanged);
    ComparisonRequest request;
    request.oldSource = Fixtures::path(u"v4.2.10"_s);
    request.newSource = Fixtures::path(u"v4.3.0"_s);
    request.deployedSource = Fixtures::path(u"deployed-v4.2.10-local"_s);
    request.layout = true;
    comparison.start(request);
    QVERIFY(comparison.isRunning());
    QCOMPARE(finished.size(), 0); // never from start()
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!comparison.isRunning());
    const auto result = resultAt(finished, 0);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    // The same report as computed directly, and its layouts.
    const auto direct = Report::compute(Fixtures::document(u"v4.2.10"_s),
                                        Fixtures::document(u"v4.3.0"_s),
                                        Fixtures::document(u"deployed-v4.2.10-local"_s));
    QCOMPARE(result->report.upstreamChanges, direct->upstreamChanges);
    QCOMPARE(result->report.defaultMergedPatch, direct->defaultMergedPatch);
    QCOMPARE(result->report.oldDoc.name, request.oldSource);
    QVERIFY(result->report.threeWay);
    QCOMPARE(result->folded.changes.size(), direct->upstreamChanges.size());
    QVERIFY(result->folded.folded);
    QVERIFY(!result->unfolded.folded);
    QVERIFY(result->folded.rows.size() < result->unfolded.rows.size());
    // Progress: a range, then every step up to the end.
    QVERIFY(!range.isEmpty());
    QCOMPARE(range.last().at(1).toInt(), ComposeComparison::progressMaximum);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), ComposeComparison::progressMaximum);
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).at(0).toInt() >= progress.at(i - 1).at(0).toInt());
}

void TestComposeComparison::withoutLayout()
{
    ComposeComparison comparison;
    QSignalSpy finished(&comparison, &ComposeComparison::finished);
    comparison.start(pair(Fixtures::path(u"v4.1.9"_s), Fixtures::path(u"v4.2.0"_s)));
    QVERIFY(finished.wait(10'000));
    const auto result = resultAt(finished, 0);
    QVERIFY(result.ok());
    QCOMPARE(result->report.upstreamChanges.size(), 3);
    QVERIFY(!result->report.threeWay);
    QVERIFY(result->folded.rows.isEmpty()); // not asked for
}

void TestComposeComparison::deployedGivenAsDocument()
{
    // A server's copy, already read: used instead of any deployed source.
    ComposeComparison comparison;
    QSignalSpy finished(&comparison, &ComposeComparison::finished);
    ComparisonRequest request;
    request.oldSource = Fixtures::path(u"v4.2.10"_s);
    request.newSource = Fixtures::path(u"v4.3.0"_s);
    request.deployedSource = u"/nonexistent/ignored.yml"_s;
    request.deployed = *Document::fromBytes(Fixtures::bytes(u"deployed-v4.2.10-local"_s),
                                            u"lab:/opt/mastodon/docker-compose.yml"_s);
    comparison.start(request);
    QVERIFY(finished.wait(10'000));
    const auto result = resultAt(finished, 0);
    QVERIFY(result.ok());
    QCOMPARE(result->report.deployed->name, u"lab:/opt/mastodon/docker-compose.yml"_s);
    QCOMPARE(result->report.threeWay->hunks.size(), 9);
}

void TestComposeComparison::errorsAreResults()
{
    ComposeComparison comparison;
    QSignalSpy finished(&comparison, &ComposeComparison::finished);
    comparison.start(pair(Fixtures::path(u"v4.1.9"_s), u"/nonexistent/new.yml"_s));
    QVERIFY(finished.wait(10'000));
    auto result = resultAt(finished, 0);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"Cannot read /nonexistent/new.yml"_s),
             qPrintable(result.error().message));
    // Malformed YAML: the report's error, with its line and column.
    QTemporaryDir dir;
    QFile bad(dir.filePath(u"bad.yml"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("services:\n\tweb: {}\n");
    bad.close();
    comparison.start(pair(Fixtures::path(u"v4.1.9"_s), bad.fileName()));
    QVERIFY(finished.wait(10'000));
    result = resultAt(finished, 1);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().line, 2);
    QCOMPARE(result.error().column, 1);
    // A reference with nowhere to fetch it from is an error too, not a hang.
    ComparisonRequest request;
    request.oldSource = u"mastodon@v4.1.9"_s;
    request.newSource = Fixtures::path(u"v4.2.0"_s);
    request.baseUrl = QUrl(u"http://127.0.0.1:9/"_s); // discard port: refused
    request.cacheDir = dir.filePath(u"cache"_s);
    comparison.start(request);
    QVERIFY(finished.wait(30'000));
    result = resultAt(finished, 2);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"Cannot fetch mastodon/mastodon@v4.1.9"_s),
             qPrintable(result.error().message));
}

void TestComposeComparison::restartDropsTheFirstRun()
{
    ComposeComparison comparison;
    QSignalSpy finished(&comparison, &ComposeComparison::finished);
    comparison.start(pair(m_bigOld, m_bigNew));
    comparison.start(pair(Fixtures::path(u"v4.1.9"_s), Fixtures::path(u"v4.2.0"_s)));
    QVERIFY(finished.wait(60'000));
    QVERIFY(QThreadPool::globalInstance()->waitForDone(120'000));
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    const auto result = resultAt(finished, 0);
    QVERIFY(result.ok());
    QCOMPARE(result->report.upstreamChanges.size(), 3);
}

void TestComposeComparison::cancelStopsTheWorker()
{
    ComposeComparison comparison;
    QSignalSpy finished(&comparison, &ComposeComparison::finished);
    comparison.start(pair(m_bigOld, m_bigNew));
    const QFuture<Result<Comparison>> future = comparison.future();
    comparison.cancel();
    QVERIFY(!comparison.isRunning());
    QVERIFY(QThreadPool::globalInstance()->waitForDone(120'000));
    QCoreApplication::processEvents();
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
    QCOMPARE(finished.size(), 0);
    // Stopped between steps, before the end.
    QVERIFY(future.progressValue() < ComposeComparison::progressMaximum);
    // The object is usable again.
    comparison.start(pair(Fixtures::path(u"v4.1.9"_s), Fixtures::path(u"v4.2.0"_s)));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.size(), 1);
}

void TestComposeComparison::destructionCancelsThenWaits()
{
    // Destroyed while the worker reads or compares 100k-line files: by the time the destructor
    // returns the worker is done, and it was cancelled rather than run to its end.
    auto *comparison = new ComposeComparison;
    comparison->start(pair(m_bigOld, m_bigNew));
    const QFuture<Result<Comparison>> future = comparison->future();
    QVERIFY(future.isValid());
    delete comparison;
    QVERIFY(future.isFinished());
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
    QVERIFY(future.progressValue() < ComposeComparison::progressMaximum);
}

void TestComposeComparison::referencesFromACheckout()
{
    // Read with libgit2 on the worker thread; no network is configured at all.
    QTemporaryDir dir;
    const QString error = Fixtures::makeCheckout(dir.path(), {u"v4.1.9"_s, u"v4.2.0"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ComposeComparison comparison;
    QSignalSpy finished(&comparison, &ComposeComparison::finished);
    QSignalSpy range(&comparison, &ComposeComparison::progressRangeChanged);
    ComparisonRequest request;
    request.oldSource = u"mastodon@v4.1.9"_s;
    request.newSource = u"mastodon@v4.2.0"_s;
    request.checkoutPath = dir.path();
    request.baseUrl = QUrl(u"http://127.0.0.1:9/"_s);
    comparison.start(request);
    QVERIFY(finished.wait(10'000));
    const auto result = resultAt(finished, 0);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->report.oldDoc.name, u"mastodon/mastodon@v4.1.9"_s);
    QCOMPARE(result->report.newDoc.text, Fixtures::document(u"v4.2.0"_s).text);
    // Nothing was fetched: never the busy range (0, 0).
    for (const QList<QVariant> &r : std::as_const(range))
        QVERIFY(r.at(1).toInt() > 0);
    // A tag the checkout lacks: the error names it.
    request.newSource = u"mastodon@v9.9.9"_s;
    comparison.start(request);
    QVERIFY(finished.wait(10'000));
    const auto missing = resultAt(finished, 1);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(u"no docker-compose.yml at v9.9.9"_s),
             qPrintable(missing.error().message));
}

QTEST_GUILESS_MAIN(TestComposeComparison)
#include "tst_composecomparison.moc"
