// SPDX-License-Identifier: GPL-3.0-or-later
// AnsibleInventoryReader with the real ansible-inventory (ansible-core, installed in the build root): INI and
// YAML inventories with group_vars/ and host_vars/, what ansible-inventory refuses (an unparseable file is
// an error, not an empty inventory), templated variables; and with stand-in programs: a hung one (the
// timeout), a failing one (its message), its warnings, a cancel. A test that cannot find ansible-inventory
// fails: the import must be tested with the real tool.
#include "core/inventory/ansibleinventory.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Steward;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(STEWARD_TEST_DATA "/inventory/ansible/") + name;
}

} // namespace

class TestAnsibleImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Outcome
    {
        std::optional<Result<AnsibleImport>> result;
        int count = 0;
    };

    // Starts the reader and waits for its one answer.
    std::shared_ptr<Outcome> read(AnsibleInventoryReader &reader,
                                  const QString &path,
                                  int timeoutMs = 60000)
    {
        auto outcome = std::make_shared<Outcome>();
        connect(&reader,
                &AnsibleInventoryReader::finished,
                this,
                [outcome](const Result<AnsibleImport> &r) {
                    outcome->result = r;
                    ++outcome->count;
                });
        reader.start(path);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome->count > 0, timeoutMs); }();
        return outcome;
    }
    QString write(const QString &name, const QByteArray &content, bool executable = false)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        f.close();
        if (executable)
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }
    static QStringList names(const ServerList &servers)
    {
        QStringList list;
        for (const Server &s : servers)
            list.append(s.name);
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(
            !QStandardPaths::findExecutable(u"ansible-inventory"_s).isEmpty(),
            "ansible-inventory (ansible-core) is not installed: the import must be tested with it");
    }

    void realTool_data()
    {
        QTest::addColumn<QString>("inventory");
        QTest::newRow("INI with group_vars and host_vars") << u"project/hosts.ini"_s;
        QTest::newRow("YAML with group_vars") << u"yamlproject/hosts.yml"_s;
    }
    void realTool()
    {
        QFETCH(QString, inventory);
        AnsibleInventoryReader reader;
        const auto outcome = read(reader, dataPath(inventory));
        QCOMPARE(outcome->count, 1);
        const Result<AnsibleImport> &result = *outcome->result;
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(result->method, AnsibleImport::Method::AnsibleInventory);
        QVERIFY(result->program.endsWith(u"/ansible-inventory"_s));
        QVERIFY(result->methodDescription().contains(u"ansible-inventory"_s));
        QCOMPARE(names(result->servers),
                 QStringList({u"social.coop"_s, u"staging.social.coop"_s, u"backup-1"_s}));
        // host_vars/ over the group's group_vars/ over its parent's; inline over all of them.
        const Server &coop = result->servers.at(0);
        QCOMPARE(coop.host, u"203.0.113.10"_s);
        QCOMPARE(coop.port, 2222);
        QCOMPARE(coop.user, u"root"_s);
        QCOMPARE(coop.identityFile, u"~/.ssh/coop_ed25519"_s);
        QCOMPARE(result->servers.at(1).user, u"staging"_s);
        const Server &backup = result->servers.at(2);
        QCOMPARE(backup.host, u"198.51.100.7"_s);
        QCOMPARE(backup.port, 22);
        QCOMPARE(backup.user, u"admin"_s);
        // And Steward's own reader agrees on the same files.
        AnsibleInventoryReader fallback;
        fallback.setProgram(QString());
        const auto own = read(fallback, dataPath(inventory));
        QVERIFY(own->result->ok());
        QVERIFY(own->result->value().servers == result->servers);
    }

    void templatedValuesAreLeftOut()
    {
        const QString path
            = write(u"templated.yml"_s,
                    "all:\n  hosts:\n    a.example:\n      ansible_host: \"{{ lookup('env', "
                    "'A_HOST') }}\"\n    b.example:\n      ansible_port: 2200\n");
        AnsibleInventoryReader reader;
        const auto outcome = read(reader, path);
        QVERIFY2(outcome->result->ok(), qPrintable(outcome->result->error().toString()));
        QCOMPARE(names(outcome->result->value().servers), QStringList{u"b.example"_s});
        QCOMPARE(outcome->result->value().servers.first().port, 2200);
        QVERIFY2(outcome->result->value().warnings.join(u'\n').contains(
                     u"a.example: ansible_host is a template"_s),
                 qPrintable(outcome->result->value().warnings.join(u'\n')));
    }

    void unparseableIsAnError_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("INI") << u"broken"_s << QByteArray("[web\nw1\n");
        QTest::newRow("YAML") << u"broken.yml"_s << QByteArray("all:\n  hosts:\n    - w1\n");
    }
    void unparseableIsAnError()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        const QString path = write(name, content);
        AnsibleInventoryReader reader;
        const auto outcome = read(reader, path);
        QVERIFY(!outcome->result->ok());
        QVERIFY2(outcome->result->error().message.startsWith(u"ansible-inventory failed"_s),
                 qPrintable(outcome->result->error().message));
        QVERIFY2(outcome->result->error().message.contains(name),
                 qPrintable(outcome->result->error().message));
        // The fallback refuses it too, with the line.
        AnsibleInventoryReader fallback;
        fallback.setProgram(QString());
        const auto own = read(fallback, path);
        QVERIFY(!own->result->ok());
        QVERIFY2(own->result->error().toString().contains(u"line "_s),
                 qPrintable(own->result->error().toString()));
    }

    void missingFile()
    {
        AnsibleInventoryReader reader;
        const auto outcome = read(reader, m_dir.filePath(u"nowhere.ini"_s));
        QVERIFY(!outcome->result->ok());
        QVERIFY(outcome->result->error().message.contains(u"does not exist"_s));
    }

    void hungProgramTimesOut()
    {
        const QString program = write(u"hung-ansible-inventory"_s,
                                      "#!/bin/sh\nexec sleep 600\n",
                                      true);
        AnsibleInventoryReader reader;
        reader.setProgram(program);
        reader.setTimeoutMs(500);
        const auto outcome = read(reader, dataPath(u"docs.ini"_s), 10000);
        QVERIFY(!outcome->result->ok());
        QVERIFY2(outcome->result->error().message.contains(u"did not answer"_s),
                 qPrintable(outcome->result->error().message));
        QVERIFY(!reader.isRunning());
    }

    void failingProgramSaysWhy()
    {
        const QString program = write(u"failing-ansible-inventory"_s,
                                      "#!/bin/sh\necho '[WARNING]: a warning' >&2\n"
                                      "echo '[ERROR]: Could not read the vault password' >&2\n"
                                      "echo '  (a second line)' >&2\nexit 5\n",
                                      true);
        AnsibleInventoryReader reader;
        reader.setProgram(program);
        const auto outcome = read(reader, dataPath(u"docs.ini"_s));
        QVERIFY(!outcome->result->ok());
        QCOMPARE(outcome->result->error().message,
                 u"ansible-inventory failed (exit status 5): Could not read the vault password (a "
                 "second line)"_s);
    }

    void warningsAreKept()
    {
        QFile json(dataPath(u"project/hosts.ini.list.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QString listed = write(u"listed.json"_s, json.readAll());
        const QString program = write(
            u"warning-ansible-inventory"_s,
            "#!/bin/sh\necho '[WARNING]: Found both group and host with same name: backup' >&2\n"
            "cat '"
                + listed.toUtf8() + "'\n",
            true);
        AnsibleInventoryReader reader;
        reader.setProgram(program);
        const auto outcome = read(reader, dataPath(u"project/hosts.ini"_s));
        QVERIFY(outcome->result->ok());
        QCOMPARE(outcome->result->value().servers.size(), 3);
        QCOMPARE(outcome->result->value().warnings,
                 QStringList{u"Found both group and host with same name: backup"_s});
    }

    void cancelledReadSaysNothing()
    {
        const QString program = write(u"slow-ansible-inventory"_s,
                                      "#!/bin/sh\nexec sleep 600\n",
                                      true);
        AnsibleInventoryReader reader;
        reader.setProgram(program);
        int answers = 0;
        connect(&reader, &AnsibleInventoryReader::finished, this, [&answers] { ++answers; });
        reader.start(dataPath(u"docs.ini"_s));
        QVERIFY(reader.isRunning());
        reader.cancel();
        QVERIFY(!reader.isRunning());
        // A new read answers once: the cancelled one never does.
        reader.setProgram(QString());
        reader.start(dataPath(u"docs.ini"_s));
        QTRY_COMPARE(answers, 1);
        reader.start(dataPath(u"docs.yml"_s)); // a start cancels the one running
        reader.start(dataPath(u"docs.ini"_s));
        QTRY_COMPARE(answers, 2);
        // Nothing late arrives: every read has finished and its answer has been delivered (or dropped).
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(answers, 2);
    }
};

QTEST_GUILESS_MAIN(TestAnsibleImport)
#include "tst_ansibleimport.moc"
