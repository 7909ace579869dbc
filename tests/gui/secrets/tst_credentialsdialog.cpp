// SPDX-License-Identifier: GPL-3.0-or-later
// The Credentials and pass import dialogs, driven through their real widgets against the real keychain
// (gnome-keyring on a private D-Bus session). Writes light and dark screenshots when
// STEWARD_SCREENSHOT_DIR is set.
#include "core/secrets/credentialstore.h"
#include "core/settings.h"
#include "tests/integration/secrets/keyringsession.h"
#include "widgets/common/messagebox.h"
#include "widgets/common/messagewidget.h"
#include "widgets/common/palette.h"
#include "widgets/secrets/credentialsdialog.h"
#include "widgets/secrets/passimportdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Steward;

class TestCredentialsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addRevealReplaceForget();
    void passImportDialog();

private:
    CredentialEditDialog *editDialog(CredentialsDialog &dialog);
    QString treeText(QTreeWidget *tree) const;
    void screenshot(QWidget *widget, const QString &name);

    Test::KeyringSession m_keyring;
    QTemporaryDir m_dir;
};

void TestCredentialsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(openSettings()->fileName()); // a fresh index on each run
    const QString error = m_keyring.start();
    if (!error.isEmpty())
        QFAIL(qPrintable(u"The keyring could not start: "_s + error));
}

void TestCredentialsDialog::cleanupTestCase()
{
    m_keyring.stop();
}

CredentialEditDialog *TestCredentialsDialog::editDialog(CredentialsDialog &dialog)
{
    CredentialEditDialog *edit = nullptr;
    [&] { QTRY_VERIFY((edit = dialog.findChild<CredentialEditDialog *>()) && edit->isVisible()); }();
    return edit;
}

QString TestCredentialsDialog::treeText(QTreeWidget *tree) const
{
    QString text;
    QList<QTreeWidgetItem *> stack;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        stack.append(tree->topLevelItem(i));
    while (!stack.isEmpty()) {
        QTreeWidgetItem *item = stack.takeLast();
        for (int c = 0; c < tree->columnCount(); ++c)
            text += item->text(c) + u'\t';
        text += u'\n';
        for (int i = 0; i < item->childCount(); ++i)
            stack.append(item->child(i));
    }
    return text;
}

void TestCredentialsDialog::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    for (const QString &scheme : {u"light"_s, u"dark"_s}) {
        applyColorScheme(scheme);
        QApplication::processEvents();
        QVERIFY(widget->grab().save(dir + u"/secrets-"_s + name + u'-' + scheme + u".png"_s));
    }
    applyColorScheme(u"light"_s);
}

