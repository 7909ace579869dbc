// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runbook/runbookpanel.h"

#include "core/runbook/remoterun.h"
#include "core/runbook/runbooklibrary.h"
#include "core/runbook/runengine.h"
#include "core/ssh/session.h"
#include "models/runbook/runstepmodel.h"
#include "widgets/common/messagebox.h"
#include "widgets/common/messagewidget.h"
#include "widgets/tr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QSysInfo>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Steward {

using Runbook::RunEngine;

namespace {

// A step's output kept for the view (the whole output stays in the run's folder on the server).
constexpr qsizetype MaxOutputBytes = 2 * 1024 * 1024;

QString actorName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = u"volunteer"_s;
    return user + u'@' + QSysInfo::machineHostName();
}

} // namespace

RunbookPanel::RunbookPanel(SessionConnector connector,
                           QNetworkAccessManager *network,
                           QWidget *parent)
    : QWidget(parent)
    , m_connector(std::move(connector))
    , m_network(network)
    , m_steps(new RunStepModel(this))
{
    // What to run, where, with what.
    m_runbookBox = new QComboBox(this);
    m_runbookBox->setObjectName(u"runbook"_s);
    m_serverBox = new QComboBox(this);
    m_serverBox->setObjectName(u"server"_s);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_parameterForm = new QFormLayout;
    m_dryRun = new QPushButton(Widgets::Tr::tr("Dry run"), this);
    m_dryRun->setObjectName(u"dryRun"_s);
    m_dryRun->setToolTip(
        Widgets::Tr::tr("Show exactly what each step will send or do, without running anything"));
    m_start = new QPushButton(Widgets::Tr::tr("Start run…"), this);
    m_start->setObjectName(u"start"_s);
    m_runId = new QLineEdit(this);
    m_runId->setObjectName(u"runId"_s);
    m_runId->setPlaceholderText(Widgets::Tr::tr("Run id (steward runbook status lists them)"));
    m_open = new QPushButton(Widgets::Tr::tr("Open run"), this);
    m_open->setObjectName(u"open"_s);
    auto *top = new QFormLayout;
    top->addRow(Widgets::Tr::tr("Runbook:"), m_runbookBox);
    top->addRow(Widgets::Tr::tr("Server:"), m_serverBox);
    top->addRow(QString(), m_description);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_dryRun);
    actions->addWidget(m_start);
    actions->addStretch(1);
    actions->addWidget(m_runId, 1);
    actions->addWidget(m_open);

    m_message = new MessageWidget(this);
    m_message->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"runStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    // The steps, and the selected one's explanation and output.
    m_stepView = new QTableView(this);
    m_stepView->setObjectName(u"steps"_s);
    m_stepView->setModel(m_steps);
    m_stepView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepView->verticalHeader()->setVisible(false);
    m_stepView->horizontalHeader()->setSectionResizeMode(RunStepModel::StepColumn,
                                                         QHeaderView::Stretch);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"explanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(u"output"_s);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setMaximumBlockCount(20000);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_explanation);
    detailLayout->addWidget(m_output, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stepView);
    splitter->addWidget(detail);
    splitter->setSizes({300, 300});

    // Decisions.
    m_decisionBar = new QWidget(this);
    m_decisionBar->setObjectName(u"decisionBar"_s);
    m_decision = new QLabel(m_decisionBar);
    m_decision->setObjectName(u"decision"_s);
    m_decision->setWordWrap(true);
    m_reason = new QLineEdit(m_decisionBar);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setPlaceholderText(
        Widgets::Tr::tr("Reason (recorded; needed to skip, override or stop)"));
    m_approve = new QPushButton(Widgets::Tr::tr("Approve"), m_decisionBar);
    m_approve->setObjectName(u"approve"_s);
    m_retry = new QPushButton(Widgets::Tr::tr("Retry"), m_decisionBar);
    m_retry->setObjectName(u"retry"_s);
    m_skip = new QPushButton(Widgets::Tr::tr("Skip"), m_decisionBar);
    m_skip->setObjectName(u"skip"_s);
    m_override = new QPushButton(Widgets::Tr::tr("Override"), m_decisionBar);
    m_override->setObjectName(u"override"_s);
    m_stop = new QPushButton(Widgets::Tr::tr("Stop run"), m_decisionBar);
    m_stop->setObjectName(u"stop"_s);
    auto *decisionLayout = new QVBoxLayout(m_decisionBar);
    decisionLayout->setContentsMargins(0, 0, 0, 0);
    decisionLayout->addWidget(m_decision);
    auto *decisionButtons = new QHBoxLayout;
    decisionButtons->addWidget(m_reason, 1);
    decisionButtons->addWidget(m_approve);
    decisionButtons->addWidget(m_retry);
    decisionButtons->addWidget(m_skip);
    decisionButtons->addWidget(m_override);
    decisionButtons->addWidget(m_stop);
    decisionLayout->addLayout(decisionButtons);

    // The setup (runbook, server, parameters) scrolls above the run, which gets the room.
    auto *setup = new QWidget(this);
    auto *setupLayout = new QVBoxLayout(setup);
    setupLayout->addLayout(top);
    setupLayout->addLayout(m_parameterForm);
    setupLayout->addStretch(1);
    auto *setupScroll = new QScrollArea(this);
    setupScroll->setWidget(setup);
    setupScroll->setWidgetResizable(true);
    setupScroll->setFrameShape(QFrame::NoFrame);
    auto *run = new QWidget(this);
    auto *runLayout = new QVBoxLayout(run);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addLayout(actions);
    runLayout->addWidget(m_message);
    runLayout->addWidget(m_status);
    runLayout->addWidget(splitter, 1);
    runLayout->addWidget(m_decisionBar);
    auto *outer = new QSplitter(Qt::Vertical, this);
    outer->addWidget(setupScroll);
    outer->addWidget(run);
    outer->setStretchFactor(1, 3);
    outer->setSizes({220, 680});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(outer);

    connect(m_runbookBox, &QComboBox::currentIndexChanged, this, &RunbookPanel::showRunbook);
    connect(m_dryRun, &QPushButton::clicked, this, [this] {
        const QString text = dryRunText();
        if (!text.isEmpty())
            m_output->setPlainText(text);
    });
    connect(m_start, &QPushButton::clicked, this, &RunbookPanel::startRun);
    connect(m_open, &QPushButton::clicked, this, [this] { openRun(m_runId->text().trimmed()); });
    connect(m_stepView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &RunbookPanel::showStep);
    connect(m_approve, &QPushButton::clicked, this, &RunbookPanel::approve);
    connect(m_retry, &QPushButton::clicked, this, &RunbookPanel::retry);
    connect(m_skip, &QPushButton::clicked, this, [this] { skip(m_reason->text()); });
    connect(m_override, &QPushButton::clicked, this, [this] { overrideGate(m_reason->text()); });
    connect(m_stop, &QPushButton::clicked, this, [this] { stopRun(m_reason->text()); });

    reloadRunbooks();
    updateState();
}

