// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Steward::Logs {

// Times of log lines: µs since the Unix epoch, UTC. Parsing and formatting are hand-written because they
// run once per line at millions of lines a second (QDateTime costs microseconds per call).

// RFC 3339 as docker and compose print it: "2024-11-22T00:10:00.123456789Z" (any number of fraction
// digits, Z or ±hh:mm). nullopt when text does not start with one; *consumed is set to its length.
std::optional<qint64> parseRfc3339(QByteArrayView text, qsizetype *consumed = nullptr);

// "2024-11-22T00:10:00.123456Z": UTC, microseconds (what `docker compose logs --since` takes).
QByteArray formatRfc3339Utc(qint64 timeUs);

// For display: "2024-11-22 00:10:00.123" in the given offset from UTC (seconds), milliseconds.
QString formatDisplay(qint64 timeUs, int utcOffsetSeconds);
// For the headless output: "2024-11-22T00:10:00.123456+01:00" (journalctl's short-iso-precise style).
QString formatIsoPrecise(qint64 timeUs, int utcOffsetSeconds);

// The offset from UTC of the local time zone at that time, in seconds.
int localUtcOffset(qint64 timeUs);

// What a user types for a time (`steward logs --since`, Jump to time): "2024-11-22 00:10[:00[.123]]",
// "2024-11-22T00:10:00Z", "00:10" (today), "today", "yesterday", "now", "-10min", "2h ago", "@1700000000".
// A time without a zone is local time, as journalctl reads it. nowUs: the present.
Result<qint64> parseTimeSpec(const QString &text, qint64 nowUs);

qint64 nowUs();

} // namespace Steward::Logs
