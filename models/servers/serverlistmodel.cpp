// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/servers/serverlistmodel.h"

#include "core/inventory/inventory.h"
#include "models/servers/statusformat.h"
#include "models/tr.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace Steward {

ServerListModel::ServerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ServerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_servers.size());
}

namespace {
QString connectionText(Ssh::Session::State state)
{
    switch (state) {
    case Ssh::Session::State::Disconnected:
        return Models::Tr::tr("Not connected");
    case Ssh::Session::State::Connecting:
        return Models::Tr::tr("Connecting…");
    case Ssh::Session::State::Authenticating:
        return Models::Tr::tr("Logging in…");
    case Ssh::Session::State::Ready:
        return Models::Tr::tr("Connected");
    case Ssh::Session::State::Lost:
        return Models::Tr::tr("Connection lost");
    case Ssh::Session::State::Closed:
        return Models::Tr::tr("Closed");
    }
    return {};
}
} // namespace

void ServerListModel::setConnectionState(const QString &name,
                                         Ssh::Session::State state,
                                         const QString &detail)
{
    m_connections.insert(name, {state, detail});
    const int row = rowOfName(name);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, ConnectionColumn), index(row, ConnectionColumn));
}

void ServerListModel::setStatusOverview(const QString &name,
                                        Servers::Severity severity,
                                        const QString &summary,
                                        const QDateTime &refreshed,
                                        bool stale)
{
    Overview &o = m_overviews[name];
    o.severity = severity;
    o.summary = summary;
    o.refreshed = refreshed;
    o.stale = stale;
    if (const int row = rowOfName(name); row >= 0)
        Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

void ServerListModel::setVersionOverview(const QString &name,
                                         const QString &version,
                                         const QString &newerVersion,
                                         bool security)
{
    Overview &o = m_overviews[name];
    o.version = version;
    o.newerVersion = newerVersion;
    o.security = security;
    if (const int row = rowOfName(name); row >= 0)
        Q_EMIT dataChanged(index(row, VersionColumn), index(row, VersionColumn));
}

void ServerListModel::setBackupOverview(const QString &name,
                                        const QDateTime &lastBackup,
                                        Servers::Severity severity,
                                        const QString &text)
{
    Overview &o = m_overviews[name];
    o.lastBackup = lastBackup;
    o.backupSeverity = severity;
    o.backupText = text;
    if (const int row = rowOfName(name); row >= 0)
        Q_EMIT dataChanged(index(row, BackupColumn), index(row, BackupColumn));
}

Ssh::Session::State ServerListModel::connectionState(const QString &name) const
{
    return m_connections.value(name, {Ssh::Session::State::Disconnected, QString()}).first;
}

QVariant ServerListModel::overviewData(const QString &name, int column, int role) const
{
    const Overview o = m_overviews.value(name);
    switch (column) {
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            if (o.severity == Servers::Severity::Unknown)
                return Servers::severityName(o.severity);
            return o.summary.isEmpty() ? Servers::severityName(o.severity) : o.summary;
        }
        if (role == Qt::ForegroundRole)
            return StatusFormat::foreground(o.stale ? Servers::Severity::Unknown : o.severity);
        if (role == Qt::ToolTipRole && o.refreshed.isValid())
            return o.stale
                       ? Models::Tr::tr("The last refresh failed; this is from %1.")
                             .arg(StatusFormat::absolute(o.refreshed))
                       : Models::Tr::tr("Refreshed %1.").arg(StatusFormat::absolute(o.refreshed));
        if (role == Qt::DecorationRole)
            return StatusFormat::badge(o.severity);
        return {};
    case VersionColumn:
        if (role == Qt::DisplayRole) {
            if (o.version.isEmpty())
                return {};
            return o.newerVersion.isEmpty()
                       ? o.version
                       : (o.security ? Models::Tr::tr("%1 (security release %2)")
                                     : Models::Tr::tr("%1 (%2 available)"))
                             .arg(o.version, o.newerVersion);
        }
        if (role == Qt::ForegroundRole && !o.newerVersion.isEmpty())
            return StatusFormat::foreground(o.security ? Servers::Severity::Critical
                                                       : Servers::Severity::Warning);
        return {};
    case BackupColumn:
        if (role == Qt::DisplayRole)
            return o.backupText;
        if (role == Qt::ForegroundRole)
            return StatusFormat::foreground(o.backupSeverity == Servers::Severity::Ok
                                                ? Servers::Severity::Ok
                                                : o.backupSeverity);
        if (role == Qt::ToolTipRole && o.lastBackup.isValid())
            return StatusFormat::absolute(o.lastBackup);
        return {};
    }
    return {};
}

int ServerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Server &s = m_servers.at(index.row());
    if (role == ServerRole)
        return QVariant::fromValue(s);
    if (role == RoleKeyRole)
        return serverRoleKey(s.role);
    if (role == ConnectionStateRole)
        return int(connectionState(s.name));
    if (role == SeverityRole)
        return int(m_overviews.value(s.name).severity);
    if (index.column() == StatusColumn || index.column() == VersionColumn
        || index.column() == BackupColumn)
        return overviewData(s.name, index.column(), role);
    if (index.column() == ConnectionColumn) {
        const auto [state, detail] = m_connections.value(s.name,
                                                         {Ssh::Session::State::Disconnected,
                                                          QString()});
        if (role == Qt::DisplayRole)
            return connectionText(state);
        if (role == Qt::ToolTipRole && !detail.isEmpty())
            return detail;
        if (role == Qt::ForegroundRole
            && (state == Ssh::Session::State::Lost || state == Ssh::Session::State::Closed)
            && !detail.isEmpty())
            return QColor(0xc0, 0x39, 0x2b);
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case HostColumn:
            return s.host;
        case PortColumn:
            return s.port;
        case UserColumn:
            return s.user;
        case RoleColumn:
            return role == Qt::EditRole ? QVariant(serverRoleKey(s.role))
                                        : QVariant(serverRoleDisplayName(s.role));
        case ComposeDirColumn:
            return s.composeDir;
        case PublicUrlColumn:
            return s.publicUrl;
        case NotesColumn:
            return role == Qt::DisplayRole ? QVariant(s.notes.section(u'\n', 0, 0))
                                           : QVariant(s.notes);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NotesColumn && !s.notes.isEmpty())
        return s.notes;
    if (role == Qt::TextAlignmentRole && index.column() == PortColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool ServerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Server s = m_servers.at(index.row());
    const QString text = value.toString();
    switch (index.column()) {
    case NameColumn:
        if (text.trimmed().isEmpty()
            || (rowOfName(text.trimmed()) != -1 && rowOfName(text.trimmed()) != index.row()))
            return false;
        s.name = text.trimmed();
        break;
    case HostColumn:
        s.host = text.trimmed();
        break;
    case PortColumn: {
        bool ok = false;
        s.port = value.toInt(&ok);
        if (!ok)
            return false;
        break;
    }
    case UserColumn:
        s.user = text.trimmed();
        break;
    case RoleColumn: {
        const auto r = serverRoleFromKey(text);
        if (!r)
            return false;
        s.role = *r;
        break;
    }
    case ComposeDirColumn:
        s.composeDir = text.trimmed();
        break;
    case PublicUrlColumn:
        s.publicUrl = text.trimmed();
        break;
    case NotesColumn:
        s.notes = text;
        break;
    default:
        return false;
    }
    if (!Inventory::validate(s).isEmpty())
        return false;
    return updateServer(index.row(), s);
}

QVariant ServerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return Models::Tr::tr("Name");
    case HostColumn:
        return Models::Tr::tr("Host");
    case PortColumn:
        return Models::Tr::tr("Port");
    case UserColumn:
        return Models::Tr::tr("User");
    case RoleColumn:
        return Models::Tr::tr("Role");
    case ComposeDirColumn:
        return Models::Tr::tr("Compose directory");
    case PublicUrlColumn:
        return Models::Tr::tr("Public URL");
    case NotesColumn:
        return Models::Tr::tr("Notes");
    case ConnectionColumn:
        return Models::Tr::tr("Connection");
    case StatusColumn:
        return Models::Tr::tr("Status");
    case VersionColumn:
        return Models::Tr::tr("Version");
    case BackupColumn:
        return Models::Tr::tr("Last backup");
    }
    return {};
}

Qt::ItemFlags ServerListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly && index.column() < ConnectionColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ServerListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (m_readOnly || parent.isValid() || count <= 0 || row < 0 || row + count > m_servers.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_servers.remove(row, count);
    endRemoveRows();
    Q_EMIT inventoryChanged();
    return true;
}

bool ServerListModel::moveRows(const QModelIndex &sourceParent,
                               int sourceRow,
                               int count,
                               const QModelIndex &destinationParent,
                               int destinationChild)
{
    if (m_readOnly || sourceParent.isValid() || destinationParent.isValid() || count <= 0
        || sourceRow < 0 || sourceRow + count > m_servers.size() || destinationChild < 0
        || destinationChild > m_servers.size())
        return false;
    // Moving a block onto itself or just below itself is no move (and beginMoveRows refuses it).
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const ServerList moved = m_servers.mid(sourceRow, count);
    m_servers.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_servers.insert(insertAt + i, moved.at(i));
    endMoveRows();
    Q_EMIT inventoryChanged();
    return true;
}

void ServerListModel::setServers(const ServerList &servers)
{
    beginResetModel();
    m_servers = servers;
    endResetModel();
}

int ServerListModel::addServer(const Server &server, int row)
{
    if (m_readOnly)
        return -1;
    if (row < 0 || row > m_servers.size())
        row = int(m_servers.size());
    beginInsertRows({}, row, row);
    m_servers.insert(row, server);
    endInsertRows();
    Q_EMIT inventoryChanged();
    return row;
}

bool ServerListModel::updateServer(int row, const Server &server)
{
    if (m_readOnly || row < 0 || row >= m_servers.size())
        return false;
    const Server old = m_servers.at(row);
    if (old == server)
        return true;
    m_servers[row] = server;
    const bool changed[ColumnCount] = {old.name != server.name,
                                       old.host != server.host,
                                       old.port != server.port,
                                       old.user != server.user,
                                       old.role != server.role,
                                       old.composeDir != server.composeDir,
                                       old.publicUrl != server.publicUrl,
                                       old.notes != server.notes,
                                       false};
    int first = -1;
    int last = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        if (changed[c]) {
            if (first < 0)
                first = c;
            last = c;
        }
    }
    if (first < 0) { // only fields without a column (identity file) changed
        first = 0;
        last = 0;
    }
    Q_EMIT dataChanged(index(row, first),
                       index(row, last),
                       {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, ServerRole, RoleKeyRole});
    Q_EMIT inventoryChanged();
    return true;
}

int ServerListModel::rowOfName(const QString &name) const
{
    for (int i = 0; i < m_servers.size(); ++i) {
        if (m_servers.at(i).name == name)
            return i;
    }
    return -1;
}

QStringList ServerListModel::names() const
{
    QStringList names;
    names.reserve(m_servers.size());
    for (const Server &s : m_servers)
        names.append(s.name);
    return names;
}

QString ServerListModel::uniqueName(const QString &base) const
{
    if (rowOfName(base) < 0)
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 (%2)"_s.arg(base).arg(n);
        if (rowOfName(candidate) < 0)
            return candidate;
    }
}

void ServerListModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_servers.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {});
}

} // namespace Steward
