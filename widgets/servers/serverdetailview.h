// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/servers/serveraction.h"
#include "core/servers/serverstatus.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Steward {

class ActionHistoryModel;
class DiskStatusModel;
class ServiceStatusModel;
class TimerStatusModel;
class UnitStatusModel;

// The selected server in the Servers panel: its findings at the top, then one tab a part (compose services,
// units and timers, disks, HTTP health, the actions run this session), each saying when it was read and,
// when its last read failed, why (keeping the older data greyed). Actions are asked for through signals;
// the panel confirms them.
class ServerDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit ServerDetailView(ActionHistoryModel *history, QWidget *parent = nullptr);

    void setServer(const Server &server);
    const Server &server() const { return m_server; }
    void setStatus(const Servers::ServerStatus &status, bool refreshing);

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *servicesView() const { return m_services; }
    QTableView *unitsView() const { return m_units; }
    QTableView *timersView() const { return m_timers; }
    QTableView *disksView() const { return m_disks; }
    QTableView *historyView() const { return m_history; }
    QListWidget *findingsView() const { return m_findings; }
    QPlainTextEdit *outputView() const { return m_output; }
    QLabel *summaryLabel() const { return m_summary; }
    // The selected service, unit or timer's service.
    QString selectedService() const;
    QString selectedUnit() const;
    // The selected services and units (several for the logs buttons); a timer stands for the unit it
    // starts.
    QStringList selectedServices() const;
    QStringList selectedUnits() const;
    // The current history row's run output (shown live).
    void showRun(int row);

Q_SIGNALS:
    void actionRequested(const Steward::Servers::ServerAction &action);
    void logsRequested(const QString &unit, const QString &service);
    void copyRequested(const Steward::Servers::ServerAction &action);

private:
    QWidget *servicesTab();
    QWidget *unitsTab();
    QWidget *disksTab();
    QWidget *healthTab();
    QWidget *activityTab();
    void updateButtons();
    void askScale();
    static QString partText(const Servers::PartState &part);

    Server m_server;
    Servers::ServerStatus m_status;
    ActionHistoryModel *m_historyModel;
    ServiceStatusModel *m_serviceModel;
    UnitStatusModel *m_unitModel;
    TimerStatusModel *m_timerModel;
    DiskStatusModel *m_diskModel;

    QLabel *m_summary;
    QListWidget *m_findings;
    QTabWidget *m_tabs;
    QTableView *m_services;
    QLabel *m_servicesPart;
    QTableView *m_units;
    QTableView *m_timers;
    QLabel *m_unitsPart;
    QTableView *m_disks;
    QLabel *m_disksPart;
    QPlainTextEdit *m_layout;
    QLabel *m_health;
    QLabel *m_healthPart;
    QTableView *m_history;
    QPlainTextEdit *m_output;
    QPushButton *m_restart;
    QPushButton *m_stop;
    QPushButton *m_start;
    QPushButton *m_scale;
    QPushButton *m_redeploy;
    QPushButton *m_serviceLogs;
    QPushButton *m_startUnit;
    QPushButton *m_unitLogs;
    QPushButton *m_copyService;
    QPushButton *m_copyUnit;
    QMetaObject::Connection m_outputConnection;
};

} // namespace Steward
