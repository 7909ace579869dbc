// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/onboarding/onboardingpanel.h"

#include "core/onboarding/glossaryrunner.h"
#include "core/onboarding/servicesmap.h"
#include "core/ssh/session.h"
#include "models/onboarding/servicesmapmodel.h"
#include "widgets/common/messagebox.h"
#include "widgets/common/messagewidget.h"
#include "widgets/onboarding/accesspage.h"
#include "widgets/onboarding/mapeditordialog.h"
#include "widgets/tr.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Steward {

using Onboarding::GlossaryRunner;
using Onboarding::LessonChecker;

OnboardingPanel::OnboardingPanel(SessionConnector connector, QWidget *parent)
    : QWidget(parent)
    , m_connector(std::move(connector))
    , m_lessons(Onboarding::lessons())
    , m_progress(std::make_unique<Onboarding::LessonProgress>())
    , m_services(new ServicesMapModel(this))
{
    m_message = new MessageWidget(this);
    m_message->setVisible(false);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"onboardingTabs"_s);

    // Services.
    auto *servicesTab = new QWidget(this);
    auto *servicesLayout = new QVBoxLayout(servicesTab);
    m_mapOrigin = new QLabel(servicesTab);
    m_mapOrigin->setWordWrap(true);
    m_editMap = new QPushButton(QIcon::fromTheme(u"document-edit"_s),
                                Widgets::Tr::tr("Edit map…"),
                                servicesTab);
    m_editMap->setObjectName(u"editMap"_s);
    m_editMap->setEnabled(false);
    auto *mapHeader = new QHBoxLayout;
    mapHeader->addWidget(m_mapOrigin, 1);
    mapHeader->addWidget(m_editMap, 0, Qt::AlignTop);
    m_servicesView = new QTableView(servicesTab);
    m_servicesView->setObjectName(u"servicesMap"_s);
    m_servicesView->setModel(m_services);
    m_servicesView->verticalHeader()->setVisible(false);
    m_servicesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_servicesView->setWordWrap(true);
    m_servicesView->horizontalHeader()->setSectionResizeMode(ServicesMapModel::PurposeColumn,
                                                             QHeaderView::Stretch);
    servicesLayout->addLayout(mapHeader);
    servicesLayout->addWidget(m_servicesView, 1);
    m_tabs->addTab(servicesTab, Widgets::Tr::tr("Services"));

    // Commands.
    auto *commandsTab = new QSplitter(this);
    m_commands = new QListWidget(commandsTab);
    m_commands->setObjectName(u"commands"_s);
    auto *detail = new QWidget(commandsTab);
    auto *detailLayout = new QVBoxLayout(detail);
    m_commandText = new QLabel(detail);
    m_commandText->setObjectName(u"commandText"_s);
    m_commandText->setWordWrap(true);
    m_commandText->setTextFormat(Qt::PlainText);
    m_commandText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_sample = new QPlainTextEdit(detail);
    m_sample->setObjectName(u"sample"_s);
    m_sample->setReadOnly(true);
    m_sample->setFont(fixed);
    m_sample->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output = new QPlainTextEdit(detail);
    m_output->setObjectName(u"tryOutput"_s);
    m_output->setReadOnly(true);
    m_output->setFont(fixed);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setPlaceholderText(Widgets::Tr::tr("Try on the lab shows the real output here."));
    m_copy = new QPushButton(Widgets::Tr::tr("Copy"), detail);
    m_copy->setObjectName(u"copyCommand"_s);
    m_copy->setToolTip(Widgets::Tr::tr("Copy the command for a terminal on the server"));
    m_try = new QPushButton(Widgets::Tr::tr("Try on the lab"), detail);
    m_try->setObjectName(u"tryOnLab"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_try);
    buttons->addStretch(1);
    // A field a parameter of the command ({SERVICE}, {UNIT}…), filled in by the newcomer.
    m_parameterBox = new QWidget(detail);
    m_parameterForm = new QFormLayout(m_parameterBox);
    m_parameterForm->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_commandText);
    detailLayout->addWidget(m_parameterBox);
    detailLayout->addWidget(new QLabel(Widgets::Tr::tr("What its output looks like:"), detail));
    detailLayout->addWidget(m_sample, 1);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_output, 1);
    commandsTab->addWidget(m_commands);
    commandsTab->addWidget(detail);
    commandsTab->setStretchFactor(1, 3);
    m_tabs->addTab(commandsTab, Widgets::Tr::tr("Commands"));

    // Lessons.
    auto *lessonsTab = new QSplitter(this);
    m_lessonList = new QListWidget(lessonsTab);
    m_lessonList->setObjectName(u"lessons"_s);
    auto *lessonDetail = new QWidget(lessonsTab);
    auto *lessonLayout = new QVBoxLayout(lessonDetail);
    m_lessonText = new QLabel(lessonDetail);
    m_lessonText->setWordWrap(true);
    m_lessonText->setTextFormat(Qt::PlainText);
    m_lessonResult = new QLabel(lessonDetail);
    m_lessonResult->setObjectName(u"lessonResult"_s);
    m_lessonResult->setWordWrap(true);
    m_check = new QPushButton(Widgets::Tr::tr("Check my goal on the lab"), lessonDetail);
    m_check->setObjectName(u"checkLesson"_s);
    m_prepare = new QPushButton(Widgets::Tr::tr("Prepare the lab for this lesson"), lessonDetail);
    m_prepare->setObjectName(u"prepareLab"_s);
    m_prepare->setToolTip(Widgets::Tr::tr(
        "Resets the lab when the lesson starts from a clean lab, and switches its faults "
        "on or off as the lesson needs."));
    auto *lessonButtons = new QHBoxLayout;
    lessonButtons->addWidget(m_prepare);
    lessonButtons->addWidget(m_check);
    lessonButtons->addStretch(1);
    lessonLayout->addWidget(m_lessonText);
    lessonLayout->addLayout(lessonButtons);
    lessonLayout->addWidget(m_lessonResult);
    lessonLayout->addStretch(1);
    lessonsTab->addWidget(m_lessonList);
    lessonsTab->addWidget(lessonDetail);
    lessonsTab->setStretchFactor(1, 3);
    m_tabs->addTab(lessonsTab, Widgets::Tr::tr("Lessons on the lab"));

    // Access.
    m_access = new AccessPage(m_connector, m_message, this);
    m_tabs->addTab(m_access, Widgets::Tr::tr("Access"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_commands, &QListWidget::currentRowChanged, this, &OnboardingPanel::showCommand);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QString line = copyCommand();
        if (!line.isEmpty())
            QApplication::clipboard()->setText(line);
    });
    connect(m_try, &QPushButton::clicked, this, &OnboardingPanel::tryOnLab);
    connect(m_lessonList, &QListWidget::currentRowChanged, this, &OnboardingPanel::showLesson);
    connect(m_check, &QPushButton::clicked, this, &OnboardingPanel::checkLesson);
    connect(m_prepare, &QPushButton::clicked, this, &OnboardingPanel::prepareLab);
    connect(m_editMap, &QPushButton::clicked, this, &OnboardingPanel::editMap);

    QString error;
    if (!m_progress->load(&error))
        m_message->showError(error);
    showLessons();
}

