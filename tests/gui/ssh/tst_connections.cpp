// SPDX-License-Identifier: GPL-3.0-or-later
// The Servers panel connects to a real sshd through Steward's shared sessions: the unknown host key is
// shown with its fingerprint and trusted, the key's passphrase is asked (and kept in a real keychain), the
// state column follows the session (connected, lost when sshd dies), and a reconnect asks nothing.
#include "app/stewardapp.h"
#include "core/secrets/credentialstore.h"
#include "core/servers/sessionpool.h"
#include "core/settings.h"
#include "models/servers/serverlistmodel.h"
#include "tests/gui/shell/guitest.h"
#include "tests/integration/releases/httpstandin.h"
#include "tests/integration/secrets/credentialtestutil.h"
#include "tests/integration/secrets/keyringsession.h"
#include "tests/integration/ssh/sshdfixture.h"
#include "widgets/common/messagewidget.h"
#include "widgets/compose/composediffpanel.h"
#include "widgets/releases/releasespanel.h"
#include "widgets/servers/serverspanel.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/ssh/sshprompts.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Steward;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Passphrase = "a passphrase for the test key";

// With STEWARD_SCREENSHOT_DIR set, the dialogs and panels are saved there for docs/screenshots.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u'/' + name, "PNG"));
}
} // namespace

class TestConnections : public QObject
{
    Q_OBJECT

    Test::KeyringSession m_keyring;
    Test::SshdFixture m_sshd;
    QString m_key;
    QString m_inventory;
    std::unique_ptr<StewardApp> m_app;
    QTcpServer m_github; // plays the GitHub API: records requests, answers an empty list
    QList<QByteArray> m_githubRequests;

