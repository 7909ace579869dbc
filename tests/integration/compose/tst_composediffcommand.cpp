// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/unit/compose/composefixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestComposeDiffCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void summary();
    void summaryWithDeployed();
    void json();
    void patchAndMerged();
    void badInput_data();
    void badInput();
    void upstreamReferences();
    void localCheckout();
    void fileThatReadsLikeAReference();
    void insertionsNumberedLikeGit();

private:
    Run run(const QStringList &arguments,
            const QString &cacheHome = {},
            const QString &workingDirectory = {});

    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;
};

Run TestComposeDiffCommand::run(const QStringList &arguments,
                                const QString &cacheHome,
                                const QString &workingDirectory)
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CACHE_HOME"_s, cacheHome.isEmpty() ? m_dir.filePath(u"cache"_s) : cacheHome);
    env.insert(u"STEWARD_UPSTREAM_BASE_URL"_s, u"http://127.0.0.1:%1/"_s.arg(m_port));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STEWARD_BINARY), QStringList{u"compose-diff"_s} + arguments);
    if (!p.waitForFinished(60'000))
        qFatal("steward compose-diff did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestComposeDiffCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The served tree: <root>/mastodon/mastodon/<tag>/docker-compose.yml
    for (const QString &tag : {u"v4.2.10"_s, u"v4.3.0"_s}) {
        const QString dir = m_dir.filePath(u"www/mastodon/mastodon/"_s + tag);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(Compose::Fixtures::path(tag), dir + u"/docker-compose.yml"_s));
    }
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_port = probe.serverPort();
    probe.close();
    m_server.setWorkingDirectory(m_dir.filePath(u"www"_s));
    m_server.start(u"python3"_s,
                   {u"-m"_s, u"http.server"_s, u"--bind"_s, u"127.0.0.1"_s, QString::number(m_port)});
    QVERIFY2(m_server.waitForStarted(), "cannot start python3 -m http.server");
    // Wait until it answers.
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        up = s.waitForConnected(100);
        if (!up)
            QTest::qWait(50);
    }
    QVERIFY2(up, "the local HTTP server did not start");
}

void TestComposeDiffCommand::cleanupTestCase()
{
    m_server.terminate();
    m_server.waitForFinished(5000);
}

void TestComposeDiffCommand::summary()
{
    const Run r = run({Compose::Fixtures::path(u"v4.1.9"_s), Compose::Fixtures::path(u"v4.2.0"_s)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
             "service web:\n"
             "  image ghcr.io/mastodon/mastodon: tag v4.1.9 → v4.2.0\n"
             "service streaming:\n"
             "  image ghcr.io/mastodon/mastodon: tag v4.1.9 → v4.2.0\n"
             "service sidekiq:\n"
             "  image ghcr.io/mastodon/mastodon: tag v4.1.9 → v4.2.0\n"_ba);
}

void TestComposeDiffCommand::summaryWithDeployed()
{
    // With a deployed copy, the summary says per upstream change whether ours has it, in words.
    const QString deployed = Compose::Fixtures::path(u"deployed-v4.2.10-local"_s);
    const Run r = run(
        {Compose::Fixtures::path(u"v4.2.10"_s), Compose::Fixtures::path(u"v4.3.0"_s), deployed});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u": not yet in "_s + deployed), r.out.constData());
    QCOMPARE(out.count(u": already in "_s + deployed), 1);
    QCOMPARE(out.count(u": conflicts with a local change in "_s + deployed), 1);
}

void TestComposeDiffCommand::json()
{
    const Run r = run({Compose::Fixtures::path(u"v4.2.10"_s),
                       Compose::Fixtures::path(u"v4.3.0"_s),
                       Compose::Fixtures::path(u"deployed-v4.2.10-local"_s),
                       u"--format"_s,
                       u"json"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"counts"_s).toObject().value(u"conflict"_s).toInt(), 1);
    QCOMPARE(o.value(u"counts"_s).toObject().value(u"present"_s).toInt(), 1);
    QCOMPARE(o.value(u"counts"_s).toObject().value(u"missing"_s).toInt(), 7);
    QCOMPARE(o.value(u"hunks"_s).toArray().size(), 9);
    QVERIFY(o.value(u"mergedParses"_s).toBool());
}

