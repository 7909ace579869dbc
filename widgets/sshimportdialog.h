// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"

#include <QDialog>

class QTreeWidget;

namespace Steward {

// Lets the user pick which hosts of their ssh config to add to the inventory.
class SshImportDialog : public QDialog
{
    Q_OBJECT

public:
    // candidates: from serversFromSshConfig(); existingNames: already in the inventory (shown, not offered);
    // warnings: malformed lines of the config, shown so that nothing is skipped silently.
    SshImportDialog(const ServerList &candidates,
                    const QStringList &existingNames,
                    const QStringList &warnings,
                    QWidget *parent = nullptr);

    ServerList chosenServers() const;
    void setChecked(const QString &name, bool checked);

private:
    ServerList m_candidates;
    QTreeWidget *m_list;
};

} // namespace Steward
