// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backups/drill.h"
#include "models/common/keyedtablemodel.h"

namespace Steward {

// A server's restore drills, newest first: when, backup, outcome, restore time and its stages.
class DrillHistoryModel : public KeyedTableModel<Backups::DrillResult, QString>
{
    Q_OBJECT

public:
    enum Column { When, Outcome, Total, Download, Restore, Verify, Backup, ColumnCount };
    enum Role {
        PassedRole = Qt::UserRole + 1, // bool
        TotalMsRole,                   // qint64, the measured restore time
        StartedRole,                   // QDateTime
        MessageRole,                   // QString
    };

    using KeyedTableModel::KeyedTableModel;

    // newest first, as DrillHistory::forServer gives them.
    void setDrills(const QList<Backups::DrillResult> &drills);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Backups::DrillResult &row) const override;
    bool same(const Backups::DrillResult &a, const Backups::DrillResult &b) const override;
};

// The proof of one drill: per table, restored against production (exact or estimated) and whether it holds.
class DrillProofModel : public KeyedTableModel<Backups::TableProof, QString>
{
    Q_OBJECT

public:
    enum Column { Table, Restored, Production, Count, Verdict, ColumnCount };
    enum Role { OkRole = Qt::UserRole + 1 };

    using KeyedTableModel::KeyedTableModel;

    void setVerdict(const Backups::DrillVerdict &verdict);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Backups::TableProof &row) const override { return row.table; }
    bool same(const Backups::TableProof &a, const Backups::TableProof &b) const override
    {
        return a == b;
    }
};

} // namespace Steward
