// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace Steward::Logs {

// Syslog levels as the journal's PRIORITY field and `journalctl -p` name them; NoPriority for a line that
// says nothing about its level.
enum Priority : qint8 {
    Emergency = 0,
    Alert = 1,
    Critical = 2,
    ErrorLevel = 3,
    Warning = 4,
    Notice = 5,
    Info = 6,
    Debug = 7,
    NoPriority = -1,
};

// journalctl's name for a level ("err", "warning"...), for the command line and filters.
QString priorityName(int priority);
// The inverse, with journalctl -p's numbers ("3") too; -2 when unknown.
int priorityFromName(QStringView name);

// Per-line flags kept in the store.
enum LineFlag : quint8 {
    Stderr = 0x1,       // came on the command's stderr
    Continuation = 0x2, // a further line of a multi-line message (same time and origin)
    Truncated = 0x4,    // the line was longer than MaxLineBytes and cut there
};

// Lines longer than this are cut (with the Truncated flag): a 16 MiB line is already far beyond what a view
// or a person reads, and it keeps a single line from exhausting memory.
inline constexpr qsizetype MaxLineBytes = 16 * 1024 * 1024;

// What a source reads: a systemd unit's journal (or the whole journal when unit is empty), a compose
// service's container logs, a command's output, or text already collected.
enum class SourceKind { Journal, Compose, Command, Text };

// Where a source stands: connecting, reading its history, following, waiting to reconnect after the
// connection was lost, ended (history only, or the command or service ended), failed, or stopped.
enum class SourceState { Connecting, Loading, Following, Reconnecting, Ended, Failed, Stopped };
QString sourceStateName(SourceState state); // translated, for the panel and the command line

// One source of a log view: what to read and from where, with how much history and whether to follow.
struct SourceSpec
{
    SourceKind kind = SourceKind::Journal;
    QString server; // inventory server name (Journal, Compose)
    QString name;   // unit ("mastodon.service"), service ("web"), or the label of a command or text
    QString composeDir;      // Compose: where docker-compose.yml is
    int historyLines = 5000; // history: the last N lines (-n / --tail); 0 with since: everything since
    qint64 sinceUs = 0;      // history from this time (µs since the epoch, UTC); 0: by lines only
    bool follow = true;      // then follow (-f)
    bool exportFormat = true; // Journal: -o export (binary-safe, cheaper to parse); false: -o json

    // "journal mastodon.service on lab", for titles and messages.
    QString displayName() const;
    bool operator==(const SourceSpec &) const = default;
};

// A line of a log as parsed, before it is stored: views into the parser's buffers, valid until the next
// call that feeds the parser.
struct ParsedLine
{
    QByteArrayView text; // one line, no '\n' (a multi-line message is several ParsedLines)
    qint64 timeUs = 0;   // µs since the epoch (UTC); 0: unknown
    qint8 priority = NoPriority;
    quint8 flags = 0;
    QByteArrayView origin; // "sidekiq[1234]", "web-1"...: who wrote it
};

} // namespace Steward::Logs

Q_DECLARE_METATYPE(Steward::Logs::SourceSpec)
