// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releases/runningversion.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Steward::Releases::RunningVersion;

class TestRunningVersion : public QObject
{
    Q_OBJECT

private slots:
    void compose_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // empty: an error
        QTest::addColumn<QString>("error");
        QTest::newRow("4.2.10") << u"v4.2.10"_s << u"4.2.10"_s << QString();
        QTest::newRow("4.7.0 with streaming image") << u"v4.7.0"_s << u"4.7.0"_s << QString();
        QTest::newRow("4.0.2 untagged") << u"v4.0.2"_s << QString() << u"no version tag"_s;
        QTest::newRow("hometown untagged")
            << u"hometown-v1.0.5+3.4.0"_s << QString() << u"tootsuite/mastodon"_s;
    }
    void compose()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        QFile f(QStringLiteral(STEWARD_TEST_DATA "/releases/compose/") + file
                + u".docker-compose.yml"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto r = RunningVersion::fromCompose(QString::fromUtf8(f.readAll()));
        if (expected.isEmpty()) {
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
            return;
        }
        QVERIFY2(r, qPrintable(r.error().message));
        QCOMPARE(r->version.toString(), expected);
        QCOMPARE(r->source, u"docker-compose.yml"_s);
        QVERIFY(r->evidence.startsWith(u"image: ghcr.io/mastodon/mastodon"_s));
    }

    void composeInline()
    {
        const auto hometown = RunningVersion::fromCompose(
            u"services:\n  web:\n    image: 'example/hometown:v1.0.5+3.4.0'\n"_s);
        QVERIFY(hometown);
        QVERIFY(hometown->version.isHometown());
        QCOMPARE(hometown->version.mastodon().toString(), u"3.4.0"_s);
        const auto mixed = RunningVersion::fromCompose(
            u"services:\n  web:\n    image: ghcr.io/mastodon/mastodon:v4.2.9\n"
            "  sidekiq:\n    image: ghcr.io/mastodon/mastodon:v4.2.10\n"_s);
        QVERIFY(!mixed);
        QCOMPARE(mixed.error().line, 5);
        QVERIFY(
            !RunningVersion::fromCompose(u"services:\n  db:\n    image: postgres:14-alpine\n"_s));
        QVERIFY(!RunningVersion::fromCompose(u"    image: ghcr.io/mastodon/mastodon:latest\n"_s));
    }

    void instance()
    {
        const auto plain = RunningVersion::fromInstanceJson(R"({"domain":"x","version":"4.3.2"})");
        QVERIFY(plain);
        QCOMPARE(plain->version.toString(), u"4.3.2"_s);
        QCOMPARE(plain->source, u"/api/v2/instance"_s);
        const auto hometown = RunningVersion::fromInstanceJson(
            R"({"version":"4.0.2+hometown-1.1.1"})");
        QVERIFY(hometown);
        QVERIFY(hometown->version.isHometown());
        QCOMPARE(hometown->evidence, u"4.0.2+hometown-1.1.1"_s);
        QVERIFY(!RunningVersion::fromInstanceJson("<html>"));
        QVERIFY(!RunningVersion::fromInstanceJson(R"({"version":"unknown"})"));
    }
};

QTEST_GUILESS_MAIN(TestRunningVersion)
#include "tst_runningversion.moc"
