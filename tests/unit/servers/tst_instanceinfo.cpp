// SPDX-License-Identifier: GPL-3.0-or-later
// The instance's HTTP answers read from the laptop: /api/v2/instance from the lab's web front and the
// documentation's example, the health bodies, and what comes instead when something is wrong (nginx's 502
// page, the maintenance page, a cut document, an API error).
#include "core/servers/instanceinfo.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Servers;

namespace {

QByteArray data(const QString &name)
{
    QFile f(QStringLiteral(STEWARD_TEST_DATA "/servers/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray maintenancePage()
{
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<title>Down for maintenance - lab.invalid</title>\n</head>\n<body><h1>We are upgrading"
           "</h1></body>\n</html>\n";
}

} // namespace

class TestInstanceInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instance_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<InstanceInfo>("expected");
        QTest::newRow("lab 4.2.10") << data(u"lab-instance-4.2.10.json"_s)
                                    << InstanceInfo{u"lab.invalid"_s,
                                                    u"Steward lab"_s,
                                                    u"4.2.10"_s,
                                                    500,
                                                    23,
                                                    u"wss://lab.invalid"_s};
        QTest::newRow("lab 4.3.0") << data(u"lab-instance-4.3.0.json"_s)
                                   << InstanceInfo{u"lab.invalid"_s,
                                                   u"Steward lab"_s,
                                                   u"4.3.0"_s,
                                                   500,
                                                   23,
                                                   u"wss://lab.invalid"_s};
        QTest::newRow("docs") << data(u"real-instance-docs.json"_s)
                              << InstanceInfo{u"mastodon.social"_s,
                                              u"Mastodon"_s,
                                              u"4.0.0rc1"_s,
                                              500,
                                              23,
                                              u"wss://mastodon.social"_s};
        QTest::newRow("a fork's limit and version") << QByteArray(
            R"({"version":"4.2.10+glitch","configuration":{"statuses":{"max_characters":5000}}})")
                                                    << InstanceInfo{{},
                                                                    {},
                                                                    u"4.2.10+glitch"_s,
                                                                    5000,
                                                                    0,
                                                                    {}};
    }
    void instance()
    {
        QFETCH(QByteArray, body);
        QFETCH(InstanceInfo, expected);
        QVERIFY(!body.isEmpty());
        const auto info = parseInstance(body);
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->version, expected.version);
        QCOMPARE(info->maxCharacters, expected.maxCharacters);
        QVERIFY(info.value() == expected);
    }

    void instanceBad_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        const QByteArray full = data(u"lab-instance-4.2.10.json"_s);
        QTest::newRow("cut short") << full.left(full.size() / 3) << u"not valid JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"an empty answer"_s;
        QTest::newRow("nginx 502")
            << data(u"real-nginx-502.html"_s) << u"an HTML page “502 Bad Gateway”"_s;
        QTest::newRow("maintenance")
            << maintenancePage() << u"an HTML page “Down for maintenance - lab.invalid”"_s;
        QTest::newRow("api error")
            << QByteArray(R"({"error":"This API requires an authenticated user"})")
            << u"the error “This API requires an authenticated user”"_s;
        QTest::newRow("no version")
            << QByteArray(R"({"domain":"x","configuration":{}})") << u"no “version”"_s;
        QTest::newRow("v1 shape") << QByteArray(R"({"uri":"x","version":"3.5.3","stats":{}})")
                                  << u"max_characters"_s;
        QTest::newRow("limit as text") << QByteArray(
            R"({"version":"4.2.0","configuration":{"statuses":{"max_characters":"500"}}})")
                                       << u"max_characters"_s;
        QTest::newRow("a list") << QByteArray("[]") << u"not Mastodon's JSON"_s;
    }
    void instanceBad()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto info = parseInstance(body);
        QVERIFY(!info.ok());
        QVERIFY2(info.error().message.contains(error), qPrintable(info.error().message));
    }

    void health_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error"); // empty: healthy
        QTest::newRow("web") << QByteArray("OK") << QString();
        QTest::newRow("with a newline") << QByteArray("OK\n") << QString();
        QTest::newRow("nginx 502") << data(u"real-nginx-502.html"_s) << u"“502 Bad Gateway”"_s;
        QTest::newRow("maintenance")
            << maintenancePage() << u"“Down for maintenance - lab.invalid”"_s;
        QTest::newRow("empty") << QByteArray() << u"an empty answer"_s;
        QTest::newRow("something else")
            << QByteArray("Service Unavailable") << u"“Service Unavailable”"_s;
        QTest::newRow("long") << QByteArray(200, 'x') << u"…”"_s;
    }
    void health()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto result = parseHealth(body);
        QCOMPARE(result.ok(), error.isEmpty());
        if (result)
            QCOMPARE(result.value(), u"OK"_s);
        else
            QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestInstanceInfo)
#include "tst_instanceinfo.moc"
