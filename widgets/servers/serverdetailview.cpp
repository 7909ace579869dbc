// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/servers/serverdetailview.h"

#include "models/servers/actionhistorymodel.h"
#include "models/servers/diskstatusmodel.h"
#include "models/servers/servicestatusmodel.h"
#include "models/servers/statusformat.h"
#include "models/servers/unitstatusmodel.h"
#include "widgets/tr.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Steward {

using Servers::ServerAction;
using Servers::Severity;

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, [view] {
        view->resizeColumnsToContents();
    });
    return view;
}

QPushButton *makeButton(const QString &name, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QLabel *makePartLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

// The use column of the disks as a bar, in the severity's colour.
class UseBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QVariant percent = index.data(DiskStatusModel::UsePercentRole);
        if (!percent.isValid())
            return QStyledItemDelegate::paint(painter, option, index);
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect r = option.rect.adjusted(4, 4, -4, -4);
        painter->save();
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawRect(r.adjusted(0, 0, -1, -1));
        const QVariant fg = index.data(Qt::ForegroundRole);
        const QColor fill = fg.isValid() ? fg.value<QColor>() : QColor(0x2e, 0x9d, 0x4a);
        painter->fillRect(QRect(r.left() + 1,
                                r.top() + 1,
                                int((r.width() - 2) * qBound(0, percent.toInt(), 100) / 100.0),
                                r.height() - 2),
                          fill.lighter(130));
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(r, Qt::AlignCenter, index.data().toString());
        painter->restore();
    }
};

// The key of each selected row of view; without a row selection, current (the current row's, or a timer's
// unit) when there is one.
QStringList selectedKeys(const QTableView *view, const QString &current)
{
    QStringList names;
    for (const QModelIndex &row : view->selectionModel()->selectedRows())
        names.append(row.data(StatusRoles::KeyRole).toString());
    if (names.isEmpty() && !current.isEmpty())
        names.append(current);
    return names;
}

} // namespace

ServerDetailView::ServerDetailView(ActionHistoryModel *history, QWidget *parent)
    : QWidget(parent)
    , m_historyModel(history)
    , m_serviceModel(new ServiceStatusModel(this))
    , m_unitModel(new UnitStatusModel(this))
    , m_timerModel(new TimerStatusModel(this))
    , m_diskModel(new DiskStatusModel(this))
    , m_summary(new QLabel(this))
    , m_findings(new QListWidget(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"serverDetail"_s);
    m_summary->setObjectName(u"statusSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont f = m_summary->font();
    f.setBold(true);
    m_summary->setFont(f);
    m_findings->setObjectName(u"findings"_s);
    m_findings->setMaximumHeight(90);
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);

    m_tabs->setObjectName(u"statusTabs"_s);
    m_tabs->addTab(servicesTab(), Widgets::Tr::tr("Services"));
    m_tabs->addTab(unitsTab(), Widgets::Tr::tr("Units and timers"));
    m_tabs->addTab(disksTab(), Widgets::Tr::tr("Disks"));
    m_tabs->addTab(healthTab(), Widgets::Tr::tr("Health"));
    m_tabs->addTab(activityTab(), Widgets::Tr::tr("Activity"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings);
    layout->addWidget(m_tabs, 1);
    setStatus({}, false);
}

QWidget *ServerDetailView::servicesTab()
{
    auto *tab = new QWidget(this);
    m_services = makeTable(m_serviceModel, u"servicesView"_s, tab);
    m_servicesPart = makePartLabel(tab);
    m_servicesPart->setObjectName(u"servicesPart"_s);
    m_restart = makeButton(u"restartService"_s, Widgets::Tr::tr("&Restart…"), tab);
    m_stop = makeButton(u"stopService"_s, Widgets::Tr::tr("S&top…"), tab);
    m_start = makeButton(u"startService"_s, Widgets::Tr::tr("&Start…"), tab);
    m_scale = makeButton(u"scaleService"_s, Widgets::Tr::tr("Sc&ale…"), tab);
    m_redeploy = makeButton(u"redeploy"_s, Widgets::Tr::tr("Re&deploy (up -d)…"), tab);
    m_serviceLogs = makeButton(u"serviceLogs"_s, Widgets::Tr::tr("&Logs"), tab);
    m_copyService = makeButton(u"copyServiceCommand"_s, Widgets::Tr::tr("&Copy Command"), tab);
    m_copyService->setToolTip(Widgets::Tr::tr("Copy the restart command for a terminal"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_restart, m_stop, m_start, m_scale, m_redeploy})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_serviceLogs);
    buttons->addWidget(m_copyService);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_servicesPart);
    layout->addWidget(m_services, 1);
    layout->addLayout(buttons);

    const auto service = [this](ServerAction::Kind kind) {
        return ServerAction{kind, selectedService(), 1};
    };
    connect(m_restart, &QPushButton::clicked, this, [this, service] {
        Q_EMIT actionRequested(service(ServerAction::Kind::RestartService));
    });
    connect(m_stop, &QPushButton::clicked, this, [this, service] {
        Q_EMIT actionRequested(service(ServerAction::Kind::StopService));
    });
    connect(m_start, &QPushButton::clicked, this, [this, service] {
        Q_EMIT actionRequested(service(ServerAction::Kind::StartService));
    });
    connect(m_scale, &QPushButton::clicked, this, &ServerDetailView::askScale);
    connect(m_redeploy, &QPushButton::clicked, this, [this] {
        Q_EMIT actionRequested({ServerAction::Kind::Redeploy, QString(), 1});
    });
    connect(m_serviceLogs, &QPushButton::clicked, this, [this] {
        // Every selected service, merged in the Logs panel.
        for (const QString &name : selectedServices())
            Q_EMIT logsRequested(QString(), name);
    });
    connect(m_copyService, &QPushButton::clicked, this, [this, service] {
        Q_EMIT copyRequested(service(ServerAction::Kind::RestartService));
    });
    // Several services can be selected for their logs; the actions act on one.
    m_services->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_services->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ServerDetailView::updateButtons);
    connect(m_services->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ServerDetailView::updateButtons);
    return tab;
}

