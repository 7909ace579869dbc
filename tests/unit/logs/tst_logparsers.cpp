// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parsers of core/logs, with tables over real samples: journalctl -o json and -o export as
// systemd 257's journald and journalctl wrote them (tests/data/logs/make-journal-samples.sh), the lab's
// journalctl and docker compose shims, docker's timestamps, the level guess, the times users type.
#include "core/logs/composeparser.h"
#include "core/logs/journalparser.h"
#include "core/logs/logtime.h"
#include "core/logs/logtypes.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Logs;

namespace {

QByteArray data(const QString &name)
{
    QFile f(QStringLiteral(STEWARD_TEST_DATA "/logs/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    return f.readAll();
}

struct Seen
{
    QByteArray message;
    QByteArray origin;
    QByteArray cursor;
    qint64 time = 0;
    int priority = -1;
    bool omitted = false;
};

Seen seen(const JournalEntry &e)
{
    return Seen{e.message.toByteArray(),
                e.origin(),
                e.cursor.toByteArray(),
                e.realtimeUs,
                e.priority,
                e.messageOmitted};
}

QList<Seen> parseJson(const QByteArray &text, QString *error = nullptr)
{
    QList<Seen> out;
    JournalJsonParser p;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        JournalEntry e;
        if (!p.parse(line, &e)) {
            if (error)
                *error = p.error();
            continue;
        }
        out.append(seen(e));
    }
    return out;
}

QList<Seen> parseExport(const QByteArray &text, int piece)
{
    QList<Seen> out;
    JournalExportParser p;
    auto sink = [&out](const JournalEntry &e) { out.append(seen(e)); };
    for (qsizetype i = 0; i < text.size(); i += piece)
        p.feed(QByteArrayView(text).sliced(i, std::min<qsizetype>(piece, text.size() - i)), sink);
    p.finish(sink);
    return out;
}

// What the samples hold, in order (make-journal-samples.sh).
const QList<QByteArray> sampleMessages{
    "Started mastodon-web.service - Mastodon web.",
    "[ActionDispatch::RoutingError] No route matches [GET] \"/wp-login.php\"",
    "disk usage above 90% on /opt",
    "\x1b[1m\x1b[36mGET\x1b[0m /api/v1/timelines/home 200",
    "Traceback (most recent call last):\n  File \"backup.py\", line 3\nOSError: No space left on "
    "device",
    "bad utf-8: \xff\xfe and a C0 \x01 byte",
    QByteArray(5000, 'x'),
    "quote \" backslash \\ tab\there caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x90\x98",
};
const QList<int> samplePriorities{6, 3, 4, 6, 3, 5, 7, 6};

} // namespace

class TestLogParsers : public QObject
{
    Q_OBJECT

private slots:
    void journalJsonRealSample()
    {
        QString error;
        const QList<Seen> all = parseJson(data(u"journal-all.json"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(all.size(), sampleMessages.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].message, sampleMessages[i]);
            QCOMPARE(all[i].priority, samplePriorities[i]);
            QVERIFY(all[i].cursor.startsWith("s="));
            QVERIFY(all[i].time > 1'700'000'000'000'000LL);
            QVERIFY(!all[i].omitted);
        }
        QVERIFY(all[1].origin.startsWith("mastodon-web["));
        // Times only grow, as journalctl prints them.
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all[i].time >= all[i - 1].time);
    }

    void journalJsonWithoutAll()
    {
        // Without --all journalctl writes null for the 5000-byte message.
        const QList<Seen> all = parseJson(data(u"journal.json"_s));
        QCOMPARE(all.size(), sampleMessages.size());
        QVERIFY(all[6].omitted);
        QVERIFY(all[6].message.isEmpty());
        QCOMPARE(all[7].message, sampleMessages[7]);
    }

