// SPDX-License-Identifier: GPL-3.0-or-later
// `steward runbook` run as a user runs it, against a lab of its own (STEWARD_LAB_DIR in a temporary folder)
// and with no locale at all (LANG unset): list and show, with a user's invalid runbook reported at its
// line and column; the shipped upgrade runbook run on the lab, stopped at its confirmation without --yes,
// seen by `status`, resumed with --yes, the client killed in the middle of the backup, resumed again to the
// end (every step started once: the server's journal says so); Ctrl-C while a step runs (the step ends on
// the server, resume follows it); an unknown host key (exit 3, never a question); the dry run (quoted, secrets
// masked, nothing sent).
#include "core/ssh/shellquote.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray describe() const
    {
        return u"exit %1\n--- stdout\n%2\n--- stderr\n%3"_s.arg(exitCode).arg(out, err).toUtf8();
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

class TestRunbookCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_reviewed;

    QString lab() const { return m_tmp.filePath(u"lab"_s); }
    QString home() const { return m_tmp.filePath(u"home"_s); }
    QString userRunbooks() const { return home() + u"/.config/steward/runbooks"_s; }
    QString stateDir() const { return lab() + u"/opt/mastodon/.steward"_s; }

    Run steward(const QStringList &arguments, int timeoutMs = 300000)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral(STEWARD_BINARY), arguments);
        if (!p.waitForStarted() || !p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {-1,
                    QString::fromUtf8(p.readAllStandardOutput()),
                    u"did not finish: "_s + p.errorString()};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // Reads a running steward's stdout until it holds needle.
    static bool waitForOutput(QProcess &p, QByteArray &out, const QByteArray &needle, int timeoutMs)
    {
        if (!p.waitForStarted())
            return false;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains(needle) && clock.elapsed() < timeoutMs
               && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            out += p.readAllStandardOutput();
        }
        out += p.readAllStandardOutput();
        return out.contains(needle);
    }

    QStringList upgradeSettings() const
    {
        return {u"--set"_s,
                u"version=v4.3.0"_s,
                u"--set"_s,
                u"compose="_s + m_reviewed,
                u"--set"_s,
                u"postgresql_min=12"_s,
                u"--set"_s,
                u"redis_min=6.2"_s,
                u"--set"_s,
                u"expected_migrations=40 pre-deployment, 10 post-deployment"_s};
    }

    // The journal's "started" events per step.
    QHash<QString, int> startsPerStep(const QString &runId, QStringList *types = nullptr)
    {
        QHash<QString, int> starts;
        const QByteArray journal = readAll(stateDir() + u"/runs/"_s + runId + u"/journal"_s);
        for (const QByteArray &line : journal.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            const QString type = e.value(u"type"_s).toString();
            if (types)
                types->append(type);
            if (type == u"started")
                ++starts[e.value(u"step"_s).toString()];
        }
        return starts;
    }

    static QString runIdIn(const QString &text)
    {
        static const QRegularExpression re(u"Run (\\d{8}-\\d{6}-[a-z0-9-]+) of "_s);
        return re.match(text).captured(1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Run as root, the lab runs its servers as its own user, who must reach the lab's folder.
        QVERIFY(QFile::setPermissions(m_tmp.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                          | QFile::ExeOther));
        QDir().mkpath(home());
        // Nothing of the caller's environment but PATH: no LANG, no display, no keychain.
        m_env.insert(u"PATH"_s, qEnvironmentVariable("PATH", u"/usr/bin:/bin"_s));
        m_env.insert(u"HOME"_s, home());
        m_env.insert(u"STEWARD_LAB_DIR"_s, lab());
        m_env.insert(u"STEWARD_LAB_ACCOUNTS"_s, u"200"_s);
        m_env.insert(u"STEWARD_LAB_STATUSES"_s, u"2000"_s);
        // Long enough to kill the client while the backup runs, short enough for CI.
        m_env.insert(u"STEWARD_LAB_BACKUP_SECONDS"_s, u"5"_s);
        m_reviewed = m_tmp.filePath(u"reviewed.yml"_s);
        QVERIFY(QFile::copy(QStringLiteral(STEWARD_SOURCE_DIR
                                           "/lab/mastodon/compose/v4.3.0.docker-compose.yml"),
                            m_reviewed));
        // The user's runbooks: one that does not load, one short one.
        QVERIFY(writeFile(userRunbooks() + u"/broken.yaml"_s,
                          "runbook: 1\n"
                          "id: broken\n"
                          "title: Broken\n"
                          "steps:\n"
                          "  - id: a\n"
                          "    type: command\n"
                          "    title: A\n"
                          "    runn: [echo, a]\n"));
        QVERIFY(writeFile(userRunbooks() + u"/slow.yaml"_s,
                          "runbook: 1\n"
                          "id: slow\n"
                          "title: A slow step\n"
                          "steps:\n"
                          "  - id: wait\n"
                          "    type: command\n"
                          "    title: Wait a little\n"
                          "    explanation: Prints, waits, prints.\n"
                          "    run: [sh, -c, 'echo begun; sleep 4; echo ended']\n"
                          "  - id: after\n"
                          "    type: command\n"
                          "    title: After it\n"
                          "    run: [echo, after]\n"));
        const Run start = steward({u"lab"_s, u"start"_s});
        QVERIFY2(start.exitCode == 0, start.describe());
    }

    void cleanupTestCase()
    {
        if (QFile::exists(lab()))
            steward({u"lab"_s, u"stop"_s}, 60000);
    }

    // The shipped and the user's runbooks; the broken one with its file, line and column; exit 2.
    void listAndShow()
    {
        const Run list = steward({u"runbook"_s, u"list"_s});
        QCOMPARE(list.exitCode, 2);
        QVERIFY2(list.out.contains(u"mastodon-upgrade  Upgrade Mastodon"_s), list.describe());
        QVERIFY2(list.out.contains(u"slow  A slow step"_s), list.describe());
        static const QRegularExpression located(
            u"INVALID  .*/broken\\.yaml:5:5: step “a” has no “run”"_s);
        QVERIFY2(located.match(list.out).hasMatch(), list.describe());

        const Run json = steward({u"runbook"_s, u"list"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 2);
        const QJsonArray runbooks
            = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"runbooks"_s).toArray();
        QCOMPARE(runbooks.size(), 4); // the two shipped ones, the slow and the broken one
        bool invalidSeen = false;
        for (const QJsonValue &v : runbooks) {
            const QJsonObject o = v.toObject();
            if (o.value(u"valid"_s).toBool())
                continue;
            invalidSeen = true;
            QVERIFY(o.value(u"path"_s).toString().endsWith(u"/broken.yaml"_s));
            QCOMPARE(o.value(u"error"_s).toObject().value(u"line"_s).toInt(), 5);
            QCOMPARE(o.value(u"error"_s).toObject().value(u"column"_s).toInt(), 5);
        }
        QVERIFY2(invalidSeen, json.describe());

        const Run show = steward({u"runbook"_s, u"show"_s, u"mastodon-upgrade"_s});
        QVERIFY2(show.exitCode == 0, show.describe());
        QVERIFY2(show.out.contains(u"3. notes-read (confirm): The release notes have been read"_s),
                 show.describe());
        QVERIFY2(show.out.contains(u"Each release between the running version and the target"_s),
                 show.describe());
        QVERIFY2(show.out.contains(u"version (version, required): Target version"_s),
                 show.describe());

        const Run broken = steward({u"runbook"_s, u"show"_s, userRunbooks() + u"/broken.yaml"_s});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains(u"broken.yaml:5:5: "_s), broken.describe());
        // Refused before any connection: an invalid runbook, a parameter of the wrong type.
        const Run invalidRun = steward(
            {u"runbook"_s, u"run"_s, userRunbooks() + u"/broken.yaml"_s, u"--lab"_s});
        QCOMPARE(invalidRun.exitCode, 2);
        QStringList wrong = upgradeSettings();
        wrong[1] = u"version=latest"_s;
        const Run badVersion = steward(
            QStringList{u"runbook"_s, u"run"_s, u"mastodon-upgrade"_s, u"--lab"_s} + wrong);
        QCOMPARE(badVersion.exitCode, 2);
        QVERIFY2(badVersion.err.contains(u"latest"_s), badVersion.describe());
        QVERIFY(!QFile::exists(stateDir() + u"/runs"_s));
    }

    // The dry run prints each step exactly as it will be sent, a hostile value quoted as one argument and
    // a secret masked, and sends nothing: no run is made on the server.
    void dryRunSendsNothing()
    {
        const QString book = m_tmp.filePath(u"hostile.yaml"_s);
        QVERIFY(writeFile(book,
                          "runbook: 1\n"
                          "id: hostile\n"
                          "title: Hostile words\n"
                          "parameters:\n"
                          "  - name: word\n"
                          "    required: true\n"
                          "  - name: token\n"
                          "    secret: true\n"
                          "    required: true\n"
                          "steps:\n"
                          "  - id: say\n"
                          "    type: command\n"
                          "    title: Say it\n"
                          "    run: [echo, '${word}']\n"
                          "  - id: use\n"
                          "    type: command\n"
                          "    title: Use the token\n"
                          "    run: [printenv, '${token}']\n"));
        const QString hostile = u"-n it's; $(touch /tmp/owned) \"x\""_s;
        const QString secret = u"s3cr3t-Value-42"_s;
        const QStringList args{u"runbook"_s,
                               u"dry-run"_s,
                               book,
                               u"--lab"_s,
                               u"--set"_s,
                               u"word="_s + hostile,
                               u"--set"_s,
                               u"token="_s + secret};
        const QStringList runsBefore = QDir(stateDir() + u"/runs"_s)
                                           .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        const Run dry = steward(args);
        QVERIFY2(dry.exitCode == 0, dry.describe());
        QVERIFY2(dry.out.contains(u"Dry run of “Hostile words” on lab: nothing is sent."_s),
                 dry.describe());
        QVERIFY2(dry.out.contains(u"1. Say it [command]"_s), dry.describe());
        // One argument, quoted for the remote shell exactly as the run sends it.
        QVERIFY2(dry.out.contains(u"echo "_s + Steward::Ssh::quote(hostile)), dry.describe());
        QVERIFY2(!dry.out.contains(secret) && !dry.err.contains(secret), dry.describe());
        QVERIFY2(dry.out.contains(u"printenv ••••••"_s), dry.describe());
        QCOMPARE(QDir(stateDir() + u"/runs"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 runsBefore);

        const Run json = steward(QStringList(args) << u"--json"_s);
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(u"runbook"_s).toString(), u"hostile"_s);
        QCOMPARE(o.value(u"server"_s).toString(), u"lab"_s);
        const QJsonArray steps = o.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).toObject().value(u"id"_s).toString(), u"say"_s);
        QVERIFY(!json.out.contains(secret));

        // A missing required parameter is refused like run refuses it: exit 2.
        const Run missing = steward({u"runbook"_s, u"dry-run"_s, book, u"--lab"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"word"_s), missing.describe());
    }

    // The upgrade from 4.2.10 to 4.3.0: without --yes it stops at the confirmation (exit 1, saying how
    // to go on); status shows it waiting there; resume --yes goes on, is killed while the backup runs on
    // the server, and a second resume finishes the night; every step started exactly once.
    void upgradeStopsResumesAfterKillAndEnds()
    {
        const Run first = steward(
            QStringList{u"runbook"_s, u"run"_s, u"mastodon-upgrade"_s, u"--lab"_s}
            + upgradeSettings());
        QCOMPARE(first.exitCode, 1);
        const QString runId = runIdIn(first.out);
        QVERIFY2(!runId.isEmpty(), first.describe());
        QVERIFY2(first.out.contains(u"✔ [1/17] preflight: its checks passed"_s), first.describe());
        QVERIFY2(first.out.contains(u"▶ [3/17] notes-read"_s), first.describe());
        QVERIFY2(first.err.contains(u"waits for a person's approval"_s), first.describe());
        QVERIFY2(first.err.contains(u"steward runbook resume "_s + runId + u" --server lab --yes"_s),
                 first.describe());
        QVERIFY(!first.out.contains(u"[4/17] backup"_s));

        const Run status = steward({u"runbook"_s, u"status"_s, u"--lab"_s});
        QVERIFY2(status.exitCode == 0, status.describe());
        QVERIFY2(status.out.contains(runId + u"  waiting  at notes-read"_s), status.describe());

        // Resumed with --yes; killed (as a laptop that dies) while the backup runs in tmux.
        QProcess client;
        client.setProcessEnvironment(m_env);
        client.start(QStringLiteral(STEWARD_BINARY),
                     {u"runbook"_s, u"resume"_s, runId, u"--lab"_s, u"--yes"_s});
        QByteArray out;
        QVERIFY2(waitForOutput(client, out, "▶ [4/17] backup", 120000),
                 QByteArray(out + client.readAllStandardError()).constData());
        client.kill();
        QVERIFY(client.waitForFinished(10000));
        QVERIFY2(out.contains("✔ [3/17] notes-read: approved by"), out.constData());

        const Run during = steward({u"runbook"_s, u"status"_s, u"--lab"_s, u"--json"_s});
        QVERIFY2(during.exitCode == 0, during.describe());
        const QJsonObject run = QJsonDocument::fromJson(during.out.toUtf8())
                                    .object()
                                    .value(u"runs"_s)
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(run.value(u"run_id"_s).toString(), runId);
        // The backup runs on (or has just ended, and nothing started after it).
        QVERIFY2(run.value(u"step"_s).toString() == u"backup"_s
                     || run.value(u"step"_s).toString() == u"snapshot"_s,
                 during.describe());
        QCOMPARE(run.value(u"steps_done"_s).toInt() >= 3, true);

        const Run last = steward({u"runbook"_s, u"resume"_s, runId, u"--lab"_s, u"--yes"_s});
        QVERIFY2(last.exitCode == 0, last.describe());
        QVERIFY2(last.out.contains(u"✔ [4/17] backup: finished"_s), last.describe());
        QVERIFY2(last.out.contains(u"✔ [17/17] healthy: finished"_s), last.describe());
        QVERIFY2(last.out.contains(u"■ Done"_s), last.describe());

        // Nothing ran twice: one start per step, nothing abandoned, one announcement.
        QStringList types;
        const QHash<QString, int> starts = startsPerStep(runId, &types);
        QCOMPARE(starts.size(), 17);
        for (auto it = starts.cbegin(); it != starts.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QVERIFY(!types.contains(u"abandoned"_s));
        QCOMPARE(types.last(), u"done"_s);
        QCOMPARE(readAll(lab() + u"/http/statuses.jsonl"_s).count('\n'), 1);
        QVERIFY(readAll(stateDir() + u"/runs/"_s + runId + u"/transcript.md"_s)
                    .contains("Upgrade Mastodon"));
        // The admin token was used and never printed, not even in the lab's own report that --lab
        // forwards to stderr.
        const QByteArray token = readAll(lab() + u"/http/token"_s).trimmed();
        QVERIFY(!token.isEmpty());
        for (const QString &text : {first.out, first.err, last.out, last.err})
            QVERIFY2(!text.toUtf8().contains(token), qPrintable(text));
        QVERIFY(!out.contains(token));

        const Run done = steward({u"runbook"_s, u"status"_s, u"--lab"_s, u"--json"_s});
        const QJsonObject ended = QJsonDocument::fromJson(done.out.toUtf8())
                                      .object()
                                      .value(u"runs"_s)
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(ended.value(u"status"_s).toString(), u"done"_s);
        QCOMPARE(ended.value(u"steps_done"_s).toInt(), 17);

        // This computer kept the run (the history database): its transcript without a connection.
        const Run transcript = steward({u"runbook"_s, u"transcript"_s, runId});
        QVERIFY2(transcript.exitCode == 0, transcript.describe());
        QVERIFY2(transcript.out.contains(u"Upgrade Mastodon"_s), transcript.describe());
        QVERIFY2(transcript.out.contains(u"SKIP_POST_DEPLOYMENT_MIGRATIONS=true"_s),
                 transcript.describe());
        QVERIFY(!transcript.out.toUtf8().contains(token));
        const Run kept = steward(
            {u"runbook"_s, u"transcript"_s, runId, u"--server"_s, u"lab"_s, u"--json"_s});
        QVERIFY2(kept.exitCode == 0, kept.describe());
        QCOMPARE(QJsonDocument::fromJson(kept.out.toUtf8()).object().value(u"status"_s).toString(),
                 u"done"_s);
        const Run unknown = steward({u"runbook"_s, u"transcript"_s, u"20200101-000000-nothing"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"no run 20200101-000000-nothing is kept"_s),
                 unknown.describe());
    }

    // Ctrl-C while a step runs: the command stops following and says how to resume; the step ends on the
    // server; resume --json follows the rest and reports the run done.
    void interruptThenResume()
    {
        QProcess client;
        client.setProcessEnvironment(m_env);
        client.start(QStringLiteral(STEWARD_BINARY),
                     {u"runbook"_s, u"run"_s, u"slow"_s, u"--lab"_s});
        QByteArray out;
        QVERIFY2(waitForOutput(client, out, "begun", 60000),
                 QByteArray(out + client.readAllStandardError()).constData());
        ::kill(pid_t(client.processId()), SIGINT);
        QVERIFY(client.waitForFinished(20000));
        out += client.readAllStandardOutput();
        const QString err = QString::fromUtf8(client.readAllStandardError());
        QCOMPARE(client.exitCode(), 130);
        const QString runId = runIdIn(QString::fromUtf8(out));
        QVERIFY2(!runId.isEmpty(), out.constData());
        QVERIFY2(err.contains(u"goes on in tmux"_s), qPrintable(err));
        QVERIFY2(err.contains(u"steward runbook resume "_s + runId + u" --server lab"_s),
                 qPrintable(err));
        QVERIFY(!out.contains("    ended\n")); // the output; its command line holds the word too

        const Run resumed = steward({u"runbook"_s, u"resume"_s, runId, u"--lab"_s, u"--json"_s});
        QVERIFY2(resumed.exitCode == 0, resumed.describe());
        // Progress on stderr: the rest of the step's output, followed from where it was.
        QVERIFY2(resumed.err.contains(u"    ended\n"_s), resumed.describe());
        const QJsonObject json = QJsonDocument::fromJson(resumed.out.toUtf8()).object();
        QCOMPARE(json.value(u"outcome"_s).toString(), u"done"_s);
        QCOMPARE(json.value(u"run_id"_s).toString(), runId);
        const QJsonArray steps = json.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 2);
        for (const QJsonValue &s : steps) {
            QCOMPARE(s.toObject().value(u"status"_s).toString(), u"succeeded"_s);
            QCOMPARE(s.toObject().value(u"attempts"_s).toInt(), 1);
        }
        const QHash<QString, int> starts = startsPerStep(runId);
        QCOMPARE(starts.value(u"wait"_s), 1);
        QCOMPARE(starts.value(u"after"_s), 1);
    }

    void unknownHostKeyIsRefused()
    {
        // The lab's own inventory, opened without --lab: its host key is then in no known_hosts file.
        const QString inventory = m_tmp.filePath(u"inventory.yaml"_s);
        QVERIFY(QFile::copy(lab() + u"/inventory.yaml"_s, inventory));
        const Run status = steward({u"runbook"_s, u"status"_s, u"--inventory"_s, inventory}, 60000);
        QCOMPARE(status.exitCode, 3);
        QVERIFY2(status.err.contains(u"the host key of lab is not known"_s), status.describe());
        const Run run
            = steward(QStringList{u"runbook"_s, u"run"_s, u"slow"_s, u"--inventory"_s, inventory},
                      60000);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"Headless commands never accept a new key"_s), run.describe());
    }
};

QTEST_GUILESS_MAIN(TestRunbookCommand)
#include "tst_runbookcommand.moc"
