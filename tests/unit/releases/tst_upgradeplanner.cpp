// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releases/githubreleases.h"
#include "core/releases/planner.h"
#include "tests/unit/releases/releasefixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward::Releases;

namespace {

QByteArray readData(const QString &name)
{
    return Steward::Test::releaseFixture(name);
}

// The fixture CHANGELOG (4.4.0–4.7.0) and the real v4.3.0 GitHub release body.
QList<Release> notes()
{
    auto log = ReleaseNotes::parseChangelog(QString::fromUtf8(readData(u"CHANGELOG.md"_s)));
    const Release body = ReleaseNotes::parseReleaseBody(*Version::parse(u"4.3.0"),
                                                        QString::fromUtf8(
                                                            readData(u"v4.3.0.body.md"_s)));
    return ReleaseNotes::merge({log.value(), {body}});
}

Version v(const char16_t *text)
{
    return *Version::parse(QStringView(text));
}

Release release(const char16_t *version, const QString &body)
{
    return ReleaseNotes::parseReleaseBody(v(version), body);
}

// The fixture notes with Hometown's releases (its tag shape: Hometown's number + the Mastodon it is
// built on) and a Mastodon 4.0.0 that Hometown 1.1.0 merges, as ReleaseFeed merges both repositories.
QList<Release> mixed()
{
    QList<Release> hometown{
        release(u"v1.1.1+4.0.2", u"Fixes local-only posting from the web composer."_s),
        release(u"v1.1.0+4.0.2", u"Hometown on Mastodon 4.0.2. Requires rebuilding the feeds."_s),
        release(u"v1.0.8+3.5.5", u"### Security\n\n- Fix GHSA-7w3c-p9j8-mq3x\n"_s),
    };
    const Release m400
        = release(u"4.0.0", u"## Upgrade overview\n\n:warning: Requires database migrations\n"_s);
    return ReleaseNotes::merge({notes(), hometown, {m400}});
}

QStringList planned(const Plan &p)
{
    QStringList out;
    for (const Release &r : p.releases)
        out.append(r.version.toString());
    return out;
}

const PlanAction *action(const Plan &p, const QString &id)
{
    for (const PlanAction &a : p.actions) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QStringList versions(const QList<Version> &list)
{
    QStringList out;
    for (const Version &x : list)
        out.append(x.toString());
    return out;
}

} // namespace

class TestUpgradePlanner : public QObject
{
    Q_OBJECT

private slots:
    // From an old 4.1 to the newest release of the fixtures, checked by hand against the notes.
    void from41ToNewest()
    {
        const QList<Release> all = notes();
        const auto plan = Planner::plan(all, v(u"4.1.0"), v(u"4.7.0"));
        QVERIFY(plan);
        QCOMPARE(plan->releases.size(), 30);
        QCOMPARE(plan->releases.first().version.toString(), u"4.3.0"_s);
        QCOMPARE(plan->releases.last().version.toString(), u"4.7.0"_s);

        // The order of the night.
        QStringList ids;
        for (const PlanAction &a : plan->actions)
            ids.append(a.id);
        QCOMPARE(ids.first(), u"backup"_s);
        QVERIFY(ids.indexOf(u"dependency:PostgreSQL"_s) < ids.indexOf(u"deploy"_s));
        QVERIFY(ids.indexOf(u"migrate-pre"_s) < ids.indexOf(u"restart"_s));
        QVERIFY(ids.indexOf(u"restart"_s) < ids.indexOf(u"migrate-post"_s));
        QCOMPARE(ids.last(), u"migrate-post"_s);

        // Pre-deployment migrations: 4.3.0 says so; 4.4.0/4.5.0/4.7.0 change the schema; 4.6.0 is a
        // feature release (likely). 4.4.1 and 4.5.3 only fix existing migrations: not listed.
        const PlanAction *pre = action(*plan, u"migrate-pre"_s);
        QVERIFY(pre);
        QCOMPARE(versions(pre->releases),
                 (QStringList{u"4.3.0"_s, u"4.4.0"_s, u"4.5.0"_s, u"4.6.0"_s, u"4.7.0"_s}));
        // Post-deployment: 4.3.0's update steps say so; the other feature releases likely (4.4.0's
        // fix to schema loading with SKIP_POST_DEPLOYMENT_MIGRATIONS is no evidence).
        const PlanAction *post = action(*plan, u"migrate-post"_s);
        QVERIFY(post);
        QCOMPARE(versions(post->releases),
                 (QStringList{u"4.3.0"_s, u"4.4.0"_s, u"4.5.0"_s, u"4.6.0"_s, u"4.7.0"_s}));
        for (const PlanEvidence &e : post->evidence) {
            QCOMPARE(e.inferred, e.release != v(u"4.3.0"));
            QVERIFY2(!e.text.contains(u"schema loading"_s), qPrintable(e.text));
        }
        // 4.3.0's evidence is the real body line, not an inference.
        bool stated = false;
        for (const PlanEvidence &e : pre->evidence)
            stated |= e.release == v(u"4.3.0")
                      && e.text.contains(u"Requires database migrations"_s);
        QVERIFY(stated);

        // Dependency floors: the strongest one wins, every release that raised it is listed.
        QCOMPARE(action(*plan, u"dependency:PostgreSQL"_s)->title,
                 u"Make sure PostgreSQL is newer than 13"_s);
        QCOMPARE(versions(action(*plan, u"dependency:PostgreSQL"_s)->releases),
                 (QStringList{u"4.3.0"_s, u"4.4.0"_s, u"4.5.0"_s}));
        QCOMPARE(action(*plan, u"dependency:Ruby"_s)->title, u"Make sure Ruby is newer than 3.2"_s);
        QCOMPARE(action(*plan, u"dependency:Node.js"_s)->title,
                 u"Make sure Node.js is newer than 20"_s);
        QCOMPARE(action(*plan, u"dependency:Redis"_s)->title, u"Make sure Redis is 6.2 or newer"_s);
        QCOMPARE(action(*plan, u"dependency:Elasticsearch"_s)->title,
                 u"Make sure Elasticsearch is 7 or newer"_s);

        // Environment variables demanded by 4.3.0 and removed by 4.4.0.
        QVERIFY(action(*plan, u"env:ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY"_s));
        QCOMPARE(versions(action(*plan, u"env:OTP_SECRET"_s)->releases), QStringList{u"4.4.0"_s});
        // Upgrade notes of 4.3.0 (overview flags).
        QVERIFY(action(*plan, u"upgrade-notes"_s)->releases.contains(v(u"4.3.0")));

        // Warnings: 4.2.0 missing from the notes, and three rolling-update limits crossed.
        QStringList kinds, released;
        for (const PlanWarning &w : plan->warnings) {
            kinds.append(PlanWarning::kindName(w.kind));
            if (w.kind == PlanWarning::SkippedIntermediate)
                released.append(w.release->toString());
        }
        QVERIFY(kinds.contains(u"missing-notes"_s));
        QVERIFY(plan->warnings.first().message.contains(u"4.2.0"_s));
        // 4.3.0 (rolling updates from 4.2), 4.4.0 (zero-downtime from 4.3.0) and 4.7.0 (no
        // cookies of before 4.3.0).
        QCOMPARE(released, (QStringList{u"4.3.0"_s, u"4.4.0"_s, u"4.7.0"_s}));
        QVERIFY(kinds.contains(u"dependency-bump"_s));
        QVERIFY(kinds.contains(u"breaking-change"_s));

        // Security fixes are collected with their releases (4.6.4 has three advisories).
        int in464 = 0;
        for (const PlanEvidence &e : plan->securityFixes)
            in464 += e.release == v(u"4.6.4") && e.text.contains(u"GHSA-"_s) ? 1 : 0;
        QCOMPARE(in464, 3);

        // Recommendations: nothing of 4.1 in the notes; the next line known is 4.3.
        QVERIFY(!plan->latestPatch);
        QCOMPARE(plan->nextLine->toString(), u"4.3.0"_s);

        const QJsonObject json = Planner::toJson(*plan);
        QCOMPARE(json.value(u"from"_s).toString(), u"4.1.0"_s);
        QCOMPARE(json.value(u"releases"_s).toArray().size(), 30);
        const QString md = Planner::toMarkdown(*plan);
        QVERIFY(md.contains(u"- [ ] Make sure PostgreSQL is newer than 13 (4.3.0, 4.4.0, 4.5.0)"_s));
        // A warning's evidence is a nested item of its own warning.
        QVERIFY(md.contains(u"- Breaking change in 4.4.0.\n  - This breaks zero-downtime "_s));
    }

