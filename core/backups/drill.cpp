// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backups/drill.h"

#include "core/backups/cataloguesource.h"
#include "core/secrets/credentialkey.h"
#include "core/secrets/credentialstore.h"
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/ssh/shellquote.h"
#include "core/tr.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Steward::Backups {
namespace {

// The drill host's preflight: which tools it has, its cores, and the free space where the dump will go.
const QString preflightScript = uR"SH(dir=$1
for t in curl wget gzip pigz zstd bzip2 pg_restore psql createdb dropdb; do
  command -v "$t" >/dev/null 2>&1 && echo "tool=$t"
done
echo "cpus=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)"
mkdir -p -- "$dir" || exit 1
echo "--df--"
df -Pk "$dir"
)SH"_s;

// The download, decompressed as it arrives: the presigned URL comes on stdin (never on a command line:
// curl reads it as its config, wget as its list of URLs), the decompressor is "$@" after the output path.
// Cancel (TERM) stops the whole pipeline. The output is renamed from .part only when everything worked.
const QString downloadScript = uR"SH(set -u
out=$1; shift
IFS= read -r url || exit 90
trap 'trap - TERM INT HUP; kill -TERM 0 2>/dev/null; exit 143' TERM INT HUP
(
  set -o pipefail
  if command -v curl >/dev/null 2>&1; then
    printf 'url = "%s"\n' "$url" | curl -sS --fail -K - -o -
  else
    printf '%s\n' "$url" | wget -q -O - -i -
  fi | "$@" >"$out.part"
  st=("${PIPESTATUS[@]}")
  echo "steward-status fetch=${st[0]} decompress=${st[1]}" >&2
  [ "${st[0]}" = 0 ] && [ "${st[1]}" = 0 ] && mv -f -- "$out.part" "$out"
) &
unset url
wait $!
)SH"_s;

// A PostgreSQL tool with the password (possibly empty) as the first line of stdin, never on a command
// line or in a file: exec keeps cancel()'s signal for the tool itself.
const QString pgScript = uR"SH(IFS= read -r PGPASSWORD || :
if [ -n "$PGPASSWORD" ]; then export PGPASSWORD; else unset PGPASSWORD; fi
exec "$@"
)SH"_s;

// Every table with its row count: exact where the planner thinks it has fewer than LIMIT rows (or has
// never analysed it), else the estimate. One query; the counting runs on the server.
QString countQuery(qint64 limit)
{
    const QString exactWhen = limit < 0 ? u"true"_s
                                        : u"(c.reltuples < 0 OR c.reltuples < %1)"_s.arg(limit);
    return uR"(SELECT 'table', n.nspname || '.' || c.relname,
  CASE WHEN %1 THEN (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text::bigint
       ELSE c.reltuples::bigint END,
  CASE WHEN %1 THEN 'exact' ELSE 'estimated' END
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
ORDER BY 2)"_s.arg(exactWhen);
}

const QString migrationQuery
    = uR"(SELECT 'migration', unnest(xpath('//v/text()', query_to_xml('SELECT version AS v FROM schema_migrations', false, false, '')))::text
WHERE to_regclass('schema_migrations') IS NOT NULL)"_s;

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

// The decompressor for an object name, and whether it reads gzip's trailer for the size.
QStringList decompressorFor(const QString &name, const QStringList &tools)
{
    if (name.endsWith(u".gz"_s) || name.endsWith(u".tgz"_s))
        return tools.contains(u"pigz"_s) ? QStringList{u"pigz"_s, u"-dc"_s}
                                         : QStringList{u"gzip"_s, u"-dc"_s};
    if (name.endsWith(u".zst"_s))
        return {u"zstd"_s, u"-dc"_s};
    if (name.endsWith(u".bz2"_s))
        return {u"bzip2"_s, u"-dc"_s};
    return {u"cat"_s};
}

} // namespace

QString Drill::stageKey(Stage stage)
{
    switch (stage) {
    case Stage::Idle:
        return u"idle"_s;
    case Stage::Preflight:
        return u"preflight"_s;
    case Stage::Download:
        return u"download"_s;
    case Stage::Restore:
        return u"restore"_s;
    case Stage::Verify:
        return u"verify"_s;
    case Stage::Cleanup:
        return u"cleanup"_s;
    case Stage::Done:
        return u"done"_s;
    }
    return {};
}

QString DrillResult::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return u"passed"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    case Outcome::Failed:
        break;
    }
    return u"failed"_s;
}

