// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `steward plan` binary on the fixture notes, and on a local HTTP stand-in for GitHub's
// "list releases" (127.0.0.1 only) for --feed URL.
#include "tests/integration/releases/httpstandin.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs steward with the test's event loop turning (the HTTP stand-in lives in this process).
Run steward(const QStringList &arguments, const QHash<QString, QString> &environment = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // headless: must not need a display
    env.remove(u"GITHUB_TOKEN"_s);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(STEWARD_BINARY), arguments);
    if (!finished.wait(30000))
        qFatal("steward did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString kChangelog = QStringLiteral(STEWARD_TEST_DATA "/releases/CHANGELOG.md");
const QString kFeed = QStringLiteral(STEWARD_TEST_DATA "/releases/github-releases-sample.json");

} // namespace

class TestPlanCommand : public QObject
{
    Q_OBJECT

    QTcpServer m_server;
    QTemporaryDir m_cache;
    QList<QByteArray> m_requests;
    qint64 m_reset = 0;

    // GitHub's "list releases" for mastodon/mastodon in two pages (the sample's 4.7.0 and 4.6.0,
    // then 4.5.0, 4.4.0 and 4.3.0), and a repository whose rate limit is used up.
    void answer(QTcpSocket *socket, const QByteArray &head)
    {
        m_requests.append(head);
        const QByteArray path = head.split(' ').value(1);
        const QByteArray base = "http://127.0.0.1:" + QByteArray::number(m_server.serverPort());
        QFile f(kFeed);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read the sample");
        const QJsonArray sample = QJsonDocument::fromJson(f.readAll()).array();
        QByteArray status = "200 OK", headers, body;
        if (path.startsWith("/repos/mastodon/mastodon/releases")) {
            const bool second = path.contains("page=2");
            QJsonArray page;
            for (qsizetype i = second ? 2 : 0; i < (second ? sample.size() : 2); ++i)
                page.append(sample.at(i));
            body = QJsonDocument(page).toJson(QJsonDocument::Compact);
            if (!second) {
                headers
                    = "Link: <" + base
                      + "/repos/mastodon/mastodon/releases?per_page=100&page=2>; rel=\"next\"\r\n";
            }
        } else if (path.startsWith("/repos/limited/")) {
            status = "403 Forbidden";
            headers = "X-RateLimit-Remaining: 0\r\nX-RateLimit-Reset: "
                      + QByteArray::number(m_reset) + "\r\n";
            body = R"({"message":"API rate limit exceeded"})";
        } else {
            status = "404 Not Found";
            body = R"({"message":"Not Found"})";
        }
        socket->write(Steward::Test::httpReply(status, body, "application/json", headers));
        socket->disconnectFromHost();
    }

    QString url(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        QVERIFY2(Steward::Test::serveHttp(m_server,
                                          this,
                                          [this](QTcpSocket *socket, const QByteArray &request) {
                                              answer(socket, request);
                                          }),
                 qPrintable(m_server.errorString()));
    }