QWidget *ServerDetailView::unitsTab()
{
    auto *tab = new QWidget(this);
    m_units = makeTable(m_unitModel, u"unitsView"_s, tab);
    m_timers = makeTable(m_timerModel, u"timersView"_s, tab);
    m_unitsPart = makePartLabel(tab);
    m_unitsPart->setObjectName(u"unitsPart"_s);
    m_startUnit = makeButton(u"startUnit"_s, Widgets::Tr::tr("Start &Now…"), tab);
    m_unitLogs = makeButton(u"unitLogs"_s, Widgets::Tr::tr("&Journal"), tab);
    m_copyUnit = makeButton(u"copyUnitCommand"_s, Widgets::Tr::tr("&Copy Command"), tab);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startUnit);
    buttons->addStretch();
    buttons->addWidget(m_unitLogs);
    buttons->addWidget(m_copyUnit);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_units);
    splitter->addWidget(m_timers);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_unitsPart);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    connect(m_startUnit, &QPushButton::clicked, this, [this] {
        Q_EMIT actionRequested({ServerAction::Kind::StartUnit, selectedUnit(), 1});
    });
    connect(m_unitLogs, &QPushButton::clicked, this, [this] {
        for (const QString &name : selectedUnits())
            Q_EMIT logsRequested(name, QString());
    });
    connect(m_copyUnit, &QPushButton::clicked, this, [this] {
        Q_EMIT copyRequested({ServerAction::Kind::StartUnit, selectedUnit(), 1});
    });
    // Several units can be selected for their journals; Start Now acts on one.
    m_units->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_units->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ServerDetailView::updateButtons);
    // One selection across both tables: a timer stands for the service it starts.
    connect(m_units->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_units->currentIndex().isValid())
            m_timers->clearSelection();
        updateButtons();
    });
    connect(m_timers->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_timers->currentIndex().isValid())
            m_units->clearSelection();
        updateButtons();
    });
    return tab;
}

QWidget *ServerDetailView::disksTab()
{
    auto *tab = new QWidget(this);
    m_disks = makeTable(m_diskModel, u"disksView"_s, tab);
    m_disks->setItemDelegateForColumn(DiskStatusModel::UseColumn, new UseBarDelegate(m_disks));
    m_disksPart = makePartLabel(tab);
    m_disksPart->setObjectName(u"disksPart"_s);
    m_layout = new QPlainTextEdit(tab);
    m_layout->setObjectName(u"diskLayout"_s);
    m_layout->setReadOnly(true);
    m_layout->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_layout->setMaximumHeight(120);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_disksPart);
    layout->addWidget(m_disks, 1);
    layout->addWidget(m_layout);
    return tab;
}

QWidget *ServerDetailView::healthTab()
{
    auto *tab = new QWidget(this);
    m_health = new QLabel(tab);
    m_health->setObjectName(u"healthText"_s);
    m_health->setTextFormat(Qt::RichText);
    m_health->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_health->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_healthPart = makePartLabel(tab);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_healthPart);
    layout->addWidget(m_health, 1);
    return tab;
}

