// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runbook/journal.h"
#include "core/runbook/runbook.h"

#include <QAbstractTableModel>

namespace Steward {

// The steps of a run as its journal tells them (RunState), one row a step of the runbook: title, type,
// status, attempts, when it started and how long it took, who decided. Before a run exists (a runbook
// chosen, no run yet) every step is pending.
class RunStepModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StepColumn,
        TypeColumn,
        StatusColumn,
        AttemptsColumn,
        TimeColumn,
        ByColumn,
        ColumnCount
    };
    enum Role {
        StepIdRole = Qt::UserRole + 1, // QString
        StatusRole,                    // int, StepState::Status
        ExplanationRole,               // QString, for newcomers
    };

    explicit RunStepModel(QObject *parent = nullptr);

    // A runbook alone (no run yet): every step pending.
    void setRunbook(const Runbook::Runbook &book);
    // A run's state (its steps as the runbook's).
    void setRun(const Runbook::Runbook &book, const Runbook::RunState &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int rowOf(const QString &stepId) const;
    QString stepId(int row) const;

private:
    Runbook::Runbook m_book;
    QList<Runbook::StepState> m_states;
};

} // namespace Steward
