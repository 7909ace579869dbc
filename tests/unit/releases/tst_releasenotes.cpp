// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releases/githubreleases.h"
#include "core/releases/releasenotes.h"
#include "tests/unit/releases/releasefixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward::Releases;

namespace {

QByteArray readData(const QString &name)
{
    return Steward::Test::releaseFixture(name);
}

const QList<Release> &changelog()
{
    static const QList<Release> releases = [] {
        auto r = ReleaseNotes::parseChangelog(QString::fromUtf8(readData(u"CHANGELOG.md"_s)));
        if (!r)
            qFatal("fixture CHANGELOG.md did not parse");
        return r.value();
    }();
    return releases;
}

const Release &body430()
{
    static const Release r = ReleaseNotes::parseReleaseBody(*Version::parse(u"v4.3.0"),
                                                            QString::fromUtf8(
                                                                readData(u"v4.3.0.body.md"_s)));
    return r;
}

// The 4.3.0 section of stable-4.3's CHANGELOG.md (changelog-4.3.0.md).
const Release &changelog430()
{
    static const Release r = [] {
        auto parsed = ReleaseNotes::parseChangelog(
            QString::fromUtf8(readData(u"changelog-4.3.0.md"_s)));
        if (!parsed || parsed->size() != 1)
            qFatal("fixture changelog-4.3.0.md did not parse into one release");
        return parsed->first();
    }();
    return r;
}

const Release *find(const QString &version)
{
    if (version == u"body:4.3.0")
        return &body430();
    if (version == u"changelog:4.3.0")
        return &changelog430();
    for (const Release &r : changelog()) {
        if (r.version.toString() == version)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestReleaseNotes : public QObject
{
    Q_OBJECT

private slots:
    void changelogHeadings()
    {
        const QList<Release> &all = changelog();
        // 4.4.0 … 4.7.0: 29 headings in the fixture, newest first, dates kept.
        QCOMPARE(all.size(), 29);
        QCOMPARE(all.first().version.toString(), u"4.7.0"_s);
        QCOMPARE(all.first().date, QDate(2026, 8, 20));
        QCOMPARE(all.last().version.toString(), u"4.4.0"_s);
        QCOMPARE(all.last().date, QDate(2025, 7, 8));
        // The last section stops before the pointer to stable-4.3, which stays in 4.4.0's notes.
        QVERIFY(all.first().notes.startsWith(u"### Added"_s));
        QVERIFY(!all.first().notes.contains(u"## [4.6.6]"_s));
    }

    void irregularHeadings()
    {
        const QString text
            = u"# Changelog\n\n## [Unreleased]\n\n- nothing\n\n"
              "## |4.2.11] - 2024-08-16\n\n### Security\n\n- Fix thing "
              "([GHSA-abcd-efgh-ijkl](https://example/GHSA-abcd-efgh-ijkl))\n\n"
              "## [v3.1.2] - 2020-02-27\n\n### Added\n\n- Add a\n\n## Fixed\n\n"
              "- Fix b ([Gargron](https://github.com/mastodon/mastodon/pull/16485))\n"_s;
        const auto parsed = ReleaseNotes::parseChangelog(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 2);
        QCOMPARE(parsed->at(0).version.toString(), u"4.2.11"_s);
        QCOMPARE(parsed->at(0).date, QDate(2024, 8, 16));
        QVERIFY(parsed->at(0).has(Finding::SecurityFix));
        QCOMPARE(parsed->at(0).findingsOf(Finding::SecurityFix).first().detail,
                 u"GHSA-abcd-efgh-ijkl"_s);
        QCOMPARE(parsed->at(0).findingsOf(Finding::SecurityFix).first().line, 11);
        QCOMPARE(parsed->at(1).version.toString(), u"3.1.2"_s);
        // The stray "## Fixed" belongs to 3.1.2.
        QVERIFY(parsed->at(1).notes.contains(u"Fix b"_s));
    }

    void notAChangelog()
    {
        const auto parsed = ReleaseNotes::parseChangelog(u"# README\n\nHello\n## Install\n"_s);
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message.contains(u"CHANGELOG"_s));
    }

    // Expected findings for real releases, checked by hand against the fixture notes.
    void findings_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("minimum");
        QTest::addColumn<QString>("evidence"); // a part of the evidence line
        QTest::addColumn<bool>("present");

        // 4.7.0: new ES_QUERY_TIMEOUT, schema changes, no security section.
        QTest::newRow("4.7.0 env")
            << u"4.7.0"_s << int(Finding::EnvironmentVariable) << u"ES_QUERY_TIMEOUT"_s << QString()
            << u"Elasticsearch request timeout"_s << true;
        QTest::newRow("4.7.0 schema")
            << u"4.7.0"_s << int(Finding::DatabaseMigration) << QString() << QString()
            << u"Change database schema to distinguish"_s << true;
        QTest::newRow("4.7.0 no security") << u"4.7.0"_s << int(Finding::SecurityFix) << QString()
                                           << QString() << QString() << false;
        // 4.6.6: a plain patch release.
        QTest::newRow("4.6.6 no migration") << u"4.6.6"_s << int(Finding::DatabaseMigration)
                                            << QString() << QString() << QString() << false;
        QTest::newRow("4.6.6 no breaking") << u"4.6.6"_s << int(Finding::BreakingChange)
                                           << QString() << QString() << QString() << false;
        // 4.6.4: three advisories on two lines, plus "Update dependencies" in Security.
        QTest::newRow("4.6.4 ghsa 1")
            << u"4.6.4"_s << int(Finding::SecurityFix) << u"GHSA-7jvv-fhmg-wpfw"_s << QString()
            << u"incorrect permission enforcement"_s << true;
        QTest::newRow("4.6.4 ghsa 2")
            << u"4.6.4"_s << int(Finding::SecurityFix) << u"GHSA-hx34-2pfw-2qfj"_s << QString()
            << u"incorrect permission enforcement"_s << true;
        QTest::newRow("4.6.4 ghsa 3") << u"4.6.4"_s << int(Finding::SecurityFix)
                                      << u"GHSA-vwhj-3g83-v276"_s << QString() << u"SSRF"_s << true;
        QTest::newRow("4.6.4 deps") << u"4.6.4"_s << int(Finding::SecurityFix) << QString()
                                    << QString() << u"Update dependencies"_s << true;
        // 4.6.2: a CVE (and the GHSA its link points at).
        QTest::newRow("4.6.2 cve") << u"4.6.2"_s << int(Finding::SecurityFix) << u"CVE-2026-8461"_s
                                   << QString() << u"FFMpeg"_s << true;
        QTest::newRow("4.6.2 ghsa") << u"4.6.2"_s << int(Finding::SecurityFix)
                                    << u"GHSA-qff7-4q6c-m8h6"_s << QString() << u"FFMpeg"_s << true;
        // 4.6.0: Node 20 and Ruby 3.2 dropped, ImageMagick removed.
        QTest::newRow("4.6.0 node") << u"4.6.0"_s << int(Finding::DependencyMinimum) << u"Node.js"_s
                                    << u"> 20"_s << u"EOL Node version 20"_s << true;
        QTest::newRow("4.6.0 ruby") << u"4.6.0"_s << int(Finding::DependencyMinimum) << u"Ruby"_s
                                    << u"> 3.2"_s << u"Remove support for Ruby 3.2"_s << true;
        QTest::newRow("4.6.0 imagemagick")
            << u"4.6.0"_s << int(Finding::BreakingChange) << QString() << QString()
            << u"Remove support for ImageMagick"_s << true;
        QTest::newRow("4.6.0 env removed")
            << u"4.6.0"_s << int(Finding::EnvironmentVariable) << u"ENABLE_SIDEKIQ_UNIQUE_JOBS_UI"_s
            << QString() << u"Remove support for"_s << true;
        // 4.5.0: PostgreSQL 13 dropped, Node 24 recommended, a data migration.
        QTest::newRow("4.5.0 pg") << u"4.5.0"_s << int(Finding::DependencyMinimum)
                                  << u"PostgreSQL"_s << u"> 13"_s
                                  << u"Remove support for PostgreSQL 13"_s << true;
        QTest::newRow("4.5.0 node rec")
            << u"4.5.0"_s << int(Finding::DependencyMinimum) << u"Node.js"_s << u"24"_s
            << u"recommended Node version to 24"_s << true;
        QTest::newRow("4.5.0 migration")
            << u"4.5.0"_s << int(Finding::DatabaseMigration) << QString() << QString()
            << u"Add migration to fill unset"_s << true;
        // 4.5.9: one advisory and "Updated dependencies".
        QTest::newRow("4.5.9 ghsa")
            << u"4.5.9"_s << int(Finding::SecurityFix) << u"GHSA-5r37-qpwq-2jhh"_s << QString()
            << u"verification of email"_s << true;
        QTest::newRow("4.5.9 no migration") << u"4.5.9"_s << int(Finding::DatabaseMigration)
                                            << QString() << QString() << QString() << false;
        // 4.5.5: four advisories written without parentheses.
        QTest::newRow("4.5.5 ghsa 4")
            << u"4.5.5"_s << int(Finding::SecurityFix) << u"GHSA-f3q8-7vw3-69v4"_s << QString()
            << u"push notification settings"_s << true;
        // 4.4.1 and 4.5.3: fixes to existing migrations add none ("Fix some database migrations
        // failing for indexes manually removed by admins", "Fix edge case error handling in some
        // database migrations"), and they are patch releases: nothing inferred either.
        QTest::newRow("4.4.1 a migration fix is no migration")
            << u"4.4.1"_s << int(Finding::DatabaseMigration) << QString() << QString() << QString()
            << false;
        QTest::newRow("4.5.3 a migration fix is no migration")
            << u"4.5.3"_s << int(Finding::DatabaseMigration) << QString() << QString() << QString()
            << false;
        // 4.4.0: schema changes in its entries; its only post-deployment wording is a fix to schema
        // loading with SKIP_POST_DEPLOYMENT_MIGRATIONS, which states no post-deployment migration.
        QTest::newRow("4.4.0 foreign keys")
            << u"4.4.0"_s << int(Finding::DatabaseMigration) << QString() << QString()
            << u"foreign keys option to various database columns"_s << true;
        QTest::newRow("4.4.0 no post from a schema-loading fix")
            << u"4.4.0"_s << int(Finding::PostDeploymentMigration) << QString() << QString()
            << u"schema loading"_s << false;
        QTest::newRow("4.4.0 no pre from a schema-loading fix")
            << u"4.4.0"_s << int(Finding::DatabaseMigration) << QString() << QString()
            << u"schema loading"_s << false;
        // 4.4.0: four dependency floors, OTP_SECRET removed, no zero-downtime from before 4.3.0.
        QTest::newRow("4.4.0 pg") << u"4.4.0"_s << int(Finding::DependencyMinimum)
                                  << u"PostgreSQL"_s << u"> 12"_s << u"PostgreSQL 12 and earlier"_s
                                  << true;
        QTest::newRow("4.4.0 node") << u"4.4.0"_s << int(Finding::DependencyMinimum) << u"Node.js"_s
                                    << u"20"_s << u"Node.JS < 20"_s << true;
        QTest::newRow("4.4.0 redis") << u"4.4.0"_s << int(Finding::DependencyMinimum) << u"Redis"_s
                                     << u"6.2"_s << u"Redis < 6.2"_s << true;
        QTest::newRow("4.4.0 ruby") << u"4.4.0"_s << int(Finding::DependencyMinimum) << u"Ruby"_s
                                    << u"> 3.1"_s << u"Ruby 3.1"_s << true;
        QTest::newRow("4.4.0 otp")
            << u"4.4.0"_s << int(Finding::EnvironmentVariable) << u"OTP_SECRET"_s << QString()
            << u"Remove `OTP_SECRET`"_s << true;
        QTest::newRow("4.4.0 first") << u"4.4.0"_s << int(Finding::UpgradeFirst) << u"4.3.0"_s
                                     << QString() << u"zero-downtime migrations"_s << true;
        QTest::newRow("4.4.0 redis ns")
            << u"4.4.0"_s << int(Finding::BreakingChange) << QString() << QString()
            << u"Remove support for Redis namespaces"_s << true;
        QTest::newRow("4.4.0 no redis-namespace floor")
            << u"4.4.0"_s << int(Finding::DependencyMinimum) << u"Redis"_s << QString()
            << u"namespaces"_s << false;
        // 4.3.0, the real GitHub release body: overview flags, dependencies, update steps.
        QTest::newRow("4.3.0 migrations")
            << u"body:4.3.0"_s << int(Finding::DatabaseMigration) << QString() << QString()
            << u"Requires database migrations"_s << true;
        QTest::newRow("4.3.0 post") << u"body:4.3.0"_s << int(Finding::PostDeploymentMigration)
                                    << QString() << QString() << u"*post-deployment*"_s << true;
        // The update step "Run the *pre-deployment* database migrations by specifying the
        // `SKIP_POST_DEPLOYMENT_MIGRATIONS=true` environment variable" is a pre-deployment step.
        QTest::newRow("4.3.0 pre step")
            << u"body:4.3.0"_s << int(Finding::DatabaseMigration) << QString() << QString()
            << u"Run the *pre-deployment* database migrations"_s << true;
        QTest::newRow("4.3.0 pre step is not post")
            << u"body:4.3.0"_s << int(Finding::PostDeploymentMigration) << QString() << QString()
            << u"*pre-deployment*"_s << false;
        QTest::newRow("4.3.0 advice is no migration")
            << u"body:4.3.0"_s << int(Finding::DatabaseMigration) << QString() << QString()
            << u"often require extra steps"_s << false;
        QTest::newRow("4.3.0 pg") << u"body:4.3.0"_s << int(Finding::DependencyMinimum)
                                  << u"PostgreSQL"_s << u"12"_s << u"bumped to 12"_s << true;
        QTest::newRow("4.3.0 ruby") << u"body:4.3.0"_s << int(Finding::DependencyMinimum)
                                    << u"Ruby"_s << u"3.1"_s << u"Ruby: 3.1 or newer"_s << true;
        QTest::newRow("4.3.0 redis") << u"body:4.3.0"_s << int(Finding::DependencyMinimum)
                                     << u"Redis"_s << u"4"_s << u"Redis: 4 or newer"_s << true;
        QTest::newRow("4.3.0 es") << u"body:4.3.0"_s << int(Finding::DependencyMinimum)
                                  << u"Elasticsearch"_s << u"7"_s << u"7.x"_s << true;
        QTest::newRow("4.3.0 node") << u"body:4.3.0"_s << int(Finding::DependencyMinimum)
                                    << u"Node.js"_s << u"18"_s << u"Node: 18 or newer"_s << true;
        QTest::newRow("4.3.0 env") << u"body:4.3.0"_s << int(Finding::EnvironmentVariable)
                                   << u"ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY"_s << QString()
                                   << u"Generate new secrets"_s << true;
        QTest::newRow("4.3.0 first") << u"body:4.3.0"_s << int(Finding::UpgradeFirst) << u"4.2"_s
                                     << QString() << u"update to the latest v4.2 *then*"_s << true;
        QTest::newRow("4.3.0 critical")
            << u"body:4.3.0"_s << int(Finding::BreakingChange) << QString() << QString()
            << u"‼️ Requires new encryption secrets"_s << true;
        QTest::newRow("4.3.0 note") << u"body:4.3.0"_s << int(Finding::UpgradeNote) << QString()
                                    << QString() << u"Requires streaming API restart"_s << true;
        QTest::newRow("4.3.0 no step env") << u"body:4.3.0"_s << int(Finding::EnvironmentVariable)
                                           << u"RAILS_ENV"_s << QString() << QString() << false;
        // Environment variables, without the noise (checked by hand against CHANGELOG.md):
        QTest::newRow("4.4.0 new bulk smtp")
            << u"4.4.0"_s << int(Finding::EnvironmentVariable) << u"BULK_SMTP_SERVER"_s << QString()
            << u"optional environment variables"_s << true;
        QTest::newRow("4.4.0 not the existing smtp named for comparison")
            << u"4.4.0"_s << int(Finding::EnvironmentVariable) << u"SMTP_SERVER"_s << QString()
            << QString() << false;
        QTest::newRow("4.4.0 not a test switch")
            << u"4.4.0"_s << int(Finding::EnvironmentVariable) << u"COVERAGE"_s << QString()
            << QString() << false;
        QTest::newRow("4.4.0 not a docker build ARG")
            << u"4.4.0"_s << int(Finding::EnvironmentVariable) << u"BASE_REGISTRY"_s << QString()
            << QString() << false;
        QTest::newRow("4.4.0 not the upgrade procedure's")
            << u"4.4.0"_s << int(Finding::EnvironmentVariable)
            << u"SKIP_POST_DEPLOYMENT_MIGRATIONS"_s << QString() << QString() << false;
        QTest::newRow("4.4.0 feature flag")
            << u"4.4.0"_s << int(Finding::EnvironmentVariable) << u"FETCH_REPLIES_ENABLED"_s
            << QString() << u"explicitly enabled server-side"_s << true;
        // stable-4.3's CHANGELOG.md section for 4.3.0 (changelog-4.3.0.md), checked by hand:
        // every environment variable its entries add, also written `NAME=value`; no Ruby constant.
        for (const auto &[name, evidence] : QList<std::pair<QString, QString>>{
                 {u"OIDC_USE_PKCE"_s, u"PKCE Extension in OmniAuth OIDC"_s},     // line 102
                 {u"MASTODON_SIDEKIQ_READY_FILENAME"_s, u"Sidekiq to signal"_s}, // 118
                 {u"S3_RETRY_LIMIT"_s, u"S3 retries configurable"_s},            // 120
                 {u"S3_KEY_PREFIX"_s, u"Add `S3_KEY_PREFIX`"_s},                 // 121
                 {u"REDIS_DRIVER"_s, u"`REDIS_DRIVER=ruby`"_s},                  // 125
                 {u"MASTODON_USE_LIBVIPS"_s, u"enabled with `MASTODON_USE_LIBVIPS=true`"_s}, // 128
                 {u"ES_CA_FILE"_s, u"custom CA cert for Elasticsearch"_s},                   // 145
                 {u"S3_BATCH_DELETE_LIMIT"_s, u"S3 batch size configurable"_s},              // 152
                 {u"S3_BATCH_DELETE_RETRY"_s, u"S3 batch size configurable"_s},              // 152
                 {u"SELF_DESTRUCT"_s, u"`tootctl self-destruct` now outputs"_s},             // 262
             }) {
            QTest::addRow("changelog 4.3.0 env %s", qPrintable(name))
                << u"changelog:4.3.0"_s << int(Finding::EnvironmentVariable) << name << QString()
                << evidence << true;
        }
        QTest::newRow("changelog 4.3.0 a Ruby constant is no env var")
            << u"changelog:4.3.0"_s << int(Finding::EnvironmentVariable)
            << u"HASHTAG_INVALID_CHARS_RE"_s << QString() << QString() << false;
        QTest::newRow("body 4.3.0 a Ruby constant is no env var")
            << u"body:4.3.0"_s << int(Finding::EnvironmentVariable) << u"HASHTAG_INVALID_CHARS_RE"_s
            << QString() << QString() << false;
        QTest::newRow("changelog 4.3.0 not a fix's mention")
            << u"changelog:4.3.0"_s << int(Finding::EnvironmentVariable) << u"BIND"_s << QString()
            << QString() << false;
        // Its rolling-update limits: line 257 (no pre-4.2.0 web server may run) and 258.
        QTest::newRow("changelog 4.3.0 no pre-4.2.0 server running")
            << u"changelog:4.3.0"_s << int(Finding::UpgradeFirst) << u"4.2.0"_s << QString()
            << u"no pre-4.2.0 Mastodon web server is running"_s << true;
        QTest::newRow("changelog 4.3.0 coming from 4.2.0")
            << u"changelog:4.3.0"_s << int(Finding::UpgradeFirst) << u"4.2.0"_s << QString()
            << u"coming from 4.2.0 or newer"_s << true;
        QTest::newRow("changelog 4.3.0 ghsa")
            << u"changelog:4.3.0"_s << int(Finding::SecurityFix) << u"GHSA-jpxp-r43f-rhvx"_s
            << QString() << u"ReDoS"_s << true;
        QTest::newRow("changelog 4.3.0 ruby")
            << u"changelog:4.3.0"_s << int(Finding::DependencyMinimum) << u"Ruby"_s << u"> 3.0"_s
            << u"Remove support for Ruby 3.0"_s << true;
        QTest::newRow("changelog 4.3.0 manual step")
            << u"changelog:4.3.0"_s << int(Finding::UpgradeNote) << QString() << QString()
            << u"requires a manual step from administrators"_s << true;
        QTest::newRow("changelog 4.3.0 log format")
            << u"changelog:4.3.0"_s << int(Finding::BreakingChange) << QString() << QString()
            << u"streaming server log format"_s << true;
        // 4.7.0 drops the cookies of versions before 4.3.0: a rolling-update limit.
        QTest::newRow("4.7.0 pre-4.3.0 cookies")
            << u"4.7.0"_s << int(Finding::UpgradeFirst) << u"4.3.0"_s << QString()
            << u"Remove support for pre-Mastodon 4.3.0 cookies"_s << true;
        // Imports started before 4.2.0 are state of their own, not running servers or sessions.
        QTest::newRow("4.4.0 pre-4.2.0 imports are no upgrade-first")
            << u"4.4.0"_s << int(Finding::UpgradeFirst) << u"4.2.0"_s << QString() << QString()
            << false;
        QTest::newRow("4.6.0 not a fix's mention")
            << u"4.6.0"_s << int(Finding::EnvironmentVariable) << u"REPLICA_DB_HOST"_s << QString()
            << QString() << false;
    }
    void findings()
    {
        QFETCH(QString, release);
        QFETCH(int, kind);
        QFETCH(QString, detail);
        QFETCH(QString, minimum);
        QFETCH(QString, evidence);
        QFETCH(bool, present);
        const Release *r = find(release);
        QVERIFY2(r, qPrintable(release));
        bool found = false;
        for (const Finding &f : r->findings) {
            if (f.kind != kind || (!detail.isEmpty() && f.detail != detail)
                || (!minimum.isEmpty() && f.minimum != minimum) || !f.evidence.contains(evidence))
                continue;
            found = true;
            QVERIFY(f.line > 0);
            QVERIFY(!f.inferred);
        }
        QCOMPARE(found, present);
    }

    void evidenceLineNumbers()
    {
        // The line number points at the evidence in the file.
        const QStringList lines = QString::fromUtf8(readData(u"CHANGELOG.md"_s)).split(u'\n');
        for (const Release &r : changelog()) {
            for (const Finding &f : r.findings) {
                if (f.inferred)
                    continue;
                QVERIFY(f.line >= 1 && f.line <= lines.size());
                QVERIFY2(lines.at(f.line - 1).contains(f.evidence.left(20)), qPrintable(f.evidence));
            }
        }
    }

    void evidenceWithoutMarkdown()
    {
        // Evidence reads as text: no list bullet or number, no bold markers, no trailing "\".
        QList<Release> all = changelog();
        all.append(body430());
        int checked = 0;
        for (const Release &r : all) {
            for (const Finding &f : r.findings) {
                const QString e = f.evidence;
                QVERIFY2(!e.startsWith(u"- "_s) && !e.startsWith(u"* "_s), qPrintable(e));
                QVERIFY2(!QRegularExpression(u"^\\d+\\. "_s).match(e).hasMatch(), qPrintable(e));
                QVERIFY2(!e.contains(u"**"_s) && !e.endsWith(u'\\'), qPrintable(e));
                ++checked;
            }
        }
        QVERIFY(checked > 100);
        // "- Change recommended Node version to 24 (LTS) (#36539 by @renchap)" in 4.5.0.
        const Release *r450 = find(u"4.5.0"_s);
        bool node = false;
        for (const Finding &f : r450->findingsOf(Finding::DependencyMinimum))
            node |= f.recommended
                    && f.evidence.startsWith(u"Change recommended Node version to 24"_s);
        QVERIFY(node);
        // "6. Run the *pre-deployment* database migrations …" in the 4.3.0 body.
        bool step = false;
        for (const Finding &f : body430().findingsOf(Finding::DatabaseMigration))
            step |= f.evidence.startsWith(u"Run the *pre-deployment* database migrations"_s);
        QVERIFY(step);
    }

    void changelog430()
    {
        // One release, its date, every evidence line where the file says it, and the migrations
        // counted for v4.2.10 → v4.3.0 (the section states none).
        const Release &r = ::changelog430();
        QCOMPARE(r.version.toString(), u"4.3.0"_s);
        QCOMPARE(r.date, QDate(2024, 10, 8));
        const QStringList lines = QString::fromUtf8(readData(u"changelog-4.3.0.md"_s)).split(u'\n');
        for (const Finding &f : r.findings) {
            if (f.inferred)
                continue;
            QVERIFY(f.line >= 1 && f.line <= lines.size());
            QVERIFY2(lines.at(f.line - 1).contains(f.evidence.left(20)), qPrintable(f.evidence));
        }
        QCOMPARE(r.findingsOf(Finding::EnvironmentVariable).size(), 10);
        const QList<Finding> pre = r.findingsOf(Finding::DatabaseMigration);
        QCOMPARE(pre.size(), 1);
        QVERIFY(pre.first().inferred);
        QVERIFY2(pre.first().evidence.contains(u"v4.2.10 → v4.3.0: 40"_s),
                 qPrintable(pre.first().evidence));
        QVERIFY(r.findingsOf(Finding::PostDeploymentMigration)
                    .first()
                    .evidence.contains(u"v4.2.10 → v4.3.0: 10"_s));
    }

    void inferredFeatureMigrations()
    {
        // 4.6.0 is not counted in migrations.tsv: likely, and said so.
        const Release *r = find(u"4.6.0"_s);
        QVERIFY(r);
        const QList<Finding> post = r->findingsOf(Finding::PostDeploymentMigration);
        QCOMPARE(post.size(), 1);
        QVERIFY(post.first().inferred);
        QVERIFY2(post.first().evidence.contains(u"likely"_s), qPrintable(post.first().evidence));
        QCOMPARE(post.first().line, 0);
    }

    void migrationCounts()
    {
        // The fixture migrations.tsv, and the same table compiled into Steward.
        const auto counts = ReleaseNotes::parseMigrationCounts(
            QString::fromUtf8(readData(u"migrations.tsv"_s)));
        QVERIFY(counts);
        QCOMPARE(counts->size(), 8);
        QCOMPARE(ReleaseNotes::bundledMigrationCounts().size(), counts->size());
        QVERIFY(!ReleaseNotes::parseMigrationCounts(u"v4.0.2\tv4.1.0\tzero\t1\n"_s));

        // Not every feature release ships both kinds: v4.0.2 → v4.1.0 added no pre-deployment
        // migration and one post-deployment migration.
        const auto c410 = ReleaseNotes::migrationCountFor(*Version::parse(u"4.1.0"), *counts);
        QVERIFY(c410);
        QCOMPARE(c410->pre, 0);
        QCOMPARE(c410->post, 1);
        const QList<Finding> f410 = ReleaseNotes::detect(*Version::parse(u"4.1.0"), QString());
        QCOMPARE(f410.size(), 1);
        QCOMPARE(f410.first().kind, Finding::PostDeploymentMigration);
        QVERIFY(f410.first().inferred);
        QVERIFY2(f410.first().evidence.contains(u"v4.0.2 → v4.1.0: 1"_s),
                 qPrintable(f410.first().evidence));
        // 4.2.0: 22 and 5; 4.3.0: 40 and 10.
        const QList<Finding> f420 = ReleaseNotes::detect(*Version::parse(u"4.2.0"), QString());
        QCOMPARE(f420.size(), 2);
        QVERIFY(f420.at(0).evidence.contains(u"v4.1.9 → v4.2.0: 22"_s));
        QVERIFY(f420.at(1).evidence.contains(u"v4.1.9 → v4.2.0: 5"_s));
        // A patch counted from the patch before it: 3.1.3 added 5 pre-deployment migrations.
        const QList<Finding> f313 = ReleaseNotes::detect(*Version::parse(u"3.1.3"), QString());
        QCOMPARE(f313.size(), 1);
        QCOMPARE(f313.first().kind, Finding::DatabaseMigration);
        // 4.0.2 is only counted with 4.0.0 and 4.0.1 (v3.5.3 → v4.0.2): nothing said of it alone.
        QVERIFY(!ReleaseNotes::migrationCountFor(*Version::parse(u"4.0.2"), *counts));
        QVERIFY(ReleaseNotes::detect(*Version::parse(u"4.0.2"), QString()).isEmpty());
        // A plan through 4.1.0 runs its post-deployment migration and says why.
        const Release r410 = ReleaseNotes::parseReleaseBody(*Version::parse(u"4.1.0"), QString());
        QVERIFY(!r410.has(Finding::DatabaseMigration));
        QVERIFY(r410.has(Finding::PostDeploymentMigration));
    }

    void githubList()
    {
        const auto parsed = GitHubReleases::parse(readData(u"github-releases-sample.json"_s));
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 5);
        QCOMPARE(parsed->first().tag, u"v4.7.0"_s);
        QCOMPARE(parsed->at(4).version.toString(), u"4.3.0"_s);
        QCOMPARE(parsed->at(4).date, QDate(2024, 10, 7));
        QVERIFY(parsed->at(4).url.endsWith(u"/releases/tag/v4.3.0"_s));
        QVERIFY(parsed->at(1).has(Finding::DependencyMinimum)); // 4.6.0

        const auto garbage = GitHubReleases::parse("[{\"tag_name\": ");
        QVERIFY(!garbage);
        QVERIFY(garbage.error().message.contains(u"JSON"_s));
        QVERIFY(!GitHubReleases::parse("{\"message\": \"Not Found\"}"));
        const auto draftsAndJunk = GitHubReleases::parse(
            R"([{"tag_name":"v9.9.9","draft":true,"body":""},{"tag_name":"nightly","body":""},
                {"tag_name":"v4.3.0-rc.1","prerelease":true,"body":"x"}])");
        QVERIFY(draftsAndJunk);
        QCOMPARE(draftsAndJunk->size(), 1);
        QVERIFY(draftsAndJunk->first().prerelease);
    }

    void mergeSources()
    {
        const QList<Release> merged = ReleaseNotes::merge({changelog(), {body430()}});
        QCOMPARE(merged.size(), 30);
        QCOMPARE(merged.last().version.toString(), u"4.3.0"_s);
        // The body states the migrations: no inferred finding left for 4.3.0.
        for (const Finding &f : merged.last().findings)
            QVERIFY(!f.inferred);
    }
};

QTEST_GUILESS_MAIN(TestReleaseNotes)
#include "tst_releasenotes.moc"
