// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backups/catalogue.h"
#include "core/backups/drillverdict.h"
#include "core/backups/sigv4.h"
#include "core/inventory/server.h"
#include "core/result.h"
#include "core/servers/sessionconnector.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Steward::Ssh {
class Command;
class Session;
} // namespace Steward::Ssh

namespace Steward::Backups {

class CatalogueSource;

// How a drill connects to a server: the app's SessionPool::connector(), ConsoleServers::connectTo.
using Steward::SessionConnector;

struct DrillOptions
{
    QString backupKey; // empty: the newest backup of the server
    bool keepDatabase
        = false; // keep the scratch database (a read-only staging trial); files are removed
    // Production tables with more (estimated) rows than this are not counted exactly (count(*) would
    // load production); their planner estimate is compared instead, and said so.
    qint64 exactCountLimit = 1'000'000;
    int urlLifetimeSeconds = 6 * 3600;
    ProofTolerance tolerance;
};

// What a drill came to: stored in the history database, printed by `steward backup drill`, shown by the
// panel. Times in milliseconds; total = download + restore + verify, the measured restore time.
struct DrillResult
{
    enum class Outcome { Passed, Failed, Cancelled };

    QString server;
    QString drillHost;
    QString backupKey;
    qint64 backupSize = 0;
    QDateTime backupTime;
    QDateTime startedAt;
    QDateTime finishedAt;
    Outcome outcome = Outcome::Failed;
    QString failedStage; // "preflight", "download", "restore", "verify", "cleanup"; empty when passed
    QString message;     // one paragraph: why it failed, or what passed
    qint64 preflightMs = 0;
    qint64 downloadMs = 0;
    qint64 restoreMs = 0;
    qint64 verifyMs = 0;
    qint64 cleanupMs = 0;
    qint64 totalMs = 0;
    qint64 dumpBytes = 0; // uncompressed
    QString format;       // CUSTOM, TAR, DIRECTORY, PLAIN
    int jobs = 1;
    QString scratchDatabase;
    bool databaseKept = false;
    QStringList leftBehind; // what an interrupted drill could not remove, each with how to remove it
    DrillVerdict verdict;

    bool passed() const { return outcome == Outcome::Passed; }
    static QString outcomeKey(Outcome outcome); // "passed", "failed", "cancelled"
    QJsonObject toJson() const;
    static DrillResult fromJson(const QJsonObject &o);
};

// A restore drill: the chosen backup (default the newest) downloaded on the drill host through a
// presigned URL given on stdin (the key pair never leaves this computer), decompressed while it downloads,
// restored into a scratch database with a dated name (pg_restore --jobs where the format allows), proved
// table by table against production's counts read over SSH now, and schema_migrations against
// production's; then the scratch database and files are removed (or the database kept on request). Never
// touches production's database: production is only read. Cancel at any stage cleans up, or says exactly
// what it left and how to remove it.
class Drill : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, Preflight, Download, Restore, Verify, Cleanup, Done };
    Q_ENUM(Stage)

    Drill(SessionConnector connector,
          CatalogueSource *catalogue,
          const Server &production,
          const Server &drillHost,
          const DrillOptions &options = {},
          QObject *parent = nullptr);
    ~Drill() override;

    void start();
    void cancel();

    Stage stage() const { return m_stage; }
    bool isRunning() const { return m_stage != Stage::Idle && m_stage != Stage::Done; }
    const DrillResult &result() const { return m_result; }
    // What the drill did, line by line, for the panel and the command's text output. Never holds a
    // secret or the presigned URL.
    QStringList log() const { return m_log; }
    // The drill's paths on the drill host, for tests and messages.
    QString workDirectory() const { return m_workDir; }

    static QString stageKey(Stage stage);

signals:
    void stageChanged(Steward::Backups::Drill::Stage stage);
    void logged(const QString &line);
    // Bytes of the uncompressed dump written so far, against its expected size (0 when unknown).
    void downloadProgress(qint64 done, qint64 total);
    void finished(const Steward::Backups::DrillResult &result);

private:
    struct Remote
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QString failure; // the session's or the channel's failure
        bool ok() const { return failure.isEmpty() && exitCode == 0; }
    };
    using RemoteDone = std::function<void(const Remote &)>;

    void resolve();
    void connectHosts();
    void preflight();
    void download();
    void inspect();
    void createDatabase();
    void restore();
    void verify();
    void countProduction();
    void judge();
    void cleanup();
    void finish();
    void fail(const QString &stage, const QString &message);
    void setStage(Stage stage);
    void say(const QString &line);
    void pollDownload();

    // A remote command on session with the given stdin (then EOF). The current one is cancelled by cancel().
    void run(Ssh::Session *session,
             const QStringList &argv,
             const QByteArray &input,
             RemoteDone done,
             const QString &directory = {});
    // A PostgreSQL client tool on the drill host with its connection options, the password (if any) on stdin.
    void runPg(const QString &tool,
               const QStringList &args,
               const QByteArray &input,
               RemoteDone done);
    QStringList pgConnection() const;
    QString scratchRemoveCommand() const;

    SessionConnector m_connector;
    QPointer<CatalogueSource> m_catalogue;
    Server m_production;
    Server m_host;
    DrillOptions m_options;
    DrillResult m_result;
    Stage m_stage = Stage::Idle;
    QStringList m_log;
    QPointer<Ssh::Session> m_hostSession;
    QPointer<Ssh::Session> m_productionSession;
    QPointer<Ssh::Command> m_current;
    QTimer m_progressTimer;
    QPointer<Ssh::Command> m_progressCommand;
    QElapsedTimer m_total;
    QElapsedTimer m_stageClock;
    bool m_cancelled = false;
    bool m_cleaning = false;
    bool m_databaseCreated = false; // the scratch database exists or may (createdb started)
    bool m_dirCreated = false;
    QByteArray m_url; // the presigned URL: memory only, wiped at the end
    QByteArray m_pgPassword;
    QString m_workDir;
    QString m_dumpPath;
    QString m_decompressor;
    qint64 m_expectedBytes = 0;
    qint64 m_freeKiB = -1;
    int m_cpus = 1;
    QStringList m_tools;
    QString m_pgVersion;
    QString m_failureStage;
    QString m_failureMessage;
    QList<TableCount> m_restoredCounts;
    QStringList m_restoredMigrations;
    QStringList m_errors;
};

} // namespace Steward::Backups

Q_DECLARE_METATYPE(Steward::Backups::DrillResult)
