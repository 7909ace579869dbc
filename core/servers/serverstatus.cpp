// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/servers/serverstatus.h"

#include "core/tr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Steward::Servers {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Unknown:
        return u"unknown"_s;
    case Severity::Ok:
        return u"ok"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Critical:
        return u"critical"_s;
    case Severity::Unreachable:
        return u"unreachable"_s;
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Unknown:
        return Core::Tr::tr("Not checked yet");
    case Severity::Ok:
        return Core::Tr::tr("Healthy");
    case Severity::Warning:
        return Core::Tr::tr("Warning");
    case Severity::Critical:
        return Core::Tr::tr("Problem");
    case Severity::Unreachable:
        return Core::Tr::tr("Unreachable");
    }
    return {};
}

namespace {

// Each check looks at one part and adds what a volunteer should know; a part that could not be read is a
// finding of its own (never an empty "all good").

void checkConnection(const ServerStatus &s, QList<Finding> &out)
{
    if (!s.connectionError.isEmpty())
        out.append({Severity::Unreachable, u"connection"_s, s.server, s.connectionError});
}

void checkPartRead(const PartState &part,
                   const QString &name,
                   Severity severity,
                   QList<Finding> &out)
{
    if (!part.error.isEmpty())
        out.append({severity, name, QString(), part.error});
}

void checkServices(const ServerStatus &s, QList<Finding> &out)
{
    if (!s.servicesState.ok())
        return;
    if (s.services.isEmpty()) {
        out.append({Severity::Critical,
                    u"services"_s,
                    QString(),
                    Core::Tr::tr("No compose service exists in the compose directory.")});
        return;
    }
    for (const ComposeService &c : s.services) {
        if (c.state == u"restarting"_s) {
            out.append({Severity::Critical,
                        u"services"_s,
                        c.service,
                        Core::Tr::tr("%1 keeps restarting (%2).").arg(c.service, c.status)});
        } else if (!c.isRunning()) {
            out.append({Severity::Critical,
                        u"services"_s,
                        c.service,
                        Core::Tr::tr("%1 is not running (%2).").arg(c.service, c.status)});
        } else if (c.health == u"unhealthy"_s) {
            out.append({Severity::Critical,
                        u"services"_s,
                        c.service,
                        Core::Tr::tr("%1 is unhealthy.").arg(c.service)});
        } else if (c.health == u"starting"_s) {
            out.append({Severity::Warning,
                        u"services"_s,
                        c.service,
                        Core::Tr::tr("%1 is still starting.").arg(c.service)});
        }
    }
}

void checkUnits(const ServerStatus &s, QList<Finding> &out)
{
    if (!s.unitsState.ok())
        return;
    for (const UnitInfo &u : s.units) {
        if (!u.exists())
            continue; // not installed on this server: listed, not a problem
        if (u.activeState == u"failed"_s)
            out.append({Severity::Critical,
                        u"units"_s,
                        u.id,
                        Core::Tr::tr("%1 failed (%2).").arg(u.id, u.result)});
        else if (!u.result.isEmpty() && u.result != u"success"_s)
            out.append({Severity::Warning,
                        u"units"_s,
                        u.id,
                        Core::Tr::tr("%1: the last run ended with “%2”.").arg(u.id, u.result)});
    }
}

void checkTimers(const ServerStatus &s,
                 const StatusThresholds &thresholds,
                 const QDateTime &now,
                 QList<Finding> &out)
{
    if (!s.timersState.ok())
        return;
    for (const TimerInfo &t : s.timers) {
        // The service the timer starts: did its last run fail?
        const auto unit = std::find_if(s.units.cbegin(), s.units.cend(), [&t](const UnitInfo &u) {
            return u.id == t.activates;
        });
        if (unit != s.units.cend() && unit->exists() && unit->activeState == u"failed"_s)
            out.append(
                {Severity::Critical,
                 u"timers"_s,
                 t.unit,
                 Core::Tr::tr("The last run of %1 (from %2) failed.").arg(t.activates, t.unit)});
        if (!t.next.isValid()) {
            // Not scheduled: the timer is stopped or disabled, so its job no longer runs.
            out.append({Severity::Warning,
                        u"timers"_s,
                        t.unit,
                        Core::Tr::tr("%1 is not scheduled to run again.").arg(t.unit)});
        } else if (t.next < now.addSecs(-thresholds.timerLateSeconds)) {
            out.append({Severity::Warning,
                        u"timers"_s,
                        t.unit,
                        Core::Tr::tr("%1 should have run at %2 and did not.")
                            .arg(t.unit, t.next.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))});
        }
    }
}

