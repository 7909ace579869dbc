// SPDX-License-Identifier: GPL-3.0-or-later
// The Servers panel's models over parsed status: rows follow refreshes without a reset (selection and scroll
// survive), severities stand out, and QAbstractItemModelTester checks every change.
#include "core/servers/serveraction.h"
#include "models/servers/actionhistorymodel.h"
#include "models/servers/diskstatusmodel.h"
#include "models/servers/servicestatusmodel.h"
#include "models/servers/statusformat.h"
#include "models/servers/unitstatusmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Servers;

namespace {

ComposeService service(const QString &name, const QString &state, const QString &health = {})
{
    ComposeService s;
    s.name = u"mastodon-"_s + name + u"-1"_s;
    s.service = name;
    s.state = state;
    s.health = health;
    s.image = u"ghcr.io/mastodon/mastodon:v4.2.10"_s;
    s.version = u"v4.2.10"_s;
    s.status = state == u"running"_s ? u"Up 3 hours"_s : u"Exited (1) 2 minutes ago"_s;
    return s;
}

int severity(const QAbstractItemModel &m, int row)
{
    return m.index(row, 0).data(StatusRoles::SeverityRole).toInt();
}

} // namespace

class TestStatusModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servicesFollowRefreshesWithoutReset()
    {
        ServiceStatusModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setServices({service(u"db"_s, u"running"_s, u"healthy"_s),
                           service(u"web"_s, u"running"_s, u"healthy"_s),
                           service(u"sidekiq"_s, u"running"_s)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 3);

        // Same list again: nothing moves, nothing changes.
        inserted.clear();
        model.setServices({service(u"db"_s, u"running"_s, u"healthy"_s),
                           service(u"web"_s, u"running"_s, u"healthy"_s),
                           service(u"sidekiq"_s, u"running"_s)});
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 0);

        // web stops: one dataChanged for its row, and it turns Critical.
        model.setServices({service(u"db"_s, u"running"_s, u"healthy"_s),
                           service(u"web"_s, u"exited"_s),
                           service(u"sidekiq"_s, u"running"_s)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(severity(model, 1), int(Severity::Critical));
        QCOMPARE(severity(model, 0), int(Severity::Ok));
        QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());

        // streaming appears, sidekiq goes: one insert, one remove, never a reset.
        model.setServices({service(u"db"_s, u"running"_s, u"healthy"_s),
                           service(u"streaming"_s, u"running"_s, u"unhealthy"_s),
                           service(u"web"_s, u"exited"_s)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, ServiceStatusModel::ServiceColumn).data().toString(),
                 u"streaming"_s);
        QCOMPARE(severity(model, 1), int(Severity::Critical));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(0, ServiceStatusModel::VersionColumn).data().toString(), u"v4.2.10"_s);
        QCOMPARE(model.index(0, ServiceStatusModel::HealthColumn).data().toString(), u"healthy"_s);

        // Stale data is greyed, whatever its severity.
        model.setStale(true);
        QCOMPARE(model.index(0, 0).data(Qt::ForegroundRole),
                 StatusFormat::foreground(Severity::Unknown));
        model.setServices({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void unitsAndTimers()
    {
        UnitInfo backup{u"pg-dump-to-s3.service"_s,
                        u"Dump the database to S3"_s,
                        u"loaded"_s,
                        u"failed"_s,
                        u"failed"_s,
                        u"exit-code"_s,
                        QDateTime::currentDateTimeUtc().addSecs(-3600),
                        {},
                        {}};
        UnitInfo certbot{u"certbot.service"_s,
                         {},
                         u"loaded"_s,
                         u"inactive"_s,
                         u"dead"_s,
                         u"success"_s,
                         {},
                         {},
                         {}};
        UnitInfo missing{u"media-cleanup.service"_s,
                         {},
                         u"not-found"_s,
                         u"inactive"_s,
                         u"dead"_s,
                         {},
                         {},
                         {},
                         {}};
        UnitStatusModel units;
        QAbstractItemModelTester t1(&units, QAbstractItemModelTester::FailureReportingMode::QtTest);
        units.setUnits({backup, certbot, missing});
        QCOMPARE(severity(units, 0), int(Severity::Critical));
        QCOMPARE(severity(units, 1), int(Severity::Ok));
        QCOMPARE(severity(units, 2), int(Severity::Unknown));
        QCOMPARE(units.index(2, UnitStatusModel::StateColumn).data().toString(), u"not installed"_s);
        QCOMPARE(units.index(0, UnitStatusModel::StateColumn).data().toString(),
                 u"failed (failed)"_s);
        QVERIFY(units.index(0, UnitStatusModel::LastRunColumn).data().toString().contains(u"ago"_s));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        TimerInfo dump{u"pg-dump-to-s3.timer"_s,
                       u"pg-dump-to-s3.service"_s,
                       now.addSecs(80000),
                       now.addSecs(-6400)};
        TimerInfo cert{u"certbot.timer"_s,
                       u"certbot.service"_s,
                       now.addSecs(3600),
                       now.addSecs(-3600)};
        TimerInfo late{u"late.timer"_s, u"late.service"_s, now.addSecs(-7200), now.addSecs(-90000)};
        TimerInfo off{u"off.timer"_s, u"off.service"_s, {}, now.addSecs(-90000)};
        TimerStatusModel timers;
        QAbstractItemModelTester t2(&timers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        timers.setTimers({dump, cert, late, off}, units.rows());
        QCOMPARE(severity(timers, 0), int(Severity::Critical)); // its service failed
        QCOMPARE(severity(timers, 1), int(Severity::Ok));
        QCOMPARE(severity(timers, 2), int(Severity::Warning)); // late
        QCOMPARE(severity(timers, 3), int(Severity::Warning)); // not scheduled
        QCOMPARE(timers.index(3, TimerStatusModel::NextColumn).data().toString(),
                 u"not scheduled"_s);
        QCOMPARE(timers.index(0, TimerStatusModel::ResultColumn).data().toString(), u"exit-code"_s);
        QVERIFY(
            timers.index(1, TimerStatusModel::NextColumn).data().toString().startsWith(u"in "_s));

        // The service recovered, the timers did not change: the timer rows are told.
        QSignalSpy changed(&timers, &QAbstractItemModel::dataChanged);
        backup.activeState = u"inactive"_s;
        backup.result = u"success"_s;
        timers.setTimers({dump, cert, late, off}, {backup, certbot, missing});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(severity(timers, 0), int(Severity::Ok));
    }

    void disksAgainstThresholds()
    {
        DiskStatusModel disks;
        QAbstractItemModelTester tester(&disks,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 gib = qint64(1) << 30;
        disks.setFilesystems(
            {{u"/dev/mapper/vg0-root1"_s, u"ext4"_s, u"/"_s, 20 * gib, 8 * gib, 12 * gib, 40},
             {u"/dev/mapper/vg0-opt"_s, u"ext4"_s, u"/opt"_s, 100 * gib, 87 * gib, 13 * gib, 87},
             {u"/dev/sda2"_s, u"ext4"_s, u"/boot"_s, gib, gib, 0, 100}});
        QCOMPARE(severity(disks, 0), int(Severity::Ok));
        QCOMPARE(severity(disks, 1), int(Severity::Warning));
        QCOMPARE(severity(disks, 2), int(Severity::Critical));
        QCOMPARE(disks.index(1, DiskStatusModel::UseColumn).data().toString(), u"87 %"_s);
        QCOMPARE(disks.index(1, DiskStatusModel::FreeColumn).data().toString(), u"13.0 GiB"_s);
        Servers::StatusThresholds strict;
        strict.diskWarningPercent = 30;
        disks.setThresholds(strict);
        QCOMPARE(severity(disks, 0), int(Severity::Warning));
        disks.setLayout({{u"sda"_s,
                          u"disk"_s,
                          240 * gib,
                          {},
                          {{u"sda3"_s,
                            u"part"_s,
                            230 * gib,
                            {},
                            {{u"vg0-opt"_s, u"lvm"_s, 100 * gib, {u"/opt"_s}, {}}}}}}},
                        {{u"opt"_s, u"vg0"_s, 100 * gib, u"-wi-ao----"_s}});
        QVERIFY(disks.layoutText().contains(u"    vg0-opt  100.0 GiB  lvm  /opt"_s));
        QCOMPARE(disks.index(1, DiskStatusModel::SourceColumn).data(Qt::ToolTipRole).toString(),
                 u"Logical volume opt of volume group vg0"_s);
    }

    void historyFollowsRuns()
    {
        ActionHistoryModel history;
        QAbstractItemModelTester tester(&history,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Server server;
        server.name = u"lab"_s;
        server.composeDir = u"/opt/mastodon"_s;
        auto *first = new ActionRun(server,
                                    {ServerAction::Kind::RestartService, u"web"_s, 1},
                                    &history);
        auto *second = new ActionRun(server,
                                     {ServerAction::Kind::StartUnit, u"pg-dump-to-s3.service"_s, 1},
                                     &history);
        history.add(first);
        history.add(second);
        QCOMPARE(history.rowCount(), 2);
        QCOMPARE(history.index(0, ActionHistoryModel::ActionColumn).data().toString(),
                 u"Start pg-dump-to-s3.service now"_s);
        QCOMPARE(history.index(1, ActionHistoryModel::ActionColumn).data(Qt::ToolTipRole).toString(),
                 u"cd -- /opt/mastodon && docker compose restart web"_s);
        QCOMPARE(history.index(1, ActionHistoryModel::StateColumn).data().toString(), u"Running…"_s);
        delete first;
        QCOMPARE(history.index(1, ActionHistoryModel::ActionColumn).data().toString(), u"(gone)"_s);
    }

    // The exact commands of the actions, as a terminal takes them; names with spaces, quotes or a leading dash
    // stay one argument.
    void actionCommands_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("replicas");
        QTest::addColumn<QString>("command");
        using K = ServerAction::Kind;
        QTest::newRow("restart") << int(K::RestartService) << u"web"_s << 1
                                 << u"cd -- '/srv/my mastodon' && docker compose restart web"_s;
        QTest::newRow("stop dash") << int(K::StopService) << u"-web"_s << 1
                                   << u"cd -- '/srv/my mastodon' && docker compose stop -web"_s;
        QTest::newRow("start quote")
            << int(K::StartService) << u"it's"_s << 1
            << u"cd -- '/srv/my mastodon' && docker compose start 'it'\\''s'"_s;
        QTest::newRow("scale")
            << int(K::ScaleService) << u"sidekiq-default-q"_s << 5
            << u"cd -- '/srv/my mastodon' && docker compose scale 'sidekiq-default-q=5'"_s;
        QTest::newRow("redeploy") << int(K::Redeploy) << QString() << 1
                                  << u"cd -- '/srv/my mastodon' && docker compose up -d"_s;
        QTest::newRow("unit") << int(K::StartUnit) << u"pg-dump-to-s3.service"_s << 1
                              << u"systemctl start --no-block -- pg-dump-to-s3.service"_s;
        QTest::newRow("unit $()") << int(K::StartUnit) << u"$(reboot)"_s << 1
                                  << u"systemctl start --no-block -- '$(reboot)'"_s;
    }

    void actionCommands()
    {
        QFETCH(int, kind);
        QFETCH(QString, target);
        QFETCH(int, replicas);
        QFETCH(QString, command);
        Server server;
        server.composeDir = u"/srv/my mastodon"_s;
        const ServerAction action{ServerAction::Kind(kind), target, replicas};
        QCOMPARE(action.commandLine(server), command);
    }
};

QTEST_GUILESS_MAIN(TestStatusModels)
#include "tst_statusmodels.moc"
