// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"

#include <QWidget>

class QAction;
class QTableView;

namespace Steward {

class MessageWidget;
class ServerListModel;

// The Servers panel: the inventory as a table, with add, edit, remove (confirmed), reorder and import.
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
    QAction *connectAction() const { return m_connect; }

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

    // Shows the import dialog for these hosts and adds the chosen ones.
    void offerImport(const ServerList &candidates, const QStringList &warnings);

Q_SIGNALS:
    void reloadRequested();
    void importRequested();
    // Connect (or reconnect) to the selected server.
    void connectRequested(const Steward::Server &server);

private:
    void updateActions();
    int currentRow() const;
    void addServer();
    void editServer();
    void removeServer();
    void moveServer(int delta);

    ServerListModel *m_model;
    QTableView *m_view;
    MessageWidget *m_message;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_import;
    QAction *m_reload;
    QAction *m_connect;
    QString m_problemServer; // whose connection problem the message shows
};

} // namespace Steward
