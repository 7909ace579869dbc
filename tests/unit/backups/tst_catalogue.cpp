// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue as data: naming patterns, freshness against the threshold, the suspiciously-small flag
// (under 80 % of the median of the last 7), S3 listings parsed and S3 errors turned into messages.
#include "core/backups/catalogue.h"
#include "core/backups/s3client.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Backups;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::UTC);
}

S3Object object(const QString &key, qint64 size, const QDateTime &modified = utc(2025, 1, 1))
{
    return {key, size, modified, {}};
}

// Nightly backups of the lab's naming, one a day at 03:15, of the given sizes, oldest first.
QList<S3Object> nightly(const QList<qint64> &sizes, const QDate &first = QDate(2025, 11, 1))
{
    QList<S3Object> list;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const QDate day = first.addDays(i);
        list.append(
            object(u"mastodon_production-%1T031500Z.dump.gz"_s.arg(day.toString(u"yyyy-MM-dd"_s)),
                   sizes.at(i),
                   QDateTime(day, QTime(3, 20), QTimeZone::UTC)));
    }
    return list;
}

BackupSettings settings()
{
    BackupSettings s;
    s.bucket = u"lab-backups"_s;
    return s;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QDateTime>("time");
        const QString lab = u"{database}-{timestamp}.dump.gz"_s;
        QTest::newRow("lab") << lab << u"mastodon_production-2025-11-22T031500Z.dump.gz"_s << true
                             << u"mastodon_production"_s << QString() << utc(2025, 11, 22, 3, 15);
        QTest::newRow("compact stamp")
            << lab << u"mastodon_production-20251122T031500Z.dump.gz"_s << true
            << u"mastodon_production"_s << QString() << utc(2025, 11, 22, 3, 15);
        QTest::newRow("colons") << lab << u"db-2025-11-22T03:15:00Z.dump.gz"_s << true << u"db"_s
                                << QString() << utc(2025, 11, 22, 3, 15);
        QTest::newRow("fractions") << lab << u"db-2025-11-22T03:15:00.123Z.dump.gz"_s << true
                                   << u"db"_s << QString() << utc(2025, 11, 22, 3, 15);
        QTest::newRow("dashed database")
            << lab << u"mastodon-prod-2025-11-22T031500Z.dump.gz"_s << true << u"mastodon-prod"_s
            << QString() << utc(2025, 11, 22, 3, 15);
        QTest::newRow("other suffix") << lab << u"db-2025-11-22T031500Z.sql.gz"_s << false
                                      << QString() << QString() << QDateTime();
        QTest::newRow("no time") << lab << u"db-latest.dump.gz"_s << false << QString() << QString()
                                 << QDateTime();
        QTest::newRow("impossible date") << lab << u"db-2025-13-40T031500Z.dump.gz"_s << false
                                         << QString() << QString() << QDateTime();
        const QString folders = u"{server}/{database}_{timestamp}*"_s;
        QTest::newRow("server folder")
            << folders << u"social.coop/mastodon_2025-11-22_03-15-00.sql.zst"_s << true
            << u"mastodon"_s << u"social.coop"_s << utc(2025, 11, 22, 3, 15);
        QTest::newRow("wrong depth") << folders << u"a/b/mastodon_2025-11-22_03-15-00"_s << false
                                     << QString() << QString() << QDateTime();
        QTest::newRow("literal dots") << u"pg.{timestamp}.gz"_s << u"pgX20251122T031500Zxgz"_s
                                      << false << QString() << QString() << QDateTime();
    }
    void patterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, name);
        QFETCH(bool, matches);
        const auto p = NamingPattern::compile(pattern);
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        const auto m = p->match(name);
        QCOMPARE(m.has_value(), matches);
        if (!matches)
            return;
        QTEST(m->database, "database");
        QTEST(m->server, "server");
        QTEST(m->time, "time");
    }

    void badPatterns()
    {
        QVERIFY(
            NamingPattern::compile(u"{database}.dump"_s).error().message.contains(u"{timestamp}"_s));
        QVERIFY(
            NamingPattern::compile(u"{timestamp}-{host}"_s).error().message.contains(u"{host}"_s));
        QVERIFY(NamingPattern::compile(u"{timestamp}-{database"_s)
                    .error()
                    .message.contains(u"unclosed"_s));
    }

    void freshness_data()
    {
        QTest::addColumn<QList<qint64>>("sizes");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("suspicious");
        QTest::addColumn<QString>("messagePart");
        const QList<qint64> steady{100, 101, 102, 103, 104, 105, 106, 107, 108};
        // The newest is 2025-11-09 03:15 UTC.
        QTest::newRow("fresh") << steady << utc(2025, 11, 9, 12) << int(Freshness::Status::Fresh)
                               << false << u"8 h 45 min old"_s;
        QTest::newRow("just under 26 h") << steady << utc(2025, 11, 10, 5, 14)
                                         << int(Freshness::Status::Fresh) << false << u"old"_s;
        QTest::newRow("stale") << steady << utc(2025, 11, 10, 5, 16)
                               << int(Freshness::Status::Stale) << false << u"more than 26 h"_s;
        QTest::newRow("truncated")
            << QList<qint64>{100, 101, 102, 103, 104, 105, 106, 107, 60} << utc(2025, 11, 9, 12)
            << int(Freshness::Status::Fresh) << true << u"suspiciously small"_s;
        QTest::newRow("79 % of the median")
            << QList<qint64>{100, 100, 100, 100, 100, 100, 100, 79} << utc(2025, 11, 8, 12)
            << int(Freshness::Status::Fresh) << true << u"79 %"_s;
        QTest::newRow("80 % is fine")
            << QList<qint64>{100, 100, 100, 100, 100, 100, 100, 80} << utc(2025, 11, 8, 12)
            << int(Freshness::Status::Fresh) << false << u"old"_s;
        // Only the last 7 count: a big old backup does not make today's look small.
        QTest::newRow("window of 7")
            << QList<qint64>{1000, 1000, 1000, 50, 50, 50, 50, 50, 50, 50, 45}
            << utc(2025, 11, 11, 12) << int(Freshness::Status::Fresh) << false << u"old"_s;
        QTest::newRow("stale and small")
            << QList<qint64>{100, 100, 100, 10} << utc(2025, 11, 9) << int(Freshness::Status::Stale)
            << true << u"suspiciously small"_s;
        QTest::newRow("one backup") << QList<qint64>{5} << utc(2025, 11, 1, 4)
                                    << int(Freshness::Status::Fresh) << false << u"45 min old"_s;
        QTest::newRow("empty bucket")
            << QList<qint64>{} << utc(2025, 11, 1) << int(Freshness::Status::Empty) << false
            << u"holds no backups"_s;
    }
    void freshness()
    {
        QFETCH(QList<qint64>, sizes);
        QFETCH(QDateTime, now);
        QFETCH(int, status);
        QFETCH(bool, suspicious);
        QFETCH(QString, messagePart);
        const Catalogue c = Catalogue::build(u"lab"_s, settings(), nightly(sizes));
        const Freshness f = assessFreshness(c, now, 26);
        QCOMPARE(int(f.status), status);
        QCOMPARE(f.suspicious, suspicious);
        QVERIFY2(f.message.contains(messagePart), qPrintable(f.message));
        QCOMPARE(f.healthy(), status == int(Freshness::Status::Fresh) && !suspicious);
    }

    // Unrecognised names and other databases are listed but never make a server look fresh.
    void onlyOursCount()
    {
        QList<S3Object> objects = nightly({100, 100});
        objects.append(object(u"notes.txt"_s, 3, utc(2025, 11, 30)));
        objects.append(object(u"other_db-2025-11-30T031500Z.dump.gz"_s, 300, utc(2025, 11, 30)));
        objects.append(object(u"folder/"_s, 0, utc(2025, 11, 30)));
        const Catalogue c = Catalogue::build(u"lab"_s, settings(), objects);
        QCOMPARE(c.entries.size(), 4);
        QCOMPARE(c.countOurs(), 2);
        QCOMPARE(c.newest()->key, u"mastodon_production-2025-11-02T031500Z.dump.gz"_s);
        QVERIFY(c.find(u"notes.txt"_s));
        QVERIFY(!c.find(u"notes.txt"_s)->recognised);
        QVERIFY(c.find(u"other_db-2025-11-30T031500Z.dump.gz"_s)->recognised);
        QVERIFY(!c.find(u"other_db-2025-11-30T031500Z.dump.gz"_s)->ours);
        const Freshness f = assessFreshness(c, utc(2025, 11, 30, 12), 26);
        QCOMPARE(f.status, Freshness::Status::Stale);

        const Catalogue none = Catalogue::build(u"lab"_s, settings(), {object(u"x.txt"_s, 1)});
        const Freshness empty = assessFreshness(none, utc(2025, 1, 1), 26);
        QCOMPARE(empty.status, Freshness::Status::Empty);
        QVERIFY2(empty.message.contains(u"naming pattern"_s), qPrintable(empty.message));
    }

    // The prefix is not part of the name the pattern reads; order is by the name's time.
    void prefixAndOrder()
    {
        BackupSettings s = settings();
        s.prefix = u"pg/"_s;
        const Catalogue c = Catalogue::build(
            u"lab"_s,
            s,
            {object(u"pg/mastodon_production-2025-11-03T031500Z.dump.gz"_s, 10, utc(2025, 1, 1)),
             object(u"pg/mastodon_production-2025-11-01T031500Z.dump.gz"_s, 10, utc(2025, 1, 9))});
        QCOMPARE(c.entries.first().name, u"mastodon_production-2025-11-01T031500Z.dump.gz"_s);
        QCOMPARE(c.newest()->time, utc(2025, 11, 3, 3, 15));
        QCOMPARE(c.location, u"s3://lab-backups/pg/"_s);
    }

    void listPages()
    {
        const QByteArray page
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<ListBucketResult "
              "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>lab-backups</Name>"
              "<Prefix></Prefix><MaxKeys>2</MaxKeys><KeyCount>2</KeyCount><IsTruncated>true</"
              "IsTruncated>"
              "<Contents><Key>a &amp; "
              "b.dump.gz</Key><LastModified>2025-11-22T03:16:01.000Z</LastModified>"
              "<ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag><Size>1234567</Size>"
              "<StorageClass>STANDARD</StorageClass></Contents>"
              "<Contents><Key>b</Key><LastModified>2025-11-23T03:16:01Z</LastModified><Size>0</"
              "Size></Contents>"
              "<NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</"
              "NextContinuationToken>"
              "</ListBucketResult>";
        const auto p = parseListPage(page);
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        QCOMPARE(p->objects.size(), 2);
        QCOMPARE(p->objects.first().key, u"a & b.dump.gz"_s);
        QCOMPARE(p->objects.first().size, qint64(1234567));
        QCOMPARE(p->objects.first().etag, u"9b2cf535f27731c974343645a3985328"_s);
        QCOMPARE(p->objects.first().lastModified, utc(2025, 11, 22, 3, 16, 1));
        QVERIFY(p->truncated);
        QCOMPARE(p->nextToken, u"1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="_s);

        QVERIFY(!parseListPage("<html>captive portal</html>").ok());
        QVERIFY(
            !parseListPage("<ListBucketResult><IsTruncated>true</IsTruncated></ListBucketResult>")
                 .ok());
        const auto empty = parseListPage(
            "<ListBucketResult><KeyCount>0</KeyCount></ListBucketResult>");
        QVERIFY(empty.ok());
        QVERIFY(empty->objects.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        const auto xml = [](const char *code, const char *message) -> QByteArray {
            return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>") + code
                   + "</Code><Message>" + message
                   + "</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>";
        };
        QTest::newRow("wrong key id")
            << 0 << 403
            << xml("InvalidAccessKeyId",
                   "The AWS Access Key Id you provided does not exist in our records.")
            << u"does not know this S3 access key"_s;
        QTest::newRow("wrong secret")
            << 0 << 403
            << xml("SignatureDoesNotMatch",
                   "The request signature we calculated does not match the "
                   "signature you provided.")
            << u"secret key does not match"_s;
        QTest::newRow("clock skew")
            << 0 << 403
            << xml("RequestTimeTooSkewed",
                   "The difference between the request time and the current "
                   "time is too large.")
            << u"clock is 42 minutes away"_s;
        QTest::newRow("no such bucket")
            << 0 << 404 << xml("NoSuchBucket", "The specified bucket does not exist")
            << u"no bucket “lab-backups”"_s;
        QTest::newRow("denied") << 0 << 403 << xml("AccessDenied", "Access Denied")
                                << u"may not read this bucket"_s;
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << QByteArray()
                                 << u"refused the connection"_s;
        QTest::newRow("no host") << int(QNetworkReply::HostNotFoundError) << 0 << QByteArray()
                                 << u"was not found"_s;
        QTest::newRow("silent") << int(QNetworkReply::TimeoutError) << 0 << QByteArray()
                                << u"did not answer in time"_s;
        QTest::newRow("not S3") << 0 << 502 << QByteArray("<html>Bad gateway</html>")
                                << u"not an S3 answer"_s;
        QTest::newRow("other S3 error")
            << 0 << 503 << xml("SlowDown", "Please reduce your request rate.")
            << u"SlowDown (HTTP 503): Please reduce"_s;
    }
    void errors()
    {
        QFETCH(int, networkError);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        S3Location l;
        l.endpoint = QUrl(u"https://s3.example.org"_s);
        l.bucket = u"lab-backups"_s;
        const QDateTime now = utc(2025, 11, 22, 12);
        const Error e = s3Error(l,
                                QNetworkReply::NetworkError(networkError),
                                u"Connection refused"_s,
                                status,
                                body,
                                now.addSecs(-42 * 60),
                                now);
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
    }

    void formats()
    {
        QCOMPARE(formatAge(45), u"45 s"_s);
        QCOMPARE(formatAge(3 * 3600 + 12 * 60), u"3 h 12 min"_s);
        QCOMPARE(formatAge(52 * 3600), u"2 d 4 h"_s);
        QCOMPARE(formatSize(999), u"999 B"_s);
        QCOMPARE(formatSize(1'400'000'000), u"1.4 GB"_s);
        QCOMPARE(formatSize(820'000'000), u"820 MB"_s);
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
