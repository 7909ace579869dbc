// SPDX-License-Identifier: GPL-3.0-or-later
// The upgrade plan as the upgrade runbook's parameters, from the real release notes (tests/data/releases:
// the upstream CHANGELOG and the v4.3.0 release body): the target's tag, which releases bring migrations,
// the PostgreSQL and Redis floors; and the parameters validate against the shipped runbook.
#include "../releases/releasefixtures.h"
#include "core/releases/planner.h"
#include "core/releases/releasenotes.h"
#include "core/runbook/planparameters.h"
#include "core/runbook/runbooklibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Releases;

namespace {

QList<Release> notes()
{
    auto log = ReleaseNotes::parseChangelog(
        QString::fromUtf8(Test::releaseFixture(u"CHANGELOG.md"_s)));
    const Release body = ReleaseNotes::parseReleaseBody(*Version::parse(u"4.3.0"),
                                                        QString::fromUtf8(Test::releaseFixture(
                                                            u"v4.3.0.body.md"_s)));
    return ReleaseNotes::merge({log.value(), {body}});
}

} // namespace

class TestPlanParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floors_data()
    {
        QTest::addColumn<QString>("floor");
        QTest::addColumn<QString>("minimum");
        QTest::newRow("bare") << u"13"_s << u"13"_s;
        QTest::newRow("newer than a major") << u"> 12"_s << u"13"_s;
        QTest::newRow("newer than a minor") << u"> 6.2"_s << u"6.2.1"_s;
        QTest::newRow("at least") << u">= 7"_s << u"7"_s;
        QTest::newRow("minor") << u"6.2"_s << u"6.2"_s;
        QTest::newRow("spaces") << u"  14 "_s << u"14"_s;
    }

    void floors()
    {
        QFETCH(QString, floor);
        QFETCH(QString, minimum);
        QCOMPARE(Runbook::floorMinimum(floor), minimum);
    }

    void fromTheRealNotes()
    {
        const auto plan = Planner::plan(notes(),
                                        *Version::parse(u"4.2.10"),
                                        *Version::parse(u"4.3.0"));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        const QHash<QString, QString> values = Runbook::upgradeParameters(plan.value());
        QCOMPARE(values.value(u"version"_s), u"v4.3.0"_s);
        QVERIFY2(values.value(u"expected_migrations"_s)
                     .contains(u"pre-deployment migrations (4.3.0)"_s),
                 qPrintable(values.value(u"expected_migrations"_s)));
        QVERIFY(values.value(u"expected_migrations"_s)
                    .contains(u"post-deployment migrations (4.3.0)"_s));
        // 4.3.0 needs PostgreSQL newer than 12 (13) and Redis 6.2 (its notes), so the floors step checks them.
        QVERIFY2(values.contains(u"postgresql_min"_s),
                 qPrintable(QStringList(values.keys()).join(u',')));
        QCOMPARE(values.value(u"postgresql_min"_s),
                 Runbook::floorMinimum(plan->dependencyFloors.value(u"PostgreSQL"_s)));
        QVERIFY(values.value(u"postgresql_min"_s).toInt() >= 12);

        // Further: the strongest floor of 4.3.0 … 4.5.0 (newer than 13).
        const auto later = Planner::plan(notes(),
                                         *Version::parse(u"4.2.10"),
                                         *Version::parse(u"4.5.0"));
        QVERIFY(later.ok());
        const QHash<QString, QString> laterValues = Runbook::upgradeParameters(later.value());
        QCOMPARE(laterValues.value(u"version"_s).mid(0, 6), u"v4.5.0"_s);
        QCOMPARE(laterValues.value(u"postgresql_min"_s), u"14"_s);
        QCOMPARE(laterValues.value(u"redis_min"_s), u"6.2"_s);

        // With the reviewed compose file, the parameters are what the shipped runbook accepts.
        const auto book = Runbook::Library::find(u"mastodon-upgrade"_s);
        QVERIFY(book.ok());
        QHash<QString, QString> all = values;
        all.insert(u"compose"_s, QStringLiteral(STEWARD_TEST_DATA "/releases/CHANGELOG.md"));
        const auto resolved = book->resolveParameters(all);
        QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPlanParameters)
#include "tst_planparameters.moc"
