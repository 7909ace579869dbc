// SPDX-License-Identifier: GPL-3.0-or-later
// SFTP over Steward's SSH engine against a real OpenSSH sshd (internal-sftp): stat, small reads, downloads
// and uploads byte-exact with progress, atomic replacement, refusals and cancel.
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/ssh/transfer.h"
#include "tests/integration/ssh/sshdendpoint.h"
#include "tests/integration/ssh/sshdfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Steward;
using namespace Qt::StringLiterals;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Everything a transfer reports, kept after it is gone.
struct Report
{
    bool finished = false;
    bool failed = false;
    QString error;
    QList<qint64> progress;
    qint64 lastTotal = -2;
};

Report *watch(Ssh::Transfer *transfer)
{
    auto *r = new Report;
    QObject::connect(transfer, &Ssh::Transfer::finished, transfer, [r] { r->finished = true; });
    QObject::connect(transfer, &Ssh::Transfer::failed, transfer, [r](const QString &message) {
        r->failed = true;
        r->error = message;
    });
    QObject::connect(transfer, &Ssh::Transfer::progress, transfer, [r](qint64 done, qint64 total) {
        r->progress.append(done);
        r->lastTotal = total;
    });
    return r;
}

bool wait(const Report *r, int ms = 60000)
{
    return QTest::qWaitFor([r] { return r->finished || r->failed; }, ms);
}

} // namespace

class TestSftp : public QObject
{
    Q_OBJECT

    Test::SshdFixture m_sshd;
    QString m_key;
    QString m_known;
    QString m_files; // a directory the test user owns
    std::unique_ptr<Ssh::Session> m_session;

    Ssh::Endpoint endpoint() const { return Test::endpointFor(m_sshd, m_key, m_known); }

    QString path(const QString &name) const { return m_files + u'/' + name; }

