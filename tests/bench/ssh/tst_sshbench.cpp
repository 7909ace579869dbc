// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the SSH engine against OpenSSH on loopback, against the same real sshd. Prints ratios measured
// in one run; never asserts on timing (only on correctness).
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "tests/integration/ssh/sshdfixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>

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
            Ssh::Command *c = session.run(command);
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
        m_known = m_sshd.dir() + u"/known_hosts"_s;
        QFile known(m_known);
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(m_sshd.knownHostsLine() + '\n');
    }

    void commands()
    {
        Ssh::Endpoint e;
        e.host = u"127.0.0.1"_s;
        e.port = m_sshd.port();
        e.user = Test::SshdFixture::user();
        e.identityFiles = {m_key};
        e.userKnownHostsFile = m_known;
        e.stewardKnownHostsFile = m_sshd.dir() + u"/steward_known_hosts"_s;
        e.agentSocket = u"none"_s;
        Ssh::Session session(e);
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
            Ssh::Command *c = session.run("sleep 0.1");
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
