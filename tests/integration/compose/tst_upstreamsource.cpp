// SPDX-License-Identifier: GPL-3.0-or-later
// UpstreamSource against a local HTTP stand-in for raw.githubusercontent.com: tags and commits are
// cached for good, branches are revalidated with their ETag.
#include "core/compose/upstreamsource.h"
#include "tests/integration/releases/httpstandin.h"
#include "tests/unit/compose/composefixtures.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Compose;

class TestUpstreamSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void immutableReferences_data();
    void immutableReferences();
    void tagIsCachedForGood();
    void branchIsRevalidated();
    void existingPathIsAFile();
    void hostileReferencesRefused_data();
    void hostileReferencesRefused();
    void hostileReferenceNeverLeavesTheCache();

private:
    Result<Document> fetch(const QString &reference);

    QTemporaryDir m_dir;
    QTcpServer m_server;
    // What the stand-in serves per path: body and ETag; and the requests it got.
    QHash<QByteArray, std::pair<QByteArray, QByteArray>> m_files;
    QList<QByteArray> m_requests;
};

void TestUpstreamSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Test::serveHttp(m_server, this, [this](QTcpSocket *socket, const QByteArray &request) {
        m_requests.append(request.toLower()); // header names in any case
        const QByteArray path = request.split(' ').value(1);
        const auto it = m_files.constFind(path);
        if (it == m_files.cend()) {
            socket->write(Test::httpReply("404 Not Found", "404: Not Found", "text/plain"));
        } else if (!it->second.isEmpty()
                   && m_requests.last().contains(
                       QByteArray("\r\nif-none-match: " + it->second + "\r\n"))) {
            socket->write("HTTP/1.1 304 Not Modified\r\nETag: " + it->second
                          + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        } else {
            QByteArray reply = Test::httpReply("200 OK", it->first, "text/plain");
            if (!it->second.isEmpty())
                reply.replace("\r\n\r\n", QByteArray("\r\nETag: " + it->second + "\r\n\r\n"));
            socket->write(reply);
        }
        socket->disconnectFromHost();
    }));
}

Result<Document> TestUpstreamSource::fetch(const QString &reference)
{
    UpstreamSource source;
    source.setBaseUrl(QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort())));
    source.setCacheDir(m_dir.filePath(u"cache"_s));
    std::optional<Result<Document>> result;
    connect(&source, &UpstreamSource::fetched, this, [&result](const Result<Document> &doc) {
        result = doc;
    });
    source.fetch(*UpstreamRef::parse(reference));
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10'000))
        return Error{u"no answer"_s};
    return *result;
}

void TestUpstreamSource::immutableReferences_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("immutable");
    QTest::newRow("tag") << u"mastodon@v4.2.10"_s << true;
    QTest::newRow("hometown tag") << u"hometown@v1.0.5+3.4.0"_s << true;
    QTest::newRow("release candidate") << u"mastodon@v4.3.0-rc.1"_s << true;
    QTest::newRow("commit") << u"mastodon@0123456789abcdef0123456789abcdef01234567"_s << true;
    QTest::newRow("main") << u"mastodon@main"_s << false;
    QTest::newRow("stable branch") << u"mastodon@stable-4.3"_s << false;
    QTest::newRow("short sha") << u"mastodon@0123abc"_s << false;
    QTest::newRow("fork branch") << u"example/mastodon@our-patches"_s << false;
}

void TestUpstreamSource::immutableReferences()
{
    QFETCH(QString, reference);
    QFETCH(bool, immutable);
    const auto ref = UpstreamRef::parse(reference);
    QVERIFY(ref);
    QCOMPARE(ref->isImmutable(), immutable);
}

void TestUpstreamSource::tagIsCachedForGood()
{
    m_files.insert("/mastodon/mastodon/v4.2.10/docker-compose.yml",
                   {Fixtures::bytes(u"v4.2.10"_s), "\"tag-etag\""});
    m_requests.clear();
    const auto first = fetch(u"mastodon@v4.2.10"_s);
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    QCOMPARE(first->text, Fixtures::bytes(u"v4.2.10"_s));
    QCOMPARE(m_requests.size(), 1);
    // Even if the server's copy changed, a tag is not asked for again.
    m_files["/mastodon/mastodon/v4.2.10/docker-compose.yml"].first = "services: {}\n";
    const auto second = fetch(u"mastodon@v4.2.10"_s);
    QVERIFY(second.ok());
    QCOMPARE(second->text, Fixtures::bytes(u"v4.2.10"_s));
    QCOMPARE(second->name, u"mastodon/mastodon@v4.2.10"_s);
    QCOMPARE(m_requests.size(), 1);
}

