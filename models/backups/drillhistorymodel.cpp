// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/backups/drillhistorymodel.h"

#include "models/tr.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Steward {
namespace {

QString seconds(qint64 ms)
{
    return Models::Tr::tr("%1 s").arg(QString::number(double(ms) / 1000, 'f', 1));
}

QString outcomeText(const Backups::DrillResult &r)
{
    switch (r.outcome) {
    case Backups::DrillResult::Outcome::Passed:
        return Models::Tr::tr("Passed");
    case Backups::DrillResult::Outcome::Cancelled:
        return Models::Tr::tr("Cancelled");
    case Backups::DrillResult::Outcome::Failed:
        break;
    }
    return r.failedStage.isEmpty() ? Models::Tr::tr("Failed")
                                   : Models::Tr::tr("Failed (%1)").arg(r.failedStage);
}

} // namespace

void DrillHistoryModel::setDrills(const QList<Backups::DrillResult> &drills)
{
    setRows(drills);
}

QString DrillHistoryModel::keyOf(const Backups::DrillResult &row) const
{
    return row.startedAt.toString(Qt::ISODateWithMs) + u'/' + row.drillHost;
}

bool DrillHistoryModel::same(const Backups::DrillResult &a, const Backups::DrillResult &b) const
{
    return a.toJson() == b.toJson();
}

int DrillHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Backups::DrillResult &r = rowAt(index.row());
    switch (role) {
    case PassedRole:
        return r.passed();
    case TotalMsRole:
        return r.totalMs;
    case StartedRole:
        return r.startedAt;
    case MessageRole:
    case Qt::ToolTipRole:
        return r.message;
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat);
        case Outcome:
            return outcomeText(r);
        case Total:
            return r.totalMs > 0 ? seconds(r.totalMs) : QString();
        case Download:
            return r.downloadMs > 0 ? seconds(r.downloadMs) : QString();
        case Restore:
            return r.restoreMs > 0 ? seconds(r.restoreMs) : QString();
        case Verify:
            return r.verifyMs > 0 ? seconds(r.verifyMs) : QString();
        case Backup:
            return r.backupKey;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Outcome)
            return QBrush(r.passed() ? QColor(0x2e, 0x8b, 0x57) : QColor(0xc0, 0x39, 0x2b));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Total && index.column() <= Verify)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant DrillHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return Models::Tr::tr("Started");
    case Outcome:
        return Models::Tr::tr("Outcome");
    case Total:
        return Models::Tr::tr("Restore time");
    case Download:
        return Models::Tr::tr("Download");
    case Restore:
        return Models::Tr::tr("Restore");
    case Verify:
        return Models::Tr::tr("Verify");
    case Backup:
        return Models::Tr::tr("Backup");
    }
    return {};
}

void DrillProofModel::setVerdict(const Backups::DrillVerdict &verdict)
{
    setRows(verdict.tables);
}

int DrillProofModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillProofModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Backups::TableProof &t = rowAt(index.row());
    const QLocale locale;
    switch (role) {
    case OkRole:
        return t.ok;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Table:
            return t.table;
        case Restored:
            return t.restored < 0 ? Models::Tr::tr("missing") : locale.toString(t.restored);
        case Production:
            return t.production < 0 ? Models::Tr::tr("missing") : locale.toString(t.production);
        case Count:
            return t.production < 0    ? QString()
                   : t.productionExact ? Models::Tr::tr("exact")
                                       : Models::Tr::tr("estimated");
        case Verdict:
            return t.ok ? (t.note.isEmpty() ? Models::Tr::tr("matches") : t.note) : t.note;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Verdict)
            return QBrush(t.ok ? QColor(0x2e, 0x8b, 0x57) : QColor(0xc0, 0x39, 0x2b));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Restored || index.column() == Production)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant DrillProofModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Table:
        return Models::Tr::tr("Table");
    case Restored:
        return Models::Tr::tr("Restored rows");
    case Production:
        return Models::Tr::tr("Production rows");
    case Count:
        return Models::Tr::tr("Production count");
    case Verdict:
        return Models::Tr::tr("Proof");
    }
    return {};
}

} // namespace Steward