    void journalJsonEveryField()
    {
        // The full set of fields (_CAP_EFFECTIVE, _STREAM_ID, _MACHINE_ID, ...) is skipped.
        const QList<Seen> all = parseJson(data(u"journal-fullfields.json"_s));
        QCOMPARE(all.size(), sampleMessages.size());
        QCOMPARE(all[4].message, sampleMessages[4]);
    }

    void journalJsonTable_data();
    void journalJsonTable()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, ok);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, origin);
        JournalJsonParser p;
        JournalEntry e;
        QCOMPARE(p.parse(line, &e), ok);
        if (!ok) {
            QVERIFY(!p.error().isEmpty());
            return;
        }
        QCOMPARE(e.message.toByteArray(), message);
        QCOMPARE(e.origin(), origin);
    }

    void journalExportRealSample_data()
    {
        QTest::addColumn<int>("piece");
        QTest::newRow("whole") << (1 << 20);
        QTest::newRow("1 byte at a time") << 1;
        QTest::newRow("7 bytes") << 7;
        QTest::newRow("4096 bytes") << 4096;
        QTest::newRow("3 bytes") << 3;
    }
    void journalExportRealSample()
    {
        QFETCH(int, piece);
        const QByteArray text = data(u"journal.export"_s);
        const QList<Seen> all = parseExport(text, piece >= (1 << 20) ? int(text.size()) : piece);
        QCOMPARE(all.size(), sampleMessages.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].message, sampleMessages[i]);
            QCOMPARE(all[i].priority, samplePriorities[i]);
        }
        // The same entries as -o json.
        const QList<Seen> json = parseJson(data(u"journal-all.json"_s));
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].cursor, json[i].cursor);
            QCOMPARE(all[i].time, json[i].time);
            QCOMPARE(all[i].origin, json[i].origin);
        }
    }

    void journalExportEdges();

    void composeLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("container");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("status");
        const qint64 t = 1732234200123456; // 2024-11-22T00:10:00.123456Z
        QTest::newRow("lab, web alone")
            << QByteArray(
                   "web-1  | 2024-11-22T00:10:00.123456789Z Listening on http://0.0.0.0:3000")
            << QByteArray("web-1") << t << QByteArray("Listening on http://0.0.0.0:3000") << false;
        QTest::newRow("padded to a longer name")
            << QByteArray(
                   "db-1        | 2024-11-22T00:10:00.123456000Z LOG:  checkpoint starting: time")
            << QByteArray("db-1") << t << QByteArray("LOG:  checkpoint starting: time") << false;
        QTest::newRow("project prefix, no timestamps")
            << QByteArray("mastodon-sidekiq-1  | 2024-11-22 sidekiq started")
            << QByteArray("mastodon-sidekiq-1") << qint64(0)
            << QByteArray("2024-11-22 sidekiq started") << false;
        QTest::newRow("empty text") << QByteArray("web-1  | 2024-11-22T00:10:00.123456789Z ")
                                    << QByteArray("web-1") << t << QByteArray() << false;
        QTest::newRow("a pipe in the text")
            << QByteArray("web-1  | 2024-11-22T00:10:00.123456789Z a | b") << QByteArray("web-1")
            << t << QByteArray("a | b") << false;
        QTest::newRow("coloured prefix")
            << QByteArray("\x1b[36mweb-1  \x1b[0m| 2024-11-22T00:10:00.123456789Z hi")
            << QByteArray("web-1") << t << QByteArray("hi") << false;
        QTest::newRow("compose's own line")
            << QByteArray("web-1 exited with code 0") << QByteArray("web-1") << qint64(0)
            << QByteArray("exited with code 0") << true;
        QTest::newRow("offset") << QByteArray("web-1  | 2024-11-22T01:10:00.123456+01:00 x")
                                << QByteArray("web-1") << t << QByteArray("x") << false;
        QTest::newRow("no prefix")
            << QByteArray("plain") << QByteArray() << qint64(0) << QByteArray("plain") << false;
    }
    void composeLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, container);
        QFETCH(qint64, time);
        QFETCH(QByteArray, text);
        QFETCH(bool, status);
        const ComposeLine c = parseComposeLine(line);
        QCOMPARE(c.container.toByteArray(), container);
        QCOMPARE(c.timeUs, time);
        QCOMPARE(c.text.toByteArray(), text);
        QCOMPARE(c.status, status);
    }

    void guessedLevels_data();
    void guessedLevels()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, priority);
        QCOMPARE(guessPriority(line), priority);
    }

    void rfc3339_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qsizetype>("used");
        QTest::newRow("nanoseconds") << QByteArray("2024-11-22T00:10:00.123456789Z rest")
                                     << qint64(1732234200123456) << qsizetype(30);
        QTest::newRow("no fraction")
            << QByteArray("1970-01-01T00:00:00Z") << qint64(0) << qsizetype(20);
        QTest::newRow("millis") << QByteArray("2000-02-29T12:00:00.5Z") << qint64(951825600500000)
                                << qsizetype(22);
        QTest::newRow("offset") << QByteArray("2024-11-22T01:40:00.000001+01:30")
                                << qint64(1732234200000001) << qsizetype(32);
        QTest::newRow("before 1970")
            << QByteArray("1969-12-31T23:59:59.999999Z") << qint64(-1) << qsizetype(27);
        QTest::newRow("no zone") << QByteArray("2024-11-22T00:10:00") << qint64(-42)
                                 << qsizetype(0);
        QTest::newRow("bad month")
            << QByteArray("2024-13-22T00:10:00Z") << qint64(-42) << qsizetype(0);
        QTest::newRow("text") << QByteArray("hello world, not a time") << qint64(-42)
                              << qsizetype(0);
    }
    void rfc3339()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, time);
        QFETCH(qsizetype, used);
        qsizetype consumed = 0;
        const auto t = parseRfc3339(text, &consumed);
        if (time == -42) {
            QVERIFY(!t);
            return;
        }
        QVERIFY(t);
        QCOMPARE(*t, time);
        QCOMPARE(consumed, used);
    }

    void formats()
    {
        QCOMPARE(formatRfc3339Utc(1732234200123456), QByteArray("2024-11-22T00:10:00.123456Z"));
        QCOMPARE(formatRfc3339Utc(-1), QByteArray("1969-12-31T23:59:59.999999Z"));
        QCOMPARE(formatDisplay(1732234200123456, 0), u"2024-11-22 00:10:00.123"_s);
        QCOMPARE(formatDisplay(1732234200123456, 3600), u"2024-11-22 01:10:00.123"_s);
        QCOMPARE(formatIsoPrecise(1732234200123456, -5400), u"2024-11-21T22:40:00.123456-01:30"_s);
        // Round trip over a few centuries, against QDateTime.
        for (qint64 t = -5'000'000'000'000'000LL; t < 8'000'000'000'000'000LL;
             t += 123'456'789'123'457LL) {
            QCOMPARE(*parseRfc3339(formatRfc3339Utc(t)), t);
            QCOMPARE(formatDisplay(t, 0),
                     QDateTime::fromMSecsSinceEpoch(t >= 0 ? t / 1000 : (t - 999) / 1000,
                                                    QTimeZone::UTC)
                         .toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
        }
    }

    void timeSpecs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1: an error; -2: compare with QDateTime below
        const qint64 now = 1732234200000000;  // 2024-11-22T00:10:00Z
        QTest::newRow("now") << u"now"_s << now;
        QTest::newRow("-10min") << u"-10min"_s << now - 600'000'000LL;
        QTest::newRow("2h ago") << u"2h ago"_s << now - 7200'000'000LL;
        QTest::newRow("1h30min ago") << u"1h 30min ago"_s << now - 5400'000'000LL;
        QTest::newRow("+1d") << u"+1d"_s << now + 86400'000'000LL;
        QTest::newRow("epoch") << u"@1732234200.5"_s << 1732234200500000LL;
        QTest::newRow("rfc3339") << u"2024-11-22T00:10:00Z"_s << now;
        QTest::newRow("utc words") << u"2024-11-22 00:10 UTC"_s << now;
        QTest::newRow("local") << u"2024-11-22 00:10:00"_s << qint64(-2);
        QTest::newRow("nonsense") << u"next tuesday"_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("unknown unit") << u"-3parsecs"_s << qint64(-1);
    }
    void timeSpecs()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto r = parseTimeSpec(text, 1732234200000000);
        if (expected == -1) {
            QVERIFY(!r.ok());
            QVERIFY(r.error().message.contains(text.trimmed()));
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        if (expected == -2)
            expected = QDateTime(QDate(2024, 11, 22), QTime(0, 10)).toMSecsSinceEpoch() * 1000;
        QCOMPARE(*r, expected);
    }

    void priorities()
    {
        QCOMPARE(priorityName(3), u"err"_s);
        QCOMPARE(priorityFromName(u"warning"), 4);
        QCOMPARE(priorityFromName(u"warn"), 4);
        QCOMPARE(priorityFromName(u"7"), 7);
        QCOMPARE(priorityFromName(u"loud"), -2);
    }
};

