// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logs/textmatcher.h"

#include "core/tr.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Steward::Logs {

namespace {

inline quint8 fold(quint8 c)
{
    return (c >= 'A' && c <= 'Z') ? quint8(c + 32) : c;
}

// Skips a character class starting at p[i] == '['; returns the index after its ']' (or -1).
qsizetype skipClass(const QString &p, qsizetype i)
{
    ++i;
    if (i < p.size() && p[i] == u'^')
        ++i;
    if (i < p.size() && p[i] == u']')
        ++i;
    while (i < p.size()) {
        if (p[i] == u'\\') {
            i += 2;
        } else if (p[i] == u'[' && i + 1 < p.size() && p[i + 1] == u':') {
            const qsizetype end = p.indexOf(u":]"_s, i + 2);
            if (end < 0)
                return -1;
            i = end + 2;
        } else if (p[i] == u']') {
            return i + 1;
        } else {
            ++i;
        }
    }
    return -1;
}

// Skips a group starting at p[i] == '('; returns the index after its ')' (or -1).
qsizetype skipGroup(const QString &p, qsizetype i)
{
    int depth = 0;
    while (i < p.size()) {
        const QChar c = p[i];
        if (c == u'\\') {
            if (i + 1 < p.size() && p[i + 1] == u'Q') {
                const qsizetype end = p.indexOf(u"\\E"_s, i + 2);
                i = end < 0 ? p.size() : end + 2;
            } else {
                i += 2;
            }
        } else if (c == u'[') {
            i = skipClass(p, i);
            if (i < 0)
                return -1;
        } else if (c == u'(') {
            ++depth;
            ++i;
        } else if (c == u')') {
            --depth;
            ++i;
            if (depth == 0)
                return i;
        } else {
            ++i;
        }
    }
    return -1;
}

// A quantifier at p[i]: its length (0: none); *minZero: it allows zero repetitions.
qsizetype quantifier(const QString &p, qsizetype i, bool *minZero)
{
    if (i >= p.size())
        return 0;
    qsizetype len = 0;
    const QChar c = p[i];
    if (c == u'*' || c == u'?') {
        *minZero = true;
        len = 1;
    } else if (c == u'+') {
        *minZero = false;
        len = 1;
    } else if (c == u'{') {
        // {n}, {n,}, {n,m} (else '{' is a literal character in PCRE2 10.42).
        qsizetype j = i + 1;
        qsizetype digitsStart = j;
        while (j < p.size() && p[j].isDigit())
            ++j;
        if (j == digitsStart)
            return 0;
        const int n = p.mid(digitsStart, j - digitsStart).toInt();
        if (j < p.size() && p[j] == u',') {
            ++j;
            while (j < p.size() && p[j].isDigit())
                ++j;
        }
        if (j >= p.size() || p[j] != u'}')
            return 0;
        *minZero = n == 0;
        len = j + 1 - i;
    } else {
        return 0;
    }
    // Lazy or possessive.
    if (i + len < p.size() && (p[i + len] == u'?' || p[i + len] == u'+'))
        ++len;
    return len;
}

bool hasTopLevelAlternative(const QString &p)
{
    qsizetype i = 0;
    while (i < p.size()) {
        const QChar c = p[i];
        if (c == u'\\') {
            if (i + 1 < p.size() && p[i + 1] == u'Q') {
                const qsizetype end = p.indexOf(u"\\E"_s, i + 2);
                i = end < 0 ? p.size() : end + 2;
            } else {
                i += 2;
            }
        } else if (c == u'[') {
            i = skipClass(p, i);
            if (i < 0)
                return true; // malformed: no literal
        } else if (c == u'(') {
            i = skipGroup(p, i);
            if (i < 0)
                return true;
        } else if (c == u'|') {
            return true;
        } else {
            ++i;
        }
    }
    return false;
}

} // namespace

