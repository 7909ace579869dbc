// SPDX-License-Identifier: GPL-3.0-or-later
// GitHubSource against a local HTTP server that plays the GitHub API (127.0.0.1 only).
#include "core/releases/githubsource.h"
#include "tests/integration/releases/httpstandin.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward::Releases;

namespace {

QByteArray releasesJson(const QStringList &tags)
{
    QByteArray out = "[";
    for (const QString &t : tags) {
        if (out.size() > 1)
            out += ',';
        out += R"({"tag_name":")" + t.toUtf8() + R"(","draft":false,"prerelease":false,)"
               + R"js("published_at":"2025-07-08T13:25:26Z","body":"### Security\n\n- Fix GHSA-aaaa-bbbb-cccc"})js";
    }
    return out + "]";
}

} // namespace

class TestGitHubSource : public QObject
{
    Q_OBJECT

    QTcpServer m_server;
    QTemporaryDir m_cache;
    QList<QByteArray> m_requests; // request heads seen
    qint64 m_reset = 0;
    QDateTime m_retryAt;

    void answer(QTcpSocket *socket, const QByteArray &head)
    {
        m_requests.append(head);
        const QByteArray path = head.split(' ').value(1);
        const QByteArray base = "http://127.0.0.1:" + QByteArray::number(m_server.serverPort());
        QByteArray status = "200 OK", headers, body;
        if (path.startsWith("/repos/mastodon/mastodon/releases")) {
            if (path.contains("page=2")) {
                body = releasesJson({u"v4.4.0"_s, u"v4.3.0"_s});
            } else if (head.toLower().contains("if-none-match: \"v1\"")) {
                status = "304 Not Modified";
            } else {
                headers
                    = "ETag: \"v1\"\r\nLink: <" + base
                      + "/repos/mastodon/mastodon/releases?per_page=100&page=2>; rel=\"next\", <"
                      + base
                      + "/repos/mastodon/mastodon/releases?per_page=100&page=2>; rel=\"last\"\r\n";
                body = releasesJson({u"v4.6.0"_s, u"v4.5.0"_s});
            }
        } else if (path.startsWith("/repos/limited/")) {
            status = "403 Forbidden";
            headers = "X-RateLimit-Remaining: 0\r\nX-RateLimit-Reset: "
                      + QByteArray::number(m_reset) + "\r\n";
            body = R"({"message":"API rate limit exceeded"})";
        } else if (path.startsWith("/repos/slowdown/")) {
            // GitHub's secondary rate limit: a 429 with Retry-After (seconds).
            status = "429 Too Many Requests";
            headers = "Retry-After: 600\r\n";
            body = R"({"message":"You have exceeded a secondary rate limit"})";
        } else if (path.startsWith("/repos/slowdown-date/")) {
            // Retry-After as an HTTP date.
            status = "403 Forbidden";
            headers = "Retry-After: "
                      + QLocale::c()
                            .toString(m_retryAt.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                            .toLatin1()
                      + "\r\n";
            body = R"({"message":"You have exceeded a secondary rate limit"})";
        } else if (path.startsWith("/repos/downgrade/")) {
            // A next page on another scheme (as https → http would be): never followed.
            headers = "Link: <" + QByteArray(base).replace("http:", "https:")
                      + "/repos/downgrade/r/releases?page=2>; rel=\"next\"\r\n";
            body = releasesJson({u"v4.6.0"_s});
        } else if (path.startsWith("/repos/broken/")) {
            status = "500 Internal Server Error";
            body = "oops";
        } else if (path.startsWith("/repos/slow/")) {
            return; // never answers
        } else if (path.startsWith("/repos/garbage/")) {
            body = "[{\"tag_name\": \"v4.";
        } else {
            status = "404 Not Found";
            body = R"({"message":"Not Found"})";
        }
        socket->write(Steward::Test::httpReply(status, body, "application/json", headers));
        socket->disconnectFromHost();
    }

    struct Outcome
    {
        bool done = false;
        bool fromCache = false;
        QStringList versions;
        QStringList errors;
    };

    Outcome run(const QString &repository,
                int timeout = 5000,
                const QString &token = {},
                const QString &baseSuffix = {})
    {
        QNetworkAccessManager network;
        GitHubSource source(&network);
        source.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()) + baseSuffix));
        source.setRepository(repository);
        if (!token.isEmpty())
            source.setTokenProvider([token] { return token; });
        source.setCacheDirectory(m_cache.path());
        source.setTimeout(timeout);
        Outcome o;
        connect(&source, &GitHubSource::finished, this, [&o](const QList<Release> &rs, bool cache) {
            o.done = true;
            o.fromCache = cache;
            for (const Release &r : rs)
                o.versions.append(r.version.toString());
        });
        connect(&source, &GitHubSource::failed, this, [&o](const Steward::Error &e) {
            o.errors.append(e.message);
            o.done = true;
        });
        source.fetch();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(o.done, timeout + 5000); }();
        QTest::qWait(50); // a finished() that follows failed()
        return o;
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

    void paginationThenNotModified()
    {
        const Outcome first = run(u"mastodon/mastodon"_s);
        QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(u"; "_s)));
        QVERIFY(!first.fromCache);
        QCOMPARE(first.versions, (QStringList{u"4.6.0"_s, u"4.5.0"_s, u"4.4.0"_s, u"4.3.0"_s}));
        QCOMPARE(m_requests.size(), 2);
        QVERIFY(m_requests.at(0).startsWith("GET /repos/mastodon/mastodon/releases?per_page=100 "));
        QVERIFY(m_requests.at(1).contains("page=2"));

        // Second fetch: the ETag is sent, the server says 304, the saved list comes back.
        const Outcome second = run(u"mastodon/mastodon"_s);
        QVERIFY(m_requests.last().toLower().contains("if-none-match: \"v1\""));
        QCOMPARE(m_requests.size(), 3);
        QVERIFY(second.fromCache);
        QCOMPARE(second.versions, first.versions);
        QVERIFY(second.errors.isEmpty());
    }

    void rateLimited()
    {
        m_reset = QDateTime::currentSecsSinceEpoch() + 3600;
        const Outcome o = run(u"limited/r"_s);
        QCOMPARE(o.errors.size(), 1);
        const QString at = QDateTime::fromSecsSinceEpoch(m_reset).toString(u"HH:mm"_s);
        QVERIFY2(o.errors.first().contains(u"try again at "_s + at), qPrintable(o.errors.first()));
        QVERIFY(o.versions.isEmpty()); // nothing saved for this repository
    }

    void rateLimitedWithToken()
    {
        // The limit of a token is not the anonymous one; and the token was sent.
        m_reset = QDateTime::currentSecsSinceEpoch() + 3600;
        const Outcome o = run(u"limited/r"_s, 5000, u"ghp_test123"_s);
        QCOMPARE(o.errors.size(), 1);
        const QString at = QDateTime::fromSecsSinceEpoch(m_reset).toString(u"HH:mm"_s);
        QVERIFY2(o.errors.first().contains(u"for this token is used up; try again at "_s + at),
                 qPrintable(o.errors.first()));
        QVERIFY(!o.errors.first().contains(u"anonymous"_s));
        QVERIFY(m_requests.last().toLower().contains("authorization: bearer ghp_test123"));
    }

    void retryAfter()
    {
        // A 429 with Retry-After: 600 gives the time too.
        const QDateTime before = QDateTime::currentDateTime().addSecs(600);
        const Outcome o = run(u"slowdown/r"_s);
        const QDateTime after = QDateTime::currentDateTime().addSecs(600);
        QCOMPARE(o.errors.size(), 1);
        QVERIFY2(o.errors.first().contains(u"try again at "_s + before.toString(u"HH:mm"_s))
                     || o.errors.first().contains(u"try again at "_s + after.toString(u"HH:mm"_s)),
                 qPrintable(o.errors.first()));
        QVERIFY2(o.errors.first().contains(u"secondary rate limit"_s), qPrintable(o.errors.first()));
    }

    void retryAfterHttpDate()
    {
        m_retryAt = QDateTime::currentDateTime().addSecs(2 * 3600);
        const Outcome o = run(u"slowdown-date/r"_s);
        QCOMPARE(o.errors.size(), 1);
        QVERIFY2(o.errors.first().contains(u"try again at "_s + m_retryAt.toString(u"HH:mm"_s)),
                 qPrintable(o.errors.first()));
    }

    void baseUrlWithTrailingSlash()
    {
        // "http://host:port/" must ask /repos/…, not //repos/…; and it shares the saved list of
        // "http://host:port" (the same server).
        const qsizetype seen = m_requests.size();
        const Outcome o = run(u"mastodon/mastodon"_s, 5000, {}, u"/"_s);
        QVERIFY2(o.errors.isEmpty(), qPrintable(o.errors.join(u"; "_s)));
        QCOMPARE(o.versions, (QStringList{u"4.6.0"_s, u"4.5.0"_s, u"4.4.0"_s, u"4.3.0"_s}));
        QVERIFY(m_requests.size() > seen);
        QVERIFY2(m_requests.at(seen).startsWith(
                     "GET /repos/mastodon/mastodon/releases?per_page=100 "),
                 m_requests.at(seen).left(80).constData());
    }

    void cacheKeyHasTheServer()
    {
        // The list saved from this server is not another server's.
        QNetworkAccessManager network;
        GitHubSource here(&network), elsewhere(&network);
        here.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())));
        elsewhere.setBaseUrl(QUrl(u"https://github.example.org/api/v3"_s));
        for (GitHubSource *s : {&here, &elsewhere})
            s->setCacheDirectory(m_cache.path());
        QVERIFY(here.cached());
        QVERIFY(!elsewhere.cached());
    }

    void nextPageOnAnotherScheme()
    {
        const qsizetype seen = m_requests.size();
        const Outcome o = run(u"downgrade/r"_s);
        QCOMPARE(o.errors.size(), 1);
        QVERIFY2(o.errors.first().contains(u"not followed"_s), qPrintable(o.errors.first()));
        QVERIFY(o.versions.isEmpty()); // nothing saved for it: a partial list is not kept
        QCOMPARE(m_requests.size(), seen + 1);
    }

    void serverError()
    {
        const Outcome o = run(u"broken/r"_s);
        QCOMPARE(o.errors.size(), 1);
        QVERIFY2(o.errors.first().contains(u"HTTP 500"_s), qPrintable(o.errors.first()));
    }

    void slowReply()
    {
        QElapsedTimer timer;
        timer.start();
        const Outcome o = run(u"slow/r"_s, 700);
        QCOMPARE(o.errors.size(), 1);
        QVERIFY2(o.errors.first().contains(u"did not answer"_s), qPrintable(o.errors.first()));
        QVERIFY(timer.elapsed() < 5000);
    }

    void garbage()
    {
        const Outcome o = run(u"garbage/r"_s);
        QCOMPARE(o.errors.size(), 1);
        QVERIFY2(o.errors.first().contains(u"not a JSON list"_s), qPrintable(o.errors.first()));
    }

    void offlineUsesCache()
    {
        // The server goes away: the list saved by the first test still plans.
        const quint16 port = m_server.serverPort();
        m_server.close();
        QNetworkAccessManager network;
        GitHubSource source(&network);
        source.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        source.setCacheDirectory(m_cache.path());
        bool failed = false, fromCache = false;
        qsizetype count = 0;
        connect(&source, &GitHubSource::failed, this, [&failed](const Steward::Error &) {
            failed = true;
        });
        connect(&source, &GitHubSource::finished, this, [&](const QList<Release> &rs, bool cache) {
            fromCache = cache;
            count = rs.size();
        });
        source.fetch();
        QTRY_VERIFY(count > 0);
        QVERIFY(failed);
        QVERIFY(fromCache);
        QCOMPARE(count, 4);
        QVERIFY(source.cached());
        QVERIFY(source.cached()->first().has(Finding::SecurityFix));
    }
};

QTEST_GUILESS_MAIN(TestGitHubSource)
#include "tst_githubsource.moc"