    void patchPlan()
    {
        const QList<Release> all = notes();
        const auto plan = Planner::plan(all, v(u"4.6.5"), v(u"4.6.6"));
        QVERIFY(plan);
        QCOMPARE(plan->releases.size(), 1);
        QVERIFY(!action(*plan, u"migrate-pre"_s));
        QVERIFY(!action(*plan, u"migrate-post"_s));
        QVERIFY(plan->warnings.isEmpty());
    }

    void recommended_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<bool>("nextLine");
        QTest::addColumn<QString>("expected");
        QTest::newRow("patch of 4.4") << u"4.4.2"_s << false << u"4.4.8"_s;
        QTest::newRow("next of 4.4") << u"4.4.2"_s << true << u"4.5.11"_s;
        QTest::newRow("patch of 4.5") << u"4.5.0"_s << false << u"4.5.11"_s;
        QTest::newRow("next of 4.6") << u"4.6.1"_s << true << u"4.7.0"_s;
        QTest::newRow("newest") << u"4.7.0"_s << false << u"4.7.0"_s;
        QTest::newRow("nothing after newest") << u"4.7.0"_s << true << QString();
    }
    void recommended()
    {
        QFETCH(QString, current);
        QFETCH(bool, nextLine);
        QFETCH(QString, expected);
        const auto got = Planner::recommendedTarget(notes(), *Version::parse(current), nextLine);
        QCOMPARE(got ? got->toString() : QString(), expected);
    }