RunbookPanel::~RunbookPanel()
{
    if (m_engine)
        m_engine->detach(); // the run goes on on the server
}

void RunbookPanel::reloadRunbooks()
{
    const QString current = m_runbookBox->currentData().toString();
    const QSignalBlocker block(m_runbookBox);
    m_runbookBox->clear();
    m_runbooks.clear();
    QStringList broken;
    for (const Runbook::Library::Entry &entry : Runbook::Library::entries()) {
        if (!entry.runbook.ok()) {
            broken << Widgets::Tr::tr("%1: %2").arg(entry.path, entry.runbook.error().toString());
            continue;
        }
        m_runbooks << entry.runbook.value();
        m_runbookBox->addItem(entry.runbook.value().title.isEmpty() ? entry.id
                                                                    : entry.runbook.value().title,
                              entry.id);
    }
    const int at = m_runbookBox->findData(current);
    m_runbookBox->setCurrentIndex(at >= 0 ? at : 0);
    if (!broken.isEmpty())
        m_message->showError(
            Widgets::Tr::tr("Some runbooks do not load:\n%1").arg(broken.join(u'\n')));
    showRunbook();
}

void RunbookPanel::setServers(const ServerList &servers)
{
    m_servers = servers;
    const QString current = m_serverBox->currentText();
    const QSignalBlocker block(m_serverBox);
    m_serverBox->clear();
    for (const Server &s : servers)
        m_serverBox->addItem(s.name);
    const int at = m_serverBox->findText(current);
    m_serverBox->setCurrentIndex(at >= 0 ? at : 0);
    updateState();
}

