// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the SSH engine against OpenSSH on loopback, against the same real sshd. Prints ratios measured
// in one run; never asserts on timing (only on correctness).
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/ssh/transfer.h"
#include "tests/integration/ssh/sshdendpoint.h"
#include "tests/integration/ssh/sshdfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Steward;
using namespace Qt::StringLiterals;

class BenchSsh : public QObject
{
    Q_OBJECT

    Test::SshdFixture m_sshd;
    QString m_key;
    QString m_known;

    QStringList sshArgs() const
    {
        return {u"-p"_s,
                QString::number(m_sshd.port()),
                u"-i"_s,
                m_key,
                u"-o"_s,
                u"BatchMode=yes"_s,
                u"-o"_s,
                u"IdentitiesOnly=yes"_s,
                u"-o"_s,
                u"StrictHostKeyChecking=yes"_s,
                u"-o"_s,
                u"UserKnownHostsFile="_s + m_known,
                u"-F"_s,
                u"/dev/null"_s};
    }

    QString target() const { return Test::SshdFixture::user() + u"@127.0.0.1"_s; }

    // Runs `true` n times one after another over one session; milliseconds.
    static qint64 sequential(Ssh::Session &session, int n, const QByteArray &command, bool *ok)
    {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < n; ++i) {
            Ssh::Command *c = session.runShell(command);
            // A local event loop, not QTest::qWaitFor: that one sleeps 10 ms per poll and would time itself.
            QEventLoop loop;
            int code = -1;
            QObject::connect(c, &Ssh::Command::finished, &loop, [&](int exit, const QString &) {
                code = exit;
                loop.quit();
            });
            QObject::connect(c, &Ssh::Command::failed, &loop, &QEventLoop::quit);
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            loop.exec();
            if (code != 0)
                *ok = false;
            delete c;
        }
        return timer.elapsed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        m_key = m_sshd.addClientKey(u"id_bench"_s);
        QVERIFY(!m_key.isEmpty());
        m_known = Test::writeKnownHosts(m_sshd);
        QVERIFY(!m_known.isEmpty());
    }

    Ssh::Endpoint endpoint() const { return Test::endpointFor(m_sshd, m_key, m_known); }

    // Runs one SFTP transfer to its end; milliseconds, or -1 on failure.
    static qint64 timed(Ssh::Transfer *transfer)
    {
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        bool ok = false;
        QObject::connect(transfer, &Ssh::Transfer::finished, &loop, [&] {
            ok = true;
            loop.quit();
        });
        QObject::connect(transfer, &Ssh::Transfer::failed, &loop, [&](const QString &message) {
            qWarning("transfer failed: %s", qPrintable(message));
            loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        const qint64 elapsed = timer.elapsed();
        delete transfer;
        return ok ? elapsed : -1;
    }

    // Runs an OpenSSH client to its end; milliseconds, or -1 on failure.
    static qint64 timedProcess(const QString &program,
                               const QStringList &args,
                               const QByteArray &input = {})
    {
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.start(program, args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
            return -1;
        }
        return timer.elapsed();
    }

    static QByteArray sha(const QString &path)
    {
        QFile f(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        return f.open(QIODevice::ReadOnly) && hash.addData(&f) ? hash.result() : QByteArray();
    }

    void sftp()
    {
        constexpr qint64 Size = 256 * 1024 * 1024;
        const QString remote = m_sshd.dir() + u"/bench-256MiB"_s;
        {
            QFile f(remote);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block(4 * 1024 * 1024, Qt::Uninitialized);
            QRandomGenerator generator(42);
            for (qint64 written = 0; written < Size; written += block.size()) {
                generator.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
                QCOMPARE(f.write(block), block.size());
            }
        }
        const QByteArray expected = sha(remote);
        QTemporaryDir local;
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY(
            QTest::qWaitFor([&] { return session.state() == Ssh::Session::State::Ready; }, 20000));

        // Best of two for each, alternating, so that a busy moment of the machine hits both alike.
        qint64 steward = -1, sftp = -1, scp = -1;
        auto best = [](qint64 a, qint64 b) { return a < 0 ? b : (b < 0 ? a : std::min(a, b)); };
        for (int round = 0; round < 2; ++round) {
            const QString a = local.filePath(u"steward"_s), b = local.filePath(u"sftp"_s),
                          c = local.filePath(u"scp"_s);
            steward = best(steward, timed(session.download(remote, a)));
            QCOMPARE(sha(a), expected);
            sftp = best(
                sftp,
                timedProcess(
                    u"sftp"_s,
                    QStringList{u"-q"_s, u"-b"_s, u"-"_s, u"-P"_s, QString::number(m_sshd.port())}
                        << sshArgs().mid(2) << target(),
                    "get " + remote.toUtf8() + ' ' + b.toUtf8() + '\n'));
            QCOMPARE(sha(b), expected);
            scp = best(scp,
                       timedProcess(u"scp"_s,
                                    QStringList{u"-q"_s, u"-P"_s, QString::number(m_sshd.port())}
                                        << sshArgs().mid(2) << target() + u':' + remote << c));
            QCOMPARE(sha(c), expected);
            for (const QString &file : {a, b, c})
                QFile::remove(file);
        }
        QVERIFY(steward > 0 && sftp > 0 && scp > 0);
        auto mibps = [](qint64 ms) { return 256.0 * 1000.0 / double(ms); };
        qInfo("SFTP download 256 MiB: Steward %lld ms (%.0f MiB/s), sftp %lld ms (%.0f MiB/s), "
              "scp %lld ms (%.0f MiB/s)",
              steward,
              mibps(steward),
              sftp,
              mibps(sftp),
              scp,
              mibps(scp));
        qInfo("ratio Steward / sftp throughput = %.2fx, Steward / scp = %.2fx; against the faster "
              "of the two %.2fx (goal >= 1.0x)",
              double(sftp) / double(steward),
              double(scp) / double(steward),
              double(std::min(sftp, scp)) / double(steward));

        // Upload of the same file (atomic: temporary file, fsync, rename) against sftp put.
        // The test user writes into a directory of its own.
        const QString dir = m_sshd.dir() + u"/up"_s;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(!m_sshd.runLocal(u"chown"_s, {Test::SshdFixture::user(), dir}).isEmpty());
        const qint64 stewardUp = timed(session.upload(remote, dir + u"/steward"_s));
        const qint64 sftpUp = timedProcess(
            u"sftp"_s,
            QStringList{u"-q"_s, u"-b"_s, u"-"_s, u"-P"_s, QString::number(m_sshd.port())}
                << sshArgs().mid(2) << target(),
            "put " + remote.toUtf8() + ' ' + dir.toUtf8() + "/sftp\n");
        QCOMPARE(sha(dir + u"/steward"_s), expected);
        QVERIFY(stewardUp > 0 && sftpUp > 0);
        qInfo("SFTP upload 256 MiB: Steward %lld ms (%.0f MiB/s, atomic), sftp put %lld ms (%.0f "
              "MiB/s); "
              "ratio %.2fx",
              stewardUp,
              mibps(stewardUp),
              sftpUp,
              mibps(sftpUp),
              double(sftpUp) / double(stewardUp));
        QFile::remove(remote);
        QDir(dir).removeRecursively();
    }

    void commands()
    {
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY(
            QTest::qWaitFor([&] { return session.state() == Ssh::Session::State::Ready; }, 20000));

        constexpr int N = 200;
        bool ok = true;
        const qint64 steward = sequential(session, N, "true", &ok);
        QVERIFY(ok);

        // OpenSSH, one process per command (a sample of 40, scaled to 200 to keep the run short).
        constexpr int Sample = 40;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < Sample; ++i) {
            QProcess ssh;
            ssh.start(u"ssh"_s, sshArgs() << target() << u"true"_s);
            QVERIFY(ssh.waitForFinished(20000));
            QCOMPARE(ssh.exitCode(), 0);
        }
        const qint64 processes = timer.elapsed() * N / Sample;

        // OpenSSH ControlMaster: one master, 200 multiplexed clients.
        const QString control = m_sshd.dir() + u"/cm.sock"_s;
        QProcess master;
        master.start(u"ssh"_s,
                     sshArgs() << u"-N"_s << u"-o"_s << u"ControlMaster=yes"_s << u"-o"_s
                               << u"ControlPath="_s + control << target());
        QVERIFY(master.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(control); }, 10000));
        timer.restart();
        for (int i = 0; i < N; ++i) {
            QProcess ssh;
            ssh.start(u"ssh"_s,
                      sshArgs() << u"-o"_s << u"ControlMaster=no"_s << u"-o"_s
                                << u"ControlPath="_s + control << target() << u"true"_s);
            QVERIFY(ssh.waitForFinished(20000));
            QCOMPARE(ssh.exitCode(), 0);
        }
        const qint64 controlMaster = timer.elapsed();
        master.terminate();
        master.waitForFinished();

        qInfo("200 sequential commands: Steward %lld ms, ssh processes %lld ms (from %d), "
              "ControlMaster %lld ms",
              steward,
              processes,
              Sample,
              controlMaster);
        qInfo("ratio ssh processes / Steward = %.1fx (goal >= 10x)",
              double(processes) / double(steward));
        qInfo("ratio ControlMaster / Steward = %.2fx (goal >= 1x)",
              double(controlMaster) / double(steward));

        // 20 in parallel over one session versus 20 one after another.
        constexpr int P = 20;
        ok = true;
        const qint64 seq = sequential(session, P, "sleep 0.1", &ok);
        QVERIFY(ok);
        timer.restart();
        int done = 0;
        QList<Ssh::Command *> running;
        for (int i = 0; i < P; ++i) {
            Ssh::Command *c = session.run(QList<QByteArray>{"sleep", "0.1"});
            connect(c, &Ssh::Command::finished, this, [&done] { ++done; });
            running.append(c);
        }
        QVERIFY(QTest::qWaitFor([&] { return done == P; }, 30000));
        const qint64 par = timer.elapsed();
        qDeleteAll(running);
        qInfo("20 x sleep 0.1: sequential %lld ms, parallel %lld ms, ratio %.1fx",
              seq,
              par,
              double(seq) / double(par));
    }
};

QTEST_GUILESS_MAIN(BenchSsh)
#include "tst_sshbench.moc"
