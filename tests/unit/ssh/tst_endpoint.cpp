// SPDX-License-Identifier: GPL-3.0-or-later
// Endpoints from ssh config and ProxyJump specifications: hops parsed, chains resolved through the config,
// bad hops and loops refused with a clear message.
#include "core/ssh/session.h"

#include <QTest>

using namespace Steward;
using namespace Qt::StringLiterals;

class TestEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void parseHop_data()
    {
        QTest::addColumn<QString>("hop");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("host") << u"bastion"_s << true << QString() << u"bastion"_s << 22;
        QTest::newRow("user@host:port")
            << u"ops@bastion.example:2222"_s << true << u"ops"_s << u"bastion.example"_s << 2222;
        QTest::newRow("uri") << u"ssh://ops@10.0.0.1:2200"_s << true << u"ops"_s << u"10.0.0.1"_s
                             << 2200;
        QTest::newRow("ipv6") << u"ops@[2001:db8::1]:2022"_s << true << u"ops"_s << u"2001:db8::1"_s
                              << 2022;
        QTest::newRow("ipv6 no port") << u"[::1]"_s << true << QString() << u"::1"_s << 22;
        QTest::newRow("user with @")
            << u"me@corp@jump"_s << true << u"me@corp"_s << u"jump"_s << 22;
        QTest::newRow("bad port") << u"host:http"_s << false << QString() << QString() << 0;
        QTest::newRow("port 0") << u"host:0"_s << false << QString() << QString() << 0;
        QTest::newRow("port too big") << u"host:70000"_s << false << QString() << QString() << 0;
        QTest::newRow("empty port") << u"host:"_s << false << QString() << QString() << 0;
        QTest::newRow("empty user") << u"@host"_s << false << QString() << QString() << 0;
        QTest::newRow("unclosed bracket") << u"[::1:22"_s << false << QString() << QString() << 0;
        QTest::newRow("space") << u"a host"_s << false << QString() << QString() << 0;
        QTest::newRow("empty") << u""_s << false << QString() << QString() << 0;
    }
    void parseHop()
    {
        QFETCH(QString, hop);
        QFETCH(bool, ok);
        const Result<Ssh::Endpoint> e = Ssh::Endpoint::parseJumpHop(hop);
        QCOMPARE(e.ok(), ok);
        if (!ok) {
            QVERIFY2(e.error().message.contains(hop), qPrintable(e.error().message));
            return;
        }
        QTEST(e->user, "user");
        QTEST(e->host, "host");
        QTEST(e->port, "port");
    }

    void chainFromProxyJump()
    {
        Ssh::Endpoint target;
        target.host = u"app.internal"_s;
        target.user = u"deploy"_s;
        target.identityFiles = {u"/keys/id_deploy"_s};
        target.userKnownHostsFile = u"/kh"_s;
        target.keepaliveSeconds = 15;
        target.proxyJump = u"first.example,ops@second.example:2222"_s;
        const auto jump = target.resolveJump();
        QVERIFY(jump.ok());
        const std::shared_ptr<const Ssh::Endpoint> last = jump.value();
        QVERIFY(last);
        // The hop next to the target is the last one; it is reached through the first.
        QCOMPARE(last->host, u"second.example"_s);
        QCOMPARE(last->user, u"ops"_s);
        QCOMPARE(last->port, 2222);
        QVERIFY(last->jump);
        QCOMPARE(last->jump->host, u"first.example"_s);
        QCOMPARE(last->jump->user, u"deploy"_s); // not given: the target's
        QCOMPARE(last->jump->port, 22);
        QVERIFY(!last->jump->jump);
        // What the hops do not say comes from the target, except its keys: as with OpenSSH's
        // "ssh -i key -J hop", a jump host gets its own keys (the defaults, or its config block's).
        QVERIFY(last->identityFiles.isEmpty());
        QVERIFY(last->jump->identityFiles.isEmpty());
        QCOMPARE(last->userKnownHostsFile, u"/kh"_s);
        QCOMPARE(last->keepaliveSeconds, 15);

        target.proxyJump = u"none"_s;
        QVERIFY(target.resolveJump().ok());
        QVERIFY(!target.resolveJump().value());
        target.proxyJump = u"a,b:x"_s;
        QVERIFY(!target.resolveJump().ok());
        target.proxyJump = u"a,a,a,a,a,a,a,a,a"_s;
        QVERIFY(!target.resolveJump().ok());
    }

    void chainFromSshConfig()
    {
        const SshConfig config = SshConfig::parse("Host social\n"
                                                  "    HostName 203.0.113.7\n"
                                                  "    User mastodon\n"
                                                  "    IdentityFile /keys/social\n"
                                                  "    ProxyJump bastion\n"
                                                  "Host bastion\n"
                                                  "    HostName bastion.example.org\n"
                                                  "    Port 2200\n"
                                                  "    User jumper\n"
                                                  "    IdentityFile /keys/bastion\n"
                                                  "    ProxyJump gate\n"
                                                  "Host gate\n"
                                                  "    HostName gate.example.org\n"
                                                  "Host loop1\n"
                                                  "    ProxyJump loop2\n"
                                                  "Host loop2\n"
                                                  "    ProxyJump loop1\n",
                                                  u"config"_s);
        const Result<Ssh::Endpoint> e = Ssh::Endpoint::fromSshConfig(config, u"social"_s, u"me"_s);
        QVERIFY2(e.ok(), qPrintable(e.error().message));
        QCOMPARE(e->host, u"203.0.113.7"_s);
        QCOMPARE(e->user, u"mastodon"_s);
        QVERIFY(e->jump);
        // The jump host's own block applies: HostName, Port, User, IdentityFile, its own ProxyJump.
        QCOMPARE(e->jump->host, u"bastion.example.org"_s);
        QCOMPARE(e->jump->port, 2200);
        QCOMPARE(e->jump->user, u"jumper"_s);
        QCOMPARE(e->jump->identityFiles, QStringList{u"/keys/bastion"_s});
        QVERIFY(e->jump->jump);
        QCOMPARE(e->jump->jump->host, u"gate.example.org"_s);
        QCOMPARE(e->jump->jump->user, u"me"_s);
        // The target's key is not offered to a jump host that has none configured.
        QCOMPARE(e->identityFiles, QStringList{u"/keys/social"_s});
        QVERIFY(e->jump->jump->identityFiles.isEmpty());

        const Result<Ssh::Endpoint> loop = Ssh::Endpoint::fromSshConfig(config, u"loop1"_s, u"me"_s);
        QVERIFY(!loop.ok());
        QVERIFY2(loop.error().message.contains(u"loop"_s), qPrintable(loop.error().message));
    }

    void displayName()
    {
        Ssh::Endpoint e;
        e.host = u"10.0.0.1"_s;
        e.alias = u"social"_s;
        e.user = u"ops"_s;
        QCOMPARE(e.displayName(), u"ops@social"_s);
        e.port = 2222;
        QCOMPARE(e.displayName(), u"ops@social:2222"_s);
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
