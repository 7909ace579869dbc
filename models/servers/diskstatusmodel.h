// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/servers/serverstatus.h"
#include "models/common/keyedtablemodel.h"

namespace Steward {

// The filesystems of a server (`df`): size, used, free and use, against the warning and critical thresholds
// (a full /opt is what breaks upgrades and backups). The LVM layout (lsblk, lvs) is given as a tooltip of
// each filesystem's source and as layoutText() for the panel.
class DiskStatusModel : public KeyedTableModel<Servers::Filesystem, QString>
{
    Q_OBJECT

public:
    enum Column {
        MountColumn,
        UseColumn,
        SizeColumn,
        UsedColumn,
        FreeColumn,
        TypeColumn,
        SourceColumn,
        ColumnCount
    };
    // UseColumn's Qt::UserRole + 10: the use as 0..100, for a bar delegate.
    static constexpr int UsePercentRole = Qt::UserRole + 10;

    explicit DiskStatusModel(QObject *parent = nullptr);

    void setThresholds(const Servers::StatusThresholds &thresholds);
    void setFilesystems(const QList<Servers::Filesystem> &filesystems);
    void setLayout(const QList<Servers::BlockDevice> &devices,
                   const QList<Servers::LogicalVolume> &volumes);
    // The block devices as an indented tree ("sda 240 GiB disk / sda3 … / vg0-opt 120 GiB lvm /opt").
    QString layoutText() const;

    Servers::Severity severityOf(const Servers::Filesystem &fs) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Servers::Filesystem &row) const override { return row.mountPoint; }
    bool same(const Servers::Filesystem &a, const Servers::Filesystem &b) const override
    {
        return a == b;
    }

private:
    Servers::StatusThresholds m_thresholds;
    QList<Servers::BlockDevice> m_devices;
    QList<Servers::LogicalVolume> m_volumes;
};

} // namespace Steward