OnboardingPanel::~OnboardingPanel() = default;

void OnboardingPanel::setServers(const ServerList &servers)
{
    m_servers = servers;
    m_access->setServers(servers);
    showCommand();
    showLesson();
}

std::optional<Server> OnboardingPanel::lab() const
{
    for (const Server &s : m_servers) {
        if (GlossaryRunner::mayBeLab(s))
            return s;
    }
    return std::nullopt;
}

void OnboardingPanel::setServicesMap(const Result<Onboarding::ServicesMap> &map,
                                     const QString &origin)
{
    if (!map) {
        m_services->setMap({});
        m_mapOrigin->setText(Widgets::Tr::tr("The services map %1 does not load: %2")
                                 .arg(origin, map.error().toString()));
        return;
    }
    m_services->setMap(map.value());
    m_mapOrigin->setText(
        Widgets::Tr::tr("The group's services, from %1. Hover a row for its links.").arg(origin));
    m_servicesView->resizeRowsToContents();
}

void OnboardingPanel::setMapPath(const QString &path)
{
    m_mapPath = path;
    m_editMap->setEnabled(!path.isEmpty());
    m_editMap->setToolTip(path.isEmpty() ? QString()
                                         : Widgets::Tr::tr("Edit %1 in Steward").arg(path));
}