QByteArray requiredLiteral(const QString &pattern, bool caseInsensitive, bool *inlineCaseless)
{
    if (inlineCaseless)
        *inlineCaseless = false;
    QString p = pattern;
    if (p.startsWith(u"(?i)"_s)) {
        p = p.mid(4);
        caseInsensitive = true;
        if (inlineCaseless)
            *inlineCaseless = true;
    }
    if (hasTopLevelAlternative(p))
        return {};
    QList<QString> runs;
    QString cur;
    auto finish = [&] {
        if (!cur.isEmpty())
            runs.append(cur);
        cur.clear();
    };
    qsizetype i = 0;
    while (i < p.size()) {
        const QChar c = p[i];
        if (c == u'\\') {
            if (i + 1 >= p.size())
                return {};
            const QChar n = p[i + 1];
            if (n == u'Q') {
                // \Q...\E: literal text.
                const qsizetype end = p.indexOf(u"\\E"_s, i + 2);
                const QString lit = p.mid(i + 2, end < 0 ? -1 : end - i - 2);
                i = end < 0 ? p.size() : end + 2;
                bool minZero = false;
                const qsizetype q = quantifier(p, i, &minZero);
                QString keep = lit;
                if (q) {
                    // The quantifier applies to the last character only.
                    keep.chop(1);
                    if (!minZero && !lit.isEmpty())
                        keep = lit; // at least once: every character is there
                    i += q;
                }
                for (const QChar k : keep) {
                    if (caseInsensitive
                        && (k.unicode() > 127 || k == u'k' || k == u'K' || k == u's' || k == u'S')) {
                        finish();
                        continue;
                    }
                    cur.append(k);
                }
                if (q)
                    finish();
                continue;
            }
            if (n.unicode() >= 128 && !n.isSurrogate()) {
                // In UTF mode PCRE2 reads a backslash before a character beyond ASCII as that character
                // (QRegularExpression::escape writes them so): a literal character, which ends a run when
                // matching without case (its case partners are not ASCII).
                bool minZero = false;
                const qsizetype q = quantifier(p, i + 2, &minZero);
                if (caseInsensitive) {
                    finish();
                } else {
                    if (!q || !minZero)
                        cur.append(n);
                    if (q)
                        finish();
                }
                i += 2 + q;
                continue;
            }
            if (n.unicode() < 128 && !n.isLetterOrNumber()) {
                // An escaped punctuation character: itself.
                bool minZero = false;
                const qsizetype q = quantifier(p, i + 2, &minZero);
                if (q) {
                    if (!minZero)
                        cur.append(n);
                    finish();
                    i += 2 + q;
                } else {
                    cur.append(n);
                    i += 2;
                }
                continue;
            }
            // A class (\d \w \s), an assertion (\b \A \z), or something with arguments (\x{..} \p{..}
            // \k<..> \g1 \1 ...): not a literal, and not parsed further.
            if (QStringLiteral("dDwWsSbBAzZGhHvVRXKN").contains(n)) {
                finish();
                i += 2;
                bool minZero = false;
                i += quantifier(p, i, &minZero);
                continue;
            }
            finish();
            break; // stop here: what came before is required, what follows is not parsed
        }
        if (c == u'[') {
            finish();
            i = skipClass(p, i);
            if (i < 0)
                return {};
            bool minZero = false;
            i += quantifier(p, i, &minZero);
            continue;
        }
        if (c == u'(') {
            if (i + 2 < p.size() && p[i + 1] == u'?') {
                // An option setting like (?x) or (?-i) changes how the rest reads: stop there. A scoped
                // one, (?i:...), is a group like any other.
                qsizetype k = i + 2;
                while (k < p.size()
                       && ((p[k].isLetter() && p[k] != u'P') || p[k] == u'-' || p[k] == u'^'))
                    ++k;
                if (k > i + 2 && k < p.size() && p[k] == u')')
                    break;
            }
            finish();
            i = skipGroup(p, i);
            if (i < 0)
                return {};
            bool minZero = false;
            i += quantifier(p, i, &minZero);
            continue;
        }
        if (c == u'.' || c == u'^' || c == u'$') {
            finish();
            ++i;
            bool minZero = false;
            i += quantifier(p, i, &minZero);
            continue;
        }
        if (c == u')')
            return {};
        // A quantifier right after a plain character applies to that character.
        bool minZero = false;
        const qsizetype q = quantifier(p, i + 1, &minZero);
        const bool breaks = caseInsensitive
                            && (c.unicode() > 127 || c == u'k' || c == u'K' || c == u's'
                                || c == u'S');
        if (c.isHighSurrogate() && i + 1 < p.size()) {
            if (caseInsensitive) {
                finish();
            } else {
                cur.append(c);
                cur.append(p[i + 1]);
            }
            i += 2;
            continue;
        }
        if (breaks) {
            finish();
            i += 1 + q;
            continue;
        }
        if (q) {
            if (!minZero)
                cur.append(c);
            finish();
            i += 1 + q;
            continue;
        }
        cur.append(c);
        ++i;
    }
    finish();
    QByteArray best;
    for (const QString &r : runs) {
        const QByteArray u = r.toUtf8();
        if (u.size() > best.size())
            best = u;
    }
    return best;
}

