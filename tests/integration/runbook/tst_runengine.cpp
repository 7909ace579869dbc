// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook engine against the lab, through Steward's SSH engine as the panel and `steward runbook` use
// it: the shipped upgrade runbook from 4.2.10 to 4.3.0 with the migration fault (the run stops at that
// step; after `fault migration off` a resume finishes it), sshd stopped while a step runs (the step ends on
// the server; the engine connects again and goes on), a hostile parameter that stays one argument, a
// second engine (another volunteer) opening the same run and seeing the same state, the journal's guard
// against a second start, and the transcript without secrets.
#include "core/runbook/journal.h"
#include "core/runbook/remoterun.h"
#include "core/runbook/runbook.h"
#include "core/runbook/runengine.h"
#include "core/runbook/runhistory.h"
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "labfixture.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Runbook;

namespace {

QByteArray shipped(const QString &name)
{
    QFile f(u":/steward/runbooks/"_s + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRunEngine : public QObject
{
    Q_OBJECT

private:
    Test::LabFixture m_lab{
        {{u"STEWARD_LAB_ACCOUNTS"_s, u"500"_s}, {u"STEWARD_LAB_STATUSES"_s, u"5000"_s}}};
    std::unique_ptr<Ssh::Session> m_session;
    QNetworkAccessManager m_network;
    QTemporaryDir m_tmp;
    QString m_secret; // a secret setting of the lab's .env.production

    QString composeDir() const { return m_lab.dir() + u"/opt/mastodon"_s; }
    QString stateDir() const { return composeDir() + u"/.steward"_s; }

    Ssh::Endpoint endpoint() const
    {
        const Server server = m_lab.server();
        Ssh::Endpoint e;
        e.host = server.host;
        e.alias = server.name;
        e.port = server.port;
        e.user = server.user;
        e.identityFiles = {server.identityFile};
        e.identitiesOnly = true;
        e.agentSocket = u"none"_s;
        e.userKnownHostsFile = m_lab.knownHostsPath();
        e.stewardKnownHostsFile = m_tmp.filePath(u"steward_known_hosts"_s);
        e.keepaliveSeconds = 2;
        e.keepaliveCountMax = 2;
        e.connectTimeoutMs = 5000;
        return e;
    }

    std::unique_ptr<RunEngine> engine(Ssh::Session *session)
    {
        auto e = std::make_unique<RunEngine>(m_lab.server(), &m_network);
        e->setSession(session);
        e->setActor(u"tester@lab-test"_s);
        e->setReconnectInterval(1000);
        e->setVerifyPatience(15000);
        const QString tokenFile = m_lab.dir() + u"/http/token"_s;
        e->setTokenProvider(
            [tokenFile](const Server &, QObject *, std::function<void(Result<QString>)> done) {
                QFile f(tokenFile);
                if (!f.open(QIODevice::ReadOnly))
                    done(Error{u"no token file"_s});
                else
                    done(QString::fromUtf8(f.readAll()).trimmed());
            });
        return e;
    }

    // Waits until the engine's run finished (done or stopped) or a decision is asked; returns the
    // decision's step, or "" when finished.
    QString waitForDecisionOrEnd(RunEngine &e, int timeoutMs = 240000)
    {
        (void) QTest::qWaitFor(
            [&] {
                return e.phase() == RunEngine::Phase::Finished
                       || e.phase() == RunEngine::Phase::Failed || !e.decisionStep().isEmpty();
            },
            timeoutMs);
        return e.decisionStep();
    }

    QString describe(const RunEngine &e) const
    {
        QString text = u"phase %1, error '%2', decision %3 '%4'\n"_s.arg(int(e.phase()))
                           .arg(e.errorString(), e.decisionStep(), e.decisionMessage());
        for (qsizetype i = 0; i < e.runbook().steps.size(); ++i)
            text += u"  %1: %2 (%3 attempts) %4\n"_s
                        .arg(e.runbook().steps.at(i).id,
                             StepState::statusName(e.state().steps.value(i).status))
                        .arg(e.state().steps.value(i).attempts)
                        .arg(e.state().steps.value(i).message);
        return text;
    }

    // A remote command's stdout, through the test's own session.
    QByteArray remote(const QStringList &argv, int *exitCode = nullptr)
    {
        Ssh::Command *c = m_session->run(argv);
        QByteArray out;
        int code = -1;
        bool done = false;
        connect(c, &Ssh::Command::stdoutReceived, this, [&out](const QByteArray &d) { out += d; });
        connect(c, &Ssh::Command::finished, this, [&](int x, const QString &) {
            code = x;
            done = true;
        });
        connect(c, &Ssh::Command::failed, this, [&](const QString &) { done = true; });
        (void) QTest::qWaitFor([&] { return done; }, 60000);
        delete c;
        if (exitCode)
            *exitCode = code;
        return out;
    }

    QList<Event> journal(const QString &runId)
    {
        QList<Event> events;
        const QByteArray text = readAll(stateDir() + u"/runs/"_s + runId + u"/journal"_s);
        for (const QByteArray &line : text.split('\n')) {
            if (const auto e = Event::parse(line))
                events.append(*e);
        }
        return events;
    }

    Steward::Runbook::Runbook custom(const QByteArray &steps)
    {
        const auto book = parse("runbook: 1\nid: probe\ntitle: Probe\nparameters:\n"
                                "  - {name: value, title: A value}\nsteps:\n"
                                + steps);
        return book.ok() ? book.value() : Steward::Runbook::Runbook{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        QVERIFY2(m_lab.start(), qPrintable(m_lab.error()));
        m_network.setProxy(QNetworkProxy::NoProxy);
        // A secret in the lab's .env.production, which the engine must never show.
        m_secret = QString::number(QRandomGenerator::global()->generate64(), 16) + u"c0ffee"_s;
        QFile env(composeDir() + u"/.env.production"_s);
        QVERIFY(env.open(QIODevice::Append));
        env.write("SECRET_KEY_BASE_EXTRA=" + m_secret.toUtf8() + '\n');
        env.close();
        m_session = std::make_unique<Ssh::Session>(endpoint());
        connect(m_session.get(), &Ssh::Session::hostKeyUnknown, this, [this] {
            m_session->refuseHostKey();
        });
        connect(m_session.get(), &Ssh::Session::secretRequested, this, [this] {
            m_session->refuseSecret();
        });
        m_session->connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Ssh::Session::State::Ready, 20000);
    }

    void cleanup() { m_lab.clearFaults(); }

    void cleanupTestCase()
    {
        if (m_session)
            m_session->close();
        m_session.reset();
        QVERIFY(m_lab.stop());
    }

    // A value full of shell syntax reaches the program as one argument, in tmux, in the journal and in
    // the output; the runner's files hold it quoted.
    void hostileParameterStaysOneArgument()
    {
        const QString hostile = u"--x'; touch /tmp/steward-pwned-$(id -u) \"$HOME\" `id`;"_s;
        QFile::remove(u"/tmp/steward-pwned-"_s + QString::number(getuid()));
        const Steward::Runbook::Runbook book = custom(
            "  - id: echo\n    type: command\n    title: Print it\n"
            "    run: [printf, '[%s]\\n', '${value}']\n");
        QVERIFY(!book.steps.isEmpty());
        auto e = engine(m_session.get());
        e->create(book, {{u"value"_s, hostile}});
        QCOMPARE(waitForDecisionOrEnd(*e), QString());
        QVERIFY2(e->state().done, qPrintable(describe(*e)));
        QCOMPARE(QString::fromUtf8(e->outputs().value(outputKey(u"echo"_s, 1))),
                 u"["_s + hostile + u"]\n"_s);
        QVERIFY(!QFile::exists(u"/tmp/steward-pwned-"_s + QString::number(getuid())));
        // The journal on the server says exactly what was sent.
        const QList<Event> events = journal(e->runId());
        QVERIFY(events.size() >= 4);
        for (int i = 0; i < events.size(); ++i)
            QCOMPARE(events.at(i).n, i + 1);
        const auto started = std::find_if(events.cbegin(), events.cend(), [](const Event &ev) {
            return ev.type == u"started";
        });
        QVERIFY(started != events.cend());
        QCOMPARE(started->string(u"command"_s),
                 RemoteRun::stepCommandLine({u"printf"_s, u"[%s]\\n"_s, hostile}, composeDir()));
        QCOMPARE(events.first().fields.value(u"parameters"_s).toObject().value(u"value"_s).toString(),
                 hostile);
        QCOMPARE(events.last().type, u"done"_s);
    }

    // sshd goes away while a step runs: the step ends on the server, the engine connects again, sees the
    // finish in the journal and runs the next step; the first never runs twice.
    void sshdStoppedMidStep()
    {
        const Steward::Runbook::Runbook book = custom(
            "  - id: slow\n    type: command\n    title: Slow\n"
            "    run: [sh, -c, 'echo begun; sleep 6; echo finished-on-server']\n"
            "  - id: after\n    type: command\n    title: After\n"
            "    run: [echo, after]\n");
        auto e = engine(m_session.get());
        QSignalSpy lost(e.get(), &RunEngine::connectionLost);
        QSignalSpy back(e.get(), &RunEngine::reconnected);
        e->create(book, {});
        QTRY_VERIFY_WITH_TIMEOUT(e->outputs().value(outputKey(u"slow"_s, 1)).contains("begun"),
                                 60000);
        QVERIFY(m_lab.fault(u"sshd"_s, true));
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() == 1, 20000);
        // The step carries on without us and finishes on the server.
        QTRY_VERIFY_WITH_TIMEOUT(journal(e->runId()).last().type == u"finished", 30000);
        QVERIFY(m_lab.fault(u"sshd"_s, false));
        QTRY_VERIFY_WITH_TIMEOUT(back.count() >= 1, 30000);
        QCOMPARE(waitForDecisionOrEnd(*e), QString());
        QVERIFY2(e->state().done, qPrintable(describe(*e)));
        QCOMPARE(e->state().steps.at(0).attempts, 1);
        QCOMPARE(e->state().steps.at(0).exitCode, 0);
        QVERIFY(e->outputs().value(outputKey(u"slow"_s, 1)).contains("finished-on-server"));
        QCOMPARE(e->outputs().value(outputKey(u"after"_s, 1)), QByteArray("after\n"));
        // The test's own session lost its connection too.
        m_session->connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Ssh::Session::State::Ready, 20000);
    }

    // The upgrade as the group runs it, with the migration fault on: the run stops at the pre-deployment
    // migrations; another volunteer's Steward opens it and sees the same; with the fault off, a retry
    // finishes the night.
    void upgradeWithMigrationFault()
    {
        const auto book = parse(shipped(u"mastodon-upgrade.yaml"_s),
                                u":/steward/runbooks/mastodon-upgrade.yaml"_s);
        QVERIFY2(book.ok(), qPrintable(book.error().toString()));
        const QString reviewed = m_tmp.filePath(u"reviewed.yml"_s);
        QVERIFY(QFile::copy(QStringLiteral(STEWARD_SOURCE_DIR
                                           "/lab/mastodon/compose/v4.3.0.docker-compose.yml"),
                            reviewed));
        const int migrationsBefore
            = m_lab.sql(u"SELECT count(*) FROM schema_migrations"_s).out.trimmed().toInt();
        QVERIFY(migrationsBefore > 0);
        QVERIFY(m_lab.fault(u"migration"_s, true));

        auto e = engine(m_session.get());
        e->create(book.value(),
                  {{u"version"_s, u"v4.3.0"_s},
                   {u"compose"_s, reviewed},
                   {u"postgresql_min"_s, u"12"_s},
                   {u"redis_min"_s, u"6.2"_s},
                   {u"expected_migrations"_s, u"40 pre-deployment, 10 post-deployment"_s}});
        // The confirmation waits for a person; approved with who and when recorded.
        QCOMPARE(waitForDecisionOrEnd(*e), u"notes-read"_s);
        QCOMPARE(e->decision(), RunEngine::Decision::Approve);
        e->approve(u"notes-read"_s);
        QCOMPARE(waitForDecisionOrEnd(*e), u"migrate-pre"_s);
        QCOMPARE(e->decision(), RunEngine::Decision::StepFailed);
        const qsizetype pre = e->runbook().indexOf(u"migrate-pre"_s);
        QCOMPARE(e->state().steps.at(pre).status, StepState::Status::Failed);
        QCOMPARE(e->state().steps.at(pre).exitCode, 1);
        QVERIFY(e->outputs()
                    .value(outputKey(u"migrate-pre"_s, 1))
                    .contains("this and all later migrations canceled"));
        // Everything before it is done, nothing after it started; the maintenance page is up.
        for (qsizetype i = 0; i < pre; ++i)
            QVERIFY2(e->state().steps.at(i).isDone(), qPrintable(describe(*e)));
        for (qsizetype i = pre + 1; i < e->state().steps.size(); ++i)
            QCOMPARE(e->state().steps.at(i).status, StepState::Status::Pending);
        QVERIFY(QFile::exists(composeDir() + u"/maintenance"_s));

        // The announcement went out once, with the run's key.
        const QByteArray posts = readAll(m_lab.dir() + u"/http/statuses.jsonl"_s);
        QCOMPARE(posts.count('\n'), 1);
        const QJsonObject post = QJsonDocument::fromJson(posts.trimmed()).object();
        QCOMPARE(post.value(u"idempotency_key"_s).toString(),
                 u"steward-"_s + e->runId() + u"-announce"_s);
        QVERIFY(post.value(u"text"_s).toString().contains(u"Mastodon to v4.3.0"_s));
        // The reviewed file is in place, byte for byte, and the snapshot kept what ran.
        QCOMPARE(readAll(composeDir() + u"/docker-compose.yml"_s), readAll(reviewed));
        const QString snapshot = stateDir() + u"/snapshots/"_s + e->runId();
        for (const QString &name : {u"docker-compose.yml"_s,
                                    u".env.production"_s,
                                    u"images.json"_s,
                                    u"containers.json"_s}) {
            QVERIFY2(QFile::exists(snapshot + u'/' + name), qPrintable(name));
            QCOMPARE(QFileInfo(snapshot + u'/' + name).permissions() & 0x0077,
                     QFileDevice::Permissions());
        }
        QVERIFY(readAll(snapshot + u"/docker-compose.yml"_s).contains("mastodon:v4.2.10"));
        QVERIFY(readAll(snapshot + u"/images.json"_s).contains("sha256:"));

        // Another volunteer opens the run: the same state, rebuilt from the server's journal alone.
        auto other = engine(m_session.get());
        other->open(e->runId());
        QTRY_COMPARE_WITH_TIMEOUT(other->phase(), RunEngine::Phase::Active, 30000);
        QCOMPARE(other->state().lastEvent(), e->state().lastEvent());
        for (qsizetype i = 0; i < e->state().steps.size(); ++i)
            QCOMPARE(other->state().steps.at(i).status, e->state().steps.at(i).status);
        QCOMPARE(other->state().steps.at(e->runbook().indexOf(u"notes-read"_s)).decidedBy,
                 u"tester@lab-test"_s);
        QTRY_VERIFY_WITH_TIMEOUT(other->outputs()
                                     .value(outputKey(u"migrate-pre"_s, 1))
                                     .contains("migrations canceled"),
                                 20000);
        // The guard on the server: a completed step does not start again, an attempt number is taken once.
        int code = 0;
        QString runDir = stateDir() + u"/runs/"_s + e->runId();
        RemoteRun run{stateDir(), e->runId()};
        remote(run.begin(u"pull"_s,
                         2,
                         eventFields(u"started"_s, u"pull"_s, 2, {{u"where"_s, u"server"_s}})),
               &code);
        QCOMPARE(code, 3);
        remote(run.begin(u"migrate-pre"_s,
                         1,
                         eventFields(u"started"_s, u"migrate-pre"_s, 1, {{u"where"_s, u"server"_s}})),
               &code);
        QCOMPARE(code, 3);
        other->detach();

        // The fault goes away; the step is tried again and the night ends well.
        QVERIFY(m_lab.fault(u"migration"_s, false));
        e->retry(u"migrate-pre"_s);
        QCOMPARE(waitForDecisionOrEnd(*e), QString());
        QVERIFY2(e->state().done, qPrintable(describe(*e)));
        QCOMPARE(e->state().steps.at(pre).attempts, 2);
        for (const StepState &s : e->state().steps)
            QVERIFY2(s.status == StepState::Status::Succeeded, qPrintable(describe(*e)));
        // What the server runs now.
        QCOMPARE(QString::fromUtf8(
                     remote({u"sh"_s,
                             u"-c"_s,
                             u"cd \"$1\" && docker compose exec -T web tootctl version"_s,
                             u"sh"_s,
                             composeDir()}))
                     .trimmed(),
                 u"4.3.0"_s);
        QVERIFY(!QFile::exists(composeDir() + u"/maintenance"_s));
        QVERIFY(m_lab.sql(u"SELECT count(*) FROM schema_migrations"_s).out.trimmed().toInt()
                >= migrationsBefore + 50);
        QCOMPARE(readAll(m_lab.dir() + u"/http/statuses.jsonl"_s).count('\n'), 1);
        // The gates' evidence is in the journal.
        const qsizetype preflight = e->runbook().indexOf(u"preflight"_s);
        QCOMPARE(e->state().steps.at(preflight).checks.size(), 3);
        QVERIFY(e->state().steps.at(preflight).checks.first().evidence.contains(u"4.2.10"_s));
        const qsizetype floors = e->runbook().indexOf(u"floors"_s);
        QVERIFY(e->state().steps.at(floors).checks.first().message.contains(u"PostgreSQL 14.13"_s));

        // The transcript: every step, on the server and locally, without any secret.
        const QString md = e->transcript();
        QVERIFY(md.contains(u"Run the pre-deployment migrations"_s));
        QVERIFY(md.contains(u"SKIP_POST_DEPLOYMENT_MIGRATIONS=true"_s));
        QVERIFY(md.contains(u"tester@lab-test"_s));
        const QString token = QString::fromUtf8(readAll(m_lab.dir() + u"/http/token"_s)).trimmed();
        QVERIFY(!token.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(runDir + u"/transcript.md"_s), 20000);
        // The local copy: the run's row in the history database, with its final status.
        const auto kept = Steward::Runbook::RunHistory().find(u"lab"_s, e->runId());
        QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : kept.error().message));
        QVERIFY(kept.value().has_value());
        const Steward::Runbook::RunRecord local = *kept.value();
        QCOMPARE(local.status, u"done"_s);
        QCOMPARE(local.runbookId, u"mastodon-upgrade"_s);
        QVERIFY(local.transcript.contains(u"Run the pre-deployment migrations"_s));
        QVERIFY(local.journal.contains("\"type\":\"done\""));
        for (const QByteArray &text : {md.toUtf8(),
                                       readAll(runDir + u"/transcript.md"_s),
                                       readAll(runDir + u"/journal"_s),
                                       local.transcript.toUtf8(),
                                       local.journal}) {
            QVERIFY(!text.isEmpty());
            QVERIFY(!text.contains(token.toUtf8()));
            QVERIFY(!text.contains(m_secret.toUtf8()));
        }
        // The tmux session ended with the run.
        remote({u"tmux"_s, u"-S"_s, run.socket(), u"has-session"_s, u"-t"_s, run.session()}, &code);
        QVERIFY(code != 0);
    }

    // A secret printed by a step never reaches what Steward shows or keeps.
    void secretsRedacted()
    {
        const Steward::Runbook::Runbook book = custom(
            "  - id: leak\n    type: command\n    title: Leak\n"
            "    run: [grep, SECRET_KEY_BASE_EXTRA, .env.production]\n");
        auto e = engine(m_session.get());
        e->create(book, {});
        QCOMPARE(waitForDecisionOrEnd(*e), QString());
        QVERIFY2(e->state().done, qPrintable(describe(*e)));
        const QByteArray out = e->outputs().value(outputKey(u"leak"_s, 1));
        QCOMPARE(out, QByteArray("SECRET_KEY_BASE_EXTRA=[redacted]\n"));
        QVERIFY(!e->transcript().contains(m_secret));
    }

    // A secret parameter given to a command: the step gets it, but the journal on the server (its
    // "started" command), the output and the transcript hold it redacted.
    void secretParameterNotInJournal()
    {
        const auto parsed = parse(
            "runbook: 1\nid: probe\ntitle: Probe\nparameters:\n"
            "  - {name: token, title: A token, secret: true}\nsteps:\n"
            "  - id: use\n    type: command\n    title: Use it\n"
            "    run: [sh, -c, 'test \"$1\" = \"$0\" && echo same', '${token}', "
            "'${token}']\n");
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        const QString token = u"tok-"_s
                              + QString::number(QRandomGenerator::global()->generate64(), 16);
        auto e = engine(m_session.get());
        e->create(parsed.value(), {{u"token"_s, token}});
        QCOMPARE(waitForDecisionOrEnd(*e), QString());
        QVERIFY2(e->state().done, qPrintable(describe(*e)));
        QCOMPARE(e->outputs().value(outputKey(u"use"_s, 1)),
                 QByteArray("same\n")); // it got the value
        const QByteArray journalText = readAll(stateDir() + u"/runs/"_s + e->runId()
                                               + u"/journal"_s);
        QVERIFY(journalText.contains("\"started\""));
        QVERIFY2(!journalText.contains(token.toUtf8()), journalText.constData());
        QVERIFY(!e->transcript().contains(token));
    }

    // An ansible step: its --check --diff report waits for approval; once approved, the playbook is
    // applied (by a stand-in of ansible-playbook that prints the json callback's report: Debian's
    // ansible-core alone has no json callback) in the same attempt.
    void ansibleApprovedIsApplied()
    {
        const QString bin = m_tmp.filePath(u"bin"_s);
        const QString calls = m_tmp.filePath(u"ansible-calls"_s);
        QVERIFY(QDir().mkpath(bin));
        QFile fake(bin + u"/ansible-playbook"_s);
        QVERIFY(fake.open(QIODevice::WriteOnly));
        // The json callback's report of one play that changed one thing.
        const QJsonObject host{{u"changed"_s, true}};
        const QJsonObject task{{u"task"_s, QJsonObject{{u"name"_s, u"Write the marker"_s}}},
                               {u"hosts"_s, QJsonObject{{u"localhost"_s, host}}}};
        const QJsonObject play{{u"play"_s, QJsonObject{{u"name"_s, u"Marker"_s}}},
                               {u"tasks"_s, QJsonArray{task}}};
        const QJsonObject stats{{u"ok"_s, 1},
                                {u"changed"_s, 1},
                                {u"failures"_s, 0},
                                {u"unreachable"_s, 0},
                                {u"skipped"_s, 0}};
        const QByteArray report = QJsonDocument(QJsonObject{{u"plays"_s, QJsonArray{play}},
                                                            {u"stats"_s,
                                                             QJsonObject{{u"localhost"_s, stats}}}})
                                      .toJson(QJsonDocument::Compact);
        fake.write(QByteArray("#!/bin/sh\necho \"$*\" >>'") + calls.toUtf8() + "'\ncat <<'EOF'\n"
                   + report + "\nEOF\n");
        fake.close();
        QVERIFY(fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QByteArray(bin.toUtf8() + ':' + path));
        const auto restore = qScopeGuard([path] { qputenv("PATH", path); });

        const Steward::Runbook::Runbook book = custom(
            "  - id: play\n    type: ansible\n    title: Play it\n"
            "    playbook: site.yml\n    inventory: hosts.ini\n");
        QVERIFY(!book.steps.isEmpty());
        auto e = engine(m_session.get());
        e->create(book, {});
        QCOMPARE(waitForDecisionOrEnd(*e, 60000), u"play"_s);
        QCOMPARE(e->decision(), RunEngine::Decision::Approve);
        QCOMPARE(readAll(calls).count('\n'), 1);
        QVERIFY(readAll(calls).contains("--check --diff"));
        e->approve(u"play"_s);
        QCOMPARE(waitForDecisionOrEnd(*e, 60000), QString());
        QVERIFY2(e->state().done, qPrintable(describe(*e)));
        QCOMPARE(e->state().steps.at(0).status, StepState::Status::Succeeded);
        QCOMPARE(e->state().steps.at(0).attempts, 1);
        // Checked once, applied once.
        const QList<QByteArray> lines = readAll(calls).trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(!lines.last().contains("--check"));
        QStringList phases;
        for (const Event &ev : journal(e->runId())) {
            QVERIFY2(ev.type != u"abandoned", ev.line.constData());
            if (ev.type == u"ansible")
                phases.append(ev.string(u"phase"_s));
        }
        QCOMPARE(phases, (QStringList{u"check"_s, u"apply"_s}));
    }

    // Another volunteer's Steward opens the run and drives it while this one's gate runs: it leaves the
    // gate alone (its runner on the server holds it), and the run ends with the gate started once.
    void secondEngineLeavesLiveStepAlone()
    {
        const Steward::Runbook::Runbook book = custom(
            "  - id: slow-gate\n    type: check\n    title: A slow gate\n    checks:\n"
            "      - {check: command, run: [sleep, '6'], title: It takes a while}\n"
            "  - id: after\n    type: command\n    title: After\n    run: [echo, after]\n");
        auto first = engine(m_session.get());
        first->create(book, {});
        QTRY_VERIFY_WITH_TIMEOUT(first->state().steps.value(0).status == StepState::Status::Running,
                                 30000);
        auto second = engine(m_session.get());
        second->setActor(u"other@lab-test"_s);
        second->open(first->runId());
        QTRY_COMPARE_WITH_TIMEOUT(second->phase(), RunEngine::Phase::Active, 30000);
        QCOMPARE(second->state().steps.at(0).status, StepState::Status::Running);
        second->continueRun();
        QCOMPARE(waitForDecisionOrEnd(*first), QString());
        QVERIFY2(first->state().done, qPrintable(describe(*first)));
        QTRY_VERIFY_WITH_TIMEOUT(second->state().done, 30000);
        QCOMPARE(first->state().steps.at(0).attempts, 1);
        QCOMPARE(first->state().steps.at(0).status, StepState::Status::Succeeded);
        QCOMPARE(first->state().steps.at(1).attempts, 1);
        for (const Event &ev : journal(first->runId()))
            QVERIFY2(ev.type != u"abandoned", ev.line.constData());
    }

    // A failed gate blocks; it is passed only by an override with a typed reason, recorded.
    void gateBlocksUntilOverridden()
    {
        const Steward::Runbook::Runbook book = custom(
            "  - id: gate\n    type: check\n    title: Never true\n    checks:\n"
            "      - {check: command, run: ['false'], title: It is false}\n"
            "  - id: next\n    type: command\n    title: Next\n    run: [echo, ran]\n");
        auto e = engine(m_session.get());
        e->setApproveAll(u"tests never skip gates"_s);
        e->create(book, {});
        QCOMPARE(waitForDecisionOrEnd(*e), u"gate"_s);
        QCOMPARE(e->decision(), RunEngine::Decision::GateBlocked);
        QSignalSpy errors(e.get(), &RunEngine::errorOccurred);
        e->override(u"gate"_s, QString());
        QCOMPARE(errors.count(), 1);
        QCOMPARE(e->state().steps.at(0).status, StepState::Status::Blocked);
        e->override(u"gate"_s, u"checked by hand on the console"_s);
        QCOMPARE(waitForDecisionOrEnd(*e), QString());
        QVERIFY2(e->state().done, qPrintable(describe(*e)));
        QCOMPARE(e->state().steps.at(0).status, StepState::Status::Overridden);
        QCOMPARE(e->state().steps.at(0).reason, u"checked by hand on the console"_s);
        QVERIFY(e->transcript().contains(u"checked by hand on the console"_s));
    }
};

QTEST_GUILESS_MAIN(TestRunEngine)
#include "tst_runengine.moc"
