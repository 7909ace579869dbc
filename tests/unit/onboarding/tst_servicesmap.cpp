// SPDX-License-Identifier: GPL-3.0-or-later
// The services map's format: the shipped example, a table of bad inputs with their line and column, the
// secret-name rule, and the join of a service with its server's live state.
#include "core/onboarding/servicesmap.h"

#include <QFile>
#include <QTest>

using namespace Steward;
using namespace Steward::Onboarding;
using namespace Qt::StringLiterals;

namespace {

QByteArray shipped()
{
    QFile f(u":/steward/onboarding/services.yaml"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray minimal = "services:\n"
                           "  - id: mastodon\n"
                           "    name: Mastodon\n"
                           "    purpose: The instance\n"
                           "    runs_on: social.coop\n";

} // namespace

class TestServicesMap : public QObject
{
    Q_OBJECT

private slots:
    void shippedExampleParses()
    {
        const QByteArray text = shipped();
        QVERIFY(!text.isEmpty());
        const auto map = parseServicesMap(text);
        QVERIFY2(map.ok(), qPrintable(map.error().toString()));
        // The co-op's tables: the instance, admin panel, wiki, registrar, DNS, mail, S3, monitoring, code,
        // the pass store.
        for (const auto &id : {u"mastodon"_s,
                               u"admin-panel"_s,
                               u"wiki"_s,
                               u"registrar"_s,
                               u"dns"_s,
                               u"mail"_s,
                               u"s3-backups"_s,
                               u"monitoring"_s,
                               u"code"_s,
                               u"pass-store"_s})
            QVERIFY2(map->service(id), qPrintable(id));
        const Service *mastodon = map->service(u"mastodon"_s);
        QCOMPARE(mastodon->runsOn.server, u"social.coop"_s);
        QCOMPARE(mastodon->runsOn.composeService, u"web"_s);
        QCOMPARE(mastodon->secrets,
                 (QStringList{u"mastodon-token/social.coop"_s, u"database-password/social.coop"_s}));
        QCOMPARE(mastodon->links.first().url, u"https://social.coop"_s);
        QCOMPARE(mastodon->kind, Service::Kind::Service);
        const Service *s3 = map->service(u"s3-backups"_s);
        QCOMPARE(s3->kind, Service::Kind::Supporting);
        QCOMPARE(s3->runsOn.unit, u"pg-dump-to-s3.timer"_s);
        QCOMPARE(map->service(u"registrar"_s)->provider, u"Gandi"_s);
        QVERIFY(!map->service(u"registrar"_s)->runsOn.isSet());
        QCOMPARE(map->onServer(u"social.coop"_s).size(), 4);
    }

    void minimalParses()
    {
        const auto map = parseServicesMap(minimal);
        QVERIFY2(map.ok(), qPrintable(map.error().toString()));
        QCOMPARE(map->services.size(), 1);
        QCOMPARE(map->services.first().runsOn.server, u"social.coop"_s);
        QCOMPARE(map->services.first().line, 2);
        QVERIFY(parseServicesMap("").ok());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::newRow("malformed YAML")
            << QByteArray("services:\n  - id: [a\n") << 3 << 1 << u"not valid YAML"_s;
        QTest::newRow("root is a list")
            << QByteArray("- a\n- b\n") << 1 << 1 << u"must be a mapping with a “services” list"_s;
        QTest::newRow("unknown top key")
            << QByteArray("services: []\nservers: []\n") << 2 << 1 << u"unknown key “servers”"_s;
        QTest::newRow("services not a list")
            << QByteArray("services: {a: b}\n") << 1 << 11 << u"“services” must be a list"_s;
        QTest::newRow("service not a map") << QByteArray("services:\n  - mastodon\n") << 2 << 5
                                           << u"each service must be a mapping"_s;
        QTest::newRow("unknown key")
            << (minimal + "    owner: alice\n") << 6 << 5 << u"unknown key “owner”"_s;
        QTest::newRow("duplicate key")
            << (minimal + "    name: Again\n") << 6 << 5 << u"the key “name” is given twice"_s;
        QTest::newRow("missing name") << QByteArray("services:\n  - id: a\n    purpose: p\n    "
                                                    "provider: x\n")
                                      << 2 << 5 << u"“name” is missing"_s;
        QTest::newRow("name is a list") << QByteArray("services:\n  - id: a\n    name: [x, y]\n"
                                                      "    purpose: p\n    provider: x\n")
                                        << 3 << 11 << u"“name” must be a single value"_s;
        QTest::newRow("bad id") << QByteArray("services:\n  - id: Mastodon Prod\n    name: n\n"
                                              "    purpose: p\n    provider: x\n")
                                << 2 << 9 << u"“id” must be lowercase"_s;
        QTest::newRow("duplicate id")
            << (minimal + minimal.mid(10)) << 6 << 9 << u"the id “mastodon” is used twice"_s;
        QTest::newRow("bad kind") << (minimal + "    kind: core\n") << 6 << 11
                                  << u"“kind” must be service or supporting"_s;
        QTest::newRow("nowhere") << QByteArray(
            "services:\n  - id: a\n    name: n\n    purpose: p\n")
                                 << 2 << 5 << u"neither where it runs"_s;
        QTest::newRow("runs_on unknown key")
            << QByteArray("services:\n  - id: a\n    name: n\n    purpose: p\n    runs_on:\n"
                          "      server: s\n      container: web\n")
            << 7 << 7 << u"unknown key “container”"_s;
        QTest::newRow("runs_on without server")
            << QByteArray("services:\n  - id: a\n    name: n\n    purpose: p\n    runs_on:\n"
                          "      unit: x.service\n")
            << 6 << 7 << u"“server” is missing"_s;
        QTest::newRow("bad unit") << QByteArray(
            "services:\n  - id: a\n    name: n\n    purpose: p\n"
            "    runs_on: {server: s, unit: backup}\n")
                                  << 5 << 32 << u"systemd unit name"_s;
        QTest::newRow("secrets not a list") << (minimal + "    secrets: mastodon-token/x\n") << 6
                                            << 14 << u"“secrets” must be a list"_s;
        QTest::newRow("secret value: token")
            << (minimal + "    secrets:\n      - n4i9wbp-G4AZ5d4AmuRy-2zJICzhI0pIVWBIFm9NjAs\n")
            << 7 << 9 << u"never their values"_s;
        QTest::newRow("secret value in a key name")
            << (minimal
                + "    secrets: [mastodon-token/n4i9wbpG4AZ5d4AmuRy2zJICzhI0pIVWBIFm9NjAs]\n")
            << 6 << 15 << u"looks like a random secret value"_s;
        QTest::newRow("secret value: github token")
            << (minimal + "    secrets: [ghp_abcdefghijklmnopqrstuvwxyz0123456789]\n") << 6 << 15
            << u"looks like a token"_s;
        QTest::newRow("secret value: S3 pair")
            << (minimal + "    secrets: [\"AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG\"]\n") << 6
            << 15 << u"looks like a token"_s;
        QTest::newRow("secret value: password")
            << (minimal + "    secrets: [\"correct horse battery staple\"]\n") << 6 << 15
            << u"not a keychain key name"_s;
        QTest::newRow("secret value: private key")
            << (minimal + "    secrets: [\"-----BEGIN OPENSSH PRIVATE KEY-----\"]\n") << 6 << 15
            << u"this is a private key"_s;
        QTest::newRow("link with password")
            << (minimal
                + "    links:\n      - {title: S3, url: \"https://key:secret@s3.example\"}\n")
            << 7 << 26 << u"password in it"_s;
        QTest::newRow("link not a URL") << (minimal + "    links:\n      - {title: W, url: wiki}\n")
                                        << 7 << 25 << u"http://, https:// or mailto:"_s;
        QTest::newRow("link without title") << (minimal + "    links:\n      - url: https://x\n")
                                            << 7 << 9 << u"“title” is missing"_s;
        QTest::newRow("newer version")
            << QByteArray("version: 2\nservices: []\n") << 1 << 10 << u"format version 2"_s;
        QTest::newRow("version not a number")
            << QByteArray("version: one\n") << 1 << 10 << u"“version” must be a number"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto map = parseServicesMap(yaml);
        QVERIFY(!map.ok());
        QVERIFY2(map.error().message.contains(message), qPrintable(map.error().toString()));
        QCOMPARE(map.error().line, line);
        QCOMPARE(map.error().column, column);
        // The located style: "message (line L, column C)".
        QVERIFY(map.error().toString().contains(u"line %1, column %2"_s.arg(line).arg(column)));
    }

    void secretValuesAreNeverQuoted()
    {
        const QByteArray token = "n4i9wbp-G4AZ5d4AmuRy-2zJICzhI0pIVWBIFm9NjAs";
        const auto map = parseServicesMap(minimal + "    secrets: [" + token + "]\n");
        QVERIFY(!map.ok());
        QVERIFY(!map.error().toString().contains(QString::fromLatin1(token)));
    }

    void secretNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isName");
        QTest::newRow("steward key") << u"mastodon-token/social.coop"_s << true;
        QTest::newRow("s3 key") << u"s3-access-key/backups.social.coop"_s << true;
        QTest::newRow("pass path") << u"pass/social.coop/registrar"_s << true;
        QTest::newRow("email in name") << u"ssh-password/root@social.coop"_s << true;
        QTest::newRow("no slash") << u"hunter2"_s << false;
        QTest::newRow("space") << u"pass/my password"_s << false;
        QTest::newRow("hex") << u"token/0123456789abcdef0123456789abcdef"_s << false;
        QTest::newRow("mixed random") << u"x/aZ3kP9qL2mN8vB4cX7zT1"_s << false;
        QTest::newRow("glpat") << u"glpat-xxxxxxxxxxxxxxxxxxxx"_s << false;
        QTest::newRow("url creds") << u"https://u:p@host/x"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void secretNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, isName);
        QCOMPARE(secretNameProblem(text).isEmpty(), isName);
    }

