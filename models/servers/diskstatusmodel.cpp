// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/servers/diskstatusmodel.h"

#include "models/servers/statusformat.h"
#include "models/tr.h"

using namespace Qt::StringLiterals;

namespace Steward {

using Servers::Filesystem;
using Servers::Severity;

DiskStatusModel::DiskStatusModel(QObject *parent)
    : KeyedTableModel(parent)
{}

void DiskStatusModel::setThresholds(const Servers::StatusThresholds &thresholds)
{
    m_thresholds = thresholds;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void DiskStatusModel::setFilesystems(const QList<Filesystem> &filesystems)
{
    setRows(filesystems);
}

void DiskStatusModel::setLayout(const QList<Servers::BlockDevice> &devices,
                                const QList<Servers::LogicalVolume> &volumes)
{
    m_devices = devices;
    m_volumes = volumes;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, SourceColumn),
                           index(int(m_rows.size()) - 1, SourceColumn),
                           {Qt::ToolTipRole});
}

namespace {
void appendTree(QStringList &lines, const Servers::BlockDevice &d, int depth)
{
    QString line = QString(depth * 2, u' ') + d.name + u"  "_s + StatusFormat::bytes(d.size)
                   + u"  "_s + d.type;
    if (!d.mountPoints.isEmpty())
        line += u"  "_s + d.mountPoints.join(u", "_s);
    lines.append(line);
    for (const Servers::BlockDevice &c : d.children)
        appendTree(lines, c, depth + 1);
}
} // namespace

QString DiskStatusModel::layoutText() const
{
    QStringList lines;
    for (const Servers::BlockDevice &d : m_devices)
        appendTree(lines, d, 0);
    if (!m_volumes.isEmpty()) {
        lines.append(QString());
        for (const Servers::LogicalVolume &v : m_volumes)
            lines.append(Models::Tr::tr("LV %1 in VG %2: %3")
                             .arg(v.name, v.volumeGroup, StatusFormat::bytes(v.size)));
    }
    return lines.join(u'\n');
}

Severity DiskStatusModel::severityOf(const Filesystem &fs) const
{
    if (fs.size <= 0)
        return Severity::Ok;
    if (fs.usePercent >= m_thresholds.diskCriticalPercent || fs.available == 0)
        return Severity::Critical;
    if (fs.usePercent >= m_thresholds.diskWarningPercent)
        return Severity::Warning;
    return Severity::Ok;
}

int DiskStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiskStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Filesystem &f = m_rows.at(index.row());
    switch (role) {
    case StatusRoles::SeverityRole:
        return int(severityOf(f));
    case StatusRoles::KeyRole:
        return f.mountPoint;
    case UsePercentRole:
        return f.usePercent;
    case Qt::ForegroundRole:
        return StatusFormat::foreground(severityOf(f));
    case Qt::TextAlignmentRole:
        if (index.column() >= UseColumn && index.column() <= FreeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn) {
            for (const Servers::LogicalVolume &v : m_volumes) {
                if (f.source.endsWith(v.volumeGroup + u'-' + v.name)
                    || f.source.endsWith(v.volumeGroup + u'/' + v.name))
                    return Models::Tr::tr("Logical volume %1 of volume group %2")
                        .arg(v.name, v.volumeGroup);
            }
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case MountColumn:
            return f.mountPoint;
        case UseColumn:
            return Models::Tr::tr("%1 %").arg(f.usePercent);
        case SizeColumn:
            return StatusFormat::bytes(f.size);
        case UsedColumn:
            return StatusFormat::bytes(f.used);
        case FreeColumn:
            return StatusFormat::bytes(f.available);
        case TypeColumn:
            return f.type;
        case SourceColumn:
            return f.source;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DiskStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MountColumn:
        return Models::Tr::tr("Mounted on");
    case UseColumn:
        return Models::Tr::tr("Use");
    case SizeColumn:
        return Models::Tr::tr("Size");
    case UsedColumn:
        return Models::Tr::tr("Used");
    case FreeColumn:
        return Models::Tr::tr("Free");
    case TypeColumn:
        return Models::Tr::tr("Type");
    case SourceColumn:
        return Models::Tr::tr("Device");
    default:
        return {};
    }
}

} // namespace Steward