    QString connectionText() const
    {
        return m_app->servers()
            ->index(0, ServerListModel::ConnectionColumn)
            .data(Qt::DisplayRole)
            .toString();
    }
    Ssh::Session::State state() const
    {
        return Ssh::Session::State(
            m_app->servers()->index(0, 0).data(ServerListModel::ConnectionStateRole).toInt());
    }
    void triggerConnect()
    {
        QTableView *view = m_app->serversPanel()->view();
        view->setCurrentIndex(m_app->servers()->index(0, 0));
        QVERIFY(m_app->serversPanel()->connectAction()->isEnabled());
        m_app->serversPanel()->connectAction()->trigger();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(openSettings()->fileName());
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                      + u"/known_hosts"_s);
        const QString error = m_keyring.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        m_key = m_sshd.addClientKey(u"id_gui"_s, u"ed25519"_s, Passphrase);
        QVERIFY(!m_key.isEmpty());
        // The deployed compose file the running version is read from (no Docker on the fixture).
        QVERIFY(QFile::copy(QStringLiteral(STEWARD_TEST_DATA "/compose/v4.2.10.docker-compose.yml"),
                            m_sshd.dir() + u"/docker-compose.yml"_s));
        QFile::setPermissions(m_sshd.dir() + u"/docker-compose.yml"_s,
                              QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                  | QFileDevice::ReadOther);
        m_inventory = m_sshd.dir() + u"/inventory.yaml"_s;
        QFile file(m_inventory);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("version: 1\n"
                                  "servers:\n"
                                  "  - name: fixture\n"
                                  "    host: 127.0.0.1\n"
                                  "    port: %1\n"
                                  "    user: %2\n"
                                  "    role: staging\n"
                                  "    compose_dir: %3\n"
                                  "    identity_file: %4\n")
                       .arg(m_sshd.port())
                       .arg(Test::SshdFixture::user(), m_sshd.dir(), m_key)
                       .toUtf8());
        file.close();
        // A GitHub token in the keychain, and the releases fetched from a local stand-in for the API.
        QVERIFY(
            Test::serveHttp(m_github, this, [this](QTcpSocket *socket, const QByteArray &request) {
                m_githubRequests.append(request);
                socket->write(Test::httpReply("200 OK", "[]"));
                socket->disconnectFromHost();
            }));
        openSettings()->setValue(u"releases/baseUrl"_s,
                                 u"http://127.0.0.1:%1"_s.arg(m_github.serverPort()));
        openSettings()->setValue(u"releases/repositories"_s, QStringList{u"mastodon/mastodon"_s});
        {
            CredentialStore store(u"Steward"_s);
            QCOMPARE(Test::writeNow(store,
                                    {CredentialKind::GitHubToken, u"github.com"_s},
                                    u"ghp_steward_test_token"_s,
                                    this)
                         .status,
                     CredentialReply::Status::Ok);
        }
        GuiOptions options;
        options.inventory = m_inventory;
        m_app = std::make_unique<StewardApp>(options);
        // No ssh config of the user's; keepalives every second so that a dead server shows quickly.
        m_app->sessions()->setSshConfig(
            SshConfig::parse("Host *\n    ServerAliveInterval 1\n    ServerAliveCountMax 2\n"));
        m_app->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
        QCOMPARE(m_app->servers()->rowCount(), 1);
        QCOMPARE(connectionText(), u"Not connected"_s);
    }

    void githubTokenFromKeychain()
    {
        // Opening the Release notes panel fetches; the token read from the keychain goes with it.
        m_app->window()->setCurrentPanel(u"releases"_s);
        // (If the panel asked before the keychain answered, it asks again with the token.)
        const auto withToken = [this] {
            for (const QByteArray &r : std::as_const(m_githubRequests))
                if (r.toLower().contains("authorization: bearer ghp_steward_test_token"))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(withToken(), 10000);
        QVERIFY(m_githubRequests.size() <= 2);
        QVERIFY2(m_githubRequests.first().toLower().startsWith(
                     "get /repos/mastodon/mastodon/releases"),
                 m_githubRequests.first().constData());
        m_app->window()->setCurrentPanel(u"servers"_s);
    }

    void firstConnectAsksHostKeyAndPassphrase()
    {
        QString shownFingerprint;
        bool cancelWasDefault = false;
        Test::whenModal<HostKeyDialog>(this, [&](HostKeyDialog *dialog) {
            shownFingerprint = dialog->findChild<QLabel *>(u"fingerprint"_s)->text();
            shoot(dialog, u"ssh-host-key.png"_s);
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                if (b->isDefault())
                    cancelWasDefault = b->objectName() != u"trust"_s;
            dialog->findChild<QPushButton *>(u"trust"_s)->click();
            // Then the key's passphrase, kept in the keychain.
            Test::whenModal<SecretDialog>(this, [](SecretDialog *secret) {
                QVERIFY(secret->findChild<QLabel *>(u"prompt"_s)->text().contains(u"id_gui"_s));
                secret->findChild<QLineEdit *>(u"secret"_s)->setText(QString::fromUtf8(Passphrase));
                auto *remember = secret->findChild<QCheckBox *>(u"remember"_s);
                QVERIFY(remember->isEnabled());
                remember->setChecked(true);
                shoot(secret, u"ssh-passphrase.png"_s);
                secret->accept();
            });
        });
        triggerConnect();
        QTRY_COMPARE_WITH_TIMEOUT(state(), Ssh::Session::State::Ready, 20000);
        QCOMPARE(connectionText(), u"Connected"_s);
        QCOMPARE(m_app->servers()
                     ->index(0, ServerListModel::ConnectionColumn)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 u"Logged in with publickey"_s);
        // The dialog showed exactly what ssh-keygen -lf prints, and Cancel was the default.
        const QByteArray keygen = m_sshd.runLocal(u"ssh-keygen"_s,
                                                  {u"-lf"_s, m_sshd.hostKeyPublicFile()});
        QVERIFY2(shownFingerprint.contains(QString::fromLatin1(keygen.split(' ').value(1))),
                 qPrintable(shownFingerprint));
        QVERIFY(cancelWasDefault);
        // The passphrase is in the keychain now (stored once the connection worked).
        CredentialStore store(u"Steward"_s);
        QTRY_VERIFY(
            store.entries().contains(CredentialKey{CredentialKind::SshKeyPassphrase, m_key}));
        // The session is the shared one panels use.
        QVERIFY(m_app->sessions()->existing(u"fixture"_s));
        // What the server runs became the upgrade plan's starting point, with where it was read.
        auto *releases = m_app->window()->findChild<ReleasesPanel *>();
        QVERIFY(releases);
        QTRY_COMPARE_WITH_TIMEOUT(releases->fromEdit()->text(), u"4.2.10"_s, 10000);
        QVERIFY2(releases->fromSourceLabel()->text().contains(u"docker-compose.yml"_s),
                 qPrintable(releases->fromSourceLabel()->text()));
        QVERIFY(releases->fromSourceLabel()->text().contains(u"fixture"_s));
        QCOMPARE(releases->serverCombo()->currentData().toString(), u"fixture"_s);
        QCOMPARE(releases->serverCombo()->currentText(), u"fixture (4.2.10)"_s);
        m_app->window()->setCurrentPanel(u"servers"_s);
        QTRY_VERIFY(m_app->serversPanel()->isVisible());
        shoot(m_app->window(), u"servers-connected.png"_s);
    }

    void lostWhenServerDies()
    {
        m_sshd.kill();
        QTRY_COMPARE_WITH_TIMEOUT(state(), Ssh::Session::State::Lost, 8000);
        QCOMPARE(connectionText(), u"Connection lost"_s);
        // Said where the user looks, with a way to try again.
        MessageWidget *message = m_app->serversPanel()->messageWidget();
        QVERIFY(message->isVisible());
        QCOMPARE(message->type(), MessageWidget::Type::Warning);
        QVERIFY2(message->text().startsWith(u"fixture: "_s), qPrintable(message->text()));
        QVERIFY(message->findChild<QAction *>(u"connectAgain"_s));
        QVERIFY(!m_app->servers()
                     ->index(0, ServerListModel::ConnectionColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }

    void reconnectAsksNothing()
    {
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        bool asked = false;
        auto *watcher = new QTimer(this);
        connect(watcher, &QTimer::timeout, this, [&] {
            if (QApplication::activeModalWidget())
                asked = true;
        });
        watcher->start(10);
        triggerConnect();
        QTRY_COMPARE_WITH_TIMEOUT(state(), Ssh::Session::State::Ready, 20000);
        watcher->stop();
        QVERIFY(!asked); // host key trusted, passphrase from the keychain
        QVERIFY(m_app->serversPanel()->messageWidget()->isHidden()); // the problem went away
    }

    void deployedComposeFromServer()
    {
        // Compose diff, "From server…": the deployed copy of the selected server over SFTP, then the
        // three-way comparison against two upstream versions.
        auto *compose = m_app->window()->findChild<ComposeDiffPanel *>();
        QVERIFY(compose);
        compose->setSources(QStringLiteral(STEWARD_TEST_DATA "/compose/v4.2.10.docker-compose.yml"),
                            QStringLiteral(STEWARD_TEST_DATA "/compose/v4.3.0.docker-compose.yml"));
        QCOMPARE(compose->serverCombo()->currentText(), u"fixture"_s); // from the inventory
        QVERIFY(compose->serverCombo()->isEnabled());
        QSignalSpy finished(compose, &ComposeDiffPanel::comparisonFinished);
        compose->fetchDeployed();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
        QVERIFY(compose->report());
        QVERIFY(compose->report()->threeWay);
        QCOMPARE(compose->report()->deployed->name,
                 u"fixture:"_s + m_sshd.dir() + u"/docker-compose.yml"_s);
        // The deployed copy is upstream's v4.2.10 itself: it lacks every upstream change.
        QVERIFY(!compose->report()->upstreamChanges.isEmpty());
        m_app->window()->setCurrentPanel(u"compose"_s);
        // Shown, and its diff highlighted (the view highlights the lines it shows).
        const auto highlighted = [](QPlainTextEdit *view) {
            for (QTextBlock b = view->document()->firstBlock(); b.isValid() && b.blockNumber() < 40;
                 b = b.next()) {
                if (!b.layout()->formats().isEmpty())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(compose->isVisible() && compose->newView()->isVisible());
        QTRY_VERIFY(highlighted(compose->newView()));
        shoot(m_app->window(), u"compose-from-server.png"_s);

        // A server whose compose directory is wrong: a clear error, the comparison kept.
        Server wrong = m_app->servers()->server(0);
        wrong.composeDir = m_sshd.dir() + u"/nowhere"_s;
        QVERIFY(m_app->servers()->updateServer(0, wrong));
        compose->fetchDeployed();
        QTRY_VERIFY_WITH_TIMEOUT(compose->messageBar()->type() == MessageWidget::Type::Error
                                     && compose->messageBar()->text().contains(u"nowhere"_s),
                                 30000);
        QVERIFY2(compose->messageBar()->text().contains(u"no such file"_s),
                 qPrintable(compose->messageBar()->text()));
        QVERIFY(compose->report()->threeWay); // the previous comparison stays
    }

    void changedHostKeyRefusedLoudly()
    {
        // Steward's own known_hosts now holds another key for the server: no question, a refusal
        // that says why, in the Servers panel.
        const QString file = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             + u"/known_hosts"_s;
        QFile known(file);
        QVERIFY(known.open(QIODevice::ReadOnly));
        QByteArray text = known.readAll();
        known.close();
        QVERIFY(text.contains(m_sshd.hostKeyBlob().toBase64()));
        const QString other = m_sshd.dir() + u"/another_host_key"_s;
        QVERIFY(!m_sshd
                     .runLocal(u"ssh-keygen"_s,
                               {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, other})
                     .isEmpty());
        QFile pub(other + u".pub"_s);
        QVERIFY(pub.open(QIODevice::ReadOnly));
        text.replace(m_sshd.hostKeyBlob().toBase64(), pub.readAll().split(' ').value(1));
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(text);
        known.close();
        m_app->sessions()->forget(u"fixture"_s);
        m_app->window()->setCurrentPanel(u"servers"_s);
        bool asked = false;
        auto *watcher = new QTimer(this);
        connect(watcher, &QTimer::timeout, this, [&] {
            if (QApplication::activeModalWidget())
                asked = true;
        });
        watcher->start(10);
        triggerConnect();
        QTRY_COMPARE_WITH_TIMEOUT(state(), Ssh::Session::State::Closed, 20000);
        watcher->stop();
        QVERIFY(!asked);
        MessageWidget *message = m_app->serversPanel()->messageWidget();
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"CHANGED"_s), qPrintable(message->text()));
        QVERIFY(m_app->servers()
                    ->index(0, ServerListModel::ConnectionColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"CHANGED"_s));
        shoot(m_app->window(), u"servers-changed-host-key.png"_s);
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_keyring.stop();
    }
};

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