void OnboardingPanel::editMap()
{
    if (m_mapPath.isEmpty() || findChild<MapEditorDialog *>())
        return;
    // The group's file; before there is one, the shipped example to start from.
    QFile file(QFile::exists(m_mapPath) ? m_mapPath : u":/steward/onboarding/services.yaml"_s);
    if (!file.open(QIODevice::ReadOnly) || file.size() > Onboarding::ServicesMap::maxFileSize) {
        m_message->showError(
            Widgets::Tr::tr("The services map %1 cannot be opened: %2")
                .arg(file.fileName(),
                     file.isOpen() ? Widgets::Tr::tr("it is over 1 MiB") : file.errorString()));
        return;
    }
    auto *dialog = new MapEditorDialog(m_mapPath, file.readAll(), this);
    openWindowModal(dialog, this, [this, dialog](int result) {
        if (result != QDialog::Accepted)
            return;
        m_message->showError(QString());
        setServicesMap(dialog->savedMap(), dialog->path());
        emit mapSaved(dialog->path());
    });
}

void OnboardingPanel::setGlossary(const Result<Onboarding::Glossary> &glossary)
{
    m_commands->clear();
    if (!glossary) {
        m_message->showError(Widgets::Tr::tr("The command glossary does not load: %1")
                                 .arg(glossary.error().toString()));
        m_glossary = {};
        return;
    }
    m_glossary = glossary.value();
    for (const Onboarding::GlossaryEntry &e : m_glossary.entries) {
        auto *item = new QListWidgetItem(e.title, m_commands);
        item->setData(Qt::UserRole, e.id);
        if (e.changesState)
            item->setToolTip(Widgets::Tr::tr("Changes the server's state: tried on the lab only"));
    }
    if (m_commands->count() > 0)
        m_commands->setCurrentRow(0);
}

void OnboardingPanel::setProgressPath(const QString &path)
{
    m_progress = std::make_unique<Onboarding::LessonProgress>(path);
    QString error;
    if (!m_progress->load(&error))
        m_message->showError(error);
    showLessons();
}

