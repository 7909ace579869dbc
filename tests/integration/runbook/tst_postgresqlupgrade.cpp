// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped PostgreSQL major-version runbook rehearsed on a lab of its own, through the engine and
// Steward's SSH engine as the panel and `steward runbook` drive it: from postgres:14-alpine to
// postgres:16-alpine with pg_dumpall, the old data directory moved aside, the new image started on an
// empty data directory (on the lab: the real cluster emptied), the dump restored with psql. The run ends
// done, the db service reports 16, the rows are the same (counts and a digest of their contents), the
// old data directory is kept, and a restart of the old major on the new directory is refused as
// PostgreSQL refuses it.
#include "core/runbook/journal.h"
#include "core/runbook/runbook.h"
#include "core/runbook/runengine.h"
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "labfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Runbook;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What the rehearsal compares before and after: each table's row count, and a digest of the rows of
// the biggest ones, so that a restore that lost or changed a row fails.
const QStringList kQueries{
    u"SELECT count(*) FROM accounts"_s,
    u"SELECT count(*) FROM statuses"_s,
    u"SELECT count(*) FROM follows"_s,
    u"SELECT count(*) FROM media_attachments"_s,
    u"SELECT count(*) FROM schema_migrations"_s,
    u"SELECT md5(string_agg(id || ':' || text || ':' || account_id, ',' ORDER BY id)) FROM statuses"_s,
    u"SELECT md5(string_agg(id || ':' || username || ':' || coalesce(domain, ''), ',' ORDER BY "
    u"id)) "
    "FROM accounts"_s,
};

} // namespace

