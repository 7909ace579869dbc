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

#include <QFile>
#include <QSignalSpy>
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

    LessonChecker::Outcome check(const QString &lessonId, QString *detail)
    {
        for (const Lesson &lesson : lessons()) {
            if (lesson.id != lessonId)
                continue;
            LessonChecker checker(m_lab.server(), lesson);
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

    void cleanupTestCase() { m_lab.clearFaults(); }
};

QTEST_GUILESS_MAIN(TestOnboardingLab)
#include "tst_onboardinglab.moc"
