// SPDX-License-Identifier: GPL-3.0-or-later
// The Servers panel's core against the lab: one refresh over the lab's shared session reads compose services,
// units, timers, disks and the HTTP health; actions run in the compose directory; and every fault of the issue
// shows as it should: a stopped service, a full disk, a failed unit, sshd away (stale data kept, recovered on
// its own), a slow server (cancellable, never stacked), malformed tool output (a parse error naming the
// command, the other parts intact), a compose directory whose name a careless quoting would break.
#include "core/servers/serveraction.h"
#include "core/servers/sessionpool.h"
#include "core/servers/statusmonitor.h"
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "labfixture.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Servers;

class TestServerStatus : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::LabFixture> m_lab;
    std::unique_ptr<Ssh::SessionPool> m_pool;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StatusMonitor> m_monitor;
    Server m_server;

    // One refresh, waited for; the status it left.
    ServerStatus refresh(bool connect = true, const QString &name = u"lab"_s)
    {
        QSignalSpy changed(m_monitor.get(), &StatusMonitor::statusChanged);
        m_monitor->refresh(name, connect);
        if (!changed.wait(60000))
            qWarning("no status within 60 s");
        return m_monitor->status(name);
    }

    static bool hasFinding(const ServerStatus &s, const QString &part, const QString &subject)
    {
        for (const Finding &f : s.findings) {
            if (f.part == part && (subject.isEmpty() || f.subject == subject))
                return true;
        }
        return false;
    }

    static QByteArray describe(const ServerStatus &s)
    {
        QStringList lines{u"severity "_s + severityKey(s.severity),
                          u"connection: "_s + s.connectionError};
        for (const Finding &f : s.findings)
            lines.append(u"finding %1 %2: %3"_s.arg(f.part, f.subject, f.message));
        for (const auto &[name, p] : {std::pair{u"services"_s, s.servicesState},
                                      {u"units"_s, s.unitsState},
                                      {u"timers"_s, s.timersState},
                                      {u"disks"_s, s.disksState}})
            lines.append(name + u": "_s + p.error);
        return lines.join(u'\n').toUtf8();
    }

    // An action run to its end.
    ActionRun::State act(const ServerAction &action, QByteArray *output = nullptr)
    {
        Ssh::Session *session = m_pool->existing(u"lab"_s);
        if (!session)
            return ActionRun::State::Failed;
        ActionRun run(m_server, action);
        QSignalSpy finished(&run, &ActionRun::finished);
        run.start(session);
        if (!finished.wait(60000))
            return ActionRun::State::Running;
        if (output)
            *output = run.output();
        return run.state();
    }

    // A shell line on the lab, for the test's own preparations.
    int shell(const QByteArray &line)
    {
        Ssh::Command *c = m_pool->existing(u"lab"_s)->runShell(line);
        QSignalSpy finished(c, &Ssh::Command::finished);
        const bool ok = finished.wait(30000);
        const int code = ok ? c->exitCode() : -1;
        delete c;
        return code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<Test::LabFixture>();
        QVERIFY2(m_lab->start(), qPrintable(m_lab->error()));
        m_server = m_lab->server();
        m_pool = std::make_unique<Ssh::SessionPool>();
        m_pool->setSshConfig(SshConfig());
        m_pool->setKnownHostsFile(m_server.name, m_lab->knownHostsPath());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_monitor = std::make_unique<StatusMonitor>(m_pool.get(), m_network.get());
        m_monitor->setServers({m_server});
        connect(m_pool.get(),
                &Ssh::SessionPool::sessionCreated,
                this,
                [](const QString &, Ssh::Session *s) {
                    // Never asked: the lab's key is known; a question is a failure (refused, so nothing hangs).
                    connect(s, &Ssh::Session::hostKeyUnknown, s, [s] { s->refuseHostKey(); });
                    connect(s, &Ssh::Session::secretRequested, s, [s] { s->refuseSecret(); });
                });
    }

    void cleanup() { m_lab->clearFaults(); }

    void cleanupTestCase()
    {
        m_monitor.reset();
        m_pool.reset();
        QVERIFY(m_lab->stop());
    }

    void healthyLab()
    {
        const ServerStatus s = refresh();
        QVERIFY2(s.severity == Severity::Ok, describe(s).constData());
        QCOMPARE(s.channelsOpened, 1); // one batched command for every tool
        QCOMPARE(s.services.size(), 5);
        for (const ComposeService &c : s.services)
            QVERIFY2(c.isRunning(), qPrintable(c.service));
        QCOMPARE(s.services.last().service, u"web"_s);
        QCOMPARE(s.services.last().version, u"v4.2.10"_s);
        bool mastodon = false;
        for (const UnitInfo &u : s.units)
            mastodon = mastodon || (u.id == u"mastodon.service"_s && u.activeState == u"active"_s);
        QVERIFY(mastodon);
        QCOMPARE(s.timers.size(), 3);
        bool opt = false;
        for (const Filesystem &f : s.filesystems)
            opt = opt || (f.mountPoint == u"/opt"_s && f.size > 0 && f.usePercent < 85);
        QVERIFY(opt);
        QVERIFY(!s.blockDevices.isEmpty());
        QVERIFY(s.servicesState.ok() && s.unitsState.ok() && s.timersState.ok()
                && s.disksState.ok());
        // Health over HTTP from this computer, as a visitor sees the instance.
        QVERIFY(s.health.has_value());
        QCOMPARE(s.health->web.status, 200);
        QCOMPARE(s.health->streaming.status, 200);
        QCOMPARE(s.health->version, u"4.2.10"_s);
        QVERIFY(s.health->web.elapsedMs >= 0);
    }

    void stoppedServiceStandsOut()
    {
        QCOMPARE(act({ServerAction::Kind::StopService, u"streaming"_s, 1}),
                 ActionRun::State::Succeeded);
        ServerStatus s = refresh();
        QCOMPARE(s.severity, Severity::Critical);
        QVERIFY2(hasFinding(s, u"services"_s, u"streaming"_s), describe(s).constData());
        // The streaming health endpoint fails with it, as nginx answers for a stopped upstream.
        QVERIFY(s.health && !s.health->streaming.ok());

        QByteArray output;
        QCOMPARE(act({ServerAction::Kind::StartService, u"streaming"_s, 1}, &output),
                 ActionRun::State::Succeeded);
        QVERIFY2(output.contains("Started"), output.constData());
        s = refresh();
        QVERIFY2(s.severity == Severity::Ok, describe(s).constData());
    }

    void fullDisk()
    {
        QVERIFY(m_lab->fault(u"disk-full"_s, true));
        const ServerStatus s = refresh();
        QCOMPARE(s.severity, Severity::Critical);
        QVERIFY2(hasFinding(s, u"disks"_s, u"/opt"_s), describe(s).constData());
    }

    void failedUnit()
    {
        QVERIFY(m_lab->fault(u"upload"_s, true));
        QCOMPARE(act({ServerAction::Kind::StartUnit, u"pg-dump-to-s3.service"_s, 1}),
                 ActionRun::State::Succeeded); // --no-block: started, not yet done
        ServerStatus s;
        QTRY_VERIFY_WITH_TIMEOUT((s = refresh()).severity == Severity::Critical
                                     && hasFinding(s, u"units"_s, u"pg-dump-to-s3.service"_s),
                                 60000);
        // The timer that starts it carries the failure too.
        QVERIFY2(hasFinding(s, u"timers"_s, u"pg-dump-to-s3.timer"_s), describe(s).constData());
        // Run again without the fault: the unit recovers.
        QVERIFY(m_lab->fault(u"upload"_s, false));
        QCOMPARE(act({ServerAction::Kind::StartUnit, u"pg-dump-to-s3.service"_s, 1}),
                 ActionRun::State::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(refresh().severity == Severity::Ok, 60000);
    }

    void sshdAwayKeepsStaleDataAndRecovers()
    {
        const ServerStatus before = refresh();
        QCOMPARE(before.severity, Severity::Ok);
        QVERIFY(m_lab->fault(u"sshd"_s, true));
        Ssh::Session *session = m_pool->existing(u"lab"_s);
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == Ssh::Session::State::Lost, 30000);
        // The interval's refresh (connect = false) tries again: refused while sshd is away.
        ServerStatus s = refresh(false);
        QCOMPARE(s.severity, Severity::Unreachable);
        QVERIFY(!s.connectionError.isEmpty());
        // What was read before stays, marked stale with its time.
        QCOMPARE(s.services.size(), 5);
        QVERIFY(s.servicesState.stale());
        QCOMPARE(s.servicesState.refreshedAt, before.servicesState.refreshedAt);
        // HTTP still answers from the laptop's side.
        QVERIFY(s.health && s.health->web.ok());
        // Back: the next interval refresh reconnects on its own.
        QVERIFY(m_lab->fault(u"sshd"_s, false));
        QTRY_VERIFY_WITH_TIMEOUT((s = refresh(false)).severity == Severity::Ok, 60000);
        QVERIFY(!s.servicesState.stale());
        QVERIFY(s.servicesState.refreshedAt > before.servicesState.refreshedAt);
    }

    void slowServerIsCancellableAndNeverStacked()
    {
        refresh();
        QVERIFY(m_lab->fault(u"slow"_s, true));
        QSignalSpy started(m_monitor.get(), &StatusMonitor::refreshStarted);
        QSignalSpy changed(m_monitor.get(), &StatusMonitor::statusChanged);
        m_monitor->refresh(u"lab"_s);
        m_monitor->refresh(u"lab"_s);
        m_monitor->refresh(u"lab"_s);
        QTRY_VERIFY(m_monitor->isRefreshing(u"lab"_s));
        QCOMPARE(started.size(), 1); // the others wait as one
        QTest::qWait(500);
        m_monitor->cancel(u"lab"_s);
        QVERIFY(!m_monitor->isRefreshing(u"lab"_s));
        QCOMPARE(m_monitor->runningCount(), 0);
        // Cancelled: nothing queued runs after it, and the status is the one from before (and stays:
        // checked below, once a refresh started later under the same delay has finished).
        QCOMPARE(started.size(), 1);
        QVERIFY(m_monitor->status(u"lab"_s).servicesState.ok());

        // Two requests during a slow refresh: one more refresh after it, not two.
        started.clear();
        changed.clear();
        m_monitor->refresh(u"lab"_s);
        QTRY_VERIFY(m_monitor->isRefreshing(u"lab"_s));
        m_monitor->refresh(u"lab"_s);
        m_monitor->refresh(u"lab"_s);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 60000);
        QTRY_VERIFY(!m_monitor->isRefreshing(u"lab"_s));
        QCOMPARE(started.size(), 2);
        // Two changes, these refreshes' own: the cancelled one, started before them and as slow,
        // would have delivered first.
        QCOMPARE(changed.size(), 2);
    }

    void malformedOutputNamesTheCommand()
    {
        // A docker that prints half a line of JSON, as a cut or broken tool would.
        const QString docker = m_lab->dir() + u"/bin/docker"_s;
        QVERIFY(QFile::rename(docker, docker + u".real"_s));
        {
            QFile fake(docker);
            QVERIFY(fake.open(QIODevice::WriteOnly));
            fake.write("#!/bin/sh\nprintf '{\"Name\":\"mastodon-web-1\",\"Sta'\n");
            fake.close();
            fake.setPermissions(fake.permissions() | QFile::ExeOwner | QFile::ExeGroup
                                | QFile::ExeOther);
        }
        const ServerStatus s = refresh();
        QFile::remove(docker);
        QVERIFY(QFile::rename(docker + u".real"_s, docker));
        QVERIFY(!s.servicesState.error.isEmpty());
        QVERIFY2(s.servicesState.error.contains(u"docker compose ps"_s),
                 qPrintable(s.servicesState.error));
        QVERIFY(hasFinding(s, u"services"_s, QString()));
        QCOMPARE(s.severity, Severity::Critical); // never an empty "all good"
        // The other parts were read as usual.
        QVERIFY(s.unitsState.ok());
        QVERIFY(s.disksState.ok());
        QVERIFY(refresh().servicesState.ok());
    }

    // A compose directory named with spaces, quotes, a semicolon and a leading dash: entered as named.
    void hostileComposeDirectory()
    {
        const QString odd = m_lab->dir() + u"/-odd dir; 'q' $(x)"_s;
        QVERIFY(QDir().mkpath(odd));
        QVERIFY(QFile::copy(m_server.composeDir + u"/docker-compose.yml"_s,
                            odd + u"/docker-compose.yml"_s));
        Server copy = m_server;
        copy.name = u"odd"_s;
        copy.composeDir = odd;
        m_pool->setKnownHostsFile(copy.name, m_lab->knownHostsPath());
        m_monitor->setServers({m_server, copy});
        const ServerStatus s = refresh(true, u"odd"_s);
        QVERIFY2(s.servicesState.ok(), describe(s).constData());
        QCOMPARE(s.services.size(), 5);
        // An action there runs there too.
        ActionRun run(copy, {ServerAction::Kind::RestartService, u"web"_s, 1});
        QSignalSpy finished(&run, &ActionRun::finished);
        run.start(m_pool->existing(u"odd"_s));
        QVERIFY(finished.wait(60000));
        QCOMPARE(run.state(), ActionRun::State::Succeeded);
        m_monitor->setServers({m_server});
        m_pool->forget(u"odd"_s);
    }

    // A service name that is not one stays one argument: compose refuses it, nothing else runs.
    void hostileServiceName()
    {
        QByteArray output;
        const QString marker = m_lab->dir() + u"/pwned"_s;
        const ActionRun::State state = act({ServerAction::Kind::RestartService,
                                            u"web; touch "_s + marker + u" $(touch "_s + marker
                                                + u")"_s,
                                            1},
                                           &output);
        QCOMPARE(state, ActionRun::State::Failed);
        QVERIFY2(output.contains("no such service"), output.constData());
        QVERIFY(!QFile::exists(marker));
    }
};

QTEST_GUILESS_MAIN(TestServerStatus)
#include "tst_serverstatus.moc"
