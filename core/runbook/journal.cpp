// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/journal.h"

#include "core/runbook/steps.h"
#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Steward::Runbook {

std::optional<Event> Event::parse(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    Event e;
    e.fields = doc.object();
    e.n = e.fields.value(u"n"_s).toInt(0);
    e.type = e.fields.value(u"type"_s).toString();
    if (e.n <= 0 || e.type.isEmpty())
        return std::nullopt;
    e.time = QDateTime::fromString(e.fields.value(u"t"_s).toString(), Qt::ISODate);
    e.step = e.fields.value(u"step"_s).toString();
    e.attempt = e.fields.value(u"attempt"_s).toInt(0);
    e.line = line.trimmed();
    return e;
}

QByteArray eventFields(const QString &type,
                       const QString &step,
                       int attempt,
                       const QJsonObject &rest)
{
    const auto json = [](const QJsonValue &v) {
        // A one-element array's compact form, without its brackets: the value's JSON text.
        const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return a.mid(1, a.size() - 2);
    };
    QByteArray out = "\"type\":" + json(type);
    if (!step.isEmpty())
        out += ",\"step\":" + json(step);
    if (attempt > 0)
        out += ",\"attempt\":" + QByteArray::number(attempt);
    QJsonObject others = rest;
    for (const QString &first : {u"exit"_s, u"passed"_s}) {
        if (others.contains(first)) {
            out += ",\"" + first.toLatin1() + "\":" + json(others.value(first));
            others.remove(first);
        }
    }
    others.remove(u"n"_s);
    others.remove(u"t"_s);
    if (!others.isEmpty()) {
        const QByteArray o = QJsonDocument(others).toJson(QJsonDocument::Compact);
        out += ',' + o.mid(1, o.size() - 2);
    }
    return out;
}

QJsonObject CheckRecord::toJson() const
{
    return {{u"name"_s, name},
            {u"title"_s, title},
            {u"evidence_name"_s, evidenceName},
            {u"passed"_s, passed},
            {u"message"_s, message},
            {u"evidence"_s, evidence}};
}

CheckRecord CheckRecord::fromJson(const QJsonObject &o)
{
    CheckRecord r;
    r.name = o.value(u"name"_s).toString();
    r.title = o.value(u"title"_s).toString();
    r.evidenceName = o.value(u"evidence_name"_s).toString();
    r.passed = o.value(u"passed"_s).toBool();
    r.message = o.value(u"message"_s).toString();
    r.evidence = o.value(u"evidence"_s).toString();
    return r;
}

QString StepState::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return u"pending"_s;
    case Status::Running:
        return u"running"_s;
    case Status::Verifying:
        return u"verifying"_s;
    case Status::Waiting:
        return u"waiting"_s;
    case Status::Succeeded:
        return u"succeeded"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::Blocked:
        return u"blocked"_s;
    case Status::Interrupted:
        return u"interrupted"_s;
    case Status::Overridden:
        return u"overridden"_s;
    case Status::Skipped:
        return u"skipped"_s;
    }
    return {};
}

QString StepState::statusText(Status status)
{
    switch (status) {
    case Status::Pending:
        return Core::Tr::tr("Pending");
    case Status::Running:
        return Core::Tr::tr("Running");
    case Status::Verifying:
        return Core::Tr::tr("Verifying");
    case Status::Waiting:
        return Core::Tr::tr("Waiting for approval");
    case Status::Succeeded:
        return Core::Tr::tr("Done");
    case Status::Failed:
        return Core::Tr::tr("Failed");
    case Status::Blocked:
        return Core::Tr::tr("Blocked by its gate");
    case Status::Interrupted:
        return Core::Tr::tr("Interrupted");
    case Status::Overridden:
        return Core::Tr::tr("Overridden");
    case Status::Skipped:
        return Core::Tr::tr("Skipped");
    }
    return {};
}

qsizetype RunState::cursor() const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (!steps.at(i).isDone())
            return i;
    }
    return steps.size();
}

qsizetype RunState::running() const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).status == StepState::Status::Running)
            return i;
    }
    return -1;
}

QString RunState::unmetNeed(const Runbook &book, qsizetype i) const
{
    if (i < 0 || i >= book.steps.size() || i >= steps.size() || steps.at(i).needsOverridden)
        return {};
    for (const QString &need : book.steps.at(i).needs) {
        const qsizetype j = book.indexOf(need);
        if (j < 0 || j >= steps.size())
            continue;
        const StepState::Status s = steps.at(j).status;
        if (s != StepState::Status::Succeeded && s != StepState::Status::Overridden)
            return Core::Tr::tr("“%1” needs “%2” (%3), which is %4.")
                .arg(book.steps.at(i).title,
                     book.steps.at(j).title,
                     need,
                     StepState::statusText(s).toLower());
    }
    return {};
}

