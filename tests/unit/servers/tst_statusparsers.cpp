// SPDX-License-Identifier: GPL-3.0-or-later
// The status tools' parsers over the lab's real output and real samples of the tools (tests/data/servers),
// with truncated and malformed input giving an error, never an empty "all good".
#include "core/servers/statusparsers.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Steward::Servers;

namespace {

QByteArray data(const QString &name)
{
    QFile f(QStringLiteral(STEWARD_TEST_DATA "/servers/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

QDateTime utc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    t.setTimeZone(QTimeZone::UTC);
    return t;
}

} // namespace

class TestStatusParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void composeBothShapes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("lines (Compose 2.24)") << u"lab-compose-ps-lines.json"_s;
        QTest::newRow("array (Compose 2.20)") << u"lab-compose-ps-array.json"_s;
    }

    void composeBothShapes()
    {
        QFETCH(QString, file);
        const auto parsed = parseComposePs(data(file));
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        QCOMPARE(parsed->size(), 5);
        QStringList services;
        for (const ComposeService &s : parsed.value())
            services.append(s.service);
        QCOMPARE(services,
                 (QStringList{u"db"_s, u"redis"_s, u"sidekiq"_s, u"streaming"_s, u"web"_s}));
        const ComposeService &web = parsed->at(4);
        QCOMPARE(web.name, u"mastodon-web-1"_s);
        QCOMPARE(web.state, u"running"_s);
        QCOMPARE(web.health, u"healthy"_s);
        QCOMPARE(web.version, u"v4.2.10"_s);
        QCOMPARE(web.ports, QStringList{u"127.0.0.1:3000->3000/tcp"_s});
        QVERIFY(web.created.isValid());
        QCOMPARE(web.created.timeSpec(), Qt::UTC);
        QVERIFY(web.status.startsWith(u"Up "_s));
        QCOMPARE(parsed->at(0).version, u"14-alpine"_s);
        QVERIFY(parsed->at(0).ports.isEmpty()); // 5432 is not published
    }

    void composeRealSample()
    {
        const auto parsed = parseComposePs(data(u"real-compose-ps-2.21.json"_s));
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        QCOMPARE(parsed->size(), 3);
        QCOMPARE(parsed->at(0).ports, QStringList{u"0.0.0.0:6379->6379/tcp"_s});
        QCOMPARE(parsed->at(0).version, u"7"_s);
        // CreatedAt in CEST (+0200) is 08:58:44 UTC.
        QCOMPARE(parsed->at(0).created, utc(u"2023-09-18 08:58:44"_s));
        QCOMPARE(parsed->at(1).state, u"exited"_s);
        QCOMPARE(parsed->at(1).exitCode, 1);
        QCOMPARE(parsed->at(1).version, u"v4.1.8"_s); // tag before the digest
        QCOMPARE(parsed->at(2).service, u"sidekiq-default-q"_s);
        QCOMPARE(parsed->at(2).state, u"restarting"_s);
        QCOMPARE(parsed->at(2).health, u"starting"_s);
        QVERIFY(!parsed->at(2).isRunning());
    }

