// SPDX-License-Identifier: GPL-3.0-or-later
// The glossary and the lessons against a real lab: "Try on the lab" runs the shipped commands (state
// changes included) and returns the lab's real output; lesson goals are detected from the lab's state, not
// from a click: not reached before, reached after the newcomer did the thing.
#include "core/onboarding/glossary.h"
#include "core/onboarding/glossaryrunner.h"
#include "core/onboarding/lessons.h"
#include "core/servers/sessionpool.h"
#include "core/ssh/session.h"
#include "labfixture.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Steward;
using namespace Steward::Onboarding;
using namespace Qt::StringLiterals;

class TestOnboardingLab : public QObject
{
    Q_OBJECT

    Test::LabFixture m_lab{{{u"STEWARD_LAB_BACKUP_SECONDS"_s, u"2"_s}}};
    std::unique_ptr<Ssh::SessionPool> m_pool;
    Ssh::Session *m_session = nullptr;
    Glossary m_glossary;
    QTemporaryDir m_home;

    // `steward ARGS` on this test's lab, through the fixture (its environment, its event loop serving
    // the test's session meanwhile), with a home of its own and the lab's store key, as a newcomer
    // without a keychain gives it.
    Test::LabFixture::Run steward(const QStringList &arguments)
    {
        QProcessEnvironment extra;
        extra.insert(u"HOME"_s, m_home.path());
        extra.insert(u"AWS_ACCESS_KEY_ID"_s, u"lab"_s);
        extra.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"lab"_s);
        return m_lab.local(QStringLiteral(STEWARD_BINARY), arguments, extra, 300000);
    }

    static QByteArray describe(const Test::LabFixture::Run &r)
    {
        return (r.out + u"\n--- stderr\n"_s + r.err).toUtf8();
    }

    // The lesson's session again after the lab's sshd came back.
    bool reconnect()
    {
        const auto session = m_pool->session(m_lab.server());
        if (!session.ok())
            return false;
        m_session = session.value();
        return QTest::qWaitFor([this] { return m_session->state() == Ssh::Session::State::Ready; },
                               30000);
    }

    GlossaryRunner::State tryEntry(const QString &id,
                                   const QHash<QString, QString> &values,
                                   QByteArray *output)
    {
        const GlossaryEntry *e = m_glossary.entry(id);
        if (!e)
            return GlossaryRunner::State::Idle;
        GlossaryRunner runner(m_lab.server(), *e, values);
        QSignalSpy finished(&runner, &GlossaryRunner::finished);
        runner.start(m_session);
        if (!QTest::qWaitFor([&finished] { return finished.size() > 0; }, 120000))
            return GlossaryRunner::State::Idle;
        *output = runner.output();
        if (runner.state() != GlossaryRunner::State::Succeeded)
            qWarning("%s: %s\n%s",
                     qPrintable(id),
                     qPrintable(runner.errorString()),
                     runner.output().constData());
        return runner.state();
    }

    LessonChecker::Outcome check(const QString &lessonId,
                                 QString *detail,
                                 const QString &historyPath = {})
    {
        for (const Lesson &lesson : lessons()) {
            if (lesson.id != lessonId)
                continue;
            LessonChecker checker(m_lab.server(), lesson);
            checker.setHistoryPath(historyPath);
            QSignalSpy finished(&checker, &LessonChecker::finished);
            checker.start(m_session);
            if (!QTest::qWaitFor([&finished] { return finished.size() > 0; }, 120000))
                return LessonChecker::Outcome::Failed;
            *detail = finished.first().at(1).toString();
            return finished.first().first().value<LessonChecker::Outcome>();
        }
        return LessonChecker::Outcome::Failed;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.start(), qPrintable(m_lab.error()));
        m_pool = std::make_unique<Ssh::SessionPool>();
        m_pool->setSshConfig({});
        m_pool->setKnownHostsFile(m_lab.server().name, m_lab.knownHostsPath());
        const auto session = m_pool->session(m_lab.server());
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        m_session = session.value();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Ssh::Session::State::Ready, 30000);
        QFile f(u":/steward/onboarding/commands.yaml"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto glossary = parseGlossary(f.readAll());
        QVERIFY2(glossary.ok(), qPrintable(glossary.error().toString()));
        m_glossary = glossary.value();
        QVERIFY(GlossaryRunner::mayBeLab(m_lab.server()));
    }

    void readOnlyCommandsAnswerLikeTheirSamples()
    {
        QByteArray out;
        QCOMPARE(tryEntry(u"compose-ps"_s, {}, &out), GlossaryRunner::State::Succeeded);
        QVERIFY2(out.startsWith("NAME ") && out.contains("mastodon-web-1"), out.constData());
        QCOMPARE(tryEntry(u"list-timers"_s, {}, &out), GlossaryRunner::State::Succeeded);
        QVERIFY2(out.contains("pg-dump-to-s3.timer"), out.constData());
        QCOMPARE(tryEntry(u"tootctl-version"_s, {}, &out), GlossaryRunner::State::Succeeded);
        QCOMPARE(out.trimmed(), QByteArray("4.2.10"));
        QCOMPARE(tryEntry(u"journal-follow"_s, {}, &out), GlossaryRunner::State::Succeeded);
    }

    void scalingLesson()
    {
        QString detail;
        QCOMPARE(check(u"services-and-timers"_s, &detail), LessonChecker::Outcome::NotYet);
        QVERIFY2(detail.contains(u"sidekiq runs 1 containers"_s), qPrintable(detail));
        QByteArray out;
        QCOMPARE(tryEntry(u"compose-scale"_s, {{u"REPLICAS"_s, u"2"_s}}, &out),
                 GlossaryRunner::State::Succeeded);
        QVERIFY2(out.contains("mastodon-sidekiq-2  Started"), out.constData());
        QCOMPARE(check(u"services-and-timers"_s, &detail), LessonChecker::Outcome::Passed);
        QCOMPARE(check(u"scale-back"_s, &detail), LessonChecker::Outcome::NotYet);
        QCOMPARE(tryEntry(u"compose-scale"_s, {{u"REPLICAS"_s, u"1"_s}}, &out),
                 GlossaryRunner::State::Succeeded);
        QCOMPARE(check(u"scale-back"_s, &detail), LessonChecker::Outcome::Passed);
        // A stopped web is seen too.
        QCOMPARE(tryEntry(u"compose-stop"_s, {{u"SERVICE"_s, u"web"_s}}, &out),
                 GlossaryRunner::State::Succeeded);
        QCOMPARE(check(u"scale-back"_s, &detail), LessonChecker::Outcome::NotYet);
        QVERIFY2(detail.contains(u"Exited"_s), qPrintable(detail));
        QCOMPARE(tryEntry(u"compose-start"_s, {{u"SERVICE"_s, u"web"_s}}, &out),
                 GlossaryRunner::State::Succeeded);
        QCOMPARE(check(u"scale-back"_s, &detail), LessonChecker::Outcome::Passed);
    }

    // Reading logs: the lab's redis incident (OOM-killed); the goal is not reached until redis runs again,
    // which sidekiq's log then says. What the newcomer reads is real: ps shows the 137, sidekiq's log the
    // ECONNREFUSED, with the glossary's commands.
    void logsLesson()
    {
        QString detail;
        QCOMPARE(check(u"logs"_s, &detail), LessonChecker::Outcome::NotYet); // no incident yet
        QVERIFY(m_lab.fault(u"redis"_s, true));
        QCOMPARE(check(u"logs"_s, &detail), LessonChecker::Outcome::NotYet);
        QVERIFY2(detail.contains(u"redis runs 0 containers"_s), qPrintable(detail));
        QByteArray out;
        // docker compose ps lists running containers only: redis is missing there (the Servers panel asks
        // with --all and shows its Exited (137)).
        QCOMPARE(tryEntry(u"compose-ps"_s, {}, &out), GlossaryRunner::State::Succeeded);
        QVERIFY2(out.contains("mastodon-sidekiq-1") && !out.contains("mastodon-redis-1"),
                 out.constData());
        QCOMPARE(tryEntry(u"compose-logs"_s, {{u"SERVICE"_s, u"sidekiq"_s}}, &out),
                 GlossaryRunner::State::Succeeded);
        QVERIFY2(out.contains("sidekiq-1  | ") && out.contains("redis:6379 (Errno::ECONNREFUSED)"),
                 out.constData());
        QCOMPARE(tryEntry(u"compose-start"_s, {{u"SERVICE"_s, u"redis"_s}}, &out),
                 GlossaryRunner::State::Succeeded);
        QCOMPARE(check(u"logs"_s, &detail), LessonChecker::Outcome::Passed);
        // The incident is over: the lab lists the fault off.
        QVERIFY(m_lab.lab({u"faults"_s}).out.contains(u"redis off"_s));
    }

    void backupLesson()
    {
        QString detail;
        // A new lab has never run its backup.
        QCOMPARE(check(u"backup"_s, &detail), LessonChecker::Outcome::NotYet);
        QByteArray out;
        QCOMPARE(tryEntry(u"backup-now"_s, {}, &out), GlossaryRunner::State::Succeeded);
        QCOMPARE(check(u"backup"_s, &detail), LessonChecker::Outcome::Passed);
        QCOMPARE(tryEntry(u"journal-unit"_s, {}, &out), GlossaryRunner::State::Succeeded);
        QVERIFY2(out.contains("Upload finished: s3://lab-backups/"), out.constData());
    }

    void failedBackupIsNotAGoal()
    {
        QVERIFY(m_lab.fault(u"upload"_s, true));
        QByteArray out;
        QCOMPARE(tryEntry(u"backup-now"_s, {}, &out), GlossaryRunner::State::Failed);
        QString detail;
        QCOMPARE(check(u"bad-night-upload"_s, &detail), LessonChecker::Outcome::NotYet);
        QVERIFY2(detail.contains(u"failed"_s), qPrintable(detail));
        QVERIFY(m_lab.fault(u"upload"_s, false));
        QCOMPARE(tryEntry(u"backup-now"_s, {}, &out), GlossaryRunner::State::Succeeded);
        QCOMPARE(check(u"bad-night-upload"_s, &detail), LessonChecker::Outcome::Passed);
    }

    // The restore drill: the goal is Steward's record of a passed drill of the lab (made here by
    // `steward backup drill --lab`, as the Backups panel records it), recent enough.
    void restoreDrillLesson()
    {
        const QString history = m_home.filePath(u"no-history-yet.sqlite"_s);
        QString detail;
        QCOMPARE(check(u"restore-drill"_s, &detail, history), LessonChecker::Outcome::NotYet);
        QVERIFY2(detail.contains(u"no passed restore drill"_s), qPrintable(detail));
        QByteArray out;
        QCOMPARE(tryEntry(u"backup-now"_s, {}, &out), GlossaryRunner::State::Succeeded);
        const Test::LabFixture::Run drill = steward({u"backup"_s, u"drill"_s, u"--lab"_s});
        QVERIFY2(drill.exitCode == 0, describe(drill));
        QString recorded;
        QDirIterator it(m_home.path(),
                        {u"history.sqlite"_s},
                        QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        if (it.hasNext())
            recorded = it.next();
        QVERIFY2(!recorded.isEmpty(), "steward backup drill recorded no history");
        QCOMPARE(check(u"restore-drill"_s, &detail, recorded), LessonChecker::Outcome::Passed);
        // Three hours later, the drill is too old for the lesson's goal.
        for (const Lesson &lesson : lessons()) {
            if (lesson.id != u"restore-drill")
                continue;
            LessonChecker late(m_lab.server(), lesson);
            late.setHistoryPath(recorded);
            late.setNow(QDateTime::currentDateTimeUtc().addSecs(3 * 3600));
            QSignalSpy finished(&late, &LessonChecker::finished);
            late.start(m_session);
            QTRY_COMPARE(finished.size(), 1);
            QCOMPARE(finished.first().first().value<LessonChecker::Outcome>(),
                     LessonChecker::Outcome::NotYet);
            QVERIFY2(finished.first().at(1).toString().contains(u"more than 120 minute"_s),
                     qPrintable(finished.first().at(1).toString()));
        }
    }

    // The disk-full night: the backup fails on a full /opt; the goal needs /opt below 100 % and a
    // backup through.
    void diskFullLesson()
    {
        QVERIFY(m_lab.fault(u"disk-full"_s, true));
        QByteArray out;
        QCOMPARE(tryEntry(u"backup-now"_s, {}, &out), GlossaryRunner::State::Failed);
        QString detail;
        QCOMPARE(check(u"bad-night-disk-full"_s, &detail), LessonChecker::Outcome::NotYet);
        QVERIFY2(detail.contains(u"/opt"_s) || detail.contains(u"failed"_s), qPrintable(detail));
        QVERIFY(m_lab.fault(u"disk-full"_s, false));
        QCOMPARE(check(u"bad-night-disk-full"_s, &detail), LessonChecker::Outcome::NotYet);
        QCOMPARE(tryEntry(u"backup-now"_s, {}, &out), GlossaryRunner::State::Succeeded);
        QCOMPARE(check(u"bad-night-disk-full"_s, &detail), LessonChecker::Outcome::Passed);
    }

    // SSH gone: the goal cannot be checked while sshd is away, and is reached once it is back and
    // Steward connected again.
    void sshdLesson()
    {
        QVERIFY(m_lab.fault(u"sshd"_s, true));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->state() != Ssh::Session::State::Ready, 30000);
        QString detail;
        QVERIFY(check(u"bad-night-sshd"_s, &detail) != LessonChecker::Outcome::Passed);
        QVERIFY(m_lab.fault(u"sshd"_s, false));
        QVERIFY(reconnect());
        QCOMPARE(check(u"bad-night-sshd"_s, &detail), LessonChecker::Outcome::Passed);
    }

    // The upgrade night and its bad variant, with `steward runbook` as the lesson has the newcomer
    // run it: the migration fails (the goals are not reached: the lab still runs 4.2.10), then with
    // the fault off, resume --retry finishes it and both goals are reached from the lab's state.
    void upgradeLessons()
    {
        QString detail;
        QCOMPARE(check(u"upgrade"_s, &detail), LessonChecker::Outcome::NotYet);
        QVERIFY(m_lab.fault(u"migration"_s, true));
        const QString reviewed = m_home.filePath(u"reviewed.yml"_s);
        QVERIFY(QFile::copy(QStringLiteral(STEWARD_SOURCE_DIR
                                           "/lab/mastodon/compose/v4.3.0.docker-compose.yml"),
                            reviewed));
        const Test::LabFixture::Run failed = steward(
            {u"runbook"_s,
             u"run"_s,
             u"mastodon-upgrade"_s,
             u"--lab"_s,
             u"--yes"_s,
             u"--set"_s,
             u"version=v4.3.0"_s,
             u"--set"_s,
             u"compose="_s + reviewed,
             u"--set"_s,
             u"postgresql_min=12"_s,
             u"--set"_s,
             u"redis_min=6.2"_s,
             u"--set"_s,
             u"expected_migrations=40 pre-deployment, 10 post-deployment"_s});
        QVERIFY2(failed.exitCode != 0, describe(failed));
        static const QRegularExpression runIdRe(u"Run (\\d{8}-\\d{6}-[a-z0-9-]+) of "_s);
        const QString runId = runIdRe.match(failed.out).captured(1);
        QVERIFY2(!runId.isEmpty(), describe(failed));
        QVERIFY(reconnect());
        QCOMPARE(check(u"bad-night-migration"_s, &detail), LessonChecker::Outcome::NotYet);
        QCOMPARE(check(u"upgrade"_s, &detail), LessonChecker::Outcome::NotYet);

        QVERIFY(m_lab.fault(u"migration"_s, false));
        const Test::LabFixture::Run resumed = steward(
            {u"runbook"_s, u"resume"_s, runId, u"--lab"_s, u"--yes"_s, u"--retry"_s});
        QVERIFY2(resumed.exitCode == 0, describe(resumed));
        QVERIFY(reconnect());
        QCOMPARE(check(u"bad-night-migration"_s, &detail), LessonChecker::Outcome::Passed);
        QCOMPARE(check(u"upgrade"_s, &detail), LessonChecker::Outcome::Passed);
    }

    void cleanupTestCase() { m_lab.clearFaults(); }
};

QTEST_GUILESS_MAIN(TestOnboardingLab)
#include "tst_onboardinglab.moc"