QJsonObject DrillResult::toJson() const
{
    return {{u"server"_s, server},
            {u"drill_host"_s, drillHost},
            {u"backup"_s, backupKey},
            {u"backup_size"_s, backupSize},
            {u"backup_time"_s, backupTime.toString(Qt::ISODate)},
            {u"started_at"_s, startedAt.toString(Qt::ISODate)},
            {u"finished_at"_s, finishedAt.toString(Qt::ISODate)},
            {u"outcome"_s, outcomeKey(outcome)},
            {u"passed"_s, passed()},
            {u"failed_stage"_s, failedStage},
            {u"message"_s, message},
            {u"stages_ms"_s,
             QJsonObject{{u"preflight"_s, preflightMs},
                         {u"download"_s, downloadMs},
                         {u"restore"_s, restoreMs},
                         {u"verify"_s, verifyMs},
                         {u"cleanup"_s, cleanupMs}}},
            {u"total_ms"_s, totalMs},
            {u"dump_bytes"_s, dumpBytes},
            {u"format"_s, format},
            {u"jobs"_s, jobs},
            {u"scratch_database"_s, scratchDatabase},
            {u"database_kept"_s, databaseKept},
            {u"left_behind"_s, QJsonArray::fromStringList(leftBehind)},
            {u"proof"_s, verdict.toJson()}};
}

DrillResult DrillResult::fromJson(const QJsonObject &o)
{
    DrillResult r;
    r.server = o.value(u"server"_s).toString();
    r.drillHost = o.value(u"drill_host"_s).toString();
    r.backupKey = o.value(u"backup"_s).toString();
    r.backupSize = qint64(o.value(u"backup_size"_s).toDouble());
    r.backupTime = QDateTime::fromString(o.value(u"backup_time"_s).toString(), Qt::ISODate);
    r.startedAt = QDateTime::fromString(o.value(u"started_at"_s).toString(), Qt::ISODate);
    r.finishedAt = QDateTime::fromString(o.value(u"finished_at"_s).toString(), Qt::ISODate);
    const QString outcome = o.value(u"outcome"_s).toString();
    r.outcome = outcome == u"passed"      ? Outcome::Passed
                : outcome == u"cancelled" ? Outcome::Cancelled
                                          : Outcome::Failed;
    r.failedStage = o.value(u"failed_stage"_s).toString();
    r.message = o.value(u"message"_s).toString();
    const QJsonObject stages = o.value(u"stages_ms"_s).toObject();
    r.preflightMs = qint64(stages.value(u"preflight"_s).toDouble());
    r.downloadMs = qint64(stages.value(u"download"_s).toDouble());
    r.restoreMs = qint64(stages.value(u"restore"_s).toDouble());
    r.verifyMs = qint64(stages.value(u"verify"_s).toDouble());
    r.cleanupMs = qint64(stages.value(u"cleanup"_s).toDouble());
    r.totalMs = qint64(o.value(u"total_ms"_s).toDouble());
    r.dumpBytes = qint64(o.value(u"dump_bytes"_s).toDouble());
    r.format = o.value(u"format"_s).toString();
    r.jobs = o.value(u"jobs"_s).toInt(1);
    r.scratchDatabase = o.value(u"scratch_database"_s).toString();
    r.databaseKept = o.value(u"database_kept"_s).toBool();
    for (const QJsonValue &v : o.value(u"left_behind"_s).toArray())
        r.leftBehind.append(v.toString());
    r.verdict = DrillVerdict::fromJson(o.value(u"proof"_s).toObject());
    return r;
}

Drill::Drill(SessionConnector connector,
             CatalogueSource *catalogue,
             const Server &production,
             const Server &drillHost,
             const DrillOptions &options,
             QObject *parent)
    : QObject(parent)
    , m_connector(std::move(connector))
    , m_catalogue(catalogue)
    , m_production(production)
    , m_host(drillHost)
    , m_options(options)
{
    // The lab drills on itself: one server, one entry (and one shared session).
    if (m_host.name == m_production.name)
        m_host = m_production;
    m_result.server = production.name;
    m_result.drillHost = drillHost.name;
    m_progressTimer.setInterval(1000);
    connect(&m_progressTimer, &QTimer::timeout, this, &Drill::pollDownload);
}

Drill::~Drill()
{
    if (m_current)
        m_current->cancel();
    wipeSecret(m_url);
    wipeSecret(m_pgPassword);
}

void Drill::say(const QString &line)
{
    const QString stamped = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) + u"  "_s + line;
    m_log.append(stamped);
    emit logged(stamped);
}

void Drill::setStage(Stage stage)
{
    m_stage = stage;
    m_stageClock.start();
    emit stageChanged(stage);
}

