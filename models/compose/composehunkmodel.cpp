// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compose/composehunkmodel.h"

#include "models/compose/hunkstatus.h"
#include "models/tr.h"

using namespace Qt::StringLiterals;

namespace Steward {

ComposeHunkModel::ComposeHunkModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ComposeHunkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComposeHunkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComposeHunkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Compose::Change &c = row.change;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LinesColumn:
            // An insertion is numbered like git's "-N,0": after line N.
            return c.oldCount == 0 ? Models::Tr::tr("after %1").arg(c.oldStart)
                                   : u"%1-%2"_s.arg(c.oldStart + 1).arg(c.oldEnd());
        case StatusColumn:
            return row.status ? hunkStatusText(*row.status) : Models::Tr::tr("no deployed copy");
        case ChangeColumn:
            return row.firstLine;
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == ApplyColumn && row.status)
            return m_accepted.value(index.row()) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && row.status)
            return hunkStatusColor(*row.status, m_palette);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && row.status)
            return hunkStatusToolTip(index.row(), c, *row.status);
        return {};
    case StatusRole:
        return row.status ? int(*row.status) : -1;
    case OldStartRole:
        return c.oldStart;
    case OldCountRole:
        return c.oldCount;
    case NewStartRole:
        return c.newStart;
    case NewCountRole:
        return c.newCount;
    }
    return {};
}

Qt::ItemFlags ComposeHunkModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Row &row = m_rows.at(index.row());
    if (index.column() == ApplyColumn && row.status) {
        // A change ours already has has nothing to apply.
        if (*row.status == Compose::HunkStatus::Present)
            return Qt::ItemIsSelectable;
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
    }
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}

bool ComposeHunkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != ApplyColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    setAccepted(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

void ComposeHunkModel::setAccepted(int row, bool accepted)
{
    if (row < 0 || row >= m_accepted.size() || m_accepted.at(row) == accepted)
        return;
    m_accepted[row] = accepted;
    const QModelIndex cell = index(row, ApplyColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::CheckStateRole});
    Q_EMIT acceptedChanged();
}

QVariant ComposeHunkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ApplyColumn:
        return Models::Tr::tr("Apply");
    case LinesColumn:
        return Models::Tr::tr("Upstream lines");
    case StatusColumn:
        return Models::Tr::tr("Deployed copy");
    case ChangeColumn:
        return Models::Tr::tr("Change");
    }
    return {};
}

QHash<int, QByteArray> ComposeHunkModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(OldStartRole, "oldStart");
    names.insert(OldCountRole, "oldCount");
    names.insert(NewStartRole, "newStart");
    names.insert(NewCountRole, "newCount");
    return names;
}

void ComposeHunkModel::setReport(const Compose::Report &report)
{
    beginResetModel();
    m_rows.clear();
    m_accepted = report.threeWay ? report.threeWay->defaultAcceptance() : QList<bool>();
    for (qsizetype i = 0; i < report.upstreamChanges.size(); ++i) {
        const Compose::Change &c = report.upstreamChanges.at(i);
        Row row;
        row.change = c;
        if (report.threeWay && i < report.threeWay->hunks.size())
            row.status = report.threeWay->hunks.at(i).status;
        row.firstLine = (c.newCount > 0 ? report.newDoc.lines.value(c.newStart)
                                        : report.oldDoc.lines.value(c.oldStart))
                            .trimmed();
        m_rows.append(std::move(row));
    }
    endResetModel();
}

void ComposeHunkModel::setPalette(const QPalette &palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn),
                           index(int(m_rows.size()) - 1, StatusColumn),
                           {Qt::DecorationRole});
}

} // namespace Steward
