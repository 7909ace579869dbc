// SPDX-License-Identifier: GPL-3.0-or-later
// One volunteer watching fifty servers: 50 inventory entries on a real local sshd (ten ports, five entries a
// port, each its own SSH session) refreshed at once by the StatusMonitor, against one server alone and against
// the same status commands through 50 `ssh` processes in sequence, all in the same run. The servers' tools are
// one small program printing the lab's real outputs (tests/data/servers), the cheapest a process can be; the
// `ssh` reference runs the very same tools.
//
// Two paces of those tools. At a server's pace, each tool takes about as long as the real one does on a
// server (docker compose ps asks dockerd about every container: 250 ms; lvs scans the devices: 80 ms;
// systemctl show and list-timers 20 and 30 ms; df and lsblk next to nothing), waiting without using this
// machine's CPU, as fifty real servers wait on their own cores: the goals are read there. Instantly,
// fifty sshd sessions, their shells and Steward share this machine's two cores with nothing to wait for:
// the figures show what one machine does when everything is CPU, printed for comparison.
//
// Printed: the times and ratios, the threads and connections used, the channels a refresh opens, and the
// longest stall of the thread the monitor runs on (the GUI thread in the application).
#include "core/servers/batchcommand.h"
#include "core/servers/sessionpool.h"
#include "core/servers/statusmonitor.h"
#include "core/servers/statusrefresh.h"
#include "core/ssh/session.h"
#include "sshdfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <ctime>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Servers;

namespace {

constexpr int ServerCount = 50;
constexpr int Ports = 10;

int threadCount()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// CPU time used so far, in ms: by this process (Steward's side: sessions, channels, parsing), and by the
// whole machine (every core's user, nice, system, irq and softirq time, /proc/stat).
struct CpuTimes
{
    qint64 self = 0;
    qint64 machine = 0;
};

CpuTimes cpuTimes()
{
    CpuTimes t;
    rusage usage{};
    if (::getrusage(RUSAGE_SELF, &usage) == 0)
        t.self = qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
                 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
    QFile stat(u"/proc/stat"_s);
    if (stat.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> f = stat.readLine().simplified().split(
            ' '); // "cpu user nice system ..."
        const long hz = ::sysconf(_SC_CLK_TCK);
        qint64 ticks = 0;
        for (int i : {1, 2, 3, 6, 7})
            ticks += f.value(i).toLongLong();
        t.machine = hz > 0 ? ticks * 1000 / hz : 0;
    }
    return t;
}

int openSockets()
{
    int n = 0;
    for (const QFileInfo &fd : QDir(u"/proc/self/fd"_s).entryInfoList(QDir::System | QDir::Files)) {
        if (fd.symLinkTarget().contains(u"socket:"_s)
            || QFile::symLinkTarget(fd.filePath()).startsWith(u"socket:"_s))
            ++n;
    }
    return n;
}

// The longest gap between ticks of a 5 ms timer on this thread while something runs.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            const qint64 cpu = threadCpuUs();
            if (gap > m_longest) {
                m_longest = gap;
                m_longestCpuUs = cpu - m_lastCpuUs;
            }
            m_lastCpuUs = cpu;
        });
    }
    void start()
    {
        m_longest = 0;
        m_longestCpuUs = 0;
        m_lastCpuUs = threadCpuUs();
        m_clock.start();
        m_timer.start(5);
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_longest;
    }
    // Of the longest gap, the time this thread itself ran (work), in ms; the rest it waited for a core.
    double longestCpuMs() const { return double(m_longestCpuUs) / 1000.0; }

private:
    static qint64 threadCpuUs()
    {
        timespec t{};
        ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    qint64 m_longestCpuUs = 0;
    qint64 m_lastCpuUs = 0;
};

} // namespace

class BenchStatus : public QObject
{
    Q_OBJECT