void Drill::run(Ssh::Session *session,
                const QStringList &argv,
                const QByteArray &input,
                RemoteDone done,
                const QString &directory)
{
    if (!session || session->state() != Ssh::Session::State::Ready) {
        // A lost connection is not connected again behind the user's back in the middle of a drill.
        Remote r;
        r.failure = session && !session->errorString().isEmpty()
                        ? session->errorString()
                        : Core::Tr::tr("The connection was closed.");
        QTimer::singleShot(0, this, [done, r] { done(r); });
        return;
    }
    Ssh::CommandOptions options;
    options.workingDirectory = directory;
    Ssh::Command *command = session->run(argv, options, this);
    m_current = command;
    auto r = std::make_shared<Remote>();
    connect(command, &Ssh::Command::stdoutReceived, this, [r](const QByteArray &d) { r->out += d; });
    connect(command, &Ssh::Command::stderrReceived, this, [r](const QByteArray &d) { r->err += d; });
    connect(command, &Ssh::Command::finished, this, [this, r, command, done](int code) {
        r->exitCode = code;
        if (m_current == command)
            m_current = nullptr;
        command->deleteLater();
        done(*r);
    });
    connect(command, &Ssh::Command::failed, this, [this, r, command, done](const QString &message) {
        r->failure = message;
        if (m_current == command)
            m_current = nullptr;
        command->deleteLater();
        done(*r);
    });
    // stdin: written now, sent once the channel is open; EOF after it.
    QByteArray data = input;
    command->write(data);
    wipeSecret(data);
    command->closeStdin();
}

QStringList Drill::pgConnection() const
{
    QStringList args;
    const BackupSettings &b = m_production.backup;
    if (!b.drillPgHost.isEmpty())
        args << u"-h"_s << b.drillPgHost;
    args << u"-p"_s << QString::number(b.drillPgPort) << u"-U"_s << b.drillPgUser;
    return args;
}

void Drill::runPg(const QString &tool,
                  const QStringList &args,
                  const QByteArray &input,
                  RemoteDone done)
{
    QByteArray stdinData = m_pgPassword + '\n' + input;
    run(m_hostSession,
        QStringList{u"exec"_s, u"sh"_s, u"-c"_s, pgScript, u"sh"_s, tool} + pgConnection() + args,
        stdinData,
        std::move(done));
    wipeSecret(stdinData);
}

QString Drill::scratchRemoveCommand() const
{
    return Ssh::commandLine(QStringList{u"dropdb"_s, u"--if-exists"_s, u"--force"_s}
                            + pgConnection() + QStringList{m_result.scratchDatabase});
}

void Drill::start()
{
    if (isRunning())
        return;
    m_total.start();
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_result.scratchDatabase = u"steward_drill_"_s
                               + m_result.startedAt.toString(u"yyyyMMdd_HHmmss"_s);
    setStage(Stage::Preflight);
    say(Core::Tr::tr("Drill of %1's backups on %2.").arg(m_production.name, m_host.name));
    if (!m_production.backup.configured()) {
        fail(u"preflight"_s,
             Core::Tr::tr("%1 has no backup settings in the inventory.").arg(m_production.name));
        return;
    }
    if (m_host.role == ServerRole::Primary) {
        fail(u"preflight"_s,
             Core::Tr::tr(
                 "The drill host %1 is a primary server: drills run on a secondary or staging "
                 "host, never beside production's database.")
                 .arg(m_host.name));
        return;
    }
    if (m_result.scratchDatabase == m_production.backup.database) {
        fail(u"preflight"_s, Core::Tr::tr("The scratch database would be production's."));
        return;
    }
    resolve();
}

void Drill::resolve()
{
    if (!m_catalogue) {
        fail(u"preflight"_s, Core::Tr::tr("The catalogue is gone."));
        return;
    }
    m_catalogue->load(m_production, this, [this](const Result<Catalogue> &catalogue) {
        if (m_cancelled)
            return finish();
        if (!catalogue) {
            fail(u"preflight"_s, catalogue.error().message);
            return;
        }
        const BackupEntry *entry = nullptr;
        if (m_options.backupKey.isEmpty()) {
            entry = catalogue->newest();
            if (!entry) {
                fail(u"preflight"_s,
                     catalogue->entries.isEmpty()
                         ? Core::Tr::tr("%1 holds no backups: there is nothing to restore.")
                               .arg(catalogue->location)
                         : Core::Tr::tr("%1 holds no object named as %2's backups (pattern “%3”): "
                                        "there is nothing to restore.")
                               .arg(catalogue->location,
                                    m_production.name,
                                    m_production.backup.pattern));
                return;
            }
        } else {
            entry = catalogue->find(m_options.backupKey);
            if (!entry) {
                fail(u"preflight"_s,
                     Core::Tr::tr("There is no object “%1” in %2.")
                         .arg(m_options.backupKey, catalogue->location));
                return;
            }
        }
        m_result.backupKey = entry->key;
        m_result.backupSize = entry->size;
        m_result.backupTime = entry->time;
        say(Core::Tr::tr("Backup: %1 (%2, %3).")
                .arg(entry->key, formatSize(entry->size), entry->time.toString(Qt::ISODate)));
        if (entry->size == 0) {
            fail(u"preflight"_s,
                 Core::Tr::tr("The object %1 is empty: it is not a dump.").arg(entry->key));
            return;
        }
        // The key pair signs a URL here; only the URL (valid for a few hours, for this object alone)
        // goes to the drill host. The gzip trailer gives the uncompressed size for the disk check.
        const BackupEntry chosen = *entry;
        readS3Credentials(m_catalogue->credentials(),
                          m_production.name,
                          this,
                          [this, chosen](Result<S3Credentials> &creds) {
                              if (m_cancelled)
                                  return finish();
                              if (!creds) {
                                  fail(u"preflight"_s, creds.error().message);
                                  return;
                              }
                              const S3Location location = S3Location::fromSettings(
                                  m_production.backup);
                              m_url = S3Client::presignedGet(location,
                                                             creds.value(),
                                                             chosen.key,
                                                             QDateTime::currentDateTimeUtc(),
                                                             m_options.urlLifetimeSeconds)
                                          .toEncoded();
                              if (!chosen.key.endsWith(u".gz"_s) || chosen.size < 18) {
                                  m_expectedBytes = chosen.size;
                                  connectHosts();
                                  return;
                              }
                              m_catalogue->client()->readRange(
                                  location,
                                  creds.value(),
                                  chosen.key,
                                  chosen.size - 4,
                                  chosen.size - 1,
                                  this,
                                  [this, chosen](const Result<QByteArray> &trailer) {
                                      if (m_cancelled)
                                          return finish();
                                      if (!trailer) {
                                          fail(u"preflight"_s, trailer.error().message);
                                          return;
                                      }
                                      m_expectedBytes = gzipUncompressedSize(trailer.value(),
                                                                             chosen.size);
                                      connectHosts();
                                  });
                          });
    });
}

