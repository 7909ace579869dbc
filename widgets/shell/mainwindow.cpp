// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/mainwindow.h"

#include "core/settings.h"
#include "widgets/common/messagebox.h"
#include "widgets/shell/aboutdialog.h"
#include "widgets/tr.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Steward {
namespace {
const auto geometryKey = "mainWindow/geometry";
const auto stateKey = "mainWindow/state";
const auto panelKey = "mainWindow/panel";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(Widgets::Tr::tr("Steward"));
    setWindowIcon(QIcon(u":/steward/icons/steward.svg"_s));

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(240);
    m_stack->setObjectName(u"panels"_s);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"splitter"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_status->setObjectName(u"statusText"_s);
    statusBar()->addWidget(m_status, 1);

    QMenu *file = menuBar()->addMenu(Widgets::Tr::tr("&File"));
    QAction *quit = file->addAction(Widgets::Tr::tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(Widgets::Tr::tr("&Help"));
    QAction *about = help->addAction(Widgets::Tr::tr("&About Steward"),
                                     this,
                                     &MainWindow::showAbout);
    about->setObjectName(u"aboutSteward"_s);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(Widgets::Tr::tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        Q_EMIT currentPanelChanged(m_ids.at(row));
    });
    resize(1100, 700);
}

void MainWindow::addPanel(const QString &id, const QString &title, const QIcon &icon, QWidget *panel)
{
    Q_ASSERT(!m_ids.contains(id));
    m_ids.append(id);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, id);
    item->setSizeHint(QSize(0, 36));
    m_stack->addWidget(panel);
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

QStringList MainWindow::panelIds() const
{
    return m_ids;
}

QString MainWindow::currentPanelId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 ? m_ids.at(row) : QString();
}

void MainWindow::setCurrentPanel(const QString &id)
{
    const auto row = m_ids.indexOf(id);
    if (row >= 0)
        m_navigation->setCurrentRow(int(row));
}

QWidget *MainWindow::panel(const QString &id) const
{
    const auto row = m_ids.indexOf(id);
    return row >= 0 ? m_stack->widget(int(row)) : nullptr;
}

QMenu *MainWindow::panelMenu(const QString &title)
{
    // Panel menus go between File and Help.
    auto *menu = new QMenu(title, this);
    const QList<QAction *> actions = menuBar()->actions();
    menuBar()->insertMenu(actions.last(), menu);
    return menu;
}

void MainWindow::restoreState()
{
    const auto settings = openSettings();
    const QByteArray geometry = settings->value(QLatin1StringView(geometryKey)).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    QMainWindow::restoreState(settings->value(QLatin1StringView(stateKey)).toByteArray());
    const QString panelId = settings->value(QLatin1StringView(panelKey)).toString();
    if (!panelId.isEmpty())
        setCurrentPanel(panelId);
}

void MainWindow::saveState() const
{
    const auto settings = openSettings();
    settings->setValue(QLatin1StringView(geometryKey), saveGeometry());
    settings->setValue(QLatin1StringView(stateKey), QMainWindow::saveState());
    settings->setValue(QLatin1StringView(panelKey), currentPanelId());
}

void MainWindow::setStatusText(const QString &text)
{
    m_status->setText(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::showAbout()
{
    openWindowModal(new AboutDialog(this), this);
}

} // namespace Steward
