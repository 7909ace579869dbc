// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/servers/actionhistorymodel.h"

#include "core/servers/serveraction.h"
#include "models/servers/statusformat.h"
#include "models/tr.h"

using namespace Qt::StringLiterals;

namespace Steward {

using Servers::ActionRun;

ActionHistoryModel::ActionHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ActionHistoryModel::add(ActionRun *run)
{
    beginInsertRows({}, 0, 0);
    m_runs.prepend(run);
    endInsertRows();
    connect(run, &ActionRun::finished, this, [this, run] {
        const int row = int(m_runs.indexOf(run));
        if (row >= 0)
            Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
    });
}

ActionRun *ActionHistoryModel::run(int row) const
{
    return m_runs.value(row);
}

int ActionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int ActionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionRun *r = m_runs.at(index.row());
    if (!r)
        return role == Qt::DisplayRole && index.column() == ActionColumn ? Models::Tr::tr("(gone)")
                                                                         : QVariant();
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (r->state() == ActionRun::State::Failed)
            return StatusFormat::foreground(Servers::Severity::Critical);
        if (r->state() == ActionRun::State::Cancelled)
            return StatusFormat::foreground(Servers::Severity::Warning);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == ActionColumn)
        return r->action().commandLine(r->server());
    if (role == Qt::ToolTipRole && index.column() == StateColumn)
        return r->errorString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return r->startedAt().toLocalTime().toString(u"HH:mm:ss"_s);
    case ServerColumn:
        return r->server().name;
    case ActionColumn:
        return r->action().title();
    case StateColumn:
        switch (r->state()) {
        case ActionRun::State::Running:
            return Models::Tr::tr("Running…");
        case ActionRun::State::Succeeded:
            return Models::Tr::tr("Done");
        case ActionRun::State::Failed:
            return Models::Tr::tr("Failed");
        case ActionRun::State::Cancelled:
            return Models::Tr::tr("Cancelled");
        }
        return {};
    default:
        return {};
    }
}

QVariant ActionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return Models::Tr::tr("Time");
    case ServerColumn:
        return Models::Tr::tr("Server");
    case ActionColumn:
        return Models::Tr::tr("Action");
    case StateColumn:
        return Models::Tr::tr("Result");
    default:
        return {};
    }
}

} // namespace Steward
