// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/servers/statustypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace Steward::Servers {

// Parsers of the status tools' output: text in, a value or an Error naming what was wrong out; never the
// network, never the UI. Each says which command line it reads; the status refresh runs exactly these (in
// the C locale and with TZ=UTC: BatchCommand), and the tests feed them the lab's output and real samples.
// Empty output is an empty list only where the tool prints nothing for "none"; truncated or malformed text
// is an error, never an empty "all good".

// `docker compose ps --format json --all`, in both shapes: one JSON array (Compose before 2.21) or one
// object per line (2.21 and later). Containers of scaled services each get a row.
Result<QList<ComposeService>> parseComposePs(const QByteArray &output);
// The tag of an image reference: "ghcr.io/mastodon/mastodon:v4.2.10" → "v4.2.10", "redis:7-alpine@sha256:…"
// → "7-alpine", "localhost:5000/app" → "" (a registry port is not a tag).
QString imageTag(const QString &image);

// `systemctl show -p Id,Description,LoadState,ActiveState,SubState,Result,ActiveEnterTimestamp,
// InactiveEnterTimestamp,StateChangeTimestamp -- UNIT…`: one block of Key=Value lines a unit, blocks
// separated by an empty line, in the order asked.
Result<QList<UnitInfo>> parseSystemctlShow(const QByteArray &output);
// A systemd timestamp as systemctl prints it in TZ=UTC: "Sun 2026-11-22 00:10:00 UTC"; also "@1700000000"
// (--timestamp=unix) and a numeric zone ("+0100"). Null for "", "n/a", "-" and anything else.
QDateTime parseSystemdTimestamp(const QString &text);

// `systemctl list-timers --all`: the table under NEXT LEFT LAST PASSED UNIT ACTIVATES (columns placed by
// the header), "-"/"n/a" for a timer that never ran or is not scheduled, until the empty line before
// "N timers listed.". "0 timers listed." is an empty list.
Result<QList<TimerInfo>> parseListTimers(const QByteArray &output);

// `df -P -T -B1`: Filesystem Type 1-blocks Used Available Capacity Mounted-on; a mount point may hold
// spaces. Pseudo filesystems are kept (the checks skip sizes of 0).
QStringList dfArguments();
Result<QList<Filesystem>> parseDf(const QByteArray &output);

// `lsblk -J -b`: "blockdevices" with "children"; "mountpoints" (util-linux 2.37+) or "mountpoint";
// sizes as JSON numbers, numeric strings, or human units ("100G") when -b was not honoured.
QStringList lsblkArguments();
Result<QList<BlockDevice>> parseLsblk(const QByteArray &output);

// `lvs --reportformat json --units b --nosuffix`: report[].lv[] with lv_name, vg_name, lv_attr, lv_size.
QStringList lvsArguments();
Result<QList<LogicalVolume>> parseLvs(const QByteArray &output);

} // namespace Steward::Servers
