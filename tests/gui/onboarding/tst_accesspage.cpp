// SPDX-License-Identifier: GPL-3.0-or-later
// The Onboarding panel's Access page on a real lab, with a real keychain (its own D-Bus and
// gnome-keyring-daemon): a newcomer makes a key (real ssh-keygen; the passphrase kept in the keychain) and
// checks access: not yet. A member adds the public key to the lab's authorized_keys over SFTP (confirmed;
// the file the lab's sshd reads, asked of the lab): the check now logs in with that key only, its
// passphrase from the keychain. Added again: refused as a duplicate, nothing written. Removed (confirmed):
// the check fails again, and the lab's own key is still there. A check can be cancelled. Screenshots, light
// and dark, go to the build folder.
#include "app/stewardapp.h"
#include "core/onboarding/authorizedkeys.h"
#include "core/secrets/credentialstore.h"
#include "core/servers/sessionpool.h"
#include "labfixture.h"
#include "tests/integration/secrets/keyringsession.h"
#include "widgets/common/messagebox.h"
#include "widgets/common/palette.h"
#include "widgets/onboarding/accesspage.h"
#include "widgets/onboarding/onboardingpanel.h"
#include "widgets/shell/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Steward;

namespace {
const QByteArray passphrase = "a newcomer's passphrase 42";
}

class TestAccessPage : public QObject
{
    Q_OBJECT

    Test::KeyringSession m_keyring;
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