bool RunbookPanel::selectRunbook(const QString &id)
{
    const int at = m_runbookBox->findData(id);
    if (at < 0)
        return false;
    m_runbookBox->setCurrentIndex(at);
    return true;
}

bool RunbookPanel::selectServer(const QString &name)
{
    const int at = m_serverBox->findText(name);
    if (at < 0)
        return false;
    m_serverBox->setCurrentIndex(at);
    return true;
}

std::optional<Server> RunbookPanel::currentServer() const
{
    for (const Server &s : m_servers) {
        if (s.name == m_serverBox->currentText())
            return s;
    }
    return std::nullopt;
}

void RunbookPanel::showRunbook()
{
    const int at = m_runbookBox->currentIndex();
    if (at < 0 || at >= m_runbooks.size()) {
        m_description->clear();
        m_steps->setRunbook({});
        buildParameters();
        return;
    }
    const Runbook::Runbook &book = m_runbooks.at(at);
    m_description->setText(book.description);
    if (!m_engine)
        m_steps->setRunbook(book);
    buildParameters();
    updateState();
}

void RunbookPanel::buildParameters()
{
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    m_parameterFields.clear();
    const int at = m_runbookBox->currentIndex();
    if (at < 0 || at >= m_runbooks.size())
        return;
    for (const Runbook::Parameter &p : m_runbooks.at(at).parameters) {
        QWidget *field = nullptr;
        if (p.type == Runbook::Parameter::Type::Choice) {
            auto *box = new QComboBox(this);
            box->addItems(p.choices);
            box->setCurrentText(p.defaultValue);
            field = box;
        } else if (p.type == Runbook::Parameter::Type::Bool) {
            auto *box = new QCheckBox(this);
            box->setChecked(p.defaultValue == u"true"_s);
            field = box;
        } else {
            auto *edit = new QLineEdit(this);
            edit->setText(p.defaultValue);
            if (p.secret)
                edit->setEchoMode(QLineEdit::Password); // kept in memory only, never on the server
            field = edit;
        }
        field->setObjectName(u"parameter-"_s + p.name);
        field->setToolTip(p.description);
        m_parameterFields.insert(p.name, field);
        m_parameterForm->addRow((p.title.isEmpty() ? p.name : p.title)
                                    + (p.required ? u" *"_s : QString()) + u':',
                                field);
    }
}

void RunbookPanel::setParameter(const QString &name, const QString &value)
{
    QWidget *field = m_parameterFields.value(name);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->setText(value);
    else if (auto *box = qobject_cast<QComboBox *>(field))
        box->setCurrentText(value);
    else if (auto *check = qobject_cast<QCheckBox *>(field))
        check->setChecked(value == u"true"_s);
}

QHash<QString, QString> RunbookPanel::parameters() const
{
    QHash<QString, QString> values;
    for (auto it = m_parameterFields.cbegin(); it != m_parameterFields.cend(); ++it) {
        QString value;
        if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            value = edit->text();
        else if (auto *box = qobject_cast<QComboBox *>(it.value()))
            value = box->currentText();
        else if (auto *check = qobject_cast<QCheckBox *>(it.value()))
            value = check->isChecked() ? u"true"_s : u"false"_s;
        if (!value.isEmpty())
            values.insert(it.key(), value);
    }
    return values;
}

QString RunbookPanel::dryRunText()
{
    const int at = m_runbookBox->currentIndex();
    const auto server = currentServer();
    if (at < 0 || at >= m_runbooks.size() || !server) {
        m_message->showError(Widgets::Tr::tr("Choose a runbook and a server first."));
        return {};
    }
    const Runbook::Runbook &book = m_runbooks.at(at);
    const auto resolved = book.resolveParameters(parameters());
    if (!resolved) {
        m_message->showError(resolved.error().message);
        return {};
    }
    m_message->showError(QString());
    Runbook::Context context;
    context.server = *server;
    context.parameters = resolved.value();
    context.runId = Runbook::RemoteRun::makeRunId(book.id, QDateTime::currentDateTimeUtc());
    context.stateDir = Runbook::RemoteRun::defaultStateDir(*server);
    QStringList out;
    out << Widgets::Tr::tr("Dry run of “%1” on %2: nothing is sent.").arg(book.title, server->name)
        << QString();
    int n = 0;
    const auto planned = RunEngine::dryRun(book, context);
    for (const RunEngine::PlannedStep &step : planned) {
        out << u"%1. %2 [%3]"_s.arg(++n).arg(step.title, step.type);
        for (const QString &requirement : step.requirements)
            out << u"    ⟵ "_s + requirement;
        for (const QString &line : step.lines)
            out << u"    "_s + line;
    }
    // Secret parameters never show, not even here.
    QString text = out.join(u'\n');
    for (const QString &secret : book.secretValues(resolved.value()))
        text.replace(secret, u"••••••"_s);
    return text;
}