void Drill::connectHosts()
{
    say(Core::Tr::tr("Connecting to %1 (drill host) and %2 (production, read only).")
            .arg(m_host.name, m_production.name));
    m_connector(m_host, this, [this](const Result<Ssh::Session *> &host) {
        if (m_cancelled)
            return finish();
        if (!host) {
            fail(u"preflight"_s,
                 Core::Tr::tr("Cannot reach the drill host %1: %2")
                     .arg(m_host.name, host.error().message));
            return;
        }
        m_hostSession = host.value();
        m_connector(m_production, this, [this](const Result<Ssh::Session *> &production) {
            if (m_cancelled)
                return finish();
            if (!production) {
                fail(u"preflight"_s,
                     Core::Tr::tr("Cannot reach %1 to read production's counts: %2")
                         .arg(m_production.name, production.error().message));
                return;
            }
            m_productionSession = production.value();
            // A database password for the drill host, when the keychain keeps one (Credentials,
            // "Database password" of the drill host): it reaches the tools on stdin only.
            CredentialStore *store = m_catalogue ? m_catalogue->credentials() : nullptr;
            const CredentialKey key{CredentialKind::DatabasePassword, m_host.name};
            if (!store || !store->entries().contains(key)) {
                preflight();
                return;
            }
            store->read(key, this, [this](CredentialReply &reply) {
                if (reply.status == CredentialReply::Status::Ok)
                    m_pgPassword = reply.secret.toUtf8();
                wipeSecret(reply.secret);
                if (m_cancelled)
                    return finish();
                preflight();
            });
        });
    });
}

