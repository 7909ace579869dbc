// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/onboarding/servicesmap.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Steward {

// The group's services map as a table: name, what it is for, where it runs (and how it is doing there, when
// the Servers panel knows), who to ask, the repository that configures it, where its secrets live (keychain
// key names only: the map never holds a value).
class ServicesMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        PurposeColumn,
        WhereColumn,
        StateColumn,
        ContactsColumn,
        RepositoryColumn,
        SecretsColumn,
        ColumnCount
    };

    explicit ServicesMapModel(QObject *parent = nullptr);

    void setMap(const Onboarding::ServicesMap &map);
    const Onboarding::ServicesMap &map() const { return m_map; }
    // The live state of a service (by id), joined from the servers' status by the caller.
    void setLiveState(const QString &serviceId, Onboarding::LiveState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateName(Onboarding::LiveState state);

private:
    Onboarding::ServicesMap m_map;
    QHash<QString, Onboarding::LiveState> m_states;
};

} // namespace Steward