void RunbookPanel::startRun()
{
    const int at = m_runbookBox->currentIndex();
    const auto server = currentServer();
    if (at < 0 || at >= m_runbooks.size() || !server) {
        m_message->showError(Widgets::Tr::tr("Choose a runbook and a server first."));
        return;
    }
    if (m_engine && m_engine->phase() != RunEngine::Phase::Finished
        && m_engine->phase() != RunEngine::Phase::Failed) {
        m_message->showError(
            Widgets::Tr::tr("A run is open in this panel (%1). Stop it, or let it finish, first.")
                .arg(m_engine->runId()));
        return;
    }
    const Runbook::Runbook book = m_runbooks.at(at);
    const QHash<QString, QString> values = parameters();
    if (const auto resolved = book.resolveParameters(values); !resolved) {
        m_message->showError(resolved.error().message);
        return;
    }
    m_message->showError(QString());
    MessageBox::confirmDestructive(
        this,
        Widgets::Tr::tr("Start the run"),
        Widgets::Tr::tr(
            "Run “%1” on %2 now? Its steps act on the server (%3 steps; the dry run shows each "
            "one). Confirmations and failures stop for you.")
            .arg(book.title, server->name)
            .arg(book.steps.size()),
        Widgets::Tr::tr("Start"),
        this,
        [this, book, values, server = *server] {
            auto *engine = new RunEngine(server, m_network, this);
            attach(engine);
            m_connector(server,
                        engine,
                        [engine, book, values](const Result<Ssh::Session *> &session) {
                            if (!session) {
                                emit engine->errorOccurred(session.error().message);
                                return;
                            }
                            engine->setSession(session.value());
                            engine->create(book, values);
                        });
        });
}

void RunbookPanel::openRun(const QString &runId)
{
    const auto server = currentServer();
    if (!server) {
        m_message->showError(Widgets::Tr::tr("Choose the server the run is on first."));
        return;
    }
    if (!Runbook::RemoteRun::isValidRunId(runId)) {
        m_message->showError(
            Widgets::Tr::tr("“%1” is not a run id (such as 20261122-001000-mastodon-upgrade).")
                .arg(runId));
        return;
    }
    m_message->showError(QString());
    QHash<QString, QString> secrets;
    const int at = m_runbookBox->currentIndex();
    if (at >= 0 && at < m_runbooks.size()) {
        const QHash<QString, QString> values = parameters();
        for (const Runbook::Parameter &p : m_runbooks.at(at).parameters) {
            if (p.secret && values.contains(p.name))
                secrets.insert(p.name, values.value(p.name));
        }
    }
    auto *engine = new RunEngine(*server, m_network, this);
    attach(engine);
    m_connector(*server, engine, [engine, runId, secrets](const Result<Ssh::Session *> &session) {
        if (!session) {
            emit engine->errorOccurred(session.error().message);
            return;
        }
        engine->setSession(session.value());
        engine->open(runId, secrets);
    });
}

