// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/servers/unitstatusmodel.h"

#include "models/servers/statusformat.h"
#include "models/tr.h"

using namespace Qt::StringLiterals;

namespace Steward {

using Servers::Severity;
using Servers::TimerInfo;
using Servers::UnitInfo;

UnitStatusModel::UnitStatusModel(QObject *parent)
    : KeyedTableModel(parent)
{}

void UnitStatusModel::setUnits(const QList<UnitInfo> &units)
{
    setRows(units);
}

Severity UnitStatusModel::severityOf(const UnitInfo &u)
{
    if (!u.exists())
        return Severity::Unknown;
    if (u.activeState == u"failed"_s)
        return Severity::Critical;
    if (u.failed())
        return Severity::Warning;
    return Severity::Ok;
}

int UnitStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitInfo &u = m_rows.at(index.row());
    switch (role) {
    case StatusRoles::SeverityRole:
        return int(severityOf(u));
    case StatusRoles::KeyRole:
        return u.id;
    case Qt::ForegroundRole:
        return StatusFormat::foreground(severityOf(u));
    case Qt::ToolTipRole:
        if (index.column() == LastRunColumn)
            return StatusFormat::absolute(u.activeEnter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case UnitColumn:
            return u.id;
        case StateColumn:
            if (!u.exists())
                return Models::Tr::tr("not installed");
            return u.subState.isEmpty() ? u.activeState
                                        : u.activeState + u" ("_s + u.subState + u')';
        case ResultColumn:
            return u.exists() ? u.result : QString();
        case LastRunColumn:
            return StatusFormat::relative(u.activeEnter.isValid() ? u.activeEnter : u.stateChange);
        case DescriptionColumn:
            return u.description;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant UnitStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
        return Models::Tr::tr("Unit");
    case StateColumn:
        return Models::Tr::tr("State");
    case ResultColumn:
        return Models::Tr::tr("Last result");
    case LastRunColumn:
        return Models::Tr::tr("Last run");
    case DescriptionColumn:
        return Models::Tr::tr("Description");
    default:
        return {};
    }
}

TimerStatusModel::TimerStatusModel(QObject *parent)
    : KeyedTableModel(parent)
{}

void TimerStatusModel::setTimers(const QList<TimerInfo> &timers, const QList<UnitInfo> &units)
{
    const bool unitsChanged = m_units != units;
    m_units = units;
    setRows(timers);
    // The activated units' results may have changed while the timers did not.
    if (unitsChanged && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const UnitInfo *TimerStatusModel::unit(const QString &id) const
{
    for (const UnitInfo &u : m_units) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

Severity TimerStatusModel::severityOf(const TimerInfo &t) const
{
    if (const UnitInfo *u = unit(t.activates); u && u->exists()) {
        if (u->activeState == u"failed"_s)
            return Severity::Critical;
        if (u->failed())
            return Severity::Warning;
    }
    if (!t.next.isValid())
        return Severity::Warning;
    if (t.next < QDateTime::currentDateTimeUtc().addSecs(-300))
        return Severity::Warning;
    return Severity::Ok;
}

int TimerStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimerStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimerInfo &t = m_rows.at(index.row());
    switch (role) {
    case StatusRoles::SeverityRole:
        return int(severityOf(t));
    case StatusRoles::KeyRole:
        return t.unit;
    case Qt::ForegroundRole:
        return StatusFormat::foreground(severityOf(t));
    case Qt::ToolTipRole:
        if (index.column() == NextColumn)
            return StatusFormat::absolute(t.next);
        if (index.column() == LastColumn)
            return StatusFormat::absolute(t.last);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimerColumn:
            return t.unit;
        case NextColumn:
            return t.next.isValid() ? StatusFormat::relative(t.next)
                                    : Models::Tr::tr("not scheduled");
        case LastColumn:
            return t.last.isValid() ? StatusFormat::relative(t.last) : Models::Tr::tr("never");
        case ActivatesColumn:
            return t.activates;
        case ResultColumn:
            if (const UnitInfo *u = unit(t.activates); u && u->exists())
                return u->activeState == u"activating"_s ? Models::Tr::tr("running now")
                                                         : u->result;
            return {};
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TimerStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimerColumn:
        return Models::Tr::tr("Timer");
    case NextColumn:
        return Models::Tr::tr("Next run");
    case LastColumn:
        return Models::Tr::tr("Last run");
    case ActivatesColumn:
        return Models::Tr::tr("Activates");
    case ResultColumn:
        return Models::Tr::tr("Last result");
    default:
        return {};
    }
}

} // namespace Steward