Result<std::shared_ptr<const TextMatcher>> TextMatcher::create(const QString &pattern,
                                                               Syntax syntax,
                                                               Case caseMode)
{
    std::shared_ptr<TextMatcher> m(new TextMatcher);
    m->m_pattern = pattern;
    m->m_syntax = syntax;
    if (pattern.isEmpty())
        return Error{Core::Tr::tr("The pattern is empty.")};
    switch (caseMode) {
    case Case::Sensitive:
        m->m_caseSensitive = true;
        break;
    case Case::Insensitive:
        m->m_caseSensitive = false;
        break;
    case Case::Smart:
        m->m_caseSensitive = std::any_of(pattern.begin(), pattern.end(), [](QChar c) {
            return c.isUpper();
        });
        break;
    }
    QRegularExpression::PatternOptions options = QRegularExpression::MultilineOption;
    if (!m->m_caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    if (syntax == Syntax::Text) {
        const QByteArray utf8 = pattern.toUtf8();
        const bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) {
            return quint8(c) < 128;
        });
        if (m->m_caseSensitive || ascii) {
            m->m_literal = m->m_caseSensitive ? utf8 : utf8.toLower();
        } else {
            // Letters beyond ASCII without case: PCRE2's case folding does it right.
            m->m_needsRegex = true;
            m->m_regex = QRegularExpression(QRegularExpression::escape(pattern), options);
            // The literal is searched by the ASCII-folding search, which wants it in lower case (the
            // pattern may have upper case letters with Case::Insensitive); requiredLiteral reads the
            // escaped letters beyond ASCII as characters that end a run.
            m->m_literal = requiredLiteral(QRegularExpression::escape(pattern), true).toLower();
        }
    } else {
        m->m_needsRegex = true;
        m->m_regex = QRegularExpression(pattern, options);
        if (!m->m_regex.isValid()) {
            Error e{Core::Tr::tr("Bad regular expression: %1 (at character %2).")
                        .arg(m->m_regex.errorString())
                        .arg(m->m_regex.patternErrorOffset() + 1)};
            e.column = int(m->m_regex.patternErrorOffset()) + 1;
            return e;
        }
        bool inlineCaseless = false;
        m->m_literal = requiredLiteral(pattern, !m->m_caseSensitive, &inlineCaseless);
        if (inlineCaseless && m->m_caseSensitive) {
            // (?i) makes the whole pattern caseless: the literal is searched without case too.
            m->m_caseSensitive = false;
            m->m_literal = requiredLiteral(pattern, true);
        }
        if (!m->m_caseSensitive)
            m->m_literal = m->m_literal.toLower();
    }
    if (m->m_needsRegex)
        m->m_regex.optimize();
    if (!m->m_caseSensitive && !m->m_literal.isEmpty()) {
        const qsizetype n = m->m_literal.size();
        m->m_skip.assign(256, quint8(std::min<qsizetype>(n, 255)));
        for (qsizetype i = 0; i + 1 < n; ++i) {
            const quint8 c = quint8(m->m_literal[i]);
            const quint8 s = quint8(std::min<qsizetype>(n - 1 - i, 255));
            m->m_skip[c] = s;
            if (c >= 'a' && c <= 'z')
                m->m_skip[c - 32] = s;
        }
    }
    return std::shared_ptr<const TextMatcher>(std::move(m));
}

qsizetype TextMatcher::findLiteral(const char *from, const char *to) const
{
    const qsizetype n = m_literal.size();
    const qsizetype len = to - from;
    if (n == 0)
        return 0;
    if (len < n)
        return -1;
    if (m_caseSensitive) {
        const void *hit = memmem(from, size_t(len), m_literal.constData(), size_t(n));
        return hit ? static_cast<const char *>(hit) - from : -1;
    }
    // Horspool over ASCII-folded bytes.
    const quint8 *t = reinterpret_cast<const quint8 *>(from);
    const quint8 *needle = reinterpret_cast<const quint8 *>(m_literal.constData());
    const quint8 last = needle[n - 1];
    qsizetype pos = 0;
    while (pos + n <= len) {
        const quint8 c = t[pos + n - 1];
        if (fold(c) == last) {
            qsizetype k = n - 2;
            while (k >= 0 && fold(t[pos + k]) == needle[k])
                --k;
            if (k < 0)
                return pos;
        }
        pos += m_skip[c];
    }
    return -1;
}

