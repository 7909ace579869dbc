// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compose/composereport.h"

#include <QAbstractTableModel>
#include <QPalette>

#include <optional>

namespace Steward {

// The upstream changes (OLD -> NEW) of a compose comparison as a table, with where the deployed copy
// stands on each and whether the merged patch applies it. Columns: Apply (checkable while there is a
// deployed copy, except for a change ours already has), upstream lines (numbered like git: "18-18",
// "after 34" for an insertion), the status (words, colour, tooltip) and the change's first line.
class ComposeHunkModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ApplyColumn, LinesColumn, StatusColumn, ChangeColumn, ColumnCount };
    enum Roles {
        StatusRole = Qt::UserRole + 1, // int: Compose::HunkStatus, or -1 without a deployed copy
        OldStartRole,                  // int: the change's 0-based first OLD line
        OldCountRole,                  // int
        NewStartRole,                  // int
        NewCountRole,                  // int
    };
    Q_ENUM(Roles)

    explicit ComposeHunkModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A new comparison (the acceptance starts at the three-way default): the one place that resets.
    void setReport(const Compose::Report &report);
    // The palette the status colours are chosen for (light or dark).
    void setPalette(const QPalette &palette);
    // Per change, whether the merged patch applies it (empty without a deployed copy).
    const QList<bool> &accepted() const { return m_accepted; }
    void setAccepted(int row, bool accepted);

Q_SIGNALS:
    void acceptedChanged();

private:
    struct Row
    {
        Compose::Change change;
        std::optional<Compose::HunkStatus> status; // without a deployed copy: none
        QString firstLine;
    };
    QList<Row> m_rows;
    QList<bool> m_accepted;
    QPalette m_palette;
};

} // namespace Steward
