// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compose/composesummary.h"

#include <QAbstractTableModel>

namespace Steward {

// The semantic summary of a compose comparison as a table: one row per changed setting of a service
// (an added or removed service is one row), then the top-level changes. Columns: service, setting,
// change. The line roles say where the setting's key is, for jumping to it.
class ComposeSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ServiceColumn, SettingColumn, ChangeColumn, ColumnCount };
    enum Roles {
        OldLineRole = Qt::UserRole + 1, // int: 0-based line of the key in OLD, -1 when absent
        NewLineRole,                    // int: 0-based line of the key in NEW, -1 when absent
        ServiceRole,                    // QString: the service's name; empty at the top level
        FieldRole,                      // QString: the key ("image"), or "added"/"removed"
    };
    Q_ENUM(Roles)

    explicit ComposeSummaryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A new comparison: the one place that resets the model.
    void setSummary(const Compose::Summary &summary);

private:
    struct Row
    {
        QString service; // empty: top level
        Compose::FieldChange change;
    };
    QList<Row> m_rows;
};

} // namespace Steward
