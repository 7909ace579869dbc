// SPDX-License-Identifier: GPL-3.0-or-later
// The command glossary's format: the shipped glossary (every command with its explanation and a sample),
// bad inputs with their position, parameters filled safely, the line to copy.
#include "core/onboarding/glossary.h"

#include <QFile>
#include <QTest>

using namespace Steward;
using namespace Steward::Onboarding;
using namespace Qt::StringLiterals;

namespace {

QByteArray shipped()
{
    QFile f(u":/steward/onboarding/commands.yaml"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray one = "commands:\n"
                       "  - id: ps\n"
                       "    title: List\n"
                       "    argv: [docker, compose, ps]\n"
                       "    where: compose_dir\n"
                       "    changes_state: false\n"
                       "    what: w\n"
                       "    when: w\n"
                       "    output: o\n"
                       "    sample: s\n";

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private slots:
    void shippedGlossaryParses()
    {
        const auto glossary = parseGlossary(shipped());
        QVERIFY2(glossary.ok(), qPrintable(glossary.error().toString()));
        // The group's table of commands.
        for (const auto &id : {u"list-timers"_s,
                               u"journal-follow"_s,
                               u"compose-ps"_s,
                               u"compose-stop"_s,
                               u"compose-start"_s,
                               u"compose-logs-follow"_s,
                               u"compose-up"_s,
                               u"compose-scale"_s,
                               u"rails-console"_s,
                               u"disk-free"_s})
            QVERIFY2(glossary->entry(id), qPrintable(id));
        for (const GlossaryEntry &e : glossary->entries) {
            QVERIFY2(!e.what.isEmpty() && !e.when.isEmpty() && !e.output.isEmpty(),
                     qPrintable(e.id));
            // Every command that can be tried has a real sample; a state change says so.
            QVERIFY2(e.interactive || !e.sample.isNull(), qPrintable(e.id));
        }
        const GlossaryEntry *stop = glossary->entry(u"compose-stop"_s);
        QVERIFY(stop->changesState);
        QCOMPARE(stop->where, GlossaryEntry::Where::ComposeDir);
        QVERIFY(stop->sample.startsWith(u" Container mastodon-sidekiq-1  Stopping\n"_s));
        QVERIFY(!glossary->entry(u"compose-ps"_s)->changesState);
        QVERIFY(glossary->entry(u"rails-console"_s)->interactive);
        QCOMPARE(glossary->entry(u"journal-follow"_s)->followSeconds, 5);
        QVERIFY(glossary->entry(u"compose-ps"_s)->sample.contains(u"mastodon-web-1"_s));
    }

    void argvAndCommandLine()
    {
        const auto glossary = parseGlossary(shipped());
        QVERIFY(glossary.ok());
        Server server;
        server.composeDir = u"/opt/mastodon"_s;
        const GlossaryEntry *scale = glossary->entry(u"compose-scale"_s);
        const auto example = scale->resolvedArgv();
        QVERIFY(example.ok());
        QCOMPARE(example.value(),
                 (QStringList{u"docker"_s, u"compose"_s, u"scale"_s, u"sidekiq=2"_s}));
        const auto line = scale->commandLine(server,
                                             {{u"SERVICE"_s, u"sidekiq-default-q"_s},
                                              {u"REPLICAS"_s, u"5"_s}});
        QVERIFY(line.ok());
        QCOMPARE(line.value(),
                 u"cd -- /opt/mastodon && docker compose scale 'sidekiq-default-q=5'"_s);
        const GlossaryEntry *follow = glossary->entry(u"journal-follow"_s);
        QCOMPARE(follow->commandLine(server, {{u"UNIT"_s, u"mastodon.service"_s}}).value(),
                 u"journalctl -f -u mastodon.service"_s);
        // Values can never become options or more arguments.
        for (const QString &bad : {u"-x"_s, u"web; rm -rf /"_s, u"a b"_s, u"$(id)"_s, QString()}) {
            const auto r = follow->resolvedArgv({{u"UNIT"_s, bad}});
            QVERIFY2(!r.ok(), qPrintable(bad));
        }
        QVERIFY(!follow->resolvedArgv({{u"OTHER"_s, u"x"_s}}).ok());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::newRow("malformed")
            << QByteArray("commands:\n  - {id: a\n") << 3 << 1 << u"not valid YAML"_s;
        QTest::newRow("not a map")
            << QByteArray("just text\n") << 1 << 1 << u"must be a mapping with a “commands” list"_s;
        QTest::newRow("unknown key")
            << (one + "    danger: yes\n") << 11 << 5 << u"unknown key “danger”"_s;
        QTest::newRow("argv a string")
            << QByteArray(one).replace("[docker, compose, ps]", "docker compose ps") << 4 << 11
            << u"“argv” must be a list of arguments"_s;
        QTest::newRow("argv nested")
            << QByteArray(one).replace("[docker, compose, ps]", "[docker, [compose]]") << 4 << 20
            << u"each argument"_s;
        QTest::newRow("no changes_state")
            << QByteArray(one).replace("    changes_state: false\n", "") << 2 << 5
            << u"must say whether it changes state"_s;
        QTest::newRow("changes_state not bool")
            << QByteArray(one).replace("changes_state: false", "changes_state: maybe") << 6 << 20
            << u"“changes_state” must be true or false"_s;
        QTest::newRow("bad where") << QByteArray(one).replace("compose_dir", "/opt") << 5 << 12
                                   << u"“where” must be compose_dir or home"_s;
        QTest::newRow("no sample")
            << QByteArray(one).replace("    sample: s\n", "") << 2 << 5 << u"has no “sample”"_s;
        QTest::newRow("duplicate id")
            << (one + one.mid(10)) << 11 << 9 << u"the id “ps” is used twice"_s;
        QTest::newRow("undeclared placeholder")
            << QByteArray(one).replace("[docker, compose, ps]", "[docker, compose, logs, \"{SVC}\"]")
            << 4 << 11 << u"uses {SVC}"_s;
        QTest::newRow("unused parameter")
            << (one + "    parameters:\n      - {name: UNIT, description: d, example: x}\n") << 12
            << 9 << u"“UNIT” is not used"_s;
        QTest::newRow("unsafe example")
            << (QByteArray(one).replace("[docker, compose, ps]", "[journalctl, -u, \"{UNIT}\"]")
                + "    parameters:\n      - {name: UNIT, description: d, example: \"-rf\"}\n")
            << 12 << 47 << u"not a name, unit or number"_s;
        QTest::newRow("follow too long") << (one + "    follow_seconds: 600\n") << 11 << 21
                                         << u"“follow_seconds” must be a number from 1 to 60"_s;
        QTest::newRow("duplicate key")
            << (one + "    what: again\n") << 11 << 5 << u"the key “what” is given twice"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto glossary = parseGlossary(yaml);
        QVERIFY(!glossary.ok());
        QVERIFY2(glossary.error().message.contains(message),
                 qPrintable(glossary.error().toString()));
        QCOMPARE(glossary.error().line, line);
        QCOMPARE(glossary.error().column, column);
    }

    void minimalParses()
    {
        const auto glossary = parseGlossary(one);
        QVERIFY2(glossary.ok(), qPrintable(glossary.error().toString()));
        QCOMPARE(glossary->entries.size(), 1);
        QCOMPARE(glossary->entries.first().argv, (QStringList{u"docker"_s, u"compose"_s, u"ps"_s}));
        QCOMPARE(glossary->entries.first().sample, u"s"_s);
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
