// SPDX-License-Identifier: GPL-3.0-or-later
// ProxyJump through a second real sshd: the target is reached over a direct-tcpip channel on the jump host,
// both host keys are verified, the jump host's questions reach the caller, and a jump host that refuses
// forwarding or dies gives a clear error.
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/ssh/transfer.h"
#include "tests/integration/ssh/sshdendpoint.h"
#include "tests/integration/ssh/sshdfixture.h"

#include <QAbstractEventDispatcher>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <functional>

#include <sys/resource.h>

using namespace Steward;
using namespace Qt::StringLiterals;

namespace {

// CPU time (user + system) this process used so far, in ms.
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

} // namespace

class TestProxyJump : public QObject
{
    Q_OBJECT

    Test::SshdFixture m_jump;
    Test::SshdFixture m_target;
    QString m_key;
    QString m_known;

    static bool append(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::Append) && f.write(data) == data.size();
    }

    Ssh::Endpoint endpoint(const QString &proxyJump) const
    {
        Ssh::Endpoint e = Test::endpointFor(m_target, m_key, m_known);
        e.proxyJump = proxyJump;
        return e;
    }

    // A jump host's keys are its own (its block in ~/.ssh/config): give every hop the test key.
    Ssh::Endpoint keyed(Ssh::Endpoint e) const
    {
        const std::function<std::shared_ptr<const Ssh::Endpoint>(std::shared_ptr<const Ssh::Endpoint>)>
            withKey = [&](std::shared_ptr<const Ssh::Endpoint> hop) {
                if (!hop)
                    return hop;
                auto copy = std::make_shared<Ssh::Endpoint>(*hop);
                copy->identityFiles = {m_key};
                copy->identitiesOnly = true;
                copy->jump = withKey(hop->jump);
                return std::shared_ptr<const Ssh::Endpoint>(copy);
            };
        const auto chain = e.resolveJump();
        if (chain.ok())
            e.jump = withKey(chain.value());
        return e;
    }

    QString jumpSpec() const
    {
        return Test::SshdFixture::user() + u"@127.0.0.1:"_s + QString::number(m_jump.port());
    }

    static Ssh::Session::State settle(Ssh::Session &session)
    {
        (void) QTest::qWaitFor(
            [&] {
                const auto s = session.state();
                return s == Ssh::Session::State::Ready || s == Ssh::Session::State::Lost
                       || s == Ssh::Session::State::Closed;
            },
            30000);
        return session.state();
    }

    static QByteArray run(Ssh::Session &session, const QByteArray &command)
    {
        Ssh::Command *c = session.runShell(command);
        QByteArray out;
        bool done = false;
        QObject::connect(c, &Ssh::Command::stdoutReceived, c, [&](const QByteArray &d) {
            out += d;
        });
        QObject::connect(c, &Ssh::Command::finished, c, [&] { done = true; });
        QObject::connect(c, &Ssh::Command::failed, c, [&] { done = true; });
        (void) QTest::qWaitFor([&] { return done; }, 20000);
        delete c;
        return out;
    }

    // How many sessions the jump host's sshd has authenticated so far (its VERBOSE log).
    int forwards() const { return int(m_jump.log().count("Accepted publickey for steward-test")); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_jump.start(), qPrintable(m_jump.errorString()));
        // The target listens where only a forwarded connection would come from anyway (127.0.0.1), but
        // it accepts the key; the jump host accepts the same key (OpenSSH users usually have one).
        QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
        m_key = m_target.addClientKey(u"id_jump"_s);
        QVERIFY(!m_key.isEmpty());
        QFile pub(m_key + u".pub"_s);
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QVERIFY(append(m_jump.dir() + u"/authorized_keys"_s, pub.readAll()));
        m_known = m_target.dir() + u"/known_hosts"_s;
        QVERIFY(append(m_known, m_jump.knownHostsLine() + '\n' + m_target.knownHostsLine() + '\n'));
    }

    void throughJumpHost()
    {
        const int before = forwards();
        Ssh::Session session(keyed(endpoint(jumpSpec())));
        QSignalSpy asked(&session, &Ssh::Session::hostKeyUnknown);
        session.connectToHost();
        QVERIFY2(settle(session) == Ssh::Session::State::Ready, qPrintable(session.errorString()));
        QCOMPARE(asked.count(), 0); // both keys known
        // Commands and SFTP on the target, through the jump host's channel.
        const QByteArray port = run(session, "printf %s \"${SSH_CONNECTION##* }\"");
        QCOMPARE(port, QByteArray::number(m_target.port()));
        Ssh::Transfer *t = session.readFile(m_target.dir() + u"/sshd_config"_s);
        QVERIFY(QTest::qWaitFor(
            [t] {
                return t->state() != Ssh::Transfer::State::Waiting
                       && t->state() != Ssh::Transfer::State::Running;
            },
            20000));
        QVERIFY2(t->state() == Ssh::Transfer::State::Finished, qPrintable(t->errorString()));
        QVERIFY(t->data().contains(
            QByteArray(QByteArray("Port ") + QByteArray::number(m_target.port()))));
        delete t;
        // The jump host's sshd opened a forwarded channel for it.
        QTRY_VERIFY2(forwards() > before, m_jump.log().constData());
    }

    void chainOfTwoJumps()
    {
        // jump -> jump (itself again, via its own port) -> target: a comma list is a chain.
        Ssh::Session session(keyed(endpoint(jumpSpec() + u',' + jumpSpec())));
        session.connectToHost();
        QVERIFY2(settle(session) == Ssh::Session::State::Ready, qPrintable(session.errorString()));
        QCOMPARE(run(session, "printf %s \"${SSH_CONNECTION##* }\""),
                 QByteArray::number(m_target.port()));
    }

    void pausedThroughJumpIsIdle()
    {
        // A paused command behind the jump host: the target's session stops reading the socket pair,
        // the tunnel's buffer fills and it stops reading the jump host's channel. Neither session may
        // then keep waking up for data nobody reads.
        Ssh::Session session(keyed(endpoint(jumpSpec())));
        session.connectToHost();
        QVERIFY2(settle(session) == Ssh::Session::State::Ready, qPrintable(session.errorString()));
        Ssh::Command *command = session.runShell("head -c 60000000 /dev/zero");
        qint64 total = 0;
        bool finished = false;
        connect(command, &Ssh::Command::stdoutReceived, command, [&](const QByteArray &d) {
            total += d.size();
            command->pause();
        });
        connect(command, &Ssh::Command::finished, command, [&] { finished = true; });
        QVERIFY(QTest::qWaitFor([&] { return total > 0; }, 10000));
        QTest::qWait(1000); // every buffer on the way fills
        int wakeUps = 0;
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        const QMetaObject::Connection c = connect(dispatcher,
                                                  &QAbstractEventDispatcher::awake,
                                                  dispatcher,
                                                  [&wakeUps] { ++wakeUps; });
        const qint64 before = cpuMs();
        QTest::qWait(1000);
        const qint64 used = cpuMs() - before;
        disconnect(c);
        qInfo("paused through the jump host for 1 s: %lld ms CPU, %d wake-ups", used, wakeUps);
        QVERIFY2(wakeUps < 1000, "the event loop spins while the command is paused");
        QVERIFY2(used < 250, "the paused sessions use the CPU");
        disconnect(command, &Ssh::Command::stdoutReceived, command, nullptr);
        connect(command, &Ssh::Command::stdoutReceived, command, [&](const QByteArray &d) {
            total += d.size();
        });
        command->resume();
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 60000));
        QCOMPARE(total, qint64(60000000));
        delete command;
    }

    void jumpHostNotOfferedTargetKeys()
    {
        // The target's IdentityFile is not the jump host's: with no key of its own (and no agent), the
        // jump host asks for a password, named as the jump host's.
        Ssh::Session session(endpoint(jumpSpec()));
        QStringList subjects;
        connect(&session,
                &Ssh::Session::secretRequested,
                &session,
                [&](Ssh::Session::SecretKind, const QString &, const QString &subject) {
                    subjects.append(subject);
                    session.refuseSecret();
                });
        session.connectToHost();
        QCOMPARE(settle(session), Ssh::Session::State::Closed);
        QCOMPARE(subjects,
                 QStringList{Test::SshdFixture::user() + u"@127.0.0.1:"_s
                             + QString::number(m_jump.port())});
    }

    void jumpHostKeyAskedFirst()
    {
        Ssh::Endpoint e = endpoint(jumpSpec());
        // Only the target's key is known: the jump host's is asked about, naming the jump host.
        e.userKnownHostsFile = m_target.dir() + u"/only_target"_s;
        QVERIFY(append(e.userKnownHostsFile, m_target.knownHostsLine() + '\n'));
        e.stewardKnownHostsFile = m_target.dir() + u"/steward_jump_trust"_s;
        Ssh::Session session(keyed(e));
        QStringList hosts;
        connect(&session,
                &Ssh::Session::hostKeyUnknown,
                &session,
                [&](const QString &, const QString &, const QString &host) {
                    hosts.append(host);
                    session.trustHostKey();
                });
        session.connectToHost();
        QVERIFY2(settle(session) == Ssh::Session::State::Ready, qPrintable(session.errorString()));
        QCOMPARE(hosts, QStringList{u"127.0.0.1"_s});
        // Trusted into Steward's file with the jump host's port.
        QFile f(e.stewardKnownHostsFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith(
            QByteArray(QByteArray("[127.0.0.1]:") + QByteArray::number(m_jump.port()))));
    }

    void targetKeyChangedBehindJump()
    {
        Ssh::Endpoint e = endpoint(jumpSpec());
        // The jump host's key is known, the target's is a different one: refused, no question asked.
        e.userKnownHostsFile = m_target.dir() + u"/changed"_s;
        QByteArray wrong = m_jump.knownHostsLine();
        wrong.replace(QByteArray(QByteArray("[127.0.0.1]:") + QByteArray::number(m_jump.port())),
                      QByteArray(QByteArray("[127.0.0.1]:") + QByteArray::number(m_target.port())));
        QVERIFY(append(e.userKnownHostsFile, m_jump.knownHostsLine() + '\n' + wrong + '\n'));
        Ssh::Session session(keyed(e));
        QSignalSpy asked(&session, &Ssh::Session::hostKeyUnknown);
        session.connectToHost();
        QCOMPARE(settle(session), Ssh::Session::State::Closed);
        QCOMPARE(asked.count(), 0);
        QVERIFY2(session.errorString().contains(u"CHANGED"_s), qPrintable(session.errorString()));
    }

    void badSpecRefused()
    {
        Ssh::Session session(endpoint(u"user@host:notaport"_s));
        session.connectToHost();
        QCOMPARE(settle(session), Ssh::Session::State::Closed);
        QVERIFY2(session.errorString().contains(u"user@host:notaport"_s),
                 qPrintable(session.errorString()));
    }

    void jumpRefusesForwarding()
    {
        m_jump.stop();
        QVERIFY2(m_jump.start({u"DisableForwarding yes"_s}), qPrintable(m_jump.errorString()));
        Ssh::Session session(keyed(endpoint(jumpSpec())));
        session.connectToHost();
        QVERIFY(settle(session) != Ssh::Session::State::Ready);
        QVERIFY2(session.errorString().contains(u"jump host"_s)
                     && session.errorString().contains(QString::number(m_target.port())),
                 qPrintable(session.errorString()));
        m_jump.stop();
        QVERIFY2(m_jump.start(), qPrintable(m_jump.errorString()));
    }

    void jumpHostDies()
    {
        Ssh::Endpoint e = endpoint(jumpSpec());
        e.keepaliveSeconds = 1;
        e.keepaliveCountMax = 2;
        Ssh::Session session(keyed(e));
        session.connectToHost();
        QVERIFY2(settle(session) == Ssh::Session::State::Ready, qPrintable(session.errorString()));
        Ssh::Command *c = session.runShell("sleep 30");
        QString failure;
        connect(c, &Ssh::Command::failed, c, [&](const QString &m) { failure = m; });
        QTest::qWait(300);
        m_jump.kill();
        QTRY_VERIFY_WITH_TIMEOUT(!failure.isEmpty(), 8000);
        QCOMPARE(session.state(), Ssh::Session::State::Lost);
        delete c;
        // Reconnect on demand once the jump host is back.
        QVERIFY2(m_jump.start(), qPrintable(m_jump.errorString()));
        session.connectToHost();
        QVERIFY2(settle(session) == Ssh::Session::State::Ready, qPrintable(session.errorString()));
        QCOMPARE(run(session, "echo back"), QByteArray("back\n"));
    }
};

QTEST_GUILESS_MAIN(TestProxyJump)
#include "tst_proxyjump.moc"