void Drill::preflight()
{
    m_workDir = m_production.backup.drillWorkDir;
    while (m_workDir.size() > 1 && m_workDir.endsWith(u'/'))
        m_workDir.chop(1);
    m_workDir += u"/steward-drill-"_s + m_result.startedAt.toString(u"yyyyMMdd-HHmmss"_s);
    m_dumpPath = m_workDir + u"/dump"_s;
    run(m_hostSession,
        {u"sh"_s, u"-c"_s, preflightScript, u"sh"_s, m_production.backup.drillWorkDir},
        {},
        [this](const Remote &r) {
            if (m_cancelled)
                return finish();
            if (!r.ok()) {
                fail(u"preflight"_s,
                     r.failure.isEmpty() ? Core::Tr::tr("The drill host %1 cannot use %2: %3")
                                               .arg(m_host.name,
                                                    m_production.backup.drillWorkDir,
                                                    QString::fromUtf8(r.err.trimmed()))
                                         : r.failure);
                return;
            }
            const QString out = QString::fromUtf8(r.out);
            const qsizetype dfAt = out.indexOf(u"--df--"_s);
            for (const QString &line : out.left(dfAt).split(u'\n')) {
                if (line.startsWith(u"tool="_s))
                    m_tools.append(line.mid(5));
                else if (line.startsWith(u"cpus="_s))
                    m_cpus = std::max(1, line.mid(5).toInt());
            }
            m_freeKiB = dfAt >= 0 ? dfAvailableKiB(out.mid(dfAt + 6)) : -1;
            QStringList missing;
            for (const QString &tool : {u"pg_restore"_s, u"psql"_s, u"createdb"_s, u"dropdb"_s}) {
                if (!m_tools.contains(tool))
                    missing.append(tool);
            }
            if (!m_tools.contains(u"curl"_s) && !m_tools.contains(u"wget"_s))
                missing.append(u"curl"_s);
            const QStringList decompressor = decompressorFor(m_result.backupKey, m_tools);
            if (decompressor.first() != u"cat" && !m_tools.contains(decompressor.first()))
                missing.append(decompressor.first());
            if (!missing.isEmpty()) {
                fail(u"preflight"_s,
                     Core::Tr::tr(
                         "The drill host %1 lacks %2 (install postgresql-client and curl there).")
                         .arg(m_host.name, missing.join(u", "_s)));
                return;
            }
            m_decompressor = decompressor.join(u' ');
            m_result.jobs = m_production.backup.drillJobs > 0 ? m_production.backup.drillJobs
                                                              : std::min(m_cpus, 4);
            // The dump file, plus a tenth for good measure; the restored database needs room too,
            // wherever PostgreSQL keeps it on that host.
            const qint64 needKiB = m_expectedBytes / 1024 + m_expectedBytes / 10240 + 1;
            if (m_freeKiB >= 0 && m_freeKiB < needKiB) {
                fail(u"preflight"_s,
                     Core::Tr::tr(
                         "The drill host %1 has %2 free in %3; the dump needs about %4 once "
                         "decompressed. Free some space or set another work_dir.")
                         .arg(m_host.name,
                              formatSize(m_freeKiB * 1024),
                              m_production.backup.drillWorkDir,
                              formatSize(m_expectedBytes)));
                return;
            }
            say(Core::Tr::tr("Drill host %1: %2 free in %3, %n core(s), tools: %4.", nullptr, m_cpus)
                    .arg(m_host.name,
                         m_freeKiB >= 0 ? formatSize(m_freeKiB * 1024)
                                        : Core::Tr::tr("unknown space"),
                         m_production.backup.drillWorkDir,
                         m_tools.join(u", "_s)));
            // PostgreSQL answers, with these connection settings.
            runPg(u"psql"_s,
                  {u"-X"_s, u"-At"_s, u"-d"_s, u"postgres"_s, u"-c"_s, u"SHOW server_version"_s},
                  {},
                  [this](const Remote &pg) {
                      if (m_cancelled)
                          return finish();
                      if (!pg.ok()) {
                          fail(u"preflight"_s,
                               pg.failure.isEmpty()
                                   ? Core::Tr::tr("PostgreSQL on the drill host %1 refused: %2")
                                         .arg(m_host.name, QString::fromUtf8(pg.err.trimmed()))
                                   : pg.failure);
                          return;
                      }
                      m_pgVersion = QString::fromUtf8(pg.out.trimmed());
                      m_result.preflightMs = m_stageClock.elapsed();
                      download();
                  });
        });
}

void Drill::download()
{
    setStage(Stage::Download);
    say(Core::Tr::tr("Downloading on %1 and decompressing as it arrives (%2) into %3.")
            .arg(m_host.name, m_decompressor, m_workDir));
    run(m_hostSession,
        {u"mkdir"_s, u"-m"_s, u"700"_s, u"--"_s, m_workDir},
        {},
        [this](const Remote &made) {
            if (m_cancelled)
                return finish();
            if (!made.ok()) {
                fail(u"download"_s,
                     made.failure.isEmpty()
                         ? Core::Tr::tr("Cannot make %1 on %2: %3")
                               .arg(m_workDir, m_host.name, QString::fromUtf8(made.err.trimmed()))
                         : made.failure);
                return;
            }
            m_dirCreated = true;
            m_progressTimer.start();
            QByteArray input = m_url + '\n';
            run(m_hostSession,
                QStringList{u"exec"_s, u"bash"_s, u"-c"_s, downloadScript, u"bash"_s, m_dumpPath}
                    + m_decompressor.split(u' '),
                input,
                [this](const Remote &r) {
                    m_progressTimer.stop();
                    if (m_cancelled)
                        return finish();
                    const QString err = QString::fromUtf8(r.err);
                    if (!r.ok()) {
                        if (!r.failure.isEmpty()) {
                            fail(u"download"_s, r.failure);
                            return;
                        }
                        QStringList lines;
                        QString status;
                        for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts)) {
                            if (line.startsWith(u"steward-status "_s))
                                status = line;
                            else
                                lines.append(line.trimmed());
                        }
                        const bool fetchFailed = !status.contains(u"fetch=0"_s);
                        const QString detail = lines.join(u' ');
                        if (fetchFailed)
                            fail(u"download"_s,
                                 Core::Tr::tr(
                                     "The drill host %1 could not download the backup from S3: %2")
                                     .arg(m_host.name, detail));
                        else if (detail.contains(u"not in gzip format"_s))
                            fail(u"download"_s,
                                 Core::Tr::tr(
                                     "%1 is not a gzip file, though its name says so: it is "
                                     "not a dump (%2).")
                                     .arg(m_result.backupKey, detail));
                        else if (detail.contains(u"unexpected end of file"_s))
                            fail(u"download"_s,
                                 Core::Tr::tr(
                                     "%1 is truncated: the compressed data ends early (%2). "
                                     "The backup that made it did not finish its upload.")
                                     .arg(m_result.backupKey, detail));
                        else if (detail.contains(u"No space left"_s))
                            fail(u"download"_s,
                                 Core::Tr::tr("The drill host %1 ran out of disk space in %2 while "
                                              "decompressing (%3).")
                                     .arg(m_host.name, m_workDir, detail));
                        else
                            fail(u"download"_s,
                                 Core::Tr::tr("%1 is corrupt: decompressing it failed (%2).")
                                     .arg(m_result.backupKey, detail));
                        return;
                    }
                    m_result.downloadMs = m_stageClock.elapsed();
                    say(Core::Tr::tr("Downloaded and decompressed in %1 s.")
                            .arg(seconds(m_result.downloadMs)));
                    inspect();
                });
            wipeSecret(input);
        });
}

