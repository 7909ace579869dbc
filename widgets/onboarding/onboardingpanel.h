// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/onboarding/glossary.h"
#include "core/onboarding/lessons.h"
#include "core/onboarding/servicesmap.h"
#include "core/result.h"
#include "core/servers/sessionconnector.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Steward {

class AccessPage;
class MessageWidget;
class ServicesMapModel;
namespace Ssh {
class Session;
}
namespace Onboarding {
class GlossaryRunner;
class LessonChecker;
} // namespace Onboarding

// Onboarding: what a new member learns, in four tabs. Services: the group's services map (what each is
// for, where it runs and how it is doing now, who to ask, where its secrets live, by key name), editable in
// the window (Edit map). Commands: the group's commands explained, with a real output sample, Copy for a
// terminal, and Try on the lab, which runs it on the lab over SSH (state-changing commands run on the lab
// only, never on production). Lessons: the rehearsal path on the lab, each lesson's goal checked from the
// lab's real state, progress kept. Access: the newcomer's key, and a member adding or removing keys.
class OnboardingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OnboardingPanel(SessionConnector connector, QWidget *parent = nullptr);
    ~OnboardingPanel() override;

    // The inventory: the lab is its server on a loopback address (steward --lab), if any.
    void setServers(const ServerList &servers);
    // The services map (loaded by the caller: the group's file, or the shipped example) or why it is not.
    void setServicesMap(const Result<Onboarding::ServicesMap> &map, const QString &origin);
    void setGlossary(const Result<Onboarding::Glossary> &glossary);
    // The group's map file, which Edit map writes (and makes from the shipped example when it is not
    // there yet); empty: the map is not editable here.
    void setMapPath(const QString &path);
    QString mapPath() const { return m_mapPath; }
    // Opens the map editor (window-modal), as Edit map does; on Save the map shown is the one saved.
    void editMap();
    AccessPage *accessPage() const { return m_access; }
    // The progress file (tests use their own).
    void setProgressPath(const QString &path);

    ServicesMapModel *servicesModel() const { return m_services; }
    // As the buttons do, for tests.
    bool selectCommand(const QString &id);
    // The selected command's parameters, as the fields below its line hold them (a field left empty takes
    // the parameter's example, shown greyed in it).
    bool setParameter(const QString &name, const QString &value);
    QHash<QString, QString> parameterValues() const;
    void tryOnLab();
    QString copyCommand() const;
    QString commandOutput() const;
    bool selectLesson(const QString &id);
    void checkLesson();
    // Whether the window can reset the lab and switch its faults (the lab's script is installed).
    void setLabControl(bool available);
    // As "Prepare the lab for this lesson": asks the window (labPreparationRequested) for a lab reset
    // when the lesson starts clean, and for its faults on, the others off; labPrepared() ends it.
    void prepareLab();
    void labPreparing(const QString &line);
    void labPrepared(const QString &error); // empty: ready
    QString lessonResult() const;
    bool isLessonDone(const QString &id) const;
    QString messageText() const;
    void showTab(int index);

signals:
    void tryFinished();
    void lessonChecked(bool passed);
    void labPreparationRequested(bool reset, const QStringList &faultsOn);
    // The map was saved from the editor and is the one shown now.
    void mapSaved(const QString &path);

private:
    std::optional<Server> lab() const;
    void showCommand();
    const Onboarding::GlossaryEntry *currentCommand() const;
    // The command line with the fields' values, and whether the values may be used (else why not).
    void updateCommandLine();
    void showLessons();
    void showLesson();

    SessionConnector m_connector;
    ServerList m_servers;
    Onboarding::Glossary m_glossary;
    QList<Onboarding::Lesson> m_lessons;
    std::unique_ptr<Onboarding::LessonProgress> m_progress;
    QTabWidget *m_tabs;
    MessageWidget *m_message;
    ServicesMapModel *m_services;
    QLabel *m_mapOrigin;
    QPushButton *m_editMap;
    QString m_mapPath;
    AccessPage *m_access;
    QTableView *m_servicesView;
    QListWidget *m_commands;
    QLabel *m_commandText;
    QString m_commandExplanation;
    QWidget *m_parameterBox;
    QFormLayout *m_parameterForm;
    QHash<QString, QLineEdit *> m_parameterEdits;
    QPlainTextEdit *m_sample;
    QPlainTextEdit *m_output;
    QPushButton *m_copy;
    QPushButton *m_try;
    QListWidget *m_lessonList;
    QLabel *m_lessonText;
    QLabel *m_lessonResult;
    QPushButton *m_check;
    QPointer<Onboarding::GlossaryRunner> m_runner;
    QPointer<Onboarding::LessonChecker> m_checker;
    QPushButton *m_prepare;
    bool m_labControl = false;
    bool m_preparing = false;
};

} // namespace Steward
