// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/backups/backupspanel.h"

#include "core/backups/backuprun.h"
#include "core/backups/cataloguesource.h"
#include "core/backups/drillhistory.h"
#include "core/ssh/session.h"
#include "models/backups/backupcataloguemodel.h"
#include "models/backups/drillhistorymodel.h"
#include "widgets/common/messagewidget.h"
#include "widgets/common/palette.h"
#include "widgets/tr.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Steward {

using namespace Backups;

namespace {

QChartView *makeChartView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

void themeChart(QChart *chart)
{
    chart->setTheme(paletteIsDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

QString badgeStyle(const QString &color)
{
    return u"QLabel { border-radius: 4px; padding: 6px 10px; color: white; background: %1; font-weight: bold; }"_s
        .arg(color);
}

} // namespace

BackupsPanel::BackupsPanel(SessionConnector connector,
                           CredentialStore *credentials,
                           const History::Database &history,
                           QWidget *parent)
    : QWidget(parent)
    , m_connector(std::move(connector))
    , m_credentials(credentials)
    , m_historyDb(history)
    , m_source(new CatalogueSource(credentials, this))
    , m_board(new FreshnessBoard(m_source, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_serverBox = new QComboBox(this);
    m_serverBox->setObjectName(u"server"_s);
    m_serverBox->setMinimumContentsLength(16);
    m_refreshButton = new QPushButton(Widgets::Tr::tr("Refresh"), this);
    m_refreshButton->setObjectName(u"refresh"_s);
    m_backupButton = new QPushButton(Widgets::Tr::tr("Back up now"), this);
    m_backupButton->setObjectName(u"backupNow"_s);
    m_backupButton->setToolTip(Widgets::Tr::tr("Start the backup unit now and follow it."));
    m_drillButton = new QPushButton(Widgets::Tr::tr("Restore drill"), this);
    m_drillButton->setObjectName(u"drill"_s);
    m_drillButton->setToolTip(
        Widgets::Tr::tr("Restore the newest backup on the drill host into a scratch "
                        "database, prove it against production, then drop it."));
    m_cancelButton = new QPushButton(Widgets::Tr::tr("Cancel"), this);
    m_cancelButton->setObjectName(u"cancel"_s);
    bar->addWidget(new QLabel(Widgets::Tr::tr("Server:"), this));
    bar->addWidget(m_serverBox);
    bar->addWidget(m_refreshButton);
    bar->addStretch();
    bar->addWidget(m_backupButton);
    bar->addWidget(m_drillButton);
    bar->addWidget(m_cancelButton);
    layout->addLayout(bar);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"freshness"_s);
    m_status->setWordWrap(true);
    m_drillAge = new QLabel(this);
    m_drillAge->setObjectName(u"drillAge"_s);
    m_drillAge->setWordWrap(true);
    statusRow->addWidget(m_status, 3);
    statusRow->addWidget(m_drillAge, 2);
    layout->addLayout(statusRow);
    m_message = new MessageWidget(this);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // Catalogue: the table and the size-and-age trend.
    auto *catalogueTab = new QSplitter(Qt::Vertical, this);
    m_catalogue = new BackupCatalogueModel(this);
    m_catalogueView = makeTable(m_catalogue, catalogueTab);
    m_catalogueView->setObjectName(u"catalogue"_s);
    m_catalogueChart = makeChartView(catalogueTab);
    m_catalogueChart->setObjectName(u"catalogueChart"_s);
    catalogueTab->addWidget(m_catalogueView);
    catalogueTab->addWidget(m_catalogueChart);
    m_tabs->addTab(catalogueTab, Widgets::Tr::tr("Catalogue"));

    // The backup run: progress against the last successful run, the journal.
    auto *runTab = new QWidget(this);
    auto *runLayout = new QVBoxLayout(runTab);
    m_runStatus = new QLabel(Widgets::Tr::tr("Start the backup unit with “Back up now”."), runTab);
    m_runStatus->setWordWrap(true);
    m_runProgress = new QProgressBar(runTab);
    m_runProgress->setRange(0, 100);
    m_runProgress->setValue(0);
    m_runLog = new QPlainTextEdit(runTab);
    m_runLog->setReadOnly(true);
    m_runLog->setObjectName(u"runLog"_s);
    m_runLog->setFont(QFont(u"monospace"_s));
    m_runInLogs = new QPushButton(Widgets::Tr::tr("Open the unit's journal in Logs"), runTab);
    m_runInLogs->setObjectName(u"runInLogs"_s);
    m_runInLogs->setToolTip(Widgets::Tr::tr(
        "Follow the backup unit's journal on the server in the Logs panel, to search and save it"));
    connect(m_runInLogs, &QPushButton::clicked, this, [this] {
        if (const auto s = server(currentServer()))
            emit logsRequested(*s, s->backup.unit);
    });
    auto *runHead = new QHBoxLayout;
    runHead->addWidget(m_runStatus, 1);
    runHead->addWidget(m_runInLogs);
    runLayout->addLayout(runHead);
    runLayout->addWidget(m_runProgress);
    runLayout->addWidget(m_runLog, 1);
    m_tabs->addTab(runTab, Widgets::Tr::tr("Backup run"));

    // The drill: stage, result, proof, log.
    auto *drillTab = new QWidget(this);
    auto *drillLayout = new QVBoxLayout(drillTab);
    m_drillStage = new QLabel(Widgets::Tr::tr("No drill in this session yet."), drillTab);
    m_drillProgress = new QProgressBar(drillTab);
    m_drillProgress->setRange(0, 4);
    m_drillProgress->setValue(0);
    m_drillProgress->setFormat(u"%v / %m"_s);
    m_drillResult = new QLabel(drillTab);
    m_drillResult->setObjectName(u"drillResult"_s);
    m_drillResult->setWordWrap(true);
    m_drillResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proof = new DrillProofModel(this);
    m_proofView = makeTable(m_proof, drillTab);
    m_proofView->setObjectName(u"proof"_s);
    m_drillLog = new QPlainTextEdit(drillTab);
    m_drillLog->setReadOnly(true);
    m_drillLog->setObjectName(u"drillLog"_s);
    m_drillLog->setFont(QFont(u"monospace"_s));
    auto *drillSplit = new QSplitter(Qt::Vertical, drillTab);
    drillSplit->addWidget(m_proofView);
    drillSplit->addWidget(m_drillLog);
    m_drillInLogs = new QPushButton(Widgets::Tr::tr("Open in Logs"), drillTab);
    m_drillInLogs->setObjectName(u"drillInLogs"_s);
    m_drillInLogs->setToolTip(
        Widgets::Tr::tr("Open the drill's log in the Logs panel, to search and save it"));
    connect(m_drillInLogs, &QPushButton::clicked, this, [this] {
        emit openOutput(Widgets::Tr::tr("restore drill · %1").arg(currentServer()),
                        m_drillLog->toPlainText().toUtf8());
    });
    auto *drillHead = new QHBoxLayout;
    drillHead->addWidget(m_drillStage, 1);
    drillHead->addWidget(m_drillInLogs);
    drillLayout->addLayout(drillHead);
    drillLayout->addWidget(m_drillProgress);
    drillLayout->addWidget(m_drillResult);
    drillLayout->addWidget(drillSplit, 1);
    m_tabs->addTab(drillTab, Widgets::Tr::tr("Drill"));

    // History: every drill of the server and the restore-time trend.
    auto *historyTab = new QSplitter(Qt::Vertical, this);
    m_history = new DrillHistoryModel(this);
    m_historyView = makeTable(m_history, historyTab);
    m_historyView->setObjectName(u"history"_s);
    m_historyChart = makeChartView(historyTab);
    m_historyChart->setObjectName(u"historyChart"_s);
    historyTab->addWidget(m_historyView);
    historyTab->addWidget(m_historyChart);
    m_tabs->addTab(historyTab, Widgets::Tr::tr("Drill history"));

    connect(m_serverBox, &QComboBox::currentIndexChanged, this, [this] {
        m_catalogue->setCatalogue(m_board->catalogue(currentServer()));
        showFreshness();
        loadHistory();
        updateButtons();
        refresh();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &BackupsPanel::refresh);
    connect(m_backupButton, &QPushButton::clicked, this, &BackupsPanel::runBackup);
    connect(m_drillButton, &QPushButton::clicked, this, &BackupsPanel::runDrill);
    connect(m_cancelButton, &QPushButton::clicked, this, &BackupsPanel::cancel);
    connect(m_board, &FreshnessBoard::statusChanged, this, [this](const QString &name) {
        if (name != currentServer())
            return;
        const Freshness f = m_board->status(name);
        if (f.status == Freshness::Status::Error)
            m_message->showMessage(f.message, MessageWidget::Type::Error), m_message->show();
        else
            m_message->hide();
        m_catalogue->setCatalogue(m_board->catalogue(name));
        showFreshness();
        updateCharts();
        emit refreshed();
    });
    updateButtons();
}

BackupsPanel::~BackupsPanel()
{
    if (m_drill)
        m_drill->cancel();
}

void BackupsPanel::setServers(const ServerList &servers)
{
    const QString current = currentServer();
    m_servers = servers;
    QSignalBlocker block(m_serverBox);
    m_serverBox->clear();
    for (const Server &s : servers) {
        if (s.backup.configured())
            m_serverBox->addItem(s.name);
    }
    const int at = m_serverBox->findText(current);
    m_serverBox->setCurrentIndex(at >= 0 ? at : 0);
    if (m_serverBox->count() == 0)
        m_status->setText(
            Widgets::Tr::tr("No server of the inventory has backup settings. Add a “backup:” "
                            "map with its bucket to a server (docs/backups.md)."));
    m_catalogue->setCatalogue(m_board->catalogue(currentServer()));
    showFreshness();
    loadHistory();
    updateButtons();
    // Every server's catalogue, read afresh (the current one's shown when it comes; the combo box's
    // signal was blocked above); the Servers list's Last backup column follows the same board.
    m_board->refreshAll(m_servers);
}

QString BackupsPanel::currentServer() const
{
    return m_serverBox->currentText();
}

void BackupsPanel::setCurrentServer(const QString &name)
{
    m_serverBox->setCurrentIndex(m_serverBox->findText(name));
}

std::optional<Server> BackupsPanel::server(const QString &name) const
{
    for (const Server &s : m_servers) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

void BackupsPanel::refresh()
{
    if (const auto s = server(currentServer()))
        m_board->refresh(*s);
}

QString BackupsPanel::statusText() const
{
    return m_status->text();
}

QString BackupsPanel::drillStatusText() const
{
    return m_drillAge->text() + u'\n' + m_drillResult->text();
}

bool BackupsPanel::isBusy() const
{
    return (m_run && !m_run->isFinished()) || (m_drill && m_drill->isRunning());
}

void BackupsPanel::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void BackupsPanel::updateButtons()
{
    const bool has = server(currentServer()).has_value();
    const bool running = (m_run && !m_run->isFinished());
    const bool drilling = m_drill && m_drill->isRunning();
    m_refreshButton->setEnabled(has);
    m_backupButton->setEnabled(has && !running);
    m_drillButton->setEnabled(has && !drilling
                              && !server(currentServer())->backup.drillHost.isEmpty());
    m_cancelButton->setEnabled(running || drilling);
}

void BackupsPanel::showFreshness()
{
    const Freshness f = m_board->status(currentServer());
    QString color;
    QString title;
    switch (f.status) {
    case Freshness::Status::Fresh:
        color = f.suspicious ? u"#c0392b"_s : u"#2e8b57"_s;
        title = f.suspicious ? Widgets::Tr::tr("Suspicious") : Widgets::Tr::tr("Fresh");
        break;
    case Freshness::Status::Stale:
        color = u"#c0392b"_s;
        title = Widgets::Tr::tr("Stale");
        break;
    case Freshness::Status::Empty:
        color = u"#c0392b"_s;
        title = Widgets::Tr::tr("No backups");
        break;
    case Freshness::Status::Error:
        color = u"#7f8c8d"_s;
        title = Widgets::Tr::tr("Unknown");
        break;
    case Freshness::Status::Unknown:
        color = u"#7f8c8d"_s;
        title = Widgets::Tr::tr("Not read yet");
        break;
    }
    m_status->setStyleSheet(badgeStyle(color));
    m_status->setText(f.message.isEmpty() ? title : title + u" — "_s + f.message);
    showDrillAge();
}

void BackupsPanel::showDrillAge()
{
    const auto s = server(currentServer());
    if (!s) {
        m_drillAge->clear();
        return;
    }
    const auto last = DrillHistory(m_historyDb).lastPassed(s->name);
    const DrillAge age = assessDrillAge(last,
                                        QDateTime::currentDateTimeUtc(),
                                        s->backup.drillMaxAgeDays);
    const QString color = age.status == DrillAge::Status::Recent ? u"#2e8b57"_s : u"#d68910"_s;
    m_drillAge->setStyleSheet(badgeStyle(color));
    m_drillAge->setText(age.message);
}

void BackupsPanel::loadHistory()
{
    const auto drills = DrillHistory(m_historyDb).forServer(currentServer());
    m_history->setDrills(drills ? drills.value() : QList<DrillResult>());
    if (!drills) {
        m_message->showMessage(drills.error().message, MessageWidget::Type::Error);
        m_message->show();
    }
    if (drills && !drills->isEmpty() && !(m_drill && m_drill->isRunning()))
        showDrill(drills->first());
    updateCharts();
}

void BackupsPanel::updateCharts()
{
    // Catalogue: size (MB) of each backup of this server, and the hours since the one before.
    QChart *chart = m_catalogueChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    themeChart(chart);
    chart->setTitle(Widgets::Tr::tr("Backup size and interval"));
    auto *sizes = new QLineSeries;
    sizes->setName(Widgets::Tr::tr("Size (MB)"));
    auto *small = new QScatterSeries;
    small->setName(Widgets::Tr::tr("Suspiciously small"));
    small->setColor(QColor(0xc0, 0x39, 0x2b));
    small->setMarkerSize(10);
    auto *gaps = new QLineSeries;
    gaps->setName(Widgets::Tr::tr("Hours since the previous"));
    QDateTime previous;
    double maxSize = 0;
    double maxGap = 0;
    QDateTime first;
    QDateTime last;
    for (const BackupEntry &e : m_board->catalogue(currentServer()).entries) {
        if (!e.ours)
            continue;
        const double x = double(e.time.toMSecsSinceEpoch());
        const double mb = double(e.size) / 1e6;
        sizes->append(x, mb);
        if (e.suspicious)
            small->append(x, mb);
        if (previous.isValid()) {
            const double hours = double(previous.secsTo(e.time)) / 3600;
            gaps->append(x, hours);
            maxGap = std::max(maxGap, hours);
        }
        maxSize = std::max(maxSize, mb);
        previous = e.time;
        if (!first.isValid())
            first = e.time;
        last = e.time;
    }
    chart->addSeries(sizes);
    chart->addSeries(small);
    chart->addSeries(gaps);
    auto *time = new QDateTimeAxis;
    time->setFormat(u"MMM d"_s);
    if (first.isValid())
        time->setRange(first.addSecs(-3600).toLocalTime(), last.addSecs(3600).toLocalTime());
    auto *left = new QValueAxis;
    left->setTitleText(Widgets::Tr::tr("MB"));
    left->setRange(0, std::max(1.0, maxSize * 1.15));
    left->setLabelFormat(u"%.1f"_s);
    auto *right = new QValueAxis;
    right->setTitleText(Widgets::Tr::tr("hours"));
    right->setRange(0, std::max(30.0, maxGap * 1.15));
    right->setLabelFormat(u"%.0f"_s);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(sizes), static_cast<QAbstractSeries *>(small)}) {
        s->attachAxis(time);
        s->attachAxis(left);
    }
    gaps->attachAxis(time);
    gaps->attachAxis(right);

    // Drill history: restore time of each drill, passed and failed apart.
    QChart *h = m_historyChart->chart();
    h->removeAllSeries();
    for (QAbstractAxis *axis : h->axes())
        h->removeAxis(axis);
    themeChart(h);
    h->setTitle(Widgets::Tr::tr("Measured restore time"));
    auto *passed = new QLineSeries;
    passed->setName(Widgets::Tr::tr("Passed (s)"));
    passed->setPointsVisible(true);
    auto *failed = new QScatterSeries;
    failed->setName(Widgets::Tr::tr("Failed"));
    failed->setColor(QColor(0xc0, 0x39, 0x2b));
    double maxTotal = 0;
    QList<DrillResult> drills = m_history->rows();
    std::reverse(drills.begin(), drills.end());
    QDateTime hFirst;
    QDateTime hLast;
    for (const DrillResult &r : drills) {
        const double x = double(r.startedAt.toMSecsSinceEpoch());
        const double s = double(r.totalMs) / 1000;
        (r.passed() ? static_cast<QXYSeries *>(passed) : static_cast<QXYSeries *>(failed))
            ->append(x, s);
        maxTotal = std::max(maxTotal, s);
        if (!hFirst.isValid())
            hFirst = r.startedAt;
        hLast = r.startedAt;
    }
    h->addSeries(passed);
    h->addSeries(failed);
    auto *hTime = new QDateTimeAxis;
    hTime->setFormat(u"MMM d HH:mm"_s);
    if (hFirst.isValid())
        hTime->setRange(hFirst.addSecs(-600).toLocalTime(), hLast.addSecs(600).toLocalTime());
    auto *seconds = new QValueAxis;
    seconds->setTitleText(Widgets::Tr::tr("seconds"));
    seconds->setRange(0, std::max(1.0, maxTotal * 1.2));
    h->addAxis(hTime, Qt::AlignBottom);
    h->addAxis(seconds, Qt::AlignLeft);
    for (QXYSeries *s : {static_cast<QXYSeries *>(passed), static_cast<QXYSeries *>(failed)}) {
        s->attachAxis(hTime);
        s->attachAxis(seconds);
    }
}

void BackupsPanel::runBackup()
{
    const auto s = server(currentServer());
    if (!s || (m_run && !m_run->isFinished()))
        return;
    m_tabs->setCurrentIndex(1);
    m_runLog->clear();
    m_runProgress->setRange(0, 100);
    m_runProgress->setValue(0);
    m_runStatus->setText(Widgets::Tr::tr("Connecting to %1…").arg(s->name));
    m_connector(*s, this, [this, s](const Result<Ssh::Session *> &session) {
        if (!session) {
            m_runStatus->setText(
                Widgets::Tr::tr("Cannot start the backup: %1").arg(session.error().message));
            updateButtons();
            return;
        }
        auto *run = new BackupRun(session.value(), *s, this);
        m_run = run;
        connect(run, &BackupRun::entryReceived, this, [this](const JournalEntry &e) {
            m_runLog->appendPlainText(e.time.toLocalTime().toString(u"HH:mm:ss "_s) + e.identifier
                                      + u": "_s + e.message);
        });
        connect(run, &BackupRun::progressed, this, [this](qint64 elapsed, qint64 expected) {
            if (expected > 0) {
                m_runProgress->setRange(0, 100);
                m_runProgress->setValue(int(std::min<qint64>(99, elapsed * 100 / expected)));
                m_runStatus->setText(
                    Widgets::Tr::tr("Running: %1 s of about %2 s (the last successful run).")
                        .arg(elapsed / 1000)
                        .arg(expected / 1000));
            } else {
                m_runProgress->setRange(0, 0);
                m_runStatus->setText(
                    Widgets::Tr::tr("Running: %1 s (no earlier run to compare with).")
                        .arg(elapsed / 1000));
            }
        });
        connect(run, &BackupRun::finished, this, [this, run] {
            m_runProgress->setRange(0, 100);
            if (run->state() == BackupRun::State::Succeeded) {
                m_runProgress->setValue(100);
                m_runStatus->setText(Widgets::Tr::tr("%1 succeeded in %2 s.")
                                         .arg(run->unit())
                                         .arg(run->elapsedMs() / 1000));
                refresh(); // the new object appears in the catalogue
            } else if (run->state() == BackupRun::State::Failed) {
                m_runStatus->setText(
                    Widgets::Tr::tr("%1 failed: %2").arg(run->unit(), run->reason()));
                m_message->showMessage(Widgets::Tr::tr("The backup failed: %1").arg(run->reason()),
                                       MessageWidget::Type::Error);
                m_message->show();
            } else {
                m_runStatus->setText(
                    Widgets::Tr::tr("No longer following %1 (the unit goes on).").arg(run->unit()));
            }
            updateButtons();
            emit backupFinished();
        });
        run->start();
        updateButtons();
    });
    updateButtons();
}

void BackupsPanel::runDrill()
{
    const auto s = server(currentServer());
    if (!s || (m_drill && m_drill->isRunning()))
        return;
    const auto host = server(s->backup.drillHost);
    if (!host) {
        m_message->showMessage(Widgets::Tr::tr("%1 has no drill host in the inventory.").arg(s->name),
                               MessageWidget::Type::Warning);
        m_message->show();
        return;
    }
    m_tabs->setCurrentIndex(2);
    m_drillLog->clear();
    m_drillResult->clear();
    m_proof->setVerdict({});
    m_drillProgress->setValue(0);
    auto *drill = new Drill(m_connector, m_source, *s, *host, {}, this);
    m_drill = drill;
    connect(drill, &Drill::logged, this, [this](const QString &line) {
        m_drillLog->appendPlainText(line);
    });
    connect(drill, &Drill::stageChanged, this, [this](Drill::Stage stage) {
        const int step = stage == Drill::Stage::Preflight  ? 0
                         : stage == Drill::Stage::Download ? 1
                         : stage == Drill::Stage::Restore  ? 2
                         : stage == Drill::Stage::Verify   ? 3
                                                           : 4;
        m_drillProgress->setValue(step);
        m_drillStage->setText(Widgets::Tr::tr("Stage: %1").arg(Drill::stageKey(stage)));
    });
    connect(drill, &Drill::finished, this, [this, drill](const DrillResult &result) {
        const auto recorded = DrillHistory(m_historyDb).record(result);
        if (!recorded) {
            m_message->showMessage(recorded.error().message, MessageWidget::Type::Error);
            m_message->show();
        }
        loadHistory();
        showDrill(result);
        showDrillAge();
        updateButtons();
        drill->deleteLater();
        emit drillFinished(result);
    });
    drill->start();
    updateButtons();
}

void BackupsPanel::showDrill(const DrillResult &result)
{
    m_proof->setVerdict(result.verdict);
    const QString color = result.passed() ? u"#2e8b57"_s : u"#c0392b"_s;
    m_drillResult->setStyleSheet(
        u"QLabel { border-left: 4px solid %1; padding-left: 6px; }"_s.arg(color));
    const QString head = result.passed()
                             ? Widgets::Tr::tr("Drill passed on %1, %2.")
                                   .arg(result.drillHost,
                                        QLocale().toString(result.finishedAt.toLocalTime(),
                                                           QLocale::ShortFormat))
                         : result.outcome == DrillResult::Outcome::Cancelled
                             ? Widgets::Tr::tr("Drill cancelled on %1.").arg(result.drillHost)
                             : Widgets::Tr::tr("Drill FAILED on %1 (%2).")
                                   .arg(result.drillHost, result.failedStage);
    m_drillResult->setText(head + u' ' + result.message);
    if (m_drillLog->document()->isEmpty())
        m_drillStage->setText(Widgets::Tr::tr("Last drill: %1").arg(result.backupKey));
    m_drillProgress->setValue(result.passed() ? 4 : m_drillProgress->value());
}

void BackupsPanel::cancel()
{
    if (m_drill && m_drill->isRunning())
        m_drill->cancel();
    if (m_run && !m_run->isFinished())
        m_run->cancel();
}

} // namespace Steward