    // A plan reads only the releases of the fork it plans.
    void forksDoNotLeak()
    {
        const QList<Release> all = mixed();
        // Mastodon → Mastodon: no Hometown release, although Hometown 1.1.x is built on 4.0.2.
        const auto plan = Planner::plan(all, v(u"4.0.0"), v(u"4.3.0"));
        QVERIFY(plan);
        QCOMPARE(planned(*plan), QStringList{u"4.3.0"_s});
        for (const PlanWarning &w : plan->warnings)
            QVERIFY2(w.kind != PlanWarning::Fork, qPrintable(w.message));
        QCOMPARE(plan->latestPatch->toString(), u"4.0.0"_s); // not Hometown 1.1.1+4.0.2
        QCOMPARE(plan->nextLine->toString(), u"4.3.0"_s);
        QVERIFY(!Planner::recommendedTarget(all, v(u"4.0.1"), false));
        QCOMPARE(Planner::latest(all, v(u"4.0.0"))->toString(), u"4.7.0"_s);
        // A Hometown release of the Mastodon plan's range brings no security fix into it.
        const auto from35 = Planner::plan(all, v(u"3.5.0"), v(u"4.3.0"));
        QVERIFY(from35);
        QCOMPARE(planned(*from35), (QStringList{u"4.0.0"_s, u"4.3.0"_s}));
        for (const PlanEvidence &e : from35->securityFixes)
            QVERIFY(!e.release.isHometown());

        // Hometown → Hometown: Hometown's releases, and the Mastodon releases the upgrade merges
        // (3.5.5 < v <= 4.0.2), said in a fork warning; never Mastodon 4.3.0.
        const auto home = Planner::plan(all, v(u"v1.0.8+3.5.5"), v(u"v1.1.1+4.0.2"));
        QVERIFY(home);
        QCOMPARE(planned(*home), (QStringList{u"4.0.0"_s, u"1.1.0+4.0.2"_s, u"1.1.1+4.0.2"_s}));
        QVERIFY(action(*home, u"migrate-pre"_s)->releases.contains(v(u"4.0.0")));
        bool forkWarning = false;
        for (const PlanWarning &w : home->warnings)
            forkWarning |= w.kind == PlanWarning::Fork && w.message.contains(u"3.5.5 → 4.0.2"_s);
        QVERIFY(forkWarning);
        QCOMPARE(home->latestPatch->toString(), u"1.0.8+3.5.5"_s); // Hometown's 1.0 line
        QCOMPARE(home->nextLine->toString(), u"1.1.1+4.0.2"_s);
        QCOMPARE(Planner::recommendedTarget(all, v(u"v1.0.8+3.5.5"), true)->toString(),
                 u"1.1.1+4.0.2"_s);
        QCOMPARE(Planner::latest(all, v(u"v1.0.8+3.5.5"))->toString(), u"1.1.1+4.0.2"_s);

        // Across forks: the Mastodon releases up to the target's base and the target itself.
        const auto across = Planner::plan(all, v(u"3.5.0"), v(u"v1.1.1+4.0.2"));
        QVERIFY(across);
        QCOMPARE(planned(*across), (QStringList{u"4.0.0"_s, u"1.1.1+4.0.2"_s}));
        QCOMPARE(across->warnings.first().kind, PlanWarning::Fork);
    }

