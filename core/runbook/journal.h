// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runbook/runbook.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Steward::Runbook {

// One line of a run's journal on the server (docs/runbook.md, "The state on the server"): numbered,
// timed by the server, appended and never rewritten. A line is a JSON object whose first members are
// always "n", "t", "type", then "step" and "attempt" when it is about a step, so that the runner script
// on the server can find a step's last event with sed.
struct Event
{
    int n = 0;
    QDateTime time; // the server's clock, UTC
    QString type; // created, started, finished, gate, verify, approved, override, skipped, abandoned,
                  // rerun, uploaded, committed, posted, stopped, resumed, done, note
    QString step;
    int attempt = 0;
    QJsonObject fields; // every member, n and t included
    QByteArray line;    // as read

    static std::optional<Event> parse(const QByteArray &line);
    QString string(const QString &key) const { return fields.value(key).toString(); }
    int integer(const QString &key, int fallback = -1) const
    {
        return fields.value(key).toInt(fallback);
    }
    bool boolean(const QString &key) const { return fields.value(key).toBool(); }
};

// The members Steward hands to the runner's append for one event, in the order the runner expects:
// "type", "step" and "attempt" (when given), "exit" or "passed" (when given), then the rest as a compact
// JSON object's members. The runner puts "n" and "t" in front.
QByteArray eventFields(const QString &type,
                       const QString &step = {},
                       int attempt = 0,
                       const QJsonObject &rest = {});

// One gate or verification check as recorded: what it asked, what it found.
struct CheckRecord
{
    QString name;
    QString title;
    QString evidenceName;
    bool passed = false;
    QString message;
    QString evidence;

    QJsonObject toJson() const;
    static CheckRecord fromJson(const QJsonObject &object);
};

// What the journal says about one step.
struct StepState
{
    enum class Status {
        Pending,   // not started
        Running,   // started, not finished (on the server, or Steward's own work)
        Verifying, // its work succeeded; its verification has not been recorded
        Waiting,   // a confirmation waits for a volunteer
        Succeeded,
        Failed,      // exited non-zero, or its verification failed
        Blocked,     // a gate's check failed
        Interrupted, // started, and what ran it ended without recording a finish (abandoned)
        Overridden,  // a failed gate or unmet need let through with a typed reason
        Skipped,     // passed over with a typed reason
    };

    Status status = Status::Pending;
    int attempts = 0;
    QDateTime started;
    QDateTime finished;
    int exitCode = -1;
    QString command; // as sent (server steps)
    QString directory;
    QString outFile; // relative to the run folder: out/STEP.ATTEMPT.log
    QString where;
    QList<CheckRecord> checks; // the last gate or verification
    bool checksPassed = false;
    QString message;   // a laptop step's or a failure's sentence
    QString decidedBy; // who approved, skipped or overrode
    QString reason;    // the typed reason of a skip or an override, or --approve-all's
    bool needsOverridden = false;
    QList<int> events; // the numbers of this step's events

    bool isDone() const
    {
        return status == Status::Succeeded || status == Status::Skipped
               || status == Status::Overridden;
    }
    static QString statusName(Status status); // stable: "pending", "running"…
    static QString statusText(Status status); // translated
};

// A run as the journal tells it: rebuilt from the events alone (a reconnect, a restart of Steward or
// another volunteer's Steward gets the same state).
struct RunState
{
    QString runId;
    QJsonObject created;    // the created event's members (runbook, server, parameters, by…)
    QList<StepState> steps; // as the runbook's steps
    QList<Event> events;
    bool stopped = false;
    QString stopReason;
    QString stoppedBy;
    bool done = false;
    QDateTime createdAt;
    QDateTime endedAt;

    int lastEvent() const { return events.isEmpty() ? 0 : events.last().n; }
    // The first step not done (completed, skipped or overridden); steps.size() when all are.
    qsizetype cursor() const;
    // The step that is running, if any (-1).
    qsizetype running() const;
    // Why step i cannot start: a need not completed or overridden; empty when it can.
    QString unmetNeed(const Runbook &book, qsizetype i) const;

    // Folds events (in journal order) over the runbook's steps. Events of unknown steps are kept in
    // events but change nothing.
    static RunState fold(const Runbook &book, const QString &runId, const QList<Event> &events);
    // "running", "stopped", "done", "waiting", "failed", "blocked", "interrupted": the run's word.
    QString statusName() const;
};

} // namespace Steward::Runbook
