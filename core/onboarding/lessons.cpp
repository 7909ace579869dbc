// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/onboarding/lessons.h"

#include "core/backups/drillhistory.h"
#include "core/history/historydatabase.h"

#include "core/servers/statusparsers.h"
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Steward::Onboarding {

namespace {

LessonCheck commandOutput(const QStringList &argv,
                          bool inComposeDir,
                          const QString &matches,
                          const QString &notMatches = {})
{
    LessonCheck c;
    c.kind = LessonCheck::Kind::CommandOutput;
    c.argv = argv;
    c.inComposeDir = inComposeDir;
    c.matches = matches;
    c.notMatches = notMatches;
    return c;
}

LessonCheck replicas(const QString &service, int count)
{
    LessonCheck c;
    c.kind = LessonCheck::Kind::ComposeReplicas;
    c.service = service;
    c.replicas = count;
    return c;
}

LessonCheck unitSucceeded(const QString &unit, int minutes)
{
    LessonCheck c;
    c.kind = LessonCheck::Kind::UnitSucceededWithin;
    c.unit = unit;
    c.minutes = minutes;
    return c;
}

// `docker compose ps --all` lists the container `seen` and none exited, restarting or unhealthy.
LessonCheck everythingUp(const QString &seen)
{
    return commandOutput({u"docker"_s, u"compose"_s, u"ps"_s, u"--all"_s},
                         true,
                         seen,
                         u"Exited|Restarting|unhealthy"_s);
}

const QStringList tootctlVersion{u"docker"_s,
                                 u"compose"_s,
                                 u"exec"_s,
                                 u"web"_s,
                                 u"tootctl"_s,
                                 u"version"_s};
const QStringList migrateStatus{u"docker"_s,
                                u"compose"_s,
                                u"run"_s,
                                u"--rm"_s,
                                u"web"_s,
                                u"bundle"_s,
                                u"exec"_s,
                                u"rails"_s,
                                u"db:migrate:status"_s};
const QString backupUnit = u"pg-dump-to-s3.service"_s;

} // namespace

QList<Lesson> lessons()
{
    QList<Lesson> all;
    all.append({u"services-and-timers"_s,
                Core::Tr::tr("Look at the services and timers"),
                Core::Tr::tr("Find the lab's containers and timers, then scale sidekiq to two "
                             "containers (docker compose scale sidekiq=2)."),
                {replicas(u"sidekiq"_s, 2)},
                {},
                true});
    all.append({u"scale-back"_s,
                Core::Tr::tr("Put things back"),
                Core::Tr::tr("Scale sidekiq back to one container, and leave every service "
                             "running."),
                {replicas(u"sidekiq"_s, 1), everythingUp(u"mastodon-web-1"_s)},
                {},
                false});
    // Reading logs: redis was killed in the night (the lab's "redis" incident). The Servers panel shows it
    // exited; why, and what it breaks, is only in the logs (137: killed; sidekiq's ECONNREFUSED). Reached
    // when redis runs again after the incident (sidekiq logged that it reaches redis again) and nothing
    // else is down.
    all.append(
        {u"logs"_s,
         Core::Tr::tr("Read and search logs"),
         Core::Tr::tr("Sidekiq's jobs stopped in the night. Read sidekiq's and redis' logs "
                      "(search them for “redis” and “error”), find which service is down and "
                      "why, then start it again and leave every service running."),
         {replicas(u"redis"_s, 1),
          everythingUp(u"mastodon-redis-1"_s),
          commandOutput({u"docker"_s, u"compose"_s, u"logs"_s, u"--no-log-prefix"_s, u"sidekiq"_s},
                        true,
                        u"Redis is reachable again"_s)},
         {u"redis"_s},
         false});
    all.append({u"backup"_s,
                Core::Tr::tr("Trigger a backup and follow it"),
                Core::Tr::tr("Start the backup unit, follow its journal until the upload is "
                             "finished."),
                {unitSucceeded(backupUnit, 60)},
                {},
                false});
    LessonCheck drill;
    drill.kind = LessonCheck::Kind::DrillRecordedWithin;
    drill.minutes = 120;
    all.append({u"restore-drill"_s,
                Core::Tr::tr("Run a restore drill"),
                Core::Tr::tr("Restore the newest backup on the drill host and compare its counts "
                             "with production's."),
                {drill},
                {},
                false});
    all.append({u"upgrade"_s,
                Core::Tr::tr("The upgrade night, on the lab"),
                Core::Tr::tr("Review the compose diff to 4.3.0, then run the upgrade runbook on "
                             "the lab until web runs 4.3.0 and every migration is up."),
                {commandOutput(tootctlVersion, true, u"^4\\.3\\."_s),
                 commandOutput(migrateStatus, true, u"^\\s+up\\s"_s, u"^\\s+down\\s"_s)},
                {},
                true});
    all.append({u"bad-night-migration"_s,
                Core::Tr::tr("A bad night: the migration fails"),
                Core::Tr::tr("The lab's migration fails. Find the error, turn the fault off "
                             "(steward-lab fault migration off) and finish the upgrade."),
                {commandOutput(tootctlVersion, true, u"^4\\.3\\."_s),
                 commandOutput(migrateStatus, true, u"^\\s+up\\s"_s, u"^\\s+down\\s"_s)},
                {u"migration"_s},
                true});
    all.append({u"bad-night-disk-full"_s,
                Core::Tr::tr("A bad night: the disk is full"),
                Core::Tr::tr("The backup fails with “No space left on device”. Find it in the "
                             "journal and df, free the space (fault off), and get a backup "
                             "through."),
                {commandOutput({u"df"_s, u"-h"_s}, false, u"/opt"_s, u"100%\\s+/opt"_s),
                 unitSucceeded(backupUnit, 60)},
                {u"disk-full"_s},
                true});
    all.append({u"bad-night-upload"_s,
                Core::Tr::tr("A bad night: the upload fails"),
                Core::Tr::tr("The backup's upload cannot reach the store. Read the error, fix it "
                             "(fault off), and get a backup through."),
                {unitSucceeded(backupUnit, 60)},
                {u"upload"_s},
                true});
    all.append({u"bad-night-sshd"_s,
                Core::Tr::tr("A bad night: SSH is gone"),
                Core::Tr::tr("The lab's sshd stops answering. See how Steward shows it, bring it "
                             "back (fault off) and connect again."),
                {commandOutput({u"true"_s}, false, {})},
                {u"sshd"_s},
                true});
    return all;
}

// ------------------------------------------------------------------------------------------------ progress

LessonProgress::LessonProgress(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{}

QString LessonProgress::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + u"/onboarding-progress.json"_s;
}

bool LessonProgress::load(QString *error)
{
    m_done.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = Core::Tr::tr("%1 is not a progress file: %2")
                         .arg(m_path, parseError.errorString());
        return false;
    }
    const QJsonObject done = doc.object().value(u"done"_s).toObject();
    for (auto it = done.begin(); it != done.end(); ++it) {
        const QDateTime when = QDateTime::fromString(it.value().toString(), Qt::ISODate);
        if (when.isValid())
            m_done.insert(it.key(), when);
    }
    return true;
}

