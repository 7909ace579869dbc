// SPDX-License-Identifier: GPL-3.0-or-later
// ReleaseListModel and ReleaseFilterModel over the real CHANGELOG.md, the real v4.3.0 GitHub body and
// two Hometown releases, checked with QAbstractItemModelTester.
#include "core/releases/githubreleases.h"
#include "models/releases/releaselistmodel.h"
#include "tests/unit/releases/releasefixtures.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Releases;

namespace {

QString readData(const QString &name)
{
    return QString::fromUtf8(Steward::Test::releaseFixture(name));
}

// Two Hometown releases and one Mastodon prerelease (short made-up bodies), shaped like GitHub's "list releases" answer.
const char *extraJson = R"([
 {"tag_name":"v1.1.1+4.0.2","prerelease":false,"draft":false,"published_at":"2023-01-25T10:00:00Z",
  "body":"Hometown 1.1.1 fixes a bug in local-only posting."},
 {"tag_name":"v1.1.0+4.0.2","prerelease":false,"draft":false,"published_at":"2022-12-20T10:00:00Z",
  "body":"Hometown rebased on Mastodon 4.0.2. Requires database migrations."},
 {"tag_name":"v4.5.0-rc.1","prerelease":true,"draft":false,"published_at":"2025-10-29T10:00:00Z",
  "body":"Release candidate."}
])";

QList<Release> fixtureReleases()
{
    auto changelog = ReleaseNotes::parseChangelog(readData(u"CHANGELOG.md"_s), u"CHANGELOG.md"_s);
    if (!changelog)
        qFatal("CHANGELOG.md: %s", qPrintable(changelog.error().message));
    Release body = ReleaseNotes::parseReleaseBody(*Version::parse(u"4.3.0"),
                                                  readData(u"v4.3.0.body.md"_s));
    body.tag = u"v4.3.0"_s;
    body.source = u"GitHub"_s;
    auto extra = GitHubReleases::parse(extraJson);
    if (!extra)
        qFatal("extra JSON: %s", qPrintable(extra.error().message));
    return ReleaseNotes::merge({changelog.value(), {body}, extra.value()});
}

QStringList versions(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(ReleaseListModel::VersionRole).toString());
    return out;
}

} // namespace

class TestReleaseListModel : public QObject
{
    Q_OBJECT

    QList<Release> m_releases;

private slots:
    void initTestCase() { m_releases = fixtureReleases(); }

    void rolesAndReset()
    {
        ReleaseListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setReleases(m_releases);
        QCOMPARE(aboutToReset.size(), 1);
        QCOMPARE(reset.size(), 1);
        // 29 sections of CHANGELOG.md (4.4.0 … 4.7.0), the 4.3.0 body, two Hometown, one rc.
        QCOMPARE(model.rowCount(), 33);
        QCOMPARE(model.index(0, 0).data(ReleaseListModel::VersionRole).toString(), u"4.7.0"_s);

        const int r430 = model.rowOf(*Version::parse(u"4.3.0"));
        QVERIFY(r430 >= 0);
        const QModelIndex i430 = model.index(r430, 0);
        QCOMPARE(i430.data(ReleaseListModel::TagRole).toString(), u"v4.3.0"_s);
        QCOMPARE(i430.data(ReleaseListModel::SourceRole).toString(), u"GitHub"_s);
        QCOMPARE(i430.data(ReleaseListModel::ForkRole).toInt(), int(ReleaseListModel::Mastodon));
        QVERIFY(i430.data(ReleaseListModel::NotesRole).toString().contains(u"Upgrade overview"));

        const QModelIndex i470 = model.index(0, 0);
        QCOMPARE(i470.data(ReleaseListModel::DateRole).toDate(), QDate(2026, 8, 20));
        QCOMPARE(i470.data(ReleaseListModel::SourceRole).toString(), u"CHANGELOG.md"_s);

        const QModelIndex home = model.index(model.rowOf(*Version::parse(u"v1.1.0+4.0.2")), 0);
        QCOMPARE(home.data(ReleaseListModel::ForkRole).toInt(), int(ReleaseListModel::Hometown));
        QCOMPARE(home.data(Qt::DisplayRole).toString(), u"1.1.0+4.0.2"_s);
        QCOMPARE(home.data(ReleaseListModel::DateRole).toDate(), QDate(2022, 12, 20));

        const QModelIndex rc = model.index(model.rowOf(*Version::parse(u"4.5.0-rc.1")), 0);
        QVERIFY(rc.data(ReleaseListModel::PrereleaseRole).toBool());
        QVERIFY(!i430.data(ReleaseListModel::PrereleaseRole).toBool());

        QCOMPARE(model.roleNames().value(ReleaseListModel::BadgesRole), QByteArray("badges"));

        model.setReleases({});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void badges_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("security");
        QTest::addColumn<bool>("migrations");
        QTest::addColumn<bool>("postDeployment");
        QTest::addColumn<bool>("breaking");
        QTest::addColumn<bool>("upgradeNotes");
        // Checked by hand against CHANGELOG.md and the v4.3.0 body.
        // 4.3.0 body: "Requires database migrations", post-deployment migrations in its update
        // steps, ‼️ flags in the upgrade overview, GHSA-jpxp-r43f-rhvx under "### Security".
        QTest::newRow("4.3.0") << u"4.3.0"_s << true << true << true << true << true;
        // 4.4.0: inferred feature-release migrations, "Remove support for Redis namespaces",
        // zero-downtime only from 4.3.0 (an upgrade-first note).
        QTest::newRow("4.4.0") << u"4.4.0"_s << false << true << true << true << true;
        // 4.6.4: GHSA-7jvv-fhmg-wpfw, GHSA-hx34-2pfw-2qfj, GHSA-vwhj-3g83-v276.
        QTest::newRow("4.6.4") << u"4.6.4"_s << true << false << false << false << false;
        // 4.6.2: CVE-2026-8461.
        QTest::newRow("4.6.2") << u"4.6.2"_s << true << false << false << false << false;
        // 4.6.6: a plain patch release.
        QTest::newRow("4.6.6") << u"4.6.6"_s << false << false << false << false << false;
        // 4.7.0: schema changes, no security section; "Remove support for pre-Mastodon 4.3.0
        // cookies" under "### Removed": breaking, and upgrade from 4.3.0 or newer (an
        // upgrade-first note).
        QTest::newRow("4.7.0") << u"4.7.0"_s << false << true << true << true << true;
        // 4.5.9: GHSA-5r37-qpwq-2jhh, no migration.
        QTest::newRow("4.5.9") << u"4.5.9"_s << true << false << false << false << false;
        QTest::newRow("hometown 1.1.0")
            << u"v1.1.0+4.0.2"_s << false << true << false << false << false;
    }

