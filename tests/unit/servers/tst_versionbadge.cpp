// SPDX-License-Identifier: GPL-3.0-or-later
// The version column's badge over the real CHANGELOG.md: a newer patch of the running line, and whether a
// security release is among them.
#include "core/servers/versionbadge.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Servers;

class TestVersionBadge : public QObject
{
    Q_OBJECT

    QList<Releases::Release> m_releases;

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(QStringLiteral(STEWARD_TEST_DATA "/releases/CHANGELOG.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto parsed = Releases::ReleaseNotes::parseChangelog(QString::fromUtf8(f.readAll()));
        QVERIFY(parsed);
        m_releases = parsed.value();
    }

    void badge_data()
    {
        QTest::addColumn<QString>("running");
        QTest::addColumn<QString>("newer"); // empty: none
        QTest::addColumn<bool>("security");
        QTest::newRow("old patch of 4.5") << u"4.5.3"_s << u"4.5.11"_s << true;
        QTest::newRow("newest of its line") << u"4.5.11"_s << QString() << false;
        QTest::newRow("newest release") << u"4.7.0"_s << QString() << false;
        QTest::newRow("4.6.3 -> 4.6.6, 4.6.4 fixed a vulnerability")
            << u"4.6.3"_s << u"4.6.6"_s << true;
        // 4.6.4 was the security release: 4.6.5 and 4.6.6 only fix bugs.
        QTest::newRow("4.6.4 -> 4.6.6, no security release after it")
            << u"4.6.4"_s << u"4.6.6"_s << false;
        QTest::newRow("a prerelease of the line") << u"4.6.0-rc.1"_s << u"4.6.6"_s << true;
    }

    void badge()
    {
        QFETCH(QString, running);
        QFETCH(QString, newer);
        QFETCH(bool, security);
        const auto version = Releases::Version::parse(running);
        QVERIFY(version);
        const auto badge = newerPatch(*version, m_releases);
        QCOMPARE(badge.has_value(), !newer.isEmpty());
        if (badge) {
            QCOMPARE(badge->version.toString(), newer);
            QCOMPARE(badge->security, security);
        }
    }
};

QTEST_GUILESS_MAIN(TestVersionBadge)
#include "tst_versionbadge.moc"
