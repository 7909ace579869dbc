// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/servers/serverspanel.h"

#include "core/inventory/serverimport.h"
#include "core/servers/statusmonitor.h"
#include "core/settings.h"
#include "models/servers/actionhistorymodel.h"
#include "models/servers/serverlistmodel.h"
#include "widgets/common/messagebox.h"
#include "widgets/common/messagewidget.h"
#include "widgets/servers/serverdetailview.h"
#include "widgets/servers/serverdialog.h"
#include "widgets/servers/sshimportdialog.h"
#include "widgets/tr.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Steward {

ServersPanel::ServersPanel(ServerListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_message(new MessageWidget(this))
    , m_history(new ActionHistoryModel(this))
    , m_detail(new ServerDetailView(m_history, this))
{
    setObjectName(u"serversPanel"_s);
    auto *title = new QLabel(Widgets::Tr::tr("Servers"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto makeAction = [this, toolbar](const QString &name,
                                            const QString &text,
                                            const QString &icon,
                                            const QKeySequence &shortcut) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        toolbar->addAction(action);
        QWidget::addAction(action);
        return action;
    };
    m_connect = makeAction(u"connectServer"_s,
                           Widgets::Tr::tr("&Connect"),
                           u"network-connect"_s,
                           QKeySequence(Qt::CTRL | Qt::Key_K));
    toolbar->addSeparator();
    m_add = makeAction(u"addServer"_s, Widgets::Tr::tr("&Add…"), u"list-add"_s, QKeySequence::New);
    m_edit = makeAction(u"editServer"_s,
                        Widgets::Tr::tr("&Edit…"),
                        u"document-edit"_s,
                        QKeySequence(Qt::Key_F2));
    m_remove = makeAction(u"removeServer"_s,
                          Widgets::Tr::tr("&Remove…"),
                          u"list-remove"_s,
                          QKeySequence::Delete);
    toolbar->addSeparator();
    m_moveUp = makeAction(u"moveServerUp"_s,
                          Widgets::Tr::tr("Move &Up"),
                          u"go-up"_s,
                          QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDown = makeAction(u"moveServerDown"_s,
                            Widgets::Tr::tr("Move &Down"),
                            u"go-down"_s,
                            QKeySequence(Qt::CTRL | Qt::Key_Down));
    toolbar->addSeparator();
    m_import = makeAction(u"importSshConfig"_s,
                          Widgets::Tr::tr("&Import from SSH Config…"),
                          u"document-import"_s,
                          QKeySequence());
    m_importAnsible = makeAction(u"importAnsibleInventory"_s,
                                 Widgets::Tr::tr("Import from &Ansible Inventory…"),
                                 u"document-import"_s,
                                 QKeySequence());
    toolbar->addSeparator();
    m_refresh = makeAction(u"refreshServer"_s,
                           Widgets::Tr::tr("Re&fresh"),
                           u"view-refresh"_s,
                           QKeySequence::Refresh);
    m_refreshAll = makeAction(u"refreshAllServers"_s,
                              Widgets::Tr::tr("Refresh A&ll"),
                              u"view-refresh"_s,
                              QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_cancelRefresh = makeAction(u"cancelRefresh"_s,
                                 Widgets::Tr::tr("S&top Refresh"),
                                 u"process-stop"_s,
                                 QKeySequence(Qt::Key_Escape));
    m_interval = new QComboBox(this);
    m_interval->setObjectName(u"refreshInterval"_s);
    m_interval->setToolTip(Widgets::Tr::tr("Refresh every server on its own at this interval "
                                           "(paused while the window is hidden)"));
    m_interval->addItem(Widgets::Tr::tr("Refresh: off"), 0);
    m_interval->addItem(Widgets::Tr::tr("Every 30 s"), 30);
    m_interval->addItem(Widgets::Tr::tr("Every minute"), 60);
    m_interval->addItem(Widgets::Tr::tr("Every 5 minutes"), 300);
    m_interval->addItem(Widgets::Tr::tr("Every 15 minutes"), 900);
    toolbar->addWidget(m_interval);
    m_reload = new QAction(Widgets::Tr::tr("&Reload"), this);
    m_reload->setObjectName(u"reloadInventory"_s);

    m_view->setObjectName(u"serverTable"_s);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setWordWrap(false);
    // The overview next to the name, where the eye looks first: status, connection, version, backup.
    QHeaderView *header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(ServerListModel::StatusColumn), 1);
    header->moveSection(header->visualIndex(ServerListModel::ConnectionColumn), 2);
    header->moveSection(header->visualIndex(ServerListModel::VersionColumn), 3);
    header->moveSection(header->visualIndex(ServerListModel::BackupColumn), 4);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"serversSplitter"_s);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_add, &QAction::triggered, this, &ServersPanel::addServer);
    connect(m_edit, &QAction::triggered, this, &ServersPanel::editServer);
    connect(m_remove, &QAction::triggered, this, &ServersPanel::removeServer);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveServer(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveServer(+1); });
    connect(m_import, &QAction::triggered, this, &ServersPanel::importRequested);
    connect(m_importAnsible, &QAction::triggered, this, &ServersPanel::chooseAnsibleInventory);
    connect(m_connect, &QAction::triggered, this, [this] {
        if (const int row = currentRow(); row >= 0)
            Q_EMIT connectRequested(m_model->server(row));
    });
    connect(m_reload, &QAction::triggered, this, &ServersPanel::reloadRequested);
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_monitor && !currentServerName().isEmpty())
            m_monitor->refresh(currentServerName(), true);
    });
    connect(m_refreshAll, &QAction::triggered, this, [this] {
        if (m_monitor)
            m_monitor->refreshAll(true);
    });
    connect(m_cancelRefresh, &QAction::triggered, this, [this] {
        if (m_monitor)
            m_monitor->cancelAll();
    });
    connect(m_interval, &QComboBox::activated, this, [this] {
        Q_EMIT intervalChanged(m_interval->currentData().toInt());
    });
    connect(m_detail, &ServerDetailView::actionRequested, this, &ServersPanel::confirmAction);
    connect(m_detail, &ServerDetailView::copyRequested, this, &ServersPanel::copyCommand);
    connect(m_detail,
            &ServerDetailView::logsRequested,
            this,
            [this](const QString &unit, const QString &service) {
                if (const int row = currentRow(); row >= 0)
                    Q_EMIT logsRequested(m_model->server(row), unit, service);
            });
    connect(m_view, &QTableView::doubleClicked, this, &ServersPanel::editServer);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ServersPanel::updateActions);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ServersPanel::showCurrentStatus);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        // A server is always shown in the detail when there is one.
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateActions();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ServersPanel::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ServersPanel::updateActions);
    connect(model, &QAbstractItemModel::rowsMoved, this, &ServersPanel::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &ServersPanel::updateActions);
    m_view->resizeColumnsToContents();
    updateActions();
}

int ServersPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ServersPanel::updateActions()
{
    const bool writable = !m_model->isReadOnly();
    const int row = currentRow();
    m_add->setEnabled(writable);
    m_import->setEnabled(writable);
    m_importAnsible->setEnabled(writable);
    m_edit->setEnabled(writable && row >= 0);
    m_remove->setEnabled(writable && row >= 0);
    m_moveUp->setEnabled(writable && row > 0);
    m_moveDown->setEnabled(writable && row >= 0 && row < m_model->rowCount() - 1);
    m_connect->setEnabled(row >= 0);
    m_refresh->setEnabled(row >= 0 && m_monitor);
    m_refreshAll->setEnabled(m_model->rowCount() > 0 && m_monitor);
    m_cancelRefresh->setEnabled(m_monitor && m_monitor->runningCount() > 0);
}

void ServersPanel::setMonitor(Servers::StatusMonitor *monitor)
{
    m_monitor = monitor;
    const auto changed = [this](const QString &name) {
        if (name == currentServerName())
            showCurrentStatus();
        updateActions();
    };
    connect(monitor, &Servers::StatusMonitor::statusChanged, this, changed);
    connect(monitor, &Servers::StatusMonitor::refreshStarted, this, changed);
    updateActions();
}

void ServersPanel::setInterval(int seconds)
{
    int best = 0;
    for (int i = 0; i < m_interval->count(); ++i) {
        if (qAbs(m_interval->itemData(i).toInt() - seconds)
            < qAbs(m_interval->itemData(best).toInt() - seconds))
            best = i;
    }
    m_interval->setCurrentIndex(best);
}

