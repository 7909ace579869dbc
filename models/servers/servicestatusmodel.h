// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/servers/serverstatus.h"
#include "models/common/keyedtablemodel.h"

namespace Steward {

// The compose services of one server (`docker compose ps`), one row a container; a service that is down,
// restarting or unhealthy carries a Critical severity (SeverityRole) and is painted so.
class ServiceStatusModel : public KeyedTableModel<Servers::ComposeService, QString>
{
    Q_OBJECT

public:
    enum Column {
        ServiceColumn,
        StateColumn,
        HealthColumn,
        VersionColumn,
        StatusColumn,
        PortsColumn,
        ColumnCount
    };

    explicit ServiceStatusModel(QObject *parent = nullptr);

    void setServices(const QList<Servers::ComposeService> &services);
    // Shown greyed: the data is from an earlier refresh that the last one could not replace.
    void setStale(bool stale);

    static Servers::Severity severityOf(const Servers::ComposeService &service);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Servers::ComposeService &row) const override { return row.name; }
    bool same(const Servers::ComposeService &a, const Servers::ComposeService &b) const override
    {
        return a == b;
    }

private:
    bool m_stale = false;
};

} // namespace Steward