bool LessonProgress::save(QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonObject done;
    for (auto it = m_done.cbegin(); it != m_done.cend(); ++it)
        done.insert(it.key(), it.value().toUTC().toString(Qt::ISODate));
    QJsonObject root;
    root.insert(u"version"_s, 1);
    root.insert(u"done"_s, done);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void LessonProgress::markDone(const QString &lessonId, const QDateTime &when)
{
    m_done.insert(lessonId, when.toUTC());
}

QString LessonProgress::nextLesson(const QList<Lesson> &all) const
{
    for (const Lesson &lesson : all) {
        if (!isDone(lesson.id))
            return lesson.id;
    }
    return {};
}

// ------------------------------------------------------------------------------------------------ checker

LessonChecker::LessonChecker(const Server &lab, const Lesson &lesson, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_lesson(lesson)
{}

LessonChecker::~LessonChecker()
{
    if (m_command)
        m_command->cancel();
}

void LessonChecker::start(Ssh::Session *session)
{
    m_session = session;
    if (!session) {
        finish(Outcome::Failed, Core::Tr::tr("not connected to %1").arg(m_lab.name));
        return;
    }
    m_index = -1;
    next();
}

void LessonChecker::next()
{
    ++m_index;
    if (m_index >= m_lesson.checks.size()) {
        finish(Outcome::Passed, Core::Tr::tr("goal reached"));
        return;
    }
    const LessonCheck &check = m_lesson.checks.at(m_index);
    switch (check.kind) {
    case LessonCheck::Kind::CommandOutput:
        run(check.argv, check.inComposeDir);
        return;
    case LessonCheck::Kind::ComposeReplicas:
        run({u"docker"_s, u"compose"_s, u"ps"_s, u"--format"_s, u"json"_s, u"--all"_s}, true);
        return;
    case LessonCheck::Kind::UnitSucceededWithin:
        run({u"systemctl"_s,
             u"show"_s,
             u"-p"_s,
             u"Id,LoadState,ActiveState,SubState,Result,ActiveEnterTimestamp,"
             u"InactiveEnterTimestamp,StateChangeTimestamp"_s,
             u"--"_s,
             check.unit},
            false);
        return;
    case LessonCheck::Kind::DrillRecordedWithin: {
        // Steward's own record of a real drill (the Backups panel's or `steward backup drill`'s), not
        // a click: a passed drill of the lab, finished within the check's minutes.
        const History::Database database(m_historyPath.isEmpty() ? History::Database::defaultPath()
                                                                 : m_historyPath);
        const Backups::DrillHistory history(database);
        const std::optional<Backups::DrillResult> last = history.lastPassed(m_lab.name);
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        if (!last) {
            finish(Outcome::NotYet,
                   Core::Tr::tr("no passed restore drill of %1 is recorded yet").arg(m_lab.name));
            return;
        }
        if (last->finishedAt.secsTo(now) > qint64(check.minutes) * 60) {
            finish(Outcome::NotYet,
                   Core::Tr::tr("the last passed drill of %1 finished at %2, more than %n "
                                "minute(s) ago",
                                nullptr,
                                check.minutes)
                       .arg(m_lab.name, last->finishedAt.toUTC().toString(Qt::ISODate)));
            return;
        }
        next();
        return;
    }
    }
}

void LessonChecker::run(const QStringList &argv, bool inComposeDir)
{
    m_output.clear();
    Ssh::CommandOptions options;
    options.timeoutMs = 60000;
    if (inComposeDir)
        options.workingDirectory = m_lab.composeDir;
    m_command = m_session->run(argv, options, this);
    connect(m_command, &Ssh::Command::stdoutReceived, this, [this](const QByteArray &data) {
        if (m_output.size() < 4 * 1024 * 1024)
            m_output += data;
    });
    connect(m_command, &Ssh::Command::finished, this, [this](int exitCode, const QString &) {
        m_command = nullptr;
        evaluate(exitCode);
    });
    connect(m_command, &Ssh::Command::failed, this, [this](const QString &message) {
        m_command = nullptr;
        finish(Outcome::Failed, message);
    });
}

void LessonChecker::evaluate(int exitCode)
{
    const LessonCheck &check = m_lesson.checks.at(m_index);
    const QString text = QString::fromUtf8(m_output);
    switch (check.kind) {
    case LessonCheck::Kind::CommandOutput: {
        if (exitCode != 0) {
            finish(Outcome::NotYet,
                   Core::Tr::tr("%1 exited with status %2").arg(check.argv.join(u' ')).arg(exitCode));
            return;
        }
        const QRegularExpression matches(check.matches, QRegularExpression::MultilineOption);
        if (!check.matches.isEmpty() && !matches.match(text).hasMatch()) {
            finish(Outcome::NotYet,
                   Core::Tr::tr("%1 does not show it yet").arg(check.argv.join(u' ')));
            return;
        }
        const QRegularExpression notMatches(check.notMatches, QRegularExpression::MultilineOption);
        if (!check.notMatches.isEmpty()) {
            const auto m = notMatches.match(text);
            if (m.hasMatch()) {
                finish(Outcome::NotYet,
                       Core::Tr::tr("%1 still shows “%2”")
                           .arg(check.argv.join(u' '), m.captured(0).trimmed()));
                return;
            }
        }
        next();
        return;
    }
    case LessonCheck::Kind::ComposeReplicas: {
        const auto parsed = Servers::parseComposePs(m_output);
        if (exitCode != 0 || !parsed) {
            finish(Outcome::Failed,
                   parsed ? Core::Tr::tr("docker compose ps exited with status %1").arg(exitCode)
                          : parsed.error().toString());
            return;
        }
        int running = 0;
        for (const auto &c : parsed.value()) {
            if (c.service == check.service && c.isRunning())
                ++running;
        }
        if (running != check.replicas) {
            finish(Outcome::NotYet,
                   Core::Tr::tr("%1 runs %2 containers; the goal is %3")
                       .arg(check.service)
                       .arg(running)
                       .arg(check.replicas));
            return;
        }
        next();
        return;
    }
    case LessonCheck::Kind::UnitSucceededWithin: {
        const auto parsed = Servers::parseSystemctlShow(m_output);
        if (exitCode != 0 || !parsed || parsed->isEmpty()) {
            finish(Outcome::Failed,
                   parsed ? Core::Tr::tr("systemctl show exited with status %1").arg(exitCode)
                          : parsed.error().toString());
            return;
        }
        const Servers::UnitInfo &unit = parsed->first();
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        const QDateTime ended = unit.inactiveEnter;
        if (unit.activeState == u"activating" || unit.activeState == u"active") {
            finish(Outcome::NotYet, Core::Tr::tr("%1 is still running").arg(unit.id));
            return;
        }
        if (unit.result != u"success" || unit.activeState == u"failed") {
            finish(Outcome::NotYet,
                   Core::Tr::tr("%1's last run failed (%2)").arg(unit.id, unit.result));
            return;
        }
        if (!ended.isValid() || ended.secsTo(now) > qint64(check.minutes) * 60) {
            finish(Outcome::NotYet,
                   Core::Tr::tr("%1 has not succeeded in the last %n minutes",
                                nullptr,
                                check.minutes)
                       .arg(unit.id));
            return;
        }
        next();
        return;
    }
    case LessonCheck::Kind::DrillRecordedWithin:
        break;
    }
    finish(Outcome::NotCheckable, {});
}

void LessonChecker::finish(Outcome outcome, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(outcome, detail);
}

} // namespace Steward::Onboarding
