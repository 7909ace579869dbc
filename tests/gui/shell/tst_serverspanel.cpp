// SPDX-License-Identifier: GPL-3.0-or-later
// The Servers panel driven through the real widgets, checked against the inventory file on disk.
#include "app/stewardapp.h"
#include "core/inventory/inventory.h"
#include "guitest.h"
#include "models/servers/serverlistmodel.h"
#include "widgets/common/messagebox.h"
#include "widgets/common/messagewidget.h"
#include "widgets/servers/serverdialog.h"
#include "widgets/servers/serverspanel.h"
#include "widgets/servers/sshimportdialog.h"
#include "widgets/shell/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Steward;

class TestServersPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StewardApp> m_app;

    ServersPanel *panel() const { return m_app->serversPanel(); }
    ServerListModel *model() const { return m_app->servers(); }

    QByteArray fileBytes() const
    {
        QFile f(m_path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    ServerList fileServers() const
    {
        const auto parsed = Inventory::parse(fileBytes());
        return parsed ? parsed.value() : ServerList{};
    }
    void writeFile(const QByteArray &bytes)
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    void startApp()
    {
        GuiOptions options;
        options.inventory = m_path;
        m_app = std::make_unique<StewardApp>(options);
        m_app->window()->show();
        m_app->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app->window()));
    }
    void selectRow(int row)
    {
        panel()->view()->setFocus();
        panel()->view()->setCurrentIndex(model()->index(row, 0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(u"steward"_s);
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"inventory.yaml"_s);
        QFile::remove(m_path);
    }
    void cleanup() { m_app.reset(); }

    void firstChangeSavesTheExample()
    {
        startApp();
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(panel()->messageWidget()->isVisible());
        QVERIFY(panel()->messageWidget()->text().contains(m_path));
        QVERIFY(!QFile::exists(m_path));

        selectRow(0);
        QTest::keyClick(panel()->view(), Qt::Key_Down, Qt::ControlModifier); // Move Down
        QCOMPARE(model()->server(1).name, u"social.coop"_s);
        const ServerList saved = fileServers();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).name, u"social.coop backup host"_s);
        QCOMPARE(saved.at(1).name, u"social.coop"_s);
        QVERIFY(!panel()->messageWidget()->isVisible());
    }

    void addsThroughTheDialog()
    {
        writeFile("version: 1\nservers: []\n");
        startApp();
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(!panel()->editAction()->isEnabled());

        bool answered = false;
        Test::whenModal<ServerDialog>(this, [&answered](ServerDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // empty name and host
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), u"lab"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"host"_s), u"127.0.0.1"_s);
            auto *port = dialog->findChild<QSpinBox *>(u"port"_s);
            port->selectAll();
            QTest::keyClicks(port, u"2222"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"user"_s), u"mastodon"_s);
            auto *role = dialog->findChild<QComboBox *>(u"role"_s);
            role->setCurrentIndex(role->findData(u"staging"_s));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
            answered = true;
        });
        panel()->addAction()->trigger();
        QTRY_VERIFY(answered);

        QCOMPARE(model()->rowCount(), 1);
        const ServerList saved = fileServers();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().name, u"lab"_s);
        QCOMPARE(saved.first().host, u"127.0.0.1"_s);
        QCOMPARE(saved.first().port, 2222);
        QCOMPARE(saved.first().user, u"mastodon"_s);
        QCOMPARE(saved.first().role, ServerRole::Staging);
        QCOMPARE(saved.first().composeDir, u"/opt/mastodon"_s);
    }

    void dialogRefusesTakenNameAndBadInput()
    {
        startApp();
        bool answered = false;
        Test::whenModal<ServerDialog>(this, [&answered](ServerDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            auto *problem = dialog->findChild<QLabel *>(u"problem"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), u"social.coop"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"host"_s), u"x"_s);
            QVERIFY(!ok->isEnabled());
            QVERIFY(problem->text().contains(u"already"_s));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), u"2"_s);
            QVERIFY(ok->isEnabled());
            auto *dir = dialog->findChild<QLineEdit *>(u"composeDir"_s);
            dir->clear();
            QTest::keyClicks(dir, u"relative/path"_s);
            QVERIFY(!ok->isEnabled());
            QVERIFY(problem->text().contains(u"absolute"_s));
            dialog->reject();
            answered = true;
        });
        panel()->addAction()->trigger();
        QTRY_VERIFY(answered);
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(!QFile::exists(m_path)); // cancelled: nothing saved
    }

    void editsThroughTheDialog()
    {
        startApp();
        selectRow(1);
        Test::whenModal<ServerDialog>(this, [](ServerDialog *dialog) {
            auto *notes = dialog->findChild<QPlainTextEdit *>(u"notes"_s);
            QVERIFY(notes->toPlainText().contains(u"Standby"_s));
            auto *host = dialog->findChild<QLineEdit *>(u"host"_s);
            host->clear();
            QTest::keyClicks(host, u"backup2.social.coop"_s);
            dialog->accept();
        });
        QTest::keyClick(panel()->view(), Qt::Key_F2);
        QTRY_COMPARE(model()->server(1).host, u"backup2.social.coop"_s);
        QCOMPARE(fileServers().at(1).host, u"backup2.social.coop"_s);
        QCOMPARE(fileServers().at(1).notes, model()->server(1).notes);
    }

    void removeAsksFirst()
    {
        startApp();
        selectRow(0);
        MessageBox::takeAskedCount();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        panel()->removeAction()->trigger();
        // Cancelled: asked once, and no removal is pending (a confirmed answer is delivered from the
        // event loop, which the Ok case below waits for).
        QCOMPARE(MessageBox::takeAskedCount(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(!QFile::exists(m_path));

        MessageBox::setNextAnswer(QMessageBox::Ok);
        panel()->removeAction()->trigger();
        QCOMPARE(model()->rowCount(), 2); // not before the answer arrives
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(fileServers().size(), 1);
        QCOMPARE(fileServers().first().name, u"social.coop backup host"_s);
    }

    void moveActionsFollowTheSelection()
    {
        startApp();
        selectRow(0);
        QVERIFY(!panel()->moveUpAction()->isEnabled());
        QVERIFY(panel()->moveDownAction()->isEnabled());
        selectRow(1);
        QVERIFY(panel()->moveUpAction()->isEnabled());
        QVERIFY(!panel()->moveDownAction()->isEnabled());
        panel()->moveUpAction()->trigger();
        QCOMPARE(panel()->view()->currentIndex().row(), 0);
        QCOMPARE(fileServers().first().name, u"social.coop backup host"_s);
    }

    void malformedFileIsReportedAndKept()
    {
        const QByteArray broken = "version: 1\nservers:\n  - name: a\n    host: b\n    prot: 22\n";
        writeFile(broken);
        startApp();
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(model()->isReadOnly());
        MessageWidget *message = panel()->messageWidget();
        QVERIFY(message->isVisible());
        QCOMPARE(message->type(), MessageWidget::Type::Error);
        QVERIFY2(message->text().contains(u"unknown key “prot” (line 5, column 5)"_s),
                 qPrintable(message->text()));
        QVERIFY(!panel()->addAction()->isEnabled());
        QVERIFY(!panel()->importAction()->isEnabled());
        panel()->addAction()->trigger(); // disabled: nothing happens
        QCOMPARE(fileBytes(), broken);

        // Fixed in an editor, then Reload from the message bar.
        writeFile("version: 1\nservers:\n  - name: a\n    host: b\n    port: 22\n");
        QToolButton *reload = nullptr;
        for (QToolButton *button : message->findChildren<QToolButton *>()) {
            if (button->defaultAction()
                && button->defaultAction()->objectName() == u"reloadInventory")
                reload = button;
        }
        QVERIFY(reload);
        QVERIFY(reload->isVisible());
        QTest::mouseClick(reload, Qt::LeftButton);
        QCOMPARE(model()->rowCount(), 1);
        QVERIFY(!model()->isReadOnly());
        QVERIFY(!message->isVisible());
        QVERIFY(panel()->addAction()->isEnabled());
    }

    void importsFromSshConfig()
    {
        // Each test has a private HOME (tests/CMakeLists.txt), so this is the test's own ~/.ssh/config.
        QDir().mkpath(QDir::homePath() + u"/.ssh"_s);
        QFile config(QDir::homePath() + u"/.ssh/config"_s);
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(
            "Host social.coop\n  User root\nHost newbox\n  HostName 192.0.2.10\n  Port 2200\n"
            "  User admin\nHost *\n  ServerAliveInterval 30\nbogus line\n");
        config.close();
        startApp();
        bool answered = false;
        Test::whenModal<SshImportDialog>(this, [&answered](SshImportDialog *dialog) {
            // social.coop is already in the example inventory: shown but not offered.
            QCOMPARE(dialog->chosenServers().size(), 1);
            QCOMPARE(dialog->chosenServers().first().name, u"newbox"_s);
            QVERIFY(dialog->findChild<QLabel *>(u"warnings"_s)->text().contains(u"bogus"_s));
            dialog->accept();
            answered = true;
        });
        panel()->importAction()->trigger();
        QTRY_VERIFY(answered);
        QCOMPARE(model()->rowCount(), 3);
        const Server imported = fileServers().at(2);
        QCOMPARE(imported.name, u"newbox"_s);
        QCOMPARE(imported.host, u"192.0.2.10"_s);
        QCOMPARE(imported.port, 2200);
        QCOMPARE(imported.user, u"admin"_s);
        QFile::remove(config.fileName());
    }

    void unwritableFileIsReported()
    {
        m_path = u"/proc/steward-test/inventory.yaml"_s;
        startApp();
        selectRow(0);
        panel()->moveDownAction()->trigger();
        QVERIFY(panel()->messageWidget()->isVisible());
        QCOMPARE(panel()->messageWidget()->type(), MessageWidget::Type::Error);
        QVERIFY(panel()->messageWidget()->text().contains(u"could not be saved"_s));
    }
};

QTEST_MAIN(TestServersPanel)
#include "tst_serverspanel.moc"
