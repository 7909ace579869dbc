// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/runbook/runstepmodel.h"

#include "models/tr.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Steward {

using Runbook::StepState;

namespace {

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return Models::Tr::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return Models::Tr::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return Models::Tr::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

RunStepModel::RunStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RunStepModel::setRunbook(const Runbook::Runbook &book)
{
    beginResetModel();
    m_book = book;
    m_states = QList<StepState>(book.steps.size());
    endResetModel();
}

void RunStepModel::setRun(const Runbook::Runbook &book, const Runbook::RunState &state)
{
    const bool sameSteps = book.id == m_book.id && book.steps.size() == m_book.steps.size()
                           && book.source == m_book.source;
    if (!sameSteps) {
        beginResetModel();
        m_book = book;
        m_states = state.steps;
        m_states.resize(book.steps.size());
        endResetModel();
        return;
    }
    m_states = state.steps;
    m_states.resize(book.steps.size());
    if (!m_states.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RunStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_book.steps.size());
}

int RunStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Runbook::Step &step = m_book.steps.at(index.row());
    const StepState &state = m_states.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StepColumn:
            return u"%1. %2"_s.arg(index.row() + 1).arg(step.title.isEmpty() ? step.id : step.title);
        case TypeColumn:
            return step.type;
        case StatusColumn:
            return StepState::statusText(state.status);
        case AttemptsColumn:
            return state.attempts > 0 ? QVariant(state.attempts) : QVariant();
        case TimeColumn:
            if (!state.started.isValid())
                return {};
            if (state.finished.isValid())
                return Models::Tr::tr("%1, %2")
                    .arg(QLocale().toString(state.started.toLocalTime().time(),
                                            QLocale::ShortFormat),
                         duration(state.started.secsTo(state.finished)));
            return QLocale().toString(state.started.toLocalTime().time(), QLocale::ShortFormat);
        case ByColumn:
            return state.decidedBy;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !state.message.isEmpty())
            return state.message;
        if (index.column() == ByColumn && !state.reason.isEmpty())
            return state.reason;
        return step.explanation.isEmpty() ? QVariant() : QVariant(step.explanation);
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn)
            return {};
        switch (state.status) {
        case StepState::Status::Failed:
        case StepState::Status::Blocked:
        case StepState::Status::Interrupted:
            return QColor(0xd0, 0x30, 0x30);
        case StepState::Status::Waiting:
        case StepState::Status::Running:
        case StepState::Status::Verifying:
            return QColor(0x1f, 0x77, 0xb4);
        case StepState::Status::Succeeded:
            return QColor(0x2c, 0xa0, 0x2c);
        case StepState::Status::Overridden:
        case StepState::Status::Skipped:
            return QColor(0xc0, 0x70, 0x00);
        case StepState::Status::Pending:
            return {};
        }
        return {};
    case StepIdRole:
        return step.id;
    case StatusRole:
        return int(state.status);
    case ExplanationRole:
        return step.explanation;
    }
    return {};
}

QVariant RunStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return Models::Tr::tr("Step");
    case TypeColumn:
        return Models::Tr::tr("Type");
    case StatusColumn:
        return Models::Tr::tr("Status");
    case AttemptsColumn:
        return Models::Tr::tr("Attempts");
    case TimeColumn:
        return Models::Tr::tr("Started, took");
    case ByColumn:
        return Models::Tr::tr("Decided by");
    }
    return {};
}

int RunStepModel::rowOf(const QString &stepId) const
{
    return int(m_book.indexOf(stepId));
}

QString RunStepModel::stepId(int row) const
{
    return row >= 0 && row < m_book.steps.size() ? m_book.steps.at(row).id : QString();
}

} // namespace Steward
