// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logs/composeparser.h"

#include "core/logs/logtime.h"
#include "core/logs/logtypes.h"

#include <cstring>

namespace Steward::Logs {

namespace {

// Skips ANSI escape sequences (CSI "ESC [ ... letter") at p.
qsizetype skipAnsi(QByteArrayView s, qsizetype p)
{
    while (p + 1 < s.size() && s[p] == '\x1b' && s[p + 1] == '[') {
        qsizetype q = p + 2;
        while (q < s.size() && !((s[q] >= '@' && s[q] <= '~')))
            ++q;
        p = q < s.size() ? q + 1 : q;
    }
    return p;
}

bool has(QByteArrayView text, const char *needle)
{
    const size_t n = std::strlen(needle);
    return text.size() >= qsizetype(n)
           && memmem(text.data(), size_t(text.size()), needle, n) != nullptr;
}

bool startsWith(QByteArrayView text, const char *prefix)
{
    const size_t n = std::strlen(prefix);
    return text.size() >= qsizetype(n) && std::memcmp(text.data(), prefix, n) == 0;
}

} // namespace

ComposeLine parseComposeLine(QByteArrayView line)
{
    ComposeLine out;
    qsizetype p = skipAnsi(line, 0);
    // The container name: no spaces; then padding, then "| ".
    qsizetype q = p;
    while (q < line.size() && line[q] != ' ' && line[q] != '|' && line[q] != '\x1b')
        ++q;
    const QByteArrayView name = line.sliced(p, q - p);
    qsizetype r = skipAnsi(line, q);
    while (r < line.size() && line[r] == ' ')
        ++r;
    r = skipAnsi(line, r);
    if (!name.isEmpty() && r < line.size() && line[r] == '|' && r > q
        && (r + 1 == line.size() || line[r + 1] == ' ')) {
        out.container = name;
        qsizetype t = r + 1 < line.size() ? r + 2 : r + 1;
        t = skipAnsi(line, t);
        QByteArrayView rest = line.sliced(t);
        qsizetype used = 0;
        if (const auto time = parseRfc3339(rest, &used)) {
            out.timeUs = *time;
            rest = rest.sliced(used);
            if (!rest.isEmpty() && rest[0] == ' ')
                rest = rest.sliced(1);
        }
        out.text = rest;
        return out;
    }
    // "web-1 exited with code 0" and other lines of compose itself.
    if (!name.isEmpty() && r > q) {
        out.container = name;
        out.text = line.sliced(q + 1);
        out.status = true;
        return out;
    }
    out.text = line;
    return out;
}

int guessPriority(QByteArrayView t)
{
    // Ruby's Logger (Rails, Mastodon's web and sidekiq): "E, [2024-11-22T00:10:00.123 #1] ERROR -- : ..."
    if (t.size() > 3 && t[1] == ',' && t[2] == ' ' && t[3] == '[') {
        switch (t[0]) {
        case 'F':
            return Critical;
        case 'E':
            return ErrorLevel;
        case 'W':
            return Warning;
        default:
            return Info;
        }
    }
    if (has(t, "PANIC:") || startsWith(t, "panic:") || has(t, "[emerg]"))
        return Emergency;
    if (has(t, "FATAL") || has(t, "[crit]") || has(t, "level=fatal")
        || has(t, "\"level\":\"fatal\""))
        return Critical;
    if (has(t, "ERROR") || has(t, "ERR!") || has(t, "[error]") || has(t, "level=error")
        || has(t, "\"level\":\"error\"") || startsWith(t, "Traceback ") || has(t, "Error: ")
        || has(t, "Exception") || has(t, "error:"))
        return ErrorLevel;
    if (has(t, "WARN") || has(t, "[warn]") || has(t, "level=warn") || has(t, "\"level\":\"warn")
        || has(t, "warning:"))
        return Warning;
    // Redis marks its warnings with '#': "1:M 22 Nov 2024 00:10:00.000 # WARNING ..." (caught above) or
    // "# Server initialized" (notice): only the uppercase WARNING is a warning.
    return Info;
}

} // namespace Steward::Logs