    Test::SshdFixture m_sshd;
    QString m_key;
    QString m_knownHosts;
    QList<int> m_ports;
    ServerList m_servers;
    QString m_tools;

private Q_SLOTS:
    void initTestCase()
    {
        // The tools: the lab's real outputs, printed by one small program linked under each tool's name
        // (bench_status_tool.cpp), the cheapest a process can be: on a fleet each server runs its tools on
        // its own cores, and here fifty of them share this machine's two with Steward. Paced, a tool sleeps
        // as long as the real one takes on a server.
        m_tools = m_sshd.dir() + u"/tools"_s;
        QVERIFY(QDir().mkpath(m_tools));
        const QString data = QStringLiteral(STEWARD_TEST_DATA "/servers/");
        for (const QString &file : {u"lab-compose-ps-lines.json"_s,
                                    u"lab-systemctl-show.txt"_s,
                                    u"lab-list-timers.txt"_s,
                                    u"lab-df.txt"_s,
                                    u"lab-lsblk.json"_s,
                                    u"lab-lvs.json"_s})
            QVERIFY(QFile::copy(data + file, m_tools + u'/' + file));
        const QString tool = m_tools + u"/bench_status_tool"_s;
        QVERIFY(QFile::copy(QStringLiteral(STEWARD_BENCH_STATUS_TOOL), tool));
        QFile::setPermissions(tool,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                  | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
                                  | QFile::ExeGroup);
        for (const QString &name : {u"docker"_s, u"systemctl"_s, u"df"_s, u"lsblk"_s, u"lvs"_s})
            QVERIFY(QFile::link(u"bench_status_tool"_s, m_tools + u'/' + name));
        QFile::setPermissions(m_sshd.dir(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                  | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
                                  | QFile::ExeGroup);

        // Ten ports on one sshd (OpenSSH listens on at most 16 sockets), five entries a port.
        QStringList config{u"SetEnv PATH=%1:/usr/bin:/bin STEWARD_BENCH_TOOLS=%1"_s.arg(m_tools),
                           u"MaxStartups 200"_s,
                           u"MaxSessions 200"_s};
        QVERIFY2(m_sshd.start(config), qPrintable(m_sshd.errorString()));
        m_ports.append(m_sshd.port());
        for (int i = 1; i < Ports; ++i) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            m_ports.append(probe.serverPort());
        }
        m_sshd.stop();
        for (int i = 1; i < Ports; ++i)
            config.append(u"Port %1"_s.arg(m_ports.at(i)));
        config.append(u"Port %1"_s.arg(m_ports.first()));
        QVERIFY2(m_sshd.start(config), qPrintable(m_sshd.errorString()));
        m_key = m_sshd.addClientKey(u"id_bench"_s);
        m_knownHosts = m_sshd.dir() + u"/known_hosts"_s;
        QFile known(m_knownHosts);
        QVERIFY(known.open(QIODevice::WriteOnly));
        for (int port : m_ports)
            known.write(QByteArray(m_sshd.knownHostsLine())
                            .replace(QByteArray::number(m_sshd.port()), QByteArray::number(port))
                            .trimmed()
                        + '\n');
        known.close();

        for (int i = 0; i < ServerCount; ++i) {
            Server s;
            s.name = u"server-%1"_s.arg(i, 2, 10, QChar(u'0'));
            s.host = u"127.0.0.1"_s;
            s.port = m_ports.at(i % Ports);
            s.user = Test::SshdFixture::user();
            s.identityFile = m_key;
            s.composeDir = u"/"_s;
            m_servers.append(s);
        }
    }

    void fiftyServers_data()
    {
        QTest::addColumn<bool>("paced");
        QTest::newRow("tools at a server's pace") << true;
        QTest::newRow("tools instant, all on this machine's CPU") << false;
    }

