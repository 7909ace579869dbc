// SPDX-License-Identifier: GPL-3.0-or-later
// The Logs view's model over a Timeline: two sources merged in time order, lines arriving in the middle
// and at the end, level, time and text filters (also while lines keep coming, and off the GUI thread for a
// long log), hidden sources, search with its count and next/previous, and safe display of control
// characters, invalid UTF-8 and very long lines. QAbstractItemModelTester watches every change.
#include "core/logs/ingestor.h"
#include "core/logs/logtime.h"
#include "core/logs/textmatcher.h"
#include "core/logs/timeline.h"
#include "models/logs/logmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Logs;

namespace {

constexpr qint64 T0 = 1'764'000'000'000'000; // µs, late 2025

struct Line
{
    qint64 offsetS;
    const char *text;
    qint8 priority = Info;
};

void append(Timeline &timeline,
            int source,
            const QList<Line> &lines,
            const QByteArray &origin = "web")
{
    IngestBatch batch;
    batch.source = source;
    for (const Line &l : lines) {
        ParsedLine p;
        p.text = QByteArrayView(l.text);
        p.timeUs = T0 + l.offsetS * 1'000'000;
        p.priority = l.priority;
        p.origin = origin;
        batch.lines.add(p);
    }
    timeline.append(batch);
}

int addSource(Timeline &timeline, const QString &name)
{
    SourceSpec spec;
    spec.kind = SourceKind::Journal;
    spec.server = u"lab"_s;
    spec.name = name;
    return timeline.addSource(spec);
}

QStringList messages(const LogModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, LogModel::MessageColumn).data().toString();
    return out;
}