    QByteArray labKeysFile() const
    {
        QFile f(m_lab->dir() + u"/sshd/authorized_keys"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Runs one operation of the page and waits for its end; returns whether it did what was asked.
    static bool finish(AccessPage *page, const std::function<void()> &start, int timeoutMs = 60000)
    {
        QSignalSpy finished(page, &AccessPage::operationFinished);
        start();
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return false;
        return finished.first().first().toBool();
    }

    static bool check(AccessPage *page)
    {
        QSignalSpy checked(page, &AccessPage::accessChecked);
        if (!finish(page, [page] { page->checkAccess(); }))
            return false;
        return checked.size() == 1 && checked.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_lab = std::make_unique<Test::LabFixture>();
        QVERIFY2(m_lab->start(), qPrintable(m_lab->error()));
        // Run as root, the lab keeps its sshd folder root's while its sessions log in as the lab user; a
        // server's own authorized_keys belongs to the user who edits it over SFTP: hand it over.
        if (::geteuid() == 0) {
            const auto r = m_lab->local(u"chown"_s,
                                        {m_lab->env(u"LAB_USER"_s),
                                         m_lab->dir() + u"/sshd"_s,
                                         m_lab->dir() + u"/sshd/authorized_keys"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const QString keyring = m_keyring.start();
        QVERIFY2(keyring.isEmpty(), qPrintable(keyring));
    }

    void cleanupTestCase() { QVERIFY(m_lab->stop()); }

    void newcomerKeyAddedCheckedRemoved()
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
        AccessPage *page = panel->accessPage();
        panel->findChild<QTabWidget *>(u"onboardingTabs"_s)->setCurrentWidget(page);
        const QByteArray labKeysBefore = labKeysFile();
        QVERIFY(labKeysBefore.startsWith("ssh-ed25519 "));

        // The newcomer: a key, its passphrase in the keychain.
        const QString key = m_tmp.filePath(u"newcomer/.ssh/id_ed25519"_s);
        page->setKeyPath(key);
        QVERIFY(page->publicKey().isEmpty());
        auto *comment = page->findChild<QLineEdit *>(u"keyComment"_s);
        comment->clear();
        QTest::keyClicks(comment, u"dana@laptop"_s);
        QTest::keyClicks(page->findChild<QLineEdit *>(u"passphrase"_s),
                         QString::fromUtf8(passphrase));
        QTest::keyClicks(page->findChild<QLineEdit *>(u"passphraseAgain"_s),
                         QString::fromUtf8(passphrase));
        auto *make = page->findChild<QPushButton *>(u"makeKey"_s);
        QVERIFY(make->isEnabled());
        QVERIFY2(finish(page, [make] { QTest::mouseClick(make, Qt::LeftButton); }),
                 qPrintable(panel->messageText()));
        QVERIFY(QFile::exists(key));
        QVERIFY(page->publicKey().startsWith(u"ssh-ed25519 AAAA"_s));
        QVERIFY(page->publicKey().endsWith(u" dana@laptop"_s));
        QVERIFY(page->findChild<QLineEdit *>(u"passphrase"_s)->text().isEmpty());
        QVERIFY(!make->isEnabled()); // never over an existing key
        QVERIFY2(panel->messageText().contains(u"keychain"_s), qPrintable(panel->messageText()));
        {
            CredentialStore store(u"Steward"_s);
            bool read = false;
            QString secret;
            store.read({CredentialKind::SshKeyPassphrase, key}, this, [&](CredentialReply &reply) {
                read = reply.status == CredentialReply::Status::Ok;
                secret = reply.secret;
            });
            QTRY_VERIFY_WITH_TIMEOUT(read, 20000);
            QCOMPARE(secret.toUtf8(), passphrase);
        }
        const auto publicKey = Onboarding::PublicKey::parse(page->publicKey());
        QVERIFY(publicKey.ok());
        const QString fingerprint = publicKey->fingerprint();

        // Not granted yet: the check logs in with this key only, and is refused.
        QVERIFY(page->selectServer(u"lab"_s));
        QVERIFY(!check(page));
        QVERIFY2(page->accessResult().startsWith(u"No access to lab"_s),
                 qPrintable(page->accessResult()));

        // A member adds it (confirmed), in the file the lab's sshd reads.
        page->findChild<QLineEdit *>(u"pastedKey"_s)->setText(page->publicKey());
        MessageBox::takeAskedCount();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY2(finish(page, [page] { page->addKey(); }), qPrintable(panel->messageText()));
        QCOMPARE(MessageBox::takeAskedCount(), 1);
        QCOMPARE(page->authorizedKeysPath(), m_lab->dir() + u"/sshd/authorized_keys"_s);
        QVERIFY(page->listedFingerprints().contains(fingerprint));
        QCOMPARE(page->listedFingerprints().size(), 2);
        QCOMPARE(labKeysFile(), labKeysBefore + page->publicKey().toUtf8() + '\n');
        QVERIFY(page->findChild<QLineEdit *>(u"pastedKey"_s)->text().isEmpty());

        // Granted: the check logs in, the passphrase coming from the keychain.
        QVERIFY2(check(page), qPrintable(page->accessResult()));
        QVERIFY2(page->accessResult().startsWith(u"Access granted"_s),
                 qPrintable(page->accessResult()));
        QVERIFY(page->selectKey(fingerprint));
        shoot(app, u"access"_s);

        // The same key again (another name on it): refused, nothing written.
        const QByteArray withKey = labKeysFile();
        page->findChild<QLineEdit *>(u"pastedKey"_s)
            ->setText(publicKey->type + u' ' + QString::fromLatin1(publicKey->base64)
                      + u" dana again"_s);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(!finish(page, [page] { page->addKey(); }));
        QVERIFY2(panel->messageText().contains(u"already"_s), qPrintable(panel->messageText()));
        QCOMPARE(labKeysFile(), withKey);

        // Not a key at all: said at once, nothing asked.
        page->findChild<QLineEdit *>(u"pastedKey"_s)->setText(u"hello"_s);
        page->addKey();
        QCOMPARE(MessageBox::takeAskedCount(), 1);
        QVERIFY(!panel->messageText().isEmpty());

        // A member removes it (confirmed): the check fails again; the lab's own key stays.
        QVERIFY(page->selectKey(fingerprint));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY2(finish(page, [page] { page->removeKey(); }), qPrintable(panel->messageText()));
        QVERIFY(!page->listedFingerprints().contains(fingerprint));
        QCOMPARE(page->listedFingerprints().size(), 1);
        QCOMPARE(labKeysFile(), labKeysBefore);
        QVERIFY(!check(page));
        QVERIFY2(page->accessResult().startsWith(u"No access to lab"_s),
                 qPrintable(page->accessResult()));

        // Listing again reads the file as it is.
        QVERIFY(finish(page, [page] { page->listKeys(); }));
        QCOMPARE(page->listedFingerprints().size(), 1);

        // A check cancelled: nothing left running, the page usable again.
        QSignalSpy finished(page, &AccessPage::operationFinished);
        page->checkAccess();
        QVERIFY(page->isBusy());
        QVERIFY(page->findChild<QPushButton *>(u"cancelAccess"_s)->isEnabled());
        page->cancel();
        QVERIFY(!page->isBusy());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(page->findChild<QPushButton *>(u"checkAccess"_s)->isEnabled());
    }
};

QTEST_MAIN(TestAccessPage)
#include "tst_accesspage.moc"
