// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Steward {

// The main window: a navigation list of the panels, the panels, menus and a status bar. Panels are added by
// the app; a panel that is not ready is simply not added. Geometry and the last panel persist (QSettings).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // id: stable key for settings ("servers"); title: translated.
    void addPanel(const QString &id, const QString &title, const QIcon &icon, QWidget *panel);
    QStringList panelIds() const;
    QString currentPanelId() const;
    void setCurrentPanel(const QString &id);
    QWidget *panel(const QString &id) const;
    QListWidget *navigation() const { return m_navigation; }

    // Restores geometry and the last panel; call after every panel is added.
    void restoreState();
    void setStatusText(const QString &text);

    QMenu *panelMenu(const QString &title);

Q_SIGNALS:
    void currentPanelChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void saveState() const;
    void showAbout();

    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QStringList m_ids;
};

} // namespace Steward
