// SPDX-License-Identifier: GPL-3.0-or-later
// ssh_config(5) parsing and resolution as OpenSSH does it, and the import of its hosts into the inventory.
#include "core/inventory/sshconfigimport.h"
#include "core/ssh/sshconfig.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;

class TestSshConfig : public QObject
{
    Q_OBJECT

    static QString dataFile() { return QStringLiteral(STEWARD_TEST_DATA "/inventory/ssh_config"); }

private Q_SLOTS:
    void concreteHostsSkipWildcards()
    {
        const SshConfig config = SshConfig::load(dataFile());
        QCOMPARE(config.concreteHosts(),
                 QStringList({u"lab"_s,
                              u"social.coop"_s,
                              u"staging"_s,
                              u"stage2"_s,
                              u"equals"_s,
                              u"bastion"_s,
                              u"broken"_s}));
    }

    void malformedLinesAreReportedNotFatal()
    {
        const SshConfig config = SshConfig::load(dataFile());
        QCOMPARE(config.warnings().size(), 3);
        QCOMPARE(config.warnings().at(0).line, 27);
        QVERIFY(config.warnings().at(0).message.contains(u"unknown keyword “this”"_s));
        QCOMPARE(config.warnings().at(1).line, 29);
        QVERIFY(config.warnings().at(1).message.contains(u"quotes"_s));
        QCOMPARE(config.warnings().at(2).line, 30);
        QVERIFY(config.warnings().at(2).file.endsWith(u"ssh_config"_s));
    }

    void resolvesFirstValueWins()
    {
        const SshConfig config = SshConfig::load(dataFile());
        const SshHostConfig c = config.resolve(u"social.coop"_s);
        QCOMPARE(c.hostName, u"203.0.113.7"_s);
        QCOMPARE(c.user, u"root"_s);
        QCOMPARE(c.port, 2222);
        QCOMPARE(c.serverAliveInterval, 30);
        // IdentityFile accumulates, in order, with ~ expanded.
        QCOMPARE(c.identityFiles,
                 QStringList({QDir::homePath() + u"/.ssh/id_social"_s,
                              QDir::homePath() + u"/.ssh/id_ed25519"_s}));
    }

    void resolvesTokensAndEquals()
    {
        const SshConfig config = SshConfig::load(dataFile());
        QCOMPARE(config.resolve(u"stage2"_s).hostName, u"staging.stage2.example"_s);
        QCOMPARE(config.resolve(u"stage2"_s).user, u"deploy"_s);
        QCOMPARE(config.resolve(u"equals"_s).port, 2200);
        QCOMPARE(config.resolve(u"equals"_s).user, u"fallback"_s);
    }

    void negationAndProxyJump()
    {
        const SshConfig config = SshConfig::load(dataFile());
        const SshHostConfig db = config.resolve(u"db.internal"_s);
        QCOMPARE(db.user, u"ops"_s);
        QCOMPARE(db.proxyJump, u"bastion"_s);
        const SshHostConfig secret = config.resolve(u"secret.internal"_s);
        QCOMPARE(secret.user, u"fallback"_s);
        QVERIFY(secret.proxyJump.isEmpty());
        const SshHostConfig bastion = config.resolve(u"bastion"_s);
        QVERIFY(bastion.identitiesOnly);
        QCOMPARE(bastion.identityFiles.first(), u"/path with spaces/key"_s);
    }

    void includeIsFollowed()
    {
        const SshConfig config = SshConfig::load(dataFile());
        const SshHostConfig lab = config.resolve(u"lab"_s);
        QCOMPARE(lab.hostName, u"127.0.0.1"_s);
        QCOMPARE(lab.port, 2022);
        QCOMPARE(lab.user, u"steward"_s);
    }

    void undecidableMatchIsNotApplied()
    {
        const SshConfig config = SshConfig::load(dataFile());
        QCOMPARE(config.resolve(u"anything"_s).user, u"fallback"_s);
    }

    void unknownHostGetsDefaults()
    {
        const SshConfig config = SshConfig::parse("Host a\n  User x\n");
        const SshHostConfig c = config.resolve(u"b"_s);
        QCOMPARE(c.hostName, u"b"_s);
        QVERIFY(!c.user.has_value());
        QVERIFY(!c.port.has_value());
    }

