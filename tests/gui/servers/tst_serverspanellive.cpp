// SPDX-License-Identifier: GPL-3.0-or-later
// The Servers panel on a real lab, driven as a volunteer does: the overview row turns healthy after the
// first refresh, the detail shows services, units, timers, disks and health; a service stopped from the
// panel (after a confirmation naming the server and the command) turns the badge red and shows the action's
// output in Activity; Copy Command gives the exact command; a full disk and sshd away show as they should.
// Screenshots of each state, light and dark, go to the build folder (copied to docs/screenshots by hand).
#include "app/stewardapp.h"
#include "core/servers/sessionpool.h"
#include "core/servers/statusmonitor.h"
#include "labfixture.h"
#include "models/servers/actionhistorymodel.h"
#include "models/servers/serverlistmodel.h"
#include "widgets/common/messagebox.h"
#include "widgets/common/palette.h"
#include "widgets/servers/serverdetailview.h"
#include "widgets/servers/serverspanel.h"
#include "widgets/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using Servers::Severity;

class TestServersPanelLive : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::LabFixture> m_lab;

    static Severity badge(const StewardApp &app)
    {
        const int row = app.servers()->rowOfName(u"lab"_s);
        return Severity(app.servers()->index(row, 0).data(ServerListModel::SeverityRole).toInt());
    }

    static void shoot(StewardApp &app, const QString &name)
    {
        QDir().mkpath(QStringLiteral(STEWARD_SCREENSHOTS));
        for (const QString &scheme : {u"light"_s, u"dark"_s}) {
            applyColorScheme(scheme);
            QCoreApplication::processEvents();
            app.window()->grab().save(QStringLiteral(STEWARD_SCREENSHOTS) + u"/servers-"_s + name
                                      + u'-' + scheme + u".png"_s);
        }
        applyColorScheme(u"light"_s);
    }

    static int rowOf(QTableView *view, const QString &key)
    {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data().toString() == key)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The lab's S3 key pair, as a volunteer without a keychain gives it (docs/backups.md).
        qputenv("AWS_ACCESS_KEY_ID", "lab");
        qputenv("AWS_SECRET_ACCESS_KEY", "lab");
        m_lab = std::make_unique<Test::LabFixture>();
        QVERIFY2(m_lab->start(), qPrintable(m_lab->error()));
    }

    void cleanupTestCase() { QVERIFY(m_lab->stop()); }

    void panelOnTheLab()
    {
        GuiOptions options;
        options.inventory = m_lab->inventoryPath();
        StewardApp app(options);
        app.sessions()->setKnownHostsFile(u"lab"_s, m_lab->knownHostsPath());
        app.window()->resize(1280, 860);
        app.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        ServersPanel *panel = app.serversPanel();
        ServerDetailView *detail = panel->detail();
        QCOMPARE(panel->currentServerName(), u"lab"_s);
        QCOMPARE(badge(app), Severity::Unknown);
        // The Last backup column, read from the lab's bucket from this computer (no SSH needed): a new
        // lab has no backup yet.
        const int labRow = app.servers()->rowOfName(u"lab"_s);
        QTRY_COMPARE_WITH_TIMEOUT(app.servers()
                                      ->index(labRow, ServerListModel::BackupColumn)
                                      .data()
                                      .toString(),
                                  u"none"_s,
                                  30000);

        // Connect: the first refresh follows on its own and the badge turns healthy.
        app.connectServer(m_lab->server());
        QTRY_COMPARE_WITH_TIMEOUT(badge(app), Severity::Ok, 60000);
        QCOMPARE(detail->servicesView()->model()->rowCount(), 5);
        QCOMPARE(detail->unitsView()->model()->rowCount(), 5);
        QCOMPARE(detail->timersView()->model()->rowCount(), 3);
        QVERIFY(detail->disksView()->model()->rowCount() >= 5);
        QVERIFY(detail->findingsView()->isHidden());
        QVERIFY2(detail->summaryLabel()->text().contains(u"Healthy"_s),
                 qPrintable(detail->summaryLabel()->text()));
        const int row = app.servers()->rowOfName(u"lab"_s);
        QCOMPARE(app.servers()->index(row, ServerListModel::VersionColumn).data().toString(),
                 u"4.2.10"_s);
        shoot(app, u"healthy"_s);
        detail->tabs()->setCurrentIndex(1);
        shoot(app, u"units"_s);
        detail->tabs()->setCurrentIndex(2);
        shoot(app, u"disks"_s);
        detail->tabs()->setCurrentIndex(0);

        // Copy Command: the exact command for a terminal.
        const int streaming = rowOf(detail->servicesView(), u"streaming"_s);
        QVERIFY(streaming >= 0);
        detail->servicesView()->setCurrentIndex(
            detail->servicesView()->model()->index(streaming, 0));
        detail->findChild<QPushButton *>(u"copyServiceCommand"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 u"cd -- "_s + m_lab->server().composeDir
                     + u" && docker compose restart streaming"_s);

        // Stop it from the panel: asked first (cancelled: nothing runs), then confirmed.
        MessageBox::takeAskedCount();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        detail->findChild<QPushButton *>(u"stopService"_s)->click();
        QCOMPARE(MessageBox::takeAskedCount(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(panel->history()->rowCount(), 0);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        detail->findChild<QPushButton *>(u"stopService"_s)->click();
        QTRY_COMPARE(panel->history()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(panel->history()
                                      ->index(0, ActionHistoryModel::StateColumn)
                                      .data()
                                      .toString(),
                                  u"Done"_s,
                                  30000);
        QCOMPARE(detail->tabs()->currentIndex(), detail->tabs()->count() - 1); // Activity
        QTRY_VERIFY(detail->outputView()->toPlainText().contains(u"Stopped"_s));
        QVERIFY(detail->outputView()->toPlainText().startsWith(u"$ cd -- "_s));
        // The refresh after the action shows it.
        QTRY_COMPARE_WITH_TIMEOUT(badge(app), Severity::Critical, 60000);
        QTRY_VERIFY(!detail->findingsView()->isHidden());
        QVERIFY(detail->findingsView()->item(0)->text().contains(u"streaming"_s));
        shoot(app, u"activity"_s);
        detail->tabs()->setCurrentIndex(0);
        shoot(app, u"stopped-service"_s);

        // A full disk.
        QVERIFY(m_lab->fault(u"disk-full"_s, true));
        app.statusMonitor()->refresh(u"lab"_s);
        QTRY_VERIFY_WITH_TIMEOUT(detail->findingsView()->count() >= 2, 60000);
        detail->tabs()->setCurrentIndex(2);
        shoot(app, u"disk-full"_s);
        QVERIFY(m_lab->fault(u"disk-full"_s, false));

        // Start it again, then sshd away: unreachable, the data kept greyed with its time.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        detail->tabs()->setCurrentIndex(0);
        detail->servicesView()->setCurrentIndex(
            detail->servicesView()->model()->index(rowOf(detail->servicesView(), u"streaming"_s),
                                                   0));
        detail->findChild<QPushButton *>(u"startService"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(badge(app), Severity::Ok, 60000);
        QVERIFY(m_lab->fault(u"sshd"_s, true));
        QTRY_VERIFY_WITH_TIMEOUT(app.sessions()->existing(u"lab"_s)->state()
                                     == Ssh::Session::State::Lost,
                                 60000);
        app.statusMonitor()->refresh(u"lab"_s, false);
        QTRY_COMPARE_WITH_TIMEOUT(badge(app), Severity::Unreachable, 60000);
        QCOMPARE(detail->servicesView()->model()->rowCount(), 5); // kept
        QVERIFY(
            detail->findChild<QLabel *>(u"servicesPart"_s)->text().contains(u"Could not read"_s));
        shoot(app, u"unreachable"_s);
        QVERIFY(m_lab->fault(u"sshd"_s, false));
        app.statusMonitor()->refresh(u"lab"_s, false);
        QTRY_COMPARE_WITH_TIMEOUT(badge(app), Severity::Ok, 60000);
    }
};

QTEST_MAIN(TestServersPanelLive)
#include "tst_serverspanellive.moc"
