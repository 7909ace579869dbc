// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runbook/runbookpanel.h"

#include "core/runbook/announcement.h"
#include "core/runbook/dryrun.h"
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
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
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
    m_announcement = new QLabel(this);
    m_announcement->setObjectName(u"announcementPreview"_s);
    m_announcement->setWordWrap(true);
    m_announcement->setTextFormat(Qt::PlainText);
    m_announcement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_announcement->setVisible(false);
    m_transcript = new QPushButton(Widgets::Tr::tr("Transcript"), this);
    m_transcript->setObjectName(u"transcript"_s);
    m_transcript->setToolTip(Widgets::Tr::tr("Show the run's transcript: every step, command, "
                                             "output, approval and override, with times"));
    m_export = new QPushButton(Widgets::Tr::tr("Export…"), this);
    m_export->setObjectName(u"exportTranscript"_s);
    m_export->setToolTip(Widgets::Tr::tr("Save the run's transcript as a Markdown file"));
    m_openInLogs = new QPushButton(Widgets::Tr::tr("Open in Logs"), this);
    m_openInLogs->setObjectName(u"openInLogs"_s);
    m_openInLogs->setToolTip(Widgets::Tr::tr(
        "Open the selected step's output in the Logs panel, to search and save it"));
    auto *top = new QFormLayout;
    top->addRow(Widgets::Tr::tr("Runbook:"), m_runbookBox);
    top->addRow(Widgets::Tr::tr("Server:"), m_serverBox);
    top->addRow(QString(), m_description);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_dryRun);
    actions->addWidget(m_start);
    actions->addWidget(m_transcript);
    actions->addWidget(m_export);
    actions->addWidget(m_openInLogs);
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
    setupLayout->addWidget(m_announcement);
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
    connect(m_transcript, &QPushButton::clicked, this, &RunbookPanel::showTranscript);
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this,
                                       Widgets::Tr::tr("Export the transcript"),
                                       QString(),
                                       Widgets::Tr::tr("Markdown (*.md);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(u"md"_s);
        dialog->selectFile(m_engine ? m_engine->runId() + u".md"_s : u"transcript.md"_s);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            saveTranscript(path);
        });
        dialog->open();
    });
    connect(m_openInLogs, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_stepView->currentIndex();
        if (!current.isValid() || !m_engine)
            return;
        const QString id = m_steps->stepId(current.row());
        emit openOutput(Widgets::Tr::tr("%1 · %2").arg(m_engine->runId(), id), m_outputs.value(id));
    });
    connect(m_serverBox, &QComboBox::currentIndexChanged, this, &RunbookPanel::updateAnnouncement);
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
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            connect(edit, &QLineEdit::textChanged, this, &RunbookPanel::updateAnnouncement);
        else if (auto *box = qobject_cast<QComboBox *>(field))
            connect(box, &QComboBox::currentIndexChanged, this, &RunbookPanel::updateAnnouncement);
        field->setObjectName(u"parameter-"_s + p.name);
        field->setToolTip(p.description);
        m_parameterFields.insert(p.name, field);
        m_parameterForm->addRow((p.title.isEmpty() ? p.name : p.title)
                                    + (p.required ? u" *"_s : QString()) + u':',
                                field);
    }
    updateAnnouncement();
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
    const auto dry = Runbook::DryRun::make(m_runbooks.at(at), *server, parameters());
    if (!dry) {
        m_message->showError(dry.error().message);
        return {};
    }
    m_message->showError(QString());
    return dry->text();
}