std::shared_ptr<const TextMatcher> matcher(const QString &pattern,
                                           TextMatcher::Syntax syntax = TextMatcher::Syntax::Text)
{
    auto m = TextMatcher::create(pattern, syntax);
    return m ? m.value() : nullptr;
}

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergedInTimeOrder()
    {
        Timeline timeline;
        LogModel model(&timeline);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int a = addSource(timeline, u"a.service"_s);
        const int b = addSource(timeline, u"b.service"_s);
        QSignalSpy added(&model, &LogModel::rowsAdded);
        append(timeline, a, {{1, "a1"}, {3, "a3"}, {5, "a5"}});
        append(timeline, b, {{2, "b2"}, {4, "b4"}}, "sidekiq[42]");
        QCOMPARE(messages(model), (QStringList{u"a1"_s, u"b2"_s, u"a3"_s, u"b4"_s, u"a5"_s}));
        QVERIFY(added.size() >= 2);
        // A late line of a: inserted where its time puts it, and at the end.
        append(timeline, b, {{6, "b6"}});
        append(timeline, a, {{7, "a7"}});
        QCOMPARE(messages(model).last(), u"a7"_s);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(1, LogModel::SourceColumn).data().toString(), u"sidekiq[42]"_s);
        QCOMPARE(model.index(0, LogModel::LevelColumn).data().toString(), u"info"_s);
        QCOMPARE(model.index(0, 0).data(LogModel::TimeUsRole).toLongLong(), T0 + 1'000'000);
        QCOMPARE(model.index(1, 0).data(LogModel::SourceRole).toInt(), b);
        QCOMPARE(model.rowForTime(T0 + 3'500'000), 3);
        model.setUtc(true);
        QCOMPARE(model.index(0, LogModel::TimeColumn).data().toString(),
                 formatDisplay(T0 + 1'000'000, 0));
        QVERIFY(model.lineText(1).endsWith(u"sidekiq[42]: b2"_s));

        // A hidden source, shown again.
        model.setSourceHidden(b, true);
        QCOMPARE(messages(model), (QStringList{u"a1"_s, u"a3"_s, u"a5"_s, u"a7"_s}));
        append(timeline, b, {{8, "b8"}});
        QCOMPARE(model.rowCount(), 4);
        model.setSourceHidden(b, false);
        QCOMPARE(model.rowCount(), 8);
    }

    void filters()
    {
        Timeline timeline;
        LogModel model(&timeline);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int a = addSource(timeline, u"a.service"_s);
        append(timeline,
               a,
               {{1, "started", Info},
                {2, "disk almost full", Warning},
                {3, "connection refused", ErrorLevel},
                {4, "retrying", Debug},
                {5, "no level", NoPriority}});
        LogFilter f;
        f.maxPriority = Warning;
        f.keepUnleveled = false;
        model.setFilter(f);
        QCOMPARE(messages(model), (QStringList{u"disk almost full"_s, u"connection refused"_s}));
        // Lines that come while filtered pass the same filter.
        append(timeline, a, {{6, "fatal: out of memory", Critical}, {7, "fine", Info}});
        QCOMPARE(messages(model).last(), u"fatal: out of memory"_s);
        QCOMPARE(model.rowCount(), 3);

        f = LogFilter();
        f.fromUs = T0 + 2'000'000;
        f.toUs = T0 + 4'000'000;
        model.setFilter(f);
        QCOMPARE(messages(model),
                 (QStringList{u"disk almost full"_s, u"connection refused"_s, u"retrying"_s}));

        f = LogFilter();
        f.text = matcher(u"^(dis|con)"_s, TextMatcher::Syntax::RegularExpression);
        QVERIFY(f.text);
        model.setFilter(f);
        QCOMPARE(messages(model), (QStringList{u"disk almost full"_s, u"connection refused"_s}));
        f.invertText = true;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!messages(model).contains(u"disk almost full"_s));

        model.setFilter(LogFilter());
        QCOMPARE(model.rowCount(), 7);
    }

    void search()
    {
        Timeline timeline;
        LogModel model(&timeline);
        const int a = addSource(timeline, u"a.service"_s);
        const int b = addSource(timeline, u"b.service"_s);
        append(timeline, a, {{1, "GET /health 200"}, {3, "GET /api 500"}, {5, "GET /health 200"}});
        append(timeline, b, {{2, "job done"}, {4, "GET /health 200"}});
        QSignalSpy finished(&model, &LogModel::searchFinished);
        model.setSearch(matcher(u"/health"_s));
        QVERIFY(finished.wait(5000));
        QCOMPARE(model.matchCount(), 3);
        QVERIFY(model.index(0, 0).data(LogModel::MatchRole).toBool());
        QVERIFY(!model.index(1, 0).data(LogModel::MatchRole).toBool());
        // Rows: 0 a1 (match), 1 b2, 2 a3, 3 b4 (match), 4 a5 (match).
        QCOMPARE(model.nextMatch(-1, true), 0);
        QCOMPARE(model.nextMatch(0, true), 3);
        QCOMPARE(model.nextMatch(3, true), 4);
        QCOMPARE(model.nextMatch(4, true), 0); // wraps
        QCOMPARE(model.nextMatch(3, false), 0);
        QCOMPARE(model.nextMatch(0, false), 4); // wraps
        QCOMPARE(model.matchRows(10), (QList<int>{0, 3, 4}));
        // New lines are searched as they come.
        append(timeline, b, {{6, "GET /health 503"}});
        QCOMPARE(model.matchCount(), 4);
        QCOMPARE(model.nextMatch(4, true), 5);
        // Searching within a filter: only the shown lines count.
        LogFilter f;
        f.text = matcher(u"200"_s);
        model.setFilter(f);
        QVERIFY(finished.wait(5000));
        QCOMPARE(model.matchCount(), 3);
        model.setSearch(nullptr);
        QCOMPARE(model.matchCount(), 0);
    }

    // A log long enough that the filter runs off the GUI thread: busy, progress, then the rows.
    void longLogFiltersInTheBackground()
    {
        Timeline timeline;
        LogModel model(&timeline);
        const int a = addSource(timeline, u"a.service"_s);
        QList<Line> lines;
        const QByteArray filler(200, 'x');
        std::vector<QByteArray> keep;
        keep.reserve(40000);
        for (int i = 0; i < 40000; ++i) {
            keep.push_back((i % 1000 == 0 ? "needle " : "hay ") + QByteArray::number(i) + ' '
                           + filler);
            lines.append({i, keep.back().constData()});
        }
        append(timeline, a, lines);
        QCOMPARE(model.rowCount(), 40000);
        QSignalSpy busy(&model, &LogModel::busyChanged);
        LogFilter f;
        f.text = matcher(u"needle"_s);
        model.setFilter(f);
        QVERIFY(model.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 20000);
        QCOMPARE(model.rowCount(), 40);
        QVERIFY(busy.size() >= 2);
        // Cancelled: every line shows again.
        f.text = matcher(u"hay"_s);
        model.setFilter(f);
        QVERIFY(model.isBusy());
        model.cancelSearch();
        QVERIFY(!model.isBusy());
        QCOMPARE(model.rowCount(), 40000);
    }

    void displayIsSafe()
    {
        QCOMPARE(LogModel::displayText("a\tb"), u"a    b"_s);
        QCOMPARE(LogModel::displayText(QByteArrayView("bell\x07 esc\x1b[31m", 14)),
                 u"bell\u2407 esc\u241b[31m"_s);
        QCOMPARE(LogModel::displayText("bad \xff\xfe utf8"), u"bad \uFFFD\uFFFD utf8"_s);
        const QByteArray huge(10 * 1024 * 1024, 'y');
        const QString shown = LogModel::displayText(huge, 100);
        QVERIFY(shown.startsWith(QString(100, u'y')));
        QVERIFY2(shown.contains(u"more bytes"_s), qPrintable(shown));
        QVERIFY(shown.size() < 200);
    }
};

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