class TestPostgresqlUpgrade : public QObject
{
    Q_OBJECT

private:
    Test::LabFixture m_lab{
        {{u"STEWARD_LAB_ACCOUNTS"_s, u"800"_s}, {u"STEWARD_LAB_STATUSES"_s, u"8000"_s}}};
    std::unique_ptr<Ssh::Session> m_session;
    QNetworkAccessManager m_network;
    QTemporaryDir m_tmp;

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
        e.connectTimeoutMs = 5000;
        return e;
    }

    std::unique_ptr<RunEngine> engine()
    {
        auto e = std::make_unique<RunEngine>(m_lab.server(), &m_network);
        e->setSession(m_session.get());
        e->setActor(u"tester@lab-test"_s);
        e->setReconnectInterval(1000);
        e->setVerifyPatience(20000);
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

    QString waitForDecisionOrEnd(RunEngine &e, int timeoutMs = 300000)
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
        for (qsizetype i = 0; i < e.runbook().steps.size(); ++i) {
            const QString id = e.runbook().steps.at(i).id;
            const StepState &s = e.state().steps.value(i);
            text += u"  %1: %2 (%3 attempts) %4\n"_s.arg(id, StepState::statusName(s.status))
                        .arg(s.attempts)
                        .arg(s.message);
            if (s.status == StepState::Status::Failed || s.status == StepState::Status::Blocked) {
                text += QString::fromUtf8(e.outputs().value(outputKey(id, s.attempts))).right(3000);
                for (const auto &c : s.checks)
                    text += u"    check %1: %2\n%3\n"_s.arg(c.name, c.message, c.evidence);
            }
        }
        return text;
    }

    // A command in the compose directory on the lab, through the test's own session: its stdout.
    QByteArray inCompose(const QString &script, int *exitCode = nullptr)
    {
        Ssh::Command *c = m_session->run(
            {u"sh"_s, u"-c"_s, u"cd \"$1\" && "_s + script, u"sh"_s, composeDir()});
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

    QStringList snapshotOfData()
    {
        QStringList values;
        for (const QString &q : kQueries) {
            const auto r = m_lab.sql(q);
            values.append(r.exitCode == 0 ? r.out.trimmed() : u"(failed: "_s + r.err + u')');
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        QVERIFY2(m_lab.start(), qPrintable(m_lab.error()));
        m_network.setProxy(QNetworkProxy::NoProxy);
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

    void cleanupTestCase()
    {
        if (m_session)
            m_session->close();
        m_session.reset();
        QVERIFY(m_lab.stop());
    }

    void upgradeFrom14To16()
    {
        const QByteArray text = [] {
            QFile f(u":/steward/runbooks/postgresql-upgrade.yaml"_s);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const auto book = parse(text, u":/steward/runbooks/postgresql-upgrade.yaml"_s);
        QVERIFY2(book.ok(), qPrintable(book.error().toString()));

        // The lab runs postgres:14-alpine on ./postgres14, as upstream's file has it.
        const QByteArray deployed = readAll(composeDir() + u"/docker-compose.yml"_s);
        QVERIFY(deployed.contains("image: postgres:14-alpine"));
        QVERIFY(deployed.contains("- ./postgres14:/var/lib/postgresql/data"));
        QCOMPARE(readAll(composeDir() + u"/postgres14/PG_VERSION"_s), QByteArray("14\n"));
        QCOMPARE(inCompose(u"docker compose exec -T db postgres --version"_s).trimmed(),
                 QByteArray("postgres (PostgreSQL) 14.13"));
        // The reviewed file: the new image and, as upstream names it, a new data directory.
        QByteArray reviewedText = deployed;
        reviewedText.replace("image: postgres:14-alpine", "image: postgres:16-alpine");
        reviewedText.replace("- ./postgres14:/var/lib/postgresql/data",
                             "- ./postgres16:/var/lib/postgresql/data");
        const QString reviewed = m_tmp.filePath(u"reviewed.yml"_s);
        {
            QFile f(reviewed);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(reviewedText);
        }

        const QStringList before = snapshotOfData();
        QCOMPARE(before.at(1), u"8000"_s);
        QCOMPARE(before.at(0), u"800"_s);

        auto e = engine();
        e->create(book.value(), {{u"postgresql_major"_s, u"16"_s}, {u"compose"_s, reviewed}});
        QCOMPARE(waitForDecisionOrEnd(*e), u"plan-read"_s);
        QCOMPARE(e->decision(), RunEngine::Decision::Approve);
        e->approve(u"plan-read"_s);
        QCOMPARE(waitForDecisionOrEnd(*e), QString());
        QVERIFY2(e->state().done, qPrintable(describe(*e)));
        for (const StepState &s : e->state().steps)
            QVERIFY2(s.status == StepState::Status::Succeeded && s.attempts <= 1,
                     qPrintable(describe(*e)));

        // The new major runs, from the new image, on the new directory.
        QCOMPARE(inCompose(u"docker compose exec -T db postgres --version"_s).trimmed(),
                 QByteArray("postgres (PostgreSQL) 16.4"));
        QVERIFY(inCompose(u"docker compose ps --format json db"_s).contains("postgres:16-alpine"));
        QCOMPARE(readAll(composeDir() + u"/docker-compose.yml"_s), reviewedText);
        QCOMPARE(readAll(composeDir() + u"/postgres16/PG_VERSION"_s), QByteArray("16\n"));
        const qsizetype dbVersion = e->runbook().indexOf(u"db-version"_s);
        QVERIFY(e->state().steps.at(dbVersion).checks.first().message.contains(u"16.4"_s));

        // The data survived: the same counts and the same rows, seen by the test itself.
        const QStringList after = snapshotOfData();
        QCOMPARE(after, before);
        // And by the run: the counts of every table before and after, equal.
        const QString runDir = stateDir() + u"/runs/"_s + e->runId();
        const QByteArray countsBefore = readAll(runDir + u"/row-counts-before.txt"_s);
        QVERIFY(countsBefore.contains("statuses|8000\n"));
        QCOMPARE(readAll(runDir + u"/row-counts-after.txt"_s), countsBefore);
        QVERIFY(e->outputs()
                    .value(outputKey(u"counts-after"_s, 1))
                    .contains("has as many rows as before the dump"));
        // The restore's only complaint is the superuser's role; the statistics were gathered.
        QCOMPARE(readAll(runDir + u"/restore.log"_s).count("ERROR:"), 1);
        QVERIFY(e->outputs()
                    .value(outputKey(u"analyze"_s, 1))
                    .contains("Generating default (full) optimizer statistics"));
        QVERIFY(m_lab.sql(u"SELECT count(*) FROM pg_stats WHERE tablename = 'statuses'"_s)
                    .out.trimmed()
                    .toInt()
                > 0);
        // The dump is kept in the run's folder, for the owner only, and complete.
        const QString dump = runDir + u"/pg_dumpall.sql"_s;
        QVERIFY(QFileInfo(dump).size() > 100000);
        QCOMPARE(QFileInfo(dump).permissions() & 0x0077, QFileDevice::Permissions());
        QVERIFY(readAll(dump).contains("PostgreSQL database cluster dump complete"));

        // The old data directory is kept aside, untouched: the rollback.
        const QString aside = composeDir() + u"/postgres14.before-"_s + e->runId();
        QVERIFY(QFileInfo(aside).isDir());
        QCOMPARE(readAll(aside + u"/PG_VERSION"_s), QByteArray("14\n"));
        QVERIFY(!QFileInfo::exists(composeDir() + u"/postgres14"_s));
        // The snapshot kept the old file, to put back with it.
        QVERIFY(readAll(stateDir() + u"/snapshots/"_s + e->runId() + u"/docker-compose.yml"_s)
                    .contains("image: postgres:14-alpine"));

        // Mastodon is back: maintenance off, one announcement, every service up.
        QVERIFY(!QFile::exists(composeDir() + u"/maintenance"_s));
        const QByteArray posts = readAll(m_lab.dir() + u"/http/statuses.jsonl"_s);
        QCOMPARE(posts.count('\n'), 1);
        QVERIFY(QJsonDocument::fromJson(posts.trimmed())
                    .object()
                    .value(u"text"_s)
                    .toString()
                    .contains(u"PostgreSQL 16"_s));
        int code = -1;
        const QByteArray running = inCompose(u"docker compose ps --services | sort | tr '\\n' ' '"_s,
                                             &code);
        QCOMPARE(code, 0);
        QCOMPARE(running.trimmed(), QByteArray("db redis sidekiq streaming web"));

        // As with the real image: the old major on the new cluster's directory does not start.
        QByteArray old = reviewedText;
        old.replace("image: postgres:16-alpine", "image: postgres:14-alpine");
        {
            QFile f(composeDir() + u"/docker-compose.yml"_s);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(old);
        }
        inCompose(u"docker compose up -d db 2>&1"_s, &code);
        QCOMPARE(code, 0);
        QVERIFY(inCompose(u"docker compose ps --all --format json db"_s).contains("Exited (1)"));
        QVERIFY(inCompose(u"docker compose logs --tail 3 db"_s)
                    .contains("The data directory was initialized by PostgreSQL version 16, which "
                              "is not compatible with this version 14.13."));
        QCOMPARE(snapshotOfData(), before); // nothing was touched
    }
};

QTEST_GUILESS_MAIN(TestPostgresqlUpgrade)
#include "tst_postgresqlupgrade.moc"