    void badges()
    {
        QFETCH(QString, version);
        QFETCH(bool, security);
        QFETCH(bool, migrations);
        QFETCH(bool, postDeployment);
        QFETCH(bool, breaking);
        QFETCH(bool, upgradeNotes);
        ReleaseListModel model;
        model.setReleases(m_releases);
        const int row = model.rowOf(*Version::parse(version));
        QVERIFY2(row >= 0, qPrintable(version));
        const auto badges = ReleaseListModel::Badges(
            model.index(row, 0).data(ReleaseListModel::BadgesRole).toInt());
        QCOMPARE(badges.testFlag(ReleaseListModel::SecurityBadge), security);
        QCOMPARE(badges.testFlag(ReleaseListModel::MigrationsBadge), migrations);
        QCOMPARE(badges.testFlag(ReleaseListModel::PostDeploymentBadge), postDeployment);
        QCOMPARE(badges.testFlag(ReleaseListModel::BreakingBadge), breaking);
        QCOMPARE(model.index(row, 0).data(ReleaseListModel::HasUpgradeNotesRole).toBool(),
                 upgradeNotes);
    }

    void filter()
    {
        ReleaseListModel model;
        model.setReleases(m_releases);
        ReleaseFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);

        // Prereleases are hidden until asked.
        QCOMPARE(proxy.rowCount(), 32);
        QVERIFY(!versions(proxy).contains(u"4.5.0-rc.1"_s));
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        proxy.setShowPrereleases(true);
        QCOMPARE(proxy.rowCount(), 33);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(versions(proxy).contains(u"4.5.0-rc.1"_s));
        proxy.setShowPrereleases(false);

        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        proxy.setForkFilter(ReleaseFilterModel::HometownOnly);
        QVERIFY(removed.size() >= 1);
        QCOMPARE(versions(proxy), (QStringList{u"1.1.1+4.0.2"_s, u"1.1.0+4.0.2"_s}));
        proxy.setForkFilter(ReleaseFilterModel::MastodonOnly);
        QCOMPARE(proxy.rowCount(), 30);
        proxy.setForkFilter(ReleaseFilterModel::AllForks);
        QCOMPARE(proxy.rowCount(), 32);

        // Text: an advisory id matches the one release whose notes name it.
        proxy.setText(u"ghsa-7jvv-fhmg-wpfw"_s);
        QCOMPARE(versions(proxy), QStringList{u"4.6.4"_s});
        // A version prefix.
        proxy.setText(u"4.5."_s);
        QCOMPARE(proxy.rowCount(), 12); // 4.5.0 … 4.5.11
        // Notes text with the fork filter on.
        proxy.setText(u"local-only"_s);
        proxy.setForkFilter(ReleaseFilterModel::HometownOnly);
        QCOMPARE(versions(proxy), QStringList{u"1.1.1+4.0.2"_s});
        proxy.setForkFilter(ReleaseFilterModel::MastodonOnly);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), 30);

        // A new list through the proxy keeps the filter.
        model.setReleases(m_releases.mid(0, 5));
        QCOMPARE(proxy.rowCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestReleaseListModel)
#include "tst_releaselistmodel.moc"