QWidget *ServerDetailView::activityTab()
{
    auto *tab = new QWidget(this);
    m_history = makeTable(m_historyModel, u"historyView"_s, tab);
    m_output = new QPlainTextEdit(tab);
    m_output->setObjectName(u"actionOutput"_s);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setMaximumBlockCount(20000);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_history);
    splitter->addWidget(m_output);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    connect(m_history->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) { showRun(current.row()); });
    return tab;
}

void ServerDetailView::showRun(int row)
{
    disconnect(m_outputConnection);
    m_output->clear();
    Servers::ActionRun *run = m_historyModel->run(row);
    if (!run)
        return;
    if (m_history->currentIndex().row() != row)
        m_history->setCurrentIndex(m_historyModel->index(row, 0));
    m_output->appendPlainText(u"$ "_s + run->action().commandLine(run->server()));
    // Output is shown as text; invalid UTF-8 becomes U+FFFD, never garbage.
    m_output->appendPlainText(QString::fromUtf8(run->output()));
    m_outputConnection = connect(run,
                                 &Servers::ActionRun::outputReceived,
                                 m_output,
                                 [this](const QByteArray &data) {
                                     m_output->moveCursor(QTextCursor::End);
                                     m_output->insertPlainText(QString::fromUtf8(data));
                                     m_output->verticalScrollBar()->setValue(
                                         m_output->verticalScrollBar()->maximum());
                                 });
}

void ServerDetailView::askScale()
{
    const QString service = selectedService();
    if (service.isEmpty())
        return;
    int current = 0;
    for (const Servers::ComposeService &s : m_serviceModel->rows())
        current += s.service == service ? 1 : 0;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"scaleDialog"_s);
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(0, 50);
    dialog->setIntValue(qMax(1, current));
    dialog->setWindowTitle(Widgets::Tr::tr("Scale %1").arg(service));
    dialog->setLabelText(Widgets::Tr::tr("How many %1 containers should run?").arg(service));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QInputDialog::intValueSelected, this, [this, service](int value) {
        Q_EMIT actionRequested({ServerAction::Kind::ScaleService, service, value});
    });
    dialog->open();
}

QString ServerDetailView::selectedService() const
{
    const QModelIndex current = m_services->currentIndex();
    return current.isValid() ? current.data(StatusRoles::KeyRole).toString() : QString();
}

QStringList ServerDetailView::selectedServices() const
{
    return selectedKeys(m_services, selectedService());
}

QStringList ServerDetailView::selectedUnits() const
{
    return selectedKeys(m_units, selectedUnit()); // a timer: the unit it starts
}

QString ServerDetailView::selectedUnit() const
{
    if (const QModelIndex unit = m_units->currentIndex();
        unit.isValid() && m_units->selectionModel()->isSelected(unit))
        return unit.data(StatusRoles::KeyRole).toString();
    if (const QModelIndex timer = m_timers->currentIndex();
        timer.isValid() && m_timers->selectionModel()->isSelected(timer))
        return m_timerModel->rowAt(timer.row()).activates;
    return {};
}

void ServerDetailView::setServer(const Server &server)
{
    const bool other = server.name != m_server.name;
    m_server = server;
    if (other) {
        m_status = {};
        setStatus({}, false);
    }
}

QString ServerDetailView::partText(const Servers::PartState &part)
{
    if (part.ok())
        return Widgets::Tr::tr("Read %1.").arg(StatusFormat::relative(part.refreshedAt));
    if (part.stale())
        return Widgets::Tr::tr("Could not read: %1. Shown: what was read %2.")
            .arg(part.error, StatusFormat::relative(part.refreshedAt));
    if (!part.error.isEmpty())
        return Widgets::Tr::tr("Could not read: %1.").arg(part.error);
    return Widgets::Tr::tr("Not read yet.");
}