RunState RunState::fold(const Runbook &book, const QString &runId, const QList<Event> &events)
{
    RunState state;
    state.runId = runId;
    state.events = events;
    state.steps.resize(book.steps.size());
    for (const Event &e : events) {
        if (e.type == u"created") {
            state.created = e.fields;
            state.createdAt = e.time;
            continue;
        }
        if (e.type == u"stopped") {
            state.stopped = true;
            state.stopReason = e.string(u"reason"_s);
            state.stoppedBy = e.string(u"by"_s);
            state.endedAt = e.time;
            continue;
        }
        if (e.type == u"resumed") {
            state.stopped = false;
            state.stopReason.clear();
            state.endedAt = {};
            continue;
        }
        if (e.type == u"done") {
            state.done = true;
            state.endedAt = e.time;
            continue;
        }
        const qsizetype i = book.indexOf(e.step);
        if (i < 0)
            continue;
        StepState &s = state.steps[i];
        const Step &step = book.steps.at(i);
        s.events.append(e.n);
        if (e.type == u"started") {
            s.attempts = std::max(s.attempts, e.attempt);
            s.where = e.string(u"where"_s);
            s.status = s.where == u"person" ? StepState::Status::Waiting
                                            : StepState::Status::Running;
            s.started = e.time;
            s.finished = {};
            s.exitCode = -1;
            s.command = e.string(u"command"_s);
            s.directory = e.string(u"directory"_s);
            s.outFile = e.string(u"out"_s);
            s.message.clear();
            s.checks.clear();
            s.checksPassed = false;
            s.decidedBy.clear();
            s.reason.clear();
        } else if (e.type == u"finished") {
            s.exitCode = e.integer(u"exit"_s);
            s.finished = e.time;
            s.message = e.string(u"message"_s);
            const bool verifies = !step.verify.isEmpty()
                                  || (step.action && !step.action->impliedVerify().isEmpty());
            if (s.exitCode == 0)
                s.status = verifies && s.where != u"gate" ? StepState::Status::Verifying
                                                          : StepState::Status::Succeeded;
            else
                s.status = s.where == u"gate" ? StepState::Status::Blocked
                                              : StepState::Status::Failed;
        } else if (e.type == u"gate" || e.type == u"verify") {
            s.checks.clear();
            for (const QJsonValue &v : e.fields.value(u"checks"_s).toArray())
                s.checks.append(CheckRecord::fromJson(v.toObject()));
            s.checksPassed = e.boolean(u"passed"_s);
            if (e.type == u"verify") {
                s.status = s.checksPassed ? StepState::Status::Succeeded
                                          : StepState::Status::Failed;
                if (!s.checksPassed)
                    s.message = Core::Tr::tr("Its verification failed.");
            }
        } else if (e.type == u"ansible") {
            // The --check --diff report waits for approval before the playbook is applied.
            if (e.string(u"phase"_s) == u"check" && e.boolean(u"passed"_s))
                s.status = StepState::Status::Waiting;
        } else if (e.type == u"approved") {
            s.decidedBy = e.string(u"by"_s);
            s.reason = e.string(u"reason"_s);
            if (s.where == u"laptop" && s.status == StepState::Status::Waiting)
                s.status = StepState::Status::Running;
        } else if (e.type == u"override") {
            if (e.string(u"what"_s) == u"needs") {
                s.needsOverridden = true;
            } else {
                s.status = StepState::Status::Overridden;
            }
            s.decidedBy = e.string(u"by"_s);
            s.reason = e.string(u"reason"_s);
        } else if (e.type == u"skipped") {
            s.status = StepState::Status::Skipped;
            s.decidedBy = e.string(u"by"_s);
            s.reason = e.string(u"reason"_s);
        } else if (e.type == u"abandoned") {
            s.status = StepState::Status::Interrupted;
            s.finished = e.time;
            s.message = e.string(u"reason"_s);
        } else if (e.type == u"rerun") {
            s.status = StepState::Status::Pending;
            s.decidedBy = e.string(u"by"_s);
            s.reason = e.string(u"reason"_s);
            s.needsOverridden = false;
        }
    }
    return state;
}

QString RunState::statusName() const
{
    if (done)
        return u"done"_s;
    if (stopped)
        return u"stopped"_s;
    if (running() >= 0)
        return u"running"_s;
    const qsizetype c = cursor();
    if (c >= steps.size())
        return u"finishing"_s;
    switch (steps.at(c).status) {
    case StepState::Status::Failed:
        return u"failed"_s;
    case StepState::Status::Blocked:
        return u"blocked"_s;
    case StepState::Status::Waiting:
        return u"waiting"_s;
    case StepState::Status::Interrupted:
        return u"interrupted"_s;
    case StepState::Status::Verifying:
        return u"verifying"_s;
    default:
        return u"paused"_s;
    }
}

} // namespace Steward::Runbook