void TestCredentialsDialog::addRevealReplaceForget()
{
    CredentialStore store(u"steward-gui-test"_s);
    CredentialsDialog dialog(&store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *backend = dialog.findChild<QLabel *>(u"backend"_s);
    QTRY_VERIFY(backend->text().contains(u"Secret Service"_s));
    QTRY_COMPARE(store.availability(), CredentialStore::Availability::Available);
    QVERIFY(!backend->text().contains(u"checking"_s));

    const QString secret = u"gui-Secret-äö-42"_s;
    const QList<std::pair<QString, int>> rows{{u"web1.social.coop"_s,
                                               int(CredentialKind::SshPassword)},
                                              {u"github.com"_s, int(CredentialKind::GitHubToken)},
                                              {u"social.coop"_s,
                                               int(CredentialKind::MastodonToken)}};
    int added = 0;
    for (const auto &[server, kind] : rows) {
        dialog.findChild<QPushButton *>(u"add"_s)->click();
        CredentialEditDialog *edit = editDialog(dialog);
        QVERIFY(edit);
        auto *kindBox = edit->findChild<QComboBox *>(u"kind"_s);
        kindBox->setCurrentIndex(kindBox->findData(kind));
        QTest::keyClicks(edit->findChild<QLineEdit *>(u"server"_s), server);
        edit->findChild<QLineEdit *>(u"secret"_s)->insert(secret + server);
        QCOMPARE(edit->findChild<QLineEdit *>(u"secret"_s)->echoMode(), QLineEdit::Password);
        edit->accept();
        ++added;
        QTRY_COMPARE(dialog.list()->topLevelItemCount(), added);
        QTRY_VERIFY(!dialog.findChild<CredentialEditDialog *>());
    }
    QCOMPARE(dialog.list()->topLevelItemCount(), 3);
    QVERIFY(!treeText(dialog.list()).contains(secret));
    auto *revealed = dialog.findChild<QLineEdit *>(u"revealed"_s);
    QVERIFY(!revealed->isVisible());

    // Reveal only on request.
    dialog.selectKey({CredentialKind::SshPassword, u"web1.social.coop"_s});
    dialog.findChild<QPushButton *>(u"reveal"_s)->click();
    QTRY_VERIFY(revealed->isVisible());
    QCOMPARE(revealed->text(), secret + u"web1.social.coop"_s);

    // Replace.
    dialog.findChild<QPushButton *>(u"replace"_s)->click();
    CredentialEditDialog *edit = editDialog(dialog);
    QVERIFY(edit);
    QVERIFY(edit->findChild<QLineEdit *>(u"server"_s)->isReadOnly());
    QTest::keyClicks(edit->findChild<QLineEdit *>(u"secret"_s), u"replaced-value"_s);
    edit->accept();
    QTRY_VERIFY(!dialog.findChild<CredentialEditDialog *>());
    QTRY_VERIFY(!revealed->isVisible());
    dialog.findChild<QPushButton *>(u"reveal"_s)->click();
    QTRY_COMPARE(revealed->text(), u"replaced-value"_s);
    dialog.list()->clearSelection();
    QVERIFY(revealed->text().isEmpty());
    screenshot(&dialog, u"credentials"_s);

    // Forget: cancelled keeps it, confirmed removes it.
    dialog.selectKey({CredentialKind::GitHubToken, u"github.com"_s});
    MessageBox::takeAskedCount();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog.findChild<QPushButton *>(u"forget"_s)->click();
    // Asked, cancelled: no removal was started (a confirmed one is delivered from the event loop).
    QCOMPARE(MessageBox::takeAskedCount(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(dialog.list()->topLevelItemCount(), 3);
    QCOMPARE(CredentialStore(u"steward-gui-test"_s).entries().size(), 3);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.findChild<QPushButton *>(u"forget"_s)->click();
    QTRY_COMPARE(dialog.list()->topLevelItemCount(), 2);
    QVERIFY(!treeText(dialog.list()).contains(u"github.com"_s));
    CredentialStore fresh(u"steward-gui-test"_s);
    QCOMPARE(fresh.entries().size(), 2);
}

void TestCredentialsDialog::passImportDialog()
{
    // A store with entries that are not valid OpenPGP data: the tree shows them, each import fails on
    // its own and the dialog reports it per entry.
    const QString storeDir = m_dir.filePath(u"store"_s);
    for (const QString &entry : {u"ssh/web1"_s,
                                 u"ssh/web2"_s,
                                 u"social.coop/github-token"_s,
                                 u"db/postgres"_s,
                                 u"aws/backups"_s}) {
        QDir().mkpath(QFileInfo(storeDir + u'/' + entry).path());
        QFile f(storeDir + u'/' + entry + u".gpg"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not openpgp");
    }
    QDir().mkpath(storeDir + u"/.git"_s);
    QFile(storeDir + u"/.git/ignored.gpg"_s).open(QIODevice::WriteOnly);

    CredentialStore store(u"steward-gui-import"_s);
    PassImportDialog dialog(&store);
    dialog.setDirectory(storeDir);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTreeWidgetItem *web1 = dialog.itemFor(u"ssh/web1"_s);
    QVERIFY(web1);
    QVERIFY(!dialog.itemFor(u".git/ignored"_s));
    QCOMPARE(web1->text(2), u"web1"_s);
    QCOMPARE(web1->parent()->text(0), u"ssh"_s);
    auto *kind = qobject_cast<QComboBox *>(dialog.entries()->itemWidget(web1, 1));
    QVERIFY(kind);
    QCOMPARE(kind->currentData().toInt(), int(CredentialKind::SshPassword));
    QCOMPARE(dialog.itemFor(u"social.coop/github-token"_s)->text(2), u"github.com"_s);

    web1->setCheckState(0, Qt::Checked);
    dialog.itemFor(u"db/postgres"_s)->setCheckState(0, Qt::Checked);
    dialog.findChild<QPushButton *>(u"import"_s)->click();
    auto *message = dialog.findChild<MessageWidget *>();
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && message->text().contains(u"2 failed"_s), 30000);
    QVERIFY(web1->text(3).contains(u"decrypt"_s));
    QVERIFY(dialog.itemFor(u"db/postgres"_s)->text(3).contains(u"decrypt"_s));
    QVERIFY(dialog.itemFor(u"ssh/web2"_s)->text(3).isEmpty());
    QVERIFY(store.entries().isEmpty());
    screenshot(&dialog, u"passimport"_s);
}

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
