// SPDX-License-Identifier: GPL-3.0-or-later
// A lab in a temporary directory for the backup tests and the benchmark: started with lab/steward-lab,
// its inventory entry (with its backup settings) read with Steward's parser, one SessionPool that trusts
// the lab's host key, local processes (aws, psql, steward-lab) waited for in an event loop so that the
// sessions keep being served.
#pragma once

#include "core/inventory/inventory.h"
#include "core/servers/sessionpool.h"
#include "core/ssh/session.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace Steward::Testing {

struct Local
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString text() const { return QString::fromUtf8(out + err); }
};

inline Local runLocal(const QString &program,
                      const QStringList &args,
                      const QProcessEnvironment &env,
                      const QByteArray &input = {},
                      int timeoutMs = 300000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    p.start(program, args);
    if (!input.isEmpty() && p.waitForStarted()) {
        p.write(input);
    }
    p.closeWriteChannel();
    if (p.state() != QProcess::NotRunning || p.error() != QProcess::FailedToStart)
        loop.exec();
    Local r;
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err += p.readAllStandardError();
    return r;
}

inline QString pgTool(const QString &tool)
{
    const QStringList dirs = QDir(QStringLiteral("/usr/lib/postgresql"))
                                 .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (qsizetype i = dirs.size() - 1; i >= 0; --i) {
        const QString path = QStringLiteral("/usr/lib/postgresql/") + dirs.at(i)
                             + QStringLiteral("/bin/") + tool;
        if (QFile::exists(path))
            return path;
    }
    return tool;
}

class LabFixture
{
public:
    QTemporaryDir tmp;
    QString lab;
    QHash<QString, QString> env;
    QProcessEnvironment procEnv;
    Server server;
    std::unique_ptr<Ssh::SessionPool> pool;

    // Starts the lab; an empty string when it worked, else why not.
    QString start(int accounts, int statuses, int backupSeconds = 2)
    {
        if (!tmp.isValid())
            return QStringLiteral("no temporary directory");
        QFile::setPermissions(tmp.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                  | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                  | QFile::ExeOther);
        lab = tmp.path() + QStringLiteral("/lab");
        procEnv = QProcessEnvironment::systemEnvironment();
        procEnv.insert(QStringLiteral("STEWARD_LAB_DIR"), lab);
        procEnv.insert(QStringLiteral("STEWARD_LAB_ACCOUNTS"), QString::number(accounts));
        procEnv.insert(QStringLiteral("STEWARD_LAB_STATUSES"), QString::number(statuses));
        procEnv.insert(QStringLiteral("STEWARD_LAB_BACKUP_SECONDS"), QString::number(backupSeconds));
        const Local r = control({QStringLiteral("start")});
        if (r.exitCode != 0)
            return QStringLiteral("steward-lab start failed: ") + r.text();
        QFile f(lab + QStringLiteral("/lab.env"));
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("no lab.env");
        for (const QByteArray &line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        QFile inv(lab + QStringLiteral("/inventory.yaml"));
        if (!inv.open(QIODevice::ReadOnly))
            return QStringLiteral("no inventory");
        const auto servers = Inventory::parse(inv.readAll());
        if (!servers || servers->isEmpty())
            return QStringLiteral("inventory: ")
                   + (servers ? QString() : servers.error().toString());
        server = servers->first();
        pool = std::make_unique<Ssh::SessionPool>();
        pool->setSshConfig(SshConfig());
        pool->setKnownHostsFile(server.name, lab + QStringLiteral("/ssh/known_hosts"));
        return {};
    }

    void stop()
    {
        pool.reset();
        if (!lab.isEmpty())
            control({QStringLiteral("stop")});
    }

    Local control(const QStringList &args)
    {
        return runLocal(QStringLiteral("bash"),
                        QStringList{QStringLiteral(STEWARD_SOURCE_DIR "/lab/steward-lab")} + args,
                        procEnv);
    }
    Local aws(const QStringList &args, const QString &secret)
    {
        QProcessEnvironment e = procEnv;
        e.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("lab"));
        e.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secret);
        e.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
        e.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        return runLocal(QStringLiteral("aws"),
                        QStringList{QStringLiteral("--endpoint-url"),
                                    QStringLiteral("http://127.0.0.1:")
                                        + env.value(QStringLiteral("LAB_S3_PORT"))}
                            + args,
                        e);
    }
    Local psql(const QString &sql, const QString &db = QStringLiteral("mastodon_production"))
    {
        return runLocal(pgTool(QStringLiteral("psql")),
                        {QStringLiteral("-X"),
                         QStringLiteral("-At"),
                         QStringLiteral("-h"),
                         QStringLiteral("127.0.0.1"),
                         QStringLiteral("-p"),
                         env.value(QStringLiteral("LAB_PG_PORT")),
                         QStringLiteral("-U"),
                         QStringLiteral("mastodon"),
                         QStringLiteral("-d"),
                         db,
                         QStringLiteral("-c"),
                         sql},
                        procEnv);
    }
};

} // namespace Steward::Testing