    void feedUrlReadsEveryPage()
    {
        // The same path as the panel: both pages (Link rel="next"), the token from GITHUB_TOKEN.
        const QString feed = url(u"/repos/mastodon/mastodon/releases?per_page=100"_s);
        const QHash<QString, QString> env{{u"GITHUB_TOKEN"_s, u"ghp_test123"_s},
                                          {u"XDG_CACHE_HOME"_s, m_cache.path()}};
        const Run r = steward({u"plan"_s,
                               u"--from"_s,
                               u"4.2.0"_s,
                               u"--to"_s,
                               u"4.7.0"_s,
                               u"--feed"_s,
                               feed,
                               u"--format"_s,
                               u"json"_s},
                              env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QStringList versions;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QJsonValue &v : o.value(u"releases"_s).toArray())
            versions.append(v.toObject().value(u"version"_s).toString());
        // 4.3.0–4.5.0 are on the second page.
        QCOMPARE(versions,
                 (QStringList{u"4.3.0"_s, u"4.4.0"_s, u"4.5.0"_s, u"4.6.0"_s, u"4.7.0"_s}));
        QCOMPARE(m_requests.size(), 2);
        QVERIFY(m_requests.at(1).contains("page=2"));
        for (const QByteArray &head : std::as_const(m_requests))
            QVERIFY(head.toLower().contains("authorization: bearer ghp_test123"));

        // GitHub unreachable: the copy saved by the first run plans, and stderr says so.
        const quint16 port = m_server.serverPort();
        m_server.close();
        const Run offline
            = steward({u"plan"_s, u"--from"_s, u"4.2.0"_s, u"--to"_s, u"4.7.0"_s, u"--feed"_s, feed},
                      env);
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
        QVERIFY2(offline.err.contains(u"using the saved copy"_s), qPrintable(offline.err));
        QVERIFY(offline.out.contains(u"- 4.3.0 ("_s));
        QVERIFY(m_server.listen(QHostAddress::LocalHost, port));
    }

    void feedUrlRateLimited()
    {
        m_reset = QDateTime::currentSecsSinceEpoch() + 3600;
        const QString at = QDateTime::fromSecsSinceEpoch(m_reset).toString(u"HH:mm"_s);
        const QStringList args{u"plan"_s,
                               u"--from"_s,
                               u"4.2.0"_s,
                               u"--to"_s,
                               u"latest"_s,
                               u"--feed"_s,
                               url(u"/repos/limited/r/releases"_s)};
        const Run anonymous = steward(args, {{u"XDG_CACHE_HOME"_s, m_cache.path()}});
        QCOMPARE(anonymous.exitCode, 1);
        QVERIFY2(anonymous.err.contains(u"for anonymous requests is used up; try again at "_s + at),
                 qPrintable(anonymous.err));
        const Run withToken = steward(args,
                                      {{u"XDG_CACHE_HOME"_s, m_cache.path()},
                                       {u"GITHUB_TOKEN"_s, u"ghp_test123"_s}});
        QCOMPARE(withToken.exitCode, 1);
        QVERIFY2(withToken.err.contains(u"try again at "_s + at), qPrintable(withToken.err));
        QVERIFY2(!withToken.err.contains(u"anonymous"_s), qPrintable(withToken.err));
    }

