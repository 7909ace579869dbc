// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/runbook/yamlvalue.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Steward::Runbook {

// Thrown inside the runbook parser only (caught by parse(), never crosses an event loop).
struct ParseFailure
{
    Error error;
};

// Reads the keys of one YAML mapping (a step, a check, a parameter) with their types, checks templates
// against the variables the runbook knows, and refuses keys nobody read (finish()). Every failure throws
// a ParseFailure with the line and column of the offending key or value.
class Fields
{
public:
    // what: how messages name the mapping ("step “pull”"); known: the variables templates may use.
    Fields(const YamlValue &map, const QString &what, const QStringList &known);

    const QString &what() const { return m_what; }
    const QStringList &known() const { return m_known; }
    const YamlValue &map() const { return m_map; }

    bool has(const QString &key) const { return m_map.value(key) != nullptr; }
    // The raw value (marked as read), or nullptr.
    const YamlValue *raw(const QString &key);
    // A plain string (no templates).
    QString string(const QString &key, bool required = false, const QString &fallback = {});
    // A string that may hold ${...}: checked against known.
    QString templ(const QString &key, bool required = false, const QString &fallback = {});
    // A list of strings (an argument list), each checked as a template. A single string is refused: an
    // argument list is never split on spaces.
    QStringList templList(const QString &key, bool required = false);
    QStringList stringList(const QString &key);
    bool boolean(const QString &key, bool fallback);
    int integer(const QString &key, int min, int max, int fallback);
    qint64 duration(const QString &key, qint64 fallbackMs);
    qint64 size(const QString &key, qint64 fallback);
    QString choice(const QString &key, const QStringList &choices, const QString &fallback);
    // Throws for the first key not read.
    void finish();

    [[noreturn]] void fail(const QString &message, const YamlValue &at) const;
    [[noreturn]] void failKey(const QString &message, const QString &key) const;
    // Checks one template string and throws at its position when a variable is unknown.
    void checkTemplateAt(const QString &text, const YamlValue &at) const;

private:
    const YamlValue &m_map;
    QString m_what;
    QStringList m_known;
    QSet<QString> m_read;
};

} // namespace Steward::Runbook
