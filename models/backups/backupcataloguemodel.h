// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backups/catalogue.h"
#include "models/common/keyedtablemodel.h"

namespace Steward {

// A server's backups, newest first: time, size (against the median of the ones before), name, database.
// A new listing updates the rows by object key (no reset), so the selection survives a refresh.
class BackupCatalogueModel : public KeyedTableModel<Backups::BackupEntry, QString>
{
    Q_OBJECT

public:
    enum Column { Time, Size, Name, Database, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString, the object key
        TimeRole,                   // QDateTime (UTC)
        SizeRole,                   // qint64 bytes
        SuspiciousRole,             // bool
        CountsRole, // bool: a backup of this server's database (counts for freshness)
    };

    using KeyedTableModel::KeyedTableModel;

    void setCatalogue(const Backups::Catalogue &catalogue);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QString keyOf(const Backups::BackupEntry &row) const override { return row.key; }
    bool same(const Backups::BackupEntry &a, const Backups::BackupEntry &b) const override
    {
        return a == b;
    }
};

} // namespace Steward
