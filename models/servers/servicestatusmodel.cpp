// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/servers/servicestatusmodel.h"

#include "models/servers/statusformat.h"
#include "models/tr.h"

using namespace Qt::StringLiterals;

namespace Steward {

using Servers::ComposeService;
using Servers::Severity;

ServiceStatusModel::ServiceStatusModel(QObject *parent)
    : KeyedTableModel(parent)
{}

void ServiceStatusModel::setServices(const QList<ComposeService> &services)
{
    setRows(services);
}

void ServiceStatusModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0),
                           index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::ForegroundRole});
}

Severity ServiceStatusModel::severityOf(const ComposeService &s)
{
    if (!s.isRunning() || s.health == u"unhealthy"_s)
        return Severity::Critical;
    if (s.health == u"starting"_s)
        return Severity::Warning;
    return Severity::Ok;
}

int ServiceStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComposeService &s = m_rows.at(index.row());
    switch (role) {
    case StatusRoles::SeverityRole:
        return int(severityOf(s));
    case StatusRoles::KeyRole:
        return s.service;
    case Qt::ForegroundRole:
        return m_stale ? StatusFormat::foreground(Severity::Unknown)
                       : StatusFormat::foreground(severityOf(s));
    case Qt::ToolTipRole:
        switch (index.column()) {
        case VersionColumn:
            return s.image;
        case StatusColumn:
            return s.created.isValid()
                       ? Models::Tr::tr("Created %1").arg(StatusFormat::absolute(s.created))
                       : QVariant();
        case ServiceColumn:
            return s.name;
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case ServiceColumn:
            return s.service;
        case StateColumn:
            return s.state;
        case HealthColumn:
            return s.health.isEmpty() ? Models::Tr::tr("no check") : s.health;
        case VersionColumn:
            return s.version.isEmpty() ? s.image : s.version;
        case StatusColumn:
            return s.status;
        case PortsColumn:
            return s.ports.join(u", "_s);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ServiceStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return Models::Tr::tr("Service");
    case StateColumn:
        return Models::Tr::tr("State");
    case HealthColumn:
        return Models::Tr::tr("Health");
    case VersionColumn:
        return Models::Tr::tr("Version");
    case StatusColumn:
        return Models::Tr::tr("Status");
    case PortsColumn:
        return Models::Tr::tr("Ports");
    default:
        return {};
    }
}

} // namespace Steward
