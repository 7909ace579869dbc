// SPDX-License-Identifier: GPL-3.0-or-later
// The Onboarding panel on a real lab, as a newcomer uses it: the services map (the shipped example) with its
// secrets as key names; a command explained, copied for a terminal and tried on the lab with its real
// output; the first lesson's goal checked from the lab's real state: not yet, then (after the newcomer
// scales sidekiq with the glossary's command, on the lab) reached, and kept as done in the progress file.
// Screenshots, light and dark, go to the build folder.
#include "app/stewardapp.h"
#include "core/servers/sessionpool.h"
#include "labfixture.h"
#include "models/onboarding/servicesmapmodel.h"
#include "widgets/common/palette.h"
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
        m_lab = std::make_unique<Test::LabFixture>();
        QVERIFY2(m_lab->start(), qPrintable(m_lab->error()));
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
};

QTEST_MAIN(TestOnboardingPanel)
#include "tst_onboardingpanel.moc"
