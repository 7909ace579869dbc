// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/fields.h"

#include "core/runbook/runbook.h"
#include "core/tr.h"

using namespace Qt::StringLiterals;

namespace Steward::Runbook {

Fields::Fields(const YamlValue &map, const QString &what, const QStringList &known)
    : m_map(map)
    , m_what(what)
    , m_known(known)
{
    if (!map.isMap())
        fail(Core::Tr::tr("%1 must be a mapping of keys to values").arg(what), map);
    QSet<QString> seen;
    for (qsizetype i = 0; i < map.entries.size(); ++i) {
        const QString &key = map.entries.at(i).first;
        if (seen.contains(key)) {
            const auto pos = map.keyPositions.at(i);
            throw ParseFailure{Error{Core::Tr::tr("%1: “%2” is given twice").arg(what, key),
                                     pos.first,
                                     pos.second}};
        }
        seen.insert(key);
    }
}

void Fields::fail(const QString &message, const YamlValue &at) const
{
    throw ParseFailure{at.error(message)};
}

void Fields::failKey(const QString &message, const QString &key) const
{
    for (qsizetype i = 0; i < m_map.entries.size(); ++i) {
        if (m_map.entries.at(i).first == key) {
            const auto pos = m_map.keyPositions.at(i);
            throw ParseFailure{Error{message, pos.first, pos.second}};
        }
    }
    throw ParseFailure{m_map.error(message)};
}

void Fields::checkTemplateAt(const QString &text, const YamlValue &at) const
{
    const TemplateCheck check = checkTemplate(text, m_known);
    if (check.offset < 0)
        return;
    throw ParseFailure{
        at.error(Core::Tr::tr("%1: unknown variable “${%2}”").arg(m_what, check.unknown))};
}

const YamlValue *Fields::raw(const QString &key)
{
    m_read.insert(key);
    return m_map.value(key);
}

QString Fields::string(const QString &key, bool required, const QString &fallback)
{
    const YamlValue *v = raw(key);
    if (!v || v->isNull()) {
        if (required)
            fail(Core::Tr::tr("%1 has no “%2”").arg(m_what, key), m_map);
        return fallback;
    }
    if (!v->isScalar())
        fail(Core::Tr::tr("%1: “%2” must be a single value").arg(m_what, key), *v);
    return v->scalar;
}

QString Fields::templ(const QString &key, bool required, const QString &fallback)
{
    const QString text = string(key, required, fallback);
    if (const YamlValue *v = m_map.value(key); v && v->isScalar())
        checkTemplateAt(text, *v);
    return text;
}

QStringList Fields::templList(const QString &key, bool required)
{
    const YamlValue *v = raw(key);
    if (!v || v->isNull()) {
        if (required)
            fail(Core::Tr::tr("%1 has no “%2”").arg(m_what, key), m_map);
        return {};
    }
    if (!v->isList())
        fail(Core::Tr::tr("%1: “%2” must be a list of arguments, such as [docker, compose, pull]")
                 .arg(m_what, key),
             *v);
    QStringList result;
    for (const YamlValue &item : v->items) {
        if (!item.isScalar())
            fail(Core::Tr::tr("%1: each item of “%2” must be a single value").arg(m_what, key),
                 item);
        checkTemplateAt(item.scalar, item);
        result.append(item.scalar);
    }
    if (required && result.isEmpty())
        fail(Core::Tr::tr("%1: “%2” is empty").arg(m_what, key), *v);
    return result;
}

QStringList Fields::stringList(const QString &key)
{
    const YamlValue *v = raw(key);
    if (!v || v->isNull())
        return {};
    if (!v->isList())
        fail(Core::Tr::tr("%1: “%2” must be a list").arg(m_what, key), *v);
    QStringList result;
    for (const YamlValue &item : v->items) {
        if (!item.isScalar())
            fail(Core::Tr::tr("%1: each item of “%2” must be a single value").arg(m_what, key),
                 item);
        result.append(item.scalar);
    }
    return result;
}

bool Fields::boolean(const QString &key, bool fallback)
{
    const YamlValue *v = raw(key);
    if (!v || v->isNull())
        return fallback;
    const QString s = v->isScalar() ? v->scalar.trimmed().toLower() : QString();
    if (s == u"true" || s == u"yes" || s == u"on")
        return true;
    if (s == u"false" || s == u"no" || s == u"off")
        return false;
    fail(Core::Tr::tr("%1: “%2” must be true or false").arg(m_what, key), *v);
}

int Fields::integer(const QString &key, int min, int max, int fallback)
{
    const YamlValue *v = raw(key);
    if (!v || v->isNull())
        return fallback;
    bool ok = false;
    const int value = v->isScalar() ? v->scalar.trimmed().toInt(&ok) : 0;
    if (!ok || value < min || value > max)
        fail(Core::Tr::tr("%1: “%2” must be a number from %3 to %4")
                 .arg(m_what, key)
                 .arg(min)
                 .arg(max),
             *v);
    return value;
}

qint64 Fields::duration(const QString &key, qint64 fallbackMs)
{
    const YamlValue *v = raw(key);
    if (!v || v->isNull())
        return fallbackMs;
    const auto ms = v->isScalar() ? parseDuration(v->scalar) : Result<qint64>(Error{});
    if (!ms.ok())
        fail(Core::Tr::tr("%1: “%2” must be a duration such as 90s, 5m or 1h30m").arg(m_what, key),
             *v);
    return ms.value();
}

qint64 Fields::size(const QString &key, qint64 fallback)
{
    const YamlValue *v = raw(key);
    if (!v || v->isNull())
        return fallback;
    const auto bytes = v->isScalar() ? parseSize(v->scalar) : Result<qint64>(Error{});
    if (!bytes.ok())
        fail(Core::Tr::tr("%1: “%2” must be a size such as 512M or 10G").arg(m_what, key), *v);
    return bytes.value();
}

QString Fields::choice(const QString &key, const QStringList &choices, const QString &fallback)
{
    const YamlValue *v = raw(key);
    if (!v || v->isNull())
        return fallback;
    if (!v->isScalar() || !choices.contains(v->scalar.trimmed()))
        fail(Core::Tr::tr("%1: “%2” must be one of: %3").arg(m_what, key, choices.join(u", "_s)),
             *v);
    return v->scalar.trimmed();
}

void Fields::finish()
{
    for (qsizetype i = 0; i < m_map.entries.size(); ++i) {
        const QString &key = m_map.entries.at(i).first;
        if (!m_read.contains(key)) {
            const auto pos = m_map.keyPositions.at(i);
            throw ParseFailure{
                Error{Core::Tr::tr("%1: unknown key “%2”").arg(m_what, key), pos.first, pos.second}};
        }
    }
}

} // namespace Steward::Runbook
