// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backups/catalogue.h"
#include "core/backups/drill.h"
#include "core/history/historydatabase.h"
#include "core/inventory/server.h"

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;

namespace Steward {

class BackupCatalogueModel;
class CredentialStore;
class DrillHistoryModel;
class DrillProofModel;
class MessageWidget;
namespace Backups {
class BackupRun;
class CatalogueSource;
class FreshnessBoard;
} // namespace Backups

// The Backups panel: for the chosen server, is there a fresh backup (the catalogue read from the bucket,
// its size-and-age trend, the suspiciously-small flag), does it restore (restore drills with their proof
// and timing, the drill history and its trend, the last drill's age), and the backup unit run now and
// followed. Core objects do the work (CatalogueSource, BackupRun, Drill, DrillHistory); the panel shows.
class BackupsPanel : public QWidget
{
    Q_OBJECT

public:
    BackupsPanel(Backups::SessionConnector connector,
                 CredentialStore *credentials,
                 const History::Database &history = History::Database(),
                 QWidget *parent = nullptr);
    ~BackupsPanel() override;

    void setServers(const ServerList &servers);
    QString currentServer() const;
    void setCurrentServer(const QString &name);
    // Each server's freshness (the Servers panel's badge reads it too).
    Backups::FreshnessBoard *freshness() const { return m_board; }

    void refresh();
    void runBackup();
    void runDrill();
    void cancel();

    // For tests: what the panel shows.
    QString statusText() const;
    QString drillStatusText() const;
    BackupCatalogueModel *catalogueModel() const { return m_catalogue; }
    DrillHistoryModel *historyModel() const { return m_history; }
    DrillProofModel *proofModel() const { return m_proof; }
    bool isBusy() const;
    void showTab(int index);

signals:
    void drillFinished(const Steward::Backups::DrillResult &result);
    void backupFinished();
    void refreshed();
    // "Open in Logs": the backup unit's journal of a server (followed there), or a drill's log as text.
    void logsRequested(const Steward::Server &server, const QString &unit);
    void openOutput(const QString &label, const QByteArray &output);

private:
    std::optional<Server> server(const QString &name) const;
    void showFreshness();
    void showDrillAge();
    void loadHistory();
    void updateCharts();
    void updateButtons();
    void showDrill(const Backups::DrillResult &result);

    Backups::SessionConnector m_connector;
    CredentialStore *m_credentials;
    History::Database m_historyDb;
    Backups::CatalogueSource *m_source;
    Backups::FreshnessBoard *m_board;
    ServerList m_servers;
    QPointer<Backups::BackupRun> m_run;
    QPointer<Backups::Drill> m_drill;

    QComboBox *m_serverBox;
    QPushButton *m_refreshButton;
    QPushButton *m_backupButton;
    QPushButton *m_drillButton;
    QPushButton *m_cancelButton;
    QLabel *m_status;
    QLabel *m_drillAge;
    MessageWidget *m_message;
    QTabWidget *m_tabs;
    QTableView *m_catalogueView;
    BackupCatalogueModel *m_catalogue;
    QChartView *m_catalogueChart;
    QProgressBar *m_runProgress;
    QLabel *m_runStatus;
    QPlainTextEdit *m_runLog;
    QPushButton *m_runInLogs;
    QPushButton *m_drillInLogs;
    QLabel *m_drillStage;
    QProgressBar *m_drillProgress;
    QLabel *m_drillResult;
    QTableView *m_proofView;
    DrillProofModel *m_proof;
    QPlainTextEdit *m_drillLog;
    QTableView *m_historyView;
    DrillHistoryModel *m_history;
    QChartView *m_historyChart;
};

} // namespace Steward
