// SPDX-License-Identifier: GPL-3.0-or-later
// The first start, as a newcomer meets it: with no inventory file (the built-in example shown) or an empty
// one, the welcome page sits above the Servers panel; each of its choices does what the panel's own action
// does, from an empty list rather than the example (import ~/.ssh/config, import an Ansible inventory, add
// a server), and the page goes once a server is saved. "Open the lab" starts the (real) lab while the window
// runs and opens Steward on it, connected. Screenshots, light and dark, go to the build folder.
#include "app/labstarter.h"
#include "app/stewardapp.h"
#include "core/servers/sessionpool.h"
#include "core/ssh/session.h"
#include "labfixture.h"
#include "labwindow.h"
#include "models/servers/serverlistmodel.h"
#include "tests/gui/shell/guitest.h"
#include "widgets/common/palette.h"
#include "widgets/onboarding/onboardingpanel.h"
#include "widgets/onboarding/welcomepage.h"
#include "widgets/servers/serverdialog.h"
#include "widgets/servers/serverspanel.h"
#include "widgets/servers/sshimportdialog.h"
#include "widgets/shell/mainwindow.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;

class TestWelcomePage : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::LabFixture> m_lab;
    QTemporaryDir m_tmp;
    int m_n = 0;

    // A fresh inventory path, with content when given (else no file: the built-in example).
    QString inventory(const QByteArray &content = {})
    {
        const QString path = m_tmp.filePath(u"inv%1/inventory.yaml"_s.arg(++m_n));
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!content.isEmpty()) {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(content);
        }
        return path;
    }

    static WelcomePage *welcome(StewardApp &app)
    {
        return app.serversPanel()->findChild<WelcomePage *>();
    }

    static QPushButton *button(StewardApp &app, const QString &name)
    {
        return welcome(app)->findChild<QPushButton *>(name);
    }

    static void show(StewardApp &app)
    {
        app.window()->resize(1280, 860);
        app.window()->show();
        app.window()->setCurrentPanel(u"servers"_s);
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    }

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

    static QString intro(StewardApp &app)
    {
        return welcome(app)->findChild<QLabel *>(u"welcomeIntro"_s)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_lab = std::make_unique<Test::LabFixture>();
        QVERIFY2(m_lab->start(), qPrintable(m_lab->error()));
        // "Open the lab" runs steward-lab as steward --lab does: here it finds this test's lab.
        const QProcessEnvironment env = m_lab->processEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"STEWARD_LAB_"_s))
                qputenv(key.toLocal8Bit(), env.value(key).toLocal8Bit());
        }
    }

    void cleanupTestCase() { QVERIFY(m_lab->stop()); }

    void firstStartWelcomesAndImportsFromSshConfig()
    {
        GuiOptions options;
        options.inventory = inventory();
        StewardApp app(options);
        show(app);
        QVERIFY(welcome(app));
        QTRY_VERIFY(welcome(app)->isVisible());
        QCOMPARE(app.servers()->rowCount(), 2); // the built-in example, below the page
        QVERIFY2(intro(app).contains(u"example"_s), qPrintable(intro(app)));
        QVERIFY(button(app, u"welcomeOpenLab"_s)->isEnabled());
        shoot(app, u"welcome"_s);

        // Import from ~/.ssh/config (the test's private HOME): the panel's import, from an empty list, so
        // that a host named like an example server is offered too.
        QDir().mkpath(QDir::homePath() + u"/.ssh"_s);
        QFile config(QDir::homePath() + u"/.ssh/config"_s);
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write("Host social.coop\n  User root\nHost newbox\n  HostName 192.0.2.10\n"
                     "  User admin\n");
        config.close();
        bool answered = false;
        Test::whenModal<SshImportDialog>(this, [&answered](SshImportDialog *dialog) {
            QCOMPARE(dialog->chosenServers().size(), 2);
            dialog->accept();
            answered = true;
        });
        QTest::mouseClick(button(app, u"welcomeImportSshConfig"_s), Qt::LeftButton);
        QTRY_VERIFY(answered);
        QCOMPARE(app.servers()->names(), (QStringList{u"social.coop"_s, u"newbox"_s}));
        QVERIFY(QFile::exists(options.inventory));
        QTRY_VERIFY(!welcome(app)->isVisible());
        QFile::remove(config.fileName());
    }

    void emptyInventoryWelcomesAndAddsByHand()
    {
        GuiOptions options;
        options.inventory = inventory("version: 1\nservers: []\n");
        StewardApp app(options);
        show(app);
        QTRY_VERIFY(welcome(app)->isVisible());
        QCOMPARE(app.servers()->rowCount(), 0);
        QVERIFY2(intro(app).contains(u"none yet"_s), qPrintable(intro(app)));

        // An Ansible inventory: the panel's file chooser opens (window-modal); cancelled, nothing changes.
        QTest::mouseClick(button(app, u"welcomeImportAnsible"_s), Qt::LeftButton);
        QFileDialog *chooser = nullptr;
        QTRY_VERIFY(
            (chooser = app.serversPanel()->findChild<QFileDialog *>(u"ansibleInventoryFile"_s))
            != nullptr);
        QTRY_VERIFY(chooser->isVisible());
        chooser->reject();
        QTRY_VERIFY(!app.serversPanel()->findChild<QFileDialog *>(u"ansibleInventoryFile"_s));
        QVERIFY(welcome(app)->isVisible());

        // Add a server: the panel's dialog; once saved, the page goes.
        bool answered = false;
        Test::whenModal<ServerDialog>(this, [&answered](ServerDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), u"social.coop"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"host"_s), u"social.coop"_s);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            answered = true;
        });
        QTest::mouseClick(button(app, u"welcomeAddServer"_s), Qt::LeftButton);
        QTRY_VERIFY(answered);
        QCOMPARE(app.servers()->names(), QStringList{u"social.coop"_s});
        QTRY_VERIFY(!welcome(app)->isVisible());

        // Removing the last server brings it back.
        app.servers()->removeRows(0, 1);
        QTRY_VERIFY(welcome(app)->isVisible());
    }

    void addFromTheExampleStartsAnEmptyList()
    {
        GuiOptions options;
        options.inventory = inventory();
        StewardApp app(options);
        show(app);
        QTRY_VERIFY(welcome(app)->isVisible());
        bool answered = false;
        Test::whenModal<ServerDialog>(this, [&answered](ServerDialog *dialog) {
            dialog->reject();
            answered = true;
        });
        QTest::mouseClick(button(app, u"welcomeAddServer"_s), Qt::LeftButton);
        QTRY_VERIFY(answered);
        // Cancelled: the example was set aside, nothing was written, the page stays and says so.
        QCOMPARE(app.servers()->rowCount(), 0);
        QVERIFY(!QFile::exists(options.inventory));
        QTRY_VERIFY2(intro(app).contains(u"none yet"_s), qPrintable(intro(app)));
        QVERIFY(welcome(app)->isVisible());
    }

    void opensTheLab()
    {
        GuiOptions options;
        options.inventory = inventory();
        StewardApp app(options);
        show(app);
        QTRY_VERIFY(welcome(app)->isVisible());
        QTest::mouseClick(button(app, u"welcomeOpenLab"_s), Qt::LeftButton);
        QVERIFY(welcome(app)->isLabStarting());
        QVERIFY(!button(app, u"welcomeOpenLab"_s)->isEnabled());
        // steward-lab start (the running lab is reused), then its inventory: Steward opens it.
        QTRY_VERIFY_WITH_TIMEOUT(app.servers()->rowOfName(u"lab"_s) >= 0, 180000);
        QVERIFY2(!welcome(app)->isLabStarting(), qPrintable(welcome(app)->labText()));
        QCOMPARE(app.servers()->rowCount(), 1);
        QTRY_VERIFY(!welcome(app)->isVisible());
        // Connected without a question: the lab's known_hosts is trusted, as with steward --lab.
        QTRY_VERIFY_WITH_TIMEOUT(app.sessions()->existing(u"lab"_s)
                                     && app.sessions()->existing(u"lab"_s)->state()
                                            == Ssh::Session::State::Ready,
                                 30000);
        // Nothing was written over the newcomer's own inventory path.
        QVERIFY(!QFile::exists(options.inventory));
    }

    // What `steward-lab faults` says is on.
    QStringList faultsOn() const
    {
        const auto r = m_lab->lab({u"faults"_s});
        QStringList on;
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.endsWith(u" on"_s))
                on.append(line.section(u' ', 0, 0));
        }
        return on;
    }

    // A lesson's bad night: its faults on, every other one off, in one call of the lab's own script
    // (steward-lab faults --only); an unknown fault is refused before any is switched.
    void labStarterSwitchesLessonFaults()
    {
        QVERIFY(m_lab->fault(u"slow"_s, true));
        LabStarter lab;
        QSignalSpy started(&lab, &LabStarter::started);
        QSignalSpy failed(&lab, &LabStarter::failed);
        lab.prepare(false, {u"upload"_s, u"migration"_s});
        QTRY_VERIFY_WITH_TIMEOUT(started.size() + failed.size() > 0, 120000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(QFileInfo(started.at(0).at(0).toString()), QFileInfo(m_lab->inventoryPath()));
        QCOMPARE(faultsOn(), (QStringList{u"migration"_s, u"upload"_s}));

        // The lab's script knows its faults: an unknown one is refused before any is switched, with the list.
        lab.prepare(false, {u"redis"_s, u"no-such-fault"_s});
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 120000);
        QVERIFY2(failed.at(0).at(0).toString().contains(u"unknown fault 'no-such-fault'"_s),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY2(failed.at(0).at(0).toString().contains(u"rate-limit"_s),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(faultsOn(), (QStringList{u"migration"_s, u"upload"_s}));
        m_lab->clearFaults();
    }

    // The Onboarding panel's "Prepare the lab for this lesson", wired in the window: a lesson without
    // faults leaves none on; the panel says when the lab is ready.
    void lessonPreparesTheLab()
    {
        QVERIFY(m_lab->fault(u"upload"_s, true));
        const std::unique_ptr<StewardApp> window = Test::openLabWindow(m_lab->inventoryPath());
        QVERIFY(window);
        StewardApp &app = *window;
        OnboardingPanel *panel = app.onboardingPanel();
        panel->showTab(2);
        QVERIFY(panel->selectLesson(u"scale-back"_s));
        auto *prepare = panel->findChild<QPushButton *>(u"prepareLab"_s);
        QVERIFY(prepare);
        QTRY_VERIFY(prepare->isEnabled());
        QSignalSpy asked(panel, &OnboardingPanel::labPreparationRequested);
        QTest::mouseClick(prepare, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toBool(), false);
        QCOMPARE(asked.at(0).at(1).toStringList(), QStringList());
        QVERIFY(!prepare->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(panel->lessonResult().contains(u"ready"_s), 120000);
        QCOMPARE(faultsOn(), QStringList());
        QVERIFY(prepare->isEnabled());

        // A bad night asks for a clean lab and its fault (the reset itself is steward-lab's).
        QVERIFY(panel->selectLesson(u"bad-night-upload"_s));
        QVERIFY(panel->findChild<QPushButton *>(u"prepareLab"_s)->isEnabled());
        QObject::disconnect(panel, &OnboardingPanel::labPreparationRequested, nullptr, nullptr);
        QSignalSpy badNight(panel, &OnboardingPanel::labPreparationRequested);
        panel->prepareLab();
        QCOMPARE(badNight.size(), 1);
        QCOMPARE(badNight.at(0).at(0).toBool(), true);
        QCOMPARE(badNight.at(0).at(1).toStringList(), QStringList{u"upload"_s});
        panel->labPrepared({});
    }

    void labCancelled()
    {
        GuiOptions options;
        options.inventory = inventory();
        StewardApp app(options);
        show(app);
        QTRY_VERIFY(welcome(app)->isVisible());
        QTest::mouseClick(button(app, u"welcomeOpenLab"_s), Qt::LeftButton);
        QVERIFY(welcome(app)->isLabStarting());
        QTest::mouseClick(welcome(app)->findChild<QPushButton *>(u"welcomeLabCancel"_s),
                          Qt::LeftButton);
        QVERIFY(!welcome(app)->isLabStarting());
        QVERIFY(button(app, u"welcomeOpenLab"_s)->isEnabled());
        QTest::qWait(500);
        QCOMPARE(app.servers()->rowOfName(u"lab"_s), -1); // the example is still what is shown
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
