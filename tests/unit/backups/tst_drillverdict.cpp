// SPDX-License-Identifier: GPL-3.0-or-later
// The drill's verdict as data: table counts against production (exact and estimated, with the
// tolerance), schema_migrations against production's, pg_restore's errors; and the parsers of what the
// drill host and production print (psql, pg_restore -l, df -Pk, gzip's trailer).
#include "core/backups/drill.h"
#include "core/backups/drillverdict.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Backups;

namespace {

QList<TableCount> counts(std::initializer_list<TableCount> list)
{
    return QList<TableCount>(list);
}

const QStringList migrations{u"20230725213448"_s, u"20231001050733"_s, u"20231007090808"_s};

} // namespace

class TestDrillVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdict_data()
    {
        QTest::addColumn<QList<TableCount>>("restored");
        QTest::addColumn<QList<TableCount>>("production");
        QTest::addColumn<QStringList>("restoredMigrations");
        QTest::addColumn<QStringList>("errors");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("failurePart");
        const auto prod = counts({{u"public.accounts"_s, 2000, true},
                                  {u"public.statuses"_s, 20000, false},
                                  {u"public.schema_migrations"_s, 3, true}});
        QTest::newRow("identical") << counts({{u"public.accounts"_s, 2000, true},
                                              {u"public.statuses"_s, 20000, true},
                                              {u"public.schema_migrations"_s, 3, true}})
                                   << prod << migrations << QStringList() << true << QString();
        QTest::newRow("production grew a little")
            << counts({{u"public.accounts"_s, 1950, true},
                       {u"public.statuses"_s, 18500, true},
                       {u"public.schema_migrations"_s, 3, true}})
            << prod << migrations << QStringList() << true << QString();
        QTest::newRow("exact count 10 % off")
            << counts({{u"public.accounts"_s, 1800, true},
                       {u"public.statuses"_s, 20000, true},
                       {u"public.schema_migrations"_s, 3, true}})
            << prod << migrations << QStringList() << false << u"1 table(s) do not match"_s;
        QTest::newRow("estimate 15 % off is fine")
            << counts({{u"public.accounts"_s, 2000, true},
                       {u"public.statuses"_s, 17000, true},
                       {u"public.schema_migrations"_s, 3, true}})
            << prod << migrations << QStringList() << true << QString();
        QTest::newRow("table missing")
            << counts({{u"public.accounts"_s, 2000, true}, {u"public.schema_migrations"_s, 3, true}})
            << prod << migrations << QStringList() << false << u"do not match"_s;
        QTest::newRow("table empty")
            << counts({{u"public.accounts"_s, 0, true},
                       {u"public.statuses"_s, 20000, true},
                       {u"public.schema_migrations"_s, 3, true}})
            << prod << migrations << QStringList() << false << u"do not match"_s;
        QTest::newRow("migration missing")
            << counts({{u"public.accounts"_s, 2000, true},
                       {u"public.statuses"_s, 20000, true},
                       {u"public.schema_migrations"_s, 2, true}})
            << prod << migrations.mid(0, 2) << QStringList() << false << u"newest 20231007090808"_s;
        QTest::newRow("not mastodon")
            << counts({{u"public.widgets"_s, 5, true}}) << prod << QStringList() << QStringList()
            << false << u"no schema_migrations"_s;
        QTest::newRow("restore errors")
            << counts({{u"public.accounts"_s, 2000, true},
                       {u"public.statuses"_s, 20000, true},
                       {u"public.schema_migrations"_s, 3, true}})
            << prod << migrations
            << QStringList{u"pg_restore: error: could not execute query: ERROR:  relation \"x\" already exists"_s}
            << false << u"pg_restore reported 1 error(s)"_s;
        QTest::newRow("small table within 10 rows")
            << counts({{u"public.accounts"_s, 2000, true},
                       {u"public.statuses"_s, 20000, true},
                       {u"public.schema_migrations"_s, 3, true},
                       {u"public.settings"_s, 2, true}})
            << (prod + counts({{u"public.settings"_s, 9, true}})) << migrations << QStringList()
            << true << QString();
    }
    void verdict()
    {
        QFETCH(QList<TableCount>, restored);
        QFETCH(QList<TableCount>, production);
        QFETCH(QStringList, restoredMigrations);
        QFETCH(QStringList, errors);
        QFETCH(bool, passed);
        QFETCH(QString, failurePart);
        const DrillVerdict v = judgeDrill(restored,
                                          production,
                                          restoredMigrations,
                                          migrations,
                                          errors);
        QCOMPARE(v.passed, passed);
        QCOMPARE(v.failures.isEmpty(), passed);
        if (!passed)
            QVERIFY2(v.failures.join(u' ').contains(failurePart), qPrintable(v.failures.join(u' ')));
        QCOMPARE(v.migrationsProduction, 3);
        // JSON round trip: what the history keeps is what was judged.
        const DrillVerdict back = DrillVerdict::fromJson(v.toJson());
        QCOMPARE(back.passed, v.passed);
        QCOMPARE(back.tables, v.tables);
        QCOMPARE(back.failures, v.failures);
        QCOMPARE(back.missingMigrations, v.missingMigrations);
    }

    void exactAndEstimatedSaid()
    {
        const DrillVerdict v = judgeDrill({{u"public.a"_s, 5, true}, {u"public.b"_s, 100, true}},
                                          {{u"public.a"_s, 5, true}, {u"public.b"_s, 100, false}},
                                          migrations,
                                          migrations,
                                          {});
        QCOMPARE(v.tablesExact, 1);
        QCOMPARE(v.tablesEstimated, 1);
        QVERIFY(v.tables.at(0).productionExact);
        QVERIFY(!v.tables.at(1).productionExact);
        QCOMPARE(v.toJson().value(u"tables"_s).toArray().at(1).toObject().value(u"production_count"_s),
                 u"estimated"_s);
    }

    void parsers()
    {
        const QString psql = u"table|public.accounts|2000|exact\n"
                             "table|public.statuses|20011|estimated\n"
                             "migration|20231007090808\n"
                             "migration|20230725213448\n"
                             "garbage line\n"
                             "table|public.bad|x|exact\n"_s;
        const QList<TableCount> c = parseTableCounts(psql);
        QCOMPARE(c.size(), 2);
        QCOMPARE(c.at(1), (TableCount{u"public.statuses"_s, 20011, false}));
        QCOMPARE(parseMigrations(psql), (QStringList{u"20231007090808"_s, u"20230725213448"_s}));

        // pg_restore -l of a custom-format dump (PostgreSQL 17).
        const QString toc = u";\n; Archive created at 2025-11-22 03:15:01 UTC\n"
                            ";     dbname: mastodon_production\n"
                            ";     TOC Entries: 61\n"
                            ";     Compression: none\n"
                            ";     Dump Version: 1.16-0\n"
                            ";     Format: CUSTOM\n"
                            ";     Integer: 4 bytes\n"
                            ";\n"
                            "215; 1259 16390 TABLE public accounts mastodon\n"_s;
        QCOMPARE(dumpDatabaseName(toc), u"mastodon_production"_s);
        QCOMPARE(dumpFormat(toc), u"CUSTOM"_s);
        QVERIFY(dumpDatabaseName(u"not a toc"_s).isEmpty());

        QCOMPARE(restoreErrors(u"pg_restore: error: could not execute query: ERROR:  must be owner "
                               u"of extension plpgsql\n"
                               "Command was: COMMENT ON EXTENSION plpgsql IS 'x';\n"
                               "pg_restore: warning: errors ignored on restore: 1\n"_s)
                     .size(),
                 2);
        QVERIFY(restoreErrors(u"pg_restore: connecting to database for restore\n"_s).isEmpty());

        QCOMPARE(dfAvailableKiB(
                     u"Filesystem     1024-blocks     Used Available Capacity Mounted on\n"
                     "/dev/mapper/vg0-opt   40894464 22366038  18528426      55% /opt\n"_s),
                 qint64(18528426));
        QCOMPARE(dfAvailableKiB(u"Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                                "map auto.home 0 0 0 - /home with space\n"_s),
                 qint64(-1)); // a mount point with spaces: unreadable, not guessed
        QCOMPARE(dfAvailableKiB(QString()), qint64(-1));

        // gzip's ISIZE, little endian, modulo 4 GiB.
        QCOMPARE(gzipUncompressedSize(QByteArray("\x10\x27\x00\x00", 4), 100), qint64(10000));
        QCOMPARE(gzipUncompressedSize(QByteArray("\x00\x00\x00\x00", 4), 5), qint64(1) << 32);
        QCOMPARE(gzipUncompressedSize(QByteArray("\x01", 1), 5), qint64(-1));
    }

    void resultJson()
    {
        DrillResult r;
        r.server = u"lab"_s;
        r.drillHost = u"lab"_s;
        r.backupKey = u"k"_s;
        r.outcome = DrillResult::Outcome::Cancelled;
        r.failedStage = u"download"_s;
        r.downloadMs = 1200;
        r.totalMs = 1200;
        r.leftBehind = {u"the database x"_s};
        r.startedAt = QDateTime::fromString(u"2025-11-22T03:15:00Z"_s, Qt::ISODate);
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(u"outcome"_s).toString(), u"cancelled"_s);
        QCOMPARE(o.value(u"stages_ms"_s).toObject().value(u"download"_s).toInt(), 1200);
        const DrillResult back = DrillResult::fromJson(o);
        QCOMPARE(back.outcome, r.outcome);
        QCOMPARE(back.leftBehind, r.leftBehind);
        QCOMPARE(back.startedAt, r.startedAt);
        QCOMPARE(back.failedStage, r.failedStage);
    }
};

QTEST_GUILESS_MAIN(TestDrillVerdict)
#include "tst_drillverdict.moc"
