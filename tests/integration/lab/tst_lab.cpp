// SPDX-License-Identifier: GPL-3.0-or-later
// The lab end to end: starts lab/steward-lab in a temporary STEWARD_LAB_DIR and talks to it with
// Steward's SSH engine, as the product does: one Ssh::Session for the whole test case (one connection,
// many commands), built from the inventory entry the lab wrote, the host key known from the lab's
// known_hosts (never asked), the lab's key only. Checks every shim against the formats Steward's parsers
// read, the backup unit end to end, an upgrade, each fault, following output and cancelling it, and that
// stop leaves no process behind. Local processes only for what runs here: steward-lab, aws, psql,
// pg_restore, gunzip.
#include "core/inventory/inventory.h"
#include "core/releases/runningversion.h"
#include "core/releases/versionprobe.h"
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/ssh/shellquote.h"
#include "core/ssh/transfer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Steward;

namespace {

// The shared session's ServerAliveInterval: a lost lab must be noticed within it.
constexpr int KeepaliveSeconds = 2;
constexpr int KeepaliveCountMax = 3;
// The "slow" fault outlasts the keepalive's silence limit: slow is not lost.
constexpr int SlowSeconds = KeepaliveSeconds * KeepaliveCountMax + 1;

// A process on this machine (steward-lab, aws, psql, pg_restore). Waits in an event loop, so that the
// shared session keeps being served meanwhile (keepalives, state changes), as in the application.
struct Local
{
    int exitCode = -1;
    QString out;
    QString err;
};

Local local(const QString &program,
            const QStringList &args,
            const QProcessEnvironment &env,
            int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    p.start(program, args);
    loop.exec();
    Local r;
    if (p.error() == QProcess::FailedToStart) {
        r.err = p.errorString();
        return r;
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        r.err = u"timed out"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// What a remote command left, collected from the engine's signals.
struct RunResult
{
    int exitCode = -1; // -1: killed by a signal, failed or timed out
    QString exitSignal;
    QString out;
    QString err;
    QString error; // Command::failed()'s message, or "timed out"

    QByteArray describe() const
    {
        return (u"exit %1 %2 error '%3'\nstdout: %4\nstderr: %5"_s)
            .arg(exitCode)
            .arg(exitSignal, error, out, err)
            .toUtf8();
    }
};

// A remote command that keeps running (journalctl -f, logs -f), its output watched as it arrives.
struct Follow
{
    QPointer<Ssh::Command> command;
    QByteArray out;
    QByteArray err;
    bool finished = false;
    bool failed = false;
    QString error;

    bool done() const { return finished || failed; }
    QStringList lines() const
    {
        QStringList result;
        for (const QByteArray &line : out.split('\n')) {
            const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
            if (!l.isEmpty())
                result.append(QString::fromUtf8(l));
        }
        return result;
    }
    ~Follow() { delete command.data(); }
};

QString pgTool(const QString &tool)
{
    const QStringList dirs = QDir(u"/usr/lib/postgresql"_s)
                                 .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (qsizetype i = dirs.size() - 1; i >= 0; --i) {
        const QString path = u"/usr/lib/postgresql/"_s + dirs.at(i) + u"/bin/"_s + tool;
        if (QFile::exists(path))
            return path;
    }
    return tool;
}

} // namespace

class TestLab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_lab;
    QHash<QString, QString> m_env;
    QProcessEnvironment m_procEnv;
    Ssh::Endpoint m_endpoint;
    std::unique_ptr<Ssh::Session> m_session;
    std::unique_ptr<QSignalSpy> m_hostKeyQuestions;
    std::unique_ptr<QSignalSpy> m_secretQuestions;

    Local lab(const QStringList &args)
    {
        return local(u"bash"_s, QStringList{controlScript()} + args, m_procEnv, 180000);
    }
    static QString controlScript() { return QStringLiteral(STEWARD_SOURCE_DIR "/lab/steward-lab"); }
    QString composeDir() const { return m_lab + u"/opt/mastodon"_s; }
    QString stewardKnownHosts() const { return m_tmp.path() + u"/steward_known_hosts"_s; }

    // Waits until the shared session is Ready, Lost or Closed; true when Ready.
    bool settle(int timeoutMs = 20000)
    {
        (void) QTest::qWaitFor(
            [this] {
                const auto s = m_session->state();
                return s == Ssh::Session::State::Ready || s == Ssh::Session::State::Lost
                       || s == Ssh::Session::State::Closed;
            },
            timeoutMs);
        return m_session->state() == Ssh::Session::State::Ready;
    }

    // One remote command line on the shared session: stdout, stderr and the exit status.
    RunResult runLine(const QByteArray &commandLine, int timeoutMs = 120000)
    {
        RunResult r;
        Ssh::Command *command = m_session->runShell(commandLine);
        QByteArray out;
        QByteArray err;
        bool done = false;
        QEventLoop loop;
        connect(command, &Ssh::Command::stdoutReceived, &loop, [&out](const QByteArray &d) {
            out += d;
        });
        connect(command, &Ssh::Command::stderrReceived, &loop, [&err](const QByteArray &d) {
            err += d;
        });
        connect(command,
                &Ssh::Command::finished,
                &loop,
                [&](int exitCode, const QString &exitSignal) {
                    r.exitCode = exitCode;
                    r.exitSignal = exitSignal;
                    done = true;
                    loop.quit();
                });
        connect(command, &Ssh::Command::failed, &loop, [&](const QString &message) {
            r.error = message;
            done = true;
            loop.quit();
        });
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        loop.exec();
        if (!done) {
            r.error = u"timed out"_s;
            command->cancel();
        }
        delete command;
        r.out = QString::fromUtf8(out);
        r.err = QString::fromUtf8(err);
        return r;
    }
    // argv quoted with Steward's quoting helper.
    RunResult run(const QStringList &argv, int timeoutMs = 120000)
    {
        return runLine(Ssh::commandLine(argv).toUtf8(), timeoutMs);
    }
    // A command in the compose directory, as Steward runs it.
    QByteArray inCompose(const QStringList &argv, bool exec = false) const
    {
        return (u"cd "_s + Ssh::quote(composeDir()) + (exec ? u" && exec "_s : u" && "_s)
                + Ssh::commandLine(argv))
            .toUtf8();
    }
    RunResult compose(const QStringList &argv, int timeoutMs = 120000)
    {
        return runLine(inCompose(argv), timeoutMs);
    }

    // The running version as Steward reads it: the deployed docker-compose.yml, read over SSH.
    QString deployedVersion()
    {
        const RunResult r = compose({u"cat"_s, u"docker-compose.yml"_s});
        if (r.exitCode != 0)
            return u"cat failed: "_s + r.err + r.error;
        const auto running = Releases::RunningVersion::fromCompose(r.out);
        return running.ok() ? running->version.toString() : running.error().message;
    }

    // Starts a command that keeps running; exec so that cancel()'s signal reaches it (docs/ssh.md).
    std::unique_ptr<Follow> follow(const QByteArray &commandLine,
                                   const Ssh::CommandOptions &options = {})
    {
        auto f = std::make_unique<Follow>();
        Follow *p = f.get();
        Ssh::Command *command = m_session->runShell(commandLine, options);
        p->command = command;
        connect(command, &Ssh::Command::stdoutReceived, command, [p](const QByteArray &d) {
            p->out += d;
        });
        connect(command, &Ssh::Command::stderrReceived, command, [p](const QByteArray &d) {
            p->err += d;
        });
        connect(command, &Ssh::Command::finished, command, [p] { p->finished = true; });
        connect(command, &Ssh::Command::failed, command, [p](const QString &message) {
            p->failed = true;
            p->error = message;
        });
        return f;
    }
    // cancel() ends a follower with the TERM it sent (not the channel close after the grace time).
    static void cancelStopsIt(Follow &f)
    {
        QElapsedTimer t;
        t.start();
        f.command->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(f.done(), 10000);
        QVERIFY2(f.finished, qPrintable(f.error));
        QCOMPARE(f.command->exitSignal(), u"TERM"_s);
        QCOMPARE(f.command->exitCode(), -1);
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
    }
    // No process on the lab matches pattern (pgrep -f) within timeoutMs.
    bool remoteGone(const QString &pattern, int timeoutMs = 6000)
    {
        return QTest::qWaitFor([&] { return run({u"pgrep"_s, u"-f"_s, pattern}).exitCode == 1; },
                               timeoutMs);
    }
    bool remoteRuns(const QString &pattern, int timeoutMs = 6000)
    {
        return QTest::qWaitFor([&] { return run({u"pgrep"_s, u"-f"_s, pattern}).exitCode == 0; },
                               timeoutMs);
    }

    Local aws(const QStringList &args)
    {
        QProcessEnvironment env = m_procEnv;
        env.insert(u"AWS_ACCESS_KEY_ID"_s, u"lab"_s);
        env.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"lab"_s);
        env.insert(u"AWS_DEFAULT_REGION"_s, u"us-east-1"_s);
        return local(u"aws"_s,
                     QStringList{u"--endpoint-url"_s,
                                 u"http://127.0.0.1:"_s + m_env.value(u"LAB_S3_PORT"_s)}
                         + args,
                     env);
    }
    QString sql(const QString &query, const QString &db = u"mastodon_production"_s)
    {
        const Local r = local(pgTool(u"psql"_s),
                              {u"-X"_s,
                               u"-At"_s,
                               u"-h"_s,
                               u"127.0.0.1"_s,
                               u"-p"_s,
                               m_env.value(u"LAB_PG_PORT"_s),
                               u"-U"_s,
                               u"mastodon"_s,
                               u"-d"_s,
                               db,
                               u"-c"_s,
                               query},
                              m_procEnv);
        return r.exitCode == 0 ? r.out.trimmed() : u"ERROR: "_s + r.err;
    }
    QStringList bucketObjects()
    {
        const Local r = aws({u"s3"_s, u"ls"_s, u"s3://lab-backups/"_s});
        QStringList names;
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts))
            names.append(line.section(u' ', -1));
        return names;
    }
    QString lastJournal(const QString &unit, int lines)
    {
        return run({u"journalctl"_s, u"-u"_s, unit, u"-n"_s, QString::number(lines)}).out;
    }
    void loadEnv()
    {
        QFile f(m_lab + u"/lab.env"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QByteArray &line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
    }
    // How many SSH connections the lab's sshd accepted.
    qsizetype acceptedConnections() const
    {
        QFile log(m_lab + u"/log/sshd.log"_s);
        if (!log.open(QIODevice::ReadOnly))
            return -1;
        return log.readAll().count("Accepted publickey for ");
    }
    static QByteArray comm(const QString &pid)
    {
        QFile f(u"/proc/"_s + pid + u"/comm"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
    }
    // Sockets on the lab's SSH port (its sshd's listener and connections), as /proc/PID/fd links.
    QSet<QByteArray> sshdSockets() const
    {
        QSet<QByteArray> sockets;
        const int port = m_env.value(u"LAB_SSH_PORT"_s).toInt();
        for (const QString &table : {u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s}) {
            QFile f(table);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> lines = f.readAll().split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
                if (fields.size() < 10 || fields.at(9) == "0")
                    continue;
                if (fields.at(1).split(':').last().toInt(nullptr, 16) == port)
                    sockets.insert("socket:[" + fields.at(9) + ']');
            }
        }
        return sockets;
    }
    // Every process of the lab: the lab in its environment or command line (shims, unit jobs, moto,
    // postgres, the sshd listener), or a socket on its SSH port (sshd's connections, whose environment
    // and command line OpenSSH overwrites).
    QStringList labProcesses()
    {
        QStringList found;
        const QByteArray marker = m_lab.toUtf8();
        const QSet<QByteArray> sockets = sshdSockets();
        for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
            bool number = false;
            pid.toInt(&number);
            if (!number || pid.toLongLong() == QCoreApplication::applicationPid())
                continue;
            QFile env(u"/proc/"_s + pid + u"/environ"_s);
            QFile cmd(u"/proc/"_s + pid + u"/cmdline"_s);
            QByteArray text;
            if (env.open(QIODevice::ReadOnly))
                text += env.readAll();
            if (cmd.open(QIODevice::ReadOnly))
                text += cmd.readAll();
            bool holdsSocket = false;
            const QDir fds(u"/proc/"_s + pid + u"/fd"_s);
            for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System))
                holdsSocket = holdsSocket
                              || sockets.contains(
                                  QFileInfo(fds.filePath(fd)).readSymLink().toUtf8());
            if (text.contains(QByteArray(QByteArray("STEWARD_LAB_DIR=") + marker))
                || text.contains(QByteArray(marker + '/')) || holdsSocket)
                found.append(pid + u' ' + QString::fromUtf8(comm(pid)));
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Under root, PostgreSQL and the sessions run as the lab user, who must reach the lab dir.
        QFile::setPermissions(m_tmp.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                  | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                  | QFile::ExeOther);
        m_lab = m_tmp.path() + u"/lab"_s;
        m_procEnv = QProcessEnvironment::systemEnvironment();
        m_procEnv.insert(u"STEWARD_LAB_DIR"_s, m_lab);
        m_procEnv.insert(u"STEWARD_LAB_ACCOUNTS"_s, u"2000"_s);
        m_procEnv.insert(u"STEWARD_LAB_STATUSES"_s, u"20000"_s);
        m_procEnv.insert(u"STEWARD_LAB_BACKUP_SECONDS"_s, u"2"_s);
        m_procEnv.insert(u"STEWARD_LAB_SLOW_SECONDS"_s, QString::number(SlowSeconds));
        const Local r = lab({u"start"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(m_lab + u"/inventory.yaml"_s));
        QVERIFY(r.out.contains(m_lab + u"/ssh/known_hosts"_s));
        loadEnv();

        // Where and how to connect: the inventory entry the lab wrote, its known_hosts, its key.
        QFile f(m_lab + u"/inventory.yaml"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto servers = Inventory::parse(f.readAll());
        QVERIFY2(servers.ok(), qPrintable(servers.error().message));
        QCOMPARE(servers->size(), 1);
        const Server &server = servers.value().first();
        m_endpoint.host = server.host;
        m_endpoint.alias = server.name;
        m_endpoint.port = server.port;
        m_endpoint.user = server.user;
        m_endpoint.identityFiles = {server.identityFile};
        m_endpoint.identitiesOnly = true;
        m_endpoint.agentSocket = u"none"_s;
        m_endpoint.userKnownHostsFile = m_lab + u"/ssh/known_hosts"_s;
        m_endpoint.stewardKnownHostsFile = stewardKnownHosts(); // stays absent: nothing is trusted
        m_endpoint.keepaliveSeconds = KeepaliveSeconds;
        m_endpoint.keepaliveCountMax = KeepaliveCountMax;
        m_endpoint.connectTimeoutMs = 10000;

        m_session = std::make_unique<Ssh::Session>(m_endpoint);
        m_hostKeyQuestions = std::make_unique<QSignalSpy>(m_session.get(),
                                                          &Ssh::Session::hostKeyUnknown);
        m_secretQuestions = std::make_unique<QSignalSpy>(m_session.get(),
                                                         &Ssh::Session::secretRequested);
        // Never trust interactively: a question is a failure (and refused, so the test cannot hang).
        connect(m_session.get(), &Ssh::Session::hostKeyUnknown, this, [this] {
            m_session->refuseHostKey();
        });
        connect(m_session.get(), &Ssh::Session::secretRequested, this, [this] {
            m_session->refuseSecret();
        });
        m_session->connectToHost();
        QVERIFY2(settle(), qPrintable(m_session->errorString()));
        QCOMPARE(m_hostKeyQuestions->count(), 0);
        QCOMPARE(m_secretQuestions->count(), 0);
        QCOMPARE(m_session->authenticatedWith(), u"publickey"_s);
    }

    void cleanupTestCase()
    {
        if (m_session)
            m_session->close();
        m_session.reset();
        lab({u"stop"_s});
    }

    // A failed check must not leave its fault on, or the session down, for the next test.
    void cleanup()
    {
        for (const QString &fault :
             {u"migration"_s, u"disk-full"_s, u"upload"_s, u"slow"_s, u"sshd"_s}) {
            if (QFile::exists(m_lab + u"/faults/"_s + fault))
                lab({u"fault"_s, fault, u"off"_s});
        }
        if (m_session && QFile::exists(m_lab + u"/lab.env"_s)
            && m_session->state() != Ssh::Session::State::Ready) {
            m_session->connectToHost();
            settle();
        }
    }

    void inventoryAndHostKey()
    {
        QCOMPARE(m_endpoint.host, u"127.0.0.1"_s);
        QCOMPARE(QString::number(m_endpoint.port), m_env.value(u"LAB_SSH_PORT"_s));
        QCOMPARE(m_endpoint.user, m_env.value(u"LAB_USER"_s));
        QCOMPARE(m_endpoint.identityFiles, QStringList{m_lab + u"/ssh/id_ed25519"_s});
        QFile f(m_lab + u"/inventory.yaml"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Server server = Inventory::parse(f.readAll()).value().first();
        QCOMPARE(server.name, u"lab"_s);
        QCOMPARE(server.composeDir, composeDir());
        QFile known(m_lab + u"/ssh/known_hosts"_s);
        QVERIFY(known.open(QIODevice::ReadOnly));
        QVERIFY(known.readAll().startsWith(QByteArray(
            "[127.0.0.1]:" + m_env.value(u"LAB_SSH_PORT"_s).toUtf8() + " ssh-ed25519 ")));
        // Connected without a question: the key came from the lab's file, Steward's file is untouched.
        QCOMPARE(m_session->state(), Ssh::Session::State::Ready);
        QCOMPARE(m_hostKeyQuestions->count(), 0);
        QVERIFY(!QFile::exists(stewardKnownHosts()));
        const RunResult r = run({u"echo"_s, u"it's me"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"it's me\n"_s);
        QCOMPARE(run({u"id"_s, u"-un"_s}).out, m_env.value(u"LAB_USER"_s) + u'\n');
        // The shims are first on the PATH of a non-login session, and know their lab.
        QVERIFY(run({u"sh"_s, u"-c"_s, u"command -v docker"_s})
                    .out.startsWith(m_lab + u"/bin/docker"_s));
        QCOMPARE(run({u"printenv"_s, u"STEWARD_LAB_DIR"_s}).out, m_lab + u'\n');
        // The lab's tmux session, in the compose directory.
        const RunResult tmux = run({u"tmux"_s,
                                    u"-S"_s,
                                    m_lab + u"/run/tmux.sock"_s,
                                    u"display-message"_s,
                                    u"-p"_s,
                                    u"-t"_s,
                                    u"lab"_s,
                                    u"#{session_name} #{pane_current_path}"_s});
        QCOMPARE(tmux.out, u"lab "_s + composeDir() + u'\n');
        QCOMPARE(run({u"false"_s}).exitCode, 1);
        // Steward's running-version parser reads the deployed docker-compose.yml; tootctl agrees.
        QCOMPARE(deployedVersion(), u"4.2.10"_s);
        QCOMPARE(compose(
                     {u"docker"_s, u"compose"_s, u"exec"_s, u"web"_s, u"tootctl"_s, u"version"_s})
                     .out,
                 u"4.2.10\n"_s);
        // And the probe the app runs once connected asks tootctl first, through the same session.
        QNetworkAccessManager network;
        Releases::VersionProbe probe(&network);
        QSignalSpy found(&probe, &Releases::VersionProbe::found);
        probe.probe(server, m_session.get());
        QVERIFY(found.wait(20000));
        const auto version = found.first().at(1).value<Releases::RunningVersion>();
        QCOMPARE(version.source, u"tootctl version"_s);
        QCOMPARE(version.version.toString(), u"4.2.10"_s);
        QVERIFY(found.first().at(2).toStringList().isEmpty()); // no source failed before it
    }

    // A login shell reads /etc/profile, which resets PATH (Debian's does): the lab's home has a
    // .profile that puts the shims first again, for `bash -l`, `sh -l` and the shell of `ssh lab`.
    void loginShellsFindTheShims()
    {
        const QString expected = m_lab + u"/bin/docker\n"_s + m_lab + u"/bin/systemctl\n"_s + m_lab
                                 + u"/bin/journalctl\n"_s;
        for (const QString &shell : {u"bash"_s, u"sh"_s}) {
            const RunResult r = run(
                {shell,
                 u"-lc"_s,
                 u"for c in docker systemctl journalctl; do command -v $c; done"_s});
            QVERIFY2(r.exitCode == 0, r.describe());
            QCOMPARE(r.out, expected);
        }
        QCOMPARE(run({u"printenv"_s, u"HOME"_s}).out, m_lab + u"/home\n"_s);
        // /etc/profile did run (it set its own PATH), and the shims came first again after it.
        const QString sessionPath = run({u"printenv"_s, u"PATH"_s}).out;
        RunResult r = run({u"bash"_s, u"-lc"_s, u"echo \"$PATH\""_s});
        QVERIFY2(r.out.startsWith(m_lab + u"/bin:"_s), qPrintable(r.out));
        QVERIFY2(r.out != sessionPath, qPrintable(r.out));

        // The shell sshd starts for `ssh lab` on a terminal: the user's shell, exec'd as a login shell
        // ("-bash"), interactive, reading commands from the terminal.
        Ssh::CommandOptions pty;
        pty.pty = true;
        pty.term = "dumb"; // no bracketed paste or title escapes around the output
        std::unique_ptr<Follow> shell = follow("exec -l \"$SHELL\"", pty);
        shell->command->write("command -v docker systemctl journalctl | sed 's/^/found: /'; "
                              "echo \"path: $PATH\"; shopt -q login_shell && echo login; exit\n");
        QTRY_VERIFY_WITH_TIMEOUT(shell->done(), 10000);
        QVERIFY2(shell->finished, qPrintable(shell->error));
        static const QRegularExpression escape(u"\x1b(\\[[0-9;?]*[a-zA-Z]|\\][^\x07]*\x07)"_s);
        QStringList lines;
        for (QString line : shell->lines())
            lines.append(line.remove(escape));
        QCOMPARE(lines.filter(QRegularExpression(u"^found: "_s)),
                 (QStringList{u"found: "_s + m_lab + u"/bin/docker"_s,
                              u"found: "_s + m_lab + u"/bin/systemctl"_s,
                              u"found: "_s + m_lab + u"/bin/journalctl"_s}));
        QVERIFY2(lines.contains(u"login"_s), shell->out.constData());
        const QStringList path = lines.filter(QRegularExpression(u"^path: "_s));
        QCOMPARE(path.size(), 1);
        QVERIFY2(path.first().startsWith(u"path: "_s + m_lab + u"/bin:"_s),
                 qPrintable(path.first()));
        QVERIFY2(path.first() != u"path: "_s + sessionPath.trimmed(), qPrintable(path.first()));
    }

    // The lab's tmux windows (the first one and new ones) are login shells with the shims first too.
    void tmuxShellFindsTheShims()
    {
        const QString socket = m_lab + u"/run/tmux.sock"_s;
        const QString result = m_lab + u"/tmp/tmux-check"_s;
        QFile::remove(result);
        QCOMPARE(run({u"tmux"_s, u"-S"_s, socket, u"new-window"_s, u"-d"_s, u"-t"_s, u"lab"_s})
                     .exitCode,
                 0);
        for (const QString &window : {u"lab:0"_s, u"lab:1"_s}) {
            QCOMPARE(run({u"tmux"_s,
                          u"-S"_s,
                          socket,
                          u"send-keys"_s,
                          u"-t"_s,
                          window,
                          u"command -v docker >> "_s + result,
                          u"Enter"_s})
                         .exitCode,
                     0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(run({u"cat"_s, result}).out,
                                  m_lab + u"/bin/docker\n"_s + m_lab + u"/bin/docker\n"_s,
                                  10000);
        QCOMPARE(run({u"tmux"_s, u"-S"_s, socket, u"kill-window"_s, u"-t"_s, u"lab:1"_s}).exitCode,
                 0);
    }

    // Compose diff's "From server…" reads the deployed file over SFTP, through the same connection.
    void sftpReadsTheDeployedCompose()
    {
        Ssh::Transfer *transfer = m_session->readFile(composeDir() + u"/docker-compose.yml"_s,
                                                      4 * 1024 * 1024,
                                                      this);
        QSignalSpy finished(transfer, &Ssh::Transfer::finished);
        QSignalSpy failed(transfer, &Ssh::Transfer::failed);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QFile deployed(composeDir() + u"/docker-compose.yml"_s);
        QVERIFY(deployed.open(QIODevice::ReadOnly));
        QCOMPARE(transfer->data(), deployed.readAll());
        delete transfer;
    }

    void startTwiceReusesTheLab()
    {
        const QString before = m_env.value(u"LAB_SSH_PORT"_s);
        QFile pidFile(m_lab + u"/run/sshd.pid"_s);
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const QByteArray pid = pidFile.readAll();
        pidFile.close();
        const Local r = lab({u"start"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        QCOMPARE(pidFile.readAll(), pid);
        QVERIFY(!r.out.contains(u"creating a new lab"_s));
        QVERIFY(r.out.contains(u"127.0.0.1:"_s + before));
        // The open connection is not disturbed.
        QCOMPARE(run({u"true"_s}).exitCode, 0);
    }

    void composePsTable()
    {
        const RunResult r = compose({u"docker"_s, u"compose"_s, u"ps"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.err, QString());
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        static const QRegularExpression header(
            u"^NAME +IMAGE +COMMAND +SERVICE +CREATED +STATUS +PORTS$"_s);
        QVERIFY2(header.match(lines.first()).hasMatch(), qPrintable(lines.first()));
        // Columns are aligned: every value starts under its heading.
        const QString &head = lines.first();
        const qsizetype imageColumn = head.indexOf(u"IMAGE"_s);
        const qsizetype commandColumn = head.indexOf(u"COMMAND"_s);
        const qsizetype serviceColumn = head.indexOf(u"SERVICE"_s);
        const qsizetype statusColumn = head.indexOf(u"STATUS"_s);
        QStringList services;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            QVERIFY(line.startsWith(u"mastodon-"_s));
            QVERIFY2(line.at(imageColumn - 1) == u' ' && line.at(imageColumn) != u' ',
                     qPrintable(line));
            QVERIFY2(line.mid(imageColumn).startsWith(u"ghcr.io/mastodon/"_s)
                         || line.mid(imageColumn).startsWith(u"postgres:"_s)
                         || line.mid(imageColumn).startsWith(u"redis:"_s),
                     qPrintable(line));
            QCOMPARE(line.at(commandColumn), u'"'); // quoted, as docker/cli prints it
            services.append(line.mid(serviceColumn).section(u' ', 0, 0));
            QVERIFY2(line.mid(statusColumn).startsWith(u"Up "_s), qPrintable(line));
        }
        services.sort();
        QCOMPARE(services,
                 (QStringList{u"db"_s, u"redis"_s, u"sidekiq"_s, u"streaming"_s, u"web"_s}));
    }

    void composePsJson_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("array");
        QTest::newRow("docker compose: one object per line")
            << QStringList{u"docker"_s, u"compose"_s, u"ps"_s, u"--format"_s, u"json"_s} << false;
        QTest::newRow("docker-compose: one array")
            << QStringList{u"docker-compose"_s, u"ps"_s, u"--format"_s, u"json"_s} << true;
    }
    void composePsJson()
    {
        QFETCH(QStringList, command);
        QFETCH(bool, array);
        const RunResult r = compose(command);
        QVERIFY2(r.exitCode == 0, r.describe());
        QJsonArray objects;
        if (array) {
            QCOMPARE(r.out.count(u'\n'), 1);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
            QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
            objects = doc.array();
        } else {
            for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
                const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
                QVERIFY2(doc.isObject(), qPrintable(line));
                objects.append(doc.object());
            }
        }
        QCOMPARE(objects.size(), 5);
        QStringList services;
        for (const QJsonValue &v : objects) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"ID",
                                    "Name",
                                    "Image",
                                    "Command",
                                    "Project",
                                    "Service",
                                    "State",
                                    "Status",
                                    "Health",
                                    "ExitCode",
                                    "Publishers"})
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
            QVERIFY(o.value(u"Publishers"_s).isArray());
            QVERIFY(o.value(u"ExitCode"_s).isDouble());
            QCOMPARE(o.value(u"Project"_s).toString(), u"mastodon"_s);
            QCOMPARE(o.value(u"State"_s).toString(), u"running"_s);
            QCOMPARE(o.value(u"Name"_s).toString(),
                     u"mastodon-"_s + o.value(u"Service"_s).toString() + u"-1"_s);
            services.append(o.value(u"Service"_s).toString());
            if (o.value(u"Service"_s).toString() == u"web"_s)
                QCOMPARE(o.value(u"Image"_s).toString(), u"ghcr.io/mastodon/mastodon:v4.2.10"_s);
        }
        services.sort();
        QCOMPARE(services,
                 (QStringList{u"db"_s, u"redis"_s, u"sidekiq"_s, u"streaming"_s, u"web"_s}));
    }

    void composeLogs()
    {
        const RunResult r = compose(
            {u"docker"_s, u"compose"_s, u"logs"_s, u"--tail"_s, u"2"_s, u"web"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        // Compose pads the container name to the longest one logged plus one, then " | " (only web-1
        // here: "web-1  | ").
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(u"web-1  | "_s), qPrintable(line));
        // Every service: padded to streaming-1 (11 characters) plus one.
        const RunResult all = compose({u"docker"_s, u"compose"_s, u"logs"_s, u"--tail"_s, u"1"_s});
        QVERIFY2(all.exitCode == 0, all.describe());
        const QStringList allLines = all.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(allLines.size(), 5);
        static const QRegularExpression prefix(u"^(db|redis|sidekiq|streaming|web)-1 +\\| "_s);
        for (const QString &line : allLines) {
            QVERIFY2(prefix.match(line).hasMatch(), qPrintable(line));
            QCOMPARE(line.indexOf(u" | "_s), 12);
        }
    }

    // logs -f streams as it comes: a restart during the follow shows up; cancel() stops the remote
    // process.
    void composeLogsFollowAndCancel()
    {
        const QString pattern = u"bin/[d]ocker compose logs -f --tail 1 web"_s;
        std::unique_ptr<Follow> f = follow(
            inCompose({u"docker"_s, u"compose"_s, u"logs"_s, u"-f"_s, u"--tail"_s, u"1"_s, u"web"_s},
                      true));
        // The last line first: from then on the follower reads what is appended.
        QTRY_COMPARE_WITH_TIMEOUT(f->lines().size(), 1, 10000);
        QVERIFY(!f->out.contains("Puma starting in cluster mode"));
        QVERIFY(remoteRuns(pattern));
        const RunResult restart = compose({u"docker"_s, u"compose"_s, u"restart"_s, u"web"_s});
        QVERIFY2(restart.exitCode == 0, restart.describe());
        // Compose v2's progress without a terminal (pkg/compose/restart.go, pkg/progress/plain.go).
        QCOMPARE(restart.err,
                 u" Container mastodon-web-1  Restarting\n Container mastodon-web-1  Started\n"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(f->out.contains("Puma starting in cluster mode"),
                                  f->out.constData(),
                                  10000);
        for (const QString &line : f->lines())
            QVERIFY2(line.startsWith(u"web-1  | "_s), qPrintable(line));
        QVERIFY(!f->done());
        QCOMPARE(f->command->state(), Ssh::Command::State::Running);
        cancelStopsIt(*f);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(remoteGone(pattern), "docker compose logs -f still runs on the lab");
        QCOMPARE(m_session->state(), Ssh::Session::State::Ready);
    }

    void composeStopStartScale()
    {
        RunResult r = compose({u"docker"_s, u"compose"_s, u"stop"_s, u"sidekiq"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.err.contains(u"Container mastodon-sidekiq-1  Stopped"_s));
        r = compose(
            {u"docker"_s, u"compose"_s, u"ps"_s, u"-a"_s, u"--format"_s, u"json"_s, u"sidekiq"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"State"_s).toString(),
                 u"exited"_s);
        QCOMPARE(compose({u"docker"_s, u"compose"_s, u"ps"_s, u"--services"_s}).out.count(u'\n'), 4);
        QCOMPARE(compose({u"docker"_s, u"compose"_s, u"start"_s, u"sidekiq"_s}).exitCode, 0);
        QCOMPARE(compose({u"docker"_s, u"compose"_s, u"scale"_s, u"sidekiq=2"_s}).exitCode, 0);
        QVERIFY(compose({u"docker"_s, u"compose"_s, u"ps"_s}).out.contains(u"mastodon-sidekiq-2"_s));
        QCOMPARE(compose({u"docker"_s, u"compose"_s, u"scale"_s, u"sidekiq=1"_s}).exitCode, 0);
        QVERIFY(
            !compose({u"docker"_s, u"compose"_s, u"ps"_s}).out.contains(u"mastodon-sidekiq-2"_s));
        // Outside a project, as the real tool.
        r = run({u"docker"_s, u"compose"_s, u"ps"_s});
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.err.trimmed(), u"no configuration file provided: not found"_s);
    }

    void systemctl()
    {
        RunResult r = run({u"systemctl"_s, u"is-active"_s, u"mastodon.service"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"active\n"_s);
        r = run({u"systemctl"_s, u"is-active"_s, u"pg-dump-to-s3.service"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, u"inactive\n"_s);
        r = run({u"systemctl"_s,
                 u"show"_s,
                 u"-p"_s,
                 u"ActiveState,SubState"_s,
                 u"media-cleanup.timer"_s});
        QCOMPARE(r.out, u"ActiveState=active\nSubState=waiting\n"_s);
        r = run({u"systemctl"_s, u"show"_s, u"--value"_s, u"-p"_s, u"LoadState"_s, u"mastodon"_s});
        QCOMPARE(r.out, u"loaded\n"_s);
        r = run({u"systemctl"_s, u"status"_s, u"mastodon.service"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"● mastodon.service - "_s));
        QVERIFY(r.out.contains(u"\n     Loaded: loaded ("_s));
        QVERIFY(r.out.contains(QRegularExpression(
            u"\n     Active: active \\(exited\\) since \\w{3} \\d{4}-\\d\\d-\\d\\d "_s)));
        // stop takes the compose services down (exit 3 while inactive), start brings them back.
        r = run({u"systemctl"_s, u"stop"_s, u"mastodon.service"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = run({u"systemctl"_s, u"is-active"_s, u"mastodon.service"_s});
        QCOMPARE(r.out, u"inactive\n"_s);
        QCOMPARE(r.exitCode, 3);
        r = run({u"systemctl"_s, u"status"_s, u"mastodon.service"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.startsWith(u"○ mastodon.service - "_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"\n     Active: inactive (dead) since "_s));
        QVERIFY(r.out.contains(u"Stopped mastodon.service - "_s)); // the journal's last lines
        QCOMPARE(compose({u"docker"_s, u"compose"_s, u"ps"_s, u"-q"_s}).out, QString());
        r = run({u"systemctl"_s, u"start"_s, u"mastodon.service"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(run({u"systemctl"_s, u"is-active"_s, u"mastodon.service"_s}).out, u"active\n"_s);
        QCOMPARE(compose({u"docker"_s, u"compose"_s, u"ps"_s, u"-q"_s}).out.count(u'\n'), 5);
        r = run({u"systemctl"_s, u"status"_s, u"nope.service"_s});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.err, u"Unit nope.service could not be found.\n"_s);

        // list-timers: a table whose columns start under their headings.
        r = run({u"systemctl"_s, u"list-timers"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QStringList lines = r.out.split(u'\n');
        QVERIFY2(QRegularExpression(u"^NEXT +LEFT +LAST +PASSED +UNIT +ACTIVATES$"_s)
                     .match(lines.first())
                     .hasMatch(),
                 qPrintable(lines.first()));
        const QString &head = lines.first();
        const qsizetype leftColumn = head.indexOf(u"LEFT"_s);
        const qsizetype lastColumn = head.indexOf(u"LAST"_s);
        const qsizetype passedColumn = head.indexOf(u"PASSED"_s);
        const qsizetype unitColumn = head.indexOf(u"UNIT"_s);
        const qsizetype activatesColumn = head.indexOf(u"ACTIVATES"_s);
        static const QRegularExpression timestamp(
            u"^\\w{3} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\w+$"_s);
        static const QRegularExpression span(u"^(\\d+(y|month|w|d|h|min|s|ms|us) ?)+ (left|ago)$"_s);
        QStringList timers;
        qsizetype row = 1;
        for (; row < lines.size() && !lines.at(row).isEmpty(); ++row) {
            const QString &line = lines.at(row);
            const QString next = line.left(leftColumn).trimmed();
            const QString left = line.mid(leftColumn, lastColumn - leftColumn).trimmed();
            const QString last = line.mid(lastColumn, passedColumn - lastColumn).trimmed();
            const QString passed = line.mid(passedColumn, unitColumn - passedColumn).trimmed();
            const QString unit = line.mid(unitColumn, activatesColumn - unitColumn).trimmed();
            const QString activates = line.mid(activatesColumn).trimmed();
            QVERIFY2(timestamp.match(next).hasMatch(), qPrintable(line));
            QVERIFY2(span.match(left).hasMatch() && left.endsWith(u" left"_s), qPrintable(line));
            QVERIFY2(last == u"-"_s || timestamp.match(last).hasMatch(), qPrintable(line));
            QVERIFY2(passed == u"-"_s
                         || (span.match(passed).hasMatch() && passed.endsWith(u" ago"_s)),
                     qPrintable(line));
            QVERIFY2(unit.endsWith(u".timer"_s), qPrintable(line));
            QCOMPARE(activates, unit.chopped(6) + u".service"_s);
            timers.append(unit);
        }
        timers.sort();
        QCOMPARE(timers,
                 (QStringList{u"certbot.timer"_s,
                              u"media-cleanup.timer"_s,
                              u"pg-dump-to-s3.timer"_s}));
        QCOMPARE(lines.mid(row, 3),
                 (QStringList{QString(),
                              u"3 timers listed."_s,
                              u"Pass --all to see loaded but inactive timers, too."_s}));
    }

    void journalctl()
    {
        RunResult r = run({u"journalctl"_s, u"-u"_s, u"mastodon.service"_s, u"-o"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        qint64 previous = 0;
        for (const QString &line : lines) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
            QVERIFY2(doc.isObject(), qPrintable(error.errorString() + u": "_s + line));
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it) // journal export: every value a string
                QVERIFY2(it.value().isString(), qPrintable(it.key()));
            QCOMPARE(o.value(u"_SYSTEMD_UNIT"_s).toString(), u"mastodon.service"_s);
            const qint64 realtime = o.value(u"__REALTIME_TIMESTAMP"_s).toString().toLongLong();
            QVERIFY(realtime > 1600000000000000LL); // µs
            QVERIFY(realtime >= previous);
            previous = realtime;
            QVERIFY(!o.value(u"MESSAGE"_s).toString().isEmpty());
            QVERIFY(o.contains(u"PRIORITY"_s));
            QVERIFY(o.contains(u"SYSLOG_IDENTIFIER"_s));
            QVERIFY(o.contains(u"_HOSTNAME"_s));
        }
        r = run({u"journalctl"_s, u"-u"_s, u"mastodon"_s, u"-n"_s, u"1"_s});
        QVERIFY2(QRegularExpression(
                     u"^\\w{3} \\d\\d \\d\\d:\\d\\d:\\d\\d lab systemd\\[1\\]: .+\n$"_s)
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(r.out));
        r = run({u"journalctl"_s, u"-u"_s, u"mastodon"_s, u"--since"_s, u"2999-01-01 00:00:00"_s});
        QCOMPARE(r.out, u"-- No entries --\n"_s);
        // --since -10min: the recent entries only (the first start was three days ago).
        const qint64 tenMinutesAgo = (QDateTime::currentMSecsSinceEpoch() - 10 * 60 * 1000 - 5000)
                                     * 1000;
        r = run(
            {u"journalctl"_s, u"-u"_s, u"mastodon"_s, u"--since"_s, u"-10min"_s, u"-o"_s, u"json"_s});
        const QStringList recent = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(recent.size() < lines.size());
        for (const QString &line : recent)
            QVERIFY2(QJsonDocument::fromJson(line.toUtf8())
                             .object()
                             .value(u"__REALTIME_TIMESTAMP"_s)
                             .toString()
                             .toLongLong()
                         >= tenMinutesAgo,
                     qPrintable(line));
        r = run({u"journalctl"_s, u"-u"_s, u"mastodon"_s, u"-o"_s, u"short-iso"_s, u"-n"_s, u"1"_s});
        QVERIFY2(
            QRegularExpression(
                u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d lab systemd\\[1\\]: .+\n$"_s)
                .match(r.out)
                .hasMatch(),
            qPrintable(r.out));
    }

    // Short options as getopt_long reads them: combined (-xeu UNIT), with the argument attached (-n50).
    void journalctlShortOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("same");
        const QStringList mastodon{u"-u"_s, u"mastodon"_s};
        QTest::newRow("-xeu") << QStringList{u"-xeu"_s, u"mastodon"_s}
                              << QStringList{u"-u"_s, u"mastodon"_s, u"-n"_s, u"1000"_s};
        QTest::newRow("-eu") << QStringList{u"-eu"_s, u"mastodon"_s} << mastodon;
        QTest::newRow("-n1") << QStringList{u"-n1"_s, u"-u"_s, u"mastodon"_s}
                             << QStringList{u"-n"_s, u"1"_s, u"-u"_s, u"mastodon"_s};
        QTest::newRow("-un") << QStringList{u"-umastodon"_s, u"-n"_s, u"1"_s}
                             << QStringList{u"-u"_s, u"mastodon"_s, u"--lines=1"_s};
        QTest::newRow("-qn 1 --unit=") << QStringList{u"-qn"_s, u"1"_s, u"--unit=mastodon"_s}
                                       << QStringList{u"--lines"_s, u"1"_s, u"-u"_s, u"mastodon"_s};
        QTest::newRow("-ro json")
            << QStringList{u"-ro"_s, u"json"_s, u"-n2"_s, u"-u"_s, u"mastodon"_s}
            << QStringList{u"-r"_s, u"-o"_s, u"json"_s, u"-n"_s, u"2"_s, u"-u"_s, u"mastodon"_s};
    }
    void journalctlShortOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, same);
        const RunResult r = run(QStringList{u"journalctl"_s} + args);
        QVERIFY2(r.exitCode == 0, r.describe());
        const RunResult expected = run(QStringList{u"journalctl"_s} + same);
        QCOMPARE(r.out, expected.out);
        QVERIFY(!r.out.isEmpty());
        QVERIFY2(!r.out.contains(u"-- No entries --"_s), qPrintable(r.out));
        // Only the unit asked for.
        QVERIFY2(!r.out.contains(u"pg-dump-to-s3"_s), qPrintable(r.out));
    }

    void journalctlErrors()
    {
        RunResult r = run({u"journalctl"_s, u"-z"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"journalctl: invalid option -- 'z'\n"_s);
        r = run({u"journalctl"_s, u"-fu"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"journalctl: option requires an argument -- 'u'\n"_s);
        r = run({u"journalctl"_s, u"--since"_s, u"yesteryear"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"Failed to parse timestamp: yesteryear\n"_s);
    }

    // journalctl shows and reads times in the local time zone (TZ here), as the real one does.
    void journalctlLocalTime()
    {
        const QStringList last{u"journalctl"_s, u"-u"_s, u"mastodon"_s, u"-n"_s, u"1"_s};
        const RunResult json = run(last + QStringList{u"-o"_s, u"json"_s});
        const qint64 us = QJsonDocument::fromJson(json.out.toUtf8())
                              .object()
                              .value(u"__REALTIME_TIMESTAMP"_s)
                              .toString()
                              .toLongLong();
        QVERIFY2(us > 0, qPrintable(json.out));
        // UTC+9 (POSIX TZ: "UTC-9"); the entry's second, in that zone and in UTC.
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::UTC);
        const QString tokyo = when.toOffsetFromUtc(9 * 3600).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        // --until takes whole seconds: the second after the entry's.
        const QDateTime after = when.addSecs(1);
        const QString tokyoAfter = after.toOffsetFromUtc(9 * 3600).toString(
            u"yyyy-MM-dd HH:mm:ss"_s);
        const QString utcAfter = after.toString(u"yyyy-MM-dd HH:mm:ss"_s);
        const QStringList inTokyo{u"env"_s, u"TZ=UTC-9"_s};
        RunResult r = run(inTokyo + last + QStringList{u"-o"_s, u"short-iso"_s});
        QVERIFY2(r.out.startsWith(when.toOffsetFromUtc(9 * 3600).toString(u"yyyy-MM-dd'T'HH:mm:ss"_s)
                                  + u"+09:00 lab "_s),
                 qPrintable(r.out));
        r = run(inTokyo + last + QStringList{u"--utc"_s, u"-o"_s, u"short-iso"_s});
        QVERIFY2(r.out.startsWith(when.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + u"+00:00 lab "_s),
                 qPrintable(r.out));
        // --since/--until read a time without a zone as local time; "… UTC" as UTC.
        const QString entry = u"\"__REALTIME_TIMESTAMP\":\""_s + QString::number(us) + u'"';
        const QStringList all{u"journalctl"_s, u"-u"_s, u"mastodon"_s, u"-o"_s, u"json"_s};
        r = run(inTokyo + all + QStringList{u"--since"_s, tokyo});
        QVERIFY2(r.out.contains(entry), qPrintable(r.out + r.err));
        r = run(inTokyo + all + QStringList{u"-S"_s, tokyo, u"--until"_s, tokyoAfter});
        QVERIFY2(r.out.contains(entry), qPrintable(r.out + r.err));
        // The UTC wall-clock text read as Tokyo time is 9 hours before the entry.
        r = run(inTokyo + all + QStringList{u"--until"_s, utcAfter});
        QVERIFY2(!r.out.contains(entry), qPrintable(r.out));
        r = run(inTokyo + all + QStringList{u"--until"_s, utcAfter + u" UTC"_s});
        QVERIFY2(r.out.contains(entry), qPrintable(r.out + r.err));
    }

    void dfShortOptions()
    {
        RunResult r = run({u"df"_s, u"-hT"_s, u"/opt"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.out, run({u"df"_s, u"-T"_s, u"-h"_s, u"/opt"_s}).out);
        QCOMPARE(r.out, run({u"df"_s, u"--print-type"_s, u"--human"_s, u"/opt"_s}).out);
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(QRegularExpression(u"^Filesystem +Type +Size +Used +Avail +Use% +Mounted on$"_s)
                     .match(lines.at(0))
                     .hasMatch(),
                 qPrintable(lines.at(0)));
        QVERIFY2(QRegularExpression(u"^/dev/mapper/vg0-opt ext4 +\\d+G +\\d+G +\\d+G +\\d+% /opt$"_s)
                     .match(lines.at(1))
                     .hasMatch(),
                 qPrintable(lines.at(1)));
        r = run({u"df"_s, u"-hPx"_s, u"tmpfs"_s});
        QVERIFY(r.out.startsWith(u"Filesystem "_s));
        QVERIFY(r.out.contains(u" Capacity Mounted on\n"_s));
        QVERIFY(!r.out.contains(u"tmpfs"_s));
        QVERIFY(r.out.contains(u"/dev/mapper/vg0-opt "_s));
        r = run({u"df"_s, u"-i"_s, u"/opt"_s});
        QVERIFY2(r.out.startsWith(u"Filesystem "_s)
                     && r.out.contains(
                         QRegularExpression(u" Inodes +IUsed +IFree IUse% Mounted on\n"_s)),
                 qPrintable(r.out));
        r = run({u"df"_s, u"-hz"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"df: invalid option -- 'z'\nTry 'df --help' for more information.\n"_s);
    }

    // Relative times as systemd's format_timestamp_relative(): years of 365.25 days, months of
    // 30.44 days, "1 year" but "2 years".
    void systemctlRelativeTimes_data()
    {
        QTest::addColumn<double>("daysAgo");
        QTest::addColumn<QString>("shown");
        QTest::newRow("730.3 days: under two years of 365.25")
            << 730.3 << u"1 year 11 months ago"_s;
        QTest::newRow("60.5 days: under two months of 30.44") << 60.5 << u"1 month 30 days ago"_s;
        QTest::newRow("9 days") << 9.2 << u"1 week 2 days ago"_s;
        QTest::newRow("3 days") << 3.5 << u"3 days ago"_s;
    }
    void systemctlRelativeTimes()
    {
        QFETCH(double, daysAgo);
        QFETCH(QString, shown);
        QFile state(m_lab + u"/state/units/certbot.service.json"_s);
        QVERIFY(state.open(QIODevice::ReadWrite));
        const QByteArray saved = state.readAll();
        QJsonObject unit = QJsonDocument::fromJson(saved).object();
        unit.insert(u"since"_s,
                    double(QDateTime::currentMSecsSinceEpoch()) / 1000.0 - daysAgo * 86400.0);
        state.resize(0);
        state.write(QJsonDocument(unit).toJson());
        state.close();
        const RunResult r = run({u"systemctl"_s, u"status"_s, u"certbot.service"_s});
        QVERIFY(state.open(QIODevice::WriteOnly | QIODevice::Truncate));
        state.write(saved);
        state.close();
        const QString active = r.out.section(u'\n', 2, 2);
        QVERIFY2(active.startsWith(u"     Active: inactive (dead) since "_s), qPrintable(r.out));
        QVERIFY2(active.endsWith(u"; "_s + shown), qPrintable(active));
    }

    // journalctl -f streams entries as the unit writes them; cancel() stops the remote process. Without
    // a PTY the command execs (the TERM signal reaches it), with a PTY the hang-up stops it.
    void journalFollowAndCancel_data()
    {
        QTest::addColumn<bool>("pty");
        QTest::newRow("exec, signal") << false;
        QTest::newRow("pty, hang-up") << true;
    }
    void journalFollowAndCancel()
    {
        QFETCH(bool, pty);
        const QStringList argv{u"journalctl"_s,
                               u"-f"_s,
                               u"-n"_s,
                               u"1"_s,
                               u"-u"_s,
                               u"media-cleanup.service"_s,
                               u"-o"_s,
                               u"json"_s};
        const QString pattern = u"bin/[j]ournalctl -f -n 1 -u media-cleanup.service"_s;
        Ssh::CommandOptions options;
        options.pty = pty;
        std::unique_ptr<Follow> f = follow((pty ? QString() : u"exec "_s).toUtf8()
                                               + Ssh::commandLine(argv).toUtf8(),
                                           options);
        // The last entry comes first, then what the unit writes while we follow.
        QTRY_VERIFY_WITH_TIMEOUT(!f->lines().isEmpty(), 10000);
        QVERIFY(remoteRuns(pattern));
        const RunResult start = run({u"systemctl"_s, u"start"_s, u"media-cleanup.service"_s});
        QVERIFY2(start.exitCode == 0, start.describe());
        QTRY_VERIFY2_WITH_TIMEOUT(f->out.contains("Removed 1417 media attachments"),
                                  f->out.constData(),
                                  10000);
        QVERIFY(f->lines().size() >= 3);
        for (const QString &line : f->lines()) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QCOMPARE(o.value(u"_SYSTEMD_UNIT"_s).toString(), u"media-cleanup.service"_s);
            QVERIFY(!o.value(u"MESSAGE"_s).toString().isEmpty());
            QVERIFY(o.value(u"__REALTIME_TIMESTAMP"_s).toString().toLongLong() > 1600000000000000LL);
        }
        QVERIFY(!f->done());
        cancelStopsIt(*f);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(remoteGone(pattern), "journalctl -f still runs on the lab");
        QCOMPARE(m_session->state(), Ssh::Session::State::Ready);
    }

    // Many commands at once over the one connection, as panels refreshing together do: as many as
    // OpenSSH's default MaxSessions (10), which the lab's sshd keeps, like a production server.
    void parallelCommands()
    {
        QList<std::shared_ptr<Follow>> commands;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 10; ++i)
            commands.append(
                follow(Ssh::commandLine(QStringList{u"systemctl"_s, u"is-active"_s, u"mastodon"_s})
                           .toUtf8()));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(commands.cbegin(),
                                             commands.cend(),
                                             [](const std::shared_ptr<Follow> &f) {
                                                 return f->done();
                                             }),
                                 30000);
        for (const std::shared_ptr<Follow> &f : std::as_const(commands)) {
            QVERIFY2(f->finished, qPrintable(f->error));
            QCOMPARE(f->out, QByteArray("active\n"));
            QCOMPARE(f->command->exitCode(), 0);
        }
        qInfo("10 commands in parallel: %lld ms", t.elapsed());
    }

    void disks()
    {
        RunResult r = run({u"df"_s, u"-h"_s, u"/opt"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(QRegularExpression(u"^Filesystem +Size +Used +Avail +Use% +Mounted on$"_s)
                    .match(lines.at(0))
                    .hasMatch());
        QVERIFY(QRegularExpression(u"^/dev/mapper/vg0-opt +\\d+G +\\d+G +\\d+G +\\d+% /opt$"_s)
                    .match(lines.at(1))
                    .hasMatch());
        r = run({u"df"_s, u"-P"_s, u"/opt"_s});
        lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(QRegularExpression(
                     u"^Filesystem +1024-blocks +Used +Available +Capacity +Mounted on$"_s)
                     .match(lines.at(0))
                     .hasMatch(),
                 qPrintable(lines.at(0)));
        QVERIFY2(QRegularExpression(u"^/dev/mapper/vg0-opt +\\d+ +\\d+ +\\d+ +\\d+% /opt$"_s)
                     .match(lines.at(1))
                     .hasMatch(),
                 qPrintable(lines.at(1)));
        r = run({u"df"_s, u"--output=source,size,used,avail,pcent,target"_s});
        QVERIFY(r.out.contains(u"/dev/mapper/vg0-root1"_s));
        r = run({u"lsblk"_s, u"-J"_s});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        const QJsonArray devices = doc.object().value(u"blockdevices"_s).toArray();
        QVERIFY(!devices.isEmpty());
        const QJsonObject sda = devices.at(0).toObject();
        QCOMPARE(sda.value(u"name"_s).toString(), u"sda"_s);
        QVERIFY(sda.value(u"mountpoints"_s).isArray()); // util-linux 2.38+
        const QJsonArray lvs
            = sda.value(u"children"_s).toArray().last().toObject().value(u"children"_s).toArray();
        QStringList names;
        QStringList mounts;
        for (const QJsonValue &v : lvs) {
            names.append(v.toObject().value(u"name"_s).toString());
            mounts.append(v.toObject().value(u"mountpoints"_s).toArray().first().toString());
        }
        QCOMPARE(names, (QStringList{u"vg0-root1"_s, u"vg0-root2"_s, u"vg0-opt"_s}));
        QCOMPARE(mounts.at(0), u"/"_s);
        QCOMPARE(mounts.at(2), u"/opt"_s);
        r = run({u"lsblk"_s});
        QVERIFY(r.out.startsWith(u"NAME "_s));
        QVERIFY(r.out.contains(u"└─vg0-opt "_s));
        r = run({u"lvs"_s, u"--noheadings"_s, u"-o"_s, u"lv_name,vg_name,lv_size"_s});
        lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).simplified(), u"opt vg0 39.00g"_s);
        QCOMPARE(lines.at(1).simplified(), u"root1 vg0 30.00g"_s);
        QCOMPARE(lines.at(2).simplified(), u"root2 vg0 30.00g"_s);
        r = run({u"lvs"_s, u"--reportformat"_s, u"json"_s});
        const QJsonArray lvReport = QJsonDocument::fromJson(r.out.toUtf8())
                                        .object()
                                        .value(u"report"_s)
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(u"lv"_s)
                                        .toArray();
        QCOMPARE(lvReport.size(), 3);
        QCOMPARE(lvReport.first().toObject().value(u"vg_name"_s).toString(), u"vg0"_s);
    }

    // The backup as Steward drives it: start without blocking, follow the journal for progress, then
    // the dump is in the bucket and restores into a scratch database with the same row counts.
    void backupLandsInTheBucketAndRestores()
    {
        const QStringList before = bucketObjects();
        std::unique_ptr<Follow> f = follow("exec "
                                           + Ssh::commandLine(QStringList{u"journalctl"_s,
                                                                          u"-f"_s,
                                                                          u"-n"_s,
                                                                          u"1"_s,
                                                                          u"-u"_s,
                                                                          u"pg-dump-to-s3.service"_s,
                                                                          u"-o"_s,
                                                                          u"json"_s})
                                                 .toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(!f->lines().isEmpty(), 10000);
        const qsizetype already = f->lines().size();
        RunResult r = run({u"systemctl"_s, u"start"_s, u"--no-block"_s, u"pg-dump-to-s3.service"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = run({u"systemctl"_s, u"is-active"_s, u"pg-dump-to-s3.service"_s});
        QCOMPARE(r.out, u"activating\n"_s);
        QCOMPARE(r.exitCode, 3);
        QTRY_VERIFY2_WITH_TIMEOUT(f->out.contains("Upload finished: s3://lab-backups/"),
                                  f->out.constData(),
                                  60000);
        QStringList messages;
        for (const QString &line : f->lines().mid(already)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(!o.isEmpty(), qPrintable(line));
            QCOMPARE(o.value(u"_SYSTEMD_UNIT"_s).toString(), u"pg-dump-to-s3.service"_s);
            messages.append(o.value(u"MESSAGE"_s).toString());
        }
        QVERIFY2(messages.contains(u"Dump progress: 50%"_s), qPrintable(messages.join(u'\n')));
        cancelStopsIt(*f);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(remoteGone(u"bin/[j]ournalctl -f -n 1 -u pg-dump-to-s3.service"_s));
        QTRY_COMPARE_WITH_TIMEOUT(run({u"systemctl"_s, u"is-active"_s, u"pg-dump-to-s3"_s}).out,
                                  u"inactive\n"_s,
                                  20000);
        QCOMPARE(
            run({u"systemctl"_s, u"show"_s, u"--value"_s, u"-p"_s, u"Result"_s, u"pg-dump-to-s3"_s})
                .out,
            u"success\n"_s);

        const QStringList after = bucketObjects();
        QCOMPARE(after.size(), before.size() + 1);
        QString name;
        for (const QString &n : after)
            if (!before.contains(n))
                name = n;
        QVERIFY(
            QRegularExpression(u"^mastodon_production-\\d{4}-\\d\\d-\\d\\dT\\d{6}Z\\.dump\\.gz$"_s)
                .match(name)
                .hasMatch());
        QVERIFY(lastJournal(u"pg-dump-to-s3.service"_s, 20)
                    .contains(u"Upload finished: s3://lab-backups/"_s + name));

        // Fetch, unpack and restore into a scratch database: same row counts.
        QTemporaryDir work;
        const QString gz = work.filePath(name);
        QCOMPARE(aws({u"s3"_s, u"cp"_s, u"--only-show-errors"_s, u"s3://lab-backups/"_s + name, gz})
                     .exitCode,
                 0);
        QCOMPARE(local(u"gunzip"_s, {gz}, m_procEnv).exitCode, 0);
        const QString dump = gz.chopped(3);
        QVERIFY(QFile::exists(dump));
        QFile dumpFile(dump);
        QVERIFY(dumpFile.open(QIODevice::ReadOnly));
        QCOMPARE(dumpFile.read(5), QByteArray("PGDMP")); // pg_dump -Fc
        dumpFile.close();
        QCOMPARE(sql(u"CREATE DATABASE scratch_restore"_s), u"CREATE DATABASE"_s);
        const Local restore = local(pgTool(u"pg_restore"_s),
                                    {u"-h"_s,
                                     u"127.0.0.1"_s,
                                     u"-p"_s,
                                     m_env.value(u"LAB_PG_PORT"_s),
                                     u"-U"_s,
                                     u"mastodon"_s,
                                     u"-d"_s,
                                     u"scratch_restore"_s,
                                     u"--no-owner"_s,
                                     dump},
                                    m_procEnv);
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        for (const QString &table : {u"accounts"_s,
                                     u"statuses"_s,
                                     u"media_attachments"_s,
                                     u"follows"_s,
                                     u"schema_migrations"_s,
                                     u"ar_internal_metadata"_s}) {
            const QString query = u"SELECT count(*) FROM "_s + table;
            const QString original = sql(query);
            QVERIFY2(original.toInt() > 0, qPrintable(table + u": "_s + original));
            QCOMPARE(sql(query, u"scratch_restore"_s), original);
        }
        QCOMPARE(sql(u"SELECT count(*) FROM accounts"_s), u"2000"_s);
        QCOMPARE(sql(u"SELECT count(*) FROM statuses"_s), u"20000"_s);
        sql(u"DROP DATABASE scratch_restore"_s);
    }

    void faultMigration()
    {
        QCOMPARE(lab({u"fault"_s, u"migration"_s, u"on"_s}).exitCode, 0);
        const QString count = sql(u"SELECT count(*) FROM schema_migrations"_s);
        RunResult r = runLine(
            (u"cd "_s + Ssh::quote(composeDir())
             + u" && cp ../../mastodon/compose/v4.3.0.docker-compose.yml docker-compose.yml"_s)
                .toUtf8());
        QVERIFY2(r.exitCode == 0, r.describe());
        r = compose({u"docker"_s,
                     u"compose"_s,
                     u"run"_s,
                     u"--rm"_s,
                     u"web"_s,
                     u"bundle"_s,
                     u"exec"_s,
                     u"rails"_s,
                     u"db:migrate"_s});
        QCOMPARE(r.exitCode, 1);
        // The first pending migration is announced, then Rails' failure text.
        QVERIFY2(QRegularExpression(u"^== \\d{14} [A-Z]\\w+: migrating =+\n$"_s)
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(r.out));
        QVERIFY(r.err.contains(
            u"StandardError: An error has occurred, this and all later migrations canceled"_s));
        QVERIFY(r.err.contains(u"Tasks: TOP => db:migrate"_s));
        QCOMPARE(sql(u"SELECT count(*) FROM schema_migrations"_s), count);
        QCOMPARE(lab({u"fault"_s, u"migration"_s, u"off"_s}).exitCode, 0);
    }

    // docker-compose.yml says v4.3.0 now (faultMigration) and nothing is pulled yet: a full disk fails
    // the pull and the backup.
    void faultDiskFull()
    {
        QCOMPARE(lab({u"fault"_s, u"disk-full"_s, u"on"_s}).exitCode, 0);
        RunResult r = run({u"df"_s, u"/opt"_s});
        QVERIFY2(r.out.contains(QRegularExpression(u" 0 +100% /opt\n"_s)), qPrintable(r.out));
        r = run({u"df"_s, u"-h"_s, u"/opt"_s});
        QVERIFY2(r.out.contains(QRegularExpression(u" 0 +100% /opt\n"_s)), qPrintable(r.out));
        r = compose({u"docker"_s, u"compose"_s, u"pull"_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"failed to register layer: "_s)
                     && r.err.contains(u": no space left on device\n"_s),
                 qPrintable(r.err));
        const QStringList before = bucketObjects();
        r = run({u"systemctl"_s, u"start"_s, u"pg-dump-to-s3.service"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"Job for pg-dump-to-s3.service failed"_s));
        QCOMPARE(run({u"systemctl"_s, u"is-active"_s, u"pg-dump-to-s3"_s}).out, u"failed\n"_s);
        QCOMPARE(
            run({u"systemctl"_s, u"show"_s, u"--value"_s, u"-p"_s, u"Result"_s, u"pg-dump-to-s3"_s})
                .out,
            u"exit-code\n"_s);
        QVERIFY(lastJournal(u"pg-dump-to-s3"_s, 10).contains(u"No space left on device"_s));
        QCOMPARE(bucketObjects(), before);
        QCOMPARE(lab({u"fault"_s, u"disk-full"_s, u"off"_s}).exitCode, 0);
        QVERIFY(!run({u"df"_s, u"/opt"_s}).out.contains(u"100%"_s));
    }

    void upgradeChangesTheVersion()
    {
        // docker-compose.yml already says v4.3.0 (faultMigration); pull, migrate (pre, then post), up -d.
        const QStringList tootctl{u"docker"_s,
                                  u"compose"_s,
                                  u"exec"_s,
                                  u"web"_s,
                                  u"tootctl"_s,
                                  u"version"_s};
        QCOMPARE(compose(tootctl).out, u"4.2.10\n"_s);
        RunResult r = compose({u"docker"_s, u"compose"_s, u"pull"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.err.contains(u" web Pulled"_s) || r.err.contains(u" web Skipped"_s));
        QVERIFY(r.err.contains(u"Pull complete"_s));
        // Pulled, not recreated: still the old version running.
        QCOMPARE(compose(tootctl).out, u"4.2.10\n"_s);
        const int before = sql(u"SELECT count(*) FROM schema_migrations"_s).toInt();
        r = compose({u"docker"_s,
                     u"compose"_s,
                     u"run"_s,
                     u"--rm"_s,
                     u"-e"_s,
                     u"SKIP_POST_DEPLOYMENT_MIGRATIONS=true"_s,
                     u"web"_s,
                     u"bundle"_s,
                     u"exec"_s,
                     u"rails"_s,
                     u"db:migrate"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        static const QRegularExpression migrating(u"^== \\d{14} [A-Z]\\w+: migrating =*$"_s,
                                                  QRegularExpression::MultilineOption);
        static const QRegularExpression
            migrated(u"^== \\d{14} [A-Z]\\w+: migrated \\(\\d+\\.\\d{4}s\\) =*$"_s,
                     QRegularExpression::MultilineOption);
        // v4.2.10..v4.3.0 adds 40 migrations and 10 post-deployment migrations upstream.
        QCOMPARE(r.out.count(migrating), 40);
        QCOMPARE(r.out.count(migrated), 40);
        for (const QString &line : r.out.split(u'\n'))
            if (line.startsWith(u"== "_s))
                QVERIFY(line.size() == 79 || (line.size() > 79 && line.endsWith(u' ')));
        QVERIFY(r.out.contains(u"== 20231006183200 AddUrlToPreviewCardsStatuses: migrating"_s));
        QCOMPARE(sql(u"SELECT count(*) FROM schema_migrations"_s).toInt(), before + 40);
        r = compose({u"docker"_s, u"compose"_s, u"up"_s, u"-d"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.err.contains(u"Container mastodon-web-1  Recreated"_s));
        QCOMPARE(compose(tootctl).out, u"4.3.0\n"_s);
        QCOMPARE(deployedVersion(), u"4.3.0"_s);
        r = compose({u"docker"_s,
                     u"compose"_s,
                     u"run"_s,
                     u"--rm"_s,
                     u"web"_s,
                     u"bundle"_s,
                     u"exec"_s,
                     u"rails"_s,
                     u"db:migrate"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.out.count(migrating), 10);
        QCOMPARE(sql(u"SELECT count(*) FROM schema_migrations"_s).toInt(), before + 50);
        r = compose({u"docker"_s, u"compose"_s, u"ps"_s, u"--format"_s, u"json"_s});
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            const QString service = o.value(u"Service"_s).toString();
            if (service == u"web"_s || service == u"sidekiq"_s)
                QCOMPARE(o.value(u"Image"_s).toString(), u"ghcr.io/mastodon/mastodon:v4.3.0"_s);
            else if (service == u"streaming"_s)
                QCOMPARE(o.value(u"Image"_s).toString(),
                         u"ghcr.io/mastodon/mastodon-streaming:v4.3.0"_s);
            QCOMPARE(o.value(u"State"_s).toString(), u"running"_s);
        }
    }

    void faultUpload()
    {
        QCOMPARE(lab({u"fault"_s, u"upload"_s, u"on"_s}).exitCode, 0);
        const QStringList before = bucketObjects();
        const RunResult r = run({u"systemctl"_s, u"start"_s, u"pg-dump-to-s3.service"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"Job for pg-dump-to-s3.service failed"_s));
        const QString journal = lastJournal(u"pg-dump-to-s3"_s, 12);
        QVERIFY2(journal.contains(u"Could not connect to the endpoint URL"_s), qPrintable(journal));
        QVERIFY(journal.contains(u"Failed with result 'exit-code'"_s));
        QCOMPARE(run({u"systemctl"_s, u"is-active"_s, u"pg-dump-to-s3"_s}).out, u"failed\n"_s);
        QCOMPARE(bucketObjects(), before);
        QCOMPARE(lab({u"fault"_s, u"upload"_s, u"off"_s}).exitCode, 0);
        // Cleared: the next backup lands.
        QCOMPARE(run({u"systemctl"_s, u"start"_s, u"pg-dump-to-s3.service"_s}).exitCode, 0);
        QCOMPARE(bucketObjects().size(), before.size() + 1);
    }

    // A slow command keeps its channel busy and silent for longer than the keepalive's silence limit:
    // the session stays Ready (keepalive answers count), and the same connection serves others meanwhile.
    void faultSlow()
    {
        QCOMPARE(lab({u"fault"_s, u"slow"_s, u"on"_s}).exitCode, 0);
        QSignalSpy states(m_session.get(), &Ssh::Session::stateChanged);
        QElapsedTimer t;
        t.start();
        std::unique_ptr<Follow> slow = follow(
            Ssh::commandLine(QStringList{u"systemctl"_s, u"is-active"_s, u"mastodon"_s}).toUtf8());
        const RunResult quick = run({u"echo"_s, u"meanwhile"_s});
        QCOMPARE(quick.out, u"meanwhile\n"_s);
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!slow->done());
        QTRY_VERIFY_WITH_TIMEOUT(slow->done(), SlowSeconds * 1000 + 10000);
        QVERIFY2(slow->finished, qPrintable(slow->error));
        QCOMPARE(slow->out, QByteArray("active\n"));
        QVERIFY2(t.elapsed() >= SlowSeconds * 1000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(m_session->state(), Ssh::Session::State::Ready);
        QCOMPARE(states.count(), 0);
        QCOMPARE(lab({u"fault"_s, u"slow"_s, u"off"_s}).exitCode, 0);
        t.restart();
        QCOMPARE(run({u"systemctl"_s, u"is-active"_s, u"mastodon"_s}).out, u"active\n"_s);
        QVERIFY(t.elapsed() < 2000);
    }

    // Everything so far went over the one connection made in initTestCase.
    void oneConnection()
    {
        QCOMPARE(acceptedConnections(), 1);
        QCOMPARE(m_session->state(), Ssh::Session::State::Ready);
        QCOMPARE(m_hostKeyQuestions->count(), 0);
        QCOMPARE(m_secretQuestions->count(), 0);
    }

    // sshd goes away: the session says Lost within its keepalive interval, a follower fails with it;
    // connecting is refused while the fault is on and works again once it is off.
    void faultSshd()
    {
        QCOMPARE(m_session->state(), Ssh::Session::State::Ready);
        std::unique_ptr<Follow> f = follow(
            "exec "
            + Ssh::commandLine(QStringList{u"journalctl"_s, u"-f"_s, u"-u"_s, u"mastodon"_s})
                  .toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(!f->out.isEmpty(), 10000);
        QSignalSpy states(m_session.get(), &Ssh::Session::stateChanged);
        QSignalSpy errors(m_session.get(), &Ssh::Session::errorOccurred);
        QElapsedTimer t;
        qint64 lostAt = -1;
        connect(m_session.get(),
                &Ssh::Session::stateChanged,
                f->command,
                [&](Ssh::Session::State state) {
                    if (state == Ssh::Session::State::Lost && lostAt < 0)
                        lostAt = t.elapsed();
                });
        t.start();
        QCOMPARE(lab({u"fault"_s, u"sshd"_s, u"on"_s}).exitCode, 0);
        const qint64 goneAt = t.elapsed(); // sshd and its connections are gone by now
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(),
                                  Ssh::Session::State::Lost,
                                  KeepaliveSeconds * 1000 + 1000);
        qInfo("Lost %lld ms after the fault started, %lld ms after it was done (keepalive %d s)",
              lostAt,
              lostAt - goneAt,
              KeepaliveSeconds);
        QVERIFY2(lostAt - goneAt <= KeepaliveSeconds * 1000,
                 qPrintable(QString::number(lostAt - goneAt)));
        QCOMPARE(states.last().first().value<Ssh::Session::State>(), Ssh::Session::State::Lost);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(m_session->errorString().contains(u"lost"_s), qPrintable(m_session->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(f->done(), 5000);
        QVERIFY(f->failed);
        QCOMPARE(f->command->state(), Ssh::Command::State::Failed);
        // A command on a lost session fails at once, with the session's error.
        RunResult r = run({u"true"_s}, 5000);
        QCOMPARE(r.exitCode, -1);
        QCOMPARE(r.error, m_session->errorString());

        // Reconnecting while sshd is away: refused, a clear error.
        m_session->connectToHost();
        QVERIFY(!settle());
        QCOMPARE(m_session->state(), Ssh::Session::State::Lost);
        QVERIFY2(m_session->errorString().contains(u"refused"_s),
                 qPrintable(m_session->errorString()));
        QCOMPARE(lab({u"status"_s}).exitCode, 1);
        // start while the fault is on (steward --lab does it): it succeeds, says why sshd is away,
        // and leaves it away.
        const Local started = lab({u"start"_s});
        QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        QVERIFY2(started.out.contains(u"the sshd fault is on"_s), qPrintable(started.out));
        QVERIFY2(started.out.contains(
                     QRegularExpression(u"^sshd +down "_s, QRegularExpression::MultilineOption)),
                 qPrintable(started.out));
        m_session->connectToHost();
        QVERIFY(!settle());
        QVERIFY2(m_session->errorString().contains(u"refused"_s),
                 qPrintable(m_session->errorString()));

        QCOMPARE(lab({u"fault"_s, u"sshd"_s, u"off"_s}).exitCode, 0);
        QCOMPARE(lab({u"status"_s}).exitCode, 0);
        m_session->connectToHost();
        QVERIFY2(settle(), qPrintable(m_session->errorString()));
        r = run({u"echo"_s, u"back"_s});
        QCOMPARE(r.out, u"back\n"_s);
        QCOMPARE(acceptedConnections(), 2);
        QCOMPARE(m_hostKeyQuestions->count(), 0);
        QCOMPARE(m_secretQuestions->count(), 0);
        QVERIFY(!QFile::exists(stewardKnownHosts()));
    }

    void stopLeavesNoProcess()
    {
        // Bystanders that name the lab without being the lab's: the user's own processes with
        // STEWARD_LAB_DIR in their environment, a lab file open or on their command line.
        QProcess tail;
        tail.setProcessEnvironment(m_procEnv);
        tail.start(u"tail"_s, {u"-f"_s, m_lab + u"/log/sshd.log"_s});
        QProcess less;
        less.setProcessEnvironment(m_procEnv);
        less.start(u"bash"_s,
                   {u"-c"_s, u"exec -a \"less $1\" sleep 600"_s, u"bash"_s, m_lab + u"/lab.env"_s});
        QVERIFY(tail.waitForStarted() && less.waitForStarted());
        const QStringList bystanders{QString::number(tail.processId()),
                                     QString::number(less.processId())};
        auto labOnly = [this, &bystanders] {
            QStringList found;
            for (const QString &p : labProcesses())
                if (!bystanders.contains(p.section(u' ', 0, 0)))
                    found.append(p);
            return found;
        };
        QTRY_VERIFY(labProcesses().size() > labOnly().size()); // the check does see them

        // A follower left running on the lab (as a user who closes the laptop would), and a unit job.
        std::unique_ptr<Follow> f = follow(
            "exec " + Ssh::commandLine(QStringList{u"journalctl"_s, u"-f"_s}).toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(!f->out.isEmpty(), 10000);
        QCOMPARE(run({u"systemctl"_s, u"start"_s, u"--no-block"_s, u"pg-dump-to-s3.service"_s})
                     .exitCode,
                 0);
        // The check sees sshd's connections too (the listener and at least our connection's).
        const QStringList running = labOnly();
        QVERIFY2(running.filter(QRegularExpression(u" sshd(-session)?$"_s)).size() >= 2,
                 qPrintable(running.join(u", "_s)));
        Local r = lab({u"stop"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The follower was killed or its connection dropped; either way the session notices.
        QTRY_VERIFY_WITH_TIMEOUT(f->done(), KeepaliveSeconds * 1000 + 2000);
        QVERIFY2(f->failed || !f->command->exitSignal().isEmpty(), f->out.right(200).constData());
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(),
                                  Ssh::Session::State::Lost,
                                  KeepaliveSeconds * 1000 + 1000);
        QCOMPARE(labOnly(), QStringList());
        QVERIFY(lab({u"status"_s}).exitCode != 0);
        // The bystanders are still there.
        QCOMPARE(tail.state(), QProcess::Running);
        QCOMPARE(less.state(), QProcess::Running);

        // start with the sshd fault on, from a stopped lab: the rest comes up, start succeeds.
        QCOMPARE(lab({u"fault"_s, u"sshd"_s, u"on"_s}).exitCode, 0);
        r = lab({u"start"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"the sshd fault is on"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(
                     QRegularExpression(u"^postgres +up "_s, QRegularExpression::MultilineOption))
                     && r.out.contains(
                         QRegularExpression(u"^s3 +up "_s, QRegularExpression::MultilineOption))
                     && r.out.contains(QRegularExpression(u"^sshd +down "_s,
                                                          QRegularExpression::MultilineOption)),
                 qPrintable(r.out));
        QCOMPARE(lab({u"fault"_s, u"sshd"_s, u"off"_s}).exitCode, 0);
        QCOMPARE(lab({u"status"_s}).exitCode, 0);
        // The backup stop killed failed (it is not "activating" for ever); a start runs it again.
        m_session->connectToHost();
        QVERIFY2(settle(), qPrintable(m_session->errorString()));
        QCOMPARE(run({u"systemctl"_s, u"is-active"_s, u"pg-dump-to-s3"_s}).out, u"failed\n"_s);
        const RunResult backup = run({u"systemctl"_s, u"start"_s, u"pg-dump-to-s3.service"_s});
        QVERIFY2(backup.exitCode == 0, backup.describe());
        QVERIFY(lastJournal(u"pg-dump-to-s3"_s, 3).contains(u"Upload finished: "_s));
        r = lab({u"stop"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(),
                                  Ssh::Session::State::Lost,
                                  KeepaliveSeconds * 3000
                                      + 2000); // a missed keepalive or two, and a loaded machine
        QCOMPARE(labOnly(), QStringList());
        QCOMPARE(tail.state(), QProcess::Running);
        QCOMPARE(less.state(), QProcess::Running);
        tail.kill();
        less.kill();
        tail.waitForFinished();
        less.waitForFinished();

        // reset removes the state; start after it is a clean lab again (checked by the next run's start).
        QCOMPARE(lab({u"reset"_s}).exitCode, 0);
        QVERIFY(!QFile::exists(m_lab + u"/lab.env"_s));
    }
};

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
