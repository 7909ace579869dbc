// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/serverspanel.h"

#include "models/serverlistmodel.h"
#include "widgets/messagebox.h"
#include "widgets/messagewidget.h"
#include "widgets/serverdialog.h"
#include "widgets/sshimportdialog.h"
#include "widgets/tr.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
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
    // The connection state next to the name, where the eye looks first.
    m_view->horizontalHeader()->moveSection(ServerListModel::ConnectionColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);

    connect(m_add, &QAction::triggered, this, &ServersPanel::addServer);
    connect(m_edit, &QAction::triggered, this, &ServersPanel::editServer);
    connect(m_remove, &QAction::triggered, this, &ServersPanel::removeServer);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveServer(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveServer(+1); });
    connect(m_import, &QAction::triggered, this, &ServersPanel::importRequested);
    connect(m_connect, &QAction::triggered, this, [this] {
        if (const int row = currentRow(); row >= 0)
            Q_EMIT connectRequested(m_model->server(row));
    });
    connect(m_reload, &QAction::triggered, this, &ServersPanel::reloadRequested);
    connect(m_view, &QTableView::doubleClicked, this, &ServersPanel::editServer);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ServersPanel::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
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
    m_edit->setEnabled(writable && row >= 0);
    m_remove->setEnabled(writable && row >= 0);
    m_moveUp->setEnabled(writable && row > 0);
    m_moveDown->setEnabled(writable && row >= 0 && row < m_model->rowCount() - 1);
    m_connect->setEnabled(row >= 0);
}

void ServersPanel::addServer()
{
    ServerDialog dialog(Server{}, m_model->names(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = m_model->addServer(dialog.server());
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void ServersPanel::editServer()
{
    const int row = currentRow();
    if (row < 0 || m_model->isReadOnly())
        return;
    QStringList names = m_model->names();
    names.removeAt(row); // its own name is not taken
    ServerDialog dialog(m_model->server(row), names, this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->updateServer(row, dialog.server());
}

void ServersPanel::removeServer()
{
    const int row = currentRow();
    if (row < 0 || m_model->isReadOnly())
        return;
    const QString name = m_model->server(row).name;
    if (!MessageBox::confirmDestructive(
            this,
            Widgets::Tr::tr("Remove Server"),
            Widgets::Tr::tr("Remove “%1” from the inventory? Nothing changes on the "
                            "server itself.")
                .arg(name),
            Widgets::Tr::tr("Remove")))
        return;
    m_model->removeRows(row, 1);
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
    SshImportDialog dialog(candidates, m_model->names(), warnings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const Server &s : dialog.chosenServers())
        m_model->addServer(s);
}

} // namespace Steward