void RunbookPanel::attach(RunEngine *engine)
{
    if (m_engine) {
        m_engine->detach();
        m_engine->deleteLater();
    }
    m_engine = engine;
    m_outputs.clear();
    m_output->clear();
    engine->setActor(actorName());
    if (m_tokenProvider)
        engine->setTokenProvider(m_tokenProvider);
    connect(engine, &RunEngine::phaseChanged, this, [this, engine] {
        if (engine == m_engine) {
            if (engine->phase() == RunEngine::Phase::Failed)
                m_message->showError(engine->errorString());
            updateState();
        }
    });
    connect(engine, &RunEngine::stateChanged, this, &RunbookPanel::updateState);
    connect(engine,
            &RunEngine::outputReceived,
            this,
            [this](const QString &step, int, const QByteArray &data) {
                QByteArray &kept = m_outputs[step];
                kept += data;
                if (kept.size() > MaxOutputBytes)
                    kept.remove(0, kept.size() - MaxOutputBytes);
                const QModelIndex current = m_stepView->currentIndex();
                if (current.isValid() && m_steps->stepId(current.row()) == step)
                    m_output->appendPlainText(QString::fromUtf8(data).trimmed());
            });
    connect(engine, &RunEngine::decisionNeeded, this, [this] {
        updateDecision();
        emit decisionNeeded();
    });
    connect(engine, &RunEngine::errorOccurred, m_message, &MessageWidget::showError);
    connect(engine, &RunEngine::connectionLost, this, [this](const QString &why) {
        m_message->showMessage(Widgets::Tr::tr(
                                   "The connection was lost (%1). The running step goes on on the "
                                   "server; Steward connects again and picks the run up.")
                                   .arg(why),
                               MessageWidget::Type::Warning);
        m_message->setVisible(true);
    });
    connect(engine, &RunEngine::reconnected, this, [this] { m_message->setVisible(false); });
    connect(engine, &RunEngine::finished, this, [this] {
        updateState();
        emit runFinished();
    });
    updateState();
}

void RunbookPanel::updateState()
{
    const bool haveRunbook = m_runbookBox->currentIndex() >= 0;
    const bool haveServer = currentServer().has_value();
    const bool busy = m_engine && m_engine->phase() != RunEngine::Phase::Finished
                      && m_engine->phase() != RunEngine::Phase::Failed;
    m_dryRun->setEnabled(haveRunbook && haveServer);
    m_start->setEnabled(haveRunbook && haveServer && !busy);
    m_open->setEnabled(haveServer && !busy);
    m_runbookBox->setEnabled(!busy);
    m_serverBox->setEnabled(!busy);
    if (!m_engine) {
        m_status->setText(
            Widgets::Tr::tr("No run open. Start one, or open a run that exists on the server."));
        updateDecision();
        return;
    }
    const RunEngine::Phase phase = m_engine->phase();
    QString text;
    switch (phase) {
    case RunEngine::Phase::Idle:
    case RunEngine::Phase::Connecting:
        text = Widgets::Tr::tr("Connecting to %1…").arg(m_engine->server().name);
        break;
    case RunEngine::Phase::Opening:
        text = Widgets::Tr::tr("Opening the run on %1…").arg(m_engine->server().name);
        break;
    case RunEngine::Phase::Active:
    case RunEngine::Phase::Finished: {
        const Runbook::RunState &state = m_engine->state();
        int done = 0;
        for (const Runbook::StepState &s : state.steps)
            done += s.isDone() ? 1 : 0;
        text = Widgets::Tr::tr("Run %1 on %2: %3 (%4 of %5 steps done). Watch it on the server: %6")
                   .arg(m_engine->runId(), m_engine->server().name, state.statusName())
                   .arg(done)
                   .arg(state.steps.size())
                   .arg(m_engine->remote().attachCommand());
        m_steps->setRun(m_engine->runbook(), state);
        break;
    }
    case RunEngine::Phase::Failed:
        text = Widgets::Tr::tr("The run could not be made or opened: %1")
                   .arg(m_engine->errorString());
        break;
    }
    m_status->setText(text);
    updateDecision();
    showStep();
}

void RunbookPanel::updateDecision()
{
    const bool pending = m_engine && !m_engine->decisionStep().isEmpty();
    m_decisionBar->setVisible(m_engine != nullptr);
    if (!pending) {
        m_decision->setText(m_engine && m_engine->phase() == RunEngine::Phase::Active
                                ? Widgets::Tr::tr("Nothing waits for you.")
                                : QString());
    } else {
        const int row = m_steps->rowOf(m_engine->decisionStep());
        m_decision->setText(
            Widgets::Tr::tr("Step %1: %2").arg(row + 1).arg(m_engine->decisionMessage()));
        if (row >= 0 && m_stepView->currentIndex().row() != row)
            m_stepView->setCurrentIndex(m_steps->index(row, 0));
    }
    const RunEngine::Decision d = pending ? m_engine->decision() : RunEngine::Decision::Approve;
    m_approve->setEnabled(pending && d == RunEngine::Decision::Approve);
    m_retry->setEnabled(pending && d != RunEngine::Decision::Approve);
    m_skip->setEnabled(pending);
    m_override->setEnabled(
        pending && (d == RunEngine::Decision::GateBlocked || d == RunEngine::Decision::NeedsUnmet));
    m_stop->setEnabled(m_engine && m_engine->phase() == RunEngine::Phase::Active
                       && !m_engine->state().done && !m_engine->state().stopped);
}

