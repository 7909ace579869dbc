// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace Steward::Ssh {
class Command;
class Session;
} // namespace Steward::Ssh

namespace Steward::Onboarding {

// A lesson's goal, as data: what real state on the lab (or Steward's own records of real runs) shows that
// the goal is reached. Never a click in Steward's UI.
struct LessonCheck
{
    enum class Kind {
        // argv (in the compose directory when inComposeDir) exits 0 and its output matches `matches` (a
        // regular expression, multi-line) and does not match `notMatches` (when set).
        CommandOutput,
        // The compose service runs exactly `replicas` containers (docker compose ps --format json).
        ComposeReplicas,
        // The systemd unit's last run ended with Result=success within `minutes` (systemctl show).
        UnitSucceededWithin,
        // A restore drill recorded in Steward's drill history within `minutes` (core/backups/drillhistory):
        // described, not checked by LessonChecker yet (NotCheckable).
        DrillRecordedWithin,
    };

    Kind kind = Kind::CommandOutput;
    QStringList argv;
    bool inComposeDir = false;
    QString matches;
    QString notMatches;
    QString service;
    int replicas = 0;
    QString unit;
    int minutes = 0;
};

// One lesson of the rehearsal path, in order: what to do, the goal, how the goal is checked, the lab faults
// the lesson switches on (the bad nights), and whether the lab is reset before it.
struct Lesson
{
    QString id; // stable: the key of the progress file
    QString title;
    QString goal;              // what the newcomer is asked to reach, in words
    QList<LessonCheck> checks; // all must pass
    QStringList faults;        // steward-lab faults on during the lesson
    bool resetLab = false;
};

// The lessons, in order (translated texts).
QList<Lesson> lessons();

// Which lessons are done, kept in a small JSON file in the application's data folder
// (QStandardPaths::AppDataLocation/onboarding-progress.json): lesson ids and when they were done. No secret,
// nothing about servers. Written with QSaveFile.
class LessonProgress
{
public:
    // path: empty for the default file.
    explicit LessonProgress(const QString &path = {});

    static QString defaultPath();
    QString path() const { return m_path; }

    // Reads the file (a missing file is no progress; an unreadable one is an error, nothing is kept).
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr) const;

    bool isDone(const QString &lessonId) const { return m_done.contains(lessonId); }
    QDateTime doneAt(const QString &lessonId) const { return m_done.value(lessonId); }
    void markDone(const QString &lessonId, const QDateTime &when = QDateTime::currentDateTimeUtc());
    void reset(const QString &lessonId) { m_done.remove(lessonId); }
    void resetAll() { m_done.clear(); }
    // The first lesson of lessons() not done; empty when all are.
    QString nextLesson(const QList<Lesson> &all) const;

private:
    QString m_path;
    QHash<QString, QDateTime> m_done;
};

// Checks a lesson's goal on the lab over its session: each check in turn, the first that does not pass
// ends it. finished(passed, detail): detail says what was seen (or why it could not be checked).
class LessonChecker : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Passed, NotYet, NotCheckable, Failed };
    Q_ENUM(Outcome)

    LessonChecker(const Server &lab, const Lesson &lesson, QObject *parent = nullptr);
    ~LessonChecker() override;

    void start(Ssh::Session *session);
    // For tests: what "now" is for UnitSucceededWithin.
    void setNow(const QDateTime &now) { m_now = now; }
    // Where the drill history is read (the restore-drill lesson); empty: the application's database.
    void setHistoryPath(const QString &path) { m_historyPath = path; }

signals:
    void finished(Steward::Onboarding::LessonChecker::Outcome outcome, const QString &detail);

private:
    void next();
    void run(const QStringList &argv, bool inComposeDir);
    void evaluate(int exitCode);
    void finish(Outcome outcome, const QString &detail);

    Server m_lab;
    Lesson m_lesson;
    QPointer<Ssh::Session> m_session;
    QPointer<Ssh::Command> m_command;
    QDateTime m_now;
    QString m_historyPath;
    qsizetype m_index = -1;
    QByteArray m_output;
    bool m_done = false;
};

} // namespace Steward::Onboarding