void TestComposeDiffCommand::patchAndMerged()
{
    const QStringList files{Compose::Fixtures::path(u"v4.2.10"_s),
                            Compose::Fixtures::path(u"v4.3.0"_s),
                            Compose::Fixtures::path(u"deployed-v4.2.10-local"_s)};
    const Run patch = run(files + QStringList{u"--format"_s, u"patch"_s});
    QCOMPARE(patch.exitCode, 0);
    QVERIFY(patch.out.contains("--- a/docker-compose.yml\n+++ b/docker-compose.yml\n"));
    QVERIFY(patch.out.contains("+    image: ghcr.io/mastodon/mastodon-streaming:v4.3.0\n"));
    const Run merged = run(files + QStringList{u"--format=merged"_s});
    QCOMPARE(merged.exitCode, 0);
    QVERIFY(merged.out.contains("'127.0.0.1:3001:3000'"));
    QVERIFY(merged.out.contains("image: ghcr.io/mastodon/mastodon-streaming:v4.3.0"));
    // Applying the patch to the deployed copy gives the merged file (git apply is the reference).
    QTemporaryDir work;
    QVERIFY(QFile::copy(files[2], work.filePath(u"docker-compose.yml"_s)));
    QFile patchFile(work.filePath(u"p.diff"_s));
    QVERIFY(patchFile.open(QIODevice::WriteOnly));
    patchFile.write(patch.out);
    patchFile.close();
    QProcess git;
    git.setWorkingDirectory(work.path());
    git.start(u"git"_s, {u"apply"_s, u"p.diff"_s});
    QVERIFY(git.waitForFinished());
    QCOMPARE(git.exitCode(), 0);
    QFile applied(work.filePath(u"docker-compose.yml"_s));
    QVERIFY(applied.open(QIODevice::ReadOnly));
    QCOMPARE(applied.readAll(), merged.out);
}

void TestComposeDiffCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString good = Compose::Fixtures::path(u"v4.3.0"_s);
    QTemporaryDir *dir = &m_dir;
    auto write = [dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir->filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    };
    QTest::newRow("missing file") << QStringList{u"/nonexistent/x.yml"_s, good} << 1
                                  << u"Cannot read /nonexistent/x.yml"_s;
    QTest::newRow("malformed") << QStringList{good, write(u"bad.yml"_s, "services:\n  web: [\n")}
                               << 1 << u"not valid YAML"_s;
    QTest::newRow("tab") << QStringList{good, write(u"tab.yml"_s, "services:\n\tweb: {}\n")} << 1
                         << u"(line 2, column 1)"_s;
    QTest::newRow("binary") << QStringList{good,
                                           write(u"bin.yml"_s,
                                                 QByteArray("\x7f"
                                                            "ELF\0\0",
                                                            6))}
                            << 1 << u"binary"_s;
    QTest::newRow("empty") << QStringList{write(u"empty.yml"_s, ""), good} << 1 << u"empty"_s;
    QTest::newRow("one file") << QStringList{good} << 2 << u"OLD NEW"_s;
    QTest::newRow("bad format") << QStringList{good, good, u"--format"_s, u"html"_s} << 2
                                << u"html"_s;
    QTest::newRow("unknown tag") << QStringList{u"mastodon@v9.9.9"_s, good} << 1
                                 << u"mastodon/mastodon@v9.9.9"_s;
}