void RunbookPanel::showStep()
{
    const QModelIndex current = m_stepView->currentIndex();
    if (!current.isValid()) {
        m_explanation->clear();
        return;
    }
    const QString id = m_steps->stepId(current.row());
    QString explanation = current.siblingAtColumn(0).data(RunStepModel::ExplanationRole).toString();
    if (m_engine && current.row() < m_engine->state().steps.size()) {
        const Runbook::StepState &s = m_engine->state().steps.at(current.row());
        if (!s.message.isEmpty())
            explanation += u"\n\n"_s + s.message;
        if (!s.command.isEmpty())
            explanation += u"\n$ "_s + s.command;
        for (const Runbook::CheckRecord &c : s.checks)
            explanation += u"\n%1 %2: %3"_s.arg(c.passed ? u"✔"_s : u"✘"_s, c.title, c.message);
    }
    m_explanation->setText(explanation);
    if (m_outputs.contains(id) || m_engine)
        m_output->setPlainText(QString::fromUtf8(m_outputs.value(id)));
}

void RunbookPanel::approve()
{
    m_message->showError(QString());
    if (m_engine && !m_engine->decisionStep().isEmpty())
        m_engine->approve(m_engine->decisionStep(), m_reason->text().trimmed());
}

void RunbookPanel::retry()
{
    m_message->showError(QString());
    if (m_engine && !m_engine->decisionStep().isEmpty())
        m_engine->retry(m_engine->decisionStep());
}

void RunbookPanel::skip(const QString &reason)
{
    if (!m_engine || m_engine->decisionStep().isEmpty())
        return;
    if (reason.trimmed().isEmpty()) {
        m_message->showError(
            Widgets::Tr::tr("Say why the step is skipped: the reason is recorded in the run."));
        return;
    }
    m_message->showError(QString());
    m_engine->skip(m_engine->decisionStep(), reason.trimmed());
    m_reason->clear();
}

void RunbookPanel::overrideGate(const QString &reason)
{
    if (!m_engine || m_engine->decisionStep().isEmpty())
        return;
    if (reason.trimmed().isEmpty()) {
        m_message->showError(
            Widgets::Tr::tr("Say why the gate is overridden: the reason is recorded in the run."));
        return;
    }
    m_message->showError(QString());
    m_engine->override(m_engine->decisionStep(), reason.trimmed());
    m_reason->clear();
}

void RunbookPanel::stopRun(const QString &reason)
{
    if (!m_engine)
        return;
    if (reason.trimmed().isEmpty()) {
        m_message->showError(
            Widgets::Tr::tr("Say why the run stops: the reason is recorded in the run."));
        return;
    }
    MessageBox::confirmDestructive(this,
                                   Widgets::Tr::tr("Stop the run"),
                                   Widgets::Tr::tr(
                                       "Stop run %1 after the running step? The step finishes on "
                                       "the server; nothing new starts.")
                                       .arg(m_engine->runId()),
                                   Widgets::Tr::tr("Stop"),
                                   this,
                                   [this, why = reason.trimmed()] {
                                       if (m_engine)
                                           m_engine->stop(why);
                                       m_reason->clear();
                                   });
}

Runbook::RunEngine *RunbookPanel::engine() const
{
    return m_engine.data();
}

QString RunbookPanel::statusText() const
{
    return m_status->text();
}

QString RunbookPanel::decisionText() const
{
    return m_decision->text();
}

QString RunbookPanel::outputText() const
{
    return m_output->toPlainText();
}

QString RunbookPanel::messageText() const
{
    return m_message->shownText();
}

} // namespace Steward
