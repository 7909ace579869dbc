// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/command.h"
#include "core/ssh/knownhosts.h"
#include "core/ssh/session.h"
#include "core/ssh/shellquote.h"
#include "core/ssh/transfer.h"
#include "tests/integration/ssh/sshdendpoint.h"
#include "tests/integration/ssh/sshdfixture.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>

using namespace Steward;
using namespace Qt::StringLiterals;

namespace {

// Peak resident memory of this process (VmHWM), in KiB.
qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU time (user + system) this process used so far, in ms.
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// What the event loop did during a wait: CPU time used and how often it woke up. A socket notifier
// left enabled on a socket nobody reads fires at once on every iteration (a busy loop): hundreds of
// thousands of wake-ups a second, where an idle loop under QTest::qWait wakes about a hundred times.
struct Activity
{
    qint64 cpuMs = 0;
    int wakeUps = 0;
};
Activity activityDuring(int ms)
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    int wakeUps = 0;
    const QMetaObject::Connection c = QObject::connect(dispatcher,
                                                       &QAbstractEventDispatcher::awake,
                                                       dispatcher,
                                                       [&wakeUps] { ++wakeUps; });
    const qint64 before = cpuMs();
    QTest::qWait(ms);
    const Activity activity{cpuMs() - before, wakeUps};
    QObject::disconnect(c);
    return activity;
}

// A TCP relay to a server that can be frozen: it then passes nothing either way, like a server that
// hangs after the key exchange.
class FreezingRelay : public QObject
{
public:
    bool listen(quint16 target)
    {
        m_target = target;
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
                const auto pass = [this](QTcpSocket *from, QTcpSocket *to) {
                    if (!m_frozen)
                        to->write(from->readAll());
                };
                connect(client, &QTcpSocket::readyRead, upstream, [=] { pass(client, upstream); });
                connect(upstream, &QTcpSocket::readyRead, client, [=] { pass(upstream, client); });
                connect(upstream,
                        &QTcpSocket::disconnected,
                        client,
                        &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    void freeze() { m_frozen = true; }
    void thaw() { m_frozen = false; }

private:
    QTcpServer m_server;
    quint16 m_target = 0;
    bool m_frozen = false;
};

struct Output
{
    QByteArray out;
    QByteArray err;
    bool finished = false;
    bool failed = false;
    int exitCode = -2;
    QString exitSignal;
    QString error;
};

} // namespace

class TestSshSession : public QObject
{
    Q_OBJECT

    Test::SshdFixture m_sshd;
    QString m_key;          // authorized ed25519
    QString m_userKnown;    // ~/.ssh/known_hosts stand-in holding the server's key
    QString m_stewardKnown; // Steward's own file

    Ssh::Endpoint endpoint(const QStringList &keys = {}) const
    {
        Ssh::Endpoint e;
        e.host = u"127.0.0.1"_s;
        e.port = m_sshd.port();
        e.user = Test::SshdFixture::user();
        e.identityFiles = keys.isEmpty() ? QStringList{m_key} : keys;
        e.userKnownHostsFile = m_userKnown;
        e.stewardKnownHostsFile = m_stewardKnown;
        e.agentSocket = u"none"_s;
        e.connectTimeoutMs = 10000;
        return e;
    }

    // Waits until the session is Ready, Lost or Closed.
    static bool settle(Ssh::Session &session)
    {
        (void) QTest::qWaitFor(
            [&] {
                const auto s = session.state();
                return s == Ssh::Session::State::Ready || s == Ssh::Session::State::Lost
                       || s == Ssh::Session::State::Closed;
            },
            20000);
        return session.state() == Ssh::Session::State::Ready;
    }

    static Output *collect(Ssh::Command *command, bool keepOutput = true)
    {
        auto *o = new Output;
        if (keepOutput) {
            QObject::connect(command, &QObject::destroyed, command, [o] { delete o; });
            QObject::connect(command,
                             &Ssh::Command::stdoutReceived,
                             command,
                             [o](const QByteArray &d) { o->out += d; });
            QObject::connect(command,
                             &Ssh::Command::stderrReceived,
                             command,
                             [o](const QByteArray &d) { o->err += d; });
        }
        QObject::connect(command,
                         &Ssh::Command::finished,
                         command,
                         [o](int code, const QString &signal) {
                             o->finished = true;
                             o->exitCode = code;
                             o->exitSignal = signal;
                         });
        QObject::connect(command, &Ssh::Command::failed, command, [o](const QString &message) {
            o->failed = true;
            o->error = message;
        });
        return o;
    }

    static bool wait(Output *o, int ms = 20000)
    {
        return QTest::qWaitFor([o] { return o->finished || o->failed; }, ms);
    }

    static Output finish(Ssh::Command *command)
    {
        Output *o = collect(command);
        wait(o);
        Output copy = *o;
        command->deleteLater();
        return copy;
    }

    // Runs a shell line on a ready session and waits.
    static Output shellSync(Ssh::Session &session,
                            const QByteArray &line,
                            const Ssh::CommandOptions &options = {})
    {
        return finish(session.runShell(line, options));
    }

    // Runs argv on a ready session and waits.
    static Output runSync(Ssh::Session &session,
                          const QList<QByteArray> &argv,
                          const Ssh::CommandOptions &options = {})
    {
        return finish(session.run(argv, options));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        m_key = m_sshd.addClientKey(u"id_ed25519"_s);
        QVERIFY2(!m_key.isEmpty(), qPrintable(m_sshd.errorString()));
        m_userKnown = m_sshd.dir() + u"/user_known_hosts"_s;
        m_stewardKnown = m_sshd.dir() + u"/steward_known_hosts"_s;
        QFile known(m_userKnown);
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write("# a comment\nmalformed line\n" + m_sshd.knownHostsLine() + '\n');
    }

    void publicKey_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("ed25519") << u"ed25519"_s;
        QTest::newRow("ecdsa") << u"ecdsa"_s;
        QTest::newRow("rsa") << u"rsa"_s;
    }
    void publicKey()
    {
        QFETCH(QString, type);
        const QString key = m_sshd.addClientKey(u"id_"_s + type, type);
        QVERIFY(!key.isEmpty());
        Ssh::Session session(endpoint({key}));
        QSignalSpy states(&session, &Ssh::Session::stateChanged);
        QSignalSpy secrets(&session, &Ssh::Session::secretRequested);
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        QCOMPARE(session.authenticatedWith(), u"publickey"_s);
        QCOMPARE(secrets.count(), 0);
        QCOMPARE(states.first().first().value<Ssh::Session::State>(),
                 Ssh::Session::State::Connecting);
        QCOMPARE(states.at(1).first().value<Ssh::Session::State>(),
                 Ssh::Session::State::Authenticating);
        QCOMPARE(states.last().first().value<Ssh::Session::State>(), Ssh::Session::State::Ready);
        const Output o = shellSync(session, "whoami");
        QCOMPARE(o.out, Test::SshdFixture::user().toUtf8() + '\n');
    }

    void wrongKeyFails()
    {
        const QString key = m_sshd.addClientKey(u"id_unauthorized"_s, u"ed25519"_s, {}, false);
        Ssh::Session session(endpoint({key}));
        connect(&session, &Ssh::Session::secretRequested, &session, [&session] {
            session.refuseSecret();
        });
        session.connectToHost();
        QVERIFY(!settle(session));
        QCOMPARE(session.state(), Ssh::Session::State::Closed);
        QVERIFY2(session.errorString().contains(u"Permission denied"_s),
                 qPrintable(session.errorString()));
    }

