// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Steward::Servers {

// What the status tools report, once parsed: the shapes shared by the parsers, the status refresh, the
// models and `steward status`. Times are UTC; a null QDateTime means the tool said "n/a" or nothing.

// One container of `docker compose ps --format json --all`.
struct ComposeService
{
    QString name;    // container: "mastodon-web-1"
    QString service; // compose service: "web"
    QString state;   // "running", "exited", "restarting", "paused", "created", "dead"
    QString health; // "healthy", "unhealthy", "starting", or empty when the service has no healthcheck
    QString image;   // "ghcr.io/mastodon/mastodon:v4.2.10"
    QString version; // the image's tag: "v4.2.10" (empty for a digest-only or untagged image)
    QString status;  // Compose's words: "Up 3 hours (healthy)", "Exited (1) 2 minutes ago"
    QDateTime created;
    int exitCode = 0;
    int restarts = -1; // -1: unknown (Compose's JSON does not say; "Restarting (1)" gives a hint)
    QStringList ports; // published: "127.0.0.1:3000->3000/tcp"

    bool isRunning() const { return state == QLatin1String("running"); }
    bool operator==(const ComposeService &) const = default;
};

// One unit of `systemctl show -p … UNIT…`.
struct UnitInfo
{
    QString id; // "pg-dump-to-s3.service"
    QString description;
    QString loadState;       // "loaded", "not-found", "masked"
    QString activeState;     // "active", "inactive", "failed", "activating"...
    QString subState;        // "running", "dead", "exited", "start"...
    QString result;          // "success", "exit-code", "signal", "timeout"...
    QDateTime activeEnter;   // last start (ActiveEnterTimestamp)
    QDateTime inactiveEnter; // last stop (InactiveEnterTimestamp)
    QDateTime stateChange;   // StateChangeTimestamp

    bool exists() const { return loadState != QLatin1String("not-found") && !loadState.isEmpty(); }
    bool failed() const
    {
        return activeState == QLatin1String("failed")
               || (!result.isEmpty() && result != QLatin1String("success"));
    }
    bool operator==(const UnitInfo &) const = default;
};

// One row of `systemctl list-timers --all`.
struct TimerInfo
{
    QString unit;      // "pg-dump-to-s3.timer"
    QString activates; // "pg-dump-to-s3.service"
    QDateTime next;
    QDateTime last;
    bool operator==(const TimerInfo &) const = default;
};

// One filesystem of `df`.
struct Filesystem
{
    QString source;     // "/dev/mapper/vg0-opt"
    QString type;       // "ext4"
    QString mountPoint; // "/opt"
    qint64 size = 0;    // bytes
    qint64 used = 0;
    qint64 available = 0;
    int usePercent = 0; // as df rounds it (up)
    bool operator==(const Filesystem &) const = default;
};

// A block device of `lsblk -J`, with its children (partitions, LVs).
struct BlockDevice
{
    QString name;
    QString type; // "disk", "part", "lvm"
    qint64 size = 0;
    QStringList mountPoints;
    QList<BlockDevice> children;
};

// One logical volume of `lvs --reportformat json`.
struct LogicalVolume
{
    QString name;
    QString volumeGroup;
    qint64 size = 0;
    QString attributes; // lv_attr: "-wi-ao----"
    bool operator==(const LogicalVolume &) const = default;
};

} // namespace Steward::Servers
