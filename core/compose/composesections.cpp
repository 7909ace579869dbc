// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/composesections.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Steward::Compose::Sections {
namespace {

int indentOf(const QString &line)
{
    int i = 0;
    const int n = int(line.size());
    while (i < n && line.at(i) == u' ')
        ++i;
    return i;
}

// Blank, or a comment line: YAML ignores it wherever it is.
bool isInsignificant(const QString &line, int indent)
{
    return indent == line.size() || line.at(indent) == u'#';
}

bool isKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || c == u'_' || c == u'-' || c == u'.';
}

} // namespace

bool readableBySections(const Document &doc)
{
    const QByteArray &text = doc.text;
    if (text.isEmpty())
        return false;
    for (const char c : {'&', '*', '!', '\t'}) {
        if (text.contains(c)) // memchr: a 100k-line file in well under a millisecond
            return false;
    }
    if (text.contains("<<"))
        return false;
    for (const QString &line : doc.lines) {
        if (line.startsWith(u'%') || line.startsWith(u"---") || line.startsWith(u"..."))
            return false;
    }
    return true;
}

int firstIndent(const QStringList &lines, int from, int to)
{
    for (int i = from; i < to; ++i) {
        const int indent = indentOf(lines.at(i));
        if (!isInsignificant(lines.at(i), indent))
            return indent;
    }
    return -1;
}

std::optional<QList<Entry>> blockMapping(const QStringList &lines, int from, int to, int indent)
{
    QList<Entry> entries;
    QSet<QString> keys;
    for (int i = from; i < to; ++i) {
        const QString &line = lines.at(i);
        const int n = indentOf(line);
        if (isInsignificant(line, n))
            continue;
        if (n > indent) {
            if (entries.isEmpty())
                return std::nullopt; // content before the first key
            continue;
        }
        if (n < indent)
            return std::nullopt;
        const QStringView rest = QStringView(line).mid(n);
        if (rest == u"-" || rest.startsWith(u"- ")) {
            // A block sequence written at its key's indentation ("key:\n- a"): still the last entry.
            if (entries.isEmpty() || entries.last().inlineValue)
                return std::nullopt;
            continue;
        }
        qsizetype k = 0;
        while (k < rest.size() && isKeyChar(rest.at(k)))
            ++k;
        if (k == 0 || k >= rest.size() || rest.at(k) != u':')
            return std::nullopt;
        const QStringView after = rest.mid(k + 1);
        if (!after.isEmpty() && after.at(0) != u' ')
            return std::nullopt; // "a:b" is a scalar, not a key
        const QStringView value = after.trimmed();
        Entry entry;
        entry.key = rest.left(k).toString();
        entry.line = i;
        entry.indent = indent;
        entry.inlineValue = !value.isEmpty() && !value.startsWith(u'#');
        if (keys.contains(entry.key))
            return std::nullopt;
        keys.insert(entry.key);
        if (!entries.isEmpty())
            entries.last().end = i;
        entries.append(entry);
    }
    if (!entries.isEmpty())
        entries.last().end = to;
    return entries;
}

bool isPlainItem(QStringView text)
{
    if (text.isEmpty() || text.endsWith(u':') || text == u"null" || text == u"Null"
        || text == u"NULL")
        return false;
    const QChar first = text.at(0);
    if (!(isKeyChar(first) || first == u'/') || first == u'-')
        return false;
    for (const QChar c : text) {
        if (!(isKeyChar(c) || c == u'=' || c == u'/' || c == u'+' || c == u':' || c == u'@'))
            return false;
    }
    return true;
}

std::optional<QStringList> plainItems(const QStringList &lines, const Entry &entry)
{
    if (entry.inlineValue)
        return std::nullopt;
    QStringList items;
    int itemIndent = -1;
    for (int i = entry.line + 1; i < entry.end; ++i) {
        const QString &line = lines.at(i);
        const int n = indentOf(line);
        if (isInsignificant(line, n))
            continue;
        if (itemIndent < 0) {
            if (n < entry.indent)
                return std::nullopt;
            itemIndent = n;
        }
        if (n != itemIndent || line.size() < n + 3 || line.at(n) != u'-' || line.at(n + 1) != u' ')
            return std::nullopt;
        const QStringView item = QStringView(line).mid(n + 2);
        if (!isPlainItem(item))
            return std::nullopt;
        items.append(item.toString());
    }
    if (items.isEmpty())
        return std::nullopt;
    return items;
}

bool sameText(const QStringList &a, const Entry &ea, const QStringList &b, const Entry &eb)
{
    if (ea.end - ea.line != eb.end - eb.line)
        return false;
    for (int i = 0; i < ea.end - ea.line; ++i) {
        if (a.at(ea.line + i) != b.at(eb.line + i))
            return false;
    }
    return true;
}

} // namespace Steward::Compose::Sections