void TestUpstreamSource::branchIsRevalidated()
{
    const QByteArray path = "/mastodon/mastodon/main/docker-compose.yml";
    m_files.insert(path, {Fixtures::bytes(u"v4.3.0"_s), "\"etag-1\""});
    m_requests.clear();
    const auto first = fetch(u"mastodon@main"_s);
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    QCOMPARE(first->text, Fixtures::bytes(u"v4.3.0"_s));
    QCOMPARE(m_requests.size(), 1);
    QVERIFY(!m_requests.at(0).contains("if-none-match"));

    // Unchanged: asked again with the ETag, answered 304, the cached copy is used.
    const auto second = fetch(u"mastodon@main"_s);
    QVERIFY2(second.ok(), qPrintable(second.error().toString()));
    QCOMPARE(second->text, Fixtures::bytes(u"v4.3.0"_s));
    QCOMPARE(second->name, u"mastodon/mastodon@main"_s);
    QCOMPARE(m_requests.size(), 2);
    QVERIFY2(m_requests.at(1).contains("\r\nif-none-match: \"etag-1\"\r\n"),
             m_requests.at(1).constData());

    // The branch moved: the new file replaces the cached one.
    m_files.insert(path, {Fixtures::bytes(u"v4.7.0"_s), "\"etag-2\""});
    const auto third = fetch(u"mastodon@main"_s);
    QVERIFY(third.ok());
    QCOMPARE(third->text, Fixtures::bytes(u"v4.7.0"_s));
    QCOMPARE(m_requests.size(), 3);
    const auto fourth = fetch(u"mastodon@main"_s);
    QVERIFY(fourth.ok());
    QCOMPARE(fourth->text, Fixtures::bytes(u"v4.7.0"_s));
    QVERIFY(m_requests.at(3).contains("\r\nif-none-match: \"etag-2\"\r\n"));

    // A server without ETags: fetched in full every time, never served stale.
    m_files.insert(path, {Fixtures::bytes(u"v4.2.0"_s), QByteArray()});
    QCOMPARE(fetch(u"mastodon@main"_s)->text, Fixtures::bytes(u"v4.2.0"_s));
    m_files.insert(path, {Fixtures::bytes(u"v4.1.9"_s), QByteArray()});
    QCOMPARE(fetch(u"mastodon@main"_s)->text, Fixtures::bytes(u"v4.1.9"_s));
    QVERIFY(!m_requests.last().contains("if-none-match"));

    // The branch gone upstream: an error, not the stale copy.
    m_files.remove(path);
    const auto gone = fetch(u"mastodon@main"_s);
    QVERIFY(!gone.ok());
    QVERIFY2(gone.error().message.contains(u"Cannot fetch mastodon/mastodon@main"_s),
             qPrintable(gone.error().message));
}