QString ServersPanel::currentServerName() const
{
    const int row = currentRow();
    return row >= 0 ? m_model->server(row).name : QString();
}

void ServersPanel::selectServer(const QString &name)
{
    const int row = m_model->rowOfName(name);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void ServersPanel::showCurrentStatus()
{
    const int row = currentRow();
    if (row < 0) {
        m_detail->setServer({});
        m_detail->setStatus({}, false);
        return;
    }
    const Server server = m_model->server(row);
    m_detail->setServer(server);
    if (m_monitor)
        m_detail->setStatus(m_monitor->status(server.name), m_monitor->isRefreshing(server.name));
}

void ServersPanel::confirmAction(const Servers::ServerAction &action)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Server server = m_model->server(row);
    const QString command = action.commandLine(server);
    const QString text = action.interruptsService()
                             ? Widgets::Tr::tr("%1 on %2? Users of the instance may notice "
                                               "while it happens.\n\nThe command:\n%3")
                                   .arg(action.title(), server.name, command)
                             : Widgets::Tr::tr("%1 on %2?\n\nThe command:\n%3")
                                   .arg(action.title(), server.name, command);
    MessageBox::confirmDestructive(this,
                                   Widgets::Tr::tr("%1 on %2").arg(action.title(), server.name),
                                   text,
                                   action.title(),
                                   this,
                                   [this, server, action] {
                                       Q_EMIT actionConfirmed(server, action);
                                       m_detail->tabs()->setCurrentIndex(m_detail->tabs()->count()
                                                                         - 1);
                                   });
}

void ServersPanel::copyCommand(const Servers::ServerAction &action)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString command = action.commandLine(m_model->server(row));
    QGuiApplication::clipboard()->setText(command);
    m_message->clearActions();
    m_message->setCloseButtonVisible(true);
    m_message->showMessage(Widgets::Tr::tr("Copied: %1").arg(command),
                           MessageWidget::Type::Information);
}

void ServersPanel::addServer()
{
    auto *dialog = new ServerDialog(Server{}, m_model->names(), this);
    openWindowModal(dialog, this, [this, dialog](int result) {
        if (result != QDialog::Accepted)
            return;
        const int row = m_model->addServer(dialog->server());
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
    });
}

void ServersPanel::editServer()
{
    const int row = currentRow();
    if (row < 0 || m_model->isReadOnly())
        return;
    QStringList names = m_model->names();
    names.removeAt(row); // its own name is not taken
    const QString name = m_model->server(row).name;
    auto *dialog = new ServerDialog(m_model->server(row), names, this);
    openWindowModal(dialog, this, [this, dialog, name](int result) {
        // The row is looked up again: the inventory may have been reloaded meanwhile.
        const int current = m_model->rowOfName(name);
        if (result == QDialog::Accepted && current >= 0 && !m_model->isReadOnly())
            m_model->updateServer(current, dialog->server());
    });
}

void ServersPanel::removeServer()
{
    const int row = currentRow();
    if (row < 0 || m_model->isReadOnly())
        return;
    const QString name = m_model->server(row).name;
    MessageBox::confirmDestructive(this,
                                   Widgets::Tr::tr("Remove Server"),
                                   Widgets::Tr::tr(
                                       "Remove “%1” from the inventory? Nothing changes on the "
                                       "server itself.")
                                       .arg(name),
                                   Widgets::Tr::tr("Remove"),
                                   this,
                                   [this, name] {
                                       const int current = m_model->rowOfName(name);
                                       if (current >= 0 && !m_model->isReadOnly())
                                           m_model->removeRows(current, 1);
                                   });
}

void ServersPanel::moveServer(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    // moveRows takes the destination as "insert before": one further down when moving down.
    if (m_model->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target))
        m_view->setCurrentIndex(m_model->index(target, m_view->currentIndex().column()));
}