void TestLogParsers::journalJsonTable_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("origin");
    QTest::newRow("lab shim") << QByteArray(
        R"({"__CURSOR":"s=5f0c3c5e0a7e4d2e;i=1a;b=x;m=1;t=2","__REALTIME_TIMESTAMP":"1732234200000000","__MONOTONIC_TIMESTAMP":"1","_BOOT_ID":"b","PRIORITY":"6","SYSLOG_FACILITY":"3","SYSLOG_IDENTIFIER":"pg-dump-to-s3","_PID":"4001","_HOSTNAME":"lab","_TRANSPORT":"stdout","_SYSTEMD_UNIT":"pg-dump-to-s3.service","MESSAGE":"Upload finished"})")
                              << true << QByteArray("Upload finished")
                              << QByteArray("pg-dump-to-s3[4001]");
    QTest::newRow("unicode escape and surrogates")
        << QByteArray(R"({"MESSAGE":"caf\u00e9 \ud83d\udc18 \/"})") << true
        << QByteArray("caf\xc3\xa9 \xf0\x9f\x90\x98 /") << QByteArray();
    QTest::newRow("several values: the first")
        << QByteArray(R"({"MESSAGE":["one","two"],"_COMM":"cron"})") << true << QByteArray("one")
        << QByteArray("cron");
    QTest::newRow("several values, the first binary")
        << QByteArray(R"({"MESSAGE":[[104,105],"x"]})") << true << QByteArray("hi") << QByteArray();
    QTest::newRow("spaces") << QByteArray(R"( { "MESSAGE" : "a" , "_PID" : "7" } )") << true
                            << QByteArray("a") << QByteArray("[7]");
    QTest::newRow("unit when nothing else")
        << QByteArray(R"({"MESSAGE":"a","_SYSTEMD_UNIT":"x.service"})") << true << QByteArray("a")
        << QByteArray("x.service");
    QTest::newRow("not an object")
        << QByteArray("-- No entries --") << false << QByteArray() << QByteArray();
    QTest::newRow("cut") << QByteArray(R"({"MESSAGE":"abc)") << false << QByteArray()
                         << QByteArray();
    QTest::newRow("bad escape") << QByteArray(R"({"MESSAGE":"a\qb"})") << false << QByteArray()
                                << QByteArray();
    QTest::newRow("byte over 255")
        << QByteArray(R"({"MESSAGE":[1,256]})") << false << QByteArray() << QByteArray();
}

