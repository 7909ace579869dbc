// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Steward {

// What a server is for in our setup.
enum class ServerRole { Primary, Secondary, Staging };

QString serverRoleKey(ServerRole role);                          // "primary", as in the file
std::optional<ServerRole> serverRoleFromKey(const QString &key); // inverse of serverRoleKey
QString serverRoleDisplayName(ServerRole role);                  // translated, for the UI
QList<ServerRole> allServerRoles();

// Where a server's database backups are and how they are checked (the `backup:` map of its inventory entry,
// docs/backups.md). A server without a bucket has no backups configured.
struct BackupSettings
{
    static constexpr int defaultFreshHours = 26;
    static constexpr int defaultDrillMaxAgeDays = 30;
    static QString defaultPattern() { return QStringLiteral("{database}-{timestamp}.dump.gz"); }
    static QString defaultUnit() { return QStringLiteral("pg-dump-to-s3.service"); }
    static QString defaultDatabase() { return QStringLiteral("mastodon_production"); }
    // How psql is reached on a server where PostgreSQL runs in the compose project (run in compose_dir).
    static QStringList defaultPsql()
    {
        return {QStringLiteral("docker"),
                QStringLiteral("compose"),
                QStringLiteral("exec"),
                QStringLiteral("-T"),
                QStringLiteral("db"),
                QStringLiteral("psql"),
                QStringLiteral("-U"),
                QStringLiteral("postgres")};
    }

    QString endpoint; // "https://s3.example.org"; empty: AWS (https://s3.REGION.amazonaws.com)
    QString bucket;
    QString prefix; // "backups/" (only keys under it are the server's)
    QString region = QStringLiteral("us-east-1");
    QString addressing; // "path" or "virtual"; empty: path with an endpoint, virtual on AWS
    QString pattern
        = defaultPattern(); // object names: {database}, {server}, {timestamp}, * (docs/backups.md)
    QString unit = defaultUnit(); // the systemd unit that makes a backup
    QString database = defaultDatabase();
    QStringList psql = defaultPsql(); // psql on this server, for production's counts at drill time
    int freshHours = defaultFreshHours;
    // The restore drill: where (an inventory server, never this one when it is the primary), how often.
    QString drillHost;
    int drillMaxAgeDays = defaultDrillMaxAgeDays;
    QString drillWorkDir = QStringLiteral("/var/tmp");
    QString drillPgHost; // empty: the local socket of the drill host
    int drillPgPort = 5432;
    QString drillPgUser = QStringLiteral("postgres");
    int drillJobs = 0; // pg_restore --jobs; 0: the drill host's cores, at most 4

    bool configured() const { return !bucket.isEmpty(); }
    bool operator==(const BackupSettings &) const = default;
};

// One host of the inventory: how to reach it over SSH and where Mastodon lives on it.
struct Server
{
    static constexpr int defaultPort = 22;
    static QString defaultComposeDir() { return QStringLiteral("/opt/mastodon"); }

    QString name; // unique, what volunteers call it ("social.coop")
    QString host; // host name or address to connect to
    int port = defaultPort;
    QString user; // empty: the SSH default (ssh config, then the local user name)
    ServerRole role = ServerRole::Primary;
    QString composeDir = defaultComposeDir();
    QString publicUrl;    // the instance's public URL, "https://social.coop"
    QString identityFile; // optional private key path, as in ssh config
    QString notes;
    BackupSettings backup;

    bool operator==(const Server &) const = default;
};

using ServerList = QList<Server>;

} // namespace Steward

Q_DECLARE_METATYPE(Steward::Server)