    void checkAgainstInventory()
    {
        const auto map = parseServicesMap(shipped());
        QVERIFY(map.ok());
        Server coop;
        coop.name = u"social.coop"_s;
        QVERIFY(map->checkAgainst({coop}).isEmpty());
        Server other;
        other.name = u"elsewhere"_s;
        const QList<Error> problems = map->checkAgainst({other});
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.first().message.contains(u"“social.coop”"_s));
        QCOMPARE(problems.first().line, map->service(u"mastodon"_s)->line);
    }

    void liveStateJoin_data()
    {
        QTest::addColumn<QString>("compose");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QStringList>("containers"); // service:state:health
        QTest::addColumn<QStringList>("units");      // id:load:active:result
        QTest::addColumn<LiveState>("expected");

        QTest::newRow("running") << u"web"_s << QString() << QStringList{u"web:running:healthy"_s}
                                 << QStringList{} << LiveState::Running;
        QTest::newRow("degraded") << u"sidekiq"_s << QString()
                                  << QStringList{u"sidekiq:running:"_s, u"sidekiq:exited:"_s}
                                  << QStringList{} << LiveState::Degraded;
        QTest::newRow("stopped") << u"web"_s << QString() << QStringList{u"web:exited:"_s}
                                 << QStringList{} << LiveState::Stopped;
        QTest::newRow("unhealthy")
            << u"web"_s << QString() << QStringList{u"web:running:unhealthy"_s} << QStringList{}
            << LiveState::Failed;
        QTest::newRow("missing") << u"web"_s << QString() << QStringList{u"db:running:"_s}
                                 << QStringList{} << LiveState::Missing;
        QTest::newRow("unknown") << u"web"_s << QString() << QStringList{} << QStringList{}
                                 << LiveState::Unknown;
        QTest::newRow("timer active")
            << QString() << u"pg-dump-to-s3.timer"_s << QStringList{u"web:running:"_s}
            << QStringList{u"pg-dump-to-s3.timer:loaded:active:success"_s} << LiveState::Running;
        QTest::newRow("unit failed")
            << QString() << u"pg-dump-to-s3.service"_s << QStringList{}
            << QStringList{u"pg-dump-to-s3.service:loaded:failed:exit-code"_s} << LiveState::Failed;
        QTest::newRow("unit not found")
            << QString() << u"x.service"_s << QStringList{}
            << QStringList{u"x.service:not-found:inactive:success"_s} << LiveState::Missing;
        QTest::newRow("both, worse wins")
            << u"web"_s << u"mastodon.service"_s << QStringList{u"web:running:"_s}
            << QStringList{u"mastodon.service:loaded:inactive:success"_s} << LiveState::Stopped;
    }

    void liveStateJoin()
    {
        QFETCH(QString, compose);
        QFETCH(QString, unit);
        QFETCH(QStringList, containers);
        QFETCH(QStringList, units);
        QFETCH(LiveState, expected);
        Service s;
        s.runsOn.server = u"lab"_s;
        s.runsOn.composeService = compose;
        s.runsOn.unit = unit;
        QList<Servers::ComposeService> cs;
        for (const QString &c : containers) {
            const QStringList f = c.split(u':');
            Servers::ComposeService x;
            x.service = f.at(0);
            x.state = f.at(1);
            x.health = f.at(2);
            cs.append(x);
        }
        QList<Servers::UnitInfo> us;
        for (const QString &u : units) {
            const QStringList f = u.split(u':');
            Servers::UnitInfo x;
            x.id = f.at(0);
            x.loadState = f.at(1);
            x.activeState = f.at(2);
            x.result = f.at(3);
            us.append(x);
        }
        QCOMPARE(liveState(s, cs, us), expected);
        Service nowhere;
        nowhere.provider = u"Gandi"_s;
        QCOMPARE(liveState(nowhere, cs, us), LiveState::NotOnServer);
    }
};

QTEST_GUILESS_MAIN(TestServicesMap)
#include "tst_servicesmap.moc"