void ServerDetailView::setStatus(const Servers::ServerStatus &status, bool refreshing)
{
    m_status = status;
    QString summary;
    if (m_server.name.isEmpty()) {
        summary = Widgets::Tr::tr("Select a server to see its services, units, disks and health.");
    } else if (status.severity == Severity::Unknown && !refreshing) {
        summary = Widgets::Tr::tr("%1: not checked yet. Refresh to read its state.")
                      .arg(m_server.name);
    } else {
        summary = Widgets::Tr::tr("%1: %2").arg(m_server.name,
                                                Servers::severityName(status.severity));
        if (status.lastRefresh.isValid())
            summary += u" · "_s
                       + Widgets::Tr::tr("refreshed %1")
                             .arg(StatusFormat::relative(status.lastRefresh));
        if (refreshing)
            summary += u" · "_s + Widgets::Tr::tr("refreshing…");
    }
    m_summary->setText(summary);

    m_findings->clear();
    for (const Servers::Finding &f : status.findings) {
        auto *item = new QListWidgetItem(f.message, m_findings);
        item->setData(Qt::DecorationRole, StatusFormat::badge(f.severity));
        item->setData(Qt::ForegroundRole, StatusFormat::foreground(f.severity));
    }
    m_findings->setVisible(!status.findings.isEmpty());

    m_serviceModel->setServices(status.services);
    m_serviceModel->setStale(!status.servicesState.ok());
    m_servicesPart->setText(partText(status.servicesState));
    m_unitModel->setUnits(status.units);
    m_timerModel->setTimers(status.timers, status.units);
    QString unitsText = partText(status.unitsState);
    if (!status.timersState.error.isEmpty())
        unitsText += u' ' + Widgets::Tr::tr("Timers: %1").arg(partText(status.timersState));
    m_unitsPart->setText(unitsText);
    m_diskModel->setFilesystems(status.filesystems);
    m_diskModel->setLayout(status.blockDevices, status.volumes);
    m_disksPart->setText(partText(status.disksState));
    QString layoutText = m_diskModel->layoutText();
    if (!status.volumesState.error.isEmpty())
        layoutText += u'\n' + Widgets::Tr::tr("Layout: %1").arg(status.volumesState.error);
    m_layout->setPlainText(layoutText);

    if (!status.health) {
        m_healthPart->setText(m_server.publicUrl.isEmpty()
                                  ? Widgets::Tr::tr("The inventory gives no public URL for this "
                                                    "server, so its HTTP health is not checked.")
                                  : Widgets::Tr::tr("Not checked yet."));
        m_health->clear();
    } else {
        const Servers::HealthReport &h = *status.health;
        m_healthPart->setText(Widgets::Tr::tr("Checked %1 from this computer, at %2.")
                                  .arg(StatusFormat::relative(h.at), h.base.toString()));
        const auto row = [](const QString &what, const Servers::HttpProbe &p) {
            const QString result
                = p.answered() ? Widgets::Tr::tr("HTTP %1 in %2 ms").arg(p.status).arg(p.elapsedMs)
                               : Widgets::Tr::tr("no answer: %1").arg(p.error);
            const QString colour = p.ok() ? u"#2e9d4a"_s : u"#d03030"_s;
            return u"<tr><td>%1</td><td><tt>%2</tt></td><td style='color:%3'>%4</td></tr>"_s
                .arg(what.toHtmlEscaped(), p.path.toHtmlEscaped(), colour, result.toHtmlEscaped());
        };
        QString html = u"<table cellspacing='6'>"_s;
        html += row(Widgets::Tr::tr("Web"), h.web);
        html += row(Widgets::Tr::tr("Streaming"), h.streaming);
        html += row(Widgets::Tr::tr("Instance API"), h.instance);
        html += u"</table>"_s;
        if (!h.version.isEmpty())
            html += u"<p>"_s + Widgets::Tr::tr("Running version: %1").arg(h.version).toHtmlEscaped()
                    + u"</p>"_s;
        if (h.maintenance)
            html += u"<p><b>"_s + Widgets::Tr::tr("The maintenance page is up.").toHtmlEscaped()
                    + u"</b></p>"_s;
        m_health->setText(html);
    }
    updateButtons();
}

void ServerDetailView::updateButtons()
{
    const bool connected = m_status.connectionError.isEmpty()
                           && m_status.servicesState.refreshedAt.isValid();
    // An action names one service or unit in its confirmation: with several selected, only the
    // logs buttons (which open each) stay enabled.
    const int services = int(selectedServices().size());
    const bool service = services == 1;
    for (QPushButton *b : {m_restart, m_stop, m_start, m_scale, m_copyService})
        b->setEnabled(service && (connected || b == m_copyService));
    m_serviceLogs->setEnabled(services > 0 && connected);
    m_redeploy->setEnabled(connected);
    const int units = int(selectedUnits().size());
    const bool unit = units == 1;
    m_startUnit->setEnabled(unit && connected);
    m_unitLogs->setEnabled(units > 0 && connected);
    m_copyUnit->setEnabled(unit);
}

} // namespace Steward
