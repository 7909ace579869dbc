// SPDX-License-Identifier: GPL-3.0-or-later
// The runs kept in the local history database: recorded, replaced as the run goes on, listed newest first
// per server, found whole; a file of the first schema (drills only) is migrated and keeps its drills.
#include "core/history/historydatabase.h"
#include "core/runbook/runhistory.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using Runbook::RunHistory;
using Runbook::RunRecord;

namespace {

RunRecord run(const QString &server, const QString &id, const QString &status, int minute)
{
    RunRecord r;
    r.server = server;
    r.runId = id;
    r.runbookId = u"mastodon-upgrade"_s;
    r.title = u"Upgrade Mastodon (docker compose)"_s;
    r.status = status;
    r.createdAt = QDateTime(QDate(2026, 12, 6), QTime(10, minute), QTimeZone::UTC);
    r.updatedAt = r.createdAt.addSecs(30);
    r.journal = "{\"n\":1,\"type\":\"created\"}\n";
    r.transcript = u"# Run %1\n\nstatus: %2\n"_s.arg(id, status);
    return r;
}

} // namespace

class TestRunHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recordsReplacesAndLists()
    {
        QTemporaryDir dir;
        History::Database db(dir.filePath(u"history.sqlite"_s));
        RunHistory history(db);
        QVERIFY(
            history
                .record(
                    run(u"social.coop"_s, u"20261206-100000-mastodon-upgrade"_s, u"running"_s, 0))
                .ok());
        QVERIFY(
            history
                .record(
                    run(u"social.coop"_s, u"20261206-101000-mastodon-upgrade"_s, u"waiting"_s, 10))
                .ok());
        QVERIFY(
            history.record(run(u"lab"_s, u"20261206-100500-mastodon-upgrade"_s, u"done"_s, 5)).ok());
        // The first run goes on: its row is replaced, not doubled.
        RunRecord later = run(u"social.coop"_s, u"20261206-100000-mastodon-upgrade"_s, u"done"_s, 0);
        later.transcript += u"\nEnded.\n"_s;
        later.journal += "{\"n\":2,\"type\":\"done\"}\n";
        QVERIFY(history.record(later).ok());

        const auto coop = history.list(u"social.coop"_s);
        QVERIFY(coop.ok());
        QCOMPARE(coop->size(), 2);
        QCOMPARE(coop->at(0).runId, u"20261206-101000-mastodon-upgrade"_s); // newest first
        QCOMPARE(coop->at(1).status, u"done"_s);
        QVERIFY(coop->at(1).transcript.isEmpty()); // the list leaves the text out
        QCOMPARE(coop->at(1).createdAt, QDateTime(QDate(2026, 12, 6), QTime(10, 0), QTimeZone::UTC));
        const auto all = history.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);

        const auto found = history.find(u"social.coop"_s, u"20261206-100000-mastodon-upgrade"_s);
        QVERIFY(found.ok());
        QVERIFY(found.value().has_value());
        QCOMPARE(found.value()->status, u"done"_s);
        QVERIFY(found.value()->transcript.endsWith(u"Ended.\n"_s));
        QVERIFY(found.value()->journal.contains("\"type\":\"done\""));
        // Any server: the run id alone.
        const auto anyServer = history.find(QString(), u"20261206-100500-mastodon-upgrade"_s);
        QVERIFY(anyServer.ok() && anyServer.value().has_value());
        QCOMPARE(anyServer.value()->server, u"lab"_s);
        const auto missing = history.find(u"lab"_s, u"20261206-100000-mastodon-upgrade"_s);
        QVERIFY(missing.ok());
        QVERIFY(!missing.value().has_value());
    }

    // A history file of the first schema (drills only) gains the runs table and keeps its drills.
    void migratesFromDrillsOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-schema"_s);
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery q(old);
            for (const QString &statement : History::Database::migrations().first())
                QVERIFY2(q.exec(statement), qPrintable(statement));
            QVERIFY(q.exec(u"INSERT INTO meta (key, value) VALUES ('schema_version', '1')"_s));
            QVERIFY(q.exec(
                u"INSERT INTO drills (server, drill_host, backup_key, started_at, finished_at, "
                "outcome, total_ms, download_ms, restore_ms, verify_ms, backup_size, message, "
                "result_json) VALUES ('lab', 'lab', 'k', '', '', 'passed', 1, 1, 1, 1, 1, '', '{}')"_s));
            old.close();
        }
        QSqlDatabase::removeDatabase(u"old-schema"_s);
        History::Database db(path);
        RunHistory history(db);
        QVERIFY(
            history.record(run(u"lab"_s, u"20261206-100500-mastodon-upgrade"_s, u"done"_s, 5)).ok());
        QCOMPARE(db.schemaVersion(), 2);
        auto c = db.connection();
        QVERIFY(c.ok());
        QSqlQuery count(c.value());
        QVERIFY(count.exec(u"SELECT COUNT(*) FROM drills"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