void TestComposeDiffCommand::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestComposeDiffCommand::upstreamReferences()
{
    const QString cache = m_dir.filePath(u"refcache"_s);
    const Run r = run({u"mastodon@v4.2.10"_s, u"mastodon@v4.3.0"_s, u"--format"_s, u"patch"_s},
                      cache);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("-    image: ghcr.io/mastodon/mastodon:v4.2.10\n"));
    QVERIFY(r.out.contains("+    image: ghcr.io/mastodon/mastodon:v4.3.0\n"));
    // Cached on disk: the second run works with the server gone from that URL.
    QVERIFY(QDir(cache).exists());
    QDir(m_dir.filePath(u"www/mastodon/mastodon/v4.3.0"_s)).removeRecursively();
    const Run again = run({u"mastodon@v4.2.10"_s, u"mastodon@v4.3.0"_s, u"--format"_s, u"patch"_s},
                          cache);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, r.out);
    const Run uncached = run({u"mastodon@v4.2.10"_s, u"mastodon@v4.3.0"_s},
                             m_dir.filePath(u"other"_s));
    QCOMPARE(uncached.exitCode, 1);
    QVERIFY2(uncached.err.contains("Cannot fetch mastodon/mastodon@v4.3.0")
                 && uncached.err.contains("not found"),
             uncached.err.constData());
}

void TestComposeDiffCommand::fileThatReadsLikeAReference()
{
    // "configs/ours@prod" reads like owner/repo@ref; it exists, so it is read as a file.
    const QString work = m_dir.filePath(u"work"_s);
    QVERIFY(QDir().mkpath(work + u"/configs"_s));
    QVERIFY(QFile::copy(Compose::Fixtures::path(u"deployed-v4.2.10-local"_s),
                        work + u"/configs/ours@prod"_s));
    const Run r = run({Compose::Fixtures::path(u"v4.2.10"_s),
                       Compose::Fixtures::path(u"v4.3.0"_s),
                       u"configs/ours@prod"_s,
                       u"--format"_s,
                       u"json"_s},
                      {},
                      work);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"deployed"_s).toString(), u"configs/ours@prod"_s);
    QCOMPARE(o.value(u"counts"_s).toObject().value(u"conflict"_s).toInt(), 1);
    // As OLD too (upstream sources are the ones read as references otherwise).
    QVERIFY(QFile::copy(Compose::Fixtures::path(u"v4.2.10"_s), work + u"/configs/old@v4"_s));
    const Run old = run({u"configs/old@v4"_s, Compose::Fixtures::path(u"v4.3.0"_s)}, {}, work);
    QVERIFY2(old.exitCode == 0, old.err.constData());
    QVERIFY(old.out.contains("tag v4.2.10 → v4.3.0"));
}