void Drill::pollDownload()
{
    if (m_progressCommand || !m_hostSession)
        return;
    m_progressCommand = m_hostSession->run({u"stat"_s, u"-c"_s, u"%s"_s, m_dumpPath + u".part"_s},
                                           {},
                                           this);
    auto out = std::make_shared<QByteArray>();
    Ssh::Command *c = m_progressCommand;
    connect(c, &Ssh::Command::stdoutReceived, this, [out](const QByteArray &d) { *out += d; });
    connect(c, &Ssh::Command::finished, this, [this, c, out](int code) {
        c->deleteLater();
        if (code == 0 && m_stage == Stage::Download)
            emit downloadProgress(out->trimmed().toLongLong(), m_expectedBytes);
    });
    connect(c, &Ssh::Command::failed, c, &QObject::deleteLater);
}

void Drill::inspect()
{
    setStage(Stage::Restore);
    runPg(u"pg_restore"_s, {u"-l"_s, m_dumpPath}, {}, [this](const Remote &r) {
        if (m_cancelled)
            return finish();
        const QString err = QString::fromUtf8(r.err.trimmed());
        if (!r.failure.isEmpty()) {
            fail(u"restore"_s, r.failure);
            return;
        }
        if (r.exitCode != 0) {
            if (err.contains(u"text format dump"_s)) {
                m_result.format = u"PLAIN"_s;
                m_result.jobs = 1;
                say(Core::Tr::tr(
                    "A plain SQL dump: restored with psql, in one session (a plain dump "
                    "cannot be restored in parallel)."));
                createDatabase();
                return;
            }
            fail(u"restore"_s,
                 Core::Tr::tr("%1 is not a PostgreSQL dump: %2").arg(m_result.backupKey, err));
            return;
        }
        const QString toc = QString::fromUtf8(r.out);
        m_result.format = dumpFormat(toc);
        const QString database = dumpDatabaseName(toc);
        if (!database.isEmpty() && database != m_production.backup.database) {
            fail(u"restore"_s,
                 Core::Tr::tr("%1 is a dump of the database “%2”, not of %3's “%4”.")
                     .arg(m_result.backupKey,
                          database,
                          m_production.name,
                          m_production.backup.database));
            return;
        }
        if (m_result.format == u"TAR") {
            m_result.jobs = 1;
            say(Core::Tr::tr("A tar-format dump: pg_restore cannot restore it in parallel."));
        }
        createDatabase();
    });
}

void Drill::createDatabase()
{
    // From here the scratch database may exist: a createdb cancelled (or cut off) after its CREATE
    // DATABASE reached the server leaves it made, whatever the client saw. The cleanup drops it with
    // --if-exists; only a createdb that ran to its end and failed says for sure that it is not there.
    m_databaseCreated = true;
    runPg(u"createdb"_s,
          {u"-T"_s, u"template0"_s, m_result.scratchDatabase},
          {},
          [this](const Remote &r) {
              if (m_cancelled)
                  return finish();
              if (!r.ok() && r.failure.isEmpty())
                  m_databaseCreated = false; // createdb itself said no: nothing was made
              if (!r.ok()) {
                  fail(u"restore"_s,
                       r.failure.isEmpty()
                           ? Core::Tr::tr("Cannot create the scratch database %1 on %2: %3")
                                 .arg(m_result.scratchDatabase,
                                      m_host.name,
                                      QString::fromUtf8(r.err.trimmed()))
                           : r.failure);
                  return;
              }
              say(Core::Tr::tr("Scratch database %1 created; restoring with %n job(s).",
                               nullptr,
                               m_result.jobs)
                      .arg(m_result.scratchDatabase));
              restore();
          });
}

