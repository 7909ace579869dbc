// SPDX-License-Identifier: GPL-3.0-or-later
// The Ansible inventory import: the reader of `ansible-inventory --list` over outputs of the real tool
// (recorded in tests/data/inventory/ansible/*.list.json from the inventories beside them), Steward's own
// INI and YAML readers over the same inventories (they must find what Ansible finds), their errors on
// malformed files, host ranges, the variables a server is made of, and the merge without duplicates.
#include "core/inventory/ansibleinventory.h"
#include "core/inventory/serverimport.h"

#include <QFile>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Steward;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(STEWARD_TEST_DATA "/inventory/ansible/") + name;
}

QByteArray data(const QString &name)
{
    QFile f(dataPath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Server server(const QString &name,
              const QString &host,
              int port,
              const QString &user,
              const QString &identity,
              const QString &notes)
{
    Server s;
    s.name = name;
    s.host = host;
    s.port = port;
    s.user = user;
    s.identityFile = identity;
    s.notes = notes;
    return s;
}

// What Ansible makes of docs.ini and docs.yml (ansible-core 2.19's ansible-inventory --list).
ServerList docsServers(const QString &file)
{
    const auto from = [&file](const QString &groups) {
        return groups.isEmpty() ? u"Imported from %1."_s.arg(file)
                                : u"Imported from %1 (groups: %2)."_s.arg(file, groups);
    };
    return {
        server(u"mail.example.com"_s, u"mail.example.com"_s, 22, {}, {}, from({})),
        server(u"foo.example.com"_s, u"foo.example.com"_s, 22, {}, {}, from(u"webservers"_s)),
        server(u"bar.example.com"_s, u"bar.example.com"_s, 22, {}, {}, from(u"webservers"_s)),
        server(u"www01.example.com"_s, u"www01.example.com"_s, 22, {}, {}, from(u"webservers"_s)),
        server(u"www02.example.com"_s, u"www02.example.com"_s, 22, {}, {}, from(u"webservers"_s)),
        server(u"www03.example.com"_s, u"www03.example.com"_s, 22, {}, {}, from(u"webservers"_s)),
        server(u"one.example.com"_s, u"one.example.com"_s, 22, {}, {}, from(u"dbservers"_s)),
        server(u"two.example.com"_s, u"two.example.com"_s, 22, {}, {}, from(u"dbservers"_s)),
        server(u"db-a.example.com"_s, u"db-a.example.com"_s, 22, {}, {}, from(u"dbservers"_s)),
        server(u"db-b.example.com"_s, u"db-b.example.com"_s, 22, {}, {}, from(u"dbservers"_s)),
        server(u"db-c.example.com"_s, u"db-c.example.com"_s, 22, {}, {}, from(u"dbservers"_s)),
        server(u"host1"_s, u"host1"_s, 22, u"deploy"_s, {}, from(u"atlanta"_s)),
        server(u"host2"_s, u"host2"_s, 22, u"deploy"_s, {}, from(u"atlanta"_s)),
        server(u"host3"_s, u"192.0.2.30"_s, 22, u"deploy"_s, {}, from(u"raleigh"_s)),
        server(u"jumper"_s, u"192.0.2.50"_s, 5555, {}, {}, from(u"other"_s)),
        server(u"badwolf.example.com"_s, u"badwolf.example.com"_s, 5309, {}, {}, from(u"other"_s)),
    };
}

// What Ansible makes of project/hosts.ini and yamlproject/hosts.yml with their group_vars/ and host_vars/.
ServerList fleetServers(const QString &file)
{
    const QString key = u"~/.ssh/coop_ed25519"_s;
    return {
        server(u"social.coop"_s,
               u"203.0.113.10"_s,
               2222,
               u"root"_s,
               key,
               u"Imported from %1 (groups: mastodon)."_s.arg(file)),
        server(u"staging.social.coop"_s,
               u"staging.social.coop"_s,
               2222,
               u"staging"_s,
               key,
               u"Imported from %1 (groups: mastodon)."_s.arg(file)),
        server(u"backup-1"_s,
               u"198.51.100.7"_s,
               22,
               u"admin"_s,
               key,
               u"Imported from %1 (groups: backup)."_s.arg(file)),
    };
}

QString describe(const ServerList &list)
{
    QStringList lines;
    for (const Server &s : list)
        lines.append(u"%1 %2:%3 %4 %5 | %6"_s.arg(s.name, s.host)
                         .arg(s.port)
                         .arg(s.user, s.identityFile, s.notes));
    return lines.join(u'\n');
}

} // namespace

class TestAnsibleInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inventoryJson_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<ServerList>("expected");
        QTest::addColumn<int>("warnings");
        QTest::newRow("docs ini") << u"docs.ini.list.json"_s << docsServers(u"docs.ini"_s) << 1;
        QTest::newRow("docs yaml") << u"docs.yml.list.json"_s << docsServers(u"docs.yml"_s) << 1;
        QTest::newRow("fleet ini")
            << u"project/hosts.ini.list.json"_s << fleetServers(u"hosts.ini"_s) << 0;
        QTest::newRow("fleet yaml")
            << u"yamlproject/hosts.yml.list.json"_s << fleetServers(u"hosts.yml"_s) << 0;
    }
    void inventoryJson()
    {
        QFETCH(QString, json);
        QFETCH(ServerList, expected);
        QFETCH(int, warnings);
        const QByteArray text = data(json);
        QVERIFY(!text.isEmpty());
        const QString source = json.section(u'/', -1).section(u".list.json"_s, 0, 0);
        const auto result = Ansible::fromInventoryJson(text, source);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->method, AnsibleImport::Method::AnsibleInventory);
        QVERIFY2(result->servers == expected,
                 qPrintable(describe(result->servers) + u"\n---\n"_s + describe(expected)));
        QCOMPARE(result->warnings.size(), warnings);
        if (warnings)
            QVERIFY2(result->warnings.first().contains(
                         u"localhost: not an SSH host (ansible_connection=local)"_s),
                     qPrintable(result->warnings.first()));
    }

    // Steward's own readers find what ansible-inventory finds, on the same files.
    void fallbackAgreesWithAnsible_data()
    {
        QTest::addColumn<QString>("inventory");
        QTest::newRow("docs ini") << u"docs.ini"_s;
        QTest::newRow("docs yaml") << u"docs.yml"_s;
        QTest::newRow("fleet ini with group_vars") << u"project/hosts.ini"_s;
        QTest::newRow("fleet yaml with group_vars") << u"yamlproject/hosts.yml"_s;
    }
    void fallbackAgreesWithAnsible()
    {
        QFETCH(QString, inventory);
        const QString source = inventory.section(u'/', -1);
        const auto ansible = Ansible::fromInventoryJson(data(inventory + u".list.json"_s), source);
        QVERIFY(ansible.ok());

        AnsibleInventoryReader reader;
        reader.setProgram(QString()); // as when ansible-inventory is not installed
        std::optional<Result<AnsibleImport>> got;
        int count = 0;
        connect(&reader,
                &AnsibleInventoryReader::finished,
                this,
                [&got, &count](const Result<AnsibleImport> &r) {
                    got = r;
                    ++count;
                });
        reader.start(dataPath(inventory));
        QVERIFY(reader.isRunning());
        QCOMPARE(count, 0); // never synchronously
        QTRY_COMPARE_WITH_TIMEOUT(count, 1, 10000);
        const Result<AnsibleImport> &result = *got;
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(result->method,
                 inventory.endsWith(u".yml"_s) ? AnsibleImport::Method::YamlFile
                                               : AnsibleImport::Method::IniFile);
        QVERIFY(result->methodDescription().contains(u"not installed"_s));
        QVERIFY2(result->servers == ansible->servers,
                 qPrintable(describe(result->servers) + u"\n---\n"_s + describe(ansible->servers)));
        QCOMPARE(result->warnings, ansible->warnings);
        QVERIFY(!reader.isRunning());
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray full = data(u"project/hosts.ini.list.json"_s);
        QTest::newRow("cut short") << full.left(full.size() / 2) << u"not valid JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("a list") << QByteArray("[]") << u"not a JSON object"_s;
        QTest::newRow("no all") << QByteArray(R"({"_meta":{"hostvars":{}}})")
                                << u"no “all” group"_s;
        QTest::newRow("meta without hostvars")
            << QByteArray(R"({"_meta":{},"all":{"children":[]}})") << u"without “hostvars”"_s;
    }
    void malformedJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto result = Ansible::fromInventoryJson(json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
    }

    void emptyInventorySaysSo()
    {
        const auto result = Ansible::fromInventoryJson(
            R"({"_meta":{"hostvars":{}},"all":{"children":["ungrouped"]}})");
        QVERIFY(result.ok());
        QVERIFY(result->servers.isEmpty());
        QCOMPARE(result->warnings, QStringList{u"The inventory names no host."_s});
    }

    void ini_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("hosts"); // "host:port user"
        QTest::newRow("ungrouped and a group")
            << QByteArray("a.example\n\n[web]\nb.example\n")
            << QStringList{u"a.example"_s, u"b.example"_s}
            << QStringList{u"a.example:22 "_s, u"b.example:22 "_s};
        QTest::newRow("quoted and commented") << QByteArray(
            "[web]\nweb1 ansible_host=\"192.0.2.1\" ansible_user='deploy'  # the web\n"
            "; a comment\n# another\n") << QStringList{u"web1"_s}
                                              << QStringList{u"192.0.2.1:22 deploy"_s};
        QTest::newRow("group vars with spaces and quotes")
            << QByteArray(
                   "[web]\nweb1\n\n[web:vars]\nansible_user = \"admin\"\nansible_port=2200\n")
            << QStringList{u"web1"_s} << QStringList{u"web1:2200 admin"_s};
        QTest::newRow("host vars win over group vars")
            << QByteArray("[web:vars]\nansible_user=admin\n[web]\nweb1 ansible_user=root\nweb2\n")
            << QStringList{u"web1"_s, u"web2"_s}
            << QStringList{u"web1:22 root"_s, u"web2:22 admin"_s};
        QTest::newRow("child group vars win over parent's")
            << QByteArray("[all:vars]\nansible_user=a\n[parent:vars]\nansible_user=b\n"
                          "[parent:children]\nchild\n[child:vars]\nansible_user=c\n[child]\nh1\n"
                          "[parent]\nh2\n[other]\nh3\n")
            << QStringList{u"h1"_s, u"h2"_s, u"h3"_s}
            << QStringList{u"h1:22 c"_s, u"h2:22 b"_s, u"h3:22 a"_s};
        QTest::newRow("ranges") << QByteArray("[web]\nweb[8:10]\ndb[a:b]-[1:2]\nn[0:4:2]\n")
                                << QStringList{u"web8"_s,
                                               u"web9"_s,
                                               u"web10"_s,
                                               u"dba-1"_s,
                                               u"dba-2"_s,
                                               u"dbb-1"_s,
                                               u"dbb-2"_s,
                                               u"n0"_s,
                                               u"n2"_s,
                                               u"n4"_s}
                                << QStringList{};
        QTest::newRow("host:port and IPv6")
            << QByteArray("h.example:2201\n[2001:db8::1]:2202\n2001:db8::3\n")
            << QStringList{u"h.example"_s, u"2001:db8::1"_s, u"2001:db8::3"_s}
            << QStringList{u"h.example:2201 "_s, u"2001:db8::1:2202 "_s, u"2001:db8::3:22 "_s};
        QTest::newRow("older variable names")
            << QByteArray(
                   "old ansible_ssh_host=192.0.2.9 ansible_ssh_port=2022 ansible_ssh_user=u\n")
            << QStringList{u"old"_s} << QStringList{u"192.0.2.9:2022 u"_s};
        QTest::newRow("empty") << QByteArray("# nothing\n") << QStringList{} << QStringList{};
    }
    void ini()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, names);
        QFETCH(QStringList, hosts);
        const auto result = Ansible::parseIni(text);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QStringList gotNames, gotHosts;
        for (const Server &s : result->servers) {
            gotNames.append(s.name);
            gotHosts.append(u"%1:%2 %3"_s.arg(s.host).arg(s.port).arg(s.user));
        }
        QCOMPARE(gotNames, names);
        if (!hosts.isEmpty())
            QCOMPARE(gotHosts, hosts);
        if (names.isEmpty())
            QCOMPARE(result->warnings, QStringList{u"The inventory names no host."_s});
    }

    void malformedIni_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed section")
            << QByteArray("a\n[web\nb\n") << 2 << u"invalid section"_s;
        QTest::newRow("spaces in a section")
            << QByteArray("[web servers]\n") << 1 << u"invalid section"_s;
        QTest::newRow("unknown section type")
            << QByteArray("[web]\nw\n[web:hosts]\n") << 3 << u"unknown type “hosts”"_s;
        QTest::newRow("vars without =") << QByteArray("[web:vars]\nansible_user=a\nansible_port\n")
                                        << 3 << u"expected key=value"_s;
        QTest::newRow("host var without =") << QByteArray("[web]\nweb1 ansible_port 22\n") << 2
                                            << u"expected key=value host variable"_s;
        QTest::newRow("unclosed quote")
            << QByteArray("\n[web]\nweb1 ansible_user=\"admin\n") << 3 << u"unclosed quote"_s;
        QTest::newRow("two groups on a children line")
            << QByteArray("[all:children]\na b\n") << 2 << u"one group name"_s;
        QTest::newRow("backwards range")
            << QByteArray("web[5:1]\n") << 1 << u"ends before it begins"_s;
        QTest::newRow("range without end") << QByteArray("web[01:\n") << 1 << u"without “]”"_s;
        QTest::newRow("mixed range") << QByteArray("web[a:9]\n") << 1 << u"mixes letters"_s;
    }
    void malformedIni()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, error);
        const auto result = Ansible::parseIni(text);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().line, line);
        QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
    }

    void malformedYaml_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray("") << 0 << u"empty"_s;
        QTest::newRow("a list") << QByteArray("- all\n") << 1 << u"mapping of groups"_s;
        QTest::newRow("hosts as a list")
            << QByteArray("all:\n  hosts:\n    - web1\n") << 3 << u"“hosts” of group “all”"_s;
        QTest::newRow("group as a list") << QByteArray("all:\n  children:\n    web: [a]\n") << 3
                                         << u"group “web” must be a mapping"_s;
        QTest::newRow("bad syntax")
            << QByteArray("all:\n  hosts:\n    web1: {a: 1\n") << 4 << u""_s;
        QTest::newRow("bad range")
            << QByteArray("all:\n  hosts:\n    web[3:1]:\n") << 3 << u"ends before it begins"_s;
    }
    void malformedYaml()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, error);
        const auto result = Ansible::parseYaml(text);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
        if (line > 0)
            QCOMPARE(result.error().line, line);
    }

    void yamlWarnings()
    {
        const auto result = Ansible::parseYaml(
            "all:\n  hosts:\n    a:\n      ansible_port: [1, 2]\n"
            "  bogus: 1\n");
        QVERIFY(result.ok());
        QCOMPARE(result->servers.size(), 1);
        QCOMPARE(result->servers.first().port, 22);
        QCOMPARE(result->warnings.size(), 2);
        QVERIFY(result->warnings.at(0).contains(u"ansible_port is not a single value"_s));
        QVERIFY(result->warnings.at(1).contains(u"unexpected key “bogus”"_s));
    }

    void hostPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("hosts");
        QTest::newRow("plain") << u"web.example"_s << QStringList{u"web.example"_s};
        QTest::newRow("padded") << u"www[01:03].example.com"_s
                                << QStringList{u"www01.example.com"_s,
                                               u"www02.example.com"_s,
                                               u"www03.example.com"_s};
        QTest::newRow("padding kept past 9")
            << u"n[08:10]"_s << QStringList{u"n08"_s, u"n09"_s, u"n10"_s};
        QTest::newRow("letters") << u"db-[a:c]"_s << QStringList{u"db-a"_s, u"db-b"_s, u"db-c"_s};
        QTest::newRow("step") << u"[0:8:4]"_s << QStringList{u"0"_s, u"4"_s, u"8"_s};
        QTest::newRow("empty start") << u"x[:2]"_s << QStringList{u"x0"_s, u"x1"_s, u"x2"_s};
        QTest::newRow("two ranges")
            << u"r[1:2]c[a:b]"_s << QStringList{u"r1ca"_s, u"r1cb"_s, u"r2ca"_s, u"r2cb"_s};
        QTest::newRow("IPv6") << u"[2001:db8::1]"_s << QStringList{u"[2001:db8::1]"_s};
    }
    void hostPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, hosts);
        QString error;
        QCOMPARE(Ansible::expandHostPattern(pattern, &error), hosts);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void serverFromVars_data()
    {
        QTest::addColumn<Ansible::Vars>("vars");
        QTest::addColumn<QString>("expected"); // "host:port user key" or the error's words
        QTest::addColumn<bool>("ok");
        using V = Ansible::Vars;
        QTest::newRow("nothing") << V{} << u"h:22  "_s << true;
        QTest::newRow("all four") << V{{u"ansible_host"_s, u"192.0.2.1"_s},
                                       {u"ansible_port"_s, u"2222"_s},
                                       {u"ansible_user"_s, u"root"_s},
                                       {u"ansible_ssh_private_key_file"_s, u"/k"_s}}
                                  << u"192.0.2.1:2222 root /k"_s << true;
        QTest::newRow("new names win") << V{{u"ansible_host"_s, u"new"_s},
                                            {u"ansible_ssh_host"_s, u"old"_s},
                                            {u"ansible_private_key_file"_s, u"/k2"_s}}
                                       << u"new:22  /k2"_s << true;
        QTest::newRow("ssh connection")
            << V{{u"ansible_connection"_s, u"ssh"_s}} << u"h:22  "_s << true;
        QTest::newRow("local") << V{{u"ansible_connection"_s, u"local"_s}} << u"not an SSH host"_s
                               << false;
        QTest::newRow("winrm") << V{{u"ansible_connection"_s, u"winrm"_s}}
                               << u"ansible_connection=winrm"_s << false;
        QTest::newRow("template host") << V{{u"ansible_host"_s, u"{{ lookup('env', 'H') }}"_s}}
                                       << u"ansible_host is a template"_s << false;
        QTest::newRow("template user")
            << V{{u"ansible_user"_s, u"{{ me }}"_s}} << u"ansible_user is a template"_s << false;
        QTest::newRow("port word")
            << V{{u"ansible_port"_s, u"ssh"_s}} << u"is not a port number"_s << false;
        QTest::newRow("port too big")
            << V{{u"ansible_ssh_port"_s, u"70000"_s}}
            << u"ansible_ssh_port “70000” is not a port number"_s << false;
    }
    void serverFromVars()
    {
        QFETCH(Ansible::Vars, vars);
        QFETCH(QString, expected);
        QFETCH(bool, ok);
        const auto result = Ansible::serverFromVars(u"h"_s, vars, {u"g"_s}, u"hosts"_s);
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(u"%1:%2 %3 %4"_s.arg(result->host)
                         .arg(result->port)
                         .arg(result->user, result->identityFile),
                     expected);
            QCOMPARE(result->notes, u"Imported from hosts (groups: g)."_s);
        } else {
            QVERIFY2(result.error().message.startsWith(u"h: "_s),
                     qPrintable(result.error().message));
            QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        }
    }

    void looksLikeYaml_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("yaml");
        QTest::newRow("yml") << u"hosts.yml"_s << QByteArray("[web]\n") << true;
        QTest::newRow("ini") << u"hosts.ini"_s << QByteArray("all:\n") << false;
        QTest::newRow("bare yaml")
            << u"hosts"_s << QByteArray("# fleet\n\nall:\n  hosts:\n") << true;
        QTest::newRow("document start") << u"inventory"_s << QByteArray("---\nall:\n") << true;
        QTest::newRow("bare ini") << u"hosts"_s << QByteArray("; fleet\n[web]\nw1\n") << false;
        QTest::newRow("bare host") << u"hosts"_s << QByteArray("mail.example.com\n") << false;
        QTest::newRow("host:port") << u"hosts"_s << QByteArray("mail.example.com:2222\n") << false;
    }
    void looksLikeYaml()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(bool, yaml);
        QCOMPARE(Ansible::looksLikeYaml(file, text), yaml);
    }

    void duplicates_data()
    {
        QTest::addColumn<Server>("candidate");
        QTest::addColumn<QString>("duplicateOf");
        const ServerList existing{server(u"social.coop"_s, u"social.coop"_s, 22, u"root"_s, {}, {}),
                                  server(u"lab"_s, u"127.0.0.1"_s, 2222, u"me"_s, {}, {})};
        Q_UNUSED(existing);
        QTest::newRow("same name")
            << server(u"social.coop"_s, u"elsewhere"_s, 22, {}, {}, {}) << u"social.coop"_s;
        QTest::newRow("same account")
            << server(u"prod"_s, u"SOCIAL.coop"_s, 22, u"root"_s, {}, {}) << u"social.coop"_s;
        QTest::newRow("other user")
            << server(u"prod"_s, u"social.coop"_s, 22, u"admin"_s, {}, {}) << QString();
        QTest::newRow("other port")
            << server(u"prod"_s, u"social.coop"_s, 2222, u"root"_s, {}, {}) << QString();
        QTest::newRow("lab by address")
            << server(u"lab2"_s, u"127.0.0.1"_s, 2222, u"me"_s, {}, {}) << u"lab"_s;
    }
    void duplicates()
    {
        QFETCH(Server, candidate);
        QFETCH(QString, duplicateOf);
        const ServerList existing{server(u"social.coop"_s, u"social.coop"_s, 22, u"root"_s, {}, {}),
                                  server(u"lab"_s, u"127.0.0.1"_s, 2222, u"me"_s, {}, {})};
        QCOMPARE(Steward::duplicateOf(candidate, existing), duplicateOf);
        QCOMPARE(withoutDuplicates({candidate}, existing).size(), duplicateOf.isEmpty() ? 1 : 0);
    }

    void withoutDuplicatesAmongCandidates()
    {
        const ServerList candidates{server(u"a"_s, u"h"_s, 22, u"u"_s, {}, {}),
                                    server(u"b"_s, u"H"_s, 22, u"u"_s, {}, {}), // same account as a
                                    server(u"a"_s, u"other"_s, 22, {}, {}, {}), // same name as a
                                    server(u"c"_s, u"h"_s, 23, u"u"_s, {}, {})};
        const ServerList kept = withoutDuplicates(candidates, {});
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).name, u"a"_s);
        QCOMPARE(kept.at(1).name, u"c"_s);
    }
};

QTEST_GUILESS_MAIN(TestAnsibleInventory)
#include "tst_ansibleinventory.moc"
