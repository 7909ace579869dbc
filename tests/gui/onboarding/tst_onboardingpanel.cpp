// SPDX-License-Identifier: GPL-3.0-or-later
// The Onboarding panel on a real lab, as a newcomer uses it: the services map (the shipped example) with its
// secrets as key names; a command explained, copied for a terminal and tried on the lab with its real
// output; the first lesson's goal checked from the lab's real state: not yet, then (after the newcomer
// scales sidekiq with the glossary's command, on the lab) reached, and kept as done in the progress file.
// The logs lesson walked through the window: the lab prepared by the panel (the redis incident), the logs
// read and searched in the Logs panel, redis started from the glossary with a parameter the newcomer typed;
// meanwhile the services map's Now column follows the Servers panel's refreshes of the lab (stopped, running).
// The backup and restore-drill lessons through the Backups panel, their goals checked from the unit's last run
// and from the drill history the panel wrote.
// Screenshots, light and dark, go to the build folder.
#include "app/stewardapp.h"
#include "core/backups/drill.h"
#include "core/logs/logtypes.h"
#include "core/onboarding/servicesmap.h"
#include "core/servers/sessionpool.h"
#include "core/servers/statusmonitor.h"
#include "labfixture.h"
#include "labwindow.h"
#include "models/logs/logmodel.h"
#include "models/onboarding/servicesmapmodel.h"
#include "widgets/backups/backupspanel.h"
#include "widgets/common/palette.h"
#include "widgets/logs/logspanel.h"
#include "widgets/onboarding/onboardingpanel.h"
#include "widgets/shell/mainwindow.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;

class TestOnboardingPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::LabFixture> m_lab;
    QTemporaryDir m_tmp;

    static void shoot(StewardApp &app, const QString &name)
    {
        QDir().mkpath(QStringLiteral(STEWARD_SCREENSHOTS));
        for (const QString &scheme : {u"light"_s, u"dark"_s}) {
            applyColorScheme(scheme);
            QCoreApplication::processEvents();
            app.window()->grab().save(QStringLiteral(STEWARD_SCREENSHOTS) + u"/onboarding-"_s + name
                                      + u'-' + scheme + u".png"_s);
        }
        applyColorScheme(u"light"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The drill history of an earlier run of this test must not reach the lessons' goals.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        m_lab = std::make_unique<Test::LabFixture>(
            QHash<QString, QString>{{u"STEWARD_LAB_BACKUP_SECONDS"_s, u"2"_s}});
        // The lab's store key, as a newcomer without a keychain gives it.
        qputenv("AWS_ACCESS_KEY_ID", "lab");
        qputenv("AWS_SECRET_ACCESS_KEY", "lab");
        QVERIFY2(m_lab->start(), qPrintable(m_lab->error()));
        // "Prepare the lab for this lesson" runs steward-lab as steward --lab does: here it finds this
        // test's lab.
        const QProcessEnvironment env = m_lab->processEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"STEWARD_LAB_"_s))
                qputenv(key.toLocal8Bit(), env.value(key).toLocal8Bit());
        }
    }

    void cleanupTestCase() { QVERIFY(m_lab->stop()); }

    void newcomerOnTheLab()
    {
        GuiOptions options;
        options.inventory = m_lab->inventoryPath();
        StewardApp app(options);
        app.sessions()->setKnownHostsFile(u"lab"_s, m_lab->knownHostsPath());
        app.window()->resize(1280, 860);
        app.window()->show();
        app.window()->setCurrentPanel(u"onboarding"_s);
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        OnboardingPanel *panel = app.onboardingPanel();
        panel->setProgressPath(m_tmp.filePath(u"progress.json"_s));

        // The map: the shipped example's services, secrets by key name only.
        ServicesMapModel *map = panel->servicesModel();
        QVERIFY2(map->rowCount() >= 10, qPrintable(panel->messageText()));
        bool sawSecret = false;
        for (int r = 0; r < map->rowCount(); ++r) {
            const QString secrets = map->index(r, ServicesMapModel::SecretsColumn).data().toString();
            if (!secrets.isEmpty()) {
                sawSecret = true;
                QVERIFY2(secrets.contains(u'/'), qPrintable(secrets)); // KIND/NAME
            }
        }
        QVERIFY(sawSecret);
        panel->showTab(0);
        shoot(app, u"services"_s);

        // A command explained, copied, tried on the lab: the real output of docker compose ps.
        panel->showTab(1);
        QVERIFY(panel->selectCommand(u"compose-ps"_s));
        QVERIFY2(panel->copyCommand().startsWith(u"cd -- "_s), qPrintable(panel->copyCommand()));
        QVERIFY(panel->copyCommand().endsWith(u"docker compose ps"_s));
        QSignalSpy tried(panel, &OnboardingPanel::tryFinished);
        panel->tryOnLab();
        QVERIFY(tried.wait(60000));
        QVERIFY2(panel->commandOutput().contains(u"mastodon-web-1"_s),
                 qPrintable(panel->commandOutput()));
        shoot(app, u"command"_s);

        // The first lesson: not yet; the newcomer scales sidekiq with the glossary's command (on the lab);
        // then the goal is reached and kept.
        panel->showTab(2);
        QVERIFY(panel->selectLesson(u"services-and-timers"_s));
        QSignalSpy checked(panel, &OnboardingPanel::lessonChecked);
        panel->checkLesson();
        QVERIFY(checked.wait(60000));
        QCOMPARE(checked.last().first().toBool(), false);
        QVERIFY2(panel->lessonResult().startsWith(u"Not yet"_s), qPrintable(panel->lessonResult()));
        QVERIFY(!panel->isLessonDone(u"services-and-timers"_s));

        QVERIFY(panel->selectCommand(u"compose-scale"_s));
        panel->tryOnLab();
        QVERIFY(tried.wait(60000));
        QVERIFY2(panel->messageText().isEmpty(), qPrintable(panel->messageText()));

        QVERIFY(panel->selectLesson(u"services-and-timers"_s));
        panel->checkLesson();
        QVERIFY(checked.wait(60000));
        QVERIFY2(checked.last().first().toBool(), qPrintable(panel->lessonResult()));
        QVERIFY(panel->isLessonDone(u"services-and-timers"_s));
        QVERIFY(
            panel->findChild<QPushButton *>(u"checkLesson"_s)->isEnabled()); // may be checked again
        QVERIFY(QFile::exists(m_tmp.filePath(u"progress.json"_s)));
        shoot(app, u"lesson"_s);
    }

    void logsLessonThroughTheWindow()
    {
        const std::unique_ptr<StewardApp> window = Test::openLabWindow(m_lab->inventoryPath());
        QVERIFY(window);
        StewardApp &app = *window;
        OnboardingPanel *panel = app.onboardingPanel();
        panel->setProgressPath(m_tmp.filePath(u"progress-logs.json"_s));
        panel->showTab(2);

        // The lesson readies the lab: its redis incident (redis OOM-killed), every other fault off.
        QVERIFY(panel->selectLesson(u"logs"_s));
        auto *prepare = panel->findChild<QPushButton *>(u"prepareLab"_s);
        QTRY_VERIFY(prepare->isEnabled());
        QTest::mouseClick(prepare, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->lessonResult().contains(u"ready"_s), 120000);
        QVERIFY2(m_lab->lab({u"faults"_s}).out.contains(u"redis on"_s),
                 qPrintable(m_lab->lab({u"faults"_s}).out));
        QSignalSpy checked(panel, &OnboardingPanel::lessonChecked);
        panel->checkLesson();
        QVERIFY(checked.wait(60000));
        QCOMPARE(checked.last().first().toBool(), false);
        QVERIFY2(panel->lessonResult().contains(u"redis runs 0 containers"_s),
                 qPrintable(panel->lessonResult()));

        // The group's map placing redis on the lab: its Now column follows the status refreshes.
        const auto map = Onboarding::parseServicesMap(R"(version: 1
services:
  - id: redis
    name: Redis
    purpose: Queues for sidekiq and the streaming API
    runs_on: {server: lab, compose_service: redis}
  - id: web
    name: Web
    purpose: The instance
    runs_on: {server: lab, compose_service: web}
)");
        QVERIFY2(map.ok(), qPrintable(map.error().toString()));
        panel->setServicesMap(map, u"a test's map"_s);
        const auto now = [panel](int row) {
            return panel->servicesModel()
                ->index(row, ServicesMapModel::StateColumn)
                .data()
                .toString();
        };
        QCOMPARE(now(0), u"not known yet"_s);
        app.statusMonitor()->refresh(u"lab"_s, true);
        QTRY_COMPARE_WITH_TIMEOUT(now(0), u"stopped"_s, 60000);
        QCOMPARE(now(1), u"running"_s);
        panel->showTab(0);
        shoot(app, u"logs-lesson-map"_s);
        panel->showTab(2);

        // The newcomer reads sidekiq's log in the Logs panel and searches it: real lines of the lab.
        LogsPanel *logs = app.logsPanel();
        Logs::SourceSpec sidekiq;
        sidekiq.kind = Logs::SourceKind::Compose;
        sidekiq.server = u"lab"_s;
        sidekiq.name = u"sidekiq"_s;
        sidekiq.composeDir = m_lab->server().composeDir;
        sidekiq.historyLines = 200;
        sidekiq.follow = false;
        logs->open(sidekiq);
        app.window()->setCurrentPanel(u"logs"_s);
        QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() >= 6, 60000);
        logs->setSearchPattern(u"ECONNREFUSED"_s, false);
        QTRY_VERIFY2(logs->searchText().startsWith(u"6 match"_s), qPrintable(logs->searchText()));
        shoot(app, u"logs-lesson-search"_s);

        // redis is down: the newcomer starts it from the glossary, typing the service in its field.
        app.window()->setCurrentPanel(u"onboarding"_s);
        panel->showTab(1);
        QVERIFY(panel->selectCommand(u"compose-start"_s));
        QVERIFY2(panel->copyCommand().endsWith(u"docker compose start sidekiq"_s), // the example
                 qPrintable(panel->copyCommand() + u" / "_s + panel->messageText()));
        QVERIFY(panel->setParameter(u"SERVICE"_s, u"redis"_s));
        QVERIFY2(panel->copyCommand().endsWith(u"docker compose start redis"_s),
                 qPrintable(panel->copyCommand()));
        // A value that is not one (an option) is refused before anything runs.
        QVERIFY(panel->setParameter(u"SERVICE"_s, u"--all"_s));
        QVERIFY(!panel->findChild<QPushButton *>(u"tryOnLab"_s)->isEnabled());
        QVERIFY(panel->setParameter(u"SERVICE"_s, u"redis"_s));
        QVERIFY(panel->findChild<QPushButton *>(u"tryOnLab"_s)->isEnabled());
        QSignalSpy tried(panel, &OnboardingPanel::tryFinished);
        panel->tryOnLab();
        QVERIFY(tried.wait(60000));
        QVERIFY2(panel->commandOutput().contains(u"mastodon-redis-1  Started"_s),
                 qPrintable(panel->commandOutput()));
        shoot(app, u"logs-lesson-start"_s);
        app.statusMonitor()->refresh(u"lab"_s, true);
        QTRY_COMPARE_WITH_TIMEOUT(now(0), u"running"_s, 60000);

        panel->showTab(2);
        QVERIFY(panel->selectLesson(u"logs"_s));
        panel->checkLesson();
        QVERIFY(checked.wait(60000));
        QVERIFY2(checked.last().first().toBool(), qPrintable(panel->lessonResult()));
        QVERIFY(panel->isLessonDone(u"logs"_s));
        m_lab->clearFaults();
    }

    void backupAndDrillLessonsThroughTheWindow()
    {
        const std::unique_ptr<StewardApp> window = Test::openLabWindow(m_lab->inventoryPath());
        QVERIFY(window);
        StewardApp &app = *window;
        OnboardingPanel *panel = app.onboardingPanel();
        panel->setProgressPath(m_tmp.filePath(u"progress-backups.json"_s));
        panel->showTab(2);
        QSignalSpy checked(panel, &OnboardingPanel::lessonChecked);
        const auto check = [&](const QString &lesson) {
            if (!panel->selectLesson(lesson))
                return false;
            panel->checkLesson();
            return checked.wait(60000) && checked.last().first().toBool();
        };
        // This lab has never backed up, nor been drilled.
        QVERIFY(!check(u"backup"_s));
        QVERIFY(!check(u"restore-drill"_s));
        QVERIFY2(panel->lessonResult().contains(u"no passed restore drill"_s),
                 qPrintable(panel->lessonResult()));

        // The newcomer backs up from the Backups panel and follows it there.
        app.window()->setCurrentPanel(u"backups"_s);
        auto *backups = app.window()->findChild<BackupsPanel *>();
        QVERIFY(backups);
        QTRY_VERIFY_WITH_TIMEOUT(backups->currentServer() == u"lab"_s, 20000);
        QSignalSpy backedUp(backups, &BackupsPanel::backupFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!backups->isBusy(), 30000);
        backups->runBackup();
        QVERIFY(backedUp.wait(120000));
        QVERIFY2(check(u"backup"_s), qPrintable(panel->lessonResult()));
        QVERIFY(panel->isLessonDone(u"backup"_s));

        // Then a restore drill of that backup: the panel records it, the lesson reads the record.
        QSignalSpy drilled(backups, &BackupsPanel::drillFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!backups->isBusy(), 30000);
        backups->runDrill();
        QVERIFY(drilled.wait(300000));
        QCOMPARE(drilled.last().first().value<Backups::DrillResult>().outcome,
                 Backups::DrillResult::Outcome::Passed);
        QVERIFY2(check(u"restore-drill"_s), qPrintable(panel->lessonResult()));
        QVERIFY(panel->isLessonDone(u"restore-drill"_s));
    }
};

QTEST_MAIN(TestOnboardingPanel)
#include "tst_onboardingpanel.moc"