void ServersPanel::showLoadError(const QString &path, const QString &message)
{
    m_message->clearActions();
    m_message->addAction(m_reload);
    m_message->setCloseButtonVisible(false);
    m_message
        ->showMessage(Widgets::Tr::tr(
                          "The inventory %1 could not be read: %2. The file is left as it is and "
                          "nothing can be edited until it is fixed; correct it in an editor and "
                          "reload.")
                          .arg(path, message),
                      MessageWidget::Type::Error);
    updateActions();
}

void ServersPanel::showExampleNotice(const QString &path)
{
    m_message->clearActions();
    m_message->setCloseButtonVisible(true);
    m_message->showMessage(Widgets::Tr::tr(
                               "This is an example inventory. Change it, or import your hosts from "
                               "your SSH config; your first change is saved to %1.")
                               .arg(path),
                           MessageWidget::Type::Information);
    updateActions();
}

void ServersPanel::showSaveError(const QString &message)
{
    m_problemServer.clear();
    m_message->clearActions();
    m_message->setCloseButtonVisible(true);
    m_message->showMessage(Widgets::Tr::tr("The inventory could not be saved: %1").arg(message),
                           MessageWidget::Type::Error);
}

void ServersPanel::showConnectionProblem(const QString &serverName, const QString &message)
{
    m_message->clearActions();
    const int row = m_model->rowOfName(serverName);
    if (row >= 0) {
        auto *retry = new QAction(Widgets::Tr::tr("Connect Again"), m_message);
        retry->setObjectName(u"connectAgain"_s);
        connect(retry, &QAction::triggered, this, [this, serverName] {
            const int r = m_model->rowOfName(serverName);
            m_message->hide();
            if (r >= 0)
                Q_EMIT connectRequested(m_model->server(r));
        });
        m_message->addAction(retry);
    }
    m_message->setCloseButtonVisible(true);
    m_message->showMessage(Widgets::Tr::tr("%1: %2").arg(serverName, message),
                           MessageWidget::Type::Warning);
    m_problemServer = serverName;
}

void ServersPanel::clearConnectionProblem(const QString &serverName)
{
    if (m_problemServer != serverName || m_message->isHidden())
        return;
    m_problemServer.clear();
    m_message->clearActions();
    m_message->hide();
}

void ServersPanel::clearMessage()
{
    m_problemServer.clear();
    m_message->clearActions();
    m_message->hide();
    updateActions();
}

void ServersPanel::offerImport(const ServerList &candidates, const QStringList &warnings)
{
    offerImport(candidates, warnings, SshImportDialog::sshConfigTexts());
}

void ServersPanel::offerImport(const ServerList &candidates,
                               const QStringList &warnings,
                               const SshImportDialog::Texts &texts)
{
    auto *dialog = new SshImportDialog(candidates, m_model->servers(), warnings, texts, this);
    openWindowModal(dialog, this, [this, dialog](int result) {
        if (result != QDialog::Accepted || m_model->isReadOnly())
            return;
        // The inventory may have changed while the dialog was open.
        for (const Server &s : withoutDuplicates(dialog->chosenServers(), m_model->servers()))
            m_model->addServer(s);
    });
}

void ServersPanel::chooseAnsibleInventory()
{
    // Window-modal and asynchronous, in the folder of the last inventory imported.
    const auto settings = openSettings();
    const QString folder = settings->value(u"servers/ansibleInventoryFolder"_s, QDir::homePath())
                               .toString();
    auto *dialog = new QFileDialog(this, Widgets::Tr::tr("Import from Ansible Inventory"), folder);
    dialog->setObjectName(u"ansibleInventoryFile"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {Widgets::Tr::tr("Ansible inventories (hosts *.ini *.yml *.yaml inventory*)"),
         Widgets::Tr::tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (path.isEmpty())
            return;
        openSettings()->setValue(u"servers/ansibleInventoryFolder"_s,
                                 QFileInfo(path).absolutePath());
        Q_EMIT ansibleImportRequested(path);
    });
    dialog->open();
}

void ServersPanel::showImportError(const QString &message)
{
    m_problemServer.clear();
    m_message->clearActions();
    m_message->setCloseButtonVisible(true);
    m_message->showMessage(Widgets::Tr::tr("Nothing was imported: %1").arg(message),
                           MessageWidget::Type::Error);
}

} // namespace Steward
