// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/integration/ssh/sshdfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace Steward::Test {

namespace {

QList<qint64> descendants(qint64 root)
{
    QList<qint64> result;
    QList<qint64> parents{root};
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
    QList<std::pair<qint64, qint64>> table; // pid, ppid
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(u"/proc/"_s + entry + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1)
            table.append({pid, fields.at(1).toLongLong()});
    }
    while (!parents.isEmpty()) {
        const qint64 parent = parents.takeFirst();
        for (const auto &[pid, ppid] : std::as_const(table)) {
            if (ppid == parent && !result.contains(pid)) {
                result.append(pid);
                parents.append(pid);
            }
        }
    }
    return result;
}

} // namespace

SshdFixture::SshdFixture() = default;

SshdFixture::~SshdFixture()
{
    stop();
}

QByteArray SshdFixture::runLocal(const QString &program,
                                 const QStringList &args,
                                 const QByteArray &input)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        m_error = program + u" did not start: "_s + process.errorString();
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = program + u" failed: "_s + QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    QByteArray out = process.readAllStandardOutput();
    return out.isEmpty() ? QByteArray("\n") : out; // non-empty means success
}

bool SshdFixture::ensureUser()
{
    const QString u = user();
    QProcess id;
    id.start(u"id"_s, {u});
    id.waitForFinished();
    if (id.exitCode() != 0) {
        if (runLocal(u"useradd"_s, {u"-m"_s, u"-s"_s, u"/bin/sh"_s, u}).isEmpty())
            return false;
    }
    // A usable (unlocked) password: random per test process, so that password tests have something to
    // check. One for every fixture of the process: they share the user, and a second fixture setting its
    // own would make the first one's password() wrong.
    static QByteArray processPassword;
    if (processPassword.isEmpty()) {
        const QByteArray alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        QByteArray password;
        for (int i = 0; i < 20; ++i)
            password += alphabet.at(int(QRandomGenerator::global()->bounded(alphabet.size())));
        if (runLocal(u"chpasswd"_s, {}, u.toUtf8() + ':' + password + '\n').isEmpty())
            return false;
        processPassword = password;
    }
    m_password = processPassword;
    return true;
}

bool SshdFixture::start(const QStringList &extraConfig)
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary directory"_s;
        return false;
    }
    if (!ensureUser())
        return false;
    const QString d = m_dir.path();
    // The test user reads authorized_keys with its own rights.
    QFile::setPermissions(d,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    QDir().mkpath(u"/run/sshd"_s);
    QStringList hostKeys;
    for (const QString &type : std::as_const(m_hostKeyTypes)) {
        const QString hostKey = d + u"/ssh_host_"_s + type + u"_key"_s;
        QStringList args{u"-q"_s, u"-t"_s, type, u"-N"_s, QString(), u"-f"_s, hostKey};
        if (type == u"rsa")
            args << u"-b"_s << u"3072"_s;
        if (!QFile::exists(hostKey) && runLocal(u"ssh-keygen"_s, args).isEmpty())
            return false;
        hostKeys.append(u"HostKey "_s + hostKey);
    }
    QFile keys(d + u"/authorized_keys"_s);
    if (!keys.exists()) {
        keys.open(QIODevice::WriteOnly);
        keys.close();
    }
    keys.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                        | QFileDevice::ReadGroup);
    if (m_port == 0) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = u"no free port"_s;
            return false;
        }
        m_port = probe.serverPort();
    }
    QStringList config = {
        u"Port %1"_s.arg(m_port),
        u"ListenAddress 127.0.0.1"_s,
        u"PidFile "_s + d + u"/sshd.pid"_s,
        u"AuthorizedKeysFile "_s + d + u"/authorized_keys"_s,
        u"StrictModes no"_s,
        u"UsePAM no"_s,
        u"PubkeyAuthentication yes"_s,
        u"PasswordAuthentication yes"_s,
        u"KbdInteractiveAuthentication yes"_s,
        u"PermitRootLogin no"_s,
        u"AllowUsers "_s + user(),
        u"Subsystem sftp internal-sftp"_s,
        u"MaxSessions 100"_s,
        u"MaxStartups 100"_s,
        u"AllowTcpForwarding yes"_s,
        u"LogLevel VERBOSE"_s,
        // Tests fail authentication on purpose: OpenSSH >= 9.8 would then refuse 127.0.0.1 for a while.
        u"PerSourcePenalties no"_s,
    };
    // sshd takes the first value of a keyword: the caller's lines go first so that they win. (HostKey
    // accumulates: every type asked for is offered.)
    config = extraConfig + hostKeys + config;
    QFile file(d + u"/sshd_config"_s);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = u"cannot write sshd_config"_s;
        return false;
    }
    file.write(config.join(u'\n').toUtf8() + '\n');
    file.close();

    m_sshd = std::make_unique<QProcess>();
    m_sshd->setProcessChannelMode(QProcess::SeparateChannels);
    m_sshd->start(u"/usr/sbin/sshd"_s, {u"-D"_s, u"-e"_s, u"-f"_s, file.fileName()});
    if (!m_sshd->waitForStarted(5000)) {
        m_error = u"sshd did not start: "_s + m_sshd->errorString();
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_sshd->state() != QProcess::Running) {
            m_log += m_sshd->readAllStandardError();
            m_error = u"sshd exited: "_s + QString::fromLocal8Bit(m_log);
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (socket.waitForConnected(200)) {
            socket.disconnectFromHost();
            return true;
        }
        QThread::msleep(50);
    }
    m_error = u"sshd did not listen on port %1"_s.arg(m_port);
    return false;
}

