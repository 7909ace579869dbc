// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compose/composesummarymodel.h"

#include "models/tr.h"

using namespace Qt::StringLiterals;

namespace Steward {

ComposeSummaryModel::ComposeSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ComposeSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComposeSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComposeSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ServiceColumn:
            return row.service.isEmpty() ? Models::Tr::tr("(top level)") : row.service;
        case SettingColumn:
            return row.change.field;
        case ChangeColumn:
            return row.change.description;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == ChangeColumn ? QVariant(row.change.description) : QVariant();
    case OldLineRole:
        return row.change.oldLine - 1;
    case NewLineRole:
        return row.change.newLine - 1;
    case ServiceRole:
        return row.service;
    case FieldRole:
        return row.change.field;
    }
    return {};
}

QVariant ComposeSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return Models::Tr::tr("Service");
    case SettingColumn:
        return Models::Tr::tr("Setting");
    case ChangeColumn:
        return Models::Tr::tr("Change");
    }
    return {};
}

QHash<int, QByteArray> ComposeSummaryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(OldLineRole, "oldLine");
    names.insert(NewLineRole, "newLine");
    names.insert(ServiceRole, "service");
    names.insert(FieldRole, "field");
    return names;
}

void ComposeSummaryModel::setSummary(const Compose::Summary &summary)
{
    beginResetModel();
    m_rows.clear();
    for (const Compose::ServiceChange &s : summary.services) {
        if (s.kind == Compose::ServiceChange::Kind::Modified) {
            for (const Compose::FieldChange &f : s.fields)
                m_rows.append({s.name, f});
            continue;
        }
        // An added or removed service is one row, not one per setting.
        Compose::FieldChange f;
        f.field = Compose::serviceChangeKindKey(s.kind);
        f.description = s.kind == Compose::ServiceChange::Kind::Added
                            ? Models::Tr::tr("service added")
                            : Models::Tr::tr("service removed");
        f.oldLine = s.oldLine;
        f.newLine = s.newLine;
        m_rows.append({s.name, f});
    }
    for (const Compose::FieldChange &f : summary.topLevel)
        m_rows.append({QString(), f});
    endResetModel();
}

} // namespace Steward