    QStringList leftovers() const
    {
        return QDir(m_files).entryList({u".*.steward-*"_s, u"*.tmp"_s},
                                       QDir::Files | QDir::Hidden | QDir::System);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        m_key = m_sshd.addClientKey(u"id_sftp"_s);
        QVERIFY(!m_key.isEmpty());
        m_known = Test::writeKnownHosts(m_sshd);
        QVERIFY(!m_known.isEmpty());
        m_files = m_sshd.dir() + u"/files"_s;
        QVERIFY(QDir().mkpath(m_files));
        QVERIFY(!m_sshd.runLocal(u"chown"_s, {Test::SshdFixture::user(), m_files}).isEmpty());
        m_session = std::make_unique<Ssh::Session>(endpoint());
        m_session->connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Ssh::Session::State::Ready, 20000);
    }

    void statAnswers()
    {
        QVERIFY(writeFile(path(u"seven"_s), "1234567"));
        QFile::setPermissions(path(u"seven"_s),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ReadGroup);
        QVERIFY(
            !m_sshd.runLocal(u"chown"_s, {Test::SshdFixture::user(), path(u"seven"_s)}).isEmpty());
        Ssh::Transfer *file = m_session->stat(path(u"seven"_s));
        Ssh::Transfer *dir = m_session->stat(m_files);
        Ssh::Transfer *missing = m_session->stat(path(u"no-such-file"_s));
        Ssh::Transfer *hidden = m_session->stat(u"/root/.steward-no-access/x"_s);
        std::unique_ptr<Report> rf(watch(file)), rd(watch(dir)), rm(watch(missing)),
            rh(watch(hidden));
        QVERIFY(wait(rf.get()) && wait(rd.get()) && wait(rm.get()) && wait(rh.get()));
        QVERIFY2(rf->finished, qPrintable(rf->error));
        QVERIFY(file->info().exists);
        QVERIFY(file->info().isRegularFile);
        QCOMPARE(file->info().size, 7);
        QCOMPARE(file->info().permissions, 0640);
        QCOMPARE(file->info().modified.toSecsSinceEpoch(),
                 QFileInfo(path(u"seven"_s)).lastModified().toSecsSinceEpoch());
        QVERIFY(rd->finished);
        QVERIFY(dir->info().isDirectory);
        QVERIFY(rm->finished); // a missing file is an answer, not a failure
        QVERIFY(!missing->info().exists);
        // /root is closed to the test user: a clear refusal.
        QVERIFY(rh->failed);
        QVERIFY2(hidden->errorString().contains(u"permission denied"_s),
                 qPrintable(hidden->errorString()));
        for (auto *t : {file, dir, missing, hidden})
            delete t;
        QCOMPARE(m_session->state(), Ssh::Session::State::Ready); // the session is unharmed
    }

    void readSmallFile()
    {
        // Binary, with NULs and invalid UTF-8, as a compose file's neighbours might be.
        QByteArray content = "services:\n  web:\n    image: ghcr.io/mastodon/mastodon:v4.2.10\n";
        content += QByteArray("\0\xff\xfe\x80 end\n", 10);
        QVERIFY(writeFile(path(u"docker-compose.yml"_s), content));
        Ssh::Transfer *t = m_session->readFile(path(u"docker-compose.yml"_s));
        std::unique_ptr<Report> r(watch(t));
        QVERIFY(wait(r.get()));
        QVERIFY2(r->finished, qPrintable(r->error));
        QCOMPARE(t->data(), content);
        QCOMPARE(t->info().size, content.size());
        delete t;
    }

    void readRefusals()
    {
        QVERIFY(writeFile(path(u"big"_s), QByteArray(100000, 'x')));
        Ssh::Transfer *big = m_session->readFile(path(u"big"_s), 4096);
        Ssh::Transfer *dir = m_session->readFile(m_files);
        Ssh::Transfer *missing = m_session->readFile(path(u"absent.yml"_s));
        std::unique_ptr<Report> rb(watch(big)), rd(watch(dir)), rm(watch(missing));
        QVERIFY(wait(rb.get()) && wait(rd.get()) && wait(rm.get()));
        QVERIFY(rb->failed);
        QVERIFY2(rb->error.contains(u"too large"_s), qPrintable(rb->error));
        QVERIFY(big->data().isEmpty());
        QVERIFY(rd->failed);
        QVERIFY2(rd->error.contains(u"directory"_s), qPrintable(rd->error));
        QVERIFY(rm->failed);
        QVERIFY2(rm->error.contains(u"absent.yml"_s) && rm->error.contains(u"no such file"_s),
                 qPrintable(rm->error));
        for (auto *t : {big, dir, missing})
            delete t;
    }

    void downloadByteExact()
    {
        const QByteArray content = randomBytes(24 * 1024 * 1024 + 123, 7);
        QVERIFY(writeFile(path(u"dump.sql.gz"_s), content));
        QTemporaryDir local;
        const QString target = local.filePath(u"dump.sql.gz"_s);
        Ssh::Transfer *t = m_session->download(path(u"dump.sql.gz"_s), target);
        std::unique_ptr<Report> r(watch(t));
        QVERIFY(wait(r.get()));
        QVERIFY2(r->finished, qPrintable(r->error));
        QCOMPARE(QCryptographicHash::hash(readAll(target), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        // Progress: several steps, increasing, ending at the size, with the size known from the start.
        QVERIFY2(r->progress.size() > 3, qPrintable(QString::number(r->progress.size())));
        QVERIFY(std::is_sorted(r->progress.begin(), r->progress.end()));
        QCOMPARE(r->progress.last(), content.size());
        QCOMPARE(r->lastTotal, content.size());
        QCOMPARE(QDir(local.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        delete t;
    }

    void downloadRefusals()
    {
        QTemporaryDir local;
        // Missing remote: nothing is created locally.
        Ssh::Transfer *missing = m_session->download(path(u"absent"_s), local.filePath(u"a"_s));
        // Unwritable local destination: a clear error naming the path.
        Ssh::Transfer *unwritable = m_session->download(path(u"seven"_s),
                                                        u"/proc/steward-cannot-write"_s);
        std::unique_ptr<Report> rm(watch(missing)), ru(watch(unwritable));
        QVERIFY(wait(rm.get()) && wait(ru.get()));
        QVERIFY(rm->failed);
        QVERIFY(!QFile::exists(local.filePath(u"a"_s)));
        QVERIFY(ru->failed);
        QVERIFY2(ru->error.contains(u"/proc/steward-cannot-write"_s), qPrintable(ru->error));
        delete missing;
        delete unwritable;
    }

    void downloadCancel()
    {
        const QByteArray content = randomBytes(64 * 1024 * 1024, 9);
        QVERIFY(writeFile(path(u"large"_s), content));
        QTemporaryDir local;
        const QString target = local.filePath(u"large"_s);
        QVERIFY(writeFile(target, "the previous download")); // kept when the new one is cancelled
        Ssh::Transfer *t = m_session->download(path(u"large"_s), target);
        std::unique_ptr<Report> r(watch(t));
        QObject::connect(t, &Ssh::Transfer::progress, t, [t](qint64 done) {
            if (done > 1024 * 1024)
                t->cancel();
        });
        QVERIFY(wait(r.get()));
        QVERIFY(r->failed);
        QVERIFY2(r->error.contains(u"cancelled"_s), qPrintable(r->error));
        QVERIFY(r->progress.last() < content.size());
        QCOMPARE(readAll(target), QByteArray("the previous download"));
        QCOMPARE(QDir(local.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        delete t;
        // The session goes on.
        Ssh::Transfer *again = m_session->readFile(path(u"seven"_s));
        std::unique_ptr<Report> ra(watch(again));
        QVERIFY(wait(ra.get()));
        QCOMPARE(again->data(), QByteArray("1234567"));
        delete again;
    }

    void uploadByteExactAndAtomic()
    {
        QTemporaryDir local;
        const QByteArray content = randomBytes(20 * 1024 * 1024 + 7, 11);
        QVERIFY(writeFile(local.filePath(u"new"_s), content));
        // A new file: mode 0600 whatever the server's umask (nothing readable by others unless asked).
        Ssh::Transfer *t = m_session->upload(local.filePath(u"new"_s), path(u"uploaded"_s));
        std::unique_ptr<Report> r(watch(t));
        QVERIFY(wait(r.get()));
        QVERIFY2(r->finished, qPrintable(r->error));
        QCOMPARE(QCryptographicHash::hash(readAll(path(u"uploaded"_s)), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        QCOMPARE(r->progress.last(), content.size());
        QCOMPARE(r->lastTotal, content.size());
        QVERIFY(std::is_sorted(r->progress.begin(), r->progress.end()));
        QCOMPARE(QFileInfo(path(u"uploaded"_s)).permissions() & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u", "_s)));
        delete t;

        // A mode asked for: given, whatever the server's umask; in place (not atomic) too.
        for (const bool atomic : {true, false}) {
            Ssh::UploadOptions options;
            options.permissions = 0644;
            options.atomic = atomic;
            const QString name = atomic ? u"public"_s : u"public-in-place"_s;
            Ssh::Transfer *pub = m_session->upload(local.filePath(u"new"_s), path(name), options);
            std::unique_ptr<Report> rp(watch(pub));
            QVERIFY(wait(rp.get()));
            QVERIFY2(rp->finished, qPrintable(rp->error));
            QCOMPARE(QFileInfo(path(name)).permissions() & 0x0777,
                     QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadGroup
                         | QFileDevice::ReadOther);
            delete pub;
        }
        // Not atomic, new: 0600 as well.
        Ssh::UploadOptions inPlace;
        inPlace.atomic = false;
        Ssh::Transfer *direct = m_session->upload(local.filePath(u"new"_s),
                                                  path(u"private-in-place"_s),
                                                  inPlace);
        std::unique_ptr<Report> rd(watch(direct));
        QVERIFY(wait(rd.get()));
        QVERIFY2(rd->finished, qPrintable(rd->error));
        QCOMPARE(QFileInfo(path(u"private-in-place"_s)).permissions() & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);
        delete direct;

        // Replacing a file: the same inode is never half-written (a reader holding the old file keeps
        // its content), and the mode of the replaced file is kept.
        QVERIFY(writeFile(path(u".env.production"_s), "OLD=1\n"));
        QVERIFY(!m_sshd.runLocal(u"chmod"_s, {u"600"_s, path(u".env.production"_s)}).isEmpty());
        QVERIFY(
            !m_sshd.runLocal(u"chown"_s, {Test::SshdFixture::user(), path(u".env.production"_s)})
                 .isEmpty());
        QFile reader(path(u".env.production"_s));
        QVERIFY(reader.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(local.filePath(u"env"_s), "NEW=2\nWITH SPACE='x y'\n"));
        Ssh::Transfer *replace = m_session->upload(local.filePath(u"env"_s),
                                                   path(u".env.production"_s));
        std::unique_ptr<Report> rr(watch(replace));
        QVERIFY(wait(rr.get()));
        QVERIFY2(rr->finished, qPrintable(rr->error));
        QCOMPARE(readAll(path(u".env.production"_s)), QByteArray("NEW=2\nWITH SPACE='x y'\n"));
        QCOMPARE(reader.readAll(), QByteArray("OLD=1\n")); // the old inode, untouched
        QCOMPARE(QFileInfo(path(u".env.production"_s)).permissions() & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u", "_s)));
        delete replace;
    }

    void replaceWithoutShell_data()
    {
        QTest::addColumn<QStringList>("serverConfig");
        QTest::addColumn<bool>("expected");
        // posix-rename@openssh.com replaces the file atomically by itself: no "mv" is needed (none is
        // on the PATH of this server's sessions).
        QTest::newRow("posix-rename") << QStringList{u"SetEnv PATH=/nonexistent"_s} << true;
        // A server that refuses posix-rename: the replacement falls back to "mv -f" on the session.
        QTest::newRow("mv fallback")
            << QStringList{u"Subsystem sftp internal-sftp -P posix-rename"_s} << true;
        // Neither: the upload fails, the destination stays as it was, no temporary file is left.
        QTest::newRow("neither") << QStringList{u"Subsystem sftp internal-sftp -P posix-rename"_s,
                                                u"SetEnv PATH=/nonexistent"_s}
                                 << false;
    }
    void replaceWithoutShell()
    {
        QFETCH(QStringList, serverConfig);
        QFETCH(bool, expected);
        Test::SshdFixture sshd;
        QVERIFY2(sshd.start(serverConfig), qPrintable(sshd.errorString()));
        const QString key = sshd.addClientKey(u"id_rename"_s);
        const QString known = Test::writeKnownHosts(sshd);
        QVERIFY(!key.isEmpty() && !known.isEmpty());
        const QString files = sshd.dir() + u"/files"_s;
        QVERIFY(QDir().mkpath(files));
        QVERIFY(writeFile(files + u"/app.conf"_s, "old\n"));
        QVERIFY(!sshd.runLocal(u"chown"_s, {u"-R"_s, Test::SshdFixture::user(), files}).isEmpty());
        QTemporaryDir local;
        QVERIFY(writeFile(local.filePath(u"app.conf"_s), "new\n"));
        Ssh::Session session(Test::endpointFor(sshd, key, known));
        session.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Ssh::Session::State::Ready, 20000);
        Ssh::Transfer *t = session.upload(local.filePath(u"app.conf"_s), files + u"/app.conf"_s);
        std::unique_ptr<Report> r(watch(t));
        QVERIFY(wait(r.get()));
        QCOMPARE(r->finished, expected);
        QCOMPARE(readAll(files + u"/app.conf"_s),
                 expected ? QByteArray("new\n") : QByteArray("old\n"));
        if (!expected)
            QVERIFY2(r->error.contains(u"rename"_s), qPrintable(r->error));
        const QStringList left = QDir(files).entryList({u".*.steward-*"_s},
                                                       QDir::Files | QDir::Hidden | QDir::System);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
        delete t;
    }

    void uploadWithKeepalive()
    {
        // Keepalives during uploads: libssh2 keeps one half-sent packet per session, and a keepalive
        // sent in the middle of one (or half-sent itself) breaks the upload's writes. The server's
        // DEBUG log counts the keepalives that arrived while the uploads ran.
        Test::SshdFixture sshd;
        QVERIFY2(sshd.start({u"LogLevel DEBUG"_s}), qPrintable(sshd.errorString()));
        const QString key = sshd.addClientKey(u"id_keepalive"_s);
        const QString known = Test::writeKnownHosts(sshd);
        QVERIFY(!key.isEmpty() && !known.isEmpty());
        const QString files = sshd.dir() + u"/files"_s;
        QVERIFY(QDir().mkpath(files));
        QVERIFY(!sshd.runLocal(u"chown"_s, {Test::SshdFixture::user(), files}).isEmpty());
        Ssh::Endpoint e = Test::endpointFor(sshd, key, known);
        e.keepaliveSeconds = 1; // libssh2 sends one every 2 s at most
        e.keepaliveCountMax = 30;
        Ssh::Session session(e);
        session.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Ssh::Session::State::Ready, 20000);
        QTemporaryDir local;
        const QByteArray content = randomBytes(64 * 1024 * 1024, 19);
        QVERIFY(writeFile(local.filePath(u"big"_s), content));
        const QByteArray digest = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
        const QByteArray keepalive = "keepalive@libssh2.org";
        const qsizetype before = sshd.log().count(keepalive);
        qsizetype during = 0;
        int uploads = 0;
        for (; uploads < 12 && during < 3; ++uploads) {
            Ssh::Transfer *t = session.upload(local.filePath(u"big"_s), files + u"/kept-alive"_s);
            std::unique_ptr<Report> r(watch(t));
            QVERIFY(wait(r.get(), 120000));
            QVERIFY2(r->finished, qPrintable(r->error));
            QCOMPARE(QCryptographicHash::hash(readAll(files + u"/kept-alive"_s),
                                              QCryptographicHash::Sha256),
                     digest);
            delete t;
            during = sshd.log().count(keepalive) - before;
        }
        qInfo("%d uploads of 64 MiB, %lld keepalives received meanwhile", uploads, qint64(during));
        QVERIFY2(during >= 3, "too few keepalives were sent during the uploads to tell anything");
        QCOMPARE(session.state(), Ssh::Session::State::Ready);
    }

    void uploadRefusals()
    {
        QTemporaryDir local;
        QVERIFY(writeFile(local.filePath(u"f"_s), "data"));
        Ssh::Transfer *noLocal = m_session->upload(local.filePath(u"absent"_s), path(u"x"_s));
        Ssh::Transfer *toDir = m_session->upload(local.filePath(u"f"_s), m_files);
        Ssh::Transfer *closed = m_session->upload(local.filePath(u"f"_s), u"/root/forbidden"_s);
        std::unique_ptr<Report> rn(watch(noLocal)), rd(watch(toDir)), rc(watch(closed));
        QVERIFY(wait(rn.get()) && wait(rd.get()) && wait(rc.get()));
        QVERIFY(rn->failed);
        QVERIFY2(rn->error.contains(local.filePath(u"absent"_s)), qPrintable(rn->error));
        QVERIFY(!QFile::exists(path(u"x"_s)));
        QVERIFY(rd->failed);
        QVERIFY2(rd->error.contains(u"directory"_s), qPrintable(rd->error));
        QVERIFY(rc->failed);
        QVERIFY2(rc->error.contains(u"permission denied"_s), qPrintable(rc->error));
        QVERIFY(leftovers().isEmpty());
        for (auto *t : {noLocal, toDir, closed})
            delete t;
    }

    void uploadCancelLeavesDestination()
    {
        QTemporaryDir local;
        QVERIFY(writeFile(path(u"keep"_s), "deployed\n"));
        QVERIFY(writeFile(local.filePath(u"big"_s), randomBytes(64 * 1024 * 1024, 13)));
        Ssh::Transfer *t = m_session->upload(local.filePath(u"big"_s), path(u"keep"_s));
        std::unique_ptr<Report> r(watch(t));
        QObject::connect(t, &Ssh::Transfer::progress, t, [t](qint64 done) {
            if (done > 1024 * 1024)
                t->cancel();
        });
        QVERIFY(wait(r.get()));
        QVERIFY(r->failed);
        QVERIFY2(r->error.contains(u"cancelled"_s), qPrintable(r->error));
        QCOMPARE(readAll(path(u"keep"_s)), QByteArray("deployed\n"));
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u", "_s)));
        delete t;
    }

    void transfersAndCommandsTogether()
    {
        const QByteArray content = randomBytes(8 * 1024 * 1024, 17);
        QVERIFY(writeFile(path(u"parallel"_s), content));
        QTemporaryDir local;
        QList<Ssh::Transfer *> transfers;
        QList<Report *> reports;
        for (int i = 0; i < 4; ++i) {
            transfers.append(
                m_session->download(path(u"parallel"_s), local.filePath(QString::number(i))));
            reports.append(watch(transfers.last()));
        }
        Ssh::Command *command = m_session->run(QStringList{u"printf"_s, u"running"_s});
        QByteArray out;
        bool done = false;
        connect(command, &Ssh::Command::stdoutReceived, this, [&](const QByteArray &d) {
            out += d;
        });
        connect(command, &Ssh::Command::finished, this, [&] { done = true; });
        for (Report *r : reports)
            QVERIFY(wait(r));
        QTRY_VERIFY(done);
        QCOMPARE(out, QByteArray("running"));
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(reports.at(i)->finished, qPrintable(reports.at(i)->error));
            QCOMPARE(readAll(local.filePath(QString::number(i))).size(), content.size());
        }
        qDeleteAll(transfers);
        qDeleteAll(reports);
        delete command;
    }

    void lostSessionFailsTransfer()
    {
        Ssh::Session session(endpoint());
        session.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Ssh::Session::State::Ready, 20000);
        session.close();
        Ssh::Transfer *t = session.readFile(path(u"seven"_s));
        std::unique_ptr<Report> r(watch(t));
        QVERIFY(wait(r.get(), 5000));
        QVERIFY(r->failed);
        QVERIFY(!r->error.isEmpty());
    }

    void cleanupTestCase() { m_session.reset(); }
};

QTEST_GUILESS_MAIN(TestSftp)
#include "tst_sftp.moc"