void Drill::restore()
{
    QString tool = u"pg_restore"_s;
    QStringList args;
    if (m_result.format == u"PLAIN") {
        tool = u"psql"_s;
        args = {u"-X"_s, u"-q"_s, u"-d"_s, m_result.scratchDatabase, u"-f"_s, m_dumpPath};
    } else {
        args = {u"--no-owner"_s, u"--no-privileges"_s, u"-d"_s, m_result.scratchDatabase};
        if (m_result.jobs > 1)
            args << u"-j"_s << QString::number(m_result.jobs);
        args << m_dumpPath;
    }
    runPg(tool, args, {}, [this](const Remote &r) {
        if (m_cancelled)
            return finish();
        if (!r.failure.isEmpty()) {
            fail(u"restore"_s, r.failure);
            return;
        }
        m_errors = restoreErrors(QString::fromUtf8(r.err));
        if (r.exitCode != 0 && m_errors.isEmpty())
            m_errors.append(QString::fromUtf8(r.err.trimmed()));
        m_result.restoreMs = m_stageClock.elapsed();
        say(m_errors.isEmpty()
                ? Core::Tr::tr("Restored in %1 s, no error.").arg(seconds(m_result.restoreMs))
                : Core::Tr::tr("Restored in %1 s with %n error(s).", nullptr, int(m_errors.size()))
                      .arg(seconds(m_result.restoreMs)));
        verify();
    });
}

void Drill::verify()
{
    setStage(Stage::Verify);
    runPg(u"psql"_s,
          {u"-X"_s,
           u"-At"_s,
           u"-F"_s,
           u"|"_s,
           u"-d"_s,
           m_result.scratchDatabase,
           u"-c"_s,
           countQuery(-1),
           u"-c"_s,
           migrationQuery},
          {},
          [this](const Remote &r) {
              if (m_cancelled)
                  return finish();
              if (!r.failure.isEmpty()) {
                  fail(u"verify"_s, r.failure);
                  return;
              }
              const QString out = QString::fromUtf8(r.out);
              m_restoredCounts = parseTableCounts(out);
              m_restoredMigrations = parseMigrations(out);
              countProduction();
          });
}

void Drill::countProduction()
{
    const BackupSettings &b = m_production.backup;
    const QStringList argv = b.psql
                             + QStringList{u"-X"_s,
                                           u"-At"_s,
                                           u"-F"_s,
                                           u"|"_s,
                                           u"-d"_s,
                                           b.database,
                                           u"-c"_s,
                                           countQuery(m_options.exactCountLimit),
                                           u"-c"_s,
                                           migrationQuery};
    run(
        m_productionSession,
        argv,
        {},
        [this](const Remote &r) {
            if (m_cancelled)
                return finish();
            if (!r.ok()) {
                fail(u"verify"_s,
                     r.failure.isEmpty()
                         ? Core::Tr::tr("Production's counts could not be read on %1: %2")
                               .arg(m_production.name, QString::fromUtf8(r.err.trimmed()))
                         : r.failure);
                return;
            }
            const QString out = QString::fromUtf8(r.out);
            m_result.verdict = judgeDrill(m_restoredCounts,
                                          parseTableCounts(out),
                                          m_restoredMigrations,
                                          parseMigrations(out),
                                          m_errors,
                                          m_options.tolerance);
            m_result.verifyMs = m_stageClock.elapsed();
            judge();
        },
        m_production.composeDir);
}

void Drill::judge()
{
    const DrillVerdict &v = m_result.verdict;
    m_result.totalMs = m_result.downloadMs + m_result.restoreMs + m_result.verifyMs;
    if (v.passed) {
        m_result.outcome = DrillResult::Outcome::Passed;
        m_result.message
            = Core::Tr::tr(
                  "%1 restores: %2 tables match production (%3 counted exactly, %4 "
                  "estimated), all %5 migrations of the running version are there, pg_restore "
                  "reported no error. Restore time %6 s (download %7 s, restore %8 s, verify "
                  "%9 s).")
                  .arg(m_result.backupKey)
                  .arg(v.tables.size())
                  .arg(v.tablesExact)
                  .arg(v.tablesEstimated)
                  .arg(v.migrationsProduction)
                  .arg(seconds(m_result.totalMs),
                       seconds(m_result.downloadMs),
                       seconds(m_result.restoreMs),
                       seconds(m_result.verifyMs));
    } else {
        m_result.outcome = DrillResult::Outcome::Failed;
        m_failureStage = u"verify"_s;
        m_result.message = v.failures.join(u' ');
    }
    say(m_result.message);
    cleanup();
}

void Drill::fail(const QString &stage, const QString &message)
{
    if (m_failureStage.isEmpty()) {
        m_failureStage = stage;
        m_failureMessage = message;
    }
    m_result.outcome = DrillResult::Outcome::Failed;
    m_result.message = m_failureMessage;
    say(message);
    cleanup();
}