    void passphrase_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("works");
        QTest::newRow("right") << QByteArray("correct horse") << true;
        QTest::newRow("wrong") << QByteArray("wrong horse") << false;
    }
    void passphrase()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, works);
        const QString key = m_sshd.addClientKey(u"id_protected"_s, u"ed25519"_s, "correct horse");
        Ssh::Session session(endpoint({key}));
        QList<Ssh::Session::SecretKind> asked;
        QStringList prompts;
        QStringList subjects;
        connect(&session,
                &Ssh::Session::secretRequested,
                &session,
                [&](Ssh::Session::SecretKind kind, const QString &prompt, const QString &subject) {
                    asked.append(kind);
                    prompts.append(prompt);
                    subjects.append(subject);
                    if (kind == Ssh::Session::SecretKind::KeyPassphrase)
                        session.provideSecret(answer);
                    else
                        session.refuseSecret();
                });
        session.connectToHost();
        QCOMPARE(settle(session), works);
        QCOMPARE(asked.first(), Ssh::Session::SecretKind::KeyPassphrase);
        // Asked once when right; when wrong, asked again, three times in all, then the key is given up.
        QCOMPARE(asked.count(Ssh::Session::SecretKind::KeyPassphrase), works ? 1 : 3);
        QCOMPARE(subjects.size(), asked.size());
        QCOMPARE(subjects.first(), key);
        if (!works) {
            QVERIFY2(prompts.at(1).contains(u"Wrong passphrase"_s), qPrintable(prompts.at(1)));
            QVERIFY(prompts.at(1).contains(key));
        }
        if (!works)
            QVERIFY(session.errorString().contains(u"Permission denied"_s));
        // No secret in any message.
        QVERIFY(!session.errorString().contains(QString::fromUtf8(answer)));
    }

    void password_data()
    {
        QTest::addColumn<bool>("right");
        QTest::newRow("right") << true;
        QTest::newRow("wrong") << false;
    }
    void password()
    {
        QFETCH(bool, right);
        Ssh::Session session(endpoint({m_sshd.dir() + u"/no-such-key"_s}));
        const QByteArray secret = right ? m_sshd.password() : QByteArray("not-the-password");
        int asked = 0;
        QString subject;
        connect(&session,
                &Ssh::Session::secretRequested,
                &session,
                [&](Ssh::Session::SecretKind kind, const QString &, const QString &s) {
                    QCOMPARE(kind, Ssh::Session::SecretKind::Password);
                    ++asked;
                    subject = s;
                    session.provideSecret(secret);
                });
        session.connectToHost();
        QCOMPARE(settle(session), right);
        QCOMPARE(asked, right ? 1 : 3); // a wrong password is asked again, three times in all
        QCOMPARE(subject,
                 Test::SshdFixture::user() + u"@127.0.0.1:"_s + QString::number(m_sshd.port()));
        if (right) {
            QVERIFY(session.authenticatedWith() == u"password"_s
                    || session.authenticatedWith() == u"keyboard-interactive"_s);
        } else {
            QCOMPARE(session.state(), Ssh::Session::State::Closed);
            QVERIFY(session.errorString().contains(u"wrong password"_s));
            QVERIFY(!session.errorString().contains(QString::fromUtf8(secret)));
        }
    }

    void keyboardInteractive_data()
    {
        QTest::addColumn<bool>("right");
        QTest::newRow("right") << true;
        QTest::newRow("wrong") << false;
    }
    void keyboardInteractive()
    {
        // A server that takes keyboard-interactive only, answered by PAM as on most distributions. With
        // the fixture's usual UsePAM no, OpenSSH on Linux has no keyboard-interactive device: the method
        // fails without asking anything, so only this server shows it working (and refusing).
        QFETCH(bool, right);
        Test::SshdFixture pam;
        QVERIFY2(pam.start({u"UsePAM yes"_s,
                            u"KbdInteractiveAuthentication yes"_s,
                            u"PasswordAuthentication no"_s,
                            u"AuthenticationMethods keyboard-interactive"_s}),
                 qPrintable(pam.errorString()));
        Ssh::Endpoint e = endpoint();
        e.port = pam.port();
        e.userKnownHostsFile = Test::writeKnownHosts(pam);
        QVERIFY(!e.userKnownHostsFile.isEmpty());
        Ssh::Session session(e);
        const QByteArray secret = right ? pam.password() : QByteArray("not-the-password");
        int asked = 0;
        connect(&session,
                &Ssh::Session::secretRequested,
                &session,
                [&](Ssh::Session::SecretKind kind, const QString &, const QString &) {
                    QCOMPARE(kind, Ssh::Session::SecretKind::Password);
                    ++asked;
                    session.provideSecret(secret);
                });
        session.connectToHost();
        QCOMPARE(settle(session), right);
        // PAM's prompt was answered: a wrong answer is asked again, three times in all.
        QCOMPARE(asked, right ? 1 : 3);
        const QByteArray accepted = "Accepted keyboard-interactive/pam for "
                                    + Test::SshdFixture::user().toUtf8();
        const QByteArray failed = "Failed keyboard-interactive/pam for "
                                  + Test::SshdFixture::user().toUtf8();
        if (right) {
            QCOMPARE(session.authenticatedWith(), u"keyboard-interactive"_s);
            QCOMPARE(shellSync(session, "whoami").out, Test::SshdFixture::user().toUtf8() + '\n');
            QVERIFY2(QTest::qWaitFor([&] { return pam.log().contains(accepted); }, 5000),
                     pam.log().constData());
        } else {
            QCOMPARE(session.state(), Ssh::Session::State::Closed);
            QVERIFY2(session.errorString().contains(u"wrong password"_s),
                     qPrintable(session.errorString()));
            QVERIFY(!session.errorString().contains(QString::fromUtf8(secret)));
            QVERIFY2(QTest::qWaitFor([&] { return pam.log().count(failed) == 3; }, 5000),
                     pam.log().constData());
            QVERIFY(!pam.log().contains(accepted));
        }
    }

    void keyboardInteractiveQuestion_data()
    {
        QTest::addColumn<bool>("withPassword");
        QTest::addColumn<bool>("right");
        QTest::newRow("password and code") << true << true;
        QTest::newRow("password and wrong code") << true << false;
        QTest::newRow("code only") << false << true;
        QTest::newRow("wrong code only") << false << false;
    }
    void keyboardInteractiveQuestion()
    {
        // PAM asks a question that is not a password (a one-time code, from a module of the test's own):
        // only a password prompt gets the password; the question goes to the user, with its text.
        QFETCH(bool, withPassword);
        QFETCH(bool, right);
        const QString service = u"steward-test-kbd-%1"_s.arg(QCoreApplication::applicationPid());
        QFile stack(u"/etc/pam.d/"_s + service);
        QVERIFY2(stack.open(QIODevice::WriteOnly), qPrintable(stack.errorString()));
        const auto removeStack = qScopeGuard([&stack] { stack.remove(); });
        if (withPassword)
            stack.write("auth required pam_unix.so\n");
        stack.write("auth required " STEWARD_PAM_QUESTION_MODULE " code=424242\n"
                    "account required pam_permit.so\n"
                    "session required pam_permit.so\n");
        stack.close();
        Test::SshdFixture pam;
        QVERIFY2(pam.start({u"UsePAM yes"_s,
                            u"PAMServiceName "_s + service,
                            u"KbdInteractiveAuthentication yes"_s,
                            u"PasswordAuthentication no"_s,
                            u"AuthenticationMethods keyboard-interactive"_s}),
                 qPrintable(pam.errorString()));
        Ssh::Endpoint e = endpoint({m_sshd.dir() + u"/no-such-key"_s});
        e.port = pam.port();
        e.userKnownHostsFile = Test::writeKnownHosts(pam);
        Ssh::Session session(e);
        QList<Ssh::Session::SecretKind> kinds;
        QStringList prompts;
        QStringList subjects;
        connect(&session,
                &Ssh::Session::secretRequested,
                &session,
                [&](Ssh::Session::SecretKind kind, const QString &prompt, const QString &subject) {
                    kinds.append(kind);
                    prompts.append(prompt);
                    subjects.append(subject);
                    if (kind == Ssh::Session::SecretKind::Password)
                        session.provideSecret(pam.password());
                    else
                        session.provideSecret(right ? "424242" : "000000");
                });
        session.connectToHost();
        QCOMPARE(settle(session), right);
        using Kind = Ssh::Session::SecretKind;
        // Each round asks everything again, as OpenSSH does (PAM does not say which answer was wrong).
        const int rounds = right ? 1 : 3;
        QCOMPARE(kinds.count(Kind::Prompt), rounds);
        QCOMPARE(kinds.count(Kind::Password), withPassword ? rounds : 0);
        QCOMPARE(kinds.count(Kind::KeyPassphrase), 0);
        if (withPassword)
            QCOMPARE(kinds.first(), Kind::Password);
        const QString question = prompts.at(kinds.indexOf(Kind::Prompt));
        QVERIFY2(question.contains(u"Verification code:"_s), qPrintable(question));
        QCOMPARE(subjects.first(),
                 Test::SshdFixture::user() + u"@127.0.0.1:"_s + QString::number(pam.port()));
        QVERIFY(!session.holdsSecrets());
        const QByteArray accepted = "Accepted keyboard-interactive/pam for "
                                    + Test::SshdFixture::user().toUtf8();
        if (right) {
            QCOMPARE(session.authenticatedWith(), u"keyboard-interactive"_s);
            QVERIFY2(QTest::qWaitFor([&] { return pam.log().contains(accepted); }, 5000),
                     pam.log().constData());
        } else {
            QCOMPARE(session.state(), Ssh::Session::State::Closed);
            QVERIFY(!session.errorString().contains(u"000000"_s));
            QVERIFY(!pam.log().contains(accepted));
        }
    }

    void agent()
    {
        const QString key = m_sshd.addClientKey(u"id_agent"_s, u"ed25519"_s);
        const QString socket = m_sshd.dir() + u"/agent.sock"_s;
        QProcess agent;
        agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, socket});
        QVERIFY(agent.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(socket); }, 5000));
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SSH_AUTH_SOCK"_s, socket);
        add.setProcessEnvironment(env);
        add.start(u"ssh-add"_s, {key});
        QVERIFY(add.waitForFinished());
        QCOMPARE(add.exitCode(), 0);
        Ssh::Endpoint e = endpoint({m_sshd.dir() + u"/no-such-key"_s});
        e.agentSocket = socket;
        Ssh::Session session(e);
        connect(&session, &Ssh::Session::secretRequested, &session, [&session] {
            session.refuseSecret();
        });
        session.connectToHost();
        const bool ready = settle(session);
        agent.terminate();
        agent.waitForFinished();
        QVERIFY2(ready, qPrintable(session.errorString()));
        QCOMPARE(session.authenticatedWith(), u"publickey (agent)"_s);
    }

    // A key added with `ssh-add -c`: the agent asks its user (here an askpass program that answers after
    // a delay) before each signature. The thread goes on meanwhile (the longest pause between two ticks
    // of a 20 ms timer stays far under the delay), the connect timeout waits for the answer, and a "no"
    // moves on to the other methods instead of hanging.
    void agentConfirmation_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("confirm");
        QTest::newRow("ed25519 confirmed") << u"ed25519"_s << true;
        QTest::newRow("rsa confirmed") << u"rsa"_s << true;
        QTest::newRow("refused") << u"ed25519"_s << false;
    }

    void agentConfirmation()
    {
        QFETCH(QString, type);
        QFETCH(bool, confirm);
        constexpr int delayMs = 2500;
        const QString key = m_sshd.addClientKey(u"id_confirm_"_s + type, type);
        const QString socket = m_sshd.dir() + u"/confirm-agent.sock"_s;
        QFile::remove(socket);
        const QString askpass = m_sshd.dir() + u"/askpass-confirm"_s;
        const QString asked = m_sshd.dir() + u"/askpass-asked"_s;
        QFile::remove(asked);
        {
            QFile f(askpass);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("#!/bin/sh\necho \"$1\" >> '" + QFile::encodeName(asked) + "'\nsleep "
                    + QByteArray::number(delayMs / 1000.0) + "\n"
                    + (confirm ? "echo yes\n" : "exit 1\n"));
            f.close();
            QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SSH_ASKPASS"_s, askpass);
        env.insert(u"SSH_ASKPASS_REQUIRE"_s, u"force"_s);
        env.insert(u"DISPLAY"_s, u":0"_s);
        env.insert(u"SSH_AUTH_SOCK"_s, socket);
        QProcess agent;
        agent.setProcessEnvironment(env);
        agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, socket});
        QVERIFY(agent.waitForStarted());
        const auto stopAgent = qScopeGuard([&agent] {
            agent.terminate();
            agent.waitForFinished();
        });
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(socket); }, 5000));
        QProcess add;
        add.setProcessEnvironment(env);
        add.start(u"ssh-add"_s, {u"-c"_s, key});
        QVERIFY(add.waitForFinished());
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());

        Ssh::Endpoint e = endpoint({m_sshd.dir() + u"/no-such-key"_s});
        e.agentSocket = socket;
        e.connectTimeoutMs = 1000; // shorter than the user's answer: it must not run meanwhile
        Ssh::Session session(e);
        connect(&session, &Ssh::Session::secretRequested, &session, [&session] {
            session.refuseSecret();
        });
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestStall = 0;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, &ticker, [&] {
            const qint64 now = clock.elapsed();
            longestStall = std::max(longestStall, now - last);
            last = now;
        });
        clock.start();
        ticker.start();
        session.connectToHost();
        const bool ready = settle(session);
        ticker.stop();
        const qint64 took = clock.elapsed();
        qInfo("agent confirmation (%s): %lld ms in all, longest stall of the thread %lld ms",
              confirm ? "yes" : "no",
              qlonglong(took),
              qlonglong(longestStall));
        QVERIFY2(QFile::exists(asked), "the agent did not ask for a confirmation");
        QVERIFY2(took >= delayMs - 100, "the session did not wait for the confirmation");
        QVERIFY2(longestStall < delayMs / 5,
                 qPrintable(u"the thread stalled %1 ms while the agent asked"_s.arg(longestStall)));
        if (confirm) {
            QVERIFY2(ready, qPrintable(session.errorString()));
            QCOMPARE(session.authenticatedWith(), u"publickey (agent)"_s);
        } else {
            QVERIFY(!ready);
            QCOMPARE(session.state(), Ssh::Session::State::Closed);
            QVERIFY2(session.errorString().contains(u"ermission denied"_s)
                         || session.errorString().contains(u"refused"_s),
                     qPrintable(session.errorString()));
        }
    }

    void unknownHostKey_data()
    {
        QTest::addColumn<bool>("trust");
        QTest::newRow("trust") << true;
        QTest::newRow("refuse") << false;
    }
    void unknownHostKey()
    {
        QFETCH(bool, trust);
        Ssh::Endpoint e = endpoint();
        e.userKnownHostsFile = m_sshd.dir() + u"/empty_known_hosts"_s;
        e.stewardKnownHostsFile = m_sshd.dir() + u"/steward_unknown_"_s + (trust ? u"1"_s : u"0"_s);
        Ssh::Session session(e);
        QString fingerprint;
        QString type;
        connect(&session,
                &Ssh::Session::hostKeyUnknown,
                &session,
                [&](const QString &fp, const QString &t) {
                    fingerprint = fp;
                    type = t;
                    QCOMPARE(session.state(),
                             Ssh::Session::State::Connecting); // before authentication
                    if (trust)
                        session.trustHostKey();
                    else
                        session.refuseHostKey();
                });
        session.connectToHost();
        QCOMPARE(settle(session), trust);
        // The fingerprint is exactly what ssh-keygen -lf prints.
        const QByteArray keygen = m_sshd.runLocal(u"ssh-keygen"_s,
                                                  {u"-lf"_s, m_sshd.hostKeyPublicFile()});
        QCOMPARE(fingerprint, QString::fromLatin1(keygen.split(' ').value(1)));
        QVERIFY(fingerprint.startsWith(u"SHA256:"_s));
        QCOMPARE(type, u"ssh-ed25519"_s);
        if (!trust) {
            QVERIFY(!QFile::exists(e.stewardKnownHostsFile));
            return;
        }
        // Trusted: remembered in Steward's file, no question the next time.
        Ssh::Session again(e);
        QSignalSpy asked(&again, &Ssh::Session::hostKeyUnknown);
        again.connectToHost();
        QVERIFY2(settle(again), qPrintable(again.errorString()));
        QCOMPARE(asked.count(), 0);
    }

    void hashedKnownHost()
    {
        const QString file = m_sshd.dir() + u"/hashed_known_hosts"_s;
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_sshd.knownHostsLine() + '\n');
        f.close();
        QVERIFY(!m_sshd.runLocal(u"ssh-keygen"_s, {u"-q"_s, u"-H"_s, u"-f"_s, file}).isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("|1|"));
        Ssh::Endpoint e = endpoint();
        e.userKnownHostsFile = file;
        Ssh::Session session(e);
        QSignalSpy asked(&session, &Ssh::Session::hostKeyUnknown);
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        QCOMPARE(asked.count(), 0);
    }

    void changedHostKeyRefuses()
    {
        const QString other = m_sshd.dir() + u"/other_host_key"_s;
        QVERIFY(!m_sshd
                     .runLocal(u"ssh-keygen"_s,
                               {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, other})
                     .isEmpty());
        QFile pub(other + u".pub"_s);
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QList<QByteArray> fields = pub.readAll().simplified().split(' ');
        const QString file = m_sshd.dir() + u"/changed_known_hosts"_s;
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' ' + fields.at(0) + ' '
                + fields.at(1) + '\n');
        f.close();
        Ssh::Endpoint e = endpoint();
        e.userKnownHostsFile = file;
        Ssh::Session session(e);
        QSignalSpy asked(&session, &Ssh::Session::hostKeyUnknown);
        QSignalSpy secrets(&session, &Ssh::Session::secretRequested);
        session.connectToHost();
        QVERIFY(!settle(session));
        QCOMPARE(session.state(), Ssh::Session::State::Closed);
        QCOMPARE(asked.count(), 0);   // no "continue anyway"
        QCOMPARE(secrets.count(), 0); // refused before authentication
        QVERIFY2(session.errorString().contains(u"CHANGED"_s), qPrintable(session.errorString()));
    }

    void knownKeyTypeIsUsed_data()
    {
        QTest::addColumn<QString>("known");
        QTest::addColumn<QString>("presented");
        QTest::addColumn<bool>("hashed");
        QTest::newRow("ecdsa") << u"ecdsa"_s << u"ecdsa-sha2-nistp256"_s << false;
        QTest::newRow("rsa") << u"rsa"_s << u"ssh-rsa"_s << false;
        QTest::newRow("ecdsa hashed") << u"ecdsa"_s << u"ecdsa-sha2-nistp256"_s << true;
        QTest::newRow("ed25519") << u"ed25519"_s << u"ssh-ed25519"_s << false;
    }
    void knownKeyTypeIsUsed()
    {
        // A server with ed25519, ECDSA and RSA host keys, known by one type only: that type is asked for,
        // so the key is checked (not taken for never seen, as when ed25519 was always asked first).
        QFETCH(QString, known);
        QFETCH(QString, presented);
        QFETCH(bool, hashed);
        Test::SshdFixture multi;
        multi.setHostKeyTypes({u"ed25519"_s, u"ecdsa"_s, u"rsa"_s});
        QVERIFY2(multi.start(), qPrintable(multi.errorString()));
        const QString key = multi.addClientKey(u"id_multi"_s);
        Ssh::Endpoint e = Test::endpointFor(multi, key, multi.dir() + u"/known_hosts"_s);
        QFile file(e.userKnownHostsFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(multi.knownHostsLine(known) + '\n');
        file.close();
        if (hashed)
            QVERIFY(
                !multi.runLocal(u"ssh-keygen"_s, {u"-q"_s, u"-H"_s, u"-f"_s, e.userKnownHostsFile})
                     .isEmpty());
        Ssh::Session session(e);
        QSignalSpy asked(&session, &Ssh::Session::hostKeyUnknown);
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        QCOMPARE(asked.count(), 0);
        QCOMPARE(session.hostKeyType(), presented);
        QCOMPARE(session.hostKeyFingerprint(),
                 Ssh::KnownHosts::fingerprint(multi.hostKeyBlob(known)));
        QCOMPARE(session.hostKeyProblem(), Ssh::Session::HostKeyProblem::None);
    }

    void otherKeyTypeOnlyRefused_data()
    {
        QTest::addColumn<QStringList>("knownTypes");
        QTest::newRow("ecdsa") << QStringList{u"ecdsa"_s};
        QTest::newRow("ecdsa and rsa") << QStringList{u"ecdsa"_s, u"rsa"_s};
    }
    void otherKeyTypeOnlyRefused()
    {
        // Known by ECDSA (and RSA) keys; the server now offers only a new ed25519 key: refused, with the
        // known keys named, never asked as a first connection.
        QFETCH(QStringList, knownTypes);
        Test::SshdFixture old;
        old.setHostKeyTypes(knownTypes);
        QVERIFY2(old.start(), qPrintable(old.errorString()));
        old.stop();
        QByteArray lines;
        QStringList fingerprints;
        for (const QString &type : std::as_const(knownTypes)) {
            lines += old.knownHostsLine(type).replace(QByteArray(":"
                                                                 + QByteArray::number(old.port())),
                                                      QByteArray(
                                                          ":" + QByteArray::number(m_sshd.port())))
                     + '\n';
            fingerprints.append(Ssh::KnownHosts::fingerprint(old.hostKeyBlob(type)));
        }
        Ssh::Endpoint e = endpoint();
        e.userKnownHostsFile = m_sshd.dir() + u"/other_type_known_hosts"_s;
        e.stewardKnownHostsFile = m_sshd.dir() + u"/other_type_steward"_s;
        QFile file(e.userKnownHostsFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines);
        file.close();
        Ssh::Session session(e);
        QSignalSpy asked(&session, &Ssh::Session::hostKeyUnknown);
        QSignalSpy secrets(&session, &Ssh::Session::secretRequested);
        session.connectToHost();
        QVERIFY(!settle(session));
        QCOMPARE(session.state(), Ssh::Session::State::Closed);
        QCOMPARE(asked.count(), 0);
        QCOMPARE(secrets.count(), 0);
        QCOMPARE(session.hostKeyProblem(), Ssh::Session::HostKeyProblem::KnownUnderOtherType);
        const QString error = session.errorString();
        QVERIFY2(error.contains(u"another key type"_s), qPrintable(error));
        QVERIFY2(error.contains(u"ssh-ed25519"_s), qPrintable(error));
        QVERIFY2(error.contains(Ssh::KnownHosts::fingerprint(m_sshd.hostKeyBlob())),
                 qPrintable(error));
        QVERIFY2(error.contains(u"ecdsa-sha2-nistp256"_s), qPrintable(error));
        for (const QString &fingerprint : std::as_const(fingerprints))
            QVERIFY2(error.contains(fingerprint), qPrintable(error));
        if (knownTypes.contains(u"rsa"_s))
            QVERIFY2(error.contains(u"ssh-rsa"_s), qPrintable(error));
        QVERIFY(!QFile::exists(e.stewardKnownHostsFile));

        // A bare entry (port 22) of another type says nothing about this port: asked, as OpenSSH does.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(old.knownHostsLine(knownTypes.first())
                       .replace(QByteArray("[127.0.0.1]:" + QByteArray::number(old.port())),
                                QByteArray("127.0.0.1"))
                   + '\n');
        file.close();
        Ssh::Session bare(e);
        QSignalSpy bareAsked(&bare, &Ssh::Session::hostKeyUnknown);
        connect(&bare, &Ssh::Session::hostKeyUnknown, &bare, [&bare] { bare.refuseHostKey(); });
        bare.connectToHost();
        QVERIFY(!settle(bare));
        QCOMPARE(bareAsked.count(), 1);
        QCOMPARE(bare.hostKeyProblem(), Ssh::Session::HostKeyProblem::None);
    }

    void exitStatus_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("signal");
        QTest::newRow("true") << QByteArray("true") << 0 << QString();
        QTest::newRow("exit 3") << QByteArray("exit 3") << 3 << QString();
        QTest::newRow("not found") << QByteArray("no-such-command-xyz") << 127 << QString();
        QTest::newRow("TERM") << QByteArray("kill -TERM $$") << -1 << u"TERM"_s;
        QTest::newRow("KILL") << QByteArray("kill -KILL $$") << -1 << u"KILL"_s;
    }
    void exitStatus()
    {
        QFETCH(QByteArray, command);
        QFETCH(int, code);
        QFETCH(QString, signal);
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        const Output o = shellSync(session, command);
        QVERIFY2(o.finished, qPrintable(o.error));
        QCOMPARE(o.exitCode, code);
        QCOMPARE(o.exitSignal, signal);
    }

    void stderrSeparate()
    {
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        const Output o = shellSync(session, "echo out; echo err >&2; echo out2");
        QCOMPARE(o.out, QByteArray("out\nout2\n"));
        QCOMPARE(o.err, QByteArray("err\n"));
        QCOMPARE(o.exitCode, 0);
    }

    // Values that a shell would split, expand or run: each must reach the remote program as one argument.
    QList<QByteArray> hostileArguments() const
    {
        const QByteArray marker = "/tmp/steward-pwned-" + QByteArray::number(m_sshd.port());
        return {"a b",
                "it's",
                "\"dq\"",
                "$(touch " + marker + ")",
                "`touch " + marker + "`",
                "; touch " + marker,
                "&& touch " + marker + " #",
                "| touch " + marker,
                "line1\nline2",
                "\ntouch " + marker + "\n",
                "-n",
                "--",
                "-",
                "",
                " ",
                "\xff\xfe bytes",
                "*",
                "~",
                "$HOME;x",
                "'",
                "\\",
                "trailing;"};
    }

    // printf '%s\0' ARGS... as Steward runs it: what came back, argument by argument.
    static QList<QByteArray> split(const Output &o)
    {
        QList<QByteArray> got = o.out.split('\0');
        if (got.takeLast() != QByteArray())
            return {"(not NUL-terminated)"};
        return got;
    }

    void hostileArgumentsStayOneEach()
    {
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        const QList<QByteArray> args = hostileArguments();
        const QByteArray marker = "/tmp/steward-pwned-" + QByteArray::number(m_sshd.port());
        // Bytes
        QList<QByteArray> argv = {"printf", "%s\\0"};
        argv += args;
        const Output o = runSync(session, argv);
        QVERIFY2(o.finished, qPrintable(o.error));
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(split(o), args);
        // Strings (UTF-8)
        QStringList strings = {u"printf"_s, u"%s\\0"_s, u"é ü $(x)"_s};
        for (const QByteArray &arg : args) {
            if (arg != "\xff\xfe bytes")
                strings.append(QString::fromUtf8(arg));
        }
        Ssh::Command *command = session.run(strings);
        const Output fromStrings = finish(command);
        QCOMPARE(fromStrings.exitCode, 0);
        QList<QByteArray> expected;
        for (qsizetype i = 2; i < strings.size(); ++i)
            expected.append(strings.at(i).toUtf8());
        QCOMPARE(split(fromStrings), expected);
        // A leading dash reaches the program as its argument (here: an option, as the caller asked).
        QCOMPARE(runSync(session, {"echo", "-n", "x"}).out, QByteArray("x"));
        QCOMPARE(runSync(session, {"test", "-e", marker}).exitCode, 1);
    }

    void runInHostileDirectory()
    {
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        const QByteArray marker = "/tmp/steward-pwned-" + QByteArray::number(m_sshd.port());
        // A directory whose name would run commands, split or be taken for an option if it were pasted.
        const QString name = u"-P it's $(touch "_s + QString::fromUtf8(marker) + u"); `id` \n& x"_s;
        const QString dir = m_sshd.dir() + u"/dirs/"_s + name;
        QVERIFY(QDir().mkpath(dir));
        Ssh::Command *command = session.runIn(dir, {u"pwd"_s});
        const Output o = finish(command);
        QVERIFY2(o.finished, qPrintable(o.error));
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out, dir.toUtf8() + '\n');
        // The arguments in it stay whole too.
        Ssh::CommandOptions in;
        in.workingDirectory = dir;
        QList<QByteArray> argv = {"printf", "%s\\0"};
        argv += hostileArguments();
        const Output args = runSync(session, argv, in);
        QCOMPARE(args.exitCode, 0);
        QCOMPARE(split(args), hostileArguments());
        // A shell line in that directory.
        QCOMPARE(shellSync(session, "pwd; echo \"$#\"", in).out, dir.toUtf8() + "\n0\n");
        // A relative directory with a leading dash is a directory, not an option of cd.
        const QByteArray dashed = "-P steward " + QByteArray::number(m_sshd.port());
        QCOMPARE(runSync(session, {"mkdir", "--", dashed}).exitCode, 0);
        const Output inDashed = finish(session.runIn(QString::fromUtf8(dashed), {u"pwd"_s}));
        QCOMPARE(runSync(session, {"rmdir", "--", dashed}).exitCode, 0);
        QCOMPARE(inDashed.exitCode, 0);
        QVERIFY2(inDashed.out.endsWith(QByteArray("/" + dashed + "\n")), inDashed.out.constData());
        // A directory that is not there: nothing runs, cd's status and message.
        const QString missing = m_sshd.dir() + u"/no such dir; echo ran"_s;
        const Output notThere = finish(session.runIn(missing, {u"echo"_s, u"ran"_s}));
        QVERIFY(notThere.finished);
        QVERIFY(notThere.exitCode != 0);
        QCOMPARE(notThere.out, QByteArray());
        QVERIFY2(notThere.err.contains("no such dir; echo ran"), notThere.err.constData());
        Ssh::CommandOptions gone;
        gone.workingDirectory = missing;
        const Output shellNotThere = shellSync(session, "echo ran", gone);
        QVERIFY(shellNotThere.exitCode != 0);
        QCOMPARE(shellNotThere.out, QByteArray());
        QCOMPARE(runSync(session, {"test", "-e", marker}).exitCode, 1);
    }

    void emptyArgumentListFails()
    {
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        const Output o = runSync(session, {});
        QVERIFY(o.failed);
        QVERIFY(!o.error.isEmpty());
    }

    void tmuxInputIsLiteral()
    {
        // Text typed into a tmux pane as it is, then Enter: the pane's cat writes each line to a file.
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        const QString home = m_sshd.dir() + u"/tmux"_s;
        QVERIFY(QDir().mkpath(home));
        QVERIFY(!m_sshd.runLocal(u"chown"_s, {Test::SshdFixture::user(), home}).isEmpty());
        const QString socket = home + u"/socket"_s;
        const QString out = home + u"/typed"_s;
        const Output started = runSync(session,
                                       {"tmux",
                                        "-S",
                                        socket.toUtf8(),
                                        "-f",
                                        "/dev/null",
                                        "new-session",
                                        "-d",
                                        "-s",
                                        "runbook",
                                        "cat > " + Ssh::quote(out.toUtf8())});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const auto stopTmux = qScopeGuard(
            [&] { m_sshd.runLocal(u"tmux"_s, {u"-S"_s, socket, u"kill-server"_s}); });
        const QString marker = u"/tmp/steward-pwned-"_s + QString::number(m_sshd.port());
        const QStringList lines = {u"echo 'it''s' \"$(id)\" `id` ; touch "_s + marker,
                                   u"-t other -- x"_s,
                                   u"ends with;"_s,
                                   u"ends with \\;"_s,
                                   u";"_s,
                                   u"Enter"_s,
                                   u"C-c"_s,
                                   QString(),
                                   u"  spaced  "_s};
        for (const QString &line : lines) {
            const Output typed = finish(session.run(Ssh::tmuxSendLine(u"runbook"_s, line, socket)));
            QVERIFY2(typed.exitCode == 0, typed.err.constData());
        }
        QByteArray expected;
        for (const QString &line : lines)
            expected += line.toUtf8() + '\n';
        const auto typed = [&out] {
            QFile f(out);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QTRY_COMPARE_WITH_TIMEOUT(typed(), expected, 10000);
        QVERIFY(!QFile::exists(marker));
    }

    void binaryStdinStdout()
    {
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        QByteArray data;
        for (int i = 0; i < 3 * 1024 * 1024; ++i)
            data += char(QRandomGenerator::global()->bounded(256));
        Ssh::Command *command = session.runShell("cat");
        Output *o = collect(command);
        command->write(data);
        command->closeStdin();
        QVERIFY(wait(o, 60000));
        QCOMPARE(o->exitCode, 0);
        QCOMPARE(o->out.size(), data.size());
        QVERIFY(o->out == data);
    }

    void hugeOutputBoundedMemory()
    {
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        const qint64 before = peakRssKiB();
        Ssh::Command *command = session.runShell("head -c 100000000 /dev/zero");
        qint64 total = 0;
        bool zeros = true;
        connect(command, &Ssh::Command::stdoutReceived, this, [&](const QByteArray &d) {
            total += d.size();
            zeros = zeros && d.count('\0') == d.size();
        });
        Output *o = collect(command, false);
        QVERIFY(wait(o, 120000));
        QCOMPARE(o->exitCode, 0);
        QCOMPARE(total, qint64(100000000));
        QVERIFY(zeros);
        const qint64 growth = peakRssKiB() - before;
        qInfo("100 MB streamed, peak RSS growth %lld KiB", growth);
        QVERIFY2(growth < 32 * 1024, qPrintable(u"peak RSS grew by %1 KiB"_s.arg(growth)));
    }

    void pauseStopsReading()
    {
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        Ssh::Command *command = session.runShell("head -c 50000000 /dev/zero");
        qint64 total = 0;
        connect(command, &Ssh::Command::stdoutReceived, this, [&](const QByteArray &d) {
            total += d.size();
            if (total > 1000000)
                command->pause();
        });
        Output *o = collect(command);
        QVERIFY(QTest::qWaitFor([&] { return total > 1000000; }, 10000)); // paused from there
        // A command on the same session: once its output came, whatever the paused command read
        // before its pause was delivered too.
        Output *first = collect(session.runShell("echo first"));
        QVERIFY(wait(first));
        QCOMPARE(first->out, QByteArray("first\n"));
        const qint64 paused = total;
        // Then the server goes on sending while another command runs for half a second, its output
        // read from the same socket after that: a command that still read would have grown.
        Output *later = collect(session.runShell("sleep 0.5; echo later"));
        QVERIFY(wait(later));
        QCOMPARE(later->out, QByteArray("later\n"));
        QCOMPARE(total, paused); // nothing read while paused
        QVERIFY(total < 5000000);
        QVERIFY(!o->finished);
        disconnect(command, &Ssh::Command::stdoutReceived, this, nullptr);
        connect(command, &Ssh::Command::stdoutReceived, this, [&](const QByteArray &d) {
            total += d.size();
        });
        command->resume();
        QVERIFY(wait(o, 60000));
        QCOMPARE(total, qint64(50000000));
    }

    void pausedCommandIsIdle()
    {
        // A paused command leaves the server's data unread in the socket: the session must not keep
        // waking up for it (a busy loop on the GUI thread), nor take the silence for a dead server.
        Ssh::Endpoint e = endpoint();
        e.keepaliveSeconds = 1;
        e.keepaliveCountMax = 1;
        Ssh::Session session(e);
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        Ssh::Command *command = session.runShell("head -c 50000000 /dev/zero");
        qint64 total = 0;
        connect(command, &Ssh::Command::stdoutReceived, this, [&](const QByteArray &d) {
            total += d.size();
            if (total > 1000000)
                command->pause();
        });
        Output *o = collect(command, false);
        QVERIFY(QTest::qWaitFor([&] { return total > 1000000; }, 10000));
        QTest::qWait(500); // the window and the socket buffers fill
        const Activity paused = activityDuring(1000);
        qInfo("paused for 1 s: %lld ms CPU, %d wake-ups", paused.cpuMs, paused.wakeUps);
        QVERIFY2(paused.wakeUps < 1000, "the event loop spins while the command is paused");
        QVERIFY2(paused.cpuMs < 250, "the paused session uses the CPU");
        QTest::qWait(1500); // past ServerAliveInterval × ServerAliveCountMax
        QCOMPARE(session.state(), Ssh::Session::State::Ready);
        QVERIFY(!o->finished && !o->failed);
        disconnect(command, &Ssh::Command::stdoutReceived, this, nullptr);
        connect(command, &Ssh::Command::stdoutReceived, this, [&](const QByteArray &d) {
            total += d.size();
        });
        command->resume();
        QVERIFY(wait(o, 60000));
        QVERIFY2(o->finished, qPrintable(o->error));
        QCOMPARE(total, qint64(50000000));
    }

    void parallelCommands()
    {
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        QList<Output *> outputs;
        for (int i = 0; i < 20; ++i)
            outputs.append(collect(session.runShell("sleep 0.3; echo " + QByteArray::number(i))));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20; ++i) {
            QVERIFY(wait(outputs.at(i)));
            QCOMPARE(outputs.at(i)->out, QByteArray::number(i) + '\n');
        }
        QVERIFY2(timer.elapsed() < 20 * 300, "the commands did not run in parallel");
    }

    void serverChannelLimitQueues()
    {
        // Most servers keep OpenSSH's MaxSessions 10: commands beyond the limit wait for a channel.
        Test::SshdFixture limited;
        QVERIFY2(limited.start({u"MaxSessions 3"_s}), qPrintable(limited.errorString()));
        const QString key = limited.addClientKey(u"id_limited"_s);
        QFile known(limited.dir() + u"/known_hosts"_s);
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(limited.knownHostsLine() + '\n');
        known.close();
        Ssh::Endpoint e = endpoint({key});
        e.port = limited.port();
        e.userKnownHostsFile = known.fileName();
        Ssh::Session session(e);
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        QList<Output *> outputs;
        for (int i = 0; i < 12; ++i)
            outputs.append(collect(session.runShell("sleep 0.2; echo " + QByteArray::number(i))));
        for (int i = 0; i < 12; ++i) {
            QVERIFY(wait(outputs.at(i)));
            QVERIFY2(outputs.at(i)->finished, qPrintable(outputs.at(i)->error));
            QCOMPARE(outputs.at(i)->out, QByteArray::number(i) + '\n');
        }
        // SFTP waits its turn the same way.
        QList<Ssh::Command *> busy;
        for (int i = 0; i < 3; ++i)
            busy.append(session.runShell("sleep 0.5"));
        Ssh::Transfer *read = session.readFile(limited.dir() + u"/sshd_config"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return read->state() == Ssh::Transfer::State::Finished
                       || read->state() == Ssh::Transfer::State::Failed;
            },
            20000));
        QVERIFY2(read->state() == Ssh::Transfer::State::Finished, qPrintable(read->errorString()));
        QVERIFY(read->data().contains("MaxSessions 3"));
        delete read;
        qDeleteAll(busy);
    }

    void deletedCommandStopsRemoteProcess()
    {
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        Ssh::Command *running = session.runShell("exec sleep 1241");
        QVERIFY(QTest::qWaitFor([&] { return running->state() == Ssh::Command::State::Running; },
                                10000));
        QVERIFY(QTest::qWaitFor(
            [&] { return shellSync(session, "pgrep -f 'slee[p] 1241'").exitCode == 0; }, 5000));
        delete running; // no cancel(): a panel closed while its log follower ran
        QVERIFY2(QTest::qWaitFor(
                     [&] { return shellSync(session, "pgrep -f 'slee[p] 1241'").exitCode == 1; },
                     5000),
                 "the remote process outlived its deleted command");
        QCOMPARE(session.state(), Ssh::Session::State::Ready);
    }

    void cancelStopsRemoteProcess_data()
    {
        QTest::addColumn<bool>("pty");
        QTest::addColumn<QByteArray>("command");
        // Without a PTY the signal reaches the command sshd started (the shell execs a single command).
        QTest::newRow("signal") << false << QByteArray("exec sleep 1231");
        // With a PTY a whole pipeline of children stops (SIGHUP when the channel closes).
        QTest::newRow("pty") << true << QByteArray("sleep 1232 | cat; echo never");
    }
    void cancelStopsRemoteProcess()
    {
        QFETCH(bool, pty);
        QFETCH(QByteArray, command);
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        const QByteArray marker = command.mid(command.indexOf("sleep ") + 6, 4);
        Ssh::CommandOptions options;
        options.pty = pty;
        Ssh::Command *running = session.runShell(command, options);
        Output *o = collect(running);
        QVERIFY(QTest::qWaitFor([&] { return running->state() == Ssh::Command::State::Running; },
                                10000));
        QVERIFY(QTest::qWaitFor(
            [&] { return shellSync(session, "pgrep -f 'slee[p] " + marker + "'").exitCode == 0; },
            5000));
        running->cancel();
        QVERIFY(wait(o, 10000));
        QVERIFY(o->finished || o->failed);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return shellSync(session, "pgrep -f 'slee[p] " + marker + "'").exitCode
                                == 1;
                     },
                     5000),
                 "the remote process still runs");
    }

    void cancelIgnoringTermStillFinishes_data()
    {
        QTest::addColumn<bool>("pty");
        QTest::newRow("no pty") << false;
        QTest::newRow("pty") << true;
    }
    void cancelIgnoringTermStillFinishes()
    {
        // A silent process that ignores TERM: after the grace period the channel is closed anyway (and
        // the process killed), without waiting for any output from the server to wake the command up.
        QFETCH(bool, pty);
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        const QByteArray marker = pty ? "1274" : "1273";
        Ssh::CommandOptions options;
        options.pty = pty;
        // Without a PTY sshd signals the process it started (hence exec); with one, closing the
        // channel hangs up the terminal's whole process group.
        const QByteArray command = pty ? QByteArray("trap '' TERM; sleep " + marker + "; echo never")
                                       : QByteArray("trap '' TERM; exec sleep " + marker);
        Ssh::Command *running = session.runShell(command, options);
        Output *o = collect(running);
        QVERIFY(QTest::qWaitFor([&] { return running->state() == Ssh::Command::State::Running; },
                                10000));
        QVERIFY(QTest::qWaitFor(
            [&] { return shellSync(session, "pgrep -f 'slee[p] " + marker + "'").exitCode == 0; },
            5000));
        QElapsedTimer timer;
        timer.start();
        running->cancel();
        QVERIFY2(wait(o, 15000), "cancel never finished");
        qInfo("cancel finished after %lld ms", timer.elapsed());
        QVERIFY2(timer.elapsed() < 7000, "cancel took too long");
        QVERIFY(!o->out.contains("never"));
        QCOMPARE(session.state(), Ssh::Session::State::Ready);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return shellSync(session, "pgrep -f 'slee[p] " + marker + "'").exitCode
                                == 1;
                     },
                     5000),
                 "the remote process still runs");
    }

    void commandTimeout()
    {
        Ssh::Session session(endpoint());
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        Ssh::CommandOptions options;
        options.timeoutMs = 1500;
        // Within the limit: as usual.
        const Output quick = shellSync(session, "sleep 0.2; echo quick", options);
        QVERIFY2(quick.finished, qPrintable(quick.error));
        QCOMPARE(quick.out, QByteArray("quick\n"));
        // Past it: failed, saying so, and the remote process is stopped (TERM; KILL if ignored).
        for (const QByteArray &command :
             {QByteArray("sleep 1291; echo never"), QByteArray("trap '' TERM; exec sleep 1292")}) {
            const QByteArray marker = command.mid(command.indexOf("sleep ") + 6, 4);
            Ssh::Command *slow = session.runShell(command, options);
            Output *o = collect(slow);
            QElapsedTimer timer;
            timer.start();
            QVERIFY(wait(o, 15000));
            QVERIFY2(o->failed, command.constData());
            QVERIFY2(o->error.contains(u"timed out"_s), qPrintable(o->error));
            QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 1500 + 2 * 2000 + 1500,
                     qPrintable(QString::number(timer.elapsed())));
            QCOMPARE(slow->state(), Ssh::Command::State::Failed);
            QVERIFY(!o->out.contains("never"));
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             return shellSync(session, "pgrep -f 'slee[p] " + marker + "'").exitCode
                                    == 1;
                         },
                         5000),
                     "the remote process still runs");
            delete slow;
        }
        QCOMPARE(session.state(), Ssh::Session::State::Ready);
    }

    void authenticationStallTimesOut()
    {
        // The server answers the key exchange, then hangs: the connect timeout covers authentication too,
        // but not the time the user takes to answer a question (here the unknown host key).
        FreezingRelay relay;
        QVERIFY(relay.listen(quint16(m_sshd.port())));
        Ssh::Endpoint e = endpoint();
        e.port = relay.port(); // [127.0.0.1]:relay is in no known_hosts file: asked
        e.stewardKnownHostsFile = m_sshd.dir() + u"/stall_known_hosts"_s;
        e.connectTimeoutMs = 1500;
        Ssh::Session session(e);
        bool asked = false;
        connect(&session, &Ssh::Session::hostKeyUnknown, this, [&] {
            asked = true;
            relay.freeze();
        });
        session.connectToHost();
        QVERIFY(QTest::qWaitFor([&] { return asked; }, 10000));
        QTest::qWait(
            2500); // the user thinks longer than the timeout: that is not the server's fault
        QCOMPARE(session.state(), Ssh::Session::State::Connecting);
        QElapsedTimer timer;
        timer.start();
        session.trustHostKey();
        QVERIFY(!settle(session));
        QCOMPARE(session.state(), Ssh::Session::State::Lost);
        QVERIFY2(timer.elapsed() < 1500 + 2000, "the stalled authentication was not timed out");
        QVERIFY2(session.errorString().contains(u"authentication"_s),
                 qPrintable(session.errorString()));
    }

    void secretsWipedWhenAuthenticationDrops_data()
    {
        QTest::addColumn<bool>("passphrase");
        QTest::newRow("password") << false;
        QTest::newRow("passphrase") << true;
    }
    void secretsWipedWhenAuthenticationDrops()
    {
        // The server stops answering right after the secret was given: the connection times out during
        // authentication. The session must not keep the secret, and a reconnect asks for it again.
        QFETCH(bool, passphrase);
        FreezingRelay relay;
        QVERIFY(relay.listen(quint16(m_sshd.port())));
        const QString key = passphrase
                                ? m_sshd.addClientKey(u"id_dropped"_s, u"ed25519"_s, "lost horse")
                                : m_sshd.dir() + u"/no-such-key"_s;
        Ssh::Endpoint e = endpoint({key});
        e.port = relay.port();
        e.userKnownHostsFile = m_sshd.dir() + u"/relay_known_hosts"_s;
        QFile known(e.userKnownHostsFile);
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(Ssh::KnownHosts::entryLine(u"127.0.0.1"_s, relay.port(), m_sshd.hostKeyBlob())
                    + '\n');
        known.close();
        e.connectTimeoutMs = 1500;
        Ssh::Session session(e);
        const QByteArray secret = passphrase ? QByteArray("lost horse") : m_sshd.password();
        int asked = 0;
        bool freeze = true;
        connect(&session,
                &Ssh::Session::secretRequested,
                &session,
                [&](Ssh::Session::SecretKind kind, const QString &, const QString &) {
                    QCOMPARE(kind,
                             passphrase ? Ssh::Session::SecretKind::KeyPassphrase
                                        : Ssh::Session::SecretKind::Password);
                    ++asked;
                    if (freeze)
                        relay.freeze(); // the secret goes out, no answer comes back
                    session.provideSecret(secret);
                });
        session.connectToHost();
        QVERIFY(QTest::qWaitFor([&] { return asked == 1; }, 10000));
        QVERIFY(!settle(session));
        QCOMPARE(session.state(), Ssh::Session::State::Lost);
        QVERIFY2(session.errorString().contains(u"authentication"_s),
                 qPrintable(session.errorString()));
        QVERIFY2(!session.holdsSecrets(), "the secret outlived the dropped connection");
        // Reconnect: asked again (nothing was kept), and it works.
        relay.thaw();
        freeze = false;
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        QCOMPARE(asked, 2);
        QVERIFY(!session.holdsSecrets());
    }

    void nextAddressAfterRefusal()
    {
        // "localhost" resolves to ::1 first, then 127.0.0.1; the fixture listens on 127.0.0.1 only, so
        // the first address refuses and the next one is tried, as OpenSSH does.
        const QList<QHostAddress> addresses = QHostInfo::fromName(u"localhost"_s).addresses();
        QVERIFY2(addresses.size() >= 2 && addresses.first() != QHostAddress(QHostAddress::LocalHost)
                     && addresses.contains(QHostAddress(QHostAddress::LocalHost)),
                 "localhost should resolve to ::1 first, then 127.0.0.1 (see /etc/hosts)");
        Ssh::Endpoint e = endpoint();
        e.host = u"localhost"_s;
        e.userKnownHostsFile = m_sshd.dir() + u"/localhost_known_hosts"_s;
        QFile known(e.userKnownHostsFile);
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(Ssh::KnownHosts::entryLine(u"localhost"_s, m_sshd.port(), m_sshd.hostKeyBlob())
                    + '\n');
        known.close();
        Ssh::Session session(e);
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        QCOMPARE(shellSync(session, "echo ok").out, QByteArray("ok\n"));
    }

    void sshdFrozenLostByKeepalive()
    {
        // The server's processes stop (SIGSTOP) with the connection open: no EOF and no socket error, the
        // kernel still takes every byte. Only the keepalive's silence limit can notice it.
        Ssh::Endpoint e = endpoint();
        e.keepaliveSeconds = 1;
        // Lost after (3 + 1) s of silence, OpenSSH's rule: three keepalives unanswered. libssh2 sends a
        // keepalive every 2 s at the least (it takes an interval of 1 for 2, and counts whole seconds of
        // time(): a tick that comes a little early skips a send), so answers can be 3 s apart on a
        // healthy server: 4 s leaves a margin.
        e.keepaliveCountMax = 3;
        Ssh::Session session(e);
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        Ssh::Command *command = session.runShell("exec sleep 1301");
        Output *o = collect(command);
        QVERIFY(QTest::qWaitFor([&] { return command->state() == Ssh::Command::State::Running; },
                                10000));
        // A silent command on a healthy server outlasts the limit: the keepalives are answered.
        QTest::qWait(5000);
        QCOMPARE(session.state(), Ssh::Session::State::Ready);
        QVERIFY2(!o->failed, qPrintable(o->error));
        QList<qint64> frozen = m_sshd.sessionProcesses();
        QVERIFY(!frozen.isEmpty());
        const auto release = [&frozen] {
            for (qint64 pid : std::as_const(frozen)) {
                ::kill(pid_t(pid), SIGKILL);
                ::kill(pid_t(pid), SIGCONT);
            }
            frozen.clear();
        };
        const auto guard = qScopeGuard(release); // nothing stays stopped when a check fails
        for (qint64 pid : std::as_const(frozen))
            QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(wait(o, 20000), "the frozen server was never noticed");
        const qint64 noticed = timer.elapsed();
        qInfo("frozen server noticed after %lld ms", noticed);
        QVERIFY(o->failed);
        QCOMPARE(session.state(), Ssh::Session::State::Lost);
        QCOMPARE(o->error, session.errorString());
        QVERIFY2(o->error.contains(u"did not answer for 4 seconds"_s), qPrintable(o->error));
        // The silence began with the last answer, at most 3 s before the freeze (see above), and is
        // checked at each tick of the interval: between 1 s and 4 + 1 s after the freeze, plus 1.5 s for
        // a busy machine.
        QVERIFY2(noticed >= 1000 && noticed < 1000 * (4 + 1) + 1500,
                 qPrintable(QString::number(noticed)));

        // The frozen connection's processes killed (with the remote command), the server answers again.
        const QList<qint64> stopped = frozen;
        release();
        const auto gone = [](qint64 pid) {
            QFile stat(u"/proc/%1/stat"_s.arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                return true;
            const QByteArray line = stat.readAll();
            return line.mid(line.lastIndexOf(')') + 2, 1) == "Z";
        };
        QVERIFY(QTest::qWaitFor([&] { return std::all_of(stopped.begin(), stopped.end(), gone); },
                                5000));
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        QCOMPARE(shellSync(session, "pgrep -f 'slee[p] 1301'").exitCode, 1);
        QCOMPARE(shellSync(session, "echo back").out, QByteArray("back\n"));
    }

    void sshdKilledThenReconnect()
    {
        Ssh::Endpoint e = endpoint();
        e.keepaliveSeconds = 2;
        Ssh::Session session(e);
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        Ssh::Command *command = session.runShell("sleep 60");
        Output *o = collect(command);
        QVERIFY(QTest::qWaitFor([&] { return command->state() == Ssh::Command::State::Running; },
                                10000));
        QElapsedTimer timer;
        timer.start();
        m_sshd.kill();
        QVERIFY(wait(o, 10000));
        QVERIFY(o->failed);
        QVERIFY2(timer.elapsed() < 2 * 2000 + 1000, "not noticed within the keepalive interval");
        QVERIFY2(o->error.contains(u"lost"_s), qPrintable(o->error));
        QCOMPARE(session.state(), Ssh::Session::State::Lost);

        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        session.connectToHost();
        QVERIFY2(settle(session), qPrintable(session.errorString()));
        QCOMPARE(shellSync(session, "echo back").out, QByteArray("back\n"));
    }

    // The ciphers offered: AES-GCM first (fast on the CPU's AES instructions), chacha20 and AES-CTR for
    // servers without it; a server that only speaks CBC or 3DES is refused with a clear message.
    void ciphers_data()
    {
        QTest::addColumn<QString>("serverCiphers");
        QTest::addColumn<bool>("connects");
        QTest::newRow("default") << QString() << true;
        QTest::newRow("chacha20 only") << u"chacha20-poly1305@openssh.com"_s << true;
        QTest::newRow("ctr only") << u"aes256-ctr"_s << true;
        QTest::newRow("cbc only") << u"aes128-cbc"_s << false;
        QTest::newRow("3des only") << u"3des-cbc"_s << false;
    }

    void ciphers()
    {
        QFETCH(QString, serverCiphers);
        QFETCH(bool, connects);
        m_sshd.stop();
        const auto restore = qScopeGuard([this] {
            m_sshd.stop();
            QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        });
        QVERIFY2(m_sshd.start(serverCiphers.isEmpty() ? QStringList()
                                                      : QStringList{u"Ciphers "_s + serverCiphers}),
                 qPrintable(m_sshd.errorString()));
        Ssh::Session session(endpoint());
        session.connectToHost();
        const bool ready = settle(session);
        if (connects) {
            QVERIFY2(ready, qPrintable(session.errorString()));
            QCOMPARE(shellSync(session, "echo ok").out, QByteArray("ok\n"));
        } else {
            QVERIFY(!ready);
            QVERIFY2(session.errorString().contains(u"no cipher, key exchange or host key type in "
                                                    "common"_s),
                     qPrintable(session.errorString()));
        }
    }

    void refusedPortIsClearError()
    {
        Ssh::Endpoint e = endpoint();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        e.port = probe.serverPort();
        probe.close();
        Ssh::Session session(e);
        session.connectToHost();
        QVERIFY(!settle(session));
        QCOMPARE(session.state(), Ssh::Session::State::Lost);
        QVERIFY2(session.errorString().contains(u"refused"_s), qPrintable(session.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