void TestLogParsers::journalExportEdges()
{
    // An entry cut before its empty line is still given at the end; a malformed stream is refused.
    QList<Seen> out;
    JournalExportParser p;
    auto sink = [&out](const JournalEntry &e) { out.append(seen(e)); };
    QVERIFY(p.feed("MESSAGE=a\n__REALTIME_TIMESTAMP=5\n\nMESSAGE=b\n", sink));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].time, 5);
    p.finish(sink);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[1].message, QByteArray("b"));

    JournalExportParser bad;
    QByteArray binary("MESSAGE\n");
    binary += QByteArray("\x03\0\0\0\0\0\0\0", 8);
    binary += "abcX"; // no '\n' after the 3 bytes
    QVERIFY(!bad.feed(binary, sink));
    QVERIFY(!bad.error().isEmpty());
}

void TestLogParsers::guessedLevels_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("priority");
    QTest::newRow("rails error") << QByteArray(
        "E, [2024-11-22T00:10:00.123456 #1] ERROR -- : [abc] boom")
                                 << int(ErrorLevel);
    QTest::newRow("rails info") << QByteArray(
        "I, [2024-11-22T00:10:00.123456 #1]  INFO -- : Started GET")
                                << int(Info);
    QTest::newRow("rails warn") << QByteArray("W, [2024-11-22T00:10:00.1 #1]  WARN -- : slow")
                                << int(Warning);
    QTest::newRow("rails fatal") << QByteArray("F, [2024-11-22T00:10:00.1 #1] FATAL -- : dead")
                                 << int(Critical);
    QTest::newRow("sidekiq") << QByteArray(
        "2024-11-22T00:10:00.123Z pid=7 tid=abc ERROR: Error fetching job")
                             << int(ErrorLevel);
    QTest::newRow("sidekiq warn") << QByteArray("pid=7 tid=abc WARN: retrying") << int(Warning);
    QTest::newRow("npmlog") << QByteArray("ERR! error: connect ECONNREFUSED 127.0.0.1:6379")
                            << int(ErrorLevel);
    QTest::newRow("npmlog warn") << QByteArray("WARN Unknown channel requested") << int(Warning);
    QTest::newRow("postgres") << QByteArray(
        "2024-11-22 00:10:00.000 UTC [1] ERROR:  relation \"x\" does not exist")
                              << int(ErrorLevel);
    QTest::newRow("postgres fatal")
        << QByteArray("FATAL:  the database system is starting up") << int(Critical);
    QTest::newRow("postgres panic")
        << QByteArray("PANIC:  could not write to file") << int(Emergency);
    QTest::newRow("nginx") << QByteArray("2024/11/22 00:10:00 [error] 7#7: *1 connect() failed")
                           << int(ErrorLevel);
    QTest::newRow("nginx warn") << QByteArray(
        "2024/11/22 00:10:00 [warn] 7#7: conflicting server name")
                                << int(Warning);
    QTest::newRow("logfmt") << QByteArray("time=x level=error msg=\"boom\"") << int(ErrorLevel);
    QTest::newRow("json") << QByteArray(R"({"level":"warn","msg":"x"})") << int(Warning);
    QTest::newRow("go panic") << QByteArray("panic: runtime error: index out of range")
                              << int(Emergency);
    QTest::newRow("python") << QByteArray("Traceback (most recent call last):") << int(ErrorLevel);
    QTest::newRow("redis") << QByteArray(
        "1:M 22 Nov 2024 00:10:00.000 # WARNING overcommit_memory is set to 0!")
                           << int(Warning);
    QTest::newRow("redis notice") << QByteArray("1:M 22 Nov 2024 00:10:00.000 # Server initialized")
                                  << int(Info);
    QTest::newRow("plain") << QByteArray("Listening on http://0.0.0.0:3000") << int(Info);
    QTest::newRow("empty") << QByteArray() << int(Info);
}

QTEST_GUILESS_MAIN(TestLogParsers)
#include "tst_logparsers.moc"
