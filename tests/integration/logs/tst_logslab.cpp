// SPDX-License-Identifier: GPL-3.0-or-later
// Logs against the real lab (a real sshd, the journalctl and docker compose shims). `steward logs` run as a
// user runs it, with no locale (LANG unset): a unit's journal history (escaped binary text, a multi-line
// message), a compose service's history, two sources merged in time order, --grep with text and with an
// expression, a bad expression (exit 2, with its column), --since, --follow receiving a line written after
// it started (then SIGTERM: exit 0), JSON lines, and an unknown host key (refused, exit 3). Then LogFeed
// itself over the lab's sshd going away and coming back: both sources reconnect and resume, no line twice,
// none lost.
#include "core/inventory/server.h"
#include "core/logs/linestore.h"
#include "core/logs/logfeed.h"
#include "core/logs/timeline.h"
#include "core/servers/sessionpool.h"
#include "core/ssh/session.h"

#include "labfixture.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Logs;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray raw;
    QByteArray describe() const
    {
        return u"exit %1\n--- stdout\n%2\n--- stderr\n%3"_s.arg(exitCode).arg(out, err).toUtf8();
    }
    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
};

// "2026-12-06T04:46:33.361266000Z": a compose log line's docker time.
QByteArray dockerTime(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::UTC)
               .toString(u"yyyy-MM-dd'T'HH:mm:ss"_s)
               .toLatin1()
           + '.' + QByteArray::number(us % 1000000).rightJustified(6, '0') + "000Z";
}

const QString kTime = u"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}[+-]\\d\\d:\\d\\d"_s;

} // namespace

class TestLogsLab : public QObject
{
    Q_OBJECT

    Test::LabFixture m_lab;
    QTemporaryDir m_home;

