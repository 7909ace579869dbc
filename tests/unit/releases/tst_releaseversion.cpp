// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releases/version.h"

#include <QTest>

#include <algorithm>

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
        QTest::newRow("hometown rc tag")
            << u"v1.0.0-rc.1+3.3.0"_s << true << u"1.0.0-rc.1+3.3.0"_s << true << u"3.3.0"_s;
        QTest::newRow("hometown api rc") << u"4.2.10+hometown-1.1.0-rc.1"_s << true
                                         << u"1.1.0-rc.1+4.2.10"_s << true << u"4.2.10"_s;
        QTest::newRow("hometown api bad")
            << u"4.2.10+hometown-one"_s << false << QString() << false << QString();
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
        QTest::newRow("hometown rc before its release")
            << u"v1.0.0-rc.1+3.3.0"_s << u"v1.0.0+3.3.0"_s;
        QTest::newRow("hometown api rc before its release")
            << u"4.2.10+hometown-1.1.0-rc.1"_s << u"4.2.10+hometown-1.1.0"_s;
        QTest::newRow("hometown rc after the mastodon it is built on")
            << u"3.3.0"_s << u"v1.0.0-rc.1+3.3.0"_s;
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

    void hometownPrereleases()
    {
        QVERIFY(Version::parse(u"v1.0.0-rc.1+3.3.0")->isPrerelease());
        QCOMPARE(Version::parse(u"v1.0.0-rc.1+3.3.0")->forkPrerelease, u"rc.1"_s);
        QVERIFY(Version::parse(u"4.2.10+hometown-1.1.0-rc.1")->isPrerelease());
        QVERIFY(!Version::parse(u"4.2.10+hometown-1.1.0-rc.1")->mastodon().isPrerelease());
        QVERIFY(!Version::parse(u"v1.0.5+3.4.0")->isPrerelease());
        QVERIFY(Version::parse(u"v1.0.5+3.4.0-rc.1")->isPrerelease()); // on a Mastodon rc
    }

    // std::sort needs a strict weak order over Mastodon and Hometown together: irreflexive,
    // asymmetric, transitive, and equivalence transitive, for every triple of a mixed list (the
    // Hometown numbers here also go against their Mastodon base, which an order by Hometown's own
    // number for two Hometown versions and by Mastodon's otherwise does not survive).
    void strictWeakOrder()
    {
        QList<Version> list;
        for (const char16_t *text : {u"3.3.0",
                                     u"3.4.0",
                                     u"3.5.0",
                                     u"4.0.0",
                                     u"4.0.2",
                                     u"4.3.0-rc.1",
                                     u"4.3.0",
                                     u"v1.0.0-rc.1+3.3.0",
                                     u"v1.0.0+3.3.0",
                                     u"v1.0.5+3.4.0",
                                     u"v2.0.0+3.0.0",
                                     u"v1.0.0+4.0.0",
                                     u"4.0.2+hometown-1.1.1",
                                     u"4.0.2+hometown-1.1.0-rc.1",
                                     u"v1.1.0+4.0.2",
                                     u"v0.9.0+4.3.0"})
            list.append(*Version::parse(QStringView(text)));
        const auto lt = [](const Version &a, const Version &b) { return a < b; };
        for (const Version &a : list) {
            QVERIFY(!lt(a, a));
            for (const Version &b : list) {
                QVERIFY2(!(lt(a, b) && lt(b, a)), qPrintable(a.toString() + u' ' + b.toString()));
                for (const Version &c : list) {
                    if (lt(a, b) && lt(b, c))
                        QVERIFY2(lt(a, c), qPrintable(a.toString() + u' ' + c.toString()));
                    const bool ab = !lt(a, b) && !lt(b, a), bc = !lt(b, c) && !lt(c, b);
                    if (ab && bc)
                        QVERIFY(!lt(a, c) && !lt(c, a));
                }
            }
        }
        // Any order in, the same order out.
        QList<Version> forward = list, backward(list.crbegin(), list.crend());
        std::sort(forward.begin(), forward.end());
        std::sort(backward.begin(), backward.end());
        QCOMPARE(forward, backward);
        QVERIFY(std::is_sorted(forward.cbegin(), forward.cend()));
    }

    void sameLine()
    {
        QVERIFY(Version::parse(u"4.2.0")->sameLine(*Version::parse(u"v4.2.10")));
        QVERIFY(!Version::parse(u"4.2.0")->sameLine(*Version::parse(u"4.3.0")));
    }
};

QTEST_GUILESS_MAIN(TestReleaseVersion)
#include "tst_releaseversion.moc"
