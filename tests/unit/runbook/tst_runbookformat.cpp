// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook format: the shipped runbooks load, every kind of mistake is refused with its line and
// column, templates keep a value one argument whatever it holds, parameters are checked, and each step
// type sends exactly the argument list it documents.
#include "core/runbook/remoterun.h"
#include "core/runbook/runbook.h"
#include "core/runbook/steps.h"
#include "core/ssh/shellquote.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Runbook;

namespace {

QByteArray shipped(const QString &name)
{
    QFile f(u":/steward/runbooks/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Context labContext()
{
    Context c;
    c.server.name = u"lab"_s;
    c.server.host = u"127.0.0.1"_s;
    c.server.composeDir = u"/srv/lab/opt/mastodon"_s;
    c.server.publicUrl = u"http://127.0.0.1:8080/"_s;
    c.runId = u"20261122-001000-mastodon-upgrade"_s;
    c.stateDir = u"/srv/lab/opt/mastodon/.steward"_s;
    c.now = QDateTime(QDate(2026, 11, 22), QTime(0, 10), QTimeZone::UTC);
    c.parameters = {{u"version"_s, u"v4.3.0"_s},
                    {u"compose"_s, u"/home/me/reviewed.yml"_s},
                    {u"downtime"_s, u"about 15 minutes"_s},
                    {u"announce_at"_s, QString()},
                    {u"expected_migrations"_s, QString()},
                    {u"postgresql_min"_s, u"12"_s},
                    {u"redis_min"_s, QString()},
                    {u"config_repo"_s, QString()}};
    return c;
}

// A minimal runbook around one step (its YAML lines indented by four spaces under "steps:").
QByteArray withStep(const QByteArray &step)
{
    return "runbook: 1\nid: t\ntitle: T\nparameters:\n  - name: version\n    type: "
           "version\nsteps:\n"
           + step;
}

} // namespace

class TestRunbookFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedUpgradeLoads()
    {
        const QByteArray text = shipped(u"mastodon-upgrade.yaml"_s);
        QVERIFY(!text.isEmpty());
        const auto book = parse(text, u":/steward/runbooks/mastodon-upgrade.yaml"_s);
        QVERIFY2(book.ok(), qPrintable(book.error().toString()));
        QCOMPARE(book->id, u"mastodon-upgrade"_s);
        QCOMPARE(book->source, text);
        QStringList ids;
        QStringList types;
        for (const Step &s : book->steps) {
            ids.append(s.id);
            types.append(s.type);
            QVERIFY2(!s.title.isEmpty(), qPrintable(s.id));
            QVERIFY(s.action);
            QCOMPARE(s.action->type(), s.type);
        }
        // Mastodon's procedure for Docker, in order: back up, pull, pre-deployment migrations, restart,
        // post-deployment migrations; with the group's checklist around it.
        QCOMPARE(ids,
                 (QStringList{u"preflight"_s,
                              u"floors"_s,
                              u"notes-read"_s,
                              u"backup"_s,
                              u"snapshot"_s,
                              u"announce"_s,
                              u"compose-update"_s,
                              u"pull"_s,
                              u"migrations-expected"_s,
                              u"maintenance-on"_s,
                              u"migrate-pre"_s,
                              u"restart"_s,
                              u"containers-up"_s,
                              u"migrate-post"_s,
                              u"version-check"_s,
                              u"maintenance-off"_s,
                              u"healthy"_s}));
        QVERIFY(types.contains(u"announce"_s));
        const Parameter *version = book->parameter(u"version"_s);
        QVERIFY(version);
        QVERIFY(version->required);
        QCOMPARE(version->type, Parameter::Type::Version);
        QCOMPARE(book->parameter(u"compose"_s)->type, Parameter::Type::File);
        QCOMPARE(book->parameter(u"downtime"_s)->defaultValue, u"about 15 minutes"_s);
    }

    void shippedUpgradeSends()
    {
        const auto book = parse(shipped(u"mastodon-upgrade.yaml"_s));
        QVERIFY(book.ok());
        const Context c = labContext();
        const auto argvOf = [&](const QString &id) { return book->step(id)->action->argv(c); };
        QCOMPARE(argvOf(u"pull"_s), (QStringList{u"docker"_s, u"compose"_s, u"pull"_s}));
        QCOMPARE(argvOf(u"migrate-pre"_s),
                 (QStringList{u"docker"_s,
                              u"compose"_s,
                              u"run"_s,
                              u"--rm"_s,
                              u"-e"_s,
                              u"SKIP_POST_DEPLOYMENT_MIGRATIONS=true"_s,
                              u"web"_s,
                              u"bundle"_s,
                              u"exec"_s,
                              u"rails"_s,
                              u"db:migrate"_s}));
        QCOMPARE(argvOf(u"migrate-post"_s),
                 (QStringList{u"docker"_s,
                              u"compose"_s,
                              u"run"_s,
                              u"--rm"_s,
                              u"web"_s,
                              u"bundle"_s,
                              u"exec"_s,
                              u"rails"_s,
                              u"db:migrate"_s}));
        QCOMPARE(argvOf(u"restart"_s), (QStringList{u"docker"_s, u"compose"_s, u"up"_s, u"-d"_s}));
        QCOMPARE(argvOf(u"maintenance-on"_s), (QStringList{u"touch"_s, u"--"_s, u"maintenance"_s}));
        QCOMPARE(argvOf(u"maintenance-off"_s),
                 (QStringList{u"rm"_s, u"-f"_s, u"--"_s, u"maintenance"_s}));
        QCOMPARE(book->step(u"restart"_s)->action->directory(c), c.server.composeDir);
        // The backup: the inventory's unit (the default here) as an argument of a fixed program.
        const QStringList backup = argvOf(u"backup"_s);
        QCOMPARE(backup.mid(0, 2), (QStringList{u"sh"_s, u"-c"_s}));
        QCOMPARE(backup.mid(3), (QStringList{u"backup"_s, u"pg-dump-to-s3.service"_s}));
        // The snapshot: a dated folder of the run under the state directory, then the files.
        const QStringList snapshot = argvOf(u"snapshot"_s);
        QCOMPARE(snapshot.at(2), SnapshotAction::script());
        QCOMPARE(snapshot.mid(3),
                 (QStringList{u"snapshot"_s,
                              c.stateDir + u"/snapshots/20261122-001000-mastodon-upgrade"_s,
                              u"docker-compose.yml"_s,
                              u".env.production"_s}));
        // The gates and the implied verifications.
        QCOMPARE(book->step(u"preflight"_s)->action->where(), StepAction::Where::Gate);
        QCOMPARE(book->step(u"preflight"_s)->action->checks().size(), 3);
        QCOMPARE(book->step(u"maintenance-on"_s)->action->impliedVerify().first()->name(),
                 u"maintenance-page"_s);
        QCOMPARE(book->step(u"compose-update"_s)->action->impliedVerify().first()->name(),
                 u"compose-reviewed"_s);
        // The announcement names the server and the version.
        const auto *announce = dynamic_cast<const AnnounceAction *>(
            book->step(u"announce"_s)->action.get());
        QVERIFY(announce);
        QCOMPARE(announce->text(c),
                 u"lab will be down for maintenance for about 15 minutes while the tech group "
                 "upgrades\nMastodon to v4.3.0. Thank you for your patience!"_s);
    }

    // The second shipped runbook: the PostgreSQL major-version upgrade (pg_dumpall, the old data
    // directory aside, the new image, the restore with psql, the row counts compared).
    void shippedPostgresqlUpgradeLoads()
    {
        const QByteArray text = shipped(u"postgresql-upgrade.yaml"_s);
        QVERIFY(!text.isEmpty());
        const auto book = parse(text, u":/steward/runbooks/postgresql-upgrade.yaml"_s);
        QVERIFY2(book.ok(), qPrintable(book.error().toString()));
        QCOMPARE(book->id, u"postgresql-upgrade"_s);
        QStringList ids;
        for (const Step &s : book->steps) {
            ids.append(s.id);
            QVERIFY2(!s.title.isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.explanation.trimmed().isEmpty(), qPrintable(s.id));
            QVERIFY(s.action);
            QCOMPARE(s.action->type(), s.type);
        }
        QCOMPARE(ids, (QStringList{u"preflight"_s,       u"plan-read"_s,     u"backup"_s,
                                   u"snapshot"_s,        u"announce"_s,      u"maintenance-on"_s,
                                   u"stop-app"_s,        u"counts-before"_s, u"dump"_s,
                                   u"stop-db"_s,         u"move-aside"_s,    u"compose-update"_s,
                                   u"new-image"_s,       u"pull"_s,          u"start-db"_s,
                                   u"restore"_s,         u"analyze"_s,       u"counts-after"_s,
                                   u"start-app"_s,       u"containers-up"_s, u"db-version"_s,
                                   u"maintenance-off"_s, u"healthy"_s}));
        const Parameter *major = book->parameter(u"postgresql_major"_s);
        QVERIFY(major);
        QVERIFY(major->required);
        QCOMPARE(major->type, Parameter::Type::Choice);
        QVERIFY(major->choices.contains(u"16"_s));
        QCOMPARE(book->parameter(u"compose"_s)->type, Parameter::Type::File);
        QCOMPARE(book->parameter(u"data_dir"_s)->defaultValue, u"postgres14"_s);
        QCOMPARE(book->parameter(u"superuser"_s)->defaultValue, u"postgres"_s);
        // The old data is never moved before the dump is complete, nor restored into a cluster that
        // did not start.
        QCOMPARE(book->step(u"move-aside"_s)->needs, (QStringList{u"dump"_s, u"stop-db"_s}));
        QCOMPARE(book->step(u"restore"_s)->needs, (QStringList{u"dump"_s, u"start-db"_s}));
        QCOMPARE(book->step(u"counts-after"_s)->needs,
                 (QStringList{u"counts-before"_s, u"restore"_s}));
        // The new cluster is checked to be at least the target, and again at the end with Mastodon.
        QCOMPARE(book->step(u"start-db"_s)->verify.size(), 1);
        QCOMPARE(book->step(u"start-db"_s)->verify.first()->name(), u"dependency"_s);
        const auto finalChecks = book->step(u"db-version"_s)->action->checks();
        QCOMPARE(finalChecks.size(), 2);
        QCOMPARE(finalChecks.first()->name(), u"dependency"_s);
        QCOMPARE(book->step(u"dump"_s)->verify.first()->name(), u"command"_s);
        QCOMPARE(book->step(u"compose-update"_s)->action->impliedVerify().first()->name(),
                 u"compose-reviewed"_s);
    }

    // Parameter values reach the shell scripts as positional arguments only: the script text is the
    // same whatever the values, and a hostile value stays one argument.
    void shippedPostgresqlUpgradeSends()
    {
        const auto book = parse(shipped(u"postgresql-upgrade.yaml"_s));
        QVERIFY2(book.ok(), qPrintable(book.error().toString()));
        Context c = labContext();
        c.runId = u"20261122-001000-postgresql-upgrade"_s;
        c.parameters = {{u"postgresql_major"_s, u"16"_s},
                        {u"compose"_s, u"/home/me/reviewed.yml"_s},
                        {u"data_dir"_s, u"postgres14"_s},
                        {u"superuser"_s, u"postgres"_s},
                        {u"database"_s, u"mastodon_production"_s},
                        {u"downtime"_s, u"about 30 minutes"_s},
                        {u"announce_at"_s, QString()},
                        {u"config_repo"_s, QString()}};
        Context hostile = c;
        for (auto it = hostile.parameters.begin(); it != hostile.parameters.end(); ++it)
            it.value() = u"x'; touch pwned \"$HOME\" `touch pwned`; ${run.id}"_s;
        const QString runDir = c.stateDir + u"/runs/20261122-001000-postgresql-upgrade"_s;
        const auto argvOf = [&](const QString &id) { return book->step(id)->action->argv(c); };
        int scripts = 0;
        for (const Step &s : book->steps) {
            const QStringList argv = s.action->argv(c);
            if (argv.size() < 3 || argv.at(0) != u"sh" || argv.at(1) != u"-c")
                continue;
            ++scripts;
            QCOMPARE(s.action->argv(hostile).at(2), argv.at(2));
            QVERIFY2(!argv.at(2).contains(u"mastodon_production"_s), qPrintable(s.id));
        }
        QCOMPARE(scripts, 9); // the backup, the snapshot and seven of the runbook's own
        QCOMPARE(argvOf(u"stop-db"_s), (QStringList{u"docker"_s, u"compose"_s, u"stop"_s, u"db"_s}));
        QCOMPARE(argvOf(u"pull"_s), (QStringList{u"docker"_s, u"compose"_s, u"pull"_s, u"db"_s}));
        QCOMPARE(argvOf(u"start-app"_s), (QStringList{u"docker"_s, u"compose"_s, u"up"_s, u"-d"_s}));
        QCOMPARE(argvOf(u"analyze"_s),
                 (QStringList{u"docker"_s,
                              u"compose"_s,
                              u"exec"_s,
                              u"-T"_s,
                              u"db"_s,
                              u"vacuumdb"_s,
                              u"-U"_s,
                              u"postgres"_s,
                              u"--all"_s,
                              u"--analyze-in-stages"_s}));
        QCOMPARE(argvOf(u"dump"_s).mid(3),
                 (QStringList{u"sh"_s, u"postgres"_s, runDir + u"/pg_dumpall.sql"_s}));
        QVERIFY(argvOf(u"dump"_s).at(2).contains(u"pg_dumpall -U \"$1\""_s));
        QCOMPARE(argvOf(u"restore"_s).mid(3),
                 (QStringList{u"sh"_s,
                              u"postgres"_s,
                              runDir + u"/pg_dumpall.sql"_s,
                              runDir + u"/restore.log"_s}));
        QCOMPARE(argvOf(u"move-aside"_s).mid(3),
                 (QStringList{u"sh"_s,
                              u"postgres14"_s,
                              u"postgres14.before-20261122-001000-postgresql-upgrade"_s}));
        // Before and after the restore, the same count of every table (one YAML anchor).
        const QStringList before = argvOf(u"counts-before"_s);
        const QStringList after = argvOf(u"counts-after"_s);
        QCOMPARE(before.at(6), after.at(6));
        QVERIFY(before.at(6).startsWith(u"SELECT c.relname, (xpath("_s));
        QCOMPARE(before.at(7), runDir + u"/row-counts-before.txt"_s);
        QCOMPARE(after.mid(7),
                 (QStringList{runDir + u"/row-counts-before.txt"_s,
                              runDir + u"/row-counts-after.txt"_s}));

        // The move aside, run by /bin/sh on a folder named like the hostile value: moved, nothing
        // else run; and refused when the target exists.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString value = hostile.parameters.value(u"data_dir"_s);
        QVERIFY(QDir(dir.path()).mkdir(value));
        const auto moveAside = [&] {
            QProcess sh;
            sh.setWorkingDirectory(dir.path());
            const QStringList argv = book->step(u"move-aside"_s)->action->argv(hostile);
            sh.start(argv.first(), argv.mid(1));
            (void) sh.waitForFinished();
            return sh.exitCode();
        };
        QCOMPARE(moveAside(), 0);
        const QString aside = value + u".before-20261122-001000-postgresql-upgrade"_s;
        QVERIFY(QFileInfo(dir.filePath(aside)).isDir());
        QVERIFY(!QFileInfo::exists(dir.filePath(value)));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"pwned"_s)));
        QVERIFY(QDir(dir.path()).mkdir(value));
        QCOMPARE(moveAside(), 1);
        QVERIFY(QFileInfo(dir.filePath(value)).isDir());
    }

    // Every value stays one argument: the quoted line, read back by /bin/sh, gives the same list.
    void hostileValueStaysOneArgument_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("quotes") << u"it's \"quoted\""_s;
        QTest::newRow("semicolon") << u"v4.3.0; rm -rf /"_s;
        QTest::newRow("substitution") << u"$(touch /tmp/pwned)"_s;
        QTest::newRow("backticks") << u"`id`"_s;
        QTest::newRow("leading dash") << u"--help"_s;
        QTest::newRow("newline") << u"a\nb"_s;
        QTest::newRow("template-looking") << u"${server.name}"_s;
        QTest::newRow("empty") << QString();
    }
    void hostileValueStaysOneArgument()
    {
        QFETCH(QString, value);
        const auto book = parse(
            withStep("  - id: echo\n    type: command\n    title: Echo\n"
                     "    run: [printf, '%s\\n', 'v=${version}', '$${version}']\n"));
        QVERIFY2(book.ok(), qPrintable(book.error().toString()));
        Context c = labContext();
        c.parameters.insert(u"version"_s, value);
        const QStringList argv = book->steps.first().action->argv(c);
        QCOMPARE(argv, (QStringList{u"printf"_s, u"%s\\n"_s, u"v="_s + value, u"${version}"_s}));
        QProcess sh;
        sh.start(u"/bin/sh"_s, {u"-c"_s, Ssh::commandLine(argv)});
        QVERIFY(sh.waitForFinished());
        QCOMPARE(sh.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()),
                 u"v="_s + value + u"\n${version}\n"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QTest::newRow("not a runbook")
            << QByteArray("id: x\nsteps: []\n") << u"not a runbook"_s << 1 << 1;
        QTest::newRow("format 2") << QByteArray("runbook: 2\nid: x\n") << u"runbook format 2"_s << 1
                                  << 10;
        QTest::newRow("unknown top key") << QByteArray(
            "runbook: 1\nid: x\ntitle: X\nstesp: []\nsteps:\n  - {id: a, type: confirm, "
            "title: A, prompt: ok}\n") << u"unknown key “stesp”"_s
                                         << 4 << 1;
        QTest::newRow("no steps") << QByteArray("runbook: 1\nid: x\ntitle: X\n")
                                  << u"needs “steps”"_s << 1 << 1;
        QTest::newRow("unknown type") << withStep("  - id: a\n    type: reboot\n    title: A\n")
                                      << u"unknown type “reboot”"_s << 9 << 5;
        QTest::newRow("unknown step key") << withStep(
            "  - id: a\n    type: command\n    title: A\n    run: [true]\n    rn: [x]\n")
                                          << u"step “a”: unknown key “rn”"_s << 12 << 5;
        QTest::newRow("run as a string") << withStep(
            "  - id: a\n    type: command\n    title: A\n    run: docker compose pull\n")
                                         << u"must be a list of arguments"_s << 11 << 10;
        QTest::newRow("duplicate id")
            << withStep("  - {id: a, type: confirm, title: A, prompt: p}\n"
                        "  - {id: a, type: confirm, title: B, prompt: q}\n")
            << u"the step id “a” is used twice"_s << 9 << 6;
        QTest::newRow("needs a later step")
            << withStep("  - {id: a, type: confirm, title: A, prompt: p, needs: [b]}\n"
                        "  - {id: b, type: confirm, title: B, prompt: q}\n")
            << u"needs “b”, which is not a step before it"_s << 8 << 49;
        QTest::newRow("unknown variable") << withStep(
            "  - id: a\n    type: command\n    title: A\n    run: [echo, '${verison}']\n")
                                          << u"unknown variable “${verison}”"_s << 11 << 17;
        QTest::newRow("unknown check") << withStep(
            "  - id: a\n    type: check\n    title: A\n    checks:\n      - check: vibes\n")
                                       << u"unknown check “vibes”"_s << 12 << 9;
        QTest::newRow("two comparisons")
            << withStep("  - id: a\n    type: check\n    title: A\n    checks:\n"
                        "      - {check: running-version, below: v4.3.0, equals: v4.3.0}\n")
            << u"exactly one of equals, below, at_least"_s << 12 << 9;
        QTest::newRow("bad duration")
            << withStep("  - id: a\n    type: wait-healthy\n    title: A\n    timeout: soon\n")
            << u"“timeout” must be a duration"_s << 11 << 14;
        QTest::newRow("migrate without phase")
            << withStep("  - id: a\n    type: migrate\n    title: A\n") << u"needs “phase”"_s << 9
            << 5;
        QTest::newRow("maintenance mode")
            << withStep("  - id: a\n    type: maintenance\n    mode: maybe\n    title: A\n")
            << u"“mode” must be one of: on, off"_s << 10 << 11;
        QTest::newRow("bad step id")
            << withStep("  - id: Pull Images\n    type: command\n    title: A\n    run: [true]\n")
            << u"step id “Pull Images”"_s << 8 << 5;
        QTest::newRow("duplicate key") << withStep(
            "  - id: a\n    type: command\n    title: A\n    run: [true]\n    run: [false]\n")
                                       << u"“run” is given twice"_s << 12 << 5;
        QTest::newRow("yaml syntax")
            << QByteArray("runbook: 1\nid: x\nsteps:\n  - id: [unclosed\n") << QString() << 5 << 1;
        QTest::newRow("choice without choices") << QByteArray(
            "runbook: 1\nid: x\ntitle: X\nparameters:\n  - name: mode\n    type: choice\n"
            "steps:\n  - {id: a, type: confirm, title: A, prompt: p}\n")
                                                << u"a choice needs “choices”"_s << 6 << 5;
        QTest::newRow("parameter named like a builtin") << QByteArray(
            "runbook: 1\nid: x\ntitle: X\nparameters:\n  - name: Version\nsteps: []\n")
                                                        << u"parameter name “Version”"_s << 5 << 5;
        QTest::newRow("check option unknown")
            << withStep("  - id: a\n    type: check\n    title: A\n    checks:\n"
                        "      - check: disk-free\n        minimum: 10G\n")
            << u"unknown key “minimum”"_s << 13 << 9;
        QTest::newRow("bad size") << withStep(
            "  - id: a\n    type: check\n    title: A\n    checks:\n"
            "      - check: disk-free\n        min: lots\n")
                                  << u"must be a size"_s << 13 << 14;
        QTest::newRow("no title") << withStep("  - id: a\n    type: command\n    run: [true]\n")
                                  << u"step “a” has no “title”"_s << 8 << 5;
    }
    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto book = parse(yaml);
        QVERIFY(!book.ok());
        QVERIFY2(book.error().message.contains(message), qPrintable(book.error().message));
        QCOMPARE(book.error().line, line);
        QCOMPARE(book.error().column, column);
    }

    void parameters_data()
    {
        QTest::addColumn<QStringList>("given"); // name=value
        QTest::addColumn<QString>("error");     // empty: resolves
        QTest::addColumn<QString>("downtime");
        QTest::newRow("defaults") << QStringList{u"version=v4.3.0"_s} << QString() << u"15 min"_s;
        QTest::newRow("missing required") << QStringList{} << u"“version”"_s << QString();
        QTest::newRow("bad version")
            << QStringList{u"version=latest"_s} << u"not a version"_s << QString();
        QTest::newRow("unknown name") << QStringList{u"version=v4.3.0"_s, u"verison=v4.3.0"_s}
                                      << u"no parameter “verison”"_s << QString();
        QTest::newRow("missing file")
            << QStringList{u"version=v4.3.0"_s, u"compose=/nonexistent.yml"_s}
            << u"no readable file"_s << QString();
        QTest::newRow("bad date") << QStringList{u"version=v4.3.0"_s, u"at=tomorrow"_s}
                                  << u"not a date and time"_s << QString();
        QTest::newRow("given") << QStringList{u"version=v4.3.0"_s,
                                              u"downtime=an hour"_s,
                                              u"at=2026-11-22T00:10:00Z"_s}
                               << QString() << u"an hour"_s;
    }
    void parameters()
    {
        QFETCH(QStringList, given);
        QFETCH(QString, error);
        QFETCH(QString, downtime);
        const auto book = parse("runbook: 1\nid: t\ntitle: T\nparameters:\n"
                                "  - {name: version, type: version, required: true}\n"
                                "  - {name: compose, type: file}\n"
                                "  - {name: downtime, default: 15 min}\n"
                                "  - {name: at, type: datetime}\n"
                                "  - {name: token, secret: true}\n"
                                "steps:\n  - {id: a, type: confirm, title: A, prompt: p}\n");
        QVERIFY2(book.ok(), qPrintable(book.error().toString()));
        QHash<QString, QString> values;
        for (const QString &g : given)
            values.insert(g.section(u'=', 0, 0), g.section(u'=', 1));
        const auto resolved = book->resolveParameters(values);
        if (!error.isEmpty()) {
            QVERIFY(!resolved.ok());
            QVERIFY2(resolved.error().message.contains(error), qPrintable(resolved.error().message));
            return;
        }
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
        QCOMPARE(resolved->value(u"downtime"_s), downtime);
        QVERIFY(resolved->contains(u"compose"_s));
        QVERIFY(book->parameter(u"token"_s)->secret);
        QCOMPARE(book->secretValues({{u"token"_s, u"s3cr3t"_s}}), QStringList{u"s3cr3t"_s});
    }

    void fileParameterIsAbsolute()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"reviewed.yml"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("services: {}\n");
        f.close();
        const auto book = parse(
            "runbook: 1\nid: t\ntitle: T\nparameters:\n  - {name: compose, type: file}\n"
            "steps:\n  - {id: a, type: confirm, title: A, prompt: p}\n");
        QVERIFY(book.ok());
        QVERIFY(QDir::setCurrent(dir.path()));
        const auto resolved = book->resolveParameters({{u"compose"_s, u"reviewed.yml"_s}});
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
        QCOMPARE(resolved->value(u"compose"_s), f.fileName());
    }

    void templates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expanded");
        QTest::newRow("plain") << u"docker"_s << u"docker"_s;
        QTest::newRow("parameter")
            << u"ghcr.io/mastodon/mastodon:${version}"_s << u"ghcr.io/mastodon/mastodon:v4.3.0"_s;
        QTest::newRow("dollar dollar") << u"$${version} costs $$5"_s << u"${version} costs $5"_s;
        QTest::newRow("lone dollar") << u"$HOME $(id)"_s << u"$HOME $(id)"_s;
        QTest::newRow("server and run")
            << u"${server.compose_dir}/${run.id}"_s
            << u"/srv/lab/opt/mastodon/20261122-001000-mastodon-upgrade"_s;
        QTest::newRow("url without slash")
            << u"${server.public_url}/health"_s << u"http://127.0.0.1:8080/health"_s;
        QTest::newRow("date") << u"${run.date}"_s << u"2026-11-22"_s;
        QTest::newRow("unclosed") << u"${version"_s << u"${version"_s;
    }
    void templates()
    {
        QFETCH(QString, text);
        QFETCH(QString, expanded);
        QCOMPARE(labContext().expand(text), expanded);
    }

    void durationsAndSizes()
    {
        QCOMPARE(parseDuration(u"90s"_s).value(), 90000);
        QCOMPARE(parseDuration(u"5m"_s).value(), 300000);
        QCOMPARE(parseDuration(u"1h30m"_s).value(), 5400000);
        QCOMPARE(parseDuration(u"250ms"_s).value(), 250);
        QVERIFY(!parseDuration(u"5 minutes"_s).ok());
        QVERIFY(!parseDuration(u""_s).ok());
        QCOMPARE(parseSize(u"10G"_s).value(), qint64(10) << 30);
        QCOMPARE(parseSize(u"512M"_s).value(), qint64(512) << 20);
        QCOMPARE(parseSize(u"2GiB"_s).value(), qint64(2) << 30);
        QCOMPARE(parseSize(u"1000"_s).value(), 1000);
        QVERIFY(!parseSize(u"lots"_s).ok());
    }

    void aliasBombRefused()
    {
        QByteArray yaml = "runbook: 1\nid: t\ntitle: T\na: &a [x, x, x, x, x, x, x, x, x, x]\n";
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; ++c) {
            yaml += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
            for (int i = 0; i < 10; ++i)
                yaml += QByteArray(i ? ", *" : "*") + QByteArray(1, prev);
            yaml += "]\n";
            prev = c;
        }
        const auto book = parse(yaml);
        QVERIFY(!book.ok());
        QVERIFY2(book.error().message.contains(u"too large"_s), qPrintable(book.error().message));
    }

    // A runbook id of 62 or 63 characters (valid) still makes valid run ids, with the -2…-20 suffix of
    // runs made in the same second (the engine's openRun appends it to the base id).
    void longRunbookIdMakesValidRunIds()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(0, 10), QTimeZone::UTC);
        for (const int length : {1, 60, 61, 62, 63}) {
            const QString id = u"m"_s + QString(length - 1, u'x');
            const auto book = parse("runbook: 1\nid: " + id.toUtf8()
                                    + "\ntitle: T\nsteps:\n"
                                      "  - {id: a, type: confirm, title: A, prompt: Go}\n");
            QVERIFY2(book.ok(), qPrintable(book.ok() ? QString() : book.error().toString()));
            const QString base = RemoteRun::makeRunId(book->id, now);
            QVERIFY2(RemoteRun::isValidRunId(base), qPrintable(base));
            QVERIFY(base.startsWith(u"20261122-001000-m"_s));
            for (int attempt = 2; attempt <= RemoteRun::MaxSuffix; ++attempt) {
                const QString suffixed = base + u'-' + QString::number(attempt);
                QVERIFY2(RemoteRun::isValidRunId(suffixed), qPrintable(suffixed));
                QCOMPARE(RemoteRun::suffixedRunId(base, attempt), suffixed);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRunbookFormat)
#include "tst_runbookformat.moc"
