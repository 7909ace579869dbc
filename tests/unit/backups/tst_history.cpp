// SPDX-License-Identifier: GPL-3.0-or-later
// The history database: created and migrated on first use, drills recorded and read back per server,
// newest first, the last passing drill's age; a file made by a newer Steward refused; one connection per
// thread (a worker thread writes while the main thread reads).
#include "core/backups/drillhistory.h"
#include "core/history/historydatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Backups;

namespace {

DrillResult drill(const QString &server, int day, DrillResult::Outcome outcome, qint64 totalMs)
{
    DrillResult r;
    r.server = server;
    r.drillHost = u"spare"_s;
    r.backupKey = u"mastodon_production-2025-11-%1T031500Z.dump.gz"_s.arg(day, 2, 10, QChar(u'0'));
    r.startedAt = QDateTime(QDate(2025, 11, day), QTime(10, 0), QTimeZone::UTC);
    r.finishedAt = r.startedAt.addMSecs(totalMs + 5000);
    r.outcome = outcome;
    r.totalMs = totalMs;
    r.downloadMs = totalMs / 4;
    r.restoreMs = totalMs / 2;
    r.verifyMs = totalMs / 4;
    r.verdict.passed = outcome == DrillResult::Outcome::Passed;
    r.verdict.tables = {{u"public.accounts"_s, 10, 10, true, true, {}}};
    return r;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsAndMigrates()
    {
        QTemporaryDir dir;
        History::Database db(dir.filePath(u"sub/history.sqlite"_s));
        const auto opened = db.connection();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(db.schemaVersion(), History::Database::currentVersion());
        QVERIFY(QFile::exists(dir.filePath(u"sub/history.sqlite"_s)));
        const auto c = db.connection();
        QVERIFY(c.ok());
        QVERIFY(c->tables().contains(u"drills"_s));
        QVERIFY(History::Database::defaultPath().endsWith(u"/history.sqlite"_s));
    }

    void recordsAndReads()
    {
        QTemporaryDir dir;
        History::Database db(dir.filePath(u"history.sqlite"_s));
        DrillHistory history(db);
        const auto first = history.record(
            drill(u"social.coop"_s, 1, DrillResult::Outcome::Passed, 600000));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY(
            history.record(drill(u"social.coop"_s, 8, DrillResult::Outcome::Failed, 30000)).ok());
        QVERIFY(history.record(drill(u"other"_s, 9, DrillResult::Outcome::Passed, 1000)).ok());
        const auto list = history.forServer(u"social.coop"_s);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->first().outcome, DrillResult::Outcome::Failed); // newest first
        QCOMPARE(list->at(1).totalMs, qint64(600000));
        QCOMPARE(list->at(1).verdict.tables.size(), 1);
        const auto last = history.lastPassed(u"social.coop"_s);
        QVERIFY(last.has_value());
        QCOMPARE(last->backupKey, u"mastodon_production-2025-11-01T031500Z.dump.gz"_s);

        const QDateTime now = QDateTime(QDate(2025, 11, 20), QTime(10, 0), QTimeZone::UTC);
        QCOMPARE(assessDrillAge(last, now, 30).status, DrillAge::Status::Recent);
        QCOMPARE(assessDrillAge(last, now, 7).status, DrillAge::Status::Overdue);
        QVERIFY(assessDrillAge(last, now, 7).message.contains(u"more than 7 days"_s));
        QCOMPARE(assessDrillAge(std::nullopt, now, 7).status, DrillAge::Status::Never);

        // Reopened (a new run of Steward): the same rows.
        History::Database again(dir.filePath(u"history.sqlite"_s));
        QCOMPARE(DrillHistory(again).forServer(u"other"_s)->size(), 1);
    }

    void refusesNewerFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            History::Database db(path);
            auto c = db.connection();
            QVERIFY(c.ok());
            QSqlQuery q(c.value());
            QVERIFY(q.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
        }
        // Another thread has no connection yet: it opens the file and reads the version afresh.
        QString message;
        QThread *t = QThread::create([&] {
            History::Database db(path);
            const auto c = db.connection();
            message = c.ok() ? QString() : c.error().message;
        });
        t->start();
        QVERIFY(t->wait(10000));
        delete t;
        QVERIFY2(message.contains(u"newer Steward"_s), qPrintable(message));
    }

    void connectionPerThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        History::Database db(path);
        DrillHistory history(db);
        QVERIFY(history.record(drill(u"a"_s, 1, DrillResult::Outcome::Passed, 10)).ok());
        QString mainName = db.connection()->connectionName();
        QString workerName;
        bool recorded = false;
        QThread *t = QThread::create([&] {
            History::Database worker(path);
            workerName = worker.connection()->connectionName();
            recorded = DrillHistory(worker)
                           .record(drill(u"a"_s, 2, DrillResult::Outcome::Passed, 20))
                           .ok();
        });
        t->start();
        QVERIFY(t->wait(10000));
        delete t;
        QVERIFY(recorded);
        QVERIFY(mainName != workerName);
        QCOMPARE(history.forServer(u"a"_s)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
