// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace Steward::Logs {

// One journal entry as journalctl prints it with -o json or -o export, reduced to what a log view shows.
// Views point into the parser's input or its scratch buffer: valid until the parser is called again.
struct JournalEntry
{
    QByteArrayView cursor;     // __CURSOR: where to resume (--after-cursor)
    qint64 realtimeUs = 0;     // __REALTIME_TIMESTAMP
    int priority = -1;         // PRIORITY, -1 when absent
    QByteArrayView message;    // MESSAGE (binary-safe: bytes as journald stored them)
    QByteArrayView identifier; // SYSLOG_IDENTIFIER
    QByteArrayView comm;       // _COMM (when there is no identifier)
    QByteArrayView unit;       // _SYSTEMD_UNIT
    qint64 pid = 0;            // _PID (0: none)
    // -o json without --all prints null for a field larger than 4096 bytes: the message is unknown.
    bool messageOmitted = false;

    // "ident[pid]" as journalctl's short output names the writer (identifier, else _COMM, else the unit).
    QByteArray origin() const;
};

// journalctl -o json: one object per line, every value a string, except a field that is not valid text
// (an array of byte values), a field with several values (an array), and a field too large (null).
// Hand-written for speed: it decodes only the fields above and skips the rest. Returns false when the
// line is not a JSON object (error() says why).
class JournalJsonParser
{
public:
    bool parse(QByteArrayView line, JournalEntry *entry);
    QString error() const { return m_error; }

private:
    bool fail(const QString &message);
    QByteArray m_message; // MESSAGE decoded when it had escapes or came as an array
    QByteArray m_other;   // the other escaped fields (rare)
    QString m_error;
};

// journalctl -o export: "FIELD=value\n" for text, "FIELD\n" + 64-bit little-endian size + bytes + "\n" for
// binary values, entries separated by an empty line. Incremental: feed() the bytes as they arrive; each
// complete entry is given to the callback, with views valid during the call.
class JournalExportParser
{
public:
    using Sink = std::function<void(const JournalEntry &)>;

    // Parses what is complete; keeps the rest for the next call. Returns false on a stream that is not
    // the export format (error() says why; the rest is dropped).
    bool feed(QByteArrayView data, const Sink &sink);
    // The input ended: an entry not closed by an empty line is still given (journalctl closes each one,
    // but a cut connection may not).
    void finish(const Sink &sink);
    QString error() const { return m_error; }
    qsizetype pendingBytes() const { return m_buffer.size() - m_pos; }

private:
    // Parses entries from m_buffer[m_pos...]; atEnd: the input ended.
    bool parseEntries(const Sink &sink, bool atEnd);
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace Steward::Logs
