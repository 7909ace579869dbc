// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releases/version.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Steward::Releases::Version;

class TestReleaseVersion : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<bool>("hometown");
        QTest::addColumn<QString>("mastodon");
        QTest::newRow("tag") << u"v4.2.10"_s << true << u"4.2.10"_s << false << u"4.2.10"_s;
        QTest::newRow("bare") << u"4.4.0"_s << true << u"4.4.0"_s << false << u"4.4.0"_s;
        QTest::newRow("beta") << u"4.3.0-beta.1"_s << true << u"4.3.0-beta.1"_s << false
                              << u"4.3.0-beta.1"_s;
        QTest::newRow("rc") << u"v4.3.0-rc.2"_s << true << u"4.3.0-rc.2"_s << false
                            << u"4.3.0-rc.2"_s;
        QTest::newRow("two parts") << u"4.2"_s << true << u"4.2.0"_s << false << u"4.2.0"_s;
        QTest::newRow("hometown tag")
            << u"v1.0.5+3.4.0"_s << true << u"1.0.5+3.4.0"_s << true << u"3.4.0"_s;
        QTest::newRow("hometown api")
            << u"4.0.2+hometown-1.1.1"_s << true << u"1.1.1+4.0.2"_s << true << u"4.0.2"_s;
        QTest::newRow("glitch api")
            << u"4.2.0+glitch"_s << true << u"4.2.0"_s << false << u"4.2.0"_s;
        QTest::newRow("spaces") << u"  v4.5.11 "_s << true << u"4.5.11"_s << false << u"4.5.11"_s;
        QTest::newRow("empty") << QString() << false << QString() << false << QString();
        QTest::newRow("word") << u"latest"_s << false << QString() << false << QString();
        QTest::newRow("one number") << u"4"_s << false << QString() << false << QString();
        QTest::newRow("trailing junk")
            << u"4.2.1 beta"_s << false << QString() << false << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto v = Version::parse(text);
        QCOMPARE(v.has_value(), valid);
        if (!valid)
            return;
        QFETCH(QString, canonical);
        QFETCH(bool, hometown);
        QFETCH(QString, mastodon);
        QCOMPARE(v->toString(), canonical);
        QCOMPARE(v->isHometown(), hometown);
        QCOMPARE(v->mastodon().toString(), mastodon);
    }

    void order_data()
    {
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QString>("higher");
        QTest::newRow("patch numeric") << u"4.2.9"_s << u"4.2.10"_s;
        QTest::newRow("minor") << u"4.2.10"_s << u"4.3.0"_s;
        QTest::newRow("beta before rc") << u"4.3.0-beta.2"_s << u"4.3.0-rc.1"_s;
        QTest::newRow("beta numeric") << u"4.3.0-beta.2"_s << u"4.3.0-beta.10"_s;
        QTest::newRow("rc before release") << u"4.3.0-rc.2"_s << u"4.3.0"_s;
        QTest::newRow("release before next beta") << u"4.2.12"_s << u"4.3.0-beta.1"_s;
        QTest::newRow("major") << u"3.5.19"_s << u"4.0.0"_s;
        QTest::newRow("hometown own order") << u"v1.0.4+3.3.0"_s << u"v1.0.5+3.4.0"_s;
        QTest::newRow("hometown on newer mastodon")
            << u"v1.0.8+3.5.3"_s << u"4.0.2+hometown-1.1.1"_s;
        QTest::newRow("mastodon before its fork") << u"3.4.0"_s << u"v1.0.5+3.4.0"_s;
    }
    void order()
    {
        QFETCH(QString, lower);
        QFETCH(QString, higher);
        const auto a = Version::parse(lower);
        const auto b = Version::parse(higher);
        QVERIFY(a && b);
        QVERIFY(*a < *b);
        QVERIFY(!(*b < *a));
        QVERIFY(!(*a == *b));
        QVERIFY(*Version::parse(lower) == *a);
    }

    void sameLine()
    {
        QVERIFY(Version::parse(u"4.2.0")->sameLine(*Version::parse(u"v4.2.10")));
        QVERIFY(!Version::parse(u"4.2.0")->sameLine(*Version::parse(u"4.3.0")));
    }
};

QTEST_GUILESS_MAIN(TestReleaseVersion)
#include "tst_releaseversion.moc"
