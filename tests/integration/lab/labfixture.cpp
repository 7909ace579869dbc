// SPDX-License-Identifier: GPL-3.0-or-later
#include "labfixture.h"

#include "core/inventory/inventory.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Steward::Test {

namespace {
const QString kScript = QStringLiteral(STEWARD_SOURCE_DIR "/lab/steward-lab");
const QStringList kFaults{u"migration"_s,
                          u"disk-full"_s,
                          u"upload"_s,
                          u"slow"_s,
                          u"sshd"_s,
                          u"rate-limit"_s};
} // namespace

LabFixture::LabFixture(const QHash<QString, QString> &settings)
{
    m_lab = m_tmp.path() + u"/lab"_s;
    // Under root, PostgreSQL and the sessions run as the lab user, who must reach the lab dir.
    QFile::setPermissions(m_tmp.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    m_procEnv = QProcessEnvironment::systemEnvironment();
    m_procEnv.insert(u"STEWARD_LAB_DIR"_s, m_lab);
    m_procEnv.insert(u"STEWARD_LAB_ACCOUNTS"_s, u"2000"_s);
    m_procEnv.insert(u"STEWARD_LAB_STATUSES"_s, u"20000"_s);
    m_procEnv.insert(u"STEWARD_LAB_BACKUP_SECONDS"_s, u"2"_s);
    m_procEnv.insert(u"STEWARD_LAB_SLOW_SECONDS"_s, u"3"_s);
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        m_procEnv.insert(it.key(), it.value());
}

LabFixture::~LabFixture()
{
    if (m_started)
        stop();
}

bool LabFixture::start()
{
    if (!m_tmp.isValid()) {
        m_error = u"no temporary directory"_s;
        return false;
    }
    const Run r = lab({u"start"_s});
    if (r.exitCode != 0) {
        m_error = u"steward-lab start failed (%1): %2 %3"_s.arg(r.exitCode).arg(r.out, r.err);
        return false;
    }
    m_started = true;
    if (!loadEnv())
        return false;
    QFile f(inventoryPath());
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = u"no inventory at "_s + inventoryPath();
        return false;
    }
    const auto servers = Inventory::parse(f.readAll());
    if (!servers || servers->isEmpty()) {
        m_error = u"the lab's inventory: "_s + (servers ? u"empty"_s : servers.error().message);
        return false;
    }
    m_server = servers->first();
    return true;
}

bool LabFixture::stop()
{
    m_started = false;
    return lab({u"stop"_s}).exitCode == 0;
}

bool LabFixture::loadEnv()
{
    QFile f(m_lab + u"/lab.env"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = u"no lab.env"_s;
        return false;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return true;
}

LabFixture::Run LabFixture::local(const QString &program,
                                  const QStringList &arguments,
                                  const QProcessEnvironment &extra,
                                  int timeoutMs) const
{
    QProcess p;
    QProcessEnvironment env = m_procEnv;
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    // Waits in an event loop so that the test's sessions keep being served (keepalives, state changes).
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
    p.start(program, arguments);
    loop.exec();
    Run r;
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

LabFixture::Run LabFixture::lab(const QStringList &arguments, int timeoutMs) const
{
    return local(u"bash"_s, QStringList{kScript} + arguments, {}, timeoutMs);
}

bool LabFixture::fault(const QString &name, bool on) const
{
    return lab({u"fault"_s, name, on ? u"on"_s : u"off"_s}).exitCode == 0;
}

void LabFixture::clearFaults() const
{
    for (const QString &name : kFaults) {
        if (QFile::exists(m_lab + u"/faults/"_s + name))
            fault(name, false);
    }
}

LabFixture::Run LabFixture::aws(const QStringList &arguments) const
{
    QProcessEnvironment env;
    env.insert(u"AWS_ACCESS_KEY_ID"_s, u"lab"_s);
    env.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"lab"_s);
    env.insert(u"AWS_DEFAULT_REGION"_s, u"us-east-1"_s);
    return local(u"aws"_s,
                 QStringList{u"--endpoint-url"_s,
                             u"http://127.0.0.1:"_s + m_env.value(u"LAB_S3_PORT"_s)}
                     + arguments,
                 env);
}

LabFixture::Run LabFixture::sql(const QString &query, const QString &database) const
{
    return local(pgTool(u"psql"_s),
                 {u"-X"_s,
                  u"-At"_s,
                  u"-h"_s,
                  u"127.0.0.1"_s,
                  u"-p"_s,
                  m_env.value(u"LAB_PG_PORT"_s),
                  u"-U"_s,
                  u"mastodon"_s,
                  u"-d"_s,
                  database,
                  u"-c"_s,
                  query});
}

QString LabFixture::pgTool(const QString &tool)
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

} // namespace Steward::Test