    void fiftyServers()
    {
        QFETCH(bool, paced);
        const QString paceFile = m_tools + u"/paced"_s;
        if (paced) {
            QFile mark(paceFile);
            QVERIFY(mark.open(QIODevice::WriteOnly));
        } else {
            QFile::remove(paceFile);
        }
        qInfo("%s", QTest::currentDataTag());
        Ssh::SessionPool pool;
        pool.setSshConfig(SshConfig());
        for (const Server &s : std::as_const(m_servers))
            pool.setKnownHostsFile(s.name, m_knownHosts);
        QNetworkAccessManager network;
        StatusMonitor monitor(&pool, &network);
        monitor.setServers(m_servers);
        StallMeter stall;

        const auto refreshAll = [&](const QStringList &names) {
            QSignalSpy changed(&monitor, &StatusMonitor::statusChanged);
            QElapsedTimer t;
            t.start();
            for (const QString &n : names)
                monitor.refresh(n, true);
            while (changed.size() < names.size() && t.elapsed() < 120000)
                changed.wait(1000);
            return t.elapsed();
        };

        // Connect everything once (not measured: connecting is the SSH bench's subject), then refresh.
        const int threadsBefore = threadCount();
        QStringList all;
        for (const Server &s : std::as_const(m_servers))
            all.append(s.name);
        refreshAll(all);
        for (const QString &n : all) {
            const ServerStatus s = monitor.status(n);
            QVERIFY2(s.servicesState.ok() && s.disksState.ok() && s.timersState.ok(),
                     qPrintable(n + u": "_s + s.connectionError + s.servicesState.error));
        }

        // One server alone (median of 5), then all fifty at once.
        QList<qint64> ones;
        for (int i = 0; i < 5; ++i)
            ones.append(refreshAll({all.first()}));
        std::sort(ones.begin(), ones.end());
        const qint64 one = std::max<qint64>(1, ones.at(2));
        const CpuTimes before = cpuTimes();
        stall.start();
        const qint64 fifty = refreshAll(all);
        const qint64 longestStall = stall.stop();
        const CpuTimes after = cpuTimes();
        const double stewardCpu = double(after.self - before.self);
        const double machineCpu = double(after.machine - before.machine);
        int complete = 0, channels = 0;
        for (const QString &n : all) {
            const ServerStatus s = monitor.status(n);
            complete += (s.servicesState.ok() && s.services.size() == 5 && s.disksState.ok()) ? 1
                                                                                              : 0;
            channels = std::max(channels, s.channelsOpened);
        }
        const int threads = threadCount();
        const int sockets = openSockets();

        // The reference: the same batched command through 50 ssh processes, one after the other.
        const QByteArray line = StatusRefresh::batchFor(m_servers.first()).shellLine();
        QElapsedTimer t;
        t.start();
        int sshOk = 0;
        for (const Server &s : std::as_const(m_servers)) {
            QProcess ssh;
            ssh.start(u"ssh"_s,
                      {u"-i"_s,
                       m_key,
                       u"-o"_s,
                       u"IdentitiesOnly=yes"_s,
                       u"-o"_s,
                       u"UserKnownHostsFile="_s + m_knownHosts,
                       u"-o"_s,
                       u"StrictHostKeyChecking=yes"_s,
                       u"-o"_s,
                       u"BatchMode=yes"_s,
                       u"-p"_s,
                       QString::number(s.port),
                       s.user + u"@127.0.0.1"_s,
                       QString::fromUtf8(line)});
            ssh.waitForFinished(30000);
            sshOk += (ssh.exitCode() == 0 && ssh.readAllStandardOutput().contains("mastodon-web-1"))
                         ? 1
                         : 0;
        }
        const qint64 sequential = t.elapsed();

        qInfo(
            "50 servers refreshed at once: %d of %d complete in %lld ms; one server alone %lld ms "
            "(median of 5)",
            complete,
            ServerCount,
            fifty,
            one);
        qInfo("ratio 50 / one = %.2fx (goal <= 3x)", double(fifty) / double(one));
        qInfo("50 ssh processes in sequence, same commands: %lld ms (%d succeeded)",
              sequential,
              sshOk);
        qInfo("ratio ssh processes / Steward = %.1fx (goal >= 10x)",
              double(sequential) / double(fifty));
        qInfo("threads: %d before connecting, %d after (bounded: one event loop, no thread per "
              "server); "
              "open sockets: %d for %d sessions; at most %d refreshing at once",
              threadsBefore,
              threads,
              sockets,
              ServerCount,
              StatusMonitor::DefaultMaxParallel);
        qInfo("channels opened by one refresh: %d", channels);
        qInfo("CPU time during the 50 refreshes: %.0f ms on this machine's cores, %.0f ms of it "
              "Steward's "
              "(%.0f%%, %.1f ms a refresh); the rest is the servers' side (sshd, shells, tools)",
              machineCpu,
              stewardCpu,
              machineCpu > 0 ? 100.0 * stewardCpu / machineCpu : 0.0,
              stewardCpu / ServerCount);
        qInfo("longest stall of the monitor's thread during the 50 refreshes: %lld ms, of which it "
              "ran "
              "%.1f ms itself (the rest it waited for a core) (goal < 50 ms)",
              longestStall,
              stall.longestCpuMs());

        QCOMPARE(complete, ServerCount);
        QCOMPARE(sshOk, ServerCount);
        QCOMPARE(channels, 1);
        // Timing goals are reported, not asserted: on a loaded 2-core CI machine the absolute figures swing;
        // the figures above are what a reader compares. What must hold whatever the load is asserted.
        // The goals are read at a server's pace (the servers' own work on their own cores); the instant row
        // is the same fleet with every server's work on this machine's two cores, printed for comparison.
        qInfo("%s: 50/one <= 3x %s; ssh/Steward >= 10x %s; stall < 50 ms %s",
              paced ? "goals" : "for comparison (not the goals' setting)",
              double(fifty) <= 3.0 * double(one) ? "met" : "NOT met",
              double(sequential) >= 10.0 * double(fifty) ? "met" : "NOT met",
              longestStall < 50 ? "met" : "NOT met");
        QVERIFY2(threads <= threadsBefore + 4, "threads grew with the servers");
    }
};

QTEST_GUILESS_MAIN(BenchStatus)
#include "bench_status.moc"
