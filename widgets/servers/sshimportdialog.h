// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"

#include <QDialog>

class QTreeWidget;

namespace Steward {

// Lets the user pick which hosts of their ssh config (or of another source: an Ansible inventory) to add
// to the inventory.
class SshImportDialog : public QDialog
{
    Q_OBJECT

public:
    // What the dialog says for a source of hosts other than the ssh config.
    struct Texts
    {
        QString title;           // window title
        QString intro;           // above the list
        QString empty;           // instead of intro when there is no candidate
        QString warningsHeading; // above the warnings
        QString source;          // how the hosts were read, shown under the list (may be empty)
    };

    // candidates: from serversFromSshConfig(); existingNames: already in the inventory (shown, not offered);
    // warnings: malformed lines of the config, shown so that nothing is skipped silently.
    SshImportDialog(const ServerList &candidates,
                    const QStringList &existingNames,
                    const QStringList &warnings,
                    QWidget *parent = nullptr);
    // existing: the inventory; a candidate with the name of one of its servers, or the same host, port
    // and user (duplicateOf()), or the same account as a candidate above it, is shown but not offered.
    SshImportDialog(const ServerList &candidates,
                    const ServerList &existing,
                    const QStringList &warnings,
                    const Texts &texts,
                    QWidget *parent = nullptr);

    static Texts sshConfigTexts();

    ServerList chosenServers() const;
    void setChecked(const QString &name, bool checked);

private:
    ServerList m_candidates;
    QTreeWidget *m_list;
};

} // namespace Steward
