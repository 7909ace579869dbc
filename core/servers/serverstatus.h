// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/servers/healthcheck.h"
#include "core/servers/statustypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Steward::Servers {

// How serious something is; a server's badge is its worst finding.
enum class Severity { Unknown, Ok, Warning, Critical, Unreachable };
QString severityKey(Severity severity);  // "ok", "warning"... as in `steward status --format json`
QString severityName(Severity severity); // translated

// One part of a server's status (compose services, units, timers, disks, HTTP health) as last read: when,
// and why it failed when it did. A failed refresh keeps the previous data (stale) so the panel can show
// it greyed with its time instead of nothing.
struct PartState
{
    QDateTime refreshedAt; // last successful read (UTC); null: never
    QDateTime triedAt;     // last attempt
    QString error;         // why the last attempt failed (naming the command); empty when it worked
    bool stale() const { return !error.isEmpty() && refreshedAt.isValid(); }
    bool ok() const { return error.isEmpty() && refreshedAt.isValid(); }
};

// A finding of the checks (services down, failed units, overdue timers, full disks, HTTP health...): one
// line a volunteer can act on.
struct Finding
{
    Severity severity = Severity::Ok;
    QString part;    // "services", "units", "timers", "disks", "health", "connection"
    QString subject; // "web", "pg-dump-to-s3.service", "/opt"
    QString message; // translated
};

// Everything Steward knows about one server's state.
struct ServerStatus
{
    QString server;
    QString connectionError; // empty when the last refresh reached the server over SSH

    QList<ComposeService> services;
    PartState servicesState;
    QList<UnitInfo> units;
    PartState unitsState;
    QList<TimerInfo> timers;
    PartState timersState;
    QList<Filesystem> filesystems;
    QList<BlockDevice> blockDevices;
    QList<LogicalVolume> volumes;
    PartState disksState;
    PartState volumesState; // lvs and lsblk: often needs root; its failure is a note, not a problem
    std::optional<HealthReport> health;
    PartState healthState;

    QList<Finding> findings; // from evaluate()
    Severity severity = Severity::Unknown;

    // When the last refresh ended (whatever came of it).
    QDateTime lastRefresh;
    // The channels the last refresh opened (one for the batched commands).
    int channelsOpened = 0;
};

// Thresholds of the checks, from the inventory (defaults when it says nothing).
struct StatusThresholds
{
    int diskWarningPercent = 85;
    int diskCriticalPercent = 95;
    // A timer is overdue when its next run is this far in the past and it has not run.
    int timerLateSeconds = 300;
};

// The checks, one small function each, over what was read: a stopped or unhealthy service, a failed unit, a
// timer whose last run failed or is overdue, a filesystem above the threshold, an HTTP endpoint down, a part
// that could not be read. Sets status.findings and status.severity.
void evaluate(ServerStatus &status, const StatusThresholds &thresholds, const QDateTime &now);

} // namespace Steward::Servers