void TestComposeDiffCommand::insertionsNumberedLikeGit()
{
    // v3.5.3 -> v4.0.2 has two pure insertions: git says "-34,0" and "-43,0" (after lines 34 and 43).
    const QString oldPath = Compose::Fixtures::path(u"v3.5.3"_s);
    const QString newPath = Compose::Fixtures::path(u"v4.0.2"_s);
    QProcess git;
    git.start(u"git"_s, {u"diff"_s, u"--no-index"_s, u"--patience"_s, u"-U0"_s, oldPath, newPath});
    QVERIFY(git.waitForFinished(30'000));
    QCOMPARE(git.exitCode(), 1); // the files differ
    QStringList gitHeaders;
    for (const QByteArray &line : git.readAllStandardOutput().split('\n')) {
        if (line.startsWith("@@ "))
            gitHeaders.append(QString::fromUtf8(line.left(line.indexOf(" @@") + 3)));
    }
    QVERIFY(gitHeaders.contains(u"@@ -34,0 +41 @@"_s));

    // The JSON ranges read the same, deployed ones included (DEPLOYED = OLD: every hunk is missing).
    const Run r = run({oldPath, newPath, oldPath, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    auto side = [](const QJsonObject &range) {
        const int start = range.value(u"start"_s).toInt();
        const int count = range.value(u"count"_s).toInt();
        return count == 1 ? QString::number(start) : u"%1,%2"_s.arg(start).arg(count);
    };
    QStringList ours;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(u"hunks"_s).toArray()) {
        const QJsonObject h = v.toObject();
        ours.append(u"@@ -%1 +%2 @@"_s.arg(side(h.value(u"old"_s).toObject()),
                                           side(h.value(u"new"_s).toObject())));
        QCOMPARE(h.value(u"deployed"_s), h.value(u"old"_s));
    }
    QCOMPARE(ours, gitHeaders);

    // The status lines say where an insertion goes, as git numbers it.
    const Run summary = run({oldPath, newPath, oldPath});
    QCOMPARE(summary.exitCode, 0);
    const QString out = QString::fromUtf8(summary.out);
    QVERIFY2(out.contains(u"upstream lines added after line 34: not yet in "_s + oldPath),
             summary.out.constData());
    QVERIFY(out.contains(u"upstream lines added after line 43: not yet in "_s + oldPath));
    QVERIFY(out.contains(u"upstream lines 30-30: not yet in "_s + oldPath));
    QVERIFY(!out.contains(u"upstream lines 35-35"_s));
}

void TestComposeDiffCommand::localCheckout()
{
    // Tags the local HTTP server does not serve: an answer can only come from the checkout.
    const QString repo = m_dir.filePath(u"checkout"_s);
    QVERIFY(QDir().mkpath(repo));
    const QString error = Compose::Fixtures::makeCheckout(repo, {u"v4.1.9"_s, u"v4.2.0"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString deployed = Compose::Fixtures::path(u"v4.1.9"_s);
    const Run fromFiles = run({Compose::Fixtures::path(u"v4.1.9"_s),
                               Compose::Fixtures::path(u"v4.2.0"_s),
                               deployed,
                               u"--format"_s,
                               u"json"_s});
    QCOMPARE(fromFiles.exitCode, 0);
    const Run fromCheckout = run({u"mastodon@v4.1.9"_s,
                                  u"mastodon@v4.2.0"_s,
                                  deployed,
                                  u"--checkout"_s,
                                  repo,
                                  u"--format"_s,
                                  u"json"_s},
                                 m_dir.filePath(u"checkoutcache"_s));
    QVERIFY2(fromCheckout.exitCode == 0, fromCheckout.err.constData());
    const QJsonObject files = QJsonDocument::fromJson(fromFiles.out).object();
    const QJsonObject checkout = QJsonDocument::fromJson(fromCheckout.out).object();
    QCOMPARE(checkout.value(u"old"_s).toString(), u"mastodon/mastodon@v4.1.9"_s);
    QCOMPARE(checkout.value(u"new"_s).toString(), u"mastodon/mastodon@v4.2.0"_s);
    QCOMPARE(checkout.value(u"hunks"_s).toArray().size(), 3);
    QCOMPARE(checkout.value(u"hunks"_s), files.value(u"hunks"_s));
    QCOMPARE(checkout.value(u"summary"_s), files.value(u"summary"_s));
    // The same patch as from the files.
    const Run patch = run({u"mastodon@v4.1.9"_s,
                           u"mastodon@v4.2.0"_s,
                           u"--checkout"_s,
                           repo,
                           u"--format"_s,
                           u"patch"_s});
    QCOMPARE(patch.exitCode, 0);
    QVERIFY(patch.out.contains("+    image: ghcr.io/mastodon/mastodon:v4.2.0\n"));
    // A tag the checkout lacks, and a path that is no repository: exit 1 with a message saying so.
    const Run missing = run({u"mastodon@v4.1.9"_s, u"mastodon@v9.9.9"_s, u"--checkout"_s, repo});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("has no docker-compose.yml at v9.9.9"), missing.err.constData());
    const Run notRepo = run(
        {u"mastodon@v4.1.9"_s, u"mastodon@v4.2.0"_s, u"--checkout"_s, m_dir.filePath(u"www"_s)});
    QCOMPARE(notRepo.exitCode, 1);
    QVERIFY2(notRepo.err.contains("Cannot open the git repository"), notRepo.err.constData());
}

QTEST_GUILESS_MAIN(TestComposeDiffCommand)
#include "tst_composediffcommand.moc"