    void composeBadInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        const QByteArray full = data(u"lab-compose-ps-lines.json"_s);
        QTest::newRow("cut in the middle of a line") << full.left(full.size() - 40) << u"line 5"_s;
        QTest::newRow("cut array")
            << data(u"lab-compose-ps-array.json"_s).left(300) << u"not valid JSON"_s;
        QTest::newRow("an error message")
            << QByteArray("no configuration file provided: not found\n") << u"line 1"_s;
        QTest::newRow("an object without a state")
            << QByteArray("{\"Name\":\"x\"}\n") << u"state"_s;
        QTest::newRow("not a list") << QByteArray("[1,2]") << u"list of containers"_s;
    }

    void composeBadInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto parsed = parseComposePs(text);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(error), qPrintable(parsed.error().message));
    }

    void composeNothing()
    {
        QVERIFY(parseComposePs("").ok());
        QCOMPARE(parseComposePs("[]\n")->size(), 0);
    }

    void imageTags_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("tag");
        QTest::newRow("ghcr") << u"ghcr.io/mastodon/mastodon:v4.2.10"_s << u"v4.2.10"_s;
        QTest::newRow("docker hub") << u"redis:7-alpine"_s << u"7-alpine"_s;
        QTest::newRow("digest") << u"redis:7@sha256:abcd"_s << u"7"_s;
        QTest::newRow("digest only") << u"redis@sha256:abcd"_s << QString();
        QTest::newRow("registry port") << u"localhost:5000/app"_s << QString();
        QTest::newRow("registry port and tag") << u"localhost:5000/app:1.2"_s << u"1.2"_s;
        QTest::newRow("bare") << u"postgres"_s << QString();
    }

    void imageTags()
    {
        QFETCH(QString, image);
        QFETCH(QString, tag);
        QCOMPARE(imageTag(image), tag);
    }

    void systemctlShow()
    {
        const auto parsed = parseSystemctlShow(data(u"lab-systemctl-show.txt"_s));
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        QCOMPARE(parsed->size(), 5);
        QCOMPARE(parsed->at(0).id, u"mastodon.service"_s);
        QCOMPARE(parsed->at(0).activeState, u"active"_s);
        QCOMPARE(parsed->at(0).subState, u"exited"_s);
        QVERIFY(parsed->at(0).activeEnter.isValid());
        QCOMPARE(parsed->at(1).id, u"pg-dump-to-s3.service"_s);
        QVERIFY(!parsed->at(1).activeEnter.isValid()); // empty: never started
        QCOMPARE(parsed->at(4).id, u"docker.service"_s);
        QCOMPARE(parsed->at(4).loadState, u"not-found"_s);
        QVERIFY(!parsed->at(4).exists());
    }

    void systemctlShowBad_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("cut after Id")
            << QByteArray("Id=a.service\nLoadState=loaded\n") << u"ActiveState"_s;
        QTest::newRow("not key=value")
            << QByteArray("Failed to connect to bus: No such file\n") << u"line 1"_s;
        QTest::newRow("no id") << QByteArray("LoadState=loaded\nActiveState=active\n") << u"Id"_s;
    }

    void systemctlShowBad()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto parsed = parseSystemctlShow(text);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(error), qPrintable(parsed.error().message));
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("utc") << u"Sun 2026-11-22 00:10:00 UTC"_s << utc(u"2026-11-22 00:10:00"_s);
        QTest::newRow("no weekday")
            << u"2026-11-22 00:10:00 UTC"_s << utc(u"2026-11-22 00:10:00"_s);
        QTest::newRow("us") << u"Sun 2026-11-22 00:10:00.123456 UTC"_s
                            << utc(u"2026-11-22 00:10:00"_s);
        QTest::newRow("offset") << u"Sun 2026-11-22 01:10:00 +0100"_s
                                << utc(u"2026-11-22 00:10:00"_s);
        QTest::newRow("unix") << u"@1795306200"_s
                              << QDateTime::fromSecsSinceEpoch(1795306200, QTimeZone::UTC);
        QTest::newRow("n/a") << u"n/a"_s << QDateTime();
        QTest::newRow("dash") << u"-"_s << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("junk") << u"soon"_s << QDateTime();
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(parseSystemdTimestamp(text), expected);
    }

    void listTimers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("units");
        QTest::addColumn<QList<bool>>("hasNext");
        QTest::addColumn<QList<bool>>("hasLast");
        QTest::newRow("lab") << u"lab-list-timers.txt"_s
                             << QStringList{u"certbot.timer"_s,
                                            u"pg-dump-to-s3.timer"_s,
                                            u"media-cleanup.timer"_s}
                             << QList<bool>{true, true, true} << QList<bool>{true, true, true};
        QTest::newRow("systemd 252, n/a") << u"real-list-timers-252.txt"_s
                                          << QStringList{u"phpsessionclean.timer"_s,
                                                         u"dpkg-db-backup.timer"_s,
                                                         u"pg-dump-to-s3.timer"_s,
                                                         u"e2scrub_all.timer"_s,
                                                         u"certbot.timer"_s}
                                          << QList<bool>{true, true, true, false, false}
                                          << QList<bool>{true, true, true, true, false};
        QTest::newRow("systemd 256, -")
            << u"real-list-timers-256.txt"_s
            << QStringList{u"logrotate.timer"_s, u"certbot.timer"_s, u"fstrim.timer"_s}
            << QList<bool>{true, false, false} << QList<bool>{true, true, false};
    }

    void listTimers()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, units);
        QFETCH(QList<bool>, hasNext);
        QFETCH(QList<bool>, hasLast);
        const auto parsed = parseListTimers(data(file));
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        QCOMPARE(parsed->size(), units.size());
        for (qsizetype i = 0; i < units.size(); ++i) {
            QCOMPARE(parsed->at(i).unit, units.at(i));
            QCOMPARE(parsed->at(i).activates,
                     QString(units.at(i)).replace(u".timer"_s, u".service"_s));
            QCOMPARE(parsed->at(i).next.isValid(), hasNext.at(i));
            QCOMPARE(parsed->at(i).last.isValid(), hasLast.at(i));
        }
        if (file == u"real-list-timers-252.txt"_s)
            QCOMPARE(parsed->at(2).last, utc(u"2026-12-05 03:30:04"_s));
    }

    void listTimersBad()
    {
        const QByteArray full = data(u"lab-list-timers.txt"_s);
        // Cut before the end of the table: the "timers listed" line is missing.
        const auto cut = parseListTimers(full.left(full.indexOf("\n\n")));
        QVERIFY(!cut);
        QVERIFY2(cut.error().message.contains(u"cut short"_s), qPrintable(cut.error().message));
        QVERIFY(!parseListTimers("Failed to connect to bus: Permission denied\n"));
        QCOMPARE(parseListTimers(
                     "0 timers listed.\nPass --all to see loaded but inactive timers, too.\n")
                     ->size(),
                 0);
    }

    void df()
    {
        const auto lab = parseDf(data(u"lab-df.txt"_s));
        QVERIFY2(lab, qPrintable(lab.error().message));
        QCOMPARE(lab->size(), 7);
        const Filesystem &opt = lab->at(5);
        QCOMPARE(opt.mountPoint, u"/opt"_s);
        QCOMPARE(opt.source, u"/dev/mapper/vg0-opt"_s);
        QCOMPARE(opt.type, u"ext4"_s);
        QCOMPARE(opt.size, Q_INT64_C(41875931136));
        QCOMPARE(opt.usePercent, 58);

        const auto real = parseDf(data(u"real-df-spaces.txt"_s));
        QVERIFY2(real, qPrintable(real.error().message));
        QCOMPARE(real->size(), 4);
        QCOMPARE(real->at(1).mountPoint, u"/mnt/my backups"_s);
        QCOMPARE(real->at(0).usePercent, 95);
        QCOMPARE(real->at(3).usePercent, 0);
        QCOMPARE(real->at(3).size, 0);

        QVERIFY(!parseDf(""));
        QVERIFY(!parseDf("df: invalid option -- 'B'\n"));
        QVERIFY(!parseDf(
            "Filesystem Type 1-blocks Used Available Capacity Mounted on\n/dev/sda1 ext4 12"));
    }

    void lsblk()
    {
        const auto lab = parseLsblk(data(u"lab-lsblk.json"_s));
        QVERIFY2(lab, qPrintable(lab.error().message));
        QCOMPARE(lab->size(), 2);
        QCOMPARE(lab->at(0).name, u"sda"_s);
        QCOMPARE(lab->at(1).name, u"sr0"_s);
        QCOMPARE(lab->at(1).size, Q_INT64_C(1024) << 20);
        QCOMPARE(lab->at(0).size,
                 Q_INT64_C(100) << 30); // "100G": human units when -b is not honoured
        QVERIFY(!lab->at(0).children.isEmpty());

        const auto real = parseLsblk(data(u"real-lsblk-2.38.json"_s));
        QVERIFY2(real, qPrintable(real.error().message));
        QCOMPARE(real->at(0).size, Q_INT64_C(256060514304));
        QCOMPARE(real->at(0).children.at(0).mountPoints, QStringList{u"/boot/efi"_s});
        QCOMPARE(real->at(0).children.at(1).children.at(0).mountPoints,
                 (QStringList{u"/opt"_s, u"/srv/opt bind"_s}));
        QVERIFY(real->at(0).mountPoints.isEmpty());

        const auto old = parseLsblk(data(u"real-lsblk-2.36.json"_s));
        QVERIFY2(old, qPrintable(old.error().message));
        QCOMPARE(old->at(0).children.at(0).mountPoints, QStringList{u"/"_s});
        QCOMPARE(old->at(0).size, Q_INT64_C(42949672960));

        QVERIFY(!parseLsblk("lsblk: unknown column: MOUNTPOINTS\n"));
        QVERIFY(!parseLsblk(data(u"real-lsblk-2.38.json"_s).left(200)));
        QVERIFY(!parseLsblk("{\"blockdevices\":[{\"name\":\"x\",\"size\":\"big\"}]}"));
    }

    void lvs()
    {
        const auto lab = parseLvs(data(u"lab-lvs.json"_s));
        QVERIFY2(lab, qPrintable(lab.error().message));
        QCOMPARE(lab->size(), 3);
        QCOMPARE(lab->at(0).name, u"opt"_s);
        QCOMPARE(lab->at(0).volumeGroup, u"vg0"_s);
        QCOMPARE(lab->at(0).size, Q_INT64_C(41875931136));
        QCOMPARE(lab->at(2).attributes, u"-wi-a-----"_s);
        QVERIFY(!parseLvs(
            "  WARNING: Running as a non-root user. Functionality may be unavailable.\n"));
    }
};

QTEST_GUILESS_MAIN(TestStatusParsers)
#include "tst_statusparsers.moc"
