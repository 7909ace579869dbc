// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/servers/serveraction.h"
#include "widgets/servers/sshimportdialog.h"

#include <QWidget>

class QAction;
class QComboBox;
class QTableView;

namespace Steward {

class ActionHistoryModel;
class MessageWidget;
class ServerDetailView;
class ServerListModel;
namespace Servers {
class StatusMonitor;
}

// The Servers panel: the inventory as a table with each server's live overview (status badge, version,
// last backup), add, edit, remove (confirmed), reorder and import; below it the selected server's detail
// (services, units and timers, disks, health, the actions run) with actions that are confirmed first.
class ServersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ServersPanel(ServerListModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    MessageWidget *messageWidget() const { return m_message; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *importAction() const { return m_import; }
    QAction *importAnsibleAction() const { return m_importAnsible; }
    QAction *connectAction() const { return m_connect; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *refreshAllAction() const { return m_refreshAll; }
    QAction *cancelRefreshAction() const { return m_cancelRefresh; }
    QComboBox *intervalBox() const { return m_interval; }
    ServerDetailView *detail() const { return m_detail; }
    ActionHistoryModel *history() const { return m_history; }

    // The live status of the servers (refresh, interval, badges of the detail view). Not owned.
    void setMonitor(Servers::StatusMonitor *monitor);
    // The refresh interval in seconds shown in the interval box (0: off); the choices are 0, 30, 60, 300
    // and 900 seconds, and the nearest one is selected.
    void setInterval(int seconds);
    // The server whose detail is shown ("" when none).
    QString currentServerName() const;
    void selectServer(const QString &name);

    // The inventory file could not be read: say why, keep the file, offer to reload it.
    void showLoadError(const QString &path, const QString &message);
    // The built-in example is shown because no inventory file exists yet.
    void showExampleNotice(const QString &path);
    void showSaveError(const QString &message);
    // A connection failed or was refused (a changed host key...): say so where the user looks, with a
    // way to try again.
    void showConnectionProblem(const QString &serverName, const QString &message);
    // The server connected: its problem, if shown, goes away (other messages stay).
    void clearConnectionProblem(const QString &serverName);
    void clearMessage();

    // Shows the import dialog for these hosts and adds the chosen ones (none that duplicates a server of
    // the inventory by name, or by host, port and user).
    void offerImport(const ServerList &candidates, const QStringList &warnings);
    void offerImport(const ServerList &candidates,
                     const QStringList &warnings,
                     const SshImportDialog::Texts &texts);
    // An import could not read its source (the Ansible inventory): say why.
    void showImportError(const QString &message);

Q_SIGNALS:
    void reloadRequested();
    void importRequested();
    // The user chose an Ansible inventory file to import hosts from.
    void ansibleImportRequested(const QString &inventoryPath);
    // Connect (or reconnect) to the selected server.
    void connectRequested(const Steward::Server &server);
    // The user confirmed an action on a server (the confirmation named the server and the command).
    void actionConfirmed(const Steward::Server &server,
                         const Steward::Servers::ServerAction &action);
    // The user asked for the logs of a unit or a compose service of a server.
    void logsRequested(const Steward::Server &server, const QString &unit, const QString &service);
    // The refresh interval box changed (seconds, 0: off).
    void intervalChanged(int seconds);

private:
    void updateActions();
    int currentRow() const;
    void addServer();
    void editServer();
    void removeServer();
    void moveServer(int delta);
    void showCurrentStatus();
    void confirmAction(const Servers::ServerAction &action);
    void copyCommand(const Servers::ServerAction &action);
    void chooseAnsibleInventory();

    ServerListModel *m_model;
    QTableView *m_view;
    MessageWidget *m_message;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_import;
    QAction *m_importAnsible;
    QAction *m_reload;
    QAction *m_connect;
    QAction *m_refresh;
    QAction *m_refreshAll;
    QAction *m_cancelRefresh;
    QComboBox *m_interval;
    ActionHistoryModel *m_history;
    ServerDetailView *m_detail;
    Servers::StatusMonitor *m_monitor = nullptr;
    QString m_problemServer; // whose connection problem the message shows
};

} // namespace Steward