    QProcessEnvironment stewardEnvironment() const
    {
        // Nothing of the caller's environment but PATH: no LANG, no display, no keychain.
        QProcessEnvironment env;
        env.insert(u"PATH"_s, qEnvironmentVariable("PATH", u"/usr/bin:/bin"_s));
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"STEWARD_LAB_DIR"_s, m_lab.dir());
        return env;
    }

    Run steward(const QStringList &arguments, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProcessEnvironment(stewardEnvironment());
        p.start(QStringLiteral(STEWARD_BINARY), arguments);
        if (!p.waitForStarted() || !p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {-1, QString(), u"did not finish: "_s + p.errorString(), {}};
        }
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.raw = p.readAllStandardOutput();
        r.out = QString::fromUtf8(r.raw);
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // `steward-lab logs journal UNIT COUNT [TEXT [PRIORITY [SPACING]]]`.
    void journal(const QStringList &arguments)
    {
        const auto r = m_lab.lab(QStringList{u"logs"_s, u"journal"_s} + arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    // Appends lines to a compose service's container log, as the lab's containers write it.
    void composeLines(const QString &service, const QList<std::pair<qint64, QByteArray>> &lines)
    {
        QFile f(m_lab.dir() + u"/state/logs/"_s + service + u".log"_s);
        QVERIFY2(f.open(QIODevice::Append), qPrintable(f.errorString()));
        for (const auto &[us, text] : lines)
            f.write(dockerTime(us) + ' ' + text + '\n');
    }

    static qint64 now() { return QDateTime::currentMSecsSinceEpoch() * 1000; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_lab.start(), qPrintable(m_lab.error()));
    }

    void cleanupTestCase() { m_lab.stop(); }

    void cleanup() { m_lab.clearFaults(); }

    void journalHistory()
    {
        journal({u"history"_s, u"5"_s, u"history line"_s});
        const Run r = steward(
            {u"logs"_s, u"--lab"_s, u"--unit"_s, u"history.service"_s, u"--lines"_s, u"3"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QStringList lines = r.lines();
        QCOMPARE(lines.size(), 3);
        const QRegularExpression shape(u"^"_s + kTime
                                       + u" history\\[\\d+\\]: history line (\\d)$"_s);
        for (int i = 0; i < 3; ++i) {
            const auto m = shape.match(lines[i]);
            QVERIFY2(m.hasMatch(), r.describe());
            QCOMPARE(m.captured(1).toInt(), i + 3);
        }
    }

    // The generated journal has a binary message (ESC, invalid UTF-8) every 1000 entries and a
    // three-line one: escaped, never raw; the further lines of a message are lines of their own.
    void binaryAndMultiLine()
    {
        journal({u"bulk"_s, u"1000"_s});
        const Run bin = steward(
            {u"logs"_s, u"--lab"_s, u"--unit"_s, u"bulk.service"_s, u"--grep"_s, u"binary"_s});
        QVERIFY2(bin.exitCode == 0, bin.describe());
        QVERIFY2(!bin.raw.contains('\x1b') && !bin.raw.contains('\xff'), bin.describe());
        QVERIFY2(bin.out.contains(
                     u"binary \\x1b[31mred\\x1b[0m and invalid \\xff\\xfe UTF-8 #999"_s),
                 bin.describe());
        QCOMPARE(bin.lines().size(), 1);
        // The last two entries: the three-line message and the binary one.
        const Run multi = steward(
            {u"logs"_s, u"--lab"_s, u"--unit"_s, u"bulk.service"_s, u"--lines"_s, u"2"_s});
        QVERIFY2(multi.exitCode == 0, multi.describe());
        const QStringList lines = multi.lines();
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[0].endsWith(u"multi-line message #998"_s), multi.describe());
        QVERIFY2(lines[1].endsWith(u"  second line"_s), multi.describe());
        QVERIFY2(lines[2].endsWith(u"  third line"_s), multi.describe());
        // 1000 entries, 1002 lines: all of them with --lines 2000 (no line lost on the way).
        const Run all = steward(
            {u"logs"_s, u"--lab"_s, u"--unit"_s, u"bulk.service"_s, u"--lines"_s, u"2000"_s});
        QVERIFY2(all.exitCode == 0, all.err.toUtf8());
        QCOMPARE(all.lines().size(), 1002);
    }

    void composeHistory()
    {
        const qint64 t = now() - 60 * 1000000LL;
        composeLines(u"sidekiq"_s,
                     {{t, "I, [sidekiq] one"}, {t + 1000, "W, [sidekiq] two"}, {t + 2000, "three"}});
        const Run r = steward(
            {u"logs"_s, u"--lab"_s, u"--service"_s, u"sidekiq"_s, u"--lines"_s, u"2"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QStringList lines = r.lines();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(QRegularExpression(u"^"_s + kTime + u" sidekiq-1 W, \\[sidekiq\\] two$"_s)
                     .match(lines[0])
                     .hasMatch(),
                 r.describe());
        QVERIFY2(lines[1].endsWith(u" sidekiq-1 three"_s), r.describe());
    }

    // A journal and a compose service whose lines alternate in time: printed in time order, each with
    // its source's tag; the same in JSON lines.
    void mergedOrder()
    {
        // The journal's lines are written at J-40 s, J-20 s and J, where J is when the lab's command
        // ran (t0 <= J, and J - t0 stays well under 10 s even on a loaded machine); the compose lines
        // at t0-50 s, t0-30 s and t0-10 s fall between them whatever the command's own duration.
        // A container's log is in time order: the streaming container's own start line (written when
        // the lab started, seconds ago) would come before lines dated earlier, so its log starts afresh
        // here, as after a container is recreated.
        {
            QFile log(m_lab.dir() + u"/state/logs/streaming.log"_s);
            QVERIFY2(log.open(QIODevice::WriteOnly | QIODevice::Truncate),
                     qPrintable(log.errorString()));
        }
        const qint64 t0 = now();
        journal({u"merge"_s, u"3"_s, u"journal"_s, u"6"_s, u"20"_s});
        QVERIFY2(now() - t0 < 10000000, "the lab took more than 10 s to write three journal lines");
        composeLines(u"streaming"_s,
                     {{t0 - 50000000, "compose 1"},
                      {t0 - 30000000, "compose 2"},
                      {t0 - 10000000, "compose 3"}});
        const Run r = steward({u"logs"_s,
                               u"--lab"_s,
                               u"--unit"_s,
                               u"merge.service"_s,
                               u"--service"_s,
                               u"streaming"_s,
                               u"--since"_s,
                               u"-90s"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QStringList order;
        for (const QString &line : r.lines()) {
            if (line.contains(u"[merge.service] merge["_s))
                order.append(line.section(u": "_s, 1));
            else if (line.contains(u"[streaming] streaming-1 compose "_s))
                order.append(line.section(u"streaming-1 "_s, 1));
            else
                QFAIL(qPrintable(
                    u"a line that is not one of this test's, or without its source's tag: "_s
                    + line));
        }
        const QStringList expected{u"compose 1"_s,
                                   u"journal 1"_s,
                                   u"compose 2"_s,
                                   u"journal 2"_s,
                                   u"compose 3"_s,
                                   u"journal 3"_s};
        QVERIFY2(order == expected, qPrintable(order.join(u", "_s) + u"\n"_s + r.out));

        const Run json = steward({u"logs"_s,
                                  u"--lab"_s,
                                  u"--unit"_s,
                                  u"merge.service"_s,
                                  u"--service"_s,
                                  u"streaming"_s,
                                  u"--since"_s,
                                  u"-90s"_s,
                                  u"--json"_s});
        QVERIFY2(json.exitCode == 0, json.describe());
        qint64 previous = 0;
        int ours = 0;
        for (const QString &line : json.lines()) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
            if (!o.value(u"message"_s)
                     .toString()
                     .contains(QRegularExpression(u"^(compose|journal) \\d$"_s)))
                continue;
            ++ours;
            QVERIFY(o.value(u"time_us"_s).toInteger() >= previous);
            previous = o.value(u"time_us"_s).toInteger();
            QCOMPARE(o.value(u"server"_s).toString(), u"lab"_s);
            const bool isJournal = o.value(u"kind"_s).toString() == u"journal"_s;
            QCOMPARE(o.value(u"source"_s).toString(),
                     isJournal ? u"merge.service"_s : u"streaming"_s);
            if (isJournal) {
                QCOMPARE(o.value(u"priority"_s).toInt(), 6);
                QCOMPARE(o.value(u"priority_name"_s).toString(), u"info"_s);
                QVERIFY(o.value(u"origin"_s).toString().startsWith(u"merge["_s));
            }
            QVERIFY(o.value(u"time"_s).toString().contains(u'T'));
        }
        QCOMPARE(ours, 6);
    }

    void grepAndBadRegex()
    {
        journal({u"grep"_s, u"5"_s, u"grep line"_s});
        const Run text = steward(
            {u"logs"_s, u"--lab"_s, u"--unit"_s, u"grep.service"_s, u"--grep"_s, u"LINE 4"_s});
        QVERIFY2(text.exitCode == 0, text.describe());
        QCOMPARE(text.lines().size(), 0); // an upper case letter: case counts
        const Run caseless = steward(
            {u"logs"_s, u"--lab"_s, u"--unit"_s, u"grep.service"_s, u"--grep"_s, u"line 4"_s});
        QCOMPARE(caseless.lines().size(), 1);
        const Run re = steward({u"logs"_s,
                                u"--lab"_s,
                                u"--unit"_s,
                                u"grep.service"_s,
                                u"--grep"_s,
                                u"line [24]$"_s,
                                u"--regex"_s});
        QVERIFY2(re.exitCode == 0, re.describe());
        QCOMPARE(re.lines().size(), 2);
        QVERIFY(re.lines()[0].endsWith(u"grep line 2"_s));

        const Run bad = steward({u"logs"_s,
                                 u"--lab"_s,
                                 u"--unit"_s,
                                 u"grep.service"_s,
                                 u"--grep"_s,
                                 u"line (4"_s,
                                 u"--regex"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"missing closing parenthesis"_s), bad.describe());
        QVERIFY2(bad.err.contains(u"at character 8"_s), bad.describe());
        QVERIFY(bad.out.isEmpty());
        const Run badTime = steward({u"logs"_s, u"--lab"_s, u"--since"_s, u"yesterday-ish"_s});
        QCOMPARE(badTime.exitCode, 2);
        QVERIFY2(badTime.err.contains(u"--since"_s), badTime.describe());
    }

    void since()
    {
        journal({u"since"_s, u"3"_s, u"since line"_s, u"6"_s, u"3"_s}); // now-6 s, now-3 s, now
        const Run all = steward(
            {u"logs"_s, u"--lab"_s, u"--unit"_s, u"since.service"_s, u"--json"_s});
        QCOMPARE(all.lines().size(), 3);
        const qint64 second = QJsonDocument::fromJson(all.lines()[1].toUtf8())
                                  .object()
                                  .value(u"time_us"_s)
                                  .toInteger();
        // From a whole second at or before the second entry, after the first (3 s earlier).
        const Run r = steward({u"logs"_s,
                               u"--lab"_s,
                               u"--unit"_s,
                               u"since.service"_s,
                               u"--since"_s,
                               u"@"_s + QString::number(second / 1000000)});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.lines().size(), 2);
        QVERIFY(r.lines()[0].endsWith(u"since line 2"_s));
        QVERIFY(r.lines()[1].endsWith(u"since line 3"_s));
    }

    void follow()
    {
        journal({u"follow"_s, u"1"_s, u"before start"_s});
        QProcess p;
        p.setProcessEnvironment(stewardEnvironment());
        p.start(QStringLiteral(STEWARD_BINARY),
                {u"logs"_s,
                 u"--lab"_s,
                 u"--unit"_s,
                 u"follow.service"_s,
                 u"--lines"_s,
                 u"1"_s,
                 u"--follow"_s});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        auto read = [&] {
            out += p.readAllStandardOutput();
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(read().contains("before start"), 60000);
        journal({u"follow"_s, u"1"_s, u"written after the start"_s});
        QTRY_VERIFY_WITH_TIMEOUT(read().contains("written after the start"), 20000);
        QCOMPARE(out.count('\n'), 2);
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    // `steward-lab logs chatty`: the service's log grows at the rate asked, until it is switched off.
    void chattyService()
    {
        const auto on = m_lab.lab({u"logs"_s, u"chatty"_s, u"web"_s, u"200"_s});
        QVERIFY2(on.exitCode == 0, qPrintable(on.out + on.err));
        QTest::qWait(2000);
        const auto off = m_lab.lab({u"logs"_s, u"chatty"_s, u"web"_s, u"off"_s});
        QVERIFY2(off.exitCode == 0, qPrintable(off.out + off.err));
        const Run r = steward({u"logs"_s,
                               u"--lab"_s,
                               u"--service"_s,
                               u"web"_s,
                               u"--since"_s,
                               u"-1min"_s,
                               u"--grep"_s,
                               u"chatty line"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.lines().size() >= 200, r.describe());
        QVERIFY2(r.lines().size() <= 800, r.describe());
        QVERIFY2(r.out.contains(u"web-1 W, ["_s), r.describe()); // a WARN line in 50
        // Off means off: nothing more is written.
        const qint64 size = QFileInfo(m_lab.dir() + u"/state/logs/web.log"_s).size();
        QTest::qWait(600);
        QCOMPARE(QFileInfo(m_lab.dir() + u"/state/logs/web.log"_s).size(), size);
    }

    void unknownHostKeyIsRefused()
    {
        // The lab's own inventory, opened without --lab: its host key is then in no known_hosts file.
        const QString inventory = m_home.filePath(u"inventory.yaml"_s);
        QFile::remove(inventory);
        QVERIFY(QFile::copy(m_lab.inventoryPath(), inventory));
        const Run r = steward({u"logs"_s, u"--inventory"_s, inventory, u"--unit"_s, u"x.service"_s},
                              60000);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"the host key of lab is not known"_s), r.describe());
        QVERIFY(r.out.isEmpty());
    }

    // LogFeed over the lab's sshd going away (every connection cut) and coming back: a journal and a
    // compose service reconnect and resume (after the cursor; --since the last time, repeats dropped),
    // and every line written before, during and after the outage is there once, in order.
    void reconnectWithoutDuplicatesOrLosses()
    {
        Ssh::SessionPool pool;
        pool.setKnownHostsFile(m_lab.server().name, m_lab.knownHostsPath());
        connect(&pool, &Ssh::SessionPool::sessionCreated, this, [](const QString &, Ssh::Session *s) {
            connect(s, &Ssh::Session::hostKeyUnknown, s, [s] { s->refuseHostKey(); });
            connect(s, &Ssh::Session::secretRequested, s, [s] { s->refuseSecret(); });
        });
        const Server server = m_lab.server();
        LogFeed feed;
        feed.setRetryDelays(200, 1000);
        feed.setSessionProvider([&pool, server](const QString &, QObject *context, auto done) {
            pool.whenReady(server, true, context, done);
        });
        journal({u"outage"_s, u"3"_s, u"before"_s});
        qint64 t = now() - 10 * 1000000LL;
        composeLines(u"redis"_s, {{t, "c before 1"}, {t + 1, "c before 2"}});

        SourceSpec journalSpec;
        journalSpec.server = server.name;
        journalSpec.name = u"outage.service"_s;
        journalSpec.historyLines = 100;
        const int j = feed.open(journalSpec);
        SourceSpec composeSpec = journalSpec;
        composeSpec.kind = SourceKind::Compose;
        composeSpec.name = u"redis"_s;
        composeSpec.composeDir = server.composeDir;
        const int c = feed.open(composeSpec);
        Timeline *timeline = feed.timeline();
        // The lines this test wrote (the container's log also has what the lab wrote when it was made).
        auto lines = [timeline, j](int source) {
            QStringList texts;
            for (const int stream : timeline->source(source).streams) {
                const LineStore *store = timeline->store(stream);
                for (qint64 i = 0; i < store->size(); ++i) {
                    const QString text = QString::fromUtf8(store->line(i).text);
                    if (source == j || text.startsWith(u"c "_s))
                        texts.append(text);
                }
            }
            return texts;
        };
        auto state = [timeline](int source) { return timeline->source(source).state; };
        QTRY_COMPARE_WITH_TIMEOUT(state(j), SourceState::Following, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(state(c), SourceState::Following, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(lines(j).size(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(lines(c).size(), 2, 10000);

        QVERIFY(m_lab.fault(u"sshd"_s, true));
        QTRY_COMPARE_WITH_TIMEOUT(state(j), SourceState::Reconnecting, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(state(c), SourceState::Reconnecting, 30000);
        journal({u"outage"_s, u"2"_s, u"during"_s});
        t = now();
        composeLines(u"redis"_s, {{t, "c during 1"}, {t + 1, "c during 2"}});
        QVERIFY(m_lab.fault(u"sshd"_s, false));
        QTRY_COMPARE_WITH_TIMEOUT(state(j), SourceState::Following, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(state(c), SourceState::Following, 30000);
        journal({u"outage"_s, u"2"_s, u"after"_s});
        t = now();
        composeLines(u"redis"_s, {{t, "c after 1"}, {t + 1, "c after 2"}});

        const QStringList expectedJournal{u"before 1"_s,
                                          u"before 2"_s,
                                          u"before 3"_s,
                                          u"during 1"_s,
                                          u"during 2"_s,
                                          u"after 1"_s,
                                          u"after 2"_s};
        QTRY_COMPARE_WITH_TIMEOUT(lines(j), expectedJournal, 20000);
        const QStringList expectedCompose{u"c before 1"_s,
                                          u"c before 2"_s,
                                          u"c during 1"_s,
                                          u"c during 2"_s,
                                          u"c after 1"_s,
                                          u"c after 2"_s};
        QTRY_COMPARE_WITH_TIMEOUT(lines(c), expectedCompose, 20000);
        // Nothing more comes: a repeat would arrive late, but before a line written now, which then
        // follows the expected lines directly.
        journal({u"outage"_s, u"1"_s, u"end"_s});
        composeLines(u"redis"_s, {{now(), "c end"}});
        QTRY_COMPARE_WITH_TIMEOUT(lines(j), expectedJournal + QStringList{u"end"_s}, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(lines(c), expectedCompose + QStringList{u"c end"_s}, 20000);
        feed.stopAll();
    }
};

QTEST_GUILESS_MAIN(TestLogsLab)
#include "tst_logslab.moc"