    void markdown()
    {
        const Run r = steward({u"plan"_s,
                               u"--from"_s,
                               u"4.4.0"_s,
                               u"--to"_s,
                               u"v4.6.0"_s,
                               u"--changelog"_s,
                               kChangelog});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"# Upgrade plan: 4.4.0 → 4.6.0\n"_s));
        QVERIFY(r.out.contains(u"- 4.5.0 (2025-11-06) — migrations, breaking\n"_s));
        QVERIFY(r.out.contains(u"- [ ] Make sure PostgreSQL is newer than 13 (4.5.0)\n"_s));
        QVERIFY(r.out.contains(u"- [ ] Make sure Ruby is newer than 3.2 (4.6.0)\n"_s));
        QVERIFY(r.out.contains(u"GHSA-5r37-qpwq-2jhh"_s)); // 4.5.9's advisory
        QVERIFY(!r.out.contains(u"- 4.4.0 ("_s));          // the current version is not planned
        QVERIFY(!r.out.contains(u"- 4.6.1 ("_s));
        // Only the CHANGELOG.md: the latest patch of 4.4 may be newer than the notes say.
        QVERIFY2(r.out.contains(u"the latest patch of 4.4 may be newer than 4.4.8"_s),
                 qPrintable(r.out));
    }

    void json()
    {
        const Run r = steward({u"plan"_s,
                               u"--from"_s,
                               u"4.1.0"_s,
                               u"--to"_s,
                               u"latest"_s,
                               u"--changelog"_s,
                               kChangelog,
                               u"--feed"_s,
                               kFeed,
                               u"--format"_s,
                               u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"from"_s).toString(), u"4.1.0"_s);
        QCOMPARE(o.value(u"to"_s).toString(), u"4.7.0"_s);
        const QJsonArray releases = o.value(u"releases"_s).toArray();
        QCOMPARE(releases.size(), 30); // 4.3.0 from the feed, 4.4.0–4.7.0 from the changelog
        QCOMPARE(releases.first().toObject().value(u"version"_s).toString(), u"4.3.0"_s);
        bool post = false;
        for (const QJsonValue &a : o.value(u"actions"_s).toArray()) {
            if (a.toObject().value(u"id"_s).toString() == u"migrate-post")
                post = a.toObject().value(u"releases"_s).toArray().contains(u"4.7.0"_s);
        }
        QVERIFY(post);
        QCOMPARE(o.value(u"warnings"_s).toArray().first().toObject().value(u"kind"_s).toString(),
                 u"missing-notes"_s);
        for (const QJsonValue &w : o.value(u"warnings"_s).toArray()) // GitHub's list is there
            QVERIFY(w.toObject().value(u"kind"_s).toString() != u"changelog-only");
        QVERIFY(o.value(u"recommended"_s).toObject().value(u"latestPatch"_s).isNull());
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad from") << QStringList{u"--from"_s,
                                                 u"four"_s,
                                                 u"--to"_s,
                                                 u"4.7.0"_s,
                                                 u"--changelog"_s,
                                                 kChangelog}
                                  << 2 << u"“four” is not a version"_s;
        QTest::newRow("bad to") << QStringList{u"--from"_s,
                                               u"4.4.0"_s,
                                               u"--to"_s,
                                               u"x.y"_s,
                                               u"--changelog"_s,
                                               kChangelog}
                                << 2 << u"“x.y” is not a version"_s;
        QTest::newRow("unknown target") << QStringList{u"--from"_s,
                                                       u"4.4.0"_s,
                                                       u"--to"_s,
                                                       u"4.9.1"_s,
                                                       u"--changelog"_s,
                                                       kChangelog}
                                        << 1 << u"4.9.1 is not in the release notes"_s;
        QTest::newRow("backwards") << QStringList{u"--from"_s,
                                                  u"4.7.0"_s,
                                                  u"--to"_s,
                                                  u"4.4.0"_s,
                                                  u"--changelog"_s,
                                                  kChangelog}
                                   << 1 << u"not newer"_s;
        QTest::newRow("missing file") << QStringList{u"--from"_s,
                                                     u"4.4.0"_s,
                                                     u"--to"_s,
                                                     u"4.7.0"_s,
                                                     u"--changelog"_s,
                                                     u"/nonexistent/CHANGELOG.md"_s}
                                      << 1 << u"cannot read “/nonexistent/CHANGELOG.md”"_s;
        QTest::newRow("not a changelog")
            << QStringList{u"--from"_s,
                           u"4.4.0"_s,
                           u"--to"_s,
                           u"4.7.0"_s,
                           u"--changelog"_s,
                           QStringLiteral(STEWARD_SOURCE_DIR "/README.md")}
            << 1 << u"No release headings"_s;
        QTest::newRow("garbage feed")
            << QStringList{u"--from"_s, u"4.4.0"_s, u"--to"_s, u"4.7.0"_s, u"--feed"_s, kChangelog}
            << 1 << u"not valid JSON"_s;
        QTest::newRow("no source")
            << QStringList{u"--from"_s, u"4.4.0"_s, u"--to"_s, u"4.7.0"_s} << 2 << u"--changelog"_s;
        QTest::newRow("bad format") << QStringList{u"--from"_s,
                                                   u"4.4.0"_s,
                                                   u"--to"_s,
                                                   u"4.7.0"_s,
                                                   u"--changelog"_s,
                                                   kChangelog,
                                                   u"--format"_s,
                                                   u"xml"_s}
                                    << 2 << u"“xml”"_s;
    }
    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = steward(QStringList{u"plan"_s} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"steward plan: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPlanCommand)
#include "tst_plancommand.moc"