void TestUpstreamSource::existingPathIsAFile()
{
    // "dir/file@x" reads like owner/repo@ref; when it exists it is a file.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"dir"_s));
    const QString path = dir.filePath(u"dir/file@x"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("services: {}\n");
    file.close();
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const bool relativeIsFile = !UpstreamRef::fromSource(u"dir/file@x"_s).has_value();
    const bool missingIsRef = UpstreamRef::fromSource(u"dir/other@x"_s).has_value();
    QDir::setCurrent(previous);
    QVERIFY(relativeIsFile);
    QVERIFY(missingIsRef);
    QVERIFY(!UpstreamRef::fromSource(path).has_value());
    QVERIFY(UpstreamRef::fromSource(u"mastodon@v4.2.10"_s).has_value());
}

void TestUpstreamSource::hostileReferencesRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("owner ..") << u"../mastodon@v4.2.10"_s;
    QTest::newRow("repo ..") << u"mastodon/..@v4.2.10"_s;
    QTest::newRow("both ..") << u"../..@v4.2.10"_s;
    QTest::newRow("owner .") << u"./mastodon@v4.2.10"_s;
    QTest::newRow("repo .") << u"mastodon/.@v4.2.10"_s;
    QTest::newRow(".. inside the owner") << u"a..b/mastodon@v4.2.10"_s;
    QTest::newRow(".. inside the repo") << u"mastodon/a..b@v4.2.10"_s;
    QTest::newRow("empty owner") << u"/mastodon@v4.2.10"_s;
    QTest::newRow("empty repo") << u"mastodon/@v4.2.10"_s;
    QTest::newRow("empty ref") << u"mastodon@"_s;
    QTest::newRow("ref ..") << u"mastodon@.."_s;
    QTest::newRow("ref .") << u"mastodon@."_s;
    QTest::newRow("ref with ..") << u"mastodon@v1..2"_s;
    QTest::newRow("two slashes") << u"a/b/c@v1"_s;
    QTest::newRow("backslash in the owner") << u"a\\..\\b/mastodon@v1"_s;
    QTest::newRow("backslash in the repo") << u"mastodon/..\\x@v1"_s;
    QTest::newRow("space") << u"mast odon/x@v1"_s;
    QTest::newRow("percent") << u"%2e%2e/x@v1"_s;
    QTest::newRow("two @") << u"mastodon@v1@v2"_s;
    QTest::newRow("no owner, other repo") << u"x@v1"_s;
}

void TestUpstreamSource::hostileReferencesRefused()
{
    QFETCH(QString, text);
    QVERIFY(!UpstreamRef::parse(text).has_value());
}

void TestUpstreamSource::hostileReferenceNeverLeavesTheCache()
{
    // A reference made in code rather than parsed: no URL, no cache path, and fetch() refuses it
    // without asking the network or writing anywhere.
    const QString cache = m_dir.filePath(u"hostile/cache"_s);
    for (const UpstreamRef &ref : {UpstreamRef{u".."_s, u".."_s, u"v4.2.10"_s},
                                   UpstreamRef{u"mastodon"_s, u"../../.."_s, u"v4.2.10"_s},
                                   UpstreamRef{u"mastodon"_s, u"mastodon"_s, u"../x"_s},
                                   UpstreamRef{u""_s, u"mastodon"_s, u"v4.2.10"_s},
                                   UpstreamRef{u"a/b"_s, u"mastodon"_s, u"v4.2.10"_s}}) {
        QVERIFY(!ref.isValid());
        QVERIFY(ref.cachePath(cache).isEmpty());
        QVERIFY(ref.url(QUrl(u"http://127.0.0.1/"_s)).isEmpty());
        m_files.insert("/" + ref.owner.toUtf8() + "/" + ref.repo.toUtf8() + "/" + ref.ref.toUtf8()
                           + "/docker-compose.yml",
                       {Fixtures::bytes(u"v4.2.10"_s), QByteArray()});
        m_requests.clear();
        UpstreamSource source;
        source.setBaseUrl(QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort())));
        source.setCacheDir(cache);
        std::optional<Result<Document>> result;
        connect(&source, &UpstreamSource::fetched, this, [&result](const Result<Document> &doc) {
            result = doc;
        });
        source.fetch(ref);
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok());
        QVERIFY2(result->error().message.contains(u"not a valid upstream reference"_s),
                 qPrintable(result->error().message));
        QVERIFY(m_requests.isEmpty());
    }
    // Nothing was written, inside the cache or next to it.
    QVERIFY(QDir(m_dir.filePath(u"hostile"_s))
                .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                .isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(u"v4.2.10/docker-compose.yml"_s)));
    // The valid ones stay inside the cache folder.
    const UpstreamRef good{u"mastodon"_s, u"mastodon"_s, u"v4.2.10"_s};
    QVERIFY(good.isValid());
    QCOMPARE(good.cachePath(cache), cache + u"/mastodon/mastodon/v4.2.10/docker-compose.yml"_s);
    QCOMPARE(UpstreamRef::parse(u"example/my.fork_2@our-patches+1"_s)->toString(),
             u"example/my.fork_2@our-patches+1"_s);
}

QTEST_GUILESS_MAIN(TestUpstreamSource)
#include "tst_upstreamsource.moc"