    // Mastodon's CHANGELOG.md (on main) lacks the patches made only on stable branches (4.4.22
    // while it stops at 4.4.8): a plan from it alone says its latest patch may be stale.
    void changelogOnlyWarns()
    {
        const auto log = ReleaseNotes::parseChangelog(
            QString::fromUtf8(readData(u"CHANGELOG.md"_s)));
        QVERIFY(log);
        const QList<Release> fromLog = ReleaseNotes::merge({log.value()});
        const auto plan = Planner::plan(fromLog, v(u"4.4.2"), v(u"4.5.0"));
        QVERIFY(plan);
        QCOMPARE(plan->latestPatch->toString(), u"4.4.8"_s);
        const PlanWarning &w = plan->warnings.last();
        QCOMPARE(w.kind, PlanWarning::ChangelogOnly);
        QCOMPARE(PlanWarning::kindName(w.kind), u"changelog-only"_s);
        QVERIFY2(w.message.contains(u"latest patch of 4.4 may be newer than 4.4.8"_s),
                 qPrintable(w.message));
        QVERIFY(Planner::toMarkdown(*plan).contains(w.message));
        // From a line the notes do not hold: said without a version.
        const auto old = Planner::plan(fromLog, v(u"4.1.0"), v(u"4.7.0"));
        QCOMPARE(old->warnings.last().kind, PlanWarning::ChangelogOnly);
        // With GitHub's list (here its 4.3.0 body) no such warning; nor for a Hometown plan.
        const auto fromGitHub = Planner::plan(notes(), v(u"4.4.2"), v(u"4.5.0"));
        QVERIFY(fromGitHub);
        for (const PlanWarning &x : fromGitHub->warnings)
            QVERIFY(x.kind != PlanWarning::ChangelogOnly);
        const QList<Release> homeAndLog = ReleaseNotes::merge(
            {log.value(), {release(u"v1.1.0+4.0.2", u"x"_s), release(u"v1.1.1+4.0.2", u"y"_s)}});
        const auto hometown = Planner::plan(homeAndLog, v(u"v1.1.0+4.0.2"), v(u"v1.1.1+4.0.2"));
        QVERIFY(hometown);
        for (const PlanWarning &x : hometown->warnings)
            QVERIFY(x.kind != PlanWarning::ChangelogOnly);
    }

    // GitHub's prerelease flag counts even on a tag without -beta/-rc.
    void prereleaseFlag()
    {
        const auto flagged = GitHubReleases::parse(
            R"([{"tag_name":"v4.7.1","prerelease":true,"body":"- Fix a thing"},
                {"tag_name":"v4.6.7","prerelease":true,"body":"- Fix another thing"}])");
        QVERIFY(flagged);
        const QList<Release> all = ReleaseNotes::merge({notes(), flagged.value()});
        QCOMPARE(Planner::latest(all, v(u"4.6.0"))->toString(), u"4.7.0"_s);
        QCOMPARE(Planner::recommendedTarget(all, v(u"4.6.2"), false)->toString(), u"4.6.6"_s);
        QCOMPARE(Planner::recommendedTarget(all, v(u"4.7.0"), false)->toString(), u"4.7.0"_s);
        const auto plan = Planner::plan(all, v(u"4.6.5"), v(u"4.7.0"));
        QVERIFY(plan);
        QCOMPARE(planned(*plan), (QStringList{u"4.6.6"_s, u"4.7.0"_s}));
        Planner::Options withPre;
        withPre.includePrereleases = true;
        QCOMPARE(planned(*Planner::plan(all, v(u"4.6.5"), v(u"4.7.0"), withPre)),
                 (QStringList{u"4.6.6"_s, u"4.6.7"_s, u"4.7.0"_s}));
        // Planning to a flagged release: it is planned, with the prerelease warning.
        const auto toFlagged = Planner::plan(all, v(u"4.7.0"), v(u"4.7.1"));
        QVERIFY(toFlagged);
        QCOMPARE(planned(*toFlagged), QStringList{u"4.7.1"_s});
        QCOMPARE(toFlagged->warnings.first().kind, PlanWarning::Prerelease);
        QVERIFY(Planner::toJson(*toFlagged)
                    .value(u"releases"_s)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"prerelease"_s)
                    .toBool());
        // A Hometown prerelease tag is a prerelease of Hometown's.
        const QList<Release> home = ReleaseNotes::merge(
            {mixed(), {release(u"v1.2.0-rc.1+4.3.0", u"Hometown on Mastodon 4.3.0"_s)}});
        QCOMPARE(Planner::latest(home, v(u"v1.1.0+4.0.2"))->toString(), u"1.1.1+4.0.2"_s);
        QCOMPARE(planned(*Planner::plan(home, v(u"v1.1.0+4.0.2"), v(u"v1.2.0-rc.1+4.3.0"))).last(),
                 u"1.2.0-rc.1+4.3.0"_s);
    }

    void errors()
    {
        const QList<Release> all = notes();
        const auto backwards = Planner::plan(all, v(u"4.7.0"), v(u"4.6.0"));
        QVERIFY(!backwards);
        QVERIFY(backwards.error().message.contains(u"not newer"_s));
        const auto unknown = Planner::plan(all, v(u"4.5.0"), v(u"4.9.0"));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(u"4.9.0"_s));
        QVERIFY(unknown.error().message.contains(u"4.7.0"_s));
    }
};

QTEST_GUILESS_MAIN(TestUpgradePlanner)
#include "tst_upgradeplanner.moc"
