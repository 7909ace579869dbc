// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace Steward::Logs {

// The literal text every match of a regular expression contains (UTF-8), as ripgrep finds it before it runs
// the expression: the longest run of plain characters in the pattern's top-level sequence (none when the
// pattern has a top-level alternative, or starts with option settings other than (?i)). caseInsensitive:
// the pattern is matched without case (then letters whose case partners are not ASCII, k and s, end a run,
// so that the literal search, which folds ASCII only, cannot miss a match). *inlineCaseless is set when the
// pattern starts with (?i).
QByteArray requiredLiteral(const QString &pattern,
                           bool caseInsensitive,
                           bool *inlineCaseless = nullptr);

// A search or filter pattern: plain text or a QRegularExpression, matched against log lines (UTF-8 bytes).
// Case: Smart is journalctl --grep's and ripgrep's rule: without case unless the pattern has an uppercase
// letter. A regular expression with a required literal runs only on the lines that contain the literal
// (found with memmem, or a case-folding Horspool search); without one it runs over a whole block of lines
// at once. Immutable once made: one matcher may be used from several threads.
class TextMatcher
{
public:
    enum class Syntax { Text, RegularExpression };
    enum class Case { Smart, Sensitive, Insensitive };

    // An error for a bad expression: QRegularExpression's message and the column.
    static Result<std::shared_ptr<const TextMatcher>> create(const QString &pattern,
                                                             Syntax syntax,
                                                             Case caseMode = Case::Smart);

    QString pattern() const { return m_pattern; }
    Syntax syntax() const { return m_syntax; }
    bool caseSensitive() const { return m_caseSensitive; }
    // The literal searched first (empty: the expression runs on every line).
    QByteArray literal() const { return m_literal; }

    bool matches(QByteArrayView line) const;
    // A run of lines: text holds them one after the other, each followed by '\n'; starts[i] is where line i
    // begins (lines entries). Appends the indices of the matching lines to hits, in order.
    void scan(QByteArrayView text, const quint32 *starts, int lines, std::vector<int> &hits) const;
    // Where it matches in a line as shown (for highlighting): (start, length) in UTF-16 units.
    QList<std::pair<int, int>> spans(const QString &shown) const;

private:
    TextMatcher() = default;
    bool literalIn(QByteArrayView text) const;
    qsizetype findLiteral(const char *from, const char *to) const; // offset from `from`, -1: none
    bool regexMatches(QByteArrayView line) const;

    QString m_pattern;
    Syntax m_syntax = Syntax::Text;
    bool m_caseSensitive = true;
    bool m_needsRegex
        = false; // text with non-ASCII letters and no case: matched by an escaped expression
    QByteArray m_literal;       // folded to lower case when !m_caseSensitive
    std::vector<quint8> m_skip; // Horspool's table for the case-folding search
    QRegularExpression m_regex;
};

} // namespace Steward::Logs
