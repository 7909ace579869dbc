// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/servers/serverstatus.h"
#include "models/common/keyedtablemodel.h"

namespace Steward {

// The systemd units a server's volunteers care about (`systemctl show`): state, last result, last run. A
// failed unit is Critical, a last run that did not succeed a Warning, a unit the server does not have is
// listed greyed (Unknown).
class UnitStatusModel : public KeyedTableModel<Servers::UnitInfo, QString>
{
    Q_OBJECT

public:
    enum Column {
        UnitColumn,
        StateColumn,
        ResultColumn,
        LastRunColumn,
        DescriptionColumn,
        ColumnCount
    };

    explicit UnitStatusModel(QObject *parent = nullptr);

    void setUnits(const QList<Servers::UnitInfo> &units);
    static Servers::Severity severityOf(const Servers::UnitInfo &unit);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Servers::UnitInfo &row) const override { return row.id; }
    bool same(const Servers::UnitInfo &a, const Servers::UnitInfo &b) const override
    {
        return a == b;
    }
};

// The timers of a server (`systemctl list-timers --all`): next and last run and what each activates, with the
// activated unit's last result (from the units read in the same refresh). A timer whose job failed, or that
// is late or no longer scheduled, stands out.
class TimerStatusModel : public KeyedTableModel<Servers::TimerInfo, QString>
{
    Q_OBJECT

public:
    enum Column { TimerColumn, NextColumn, LastColumn, ActivatesColumn, ResultColumn, ColumnCount };

    explicit TimerStatusModel(QObject *parent = nullptr);

    void setTimers(const QList<Servers::TimerInfo> &timers, const QList<Servers::UnitInfo> &units);
    Servers::Severity severityOf(const Servers::TimerInfo &timer) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Servers::TimerInfo &row) const override { return row.unit; }
    bool same(const Servers::TimerInfo &a, const Servers::TimerInfo &b) const override
    {
        return a == b;
    }

private:
    const Servers::UnitInfo *unit(const QString &id) const;
    QList<Servers::UnitInfo> m_units;
};

} // namespace Steward
