// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/backups/backupcataloguemodel.h"

#include "models/tr.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Steward {

void BackupCatalogueModel::setCatalogue(const Backups::Catalogue &catalogue)
{
    QList<Backups::BackupEntry> rows = catalogue.entries;
    std::reverse(rows.begin(), rows.end());
    setRows(rows);
}

int BackupCatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupCatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Backups::BackupEntry &e = rowAt(index.row());
    switch (role) {
    case KeyRole:
        return e.key;
    case TimeRole:
        return e.time;
    case SizeRole:
        return e.size;
    case SuspiciousRole:
        return e.suspicious;
    case CountsRole:
        return e.ours;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        case Size:
            return e.suspicious ? Models::Tr::tr("%1 (%2 % of the median)")
                                      .arg(Backups::formatSize(e.size))
                                      .arg(qRound(e.ratioToMedian * 100))
                                : Backups::formatSize(e.size);
        case Name:
            return e.name;
        case Database:
            if (!e.recognised)
                return Models::Tr::tr("not a backup name");
            return e.database.isEmpty() ? e.server : e.database;
        }
        break;
    case Qt::ToolTipRole:
        if (e.suspicious)
            return Models::Tr::tr(
                "Much smaller than the backups before it: a truncated dump looks like this.");
        if (!e.recognised)
            return Models::Tr::tr(
                "The name does not follow the naming pattern; it does not count for "
                "freshness.");
        if (!e.ours)
            return Models::Tr::tr("A backup of another database; it does not count for freshness.");
        return e.key;
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (e.suspicious) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if (e.suspicious)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (!e.ours)
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    }
    return {};
}

QVariant BackupCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return Models::Tr::tr("Time");
    case Size:
        return Models::Tr::tr("Size");
    case Name:
        return Models::Tr::tr("Object");
    case Database:
        return Models::Tr::tr("Database");
    }
    return {};
}

QHash<int, QByteArray> BackupCatalogueModel::roleNames() const
{
    auto names = KeyedTableModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(TimeRole, "time");
    names.insert(SizeRole, "size");
    names.insert(SuspiciousRole, "suspicious");
    names.insert(CountsRole, "counts");
    return names;
}

} // namespace Steward