void checkDisks(const ServerStatus &s, const StatusThresholds &thresholds, QList<Finding> &out)
{
    if (!s.disksState.ok())
        return;
    for (const Filesystem &f : s.filesystems) {
        if (f.size <= 0)
            continue; // pseudo filesystems
        if (f.usePercent >= thresholds.diskCriticalPercent || f.available == 0)
            out.append({Severity::Critical,
                        u"disks"_s,
                        f.mountPoint,
                        Core::Tr::tr("%1 is %2 % full.").arg(f.mountPoint).arg(f.usePercent)});
        else if (f.usePercent >= thresholds.diskWarningPercent)
            out.append({Severity::Warning,
                        u"disks"_s,
                        f.mountPoint,
                        Core::Tr::tr("%1 is %2 % full.").arg(f.mountPoint).arg(f.usePercent)});
    }
}

void checkHealth(const ServerStatus &s, QList<Finding> &out)
{
    if (!s.health)
        return;
    const HealthReport &h = *s.health;
    if (h.maintenance) {
        out.append({Severity::Warning,
                    u"health"_s,
                    h.base.toString(),
                    Core::Tr::tr("The maintenance page is up (HTTP 503).")});
        return;
    }
    const auto probe = [&out](const HttpProbe &p, const QString &what) {
        if (!p.answered())
            out.append({Severity::Critical,
                        u"health"_s,
                        p.path,
                        Core::Tr::tr("%1 does not answer: %2").arg(what, p.error)});
        else if (!p.ok())
            out.append({Severity::Critical,
                        u"health"_s,
                        p.path,
                        Core::Tr::tr("%1 answers HTTP %2.").arg(what).arg(p.status)});
    };
    probe(h.web, Core::Tr::tr("The web service"));
    probe(h.streaming, Core::Tr::tr("The streaming service"));
    if (h.instance.answered() && !h.instance.ok())
        probe(h.instance, Core::Tr::tr("The instance API"));
}

} // namespace

void evaluate(ServerStatus &status, const StatusThresholds &thresholds, const QDateTime &now)
{
    QList<Finding> findings;
    checkConnection(status, findings);
    // Parts not read because the server was not reached are the connection's finding, not theirs.
    if (status.connectionError.isEmpty()) {
        checkPartRead(status.servicesState, u"services"_s, Severity::Critical, findings);
        checkPartRead(status.unitsState, u"units"_s, Severity::Warning, findings);
        checkPartRead(status.timersState, u"timers"_s, Severity::Warning, findings);
        checkPartRead(status.disksState, u"disks"_s, Severity::Warning, findings);
    }
    checkServices(status, findings);
    checkUnits(status, findings);
    checkTimers(status, thresholds, now, findings);
    checkDisks(status, thresholds, findings);
    checkHealth(status, findings);

    Severity worst = Severity::Ok;
    bool anything = status.servicesState.refreshedAt.isValid() || status.health.has_value()
                    || !status.connectionError.isEmpty();
    for (const Finding &f : std::as_const(findings))
        worst = std::max(worst, f.severity);
    status.findings = findings;
    status.severity = anything ? worst : Severity::Unknown;
}

} // namespace Steward::Servers
