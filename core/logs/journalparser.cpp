// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logs/journalparser.h"

#include "core/tr.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace Steward::Logs {

namespace {

enum class Field { Other, Cursor, Realtime, Priority, Message, Identifier, Comm, Unit, Pid };

Field fieldOf(QByteArrayView name)
{
    switch (name.size()) {
    case 4:
        if (name == "_PID")
            return Field::Pid;
        break;
    case 5:
        if (name == "_COMM")
            return Field::Comm;
        break;
    case 7:
        if (name == "MESSAGE")
            return Field::Message;
        break;
    case 8:
        if (name == "PRIORITY")
            return Field::Priority;
        if (name == "__CURSOR")
            return Field::Cursor;
        break;
    case 13:
        if (name == "_SYSTEMD_UNIT")
            return Field::Unit;
        break;
    case 17:
        if (name == "SYSLOG_IDENTIFIER")
            return Field::Identifier;
        break;
    case 20:
        if (name == "__REALTIME_TIMESTAMP")
            return Field::Realtime;
        break;
    default:
        break;
    }
    return Field::Other;
}

qint64 toNumber(QByteArrayView v)
{
    qint64 n = 0;
    for (const char c : v) {
        if (c < '0' || c > '9')
            return 0;
        n = n * 10 + (c - '0');
    }
    return n;
}

void store(JournalEntry *e, Field f, QByteArrayView value)
{
    switch (f) {
    case Field::Cursor:
        e->cursor = value;
        break;
    case Field::Realtime:
        e->realtimeUs = toNumber(value);
        break;
    case Field::Priority:
        e->priority = value.size() == 1 && value[0] >= '0' && value[0] <= '7' ? value[0] - '0' : -1;
        break;
    case Field::Message:
        e->message = value;
        break;
    case Field::Identifier:
        e->identifier = value;
        break;
    case Field::Comm:
        e->comm = value;
        break;
    case Field::Unit:
        e->unit = value;
        break;
    case Field::Pid:
        e->pid = toNumber(value);
        break;
    case Field::Other:
        break;
    }
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A JSON reader over one line, positioned on the next token.
struct Json
{
    const char *p;
    const char *end;

    void ws()
    {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
            ++p;
    }
    bool eat(char c)
    {
        ws();
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    // On the opening quote: the string's raw body (without quotes), whether it has escapes; p after it.
    bool string(QByteArrayView *raw, bool *escaped)
    {
        if (p >= end || *p != '"')
            return false;
        const char *start = ++p;
        bool esc = false;
        for (;;) {
            const char *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
            if (!q)
                return false;
            // An escaped quote has an odd number of backslashes before it.
            const char *b = q;
            while (b > start && b[-1] == '\\')
                --b;
            if (!esc && std::memchr(start, '\\', size_t(q - start)))
                esc = true;
            if ((q - b) % 2 == 0) {
                *raw = QByteArrayView(start, q - start);
                *escaped = esc;
                p = q + 1;
                return true;
            }
            p = q + 1;
        }
    }
    static bool unescape(QByteArrayView raw, QByteArray &out)
    {
        out.clear();
        out.reserve(raw.size());
        const char *s = raw.data();
        const char *e = s + raw.size();
        while (s < e) {
            const char *bs = static_cast<const char *>(std::memchr(s, '\\', size_t(e - s)));
            if (!bs) {
                out.append(s, e - s);
                break;
            }
            out.append(s, bs - s);
            if (bs + 1 >= e)
                return false;
            const char c = bs[1];
            s = bs + 2;
            switch (c) {
            case '"':
            case '\\':
            case '/':
                out.append(c);
                break;
            case 'b':
                out.append('\b');
                break;
            case 'f':
                out.append('\f');
                break;
            case 'n':
                out.append('\n');
                break;
            case 'r':
                out.append('\r');
                break;
            case 't':
                out.append('\t');
                break;
            case 'u': {
                auto hex4 = [&](const char *h, char32_t *v) {
                    if (e - h < 4)
                        return false;
                    char32_t r = 0;
                    for (int i = 0; i < 4; ++i) {
                        const int d = hexValue(h[i]);
                        if (d < 0)
                            return false;
                        r = r * 16 + char32_t(d);
                    }
                    *v = r;
                    return true;
                };
                char32_t cp;
                if (!hex4(s, &cp))
                    return false;
                s += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && e - s >= 6 && s[0] == '\\' && s[1] == 'u') {
                    char32_t low;
                    if (hex4(s + 2, &low) && low >= 0xDC00 && low < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        s += 6;
                    }
                }
                if (cp >= 0xD800 && cp < 0xE000)
                    cp = 0xFFFD; // a lone surrogate
                appendUtf8(out, cp);
                break;
            }
            default:
                return false;
            }
        }
        return true;
    }
    // Skips any value.
    bool skip()
    {
        ws();
        if (p >= end)
            return false;
        QByteArrayView raw;
        bool escaped;
        switch (*p) {
        case '"':
            return string(&raw, &escaped);
        case '[':
        case '{': {
            const char open = *p;
            const char close = open == '[' ? ']' : '}';
            ++p;
            if (eat(close))
                return true;
            for (;;) {
                if (open == '{') {
                    ws();
                    if (!string(&raw, &escaped) || !eat(':'))
                        return false;
                }
                if (!skip())
                    return false;
                if (eat(close))
                    return true;
                if (!eat(','))
                    return false;
            }
        }
        default:
            while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ')
                ++p;
            return true;
        }
    }
};

} // namespace

QByteArray JournalEntry::origin() const
{
    QByteArrayView name = identifier;
    if (name.isEmpty())
        name = comm;
    if (name.isEmpty())
        name = unit;
    QByteArray out = name.toByteArray();
    if (pid > 0) {
        out += '[';
        out += QByteArray::number(pid);
        out += ']';
    }
    return out;
}

bool JournalJsonParser::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool JournalJsonParser::parse(QByteArrayView line, JournalEntry *entry)
{
    *entry = JournalEntry{};
    Json j{line.data(), line.data() + line.size()};
    if (!j.eat('{'))
        return fail(Core::Tr::tr("A journal line is not a JSON object."));
    if (j.eat('}'))
        return true;
    // Fields with escapes are decoded into m_other one after the other; keep every decoded one alive.
    m_other.clear();
    qsizetype otherNeeded = 0;
    for (;;) {
        j.ws();
        QByteArrayView key;
        bool keyEscaped = false;
        if (!j.string(&key, &keyEscaped) || !j.eat(':'))
            return fail(Core::Tr::tr("A journal line is not valid JSON."));
        const Field f = fieldOf(key);
        j.ws();
        if (j.p >= j.end)
            return fail(Core::Tr::tr("A journal line is cut short."));
        if (f == Field::Other) {
            if (!j.skip())
                return fail(Core::Tr::tr("A journal line is not valid JSON."));
        } else if (*j.p == '"') {
            QByteArrayView raw;
            bool escaped = false;
            if (!j.string(&raw, &escaped))
                return fail(Core::Tr::tr("A journal line is not valid JSON."));
            if (!escaped) {
                store(entry, f, raw);
            } else if (f == Field::Message) {
                if (!Json::unescape(raw, m_message))
                    return fail(Core::Tr::tr("A journal line has a bad escape."));
                store(entry, f, m_message);
            } else {
                // Rare (an identifier with a quote): decoded into a buffer reserved up front, so
                // that earlier views into it stay valid.
                if (otherNeeded == 0)
                    m_other.reserve(line.size());
                QByteArray decoded;
                if (!Json::unescape(raw, decoded))
                    return fail(Core::Tr::tr("A journal line has a bad escape."));
                const qsizetype at = m_other.size();
                m_other.append(decoded);
                otherNeeded += decoded.size();
                store(entry, f, QByteArrayView(m_other.constData() + at, decoded.size()));
            }
        } else if (*j.p == '[') {
            // Bytes (not valid text), or several values of which the first is kept.
            ++j.p;
            j.ws();
            if (j.p < j.end && (*j.p == '"' || *j.p == '[')) {
                const char *first = j.p;
                if (*j.p == '[') {
                    // The first value is itself bytes: decode it below from a sub-reader.
                    Json sub{first, j.end};
                    if (!sub.skip())
                        return fail(Core::Tr::tr("A journal line is not valid JSON."));
                    const QByteArrayView inner(first + 1, sub.p - first - 2);
                    QByteArray bytes;
                    for (const QByteArray &n : QByteArray(inner).split(','))
                        bytes.append(char(toNumber(n.trimmed())));
                    if (f == Field::Message) {
                        m_message = bytes;
                        store(entry, f, m_message);
                    }
                    j.p = sub.p;
                } else {
                    QByteArrayView raw;
                    bool escaped = false;
                    if (!j.string(&raw, &escaped))
                        return fail(Core::Tr::tr("A journal line is not valid JSON."));
                    if (f == Field::Message) {
                        if (escaped) {
                            if (!Json::unescape(raw, m_message))
                                return fail(Core::Tr::tr("A journal line has a bad escape."));
                        } else {
                            m_message = raw.toByteArray();
                        }
                        store(entry, f, m_message);
                    } else if (!escaped) {
                        store(entry, f, raw);
                    }
                }
                // The other values.
                while (j.eat(',')) {
                    if (!j.skip())
                        return fail(Core::Tr::tr("A journal line is not valid JSON."));
                }
                if (!j.eat(']'))
                    return fail(Core::Tr::tr("A journal line is not valid JSON."));
            } else {
                QByteArray bytes;
                while (j.p < j.end && *j.p != ']') {
                    int v = 0;
                    bool any = false;
                    while (j.p < j.end && *j.p >= '0' && *j.p <= '9') {
                        v = v * 10 + (*j.p - '0');
                        ++j.p;
                        any = true;
                    }
                    if (!any || v > 255)
                        return fail(Core::Tr::tr("A journal line has a bad byte array."));
                    bytes.append(char(v));
                    j.ws();
                    if (j.p < j.end && *j.p == ',') {
                        ++j.p;
                        j.ws();
                    }
                }
                if (!j.eat(']'))
                    return fail(Core::Tr::tr("A journal line is not valid JSON."));
                if (f == Field::Message) {
                    m_message = bytes;
                    store(entry, f, m_message);
                }
            }
        } else if (*j.p == 'n') {
            if (j.end - j.p < 4 || std::memcmp(j.p, "null", 4) != 0)
                return fail(Core::Tr::tr("A journal line is not valid JSON."));
            j.p += 4;
            if (f == Field::Message)
                entry->messageOmitted = true;
        } else {
            // A number (not what journalctl writes, but harmless).
            const char *start = j.p;
            if (!j.skip())
                return fail(Core::Tr::tr("A journal line is not valid JSON."));
            store(entry, f, QByteArrayView(start, j.p - start));
        }
        if (j.eat(','))
            continue;
        if (j.eat('}'))
            return true;
        return fail(Core::Tr::tr("A journal line is not valid JSON."));
    }
}

bool JournalExportParser::feed(QByteArrayView data, const Sink &sink)
{
    if (!m_error.isEmpty())
        return false;
    m_buffer.append(data.data(), data.size());
    const bool ok = parseEntries(sink, false);
    // Keep only what is not parsed yet.
    if (m_pos >= m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    return ok;
}

void JournalExportParser::finish(const Sink &sink)
{
    if (m_error.isEmpty())
        parseEntries(sink, true);
    m_buffer.clear();
    m_pos = 0;
}

bool JournalExportParser::parseEntries(const Sink &sink, bool atEnd)
{
    const char *base = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    while (m_pos < size) {
        // One entry, from m_pos; when it is not complete yet, m_pos stays at its start.
        JournalEntry entry;
        bool any = false;
        qsizetype p = m_pos;
        bool complete = false;
        while (p < size) {
            if (base[p] == '\n') { // the empty line that ends the entry
                ++p;
                complete = true;
                break;
            }
            const char *nl = static_cast<const char *>(
                std::memchr(base + p, '\n', size_t(size - p)));
            if (!nl)
                break; // the field's line is not complete
            const qsizetype lineEnd = nl - base;
            const char *eq = static_cast<const char *>(
                std::memchr(base + p, '=', size_t(lineEnd - p)));
            if (eq) {
                const QByteArrayView name(base + p, eq - (base + p));
                const QByteArrayView value(eq + 1, nl - eq - 1);
                const Field f = fieldOf(name);
                if (f != Field::Other && !(f == Field::Message && !entry.message.isNull()))
                    store(&entry, f, value);
                p = lineEnd + 1;
            } else {
                // A binary field: the name, then its size (64 bits, little endian), the bytes, '\n'.
                const QByteArrayView name(base + p, lineEnd - p);
                if (name.isEmpty() || name.size() > 64) {
                    m_error = Core::Tr::tr("The journal's export stream is malformed.");
                    return false;
                }
                const qsizetype sizeAt = lineEnd + 1;
                if (size - sizeAt < 8)
                    break;
                quint64 n = 0;
                for (int i = 7; i >= 0; --i)
                    n = (n << 8) | quint8(base[sizeAt + i]);
                if (n > quint64(1) << 40) {
                    m_error = Core::Tr::tr("The journal's export stream is malformed.");
                    return false;
                }
                const qsizetype valueAt = sizeAt + 8;
                if (size - valueAt < qsizetype(n) + 1)
                    break;
                if (base[valueAt + qsizetype(n)] != '\n') {
                    m_error = Core::Tr::tr("The journal's export stream is malformed.");
                    return false;
                }
                const Field f = fieldOf(name);
                if (f != Field::Other && !(f == Field::Message && !entry.message.isNull()))
                    store(&entry, f, QByteArrayView(base + valueAt, qsizetype(n)));
                p = valueAt + qsizetype(n) + 1;
            }
            any = true;
        }
        if (!complete) {
            if (atEnd && any && p >= size)
                sink(entry); // the last entry, cut before its empty line
            return true;
        }
        if (any)
            sink(entry);
        m_pos = p;
    }
    return true;
}

} // namespace Steward::Logs
