// SPDX-License-Identifier: GPL-3.0-or-later
// steward --lab end to end: the start-up path main() takes for --lab (LabCommand::prepareGui, then
// StewardApp with the lab option) starts a real lab in a temporary STEWARD_LAB_DIR and ends with the
// Servers panel showing the lab connected, without a host key or passphrase question and without
// touching Steward's own known_hosts. With the lab's sshd fault on, start-up still opens the window and
// the panel says the connection was refused; Connect Again works once the fault is off.
#include "app/labcommand.h"
#include "app/stewardapp.h"
#include "core/servers/sessionpool.h"
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "models/servers/serverlistmodel.h"
#include "widgets/common/messagewidget.h"
#include "widgets/servers/serverspanel.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/ssh/sshprompts.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;

class TestLabStartup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_lab;

    static Ssh::Session::State state(const StewardApp &app)
    {
        const int row = app.servers()->rowOfName(u"lab"_s);
        return Ssh::Session::State(
            app.servers()->index(row, 0).data(ServerListModel::ConnectionStateRole).toInt());
    }
    static QString connectionText(const StewardApp &app)
    {
        const int row = app.servers()->rowOfName(u"lab"_s);
        return app.servers()
            ->index(row, ServerListModel::ConnectionColumn)
            .data(Qt::DisplayRole)
            .toString();
    }
    static QString stewardKnownHosts()
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
               + u"/known_hosts"_s;
    }
    // No question was asked: no host key or secret dialog, nothing modal.
    static bool noQuestion(const StewardApp &app)
    {
        return app.window()->findChildren<HostKeyDialog *>().isEmpty()
               && app.window()->findChildren<SecretDialog *>().isEmpty()
               && QApplication::activeModalWidget() == nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(stewardKnownHosts());
        QVERIFY(m_tmp.isValid());
        // Run as root, the lab's servers run as an unprivileged user, who must reach the lab dir.
        QFile::setPermissions(m_tmp.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                  | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                  | QFile::ExeOther);
        m_lab = m_tmp.path() + u"/lab"_s;
        // The lab script, started by LabCommand, reads its settings from the environment.
        qputenv("STEWARD_LAB_DIR", m_lab.toUtf8());
        qputenv("STEWARD_LAB_ACCOUNTS", "2000");
        qputenv("STEWARD_LAB_STATUSES", "20000");
    }

    void cleanupTestCase()
    {
        if (QFile::exists(m_lab + u"/lab.env"_s)) {
            LabCommand::run({u"fault"_s, u"sshd"_s, u"off"_s});
            LabCommand::run({u"stop"_s});
        }
    }

    void labOpensConnected()
    {
        GuiOptions options;
        options.lab = true;
        QCOMPARE(LabCommand::prepareGui(options), 0);
        QCOMPARE(options.inventory, m_lab + u"/inventory.yaml"_s);

        StewardApp app(options);
        app.window()->show();
        QVERIFY(app.servers()->rowOfName(u"lab"_s) >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(app), Ssh::Session::State::Ready, 30000);
        QVERIFY(noQuestion(app));
        QCOMPARE(connectionText(app), u"Connected"_s);
        // The lab's host key came from the lab's known_hosts: Steward's own file was not written.
        QVERIFY(!QFile::exists(stewardKnownHosts()));
        // The connection the panels share runs commands on the lab, with the shims.
        Ssh::Session *session = app.sessions()->existing(u"lab"_s);
        QVERIFY(session);
        QCOMPARE(session->authenticatedWith(),
                 u"publickey"_s); // the lab's key, named by the inventory
        Ssh::Command *command = session->runShell("command -v docker");
        QByteArray out;
        bool finished = false;
        connect(command, &Ssh::Command::stdoutReceived, this, [&out](const QByteArray &d) {
            out += d;
        });
        connect(command, &Ssh::Command::finished, this, [&finished] { finished = true; });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        QCOMPARE(out, (m_lab + u"/bin/docker\n"_s).toUtf8());
        delete command;
    }

    // The sshd fault outlives a start: --lab still opens Steward, which says the connection was
    // refused, and connects once the fault is off.
    void sshdFaultShownInThePanel()
    {
        QCOMPARE(LabCommand::run({u"fault"_s, u"sshd"_s, u"on"_s}), 0);
        GuiOptions options;
        options.lab = true;
        QCOMPARE(LabCommand::prepareGui(options), 0);

        StewardApp app(options);
        app.window()->show();
        QTRY_VERIFY_WITH_TIMEOUT(state(app) == Ssh::Session::State::Lost
                                     || state(app) == Ssh::Session::State::Closed,
                                 30000);
        // Said where the user looks, with a way to try again.
        MessageWidget *message = app.serversPanel()->messageWidget();
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->type(), MessageWidget::Type::Warning);
        QVERIFY2(message->text().startsWith(u"lab: "_s) && message->text().contains(u"refused"_s),
                 qPrintable(message->text()));
        QVERIFY(noQuestion(app));

        QCOMPARE(LabCommand::run({u"fault"_s, u"sshd"_s, u"off"_s}), 0);
        // The panel's Connect Again, as the user would.
        auto *again = message->findChild<QAction *>(u"connectAgain"_s);
        QVERIFY(again);
        again->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(state(app), Ssh::Session::State::Ready, 30000);
        QVERIFY(noQuestion(app));
        QVERIFY(!QFile::exists(stewardKnownHosts()));
    }
};

QTEST_MAIN(TestLabStartup)
#include "tst_labstartup.moc"