    void includeRestoresOuterScope()
    {
        // After an Include, the lines that follow belong to the block the Include was in, not to the
        // included file's last Host block; an Include inside a Host block applies only to that host.
        const auto loader = [](const QString &pattern) {
            if (pattern == u"/cfg/hosts.conf")
                return QList<std::pair<QString, QByteArray>>{
                    {pattern, QByteArray("Host other\n    User fromhosts\n")}};
            if (pattern == u"/cfg/common.conf")
                return QList<std::pair<QString, QByteArray>>{
                    {pattern, QByteArray("User fromcommon\nHost inner\n    Port 2300\n")}};
            return QList<std::pair<QString, QByteArray>>{};
        };
        const SshConfig config = SshConfig::parse("Include hosts.conf\n"
                                                  "Port 2201\n"
                                                  "Host target\n"
                                                  "    Include common.conf\n"
                                                  "    IdentityFile /keys/target\n"
                                                  "Host *\n"
                                                  "    User everyone\n",
                                                  u"/cfg/config"_s,
                                                  u"/cfg"_s,
                                                  loader);
        QVERIFY(config.warnings().isEmpty());
        // "Port 2201" is global again: every host gets it.
        QCOMPARE(config.resolve(u"target"_s).port, 2201);
        QCOMPARE(config.resolve(u"other"_s).port, 2201);
        QCOMPARE(config.resolve(u"other"_s).user, u"fromhosts"_s);
        QCOMPARE(config.resolve(u"unrelated"_s).port, 2201);
        // Inside "Host target": the included lines apply to target, and so does what follows.
        const SshHostConfig target = config.resolve(u"target"_s);
        QCOMPARE(target.user, u"fromcommon"_s);
        QCOMPARE(target.identityFiles, QStringList{u"/keys/target"_s});
        QVERIFY(config.resolve(u"inner"_s).identityFiles.isEmpty());
        // The included "Host inner" block is inside "Host target": inner is not target, so it does not
        // apply (OpenSSH never matches blocks of a file included from a block that did not match).
        QCOMPARE(config.resolve(u"inner"_s).port, 2201);
        QCOMPARE(config.resolve(u"inner"_s).user, u"everyone"_s);
    }

    void includeCycleStops()
    {
        const auto loader = [](const QString &) {
            return QList<std::pair<QString, QByteArray>>{
                {u"/loop"_s, QByteArray("Include loop\nHost x\n")}};
        };
        const SshConfig config = SshConfig::parse("Include loop\n", u"main"_s, u"/"_s, loader);
        QVERIFY(!config.warnings().isEmpty());
        QVERIFY(config.warnings().last().message.contains(u"deeply"_s));
    }

    void patternLists_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << u"a.b"_s << QStringList{u"a.b"_s} << true;
        QTest::newRow("case") << u"A.B"_s << QStringList{u"a.b"_s} << true;
        QTest::newRow("star") << u"x.example"_s << QStringList{u"*.example"_s} << true;
        QTest::newRow("question") << u"web1"_s << QStringList{u"web?"_s} << true;
        QTest::newRow("question too short") << u"web"_s << QStringList{u"web?"_s} << false;
        QTest::newRow("comma list") << u"b"_s << QStringList{u"a,b"_s} << true;
        QTest::newRow("negation vetoes") << u"x"_s << QStringList{u"*"_s, u"!x"_s} << false;
        QTest::newRow("negation alone matches nothing") << u"y"_s << QStringList{u"!x"_s} << false;
        QTest::newRow("dot is literal") << u"axb"_s << QStringList{u"a.b"_s} << false;
    }
    void patternLists()
    {
        QFETCH(QString, host);
        QFETCH(QStringList, patterns);
        QFETCH(bool, matches);
        QCOMPARE(SshConfig::matchPatternList(host, patterns), matches);
    }

    void importsServers()
    {
        const ServerList servers = serversFromSshConfig(SshConfig::load(dataFile()));
        QCOMPARE(servers.size(), 7);
        const Server &coop = servers.at(1);
        QCOMPARE(coop.name, u"social.coop"_s);
        QCOMPARE(coop.host, u"203.0.113.7"_s);
        QCOMPARE(coop.port, 2222);
        QCOMPARE(coop.user, u"root"_s);
        QCOMPARE(coop.identityFile, QDir::homePath() + u"/.ssh/id_social"_s);
        QCOMPARE(coop.composeDir, u"/opt/mastodon"_s);
        QCOMPARE(servers.at(0).name, u"lab"_s);
        QCOMPARE(servers.at(0).port, 2022);
    }

    void ignoreUnknownSilencesWarnings()
    {
        const SshConfig config = SshConfig::parse(
            "IgnoreUnknown UseKeychainX,Foo*\nUseKeychainX yes\nFooBar 1\nBaz 2\n");
        QCOMPARE(config.warnings().size(), 1);
        QCOMPARE(config.warnings().first().line, 4);
    }

    void missingConfigIsEmpty()
    {
        const SshConfig config = SshConfig::load(u"/nonexistent/ssh_config"_s);
        QVERIFY(config.concreteHosts().isEmpty());
        QVERIFY(config.warnings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