bool SshdFixture::isRunning() const
{
    return m_sshd && m_sshd->state() == QProcess::Running;
}

QList<qint64> SshdFixture::sessionProcesses() const
{
    const qint64 pid = isRunning() ? m_sshd->processId() : 0;
    return pid > 0 ? descendants(pid) : QList<qint64>();
}

void SshdFixture::kill()
{
    if (!m_sshd)
        return;
    const qint64 pid = m_sshd->processId();
    if (pid > 0) {
        for (qint64 child : descendants(pid))
            ::kill(pid_t(child), SIGKILL);
        ::kill(pid_t(pid), SIGKILL);
    }
    m_sshd->waitForFinished(5000);
    m_log += m_sshd->readAllStandardError();
    m_sshd.reset();
}

void SshdFixture::stop()
{
    if (!m_sshd)
        return;
    const qint64 pid = m_sshd->processId();
    const QList<qint64> children = pid > 0 ? descendants(pid) : QList<qint64>();
    m_sshd->terminate();
    if (!m_sshd->waitForFinished(5000))
        m_sshd->kill();
    m_sshd->waitForFinished(2000);
    for (qint64 child : children)
        ::kill(pid_t(child), SIGKILL);
    m_log += m_sshd->readAllStandardError();
    m_sshd.reset();
}

QByteArray SshdFixture::log() const
{
    if (m_sshd)
        m_log += m_sshd->readAllStandardError();
    return m_log;
}

QString SshdFixture::hostKeyPublicFile(const QString &type) const
{
    return m_dir.path() + u"/ssh_host_"_s + type + u"_key.pub"_s;
}

QByteArray SshdFixture::hostKeyBlob(const QString &type) const
{
    QFile file(hostKeyPublicFile(type));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    return fields.size() >= 2 ? QByteArray::fromBase64(fields.at(1)) : QByteArray();
}

QByteArray SshdFixture::knownHostsLine(const QString &type) const
{
    QFile file(hostKeyPublicFile(type));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    return "[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + fields.value(0) + ' '
           + fields.value(1);
}

QString SshdFixture::addClientKey(const QString &name,
                                  const QString &type,
                                  const QByteArray &passphrase,
                                  bool authorize)
{
    const QString path = m_dir.path() + u'/' + name;
    QFile::remove(path);
    QFile::remove(path + u".pub"_s);
    QStringList args
        = {u"-q"_s, u"-t"_s, type, u"-N"_s, QString::fromUtf8(passphrase), u"-f"_s, path};
    if (type == u"rsa")
        args << u"-b"_s << u"3072"_s;
    if (runLocal(u"ssh-keygen"_s, args).isEmpty())
        return {};
    if (authorize) {
        QFile pub(path + u".pub"_s);
        QFile keys(m_dir.path() + u"/authorized_keys"_s);
        if (!pub.open(QIODevice::ReadOnly) || !keys.open(QIODevice::Append))
            return {};
        keys.write(pub.readAll());
    }
    return path;
}

} // namespace Steward::Test
