// SPDX-License-Identifier: GPL-3.0-or-later
// The lab end to end: starts lab/steward-lab in a temporary STEWARD_LAB_DIR, talks to it over real SSH
// (OpenSSH's client with the lab's key and known_hosts, BatchMode, StrictHostKeyChecking=yes), checks
// every shim against the formats Steward's parsers read, the backup unit, an upgrade, each fault, and
// that stop leaves no process behind.
#include "core/inventory/inventory.h"
#include "core/ssh/shellquote.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program,
        const QStringList &args,
        const QProcessEnvironment &env,
        int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
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

    Run lab(const QStringList &args)
    {
        return run(u"bash"_s, QStringList{controlScript()} + args, m_procEnv, 180000);
    }
    static QString controlScript() { return QStringLiteral(STEWARD_SOURCE_DIR "/lab/steward-lab"); }
    QString composeDir() const { return m_lab + u"/opt/mastodon"_s; }

    // One command over SSH; argv is quoted with Steward's quoting helper.
    Run ssh(const QStringList &argv, int timeoutMs = 120000)
    {
        return sshRaw(Ssh::commandLine(argv), timeoutMs);
    }
    // A command in the compose directory, as Steward runs it.
    Run sshCompose(const QStringList &argv, int timeoutMs = 120000)
    {
        return sshRaw(u"cd "_s + Ssh::quote(composeDir()) + u" && "_s + Ssh::commandLine(argv),
                      timeoutMs);
    }
    Run sshRaw(const QString &command, int timeoutMs = 120000)
    {
        return run(u"ssh"_s,
                   {u"-i"_s,
                    m_lab + u"/ssh/id_ed25519"_s,
                    u"-o"_s,
                    u"UserKnownHostsFile="_s + m_lab + u"/ssh/known_hosts"_s,
                    u"-o"_s,
                    u"StrictHostKeyChecking=yes"_s,
                    u"-o"_s,
                    u"BatchMode=yes"_s,
                    u"-o"_s,
                    u"ConnectTimeout=10"_s,
                    u"-o"_s,
                    u"GlobalKnownHostsFile=/dev/null"_s,
                    u"-p"_s,
                    m_env.value(u"LAB_SSH_PORT"_s),
                    m_env.value(u"LAB_USER"_s) + u"@127.0.0.1"_s,
                    command},
                   m_procEnv,
                   timeoutMs);
    }
    Run aws(const QStringList &args)
    {
        QProcessEnvironment env = m_procEnv;
        env.insert(u"AWS_ACCESS_KEY_ID"_s, u"lab"_s);
        env.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"lab"_s);
        env.insert(u"AWS_DEFAULT_REGION"_s, u"us-east-1"_s);
        return run(u"aws"_s,
                   QStringList{u"--endpoint-url"_s,
                               u"http://127.0.0.1:"_s + m_env.value(u"LAB_S3_PORT"_s)}
                       + args,
                   env);
    }
    QString sql(const QString &query, const QString &db = u"mastodon_production"_s)
    {
        const Run r = run(pgTool(u"psql"_s),
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
        const Run r = aws({u"s3"_s, u"ls"_s, u"s3://lab-backups/"_s});
        QStringList names;
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts))
            names.append(line.section(u' ', -1));
        return names;
    }
    QString lastJournal(const QString &unit, int lines)
    {
        return ssh({u"journalctl"_s, u"-u"_s, unit, u"-n"_s, QString::number(lines)}).out;
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
    QStringList labProcesses()
    {
        QStringList found;
        const QByteArray marker = m_lab.toUtf8();
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
            if (text.contains(QByteArray(QByteArray("STEWARD_LAB_DIR=") + marker))
                || text.contains(QByteArray(marker + '/')))
                found.append(pid);
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
        m_procEnv.insert(u"STEWARD_LAB_SLOW_SECONDS"_s, u"2"_s);
        const Run r = lab({u"start"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(m_lab + u"/inventory.yaml"_s));
        QVERIFY(r.out.contains(m_lab + u"/ssh/known_hosts"_s));
        loadEnv();
    }

    void cleanupTestCase() { lab({u"stop"_s}); }

    // A failed check must not leave its fault on for the next test.
    void cleanup()
    {
        for (const QString &fault :
             {u"migration"_s, u"disk-full"_s, u"upload"_s, u"slow"_s, u"sshd"_s}) {
            if (QFile::exists(m_lab + u"/faults/"_s + fault))
                lab({u"fault"_s, fault, u"off"_s});
        }
    }

    void inventoryAndHostKey()
    {
        QFile f(m_lab + u"/inventory.yaml"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto servers = Inventory::parse(f.readAll());
        QVERIFY2(servers.ok(), qPrintable(servers.error().message));
        QCOMPARE(servers->size(), 1);
        const Server &s = servers.value().first();
        QCOMPARE(s.name, u"lab"_s);
        QCOMPARE(s.host, u"127.0.0.1"_s);
        QCOMPARE(QString::number(s.port), m_env.value(u"LAB_SSH_PORT"_s));
        QCOMPARE(s.composeDir, composeDir());
        QFile known(m_lab + u"/ssh/known_hosts"_s);
        QVERIFY(known.open(QIODevice::ReadOnly));
        QVERIFY(known.readAll().startsWith(QByteArray(
            "[127.0.0.1]:" + m_env.value(u"LAB_SSH_PORT"_s).toUtf8() + " ssh-ed25519 ")));
        // Strict host key checking: the session works without any question.
        const Run r = ssh({u"echo"_s, u"it's me"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"it's me\n"_s);
        QVERIFY(ssh({u"sh"_s, u"-c"_s, u"command -v docker"_s})
                    .out.startsWith(m_lab + u"/bin/docker"_s));
    }

    void startTwiceReusesTheLab()
    {
        const QString before = m_env.value(u"LAB_SSH_PORT"_s);
        QFile pidFile(m_lab + u"/run/sshd.pid"_s);
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const QByteArray pid = pidFile.readAll();
        pidFile.close();
        const Run r = lab({u"start"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        QCOMPARE(pidFile.readAll(), pid);
        QVERIFY(!r.out.contains(u"creating a new lab"_s));
        QVERIFY(r.out.contains(u"127.0.0.1:"_s + before));
    }

    void composePsTable()
    {
        const Run r = sshCompose({u"docker"_s, u"compose"_s, u"ps"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        static const QRegularExpression header(
            u"^NAME +IMAGE +COMMAND +SERVICE +CREATED +STATUS +PORTS$"_s);
        QVERIFY2(header.match(lines.first()).hasMatch(), qPrintable(lines.first()));
        // Columns are aligned: every value starts under its heading.
        const qsizetype serviceColumn = lines.first().indexOf(u"SERVICE"_s);
        QStringList services;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QVERIFY(lines.at(i).startsWith(u"mastodon-"_s));
            services.append(lines.at(i).mid(serviceColumn).section(u' ', 0, 0));
            QVERIFY2(lines.at(i).contains(u"Up "_s), qPrintable(lines.at(i)));
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
        const Run r = sshCompose(command);
        QCOMPARE(r.exitCode, 0);
        QJsonArray objects;
        if (array) {
            QCOMPARE(r.out.count(u'\n'), 1);
            const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
            QVERIFY(doc.isArray());
            objects = doc.array();
        } else {
            for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
                const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
                QVERIFY2(doc.isObject(), qPrintable(line));
                objects.append(doc.object());
            }
        }
        QCOMPARE(objects.size(), 5);
        for (const QJsonValue &v : objects) {
            const QJsonObject o = v.toObject();
            for (const char *key :
                 {"ID", "Name", "Image", "Service", "State", "Status", "Health", "Publishers"})
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
            QCOMPARE(o.value(u"State"_s).toString(), u"running"_s);
            if (o.value(u"Service"_s).toString() == u"web"_s)
                QCOMPARE(o.value(u"Image"_s).toString(), u"ghcr.io/mastodon/mastodon:v4.2.10"_s);
        }
    }

    void composeLogs()
    {
        Run r = sshCompose({u"docker"_s, u"compose"_s, u"logs"_s, u"--tail"_s, u"2"_s, u"web"_s});
        QCOMPARE(r.exitCode, 0);
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(u"web-1  | "_s) || lines.at(0).startsWith(u"web-1 | "_s));
        // -f follows: a restart during the follow shows up.
        r = sshRaw(u"cd "_s + Ssh::quote(composeDir())
                   + u" && (sleep 1; docker compose restart web >/dev/null 2>&1) & cd "_s
                   + Ssh::quote(composeDir())
                   + u" && timeout 4 docker compose logs -f --tail 0 web; true"_s);
        QVERIFY2(r.out.contains(u"Puma starting in cluster mode"_s), qPrintable(r.out + r.err));
    }

    void composeStopStartScale()
    {
        Run r = sshCompose({u"docker"_s, u"compose"_s, u"stop"_s, u"sidekiq"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(u"Container mastodon-sidekiq-1  Stopped"_s));
        r = sshCompose(
            {u"docker"_s, u"compose"_s, u"ps"_s, u"-a"_s, u"--format"_s, u"json"_s, u"sidekiq"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"State"_s).toString(),
                 u"exited"_s);
        QVERIFY(sshCompose({u"docker"_s, u"compose"_s, u"ps"_s, u"--services"_s}).out.count(u'\n')
                == 4);
        QCOMPARE(sshCompose({u"docker"_s, u"compose"_s, u"start"_s, u"sidekiq"_s}).exitCode, 0);
        QCOMPARE(sshCompose({u"docker"_s, u"compose"_s, u"scale"_s, u"sidekiq=2"_s}).exitCode, 0);
        QVERIFY(
            sshCompose({u"docker"_s, u"compose"_s, u"ps"_s}).out.contains(u"mastodon-sidekiq-2"_s));
        QCOMPARE(sshCompose({u"docker"_s, u"compose"_s, u"scale"_s, u"sidekiq=1"_s}).exitCode, 0);
        QVERIFY(
            !sshCompose({u"docker"_s, u"compose"_s, u"ps"_s}).out.contains(u"mastodon-sidekiq-2"_s));
        // Outside a project, as the real tool.
        r = ssh({u"docker"_s, u"compose"_s, u"ps"_s});
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.err.trimmed(), u"no configuration file provided: not found"_s);
    }

    void systemctl()
    {
        Run r = ssh({u"systemctl"_s, u"is-active"_s, u"mastodon.service"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"active\n"_s);
        r = ssh({u"systemctl"_s, u"is-active"_s, u"pg-dump-to-s3.service"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, u"inactive\n"_s);
        r = ssh({u"systemctl"_s,
                 u"show"_s,
                 u"-p"_s,
                 u"ActiveState,SubState"_s,
                 u"media-cleanup.timer"_s});
        QCOMPARE(r.out, u"ActiveState=active\nSubState=waiting\n"_s);
        r = ssh({u"systemctl"_s, u"show"_s, u"--value"_s, u"-p"_s, u"LoadState"_s, u"mastodon"_s});
        QCOMPARE(r.out, u"loaded\n"_s);
        r = ssh({u"systemctl"_s, u"status"_s, u"mastodon.service"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"● mastodon.service - "_s));
        QVERIFY(r.out.contains(QRegularExpression(
            u"\n     Active: active \\(exited\\) since \\w{3} \\d{4}-\\d\\d-\\d\\d "_s)));
        QCOMPARE(ssh({u"systemctl"_s, u"status"_s, u"nope.service"_s}).exitCode, 4);
        r = ssh({u"systemctl"_s, u"list-timers"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n');
        QVERIFY(QRegularExpression(u"^NEXT +LEFT +LAST +PASSED +UNIT +ACTIVATES$"_s)
                    .match(lines.first())
                    .hasMatch());
        QVERIFY(r.out.contains(u"media-cleanup.timer"_s));
        QVERIFY(r.out.contains(u"certbot.timer"_s));
        QVERIFY(r.out.contains(u"\n3 timers listed.\n"_s));
        const qsizetype unitColumn = lines.first().indexOf(u"UNIT"_s);
        QVERIFY(lines.at(1).mid(unitColumn).endsWith(u".service"_s));
    }

    void journalctl()
    {
        Run r = ssh({u"journalctl"_s, u"-u"_s, u"mastodon.service"_s, u"-o"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        for (const QString &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QCOMPARE(o.value(u"_SYSTEMD_UNIT"_s).toString(), u"mastodon.service"_s);
            QVERIFY(o.value(u"__REALTIME_TIMESTAMP"_s).toString().toLongLong() > 1600000000000000LL);
            QVERIFY(!o.value(u"MESSAGE"_s).toString().isEmpty());
        }
        r = ssh({u"journalctl"_s, u"-u"_s, u"mastodon"_s, u"-n"_s, u"1"_s});
        QVERIFY(
            QRegularExpression(u"^\\w{3} \\d\\d \\d\\d:\\d\\d:\\d\\d lab systemd\\[1\\]: .+\n$"_s)
                .match(r.out)
                .hasMatch());
        r = ssh({u"journalctl"_s, u"-u"_s, u"mastodon"_s, u"--since"_s, u"2999-01-01 00:00:00"_s});
        QCOMPARE(r.out, u"-- No entries --\n"_s);
        r = ssh(
            {u"journalctl"_s, u"-u"_s, u"mastodon"_s, u"--since"_s, u"-10min"_s, u"-o"_s, u"cat"_s});
        QVERIFY(!r.out.contains(u"Starting mastodon.service"_s)); // that was three days ago
    }

    void disks()
    {
        Run r = ssh({u"df"_s, u"-h"_s, u"/opt"_s});
        QCOMPARE(r.exitCode, 0);
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(QRegularExpression(u"^Filesystem +Size +Used +Avail +Use% +Mounted on$"_s)
                    .match(lines.at(0))
                    .hasMatch());
        QVERIFY(QRegularExpression(u"^/dev/mapper/vg0-opt +\\d+G +\\d+G +\\d+G +\\d+% /opt$"_s)
                    .match(lines.at(1))
                    .hasMatch());
        r = ssh({u"df"_s, u"--output=source,size,used,avail,pcent,target"_s});
        QVERIFY(r.out.contains(u"/dev/mapper/vg0-root1"_s));
        r = ssh({u"lsblk"_s, u"-J"_s});
        const QJsonArray devices
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"blockdevices"_s).toArray();
        QVERIFY(!devices.isEmpty());
        const QJsonArray lvs = devices.at(0)
                                   .toObject()
                                   .value(u"children"_s)
                                   .toArray()
                                   .last()
                                   .toObject()
                                   .value(u"children"_s)
                                   .toArray();
        QStringList names;
        for (const QJsonValue &v : lvs)
            names.append(v.toObject().value(u"name"_s).toString());
        QCOMPARE(names, (QStringList{u"vg0-root1"_s, u"vg0-root2"_s, u"vg0-opt"_s}));
        r = ssh({u"lsblk"_s});
        QVERIFY(r.out.startsWith(u"NAME "_s));
        QVERIFY(r.out.contains(u"└─vg0-opt "_s));
        r = ssh({u"lvs"_s, u"--noheadings"_s, u"-o"_s, u"lv_name,vg_name,lv_size"_s});
        lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).simplified(), u"opt vg0 39.00g"_s);
        QCOMPARE(lines.at(1).simplified(), u"root1 vg0 30.00g"_s);
        QCOMPARE(lines.at(2).simplified(), u"root2 vg0 30.00g"_s);
    }

    void backupLandsInTheBucketAndRestores()
    {
        const QStringList before = bucketObjects();
        const Run r = ssh({u"systemctl"_s, u"start"_s, u"pg-dump-to-s3.service"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
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
        const QString journal = lastJournal(u"pg-dump-to-s3.service"_s, 20);
        QVERIFY(journal.contains(u"Dump progress: 50%"_s));
        QVERIFY(journal.contains(u"Upload finished: s3://lab-backups/"_s + name));
        QCOMPARE(
            ssh({u"systemctl"_s, u"show"_s, u"--value"_s, u"-p"_s, u"Result"_s, u"pg-dump-to-s3"_s})
                .out,
            u"success\n"_s);

        // Fetch, unpack and restore into a scratch database: same row counts.
        QTemporaryDir work;
        const QString gz = work.filePath(name);
        QCOMPARE(aws({u"s3"_s, u"cp"_s, u"--only-show-errors"_s, u"s3://lab-backups/"_s + name, gz})
                     .exitCode,
                 0);
        QCOMPARE(run(u"gunzip"_s, {gz}, m_procEnv).exitCode, 0);
        const QString dump = gz.chopped(3);
        QVERIFY(QFile::exists(dump));
        QCOMPARE(sql(u"CREATE DATABASE scratch_restore"_s), u"CREATE DATABASE"_s);
        const Run restore = run(pgTool(u"pg_restore"_s),
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
                                     u"schema_migrations"_s}) {
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
        QVERIFY(
            sshRaw(u"cd "_s + Ssh::quote(composeDir())
                   + u" && cp ../../mastodon/compose/v4.3.0.docker-compose.yml docker-compose.yml"_s)
                .exitCode
            == 0);
        const Run r = sshCompose({u"docker"_s,
                                  u"compose"_s,
                                  u"run"_s,
                                  u"--rm"_s,
                                  u"web"_s,
                                  u"bundle"_s,
                                  u"exec"_s,
                                  u"rails"_s,
                                  u"db:migrate"_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(
            u"StandardError: An error has occurred, this and all later migrations canceled"_s));
        QCOMPARE(sql(u"SELECT count(*) FROM schema_migrations"_s), count);
        QCOMPARE(lab({u"fault"_s, u"migration"_s, u"off"_s}).exitCode, 0);
    }

    void upgradeChangesTheVersion()
    {
        // docker-compose.yml already says v4.3.0 (faultMigration); pull, migrate (pre, then post), up -d.
        QCOMPARE(sshCompose(
                     {u"docker"_s, u"compose"_s, u"exec"_s, u"web"_s, u"tootctl"_s, u"version"_s})
                     .out,
                 u"4.2.10\n"_s);
        Run r = sshCompose({u"docker"_s, u"compose"_s, u"pull"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(u" web Pulled"_s) || r.err.contains(u" web Skipped"_s));
        QVERIFY(r.err.contains(u"Pull complete"_s));
        const int before = sql(u"SELECT count(*) FROM schema_migrations"_s).toInt();
        r = sshCompose({u"docker"_s,
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
        QCOMPARE(r.exitCode, 0);
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
        r = sshCompose({u"docker"_s, u"compose"_s, u"up"_s, u"-d"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(u"Container mastodon-web-1  Recreated"_s));
        QCOMPARE(sshCompose(
                     {u"docker"_s, u"compose"_s, u"exec"_s, u"web"_s, u"tootctl"_s, u"version"_s})
                     .out,
                 u"4.3.0\n"_s);
        r = sshCompose({u"docker"_s,
                        u"compose"_s,
                        u"run"_s,
                        u"--rm"_s,
                        u"web"_s,
                        u"bundle"_s,
                        u"exec"_s,
                        u"rails"_s,
                        u"db:migrate"_s});
        QCOMPARE(r.out.count(migrating), 10);
        QCOMPARE(sql(u"SELECT count(*) FROM schema_migrations"_s).toInt(), before + 50);
        r = sshCompose(
            {u"docker"_s, u"compose"_s, u"ps"_s, u"--format"_s, u"json"_s, u"streaming"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"Image"_s).toString(),
                 u"ghcr.io/mastodon/mastodon-streaming:v4.3.0"_s);
    }

    void faultDiskFull()
    {
        QCOMPARE(lab({u"fault"_s, u"disk-full"_s, u"on"_s}).exitCode, 0);
        Run r = ssh({u"df"_s, u"/opt"_s});
        QVERIFY2(r.out.contains(QRegularExpression(u" 0 +100% /opt\n"_s)), qPrintable(r.out));
        const QStringList before = bucketObjects();
        r = ssh({u"systemctl"_s, u"start"_s, u"pg-dump-to-s3.service"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"Job for pg-dump-to-s3.service failed"_s));
        QCOMPARE(ssh({u"systemctl"_s, u"is-active"_s, u"pg-dump-to-s3"_s}).out, u"failed\n"_s);
        QVERIFY(lastJournal(u"pg-dump-to-s3"_s, 10).contains(u"No space left on device"_s));
        QCOMPARE(bucketObjects(), before);
        QCOMPARE(lab({u"fault"_s, u"disk-full"_s, u"off"_s}).exitCode, 0);
        QVERIFY(!ssh({u"df"_s, u"/opt"_s}).out.contains(u"100%"_s));
    }

    void faultUpload()
    {
        QCOMPARE(lab({u"fault"_s, u"upload"_s, u"on"_s}).exitCode, 0);
        const QStringList before = bucketObjects();
        const Run r = ssh({u"systemctl"_s, u"start"_s, u"pg-dump-to-s3.service"_s});
        QCOMPARE(r.exitCode, 1);
        const QString journal = lastJournal(u"pg-dump-to-s3"_s, 12);
        QVERIFY2(journal.contains(u"Could not connect to the endpoint URL"_s), qPrintable(journal));
        QVERIFY(journal.contains(u"Failed with result 'exit-code'"_s));
        QCOMPARE(bucketObjects(), before);
        QCOMPARE(lab({u"fault"_s, u"upload"_s, u"off"_s}).exitCode, 0);
    }

    void faultSlow()
    {
        QCOMPARE(lab({u"fault"_s, u"slow"_s, u"on"_s}).exitCode, 0);
        QElapsedTimer t;
        t.start();
        QCOMPARE(ssh({u"systemctl"_s, u"is-active"_s, u"mastodon"_s}).out, u"active\n"_s);
        QVERIFY(t.elapsed() >= 2000);
        QCOMPARE(lab({u"fault"_s, u"slow"_s, u"off"_s}).exitCode, 0);
    }

    void faultSshd()
    {
        QCOMPARE(lab({u"fault"_s, u"sshd"_s, u"on"_s}).exitCode, 0);
        Run r = ssh({u"true"_s});
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(r.err.contains(u"Connection refused"_s), qPrintable(r.err));
        QCOMPARE(lab({u"status"_s}).exitCode, 1);
        QCOMPARE(lab({u"fault"_s, u"sshd"_s, u"off"_s}).exitCode, 0);
        r = ssh({u"true"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lab({u"status"_s}).exitCode, 0);
    }

    void stopLeavesNoProcess()
    {
        // A follower left running on the lab (as a user who closes the laptop would).
        QProcess follower;
        follower.setProcessEnvironment(m_procEnv);
        follower.start(u"ssh"_s,
                       {u"-i"_s,
                        m_lab + u"/ssh/id_ed25519"_s,
                        u"-o"_s,
                        u"UserKnownHostsFile="_s + m_lab + u"/ssh/known_hosts"_s,
                        u"-o"_s,
                        u"BatchMode=yes"_s,
                        u"-p"_s,
                        m_env.value(u"LAB_SSH_PORT"_s),
                        m_env.value(u"LAB_USER"_s) + u"@127.0.0.1"_s,
                        u"journalctl -f"_s});
        QVERIFY(follower.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(follower.bytesAvailable() > 0, 10000);
        QVERIFY(!labProcesses().isEmpty());
        const Run r = lab({u"stop"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(follower.waitForFinished(10000));
        QCOMPARE(labProcesses(), QStringList());
        QVERIFY(lab({u"status"_s}).exitCode != 0);
        // reset removes the state; start after it is a clean lab again (checked by the next run's start).
        QCOMPARE(lab({u"reset"_s}).exitCode, 0);
        QVERIFY(!QFile::exists(m_lab + u"/lab.env"_s));
    }
};

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