void RunbookPanel::prepare(const QString &runbookId,
                           const QString &server,
                           const QHash<QString, QString> &values)
{
    if (m_engine && m_engine->phase() != RunEngine::Phase::Finished
        && m_engine->phase() != RunEngine::Phase::Failed) {
        m_message->showError(
            Widgets::Tr::tr("A run is open in this panel (%1). Stop it, or let it finish, first.")
                .arg(m_engine->runId()));
        return;
    }
    if (!selectRunbook(runbookId)) {
        m_message->showError(Widgets::Tr::tr("There is no runbook “%1”.").arg(runbookId));
        return;
    }
    if (!server.isEmpty())
        selectServer(server);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        setParameter(it.key(), it.value());
    QStringList missing;
    for (const Runbook::Parameter &p : m_runbooks.at(m_runbookBox->currentIndex()).parameters) {
        if (p.required && parameters().value(p.name).trimmed().isEmpty())
            missing.append(p.title.isEmpty() ? p.name : p.title);
    }
    m_message
        ->showMessage(missing.isEmpty()
                          ? Widgets::Tr::tr(
                                "Filled in from the upgrade plan. Read the dry run, then start.")
                          : Widgets::Tr::tr("Filled in from the upgrade plan. Still to fill: %1.")
                                .arg(missing.join(u", "_s)),
                      MessageWidget::Type::Information);
    m_message->setVisible(true);
}

QString RunbookPanel::announcementText() const
{
    return m_announcement->isVisible() ? m_announcement->text() : QString();
}

void RunbookPanel::setCharacterLimit(const QString &server, int maxCharacters)
{
    if (maxCharacters <= 0 || m_characterLimits.value(server) == maxCharacters)
        return;
    m_characterLimits.insert(server, maxCharacters);
    updateAnnouncement();
}

void RunbookPanel::updateAnnouncement()
{
    const int at = m_runbookBox->currentIndex();
    const auto server = currentServer();
    if (at < 0 || at >= m_runbooks.size() || !server) {
        m_announcement->setVisible(false);
        return;
    }
    const auto dry = Runbook::DryRun::make(m_runbooks.at(at), *server, parameters());
    if (!dry || dry->announcements.isEmpty()) {
        // Parameters still missing: the preview waits for them (the dry run says what is missing).
        m_announcement->setVisible(false);
        return;
    }
    const Runbook::DryRun::Post &post = dry->announcements.first();
    const bool known = m_characterLimits.contains(server->name);
    const int limit = known ? m_characterLimits.value(server->name)
                            : Runbook::Announcement::defaultMaxCharacters;
    QString head
        = Widgets::Tr::tr("Announcement: %1 of %2 characters").arg(post.characters).arg(limit);
    if (!known)
        head += Widgets::Tr::tr(
                    " (Mastodon's default; %1's own limit is read when it is refreshed)")
                    .arg(server->name);
    if (post.characters > limit)
        head += Widgets::Tr::tr(
            " — too long: the step would refuse it. Shorten the template or the "
            "parameters.");
    m_announcement->setText(head + u"\n\n"_s + post.text);
    m_announcement->setStyleSheet(post.characters > limit ? u"color: #b00020;"_s : QString());
    m_announcement->setVisible(true);
}

QString RunbookPanel::transcriptText() const
{
    return m_engine ? m_engine->transcript() : QString();
}

void RunbookPanel::showTranscript()
{
    if (!m_engine) {
        m_message->showError(Widgets::Tr::tr("No run is open: start one or open one first."));
        return;
    }
    m_stepView->clearSelection();
    m_output->setPlainText(transcriptText());
}

bool RunbookPanel::saveTranscript(const QString &path)
{
    if (!m_engine) {
        m_message->showError(Widgets::Tr::tr("No run is open: start one or open one first."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(transcriptText().toUtf8()) < 0
        || !file.commit()) {
        m_message->showError(Widgets::Tr::tr("The transcript could not be saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_message->showMessage(Widgets::Tr::tr("Transcript saved to %1.")
                               .arg(QDir::toNativeSeparators(path)),
                           MessageWidget::Type::Information);
    m_message->setVisible(true);
    return true;
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
    m_transcript->setEnabled(m_engine != nullptr);
    m_export->setEnabled(m_engine != nullptr);
    m_openInLogs->setEnabled(m_engine != nullptr && m_stepView->currentIndex().isValid());
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
    m_openInLogs->setEnabled(m_engine != nullptr && current.isValid());
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