bool TextMatcher::literalIn(QByteArrayView text) const
{
    return findLiteral(text.data(), text.data() + text.size()) >= 0;
}

bool TextMatcher::regexMatches(QByteArrayView line) const
{
    return m_regex.match(QString::fromUtf8(line)).hasMatch();
}

bool TextMatcher::matches(QByteArrayView line) const
{
    if (!m_literal.isEmpty() && !literalIn(line))
        return false;
    return m_needsRegex ? regexMatches(line) : true;
}

void TextMatcher::scan(QByteArrayView text,
                       const quint32 *starts,
                       int lines,
                       std::vector<int> &hits) const
{
    if (lines <= 0)
        return;
    const char *base = text.data();
    const char *end = base + text.size();
    if (!m_literal.isEmpty()) {
        // The literal first, over the whole run; then the expression on that line alone.
        const char *from = base;
        while (from < end) {
            const qsizetype at = findLiteral(from, end);
            if (at < 0)
                break;
            const quint32 offset = quint32(from + at - base);
            const int line = int(std::upper_bound(starts, starts + lines, offset) - starts) - 1;
            const quint32 lineEnd = line + 1 < lines ? starts[line + 1] - 1
                                                     : quint32(text.size() - 1);
            // A literal found across a '\n' is not in one line: look again from the next line.
            const bool inside = offset + quint32(m_literal.size()) <= lineEnd;
            if (inside
                && (!m_needsRegex
                    || regexMatches(QByteArrayView(base + starts[line], lineEnd - starts[line]))))
                hits.push_back(line);
            if (inside || offset + 1 > lineEnd) {
                if (line + 1 >= lines)
                    break;
                from = base + starts[line + 1];
            } else {
                from = base + offset + 1;
            }
        }
        return;
    }
    // No literal: the expression over the whole run (converted once), line by line as it matches.
    const QString subject = QString::fromUtf8(text);
    std::vector<qsizetype> u16starts;
    u16starts.reserve(size_t(lines) + 1);
    u16starts.push_back(0);
    const QChar *s = subject.constData();
    for (qsizetype i = 0; i < subject.size(); ++i) {
        if (s[i] == u'\n')
            u16starts.push_back(i + 1);
    }
    qsizetype pos = 0;
    const qsizetype lineCount = qsizetype(u16starts.size()) - 1; // the text ends with '\n'
    while (pos < subject.size()) {
        const QRegularExpressionMatch m = m_regex.match(subject, pos);
        if (!m.hasMatch())
            break;
        const qsizetype start = m.capturedStart();
        qsizetype line = qsizetype(std::upper_bound(u16starts.begin(), u16starts.end(), start)
                                   - u16starts.begin())
                         - 1;
        if (line >= lineCount) // an empty match at the very end
            break;
        const qsizetype lineEnd = u16starts[size_t(line) + 1] - 1;
        bool hit = true;
        if (m.capturedEnd() > lineEnd) {
            // Matched across lines (\s or a class took the '\n'): does the line match alone?
            hit = m_regex
                      .matchView(QStringView(subject).sliced(u16starts[size_t(line)],
                                                             lineEnd - u16starts[size_t(line)]))
                      .hasMatch();
        }
        if (hit && line < lines)
            hits.push_back(int(line));
        pos = u16starts[size_t(line) + 1];
    }
}

QList<std::pair<int, int>> TextMatcher::spans(const QString &shown) const
{
    QList<std::pair<int, int>> out;
    if (!m_needsRegex) {
        const QString needle = m_pattern;
        const Qt::CaseSensitivity cs = m_caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
        qsizetype from = 0;
        while ((from = shown.indexOf(needle, from, cs)) >= 0) {
            out.append({int(from), int(needle.size())});
            from += std::max<qsizetype>(1, needle.size());
        }
        return out;
    }
    auto it = m_regex.globalMatch(shown);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() > 0)
            out.append({int(m.capturedStart()), int(m.capturedLength())});
        if (out.size() > 1000)
            break;
    }
    return out;
}

} // namespace Steward::Logs
