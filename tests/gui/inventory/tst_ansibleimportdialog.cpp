// SPDX-License-Identifier: GPL-3.0-or-later
// "Import from Ansible Inventory…" in the Servers panel, driven through the real widgets and the real
// ansible-inventory: the file is chosen in a window-modal QFileDialog opened with open() (the action returns
// at once), the hosts are read in the background and offered in the import dialog, hosts already in the
// inventory (by name, or by host, port and user) are shown but not offered, and the chosen ones are added
// to the inventory file; an inventory ansible-inventory refuses is reported in the panel's message bar.
#include "app/stewardapp.h"
#include "core/inventory/inventory.h"
#include "models/servers/serverlistmodel.h"
#include "widgets/common/messagewidget.h"
#include "widgets/servers/serverspanel.h"
#include "widgets/servers/sshimportdialog.h"
#include "widgets/shell/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Steward;

class TestAnsibleImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StewardApp> m_app;

    ServersPanel *panel() const { return m_app->serversPanel(); }
    ServerList fileServers() const
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const auto parsed = Inventory::parse(f.readAll());
        return parsed ? parsed.value() : ServerList{};
    }
    void startApp()
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        // coop-prod reaches social.coop's account (203.0.113.10:2222 as root); backup-1 has the name of
        // one of the inventory's hosts.
        f.write("version: 1\nservers:\n"
                "  - name: coop-prod\n    host: 203.0.113.10\n    port: 2222\n    user: root\n"
                "  - name: backup-1\n    host: backup.example\n");
        f.close();
        GuiOptions options;
        options.inventory = m_path;
        m_app = std::make_unique<StewardApp>(options);
        m_app->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    }
    // Triggers the action and answers the file dialog with this file.
    void chooseInventory(const QString &file)
    {
        QAction *action = panel()->importAnsibleAction();
        QVERIFY(action->isEnabled());
        QCOMPARE(action->text(), u"Import from &Ansible Inventory…"_s);
        action->trigger(); // returns at once: the dialog is opened with open(), not exec()
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel()->findChild<QFileDialog *>(u"ansibleInventoryFile"_s))
                    && dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFile);
        dialog->selectFile(file);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), protected there
    }
    SshImportDialog *importDialog()
    {
        SshImportDialog *found = nullptr;
        const auto visible = [&found, this] {
            for (SshImportDialog *d : panel()->findChildren<SshImportDialog *>())
                if (d->isVisible())
                    found = d;
            return found != nullptr;
        };
        // ansible-inventory is a Python program: it may take a few seconds on a busy machine.
        [&] { QTRY_VERIFY_WITH_TIMEOUT(visible(), 60000); }();
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(u"steward"_s);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"ansible-inventory"_s).isEmpty(),
                 "ansible-inventory (ansible-core) is not installed");
    }
    void init() { m_path = m_dir.filePath(u"inventory.yaml"_s); }
    void cleanup() { m_app.reset(); }

    void importsWithoutDuplicates()
    {
        startApp();
        QCOMPARE(m_app->servers()->rowCount(), 2);
        chooseInventory(QStringLiteral(STEWARD_TEST_DATA "/inventory/ansible/project/hosts.ini"));
        SshImportDialog *dialog = importDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"Import from Ansible Inventory"_s);
        QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
        const auto *source = dialog->findChild<QLabel *>(u"source"_s);
        QVERIFY(source);
        QVERIFY2(source->text().contains(u"ansible-inventory"_s), qPrintable(source->text()));
        auto *hosts = dialog->findChild<QTreeWidget *>(u"hosts"_s);
        QCOMPARE(hosts->topLevelItemCount(), 3);
        const QTreeWidgetItem *coop = hosts->topLevelItem(0);
        QCOMPARE(coop->text(0), u"social.coop"_s);
        QVERIFY(!(coop->flags() & Qt::ItemIsEnabled));
        QVERIFY2(coop->toolTip(0).contains(u"“coop-prod”"_s), qPrintable(coop->toolTip(0)));
        const QTreeWidgetItem *staging = hosts->topLevelItem(1);
        QCOMPARE(staging->text(0), u"staging.social.coop"_s);
        QCOMPARE(staging->checkState(0), Qt::Checked);
        QVERIFY(!(hosts->topLevelItem(2)->flags() & Qt::ItemIsEnabled)); // backup-1: the same name
        QCOMPARE(dialog->chosenServers().size(), 1);
        dialog->accept();

        QTRY_COMPARE(m_app->servers()->rowCount(), 3);
        const ServerList saved = fileServers();
        QCOMPARE(saved.size(), 3);
        const Server &added = saved.at(2);
        QCOMPARE(added.name, u"staging.social.coop"_s);
        QCOMPARE(added.host, u"staging.social.coop"_s);
        QCOMPARE(added.port, 2222);
        QCOMPARE(added.user, u"staging"_s);
        QCOMPARE(added.identityFile, u"~/.ssh/coop_ed25519"_s);
        QVERIFY(added.notes.contains(u"hosts.ini (groups: mastodon)"_s));
        QCOMPARE(saved.at(0).name, u"coop-prod"_s); // untouched
    }

    void refusedInventoryIsReported()
    {
        startApp();
        const QString broken = m_dir.filePath(u"broken-inventory"_s);
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[web\nw1\n");
        f.close();
        chooseInventory(broken);
        MessageWidget *message = panel()->messageWidget();
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 60000);
        QCOMPARE(message->type(), MessageWidget::Type::Error);
        QVERIFY2(message->text().contains(u"Nothing was imported: ansible-inventory failed"_s),
                 qPrintable(message->text()));
        QCOMPARE(m_app->servers()->rowCount(), 2);
        for (SshImportDialog *d : panel()->findChildren<SshImportDialog *>())
            QVERIFY(!d->isVisible());
    }
};

QTEST_MAIN(TestAnsibleImportDialog)
#include "tst_ansibleimportdialog.moc"