void Drill::cancel()
{
    // Once cleaning up, the drill is as good as over: a cancel then changes nothing.
    if (!isRunning() || m_cancelled || m_cleaning)
        return;
    m_cancelled = true;
    say(Core::Tr::tr("Cancelled during %1: stopping, then cleaning up.").arg(stageKey(m_stage)));
    m_progressTimer.stop();
    if (m_current && !m_cleaning) {
        m_current->cancel(); // its callback continues to finish()
        return;
    }
    if (!m_cleaning && !m_current) {
        // Waiting on something local (the catalogue, the keychain, a connection): its callback sees
        // m_cancelled; nothing remote exists yet unless a step already made it.
        QTimer::singleShot(0, this, [this] {
            if (isRunning() && !m_cleaning)
                finish();
        });
    }
}

void Drill::cleanup()
{
    if (m_cleaning)
        return;
    m_cleaning = true;
    m_progressTimer.stop();
    const Stage previous = m_stage;
    setStage(Stage::Cleanup);
    Q_UNUSED(previous)
    wipeSecret(m_url);
    const bool keep = m_options.keepDatabase && m_result.outcome == DrillResult::Outcome::Passed
                      && !m_cancelled;
    auto removeDir = [this] {
        if (!m_dirCreated) {
            m_result.cleanupMs = m_stageClock.elapsed();
            finish();
            return;
        }
        run(m_hostSession, {u"rm"_s, u"-rf"_s, u"--"_s, m_workDir}, {}, [this](const Remote &r) {
            if (r.ok()) {
                m_dirCreated = false;
                say(Core::Tr::tr("Removed %1 on %2.").arg(m_workDir, m_host.name));
            } else {
                m_result.leftBehind.append(
                    Core::Tr::tr("the directory %1 on %2 (remove it there with: %3)")
                        .arg(m_workDir,
                             m_host.name,
                             Ssh::commandLine(QStringList{u"rm"_s, u"-rf"_s, u"--"_s, m_workDir})));
            }
            m_result.cleanupMs = m_stageClock.elapsed();
            finish();
        });
    };
    if (!m_databaseCreated || keep) {
        if (keep) {
            m_result.databaseKept = true;
            say(Core::Tr::tr(
                    "Kept the scratch database %1 on %2, as asked (remove it later with: %3).")
                    .arg(m_result.scratchDatabase, m_host.name, scratchRemoveCommand()));
        }
        removeDir();
        return;
    }
    runPg(u"dropdb"_s,
          {u"--if-exists"_s, u"--force"_s, m_result.scratchDatabase},
          {},
          [this, removeDir](const Remote &r) {
              if (r.ok()) {
                  m_databaseCreated = false;
                  say(Core::Tr::tr("Dropped the scratch database %1.").arg(m_result.scratchDatabase));
              } else {
                  m_result.leftBehind.append(
                      Core::Tr::tr("the database %1 on %2 (remove it there with: %3)")
                          .arg(m_result.scratchDatabase, m_host.name, scratchRemoveCommand()));
              }
              removeDir();
          });
}

void Drill::finish()
{
    if (m_stage == Stage::Done)
        return;
    if (!m_cleaning && (m_databaseCreated || m_dirCreated)) {
        // Interrupted before its own cleanup: clean up first.
        cleanup();
        return;
    }
    if (m_cancelled) {
        m_result.outcome = DrillResult::Outcome::Cancelled;
        m_result.message = Core::Tr::tr("The drill was cancelled.");
        if (m_failureStage.isEmpty())
            m_failureStage = stageKey(m_stage == Stage::Cleanup ? Stage::Download : m_stage);
    }
    m_result.failedStage = m_result.outcome == DrillResult::Outcome::Passed ? QString()
                                                                            : m_failureStage;
    if (m_result.totalMs == 0)
        m_result.totalMs = m_result.downloadMs + m_result.restoreMs + m_result.verifyMs;
    m_result.dumpBytes = m_expectedBytes;
    m_result.finishedAt = QDateTime::currentDateTimeUtc();
    if (!m_result.leftBehind.isEmpty()) {
        m_result.message
            += u' ' + Core::Tr::tr("Left behind: %1.").arg(m_result.leftBehind.join(u"; "_s));
        say(Core::Tr::tr("Left behind: %1.").arg(m_result.leftBehind.join(u"; "_s)));
    } else if (m_result.outcome != DrillResult::Outcome::Passed) {
        say(Core::Tr::tr("Nothing was left behind on %1.").arg(m_host.name));
    }
    wipeSecret(m_url);
    wipeSecret(m_pgPassword);
    m_stage = Stage::Done;
    emit stageChanged(Stage::Done);
    emit finished(m_result);
}

} // namespace Steward::Backups
