// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Steward::Logs {

// One line of `docker compose logs --timestamps --no-color`: the container's name padded to the longest
// name shown plus one, " | ", docker's RFC 3339 timestamp (nanoseconds), a space, the text. Compose's
// own status lines ("web-1 exited with code 0") have no " | ".
struct ComposeLine
{
    QByteArrayView container; // "web-1" (empty for a line without the prefix)
    qint64 timeUs = 0;        // 0 when the line has no timestamp
    QByteArrayView text;
    bool status = false; // compose's own line ("web-1 exited with code 0")
};

// Parses one line (without its '\n'). ANSI colour codes around the prefix (a terminal's output) are
// skipped. Never fails: a line that has no prefix is all text.
ComposeLine parseComposeLine(QByteArrayView line);

// The level a line of a program's output looks like, for sources that have none (compose logs, command
// output): Rails and Ruby's Logger ("E, [...] ERROR -- "), sidekiq ("ERROR: "), npmlog as Mastodon's
// streaming server uses it ("ERR!", "WARN"), PostgreSQL ("ERROR:", "FATAL:", "PANIC:", "WARNING:"),
// nginx ("[error]", "[warn]", "[crit]"), logfmt and JSON levels, redis's "#" mark, Go's panics,
// "Traceback" and exceptions. Returns a journal priority: ErrorLevel, Critical, Warning, or Info.
int guessPriority(QByteArrayView text);

} // namespace Steward::Logs