bool OnboardingPanel::selectCommand(const QString &id)
{
    for (int row = 0; row < m_commands->count(); ++row) {
        if (m_commands->item(row)->data(Qt::UserRole).toString() == id) {
            m_commands->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

const Onboarding::GlossaryEntry *OnboardingPanel::currentCommand() const
{
    const QListWidgetItem *item = m_commands->currentItem();
    return item ? m_glossary.entry(item->data(Qt::UserRole).toString()) : nullptr;
}

void OnboardingPanel::showCommand()
{
    const Onboarding::GlossaryEntry *e = currentCommand();
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    m_parameterEdits.clear();
    if (!e) {
        m_commandText->clear();
        m_commandExplanation.clear();
        m_parameterBox->hide();
        m_sample->clear();
        m_copy->setEnabled(false);
        m_try->setEnabled(false);
        return;
    }
    for (const Onboarding::GlossaryParameter &p : e->parameters) {
        auto *edit = new QLineEdit(m_parameterBox);
        edit->setObjectName(u"parameter-"_s + p.name);
        edit->setPlaceholderText(p.example);
        edit->setToolTip(p.description);
        edit->setClearButtonEnabled(true);
        m_parameterForm->addRow(p.name, edit);
        m_parameterEdits.insert(p.name, edit);
        connect(edit, &QLineEdit::textChanged, this, &OnboardingPanel::updateCommandLine);
    }
    m_parameterBox->setVisible(!e->parameters.isEmpty());
    QStringList text;
    text << Widgets::Tr::tr("What it does: %1").arg(e->what.simplified());
    if (!e->when.isEmpty())
        text << Widgets::Tr::tr("When to use it: %1").arg(e->when.simplified());
    if (!e->output.isEmpty())
        text << Widgets::Tr::tr("What the output means: %1").arg(e->output.simplified());
    if (e->changesState)
        text << Widgets::Tr::tr(
            "It changes the server's state: from here it runs on the lab only.");
    if (e->interactive)
        text << Widgets::Tr::tr("It needs a terminal: copy it, it is not tried from here.");
    m_commandExplanation = text.join(u'\n');
    m_sample->setPlainText(e->sample);
    m_output->clear();
    const bool haveLab = lab().has_value();
    m_try->setToolTip(
        haveLab ? QString()
                : Widgets::Tr::tr("Start Steward with --lab to try commands on the lab."));
    updateCommandLine();
}

void OnboardingPanel::updateCommandLine()
{
    const Onboarding::GlossaryEntry *e = currentCommand();
    if (!e)
        return;
    const auto argv = e->resolvedArgv(parameterValues());
    // The line as it runs; a value that may not fill its parameter says why instead.
    const QString line = argv ? argv.value().join(u' ')
                              : e->argv.join(u' ') + u"\n"_s
                                    + Widgets::Tr::tr("Not a usable value: %1")
                                          .arg(argv.error().message);
    m_commandText->setText(line + u"\n\n"_s + m_commandExplanation);
    m_copy->setEnabled(argv.ok());
    m_try->setEnabled(argv.ok() && lab().has_value() && !e->interactive && !m_runner);
}

bool OnboardingPanel::setParameter(const QString &name, const QString &value)
{
    QLineEdit *edit = m_parameterEdits.value(name);
    if (!edit)
        return false;
    edit->setText(value);
    return true;
}

QHash<QString, QString> OnboardingPanel::parameterValues() const
{
    QHash<QString, QString> values;
    for (auto it = m_parameterEdits.cbegin(); it != m_parameterEdits.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (!text.isEmpty())
            values.insert(it.key(), text);
    }
    return values;
}

QString OnboardingPanel::copyCommand() const
{
    const Onboarding::GlossaryEntry *e = currentCommand();
    if (!e)
        return {};
    // For the lab when there is one, else for a server with the usual compose directory.
    Server server = lab().value_or(m_servers.isEmpty() ? Server() : m_servers.first());
    const auto line = e->commandLine(server, parameterValues());
    return line ? line.value() : QString();
}

void OnboardingPanel::tryOnLab()
{
    const Onboarding::GlossaryEntry *e = currentCommand();
    const auto server = lab();
    if (!e || !server || m_runner)
        return;
    const QHash<QString, QString> values = parameterValues();
    if (const auto argv = e->resolvedArgv(values); !argv) {
        m_message->showError(argv.error().message);
        return;
    }
    m_message->showError(QString());
    m_output->clear();
    auto *runner = new GlossaryRunner(*server, *e, values, this);
    m_runner = runner;
    m_try->setEnabled(false);
    connect(runner, &GlossaryRunner::outputReceived, this, [this](const QByteArray &data) {
        m_output->moveCursor(QTextCursor::End);
        m_output->insertPlainText(QString::fromUtf8(data));
    });
    connect(runner, &GlossaryRunner::finished, this, [this, runner](GlossaryRunner::State state) {
        if (state == GlossaryRunner::State::Refused || state == GlossaryRunner::State::Failed)
            m_message->showError(runner->errorString());
        if (state == GlossaryRunner::State::Succeeded && runner->stoppedFollowing())
            m_output->appendPlainText(Widgets::Tr::tr("[stopped following after a few seconds]"));
        runner->deleteLater();
        m_runner = nullptr;
        updateCommandLine();
        emit tryFinished();
    });
    m_connector(*server, runner, [runner](const Result<Ssh::Session *> &session) {
        if (!session) {
            runner->start(nullptr);
            return;
        }
        runner->start(session.value());
    });
}

QString OnboardingPanel::commandOutput() const
{
    return m_output->toPlainText();
}

void OnboardingPanel::showLessons()
{
    const QString current = m_lessonList->currentItem()
                                ? m_lessonList->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    m_lessonList->clear();
    int n = 0;
    for (const Onboarding::Lesson &l : m_lessons) {
        const bool done = m_progress->isDone(l.id);
        auto *item = new QListWidgetItem(u"%1. %2%3"_s.arg(++n).arg(l.title,
                                                                    done ? u"  ✔"_s : QString()),
                                         m_lessonList);
        item->setData(Qt::UserRole, l.id);
    }
    if (!selectLesson(current.isEmpty() ? m_progress->nextLesson(m_lessons) : current)
        && m_lessonList->count())
        m_lessonList->setCurrentRow(0);
}

bool OnboardingPanel::selectLesson(const QString &id)
{
    for (int row = 0; row < m_lessonList->count(); ++row) {
        if (m_lessonList->item(row)->data(Qt::UserRole).toString() == id) {
            m_lessonList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void OnboardingPanel::showLesson()
{
    const int row = m_lessonList->currentRow();
    if (row < 0 || row >= m_lessons.size()) {
        m_lessonText->clear();
        m_check->setEnabled(false);
        m_prepare->setEnabled(false);
        return;
    }
    const Onboarding::Lesson &l = m_lessons.at(row);
    QString text = l.goal;
    if (!l.faults.isEmpty())
        text += u"\n\n"_s
                + Widgets::Tr::tr("A bad night: the lab's %1 fault is on for this lesson "
                                  "(steward-lab fault NAME on).")
                      .arg(l.faults.join(u", "_s));
    if (m_progress->isDone(l.id))
        text += u"\n\n"_s
                + Widgets::Tr::tr("Done on %1.")
                      .arg(QLocale().toString(m_progress->doneAt(l.id).toLocalTime(),
                                              QLocale::ShortFormat));
    m_lessonText->setText(text);
    m_lessonResult->clear();
    const bool haveLab = lab().has_value();
    m_check->setEnabled(haveLab && !m_checker);
    m_prepare->setEnabled(haveLab && m_labControl && !m_preparing);
    m_check->setToolTip(haveLab ? QString()
                                : Widgets::Tr::tr("Start Steward with --lab to practise."));
}

void OnboardingPanel::checkLesson()
{
    const int row = m_lessonList->currentRow();
    const auto server = lab();
    if (row < 0 || row >= m_lessons.size() || !server || m_checker)
        return;
    const Onboarding::Lesson lesson = m_lessons.at(row);
    auto *checker = new LessonChecker(*server, lesson, this);
    m_checker = checker;
    m_check->setEnabled(false);
    m_lessonResult->setText(Widgets::Tr::tr("Looking at the lab…"));
    connect(checker,
            &LessonChecker::finished,
            this,
            [this, checker, lesson](LessonChecker::Outcome outcome, const QString &detail) {
                const bool passed = outcome == LessonChecker::Outcome::Passed;
                switch (outcome) {
                case LessonChecker::Outcome::Passed:
                    m_lessonResult->setText(
                        Widgets::Tr::tr("Goal reached: the lesson is marked done."));
                    m_lessonResult->setToolTip(detail);
                    m_progress->markDone(lesson.id);
                    if (QString error; !m_progress->save(&error))
                        m_message->showError(error);
                    break;
                case LessonChecker::Outcome::NotYet:
                    m_lessonResult->setText(Widgets::Tr::tr("Not yet: %1").arg(detail));
                    break;
                case LessonChecker::Outcome::NotCheckable:
                    m_lessonResult->setText(
                        Widgets::Tr::tr("Steward cannot check this goal yet: %1").arg(detail));
                    break;
                case LessonChecker::Outcome::Failed:
                    m_lessonResult->setText(
                        Widgets::Tr::tr("The check could not run: %1").arg(detail));
                    break;
                }
                checker->deleteLater();
                m_checker = nullptr;
                const QString result = m_lessonResult->text();
                showLessons();
                m_lessonResult->setText(result);
                emit lessonChecked(passed);
            });
    m_connector(*server, checker, [this, checker](const Result<Ssh::Session *> &session) {
        if (!session) {
            m_lessonResult->setText(
                Widgets::Tr::tr("The lab cannot be reached: %1").arg(session.error().message));
            checker->deleteLater();
            m_checker = nullptr;
            m_check->setEnabled(true);
            return;
        }
        checker->start(session.value());
    });
}

void OnboardingPanel::setLabControl(bool available)
{
    m_labControl = available;
    showLesson();
}

void OnboardingPanel::prepareLab()
{
    const int row = m_lessonList->currentRow();
    if (row < 0 || row >= m_lessons.size() || !lab() || !m_labControl || m_preparing)
        return;
    const Onboarding::Lesson &lesson = m_lessons.at(row);
    m_preparing = true;
    m_prepare->setEnabled(false);
    m_lessonResult->setText(lesson.resetLab
                                ? Widgets::Tr::tr("Resetting the lab (a minute or two)…")
                                : Widgets::Tr::tr("Switching the lab's faults…"));
    emit labPreparationRequested(lesson.resetLab, lesson.faults);
}

void OnboardingPanel::labPrepared(const QString &error)
{
    m_preparing = false;
    m_lessonResult->setText(error.isEmpty()
                                ? Widgets::Tr::tr("The lab is ready for this lesson.")
                                : Widgets::Tr::tr("The lab could not be prepared: %1").arg(error));
    const QString result = m_lessonResult->text();
    showLesson();
    m_lessonResult->setText(result);
}

void OnboardingPanel::labPreparing(const QString &line)
{
    if (m_preparing)
        m_lessonResult->setText(line);
}

QString OnboardingPanel::lessonResult() const
{
    return m_lessonResult->text();
}

bool OnboardingPanel::isLessonDone(const QString &id) const
{
    return m_progress->isDone(id);
}

QString OnboardingPanel::messageText() const
{
    return m_message->shownText();
}

void OnboardingPanel::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

} // namespace Steward
