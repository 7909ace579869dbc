// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Steward {

namespace Servers {
class ActionRun;
}

// The actions run from the Servers panel in this session, newest first: when, on which server, what, and
// how it went (live while running). The runs are owned by whoever made them; a run that is deleted leaves
// its row.
class ActionHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ServerColumn, ActionColumn, StateColumn, ColumnCount };

    explicit ActionHistoryModel(QObject *parent = nullptr);

    // Adds a run at the top and follows it.
    void add(Servers::ActionRun *run);
    Servers::ActionRun *run(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QPointer<Servers::ActionRun>> m_runs;
};

} // namespace Steward
