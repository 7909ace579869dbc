// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/onboarding/servicesmapmodel.h"

#include "models/tr.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace Steward {

using Onboarding::LiveState;

ServicesMapModel::ServicesMapModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ServicesMapModel::setMap(const Onboarding::ServicesMap &map)
{
    beginResetModel();
    m_map = map;
    m_states.clear();
    endResetModel();
}

void ServicesMapModel::setLiveState(const QString &serviceId, LiveState state)
{
    for (int row = 0; row < m_map.services.size(); ++row) {
        if (m_map.services.at(row).id == serviceId) {
            m_states.insert(serviceId, state);
            emit dataChanged(index(row, StateColumn), index(row, StateColumn));
            return;
        }
    }
}

int ServicesMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_map.services.size());
}

int ServicesMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServicesMapModel::stateName(LiveState state)
{
    switch (state) {
    case LiveState::NotOnServer:
        return Models::Tr::tr("elsewhere");
    case LiveState::Unknown:
        return Models::Tr::tr("not known yet");
    case LiveState::Running:
        return Models::Tr::tr("running");
    case LiveState::Degraded:
        return Models::Tr::tr("degraded");
    case LiveState::Stopped:
        return Models::Tr::tr("stopped");
    case LiveState::Failed:
        return Models::Tr::tr("failed");
    case LiveState::Missing:
        return Models::Tr::tr("missing on the server");
    }
    return {};
}

QVariant ServicesMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Onboarding::Service &s = m_map.services.at(index.row());
    const LiveState state = s.runsOn.isSet() ? m_states.value(s.id, LiveState::Unknown)
                                             : LiveState::NotOnServer;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return s.kind == Onboarding::Service::Kind::Supporting
                       ? Models::Tr::tr("%1 (supporting)").arg(s.name)
                       : s.name;
        case PurposeColumn:
            return s.purpose.simplified();
        case WhereColumn: {
            if (!s.runsOn.isSet())
                return s.provider;
            QString where = s.runsOn.server;
            if (!s.runsOn.composeService.isEmpty())
                where += Models::Tr::tr(", compose service %1").arg(s.runsOn.composeService);
            if (!s.runsOn.unit.isEmpty())
                where += Models::Tr::tr(", unit %1").arg(s.runsOn.unit);
            return where;
        }
        case StateColumn:
            return stateName(state);
        case ContactsColumn:
            return s.contacts.join(u", "_s);
        case RepositoryColumn:
            return s.repository;
        case SecretsColumn:
            return s.secrets.join(u", "_s);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == PurposeColumn)
            return s.purpose;
        if (index.column() == SecretsColumn && !s.secrets.isEmpty())
            return Models::Tr::tr(
                "Keychain key names (Tools › Credentials); the values are never in the map.");
        QStringList links;
        for (const Onboarding::ServiceLink &l : s.links)
            links << u"%1: %2"_s.arg(l.title, l.url);
        return links.isEmpty() ? QVariant() : QVariant(links.join(u'\n'));
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        switch (state) {
        case LiveState::Running:
            return QColor(0x2c, 0xa0, 0x2c);
        case LiveState::Failed:
        case LiveState::Stopped:
        case LiveState::Missing:
            return QColor(0xd0, 0x30, 0x30);
        case LiveState::Degraded:
            return QColor(0xc0, 0x70, 0x00);
        default:
            return {};
        }
    }
    return {};
}

QVariant ServicesMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return Models::Tr::tr("Service");
    case PurposeColumn:
        return Models::Tr::tr("What it is for");
    case WhereColumn:
        return Models::Tr::tr("Where it runs");
    case StateColumn:
        return Models::Tr::tr("Now");
    case ContactsColumn:
        return Models::Tr::tr("Who to ask");
    case RepositoryColumn:
        return Models::Tr::tr("Configured in");
    case SecretsColumn:
        return Models::Tr::tr("Secrets (key names)");
    }
    return {};
}

} // namespace Steward
