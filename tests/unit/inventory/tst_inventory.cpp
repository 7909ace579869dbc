// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory YAML format: what parses, what is refused (with line and column), and round trips.
#include "core/inventory/inventory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;

class TestInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesFullEntry()
    {
        const QByteArray yaml = "version: 1\n"
                                "servers:\n"
                                "  - name: social.coop\n"
                                "    host: 203.0.113.7\n"
                                "    port: 2222\n"
                                "    user: admin\n"
                                "    role: secondary\n"
                                "    compose_dir: /srv/mastodon\n"
                                "    public_url: https://social.coop\n"
                                "    identity_file: ~/.ssh/id_ed25519\n"
                                "    notes: |\n"
                                "      first line\n"
                                "      second line\n";
        const auto parsed = Inventory::parse(yaml);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed->size(), 1);
        const Server &s = parsed->first();
        QCOMPARE(s.name, u"social.coop"_s);
        QCOMPARE(s.host, u"203.0.113.7"_s);
        QCOMPARE(s.port, 2222);
        QCOMPARE(s.user, u"admin"_s);
        QCOMPARE(s.role, ServerRole::Secondary);
        QCOMPARE(s.composeDir, u"/srv/mastodon"_s);
        QCOMPARE(s.publicUrl, u"https://social.coop"_s);
        QCOMPARE(s.identityFile, u"~/.ssh/id_ed25519"_s);
        QCOMPARE(s.notes, u"first line\nsecond line\n"_s);
    }

    void appliesDefaults()
    {
        const auto parsed = Inventory::parse("servers:\n  - {name: a, host: b}\n");
        QVERIFY(parsed.ok());
        const Server &s = parsed->first();
        QCOMPARE(s.port, 22);
        QCOMPARE(s.role, ServerRole::Primary);
        QCOMPARE(s.composeDir, u"/opt/mastodon"_s);
        QVERIFY(s.user.isEmpty());
    }

    // The backup settings of a server (docs/backups.md): every key, and the defaults.
    void parsesBackupSettings()
    {
        const QByteArray yaml = "servers:\n"
                                "  - name: social.coop\n"
                                "    host: social.coop\n"
                                "    backup:\n"
                                "      endpoint: https://s3.example.org\n"
                                "      bucket: coop-backups\n"
                                "      prefix: postgres/\n"
                                "      region: eu-west-2\n"
                                "      addressing: virtual\n"
                                "      pattern: \"{server}/{database}_{timestamp}.sql.gz\"\n"
                                "      unit: backup.service\n"
                                "      database: mastodon\n"
                                "      psql: [psql, -h, /run/postgresql]\n"
                                "      fresh_hours: 30\n"
                                "      drill:\n"
                                "        host: spare\n"
                                "        max_age_days: 14\n"
                                "        work_dir: /srv/drill\n"
                                "        pg_host: 127.0.0.1\n"
                                "        pg_port: 5433\n"
                                "        pg_user: drill\n"
                                "        jobs: 2\n"
                                "  - name: spare\n"
                                "    host: spare.social.coop\n"
                                "    role: secondary\n";
        const auto parsed = Inventory::parse(yaml);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        const BackupSettings &b = parsed->first().backup;
        QVERIFY(b.configured());
        QCOMPARE(b.endpoint, u"https://s3.example.org"_s);
        QCOMPARE(b.bucket, u"coop-backups"_s);
        QCOMPARE(b.prefix, u"postgres/"_s);
        QCOMPARE(b.region, u"eu-west-2"_s);
        QCOMPARE(b.addressing, u"virtual"_s);
        QCOMPARE(b.pattern, u"{server}/{database}_{timestamp}.sql.gz"_s);
        QCOMPARE(b.unit, u"backup.service"_s);
        QCOMPARE(b.database, u"mastodon"_s);
        QCOMPARE(b.psql, (QStringList{u"psql"_s, u"-h"_s, u"/run/postgresql"_s}));
        QCOMPARE(b.freshHours, 30);
        QCOMPARE(b.drillHost, u"spare"_s);
        QCOMPARE(b.drillMaxAgeDays, 14);
        QCOMPARE(b.drillWorkDir, u"/srv/drill"_s);
        QCOMPARE(b.drillPgHost, u"127.0.0.1"_s);
        QCOMPARE(b.drillPgPort, 5433);
        QCOMPARE(b.drillPgUser, u"drill"_s);
        QCOMPARE(b.drillJobs, 2);
        QVERIFY(!parsed->at(1).backup.configured());

        const auto minimal = Inventory::parse(
            "servers:\n  - name: a\n    host: b\n    backup:\n      bucket: x\n");
        QVERIFY(minimal.ok());
        const BackupSettings &m = minimal->first().backup;
        QCOMPARE(m.freshHours, 26);
        QCOMPARE(m.pattern, u"{database}-{timestamp}.dump.gz"_s);
        QCOMPARE(m.unit, u"pg-dump-to-s3.service"_s);
        QCOMPARE(m.database, u"mastodon_production"_s);
        QCOMPARE(m.region, u"us-east-1"_s);
        QCOMPARE(m.drillMaxAgeDays, 30);
        QCOMPARE(m.psql.first(), u"docker"_s);
        QVERIFY(m.drillHost.isEmpty());
    }

    void emptyDocumentsAreEmptyInventories_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("only a comment") << QByteArray("# nothing yet\n");
        QTest::newRow("no servers") << QByteArray("version: 1\nservers:\n");
        QTest::newRow("empty list") << QByteArray("servers: []\n");
    }
    void emptyDocumentsAreEmptyInventories()
    {
        QFETCH(QByteArray, yaml);
        const auto parsed = Inventory::parse(yaml);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        QVERIFY(parsed->isEmpty());
    }

    void refusesWithPosition_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QTest::newRow("unclosed flow")
            << QByteArray("servers:\n  - {name: a, host: b\n") << u"not valid YAML"_s << 3 << 1;
        QTest::newRow("bad indentation") << QByteArray("servers:\n  - name: a\n     host: b\n")
                                         << u"not valid YAML"_s << 3 << 10;
        QTest::newRow("tab indentation")
            << QByteArray("servers:\n\t- name: a\n") << u"not valid YAML"_s << 2 << 2;
        QTest::newRow("typo in key") << QByteArray("servers:\n  - name: a\n    hots: b\n")
                                     << u"unknown key “hots”"_s << 3 << 5;
        QTest::newRow("unknown top key") << QByteArray("version: 1\nserver:\n  - name: a\n")
                                         << u"unknown key “server”"_s << 2 << 1;
        QTest::newRow("port not a number")
            << QByteArray("servers:\n  - name: a\n    host: b\n    port: ssh\n") << u"port"_s << 4
            << 11;
        QTest::newRow("port out of range")
            << QByteArray("servers:\n  - name: a\n    host: b\n    port: 70000\n") << u"port"_s << 4
            << 11;
        QTest::newRow("bad role") << QByteArray(
            "servers:\n  - name: a\n    host: b\n    role: leader\n")
                                  << u"role"_s << 4 << 11;
        QTest::newRow("missing host") << QByteArray("servers:\n  - name: a\n    user: root\n")
                                      << u"has no “host”"_s << 2 << 5;
        QTest::newRow("missing name")
            << QByteArray("servers:\n  - host: b\n") << u"no “name”"_s << 2 << 5;
        QTest::newRow("duplicate name")
            << QByteArray("servers:\n  - {name: a, host: b}\n  - {name: a, host: c}\n")
            << u"used twice"_s << 3 << 5;
        QTest::newRow("servers not a list")
            << QByteArray("servers: social.coop\n") << u"must be a list"_s << 1 << 10;
        QTest::newRow("server not a mapping")
            << QByteArray("servers:\n  - social.coop\n") << u"mapping"_s << 2 << 5;
        QTest::newRow("list value for host")
            << QByteArray("servers:\n  - name: a\n    host: [b, c]\n") << u"single value"_s << 3
            << 11;
        QTest::newRow("root is a list") << QByteArray("- a\n- b\n") << u"mapping"_s << 1 << 1;
        const QByteArray backup = "servers:\n  - name: a\n    host: b\n    backup:\n";
        QTest::newRow("backup without bucket")
            << QByteArray(backup + "      region: x\n") << u"no “bucket”"_s << 5 << 7;
        QTest::newRow("backup not a map")
            << QByteArray(backup + "      - bucket\n") << u"“backup” must be a mapping"_s << 5 << 7;
        QTest::newRow("backup typo") << QByteArray(backup + "      bucket: x\n      bukcet: y\n")
                                     << u"unknown key “bukcet”"_s << 6 << 7;
        QTest::newRow("fresh hours not a number")
            << QByteArray(backup + "      bucket: x\n      fresh_hours: soon\n")
            << u"“fresh_hours” must be a number from 1"_s << 6 << 20;
        QTest::newRow("pattern without timestamp")
            << QByteArray(backup + "      bucket: x\n      pattern: \"{database}.gz\"\n")
            << u"{timestamp}"_s << 6 << 16;
        QTest::newRow("endpoint not a URL")
            << QByteArray(backup + "      bucket: x\n      endpoint: s3.example.org\n")
            << u"http:// or https://"_s << 6 << 17;
        QTest::newRow("psql not a list")
            << QByteArray(backup + "      bucket: x\n      psql: psql -U postgres\n")
            << u"list of arguments"_s << 6 << 13;
        QTest::newRow("bad addressing")
            << QByteArray(backup + "      bucket: x\n      addressing: dns\n")
            << u"path or virtual"_s << 6 << 19;
        QTest::newRow("drill typo")
            << QByteArray(backup + "      bucket: x\n      drill:\n        hots: a\n")
            << u"unknown key “hots”"_s << 7 << 9;
        QTest::newRow("drill relative work dir")
            << QByteArray(backup + "      bucket: x\n      drill:\n        work_dir: tmp\n")
            << u"absolute path"_s << 7 << 19;
        QTest::newRow("drill port out of range")
            << QByteArray(backup + "      bucket: x\n      drill:\n        pg_port: 70000\n")
            << u"“pg_port” must be a number from 1 to 65535"_s << 7 << 18;
        QTest::newRow("unknown drill host")
            << QByteArray(backup + "      bucket: x\n      drill:\n        host: nowhere\n")
            << u"the drill host “nowhere” is not a server"_s << 2 << 5;
        QTest::newRow("newer format")
            << QByteArray("version: 2\nservers: []\n") << u"format version 2"_s << 1 << 10;
    }
    void refusesWithPosition()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, messagePart);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto parsed = Inventory::parse(yaml);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
        QCOMPARE(parsed.error().line, line);
        QCOMPARE(parsed.error().column, column);
        QVERIFY(parsed.error().toString().contains(u"line %1, column %2"_s.arg(line).arg(column)));
    }

    void refusesBinaryAndHugeInput()
    {
        QByteArray binary("servers:\n  - name: a\0b\n", 24);
        QVERIFY(Inventory::parse(binary).error().message.contains(u"binary"_s));
        QVERIFY(Inventory::parse("servers: [\xff\xfe]\n").error().message.contains(u"UTF-8"_s));
        QByteArray huge(Inventory::maxFileSize + 1, '#');
        QVERIFY(Inventory::parse(huge).error().message.contains(u"MiB"_s));
    }

    void roundTrips()
    {
        Server a;
        a.name = u"social.coop"_s;
        a.host = u"social.coop"_s;
        a.user = u"root"_s;
        a.notes = u"Two lines,\nwith “quotes”: and a # hash\n"_s;
        a.publicUrl = u"https://social.coop"_s;
        Server b;
        b.name = u"Ünïcödé staging: “test”"_s;
        b.host = u"::1"_s;
        b.port = 2200;
        b.role = ServerRole::Staging;
        b.composeDir = u"/home/mastodon/live"_s;
        b.identityFile = u"/home/me/.ssh/id_ecdsa"_s;
        b.notes = u"- looks like a list item"_s;
        Server c;
        c.name = u"yes"_s; // YAML 1.1 booleans must stay strings
        c.host = u"0123"_s;
        a.backup.bucket = u"coop-backups"_s;
        a.backup.endpoint = u"https://s3.example.org"_s;
        a.backup.prefix = u"pg/"_s;
        a.backup.pattern = u"{server}/{database}-{timestamp}.dump.gz"_s;
        a.backup.psql = {u"psql"_s, u"-U"_s, u"mastodon's"_s};
        a.backup.freshHours = 30;
        a.backup.drillHost = u"yes"_s;
        a.backup.drillWorkDir = u"/srv/drill"_s;
        a.backup.drillPgHost = u"127.0.0.1"_s;
        a.backup.drillJobs = 3;
        c.backup.bucket = u"true"_s;
        const ServerList servers{a, b, c};
        const QByteArray yaml = Inventory::serialize(servers);
        const auto parsed = Inventory::parse(yaml);
        QVERIFY2(parsed.ok(),
                 qPrintable(parsed.error().toString() + u"\n"_s + QString::fromUtf8(yaml)));
        QCOMPARE(parsed.value(), servers);
        QVERIFY(yaml.startsWith("# Steward inventory"));
        QVERIFY(yaml.contains("version: 1"));
    }

    void validates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("composeDir");
        QTest::addColumn<bool>("valid");
        QTest::newRow("fine") << u"a"_s << u"h"_s << 22 << u"/opt/mastodon"_s << true;
        QTest::newRow("no name") << u" "_s << u"h"_s << 22 << u"/opt/mastodon"_s << false;
        QTest::newRow("no host") << u"a"_s << QString() << 22 << u"/opt/mastodon"_s << false;
        QTest::newRow("host with space") << u"a"_s << u"h h"_s << 22 << u"/opt/mastodon"_s << false;
        QTest::newRow("port 0") << u"a"_s << u"h"_s << 0 << u"/opt/mastodon"_s << false;
        QTest::newRow("relative dir") << u"a"_s << u"h"_s << 22 << u"mastodon"_s << false;
    }
    void validates()
    {
        QFETCH(QString, name);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, composeDir);
        QFETCH(bool, valid);
        Server s;
        s.name = name;
        s.host = host;
        s.port = port;
        s.composeDir = composeDir;
        QCOMPARE(Inventory::validate(s).isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
