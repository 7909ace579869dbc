// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/servers/serverstatus.h"
#include "core/ssh/session.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace Steward {

// The inventory as a table: one row a server, one column a field. Editable in place; rows can be added,
// removed and moved. It owns no file: whoever loads it listens to inventoryChanged() and saves.
class ServerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        HostColumn,
        PortColumn,
        UserColumn,
        RoleColumn,
        ComposeDirColumn,
        PublicUrlColumn,
        NotesColumn,
        ConnectionColumn, // not part of the inventory: the state of Steward's SSH session
        StatusColumn,     // not part of the inventory: the badge of the last status refresh
        VersionColumn,    // the Mastodon version it runs, with a badge when a newer patch exists
        BackupColumn,     // the age of the newest backup
        ColumnCount
    };
    enum Roles {
        ServerRole = Qt::UserRole + 1, // the whole Steward::Server
        RoleKeyRole,                   // "primary", "secondary", "staging"
        ConnectionStateRole,           // Ssh::Session::State, as an int
        SeverityRole,                  // Servers::Severity of the overview, as an int
    };

    // What the overview columns show of a server: filled by whoever watches its status, versions, backups.
    struct Overview
    {
        Servers::Severity severity = Servers::Severity::Unknown;
        QString summary;       // "Healthy", "web is not running (+2)"
        QDateTime refreshed;   // when the status was last read
        bool stale = false;    // the last refresh failed; what is shown is older
        QString version;       // "4.2.10"
        QString newerVersion;  // "4.2.13": a newer patch of the same line exists
        bool security = false; // ... and it is a security release
        QDateTime lastBackup;  // newest backup (null: unknown)
        Servers::Severity backupSeverity = Servers::Severity::Unknown;
        QString backupText; // "3 h ago", "stale: 2 days ago", "no backup found"
    };
    Q_ENUM(Roles)

    explicit ServerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent,
                  int sourceRow,
                  int count,
                  const QModelIndex &destinationParent,
                  int destinationChild) override;

    // Replaces everything (loading a file): the one place that resets the model.
    void setServers(const ServerList &servers);
    const ServerList &servers() const { return m_servers; }
    Server server(int row) const { return m_servers.value(row); }

    // Appends a server, or with row >= 0 inserts it there. Returns the row.
    int addServer(const Server &server, int row = -1);
    // Replaces one row's server; emits dataChanged for the columns that differ.
    bool updateServer(int row, const Server &server);
    // Row of the server with that name, or -1.
    int rowOfName(const QString &name) const;
    // Every server's name, in row order.
    QStringList names() const;
    // A name not yet used: base, "base (2)", "base (3)", ...
    QString uniqueName(const QString &base) const;

    // The SSH session state shown in ConnectionColumn (detail: the error or how it authenticated).
    void setConnectionState(const QString &name, Ssh::Session::State state, const QString &detail);
    // The status badge and summary (StatusColumn), the version (VersionColumn), each emitting dataChanged
    // for its own columns only.
    void setStatusOverview(const QString &name,
                           Servers::Severity severity,
                           const QString &summary,
                           const QDateTime &refreshed,
                           bool stale);
    void setVersionOverview(const QString &name,
                            const QString &version,
                            const QString &newerVersion,
                            bool security);
    void setBackupOverview(const QString &name,
                           const QDateTime &lastBackup,
                           Servers::Severity severity,
                           const QString &text);
    Overview overview(const QString &name) const { return m_overviews.value(name); }
    Ssh::Session::State connectionState(const QString &name) const;

    // Read-only stops every edit (a malformed file is shown but never overwritten).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    // The user changed the inventory (not setServers): time to save.
    void inventoryChanged();

private:
    QVariant overviewData(const QString &name, int column, int role) const;

    ServerList m_servers;
    bool m_readOnly = false;
    QHash<QString, std::pair<Ssh::Session::State, QString>> m_connections;
    QHash<QString, Overview> m_overviews;
};

} // namespace Steward
