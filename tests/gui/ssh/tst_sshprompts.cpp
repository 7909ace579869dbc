// SPDX-License-Identifier: GPL-3.0-or-later
// The SSH dialogs on their own: the host-key dialog names the server's key file of the presented type.
#include "widgets/ssh/sshprompts.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Steward;
using namespace Qt::StringLiterals;

class TestSshPrompts : public QObject
{
    Q_OBJECT

private slots:
    void hostKeyFileForType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("command");
        QTest::newRow("ed25519") << u"ssh-ed25519"_s
                                 << u"ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub"_s;
        QTest::newRow("ecdsa 256")
            << u"ecdsa-sha2-nistp256"_s << u"ssh-keygen -lf /etc/ssh/ssh_host_ecdsa_key.pub"_s;
        QTest::newRow("ecdsa 521")
            << u"ecdsa-sha2-nistp521"_s << u"ssh-keygen -lf /etc/ssh/ssh_host_ecdsa_key.pub"_s;
        QTest::newRow("rsa") << u"ssh-rsa"_s << u"ssh-keygen -lf /etc/ssh/ssh_host_rsa_key.pub"_s;
    }
    void hostKeyFileForType()
    {
        QFETCH(QString, type);
        QFETCH(QString, command);
        QCOMPARE(HostKeyDialog::checkCommand(type), command);
        HostKeyDialog dialog(u"mastodon.example"_s, type, u"SHA256:abc"_s);
        auto *label = dialog.findChild<QLabel *>(u"checkCommand"_s);
        QVERIFY(label);
        QVERIFY2(label->text().contains(command), qPrintable(label->text()));
        QVERIFY(dialog.findChild<QLabel *>(u"fingerprint"_s)->text().contains(type));
    }

    void unknownTypeListsEveryKey()
    {
        QVERIFY(HostKeyDialog::checkCommand(u"sk-ssh-ed25519@openssh.com"_s)
                    .contains(u"/etc/ssh/ssh_host_*_key.pub"_s));
    }
};

QTEST_MAIN(TestSshPrompts)
#include "tst_sshprompts.moc"
