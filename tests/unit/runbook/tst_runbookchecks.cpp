// SPDX-License-Identifier: GPL-3.0-or-later
// Each gate check alone: the probes it asks for (exactly what is sent) and its verdict over real outputs
// (the lab's shims and the tools they copy), with the evidence it shows.
#include "core/runbook/checks.h"
#include "core/runbook/fields.h"
#include "core/runbook/yamlvalue.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Runbook;

namespace {

Context context()
{
    Context c;
    c.server.name = u"lab"_s;
    c.server.composeDir = u"/opt/mastodon"_s;
    c.server.publicUrl = u"https://social.example"_s;
    c.parameters = {{u"version"_s, u"v4.3.0"_s}, {u"pg"_s, u"14"_s}};
    c.now = QDateTime(QDate(2026, 11, 22), QTime(3, 10), QTimeZone::UTC);
    return c;
}

ProbeResult remote(int exitCode, const QByteArray &out, const QByteArray &err = {})
{
    ProbeResult r;
    r.exitCode = exitCode;
    r.out = out;
    r.err = err;
    return r;
}

ProbeResult http(int status, const QByteArray &body = {})
{
    ProbeResult r;
    r.httpStatus = status;
    r.body = body;
    return r;
}

QByteArray data(const QString &name)
{
    QFile f(QStringLiteral(STEWARD_TEST_DATA "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::shared_ptr<const Check> parseCheck(const QByteArray &yaml)
{
    const auto tree = YamlValue::parse(yaml);
    if (!tree.ok())
        return nullptr;
    QStringList known = Context::builtinVariables();
    known << u"version"_s << u"pg"_s;
    try {
        Fields f(tree.value(), u"check"_s, known);
        return Check::parse(f);
    } catch (const ParseFailure &) {
        return nullptr;
    }
}

const QByteArray backupShow = "Id=pg-dump-to-s3.service\nLoadState=loaded\nActiveState=inactive\n"
                              "SubState=dead\nResult=success\n"
                              "InactiveEnterTimestamp=Sun 2026-11-22 00:10:04 UTC\n";

const QByteArray migrateStatus = "\ndatabase: mastodon_production\n\n"
                                 " Status   Migration ID    Migration Name\n"
                                 "--------------------------------------------------\n"
                                 "   up     20160220174730  Create accounts\n"
                                 "   up     20240307180905  Add notification policies\n"
                                 "  down    20240320140159  Add reblog of id index to statuses\n"
                                 "  down    20240909014637  Remove inbox url from accounts\n";

} // namespace

class TestRunbookChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probesAreExact()
    {
        const Context c = context();
        QCOMPARE(parseCheck("check: backup-fresh")->probes(c).first().display(c),
                 u"env 'LC_ALL=C' 'TZ=UTC' systemctl show -p "
                 "Id,LoadState,ActiveState,SubState,Result,InactiveEnterTimestamp -- "
                 "pg-dump-to-s3.service"_s);
        QCOMPARE(parseCheck("check: running-version\nbelow: ${version}")->probes(c).first().display(c),
                 u"cd -- /opt/mastodon && exec docker compose exec -T web tootctl version"_s);
        QCOMPARE(parseCheck("check: disk-free")->probes(c).first().display(c),
                 u"env 'LC_ALL=C' df -P -T -B1 -- /opt/mastodon"_s);
        QCOMPARE(parseCheck("check: pending-migrations")->probes(c).first().display(c),
                 u"cd -- /opt/mastodon && exec docker compose run --rm web bundle exec rails "
                 "db:migrate:status"_s);
        QCOMPARE(parseCheck("check: dependency\nname: postgresql\nmin: ${pg}")
                     ->probes(c)
                     .first()
                     .display(c),
                 u"cd -- /opt/mastodon && exec docker compose exec -T db postgres --version"_s);
        const QList<Probe> health = parseCheck("check: health")->probes(c);
        QCOMPARE(health.size(), 3);
        QCOMPARE(health.at(1).display(c), u"GET https://social.example/health"_s);
        QCOMPARE(health.at(2).display(c), u"GET https://social.example/api/v1/streaming/health"_s);
        QCOMPARE(parseCheck("check: command\nrun: [grep, -c, '$(x)', 'a b']\nin: home")
                     ->probes(c)
                     .first()
                     .display(c),
                 u"grep -c '$(x)' 'a b'"_s);
    }

    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("check");
        QTest::addColumn<QList<ProbeResult>>("results");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("evidence");

        QTest::newRow("backup fresh")
            << QByteArray("check: backup-fresh") << QList<ProbeResult>{remote(0, backupShow)}
            << true << u"(2026-11-22 00:10 UTC) and succeeded."_s
            << u"InactiveEnterTimestamp=Sun 2026-11-22 00:10:04 UTC"_s;
        QTest::newRow("backup too old") << QByteArray("check: backup-fresh\nmax_hours: 2")
                                        << QList<ProbeResult>{remote(0, backupShow)} << false
                                        << u"finished 2 hour"_s << QString();
        QTest::newRow("backup failed")
            << QByteArray("check: backup-fresh")
            << QList<ProbeResult>{remote(0,
                                         QByteArray(backupShow)
                                             .replace("Result=success", "Result=exit-code")
                                             .replace("ActiveState=inactive", "ActiveState=failed"))}
            << false << u"The last backup failed (pg-dump-to-s3.service: exit-code)."_s
            << QString();
        QTest::newRow("backup running")
            << QByteArray("check: backup-fresh")
            << QList<ProbeResult>{remote(0,
                                         QByteArray(backupShow).replace("inactive", "activating"))}
            << false << u"A backup is running now"_s << QString();
        QTest::newRow("backup unit missing")
            << QByteArray("check: backup-fresh\nunit: nightly.service")
            << QList<ProbeResult>{remote(
                   0,
                   "Id=nightly.service\nLoadState=not-found\nActiveState=inactive\n"
                   "SubState=dead\nResult=success\nInactiveEnterTimestamp=\n")}
            << false << u"does not exist on the server"_s << QString();
        QTest::newRow("backup unreachable")
            << QByteArray("check: backup-fresh") << QList<ProbeResult>{[] {
                   ProbeResult r;
                   r.error = u"The connection to lab was lost."_s;
                   return r;
               }()}
            << false << u"The connection to lab was lost."_s
            << u"The connection to lab was lost."_s;

        const QByteArray df = data(u"servers/lab-df.txt"_s);
        QTest::newRow("disk enough")
            << QByteArray("check: disk-free\nmin: 10G") << QList<ProbeResult>{remote(0, df)} << true
            << u"free on /opt"_s << u"Mounted on"_s;
        QTest::newRow("disk short")
            << QByteArray("check: disk-free\nmin: 1T") << QList<ProbeResult>{remote(0, df)} << false
            << u"at least 1.0 TB is needed"_s << QString();

        const QByteArray reviewed
            = "services:\n  web:\n    image: ghcr.io/mastodon/mastodon:v4.3.0\n";
        const QByteArray sum = QCryptographicHash::hash(reviewed, QCryptographicHash::Sha256).toHex();
        ProbeResult local;
        local.out = reviewed;
        QTest::newRow("compose reviewed")
            << QByteArray("check: compose-reviewed\nfile: /home/me/reviewed.yml")
            << QList<ProbeResult>{remote(0, sum + "  docker-compose.yml\n"), local} << true
            << u"The server runs the reviewed docker-compose.yml"_s << QString::fromLatin1(sum);
        QTest::newRow("compose differs")
            << QByteArray("check: compose-reviewed\nfile: /home/me/reviewed.yml")
            << QList<ProbeResult>{remote(0, QByteArray(64, 'a') + "  docker-compose.yml\n"), local}
            << false << u"is not the reviewed file"_s << QString();
        ProbeResult missing;
        missing.error = u"No such file"_s;
        QTest::newRow("reviewed file missing")
            << QByteArray("check: compose-reviewed\nfile: /home/me/reviewed.yml")
            << QList<ProbeResult>{remote(0, sum), missing} << false << u"cannot be read"_s
            << QString();

        QTest::newRow("older than target")
            << QByteArray("check: running-version\nbelow: ${version}")
            << QList<ProbeResult>{remote(0, "4.2.10\n")} << true
            << u"The server runs Mastodon 4.2.10."_s << u"4.2.10"_s;
        QTest::newRow("already there") << QByteArray("check: running-version\nbelow: ${version}")
                                       << QList<ProbeResult>{remote(0, "4.3.0\n")} << false
                                       << u"runs Mastodon 4.3.0"_s << QString();
        QTest::newRow("equals") << QByteArray("check: running-version\nequals: v4.3.0")
                                << QList<ProbeResult>{remote(0, "4.3.0\n")} << true << QString()
                                << QString();
        QTest::newRow("web down") << QByteArray("check: running-version\nequals: v4.3.0")
                                  << QList<ProbeResult>{remote(1,
                                                               "",
                                                               "service \"web\" is not running\n")}
                                  << false << u"failed with exit status 1"_s
                                  << u"service \"web\" is not running"_s;
        QTest::newRow("garbage version") << QByteArray("check: running-version\nequals: v4.3.0")
                                         << QList<ProbeResult>{remote(0, "Could not find\n")}
                                         << false << u"not a version"_s << QString();

        QTest::newRow("pending listed")
            << QByteArray("check: pending-migrations\nexpected: 2 pre-deployment")
            << QList<ProbeResult>{remote(0, migrateStatus)} << true
            << u"pending. The upgrade plan expects: 2 pre-deployment."_s
            << u"down 20240909014637 Remove inbox url from accounts"_s;
        QTest::newRow("pending not allowed") << QByteArray("check: pending-migrations\nmax: 0")
                                             << QList<ProbeResult>{remote(0, migrateStatus)}
                                             << false << u"2 migration"_s << QString();
        QTest::newRow("none pending")
            << QByteArray("check: pending-migrations\nmax: 0")
            << QList<ProbeResult>{remote(0, QByteArray(migrateStatus).replace("  down ", "   up "))}
            << true << u"Every migration has run."_s << QString();
        QTest::newRow("status not understood") << QByteArray("check: pending-migrations")
                                               << QList<ProbeResult>{remote(0, "rake aborted!\n")}
                                               << false << u"not understood"_s << QString();

        const QByteArray ps = data(u"servers/lab-compose-ps-lines.json"_s);
        QTest::newRow("healthy") << QByteArray(
            "check: health") << QList<ProbeResult>{remote(0, ps), http(200, "OK"), http(200, "OK")}
                                 << true << u"Every service runs"_s << u"→ 200 “OK”"_s;
        QTest::newRow("streaming down")
            << QByteArray("check: health")
            << QList<ProbeResult>{remote(0, ps),
                                  http(200, "OK"),
                                  http(502, "<html>502 Bad Gateway</html>")}
            << false << u"/api/v1/streaming/health answered 502."_s << QString();
        QTest::newRow("web exited")
            << QByteArray("check: health\nhttp: false")
            << QList<ProbeResult>{remote(
                   0,
                   QByteArray(ps).replace("\"State\":\"running\",\"Status\":\"Up 3 days "
                                          "(healthy)\"}\n{\"Command\":\"\\\"/usr/bin/tini -- bu",
                                          "\"State\":\"exited\",\"Status\":\"Exited (1) 1 minute "
                                          "ago\"}\n{\"Command\":\"\\\"/usr/bin/tini -- bu"))}
            << false << u"is not running (Exited (1) 1 minute ago)."_s << QString();

        QTest::newRow("postgres floor holds")
            << QByteArray("check: dependency\nname: postgresql\nmin: ${pg}")
            << QList<ProbeResult>{remote(0, "postgres (PostgreSQL) 14.13\n")} << true
            << u"PostgreSQL 14.13 runs (14 or newer needed)."_s << QString();
        QTest::newRow("postgres too old")
            << QByteArray("check: dependency\nname: postgresql\nmin: '15'")
            << QList<ProbeResult>{remote(0, "postgres (PostgreSQL) 14.13\n")} << false
            << u"PostgreSQL 14.13 runs; the release needs 15 or newer."_s << QString();
        QTest::newRow("redis") << QByteArray("check: dependency\nname: redis\nmin: '6.2'")
                               << QList<ProbeResult>{remote(
                                      0,
                                      "Redis server v=7.0.15 sha=00000000:0 malloc=jemalloc-5.3.0 "
                                      "bits=64 build=a1b2c3\n")}
                               << true << u"Redis 7.0.15 runs"_s << QString();
        QTest::newRow("no floor") << QByteArray(
            "check: dependency\nname: redis\nmin: ${server.user}")
                                  << QList<ProbeResult>{remote(0, "Redis server v=7.0.15 sha=0\n")}
                                  << true << u"(no minimum given)"_s << QString();

        const QByteArray page = "<!DOCTYPE html><title>Down for maintenance - lab.invalid</title>";
        QTest::newRow("maintenance on") << QByteArray("check: maintenance-page\non: true")
                                        << QList<ProbeResult>{http(503, page)} << true
                                        << u"503 with the maintenance page"_s << u"→ 503"_s;
        QTest::newRow("maintenance not on")
            << QByteArray("check: maintenance-page\non: true")
            << QList<ProbeResult>{http(200, "<html>Mastodon</html>")} << false
            << u"answers 200, not 503"_s << QString();
        QTest::newRow("a 503 without the page")
            << QByteArray("check: maintenance-page\non: true")
            << QList<ProbeResult>{http(503, "<center>nginx</center>")} << false
            << u"not with the maintenance page"_s << QString();
        QTest::newRow("maintenance off") << QByteArray("check: maintenance-page\non: false")
                                         << QList<ProbeResult>{http(200, "OK")} << true
                                         << u"/health answers 200 again."_s << QString();
        QTest::newRow("http") << QByteArray(
            "check: http\npath: /api/v2/instance\ncontains: '\"version\"'")
                              << QList<ProbeResult>{http(200, "{\"version\":\"4.3.0\"}")} << true
                              << u"It answered 200."_s << QString();
        QTest::newRow("command expect") << QByteArray(
            "check: command\nrun: [docker, compose, config, --services]\nexpect: '^sidekiq$'")
                                        << QList<ProbeResult>{remote(0, "db\nredis\nweb\nsidekiq\n")}
                                        << true << QString() << QString();
        QTest::newRow("command mismatch") << QByteArray(
            "check: command\nrun: [docker, compose, config, --services]\nexpect: '^es$'")
                                          << QList<ProbeResult>{remote(0, "db\nredis\n")} << false
                                          << u"does not match"_s << QString();
    }
    void verdicts()
    {
        QFETCH(QByteArray, check);
        QFETCH(QList<ProbeResult>, results);
        QFETCH(bool, passed);
        QFETCH(QString, message);
        QFETCH(QString, evidence);
        const auto c = parseCheck(check);
        QVERIFY(c);
        const Context ctx = context();
        QCOMPARE(c->probes(ctx).size(), results.size());
        const CheckResult r = c->evaluate(ctx, results);
        QVERIFY2(r.passed == passed, qPrintable(r.message + u'\n' + r.evidence));
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QVERIFY2(r.evidence.contains(evidence), qPrintable(r.evidence));
        QVERIFY(!c->title(ctx).isEmpty());
        QVERIFY(!c->evidenceName(ctx).isEmpty());
        // The evidence starts with what was asked, exactly as it was sent.
        const Probe first = c->probes(ctx).first();
        if (first.kind != Probe::Kind::LocalFile)
            QVERIFY2(r.evidence.contains(first.display(ctx)), qPrintable(r.evidence));
    }

    void versionNumbers()
    {
        QCOMPARE(DependencyCheck::compareVersions(u"16.2"_s, u"14"_s), 1);
        QCOMPARE(DependencyCheck::compareVersions(u"14"_s, u"14.0"_s), 0);
        QCOMPARE(DependencyCheck::compareVersions(u"6.0.16"_s, u"6.2"_s), -1);
        QCOMPARE(
            DependencyCheck::versionFrom(DependencyCheck::Dependency::PostgreSQL,
                                         "postgres (PostgreSQL) 16.4 (Debian 16.4-1.pgdg120+1)\n"),
            u"16.4"_s);
    }
};

QTEST_GUILESS_MAIN(TestRunbookChecks)
#include "tst_runbookchecks.moc"
