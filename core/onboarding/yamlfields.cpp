// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/onboarding/yamlfields.h"

#include "core/tr.h"

#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Steward::Onboarding::Yaml {

Result<YamlValue> load(const QByteArray &text, qint64 maxBytes)
{
    if (text.size() > maxBytes)
        return Error{Core::Tr::tr("the file is larger than %1 KiB").arg(maxBytes >> 10)};
    if (text.contains('\0'))
        return Error{Core::Tr::tr("the file contains binary data, not text")};
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(text);
    if (decoder.hasError())
        return Error{Core::Tr::tr("the file is not valid UTF-8 text")};
    auto parsed = YamlValue::parse(text);
    if (!parsed) {
        Error e = parsed.error();
        e.message = Core::Tr::tr("not valid YAML: %1").arg(e.message);
        return e;
    }
    return parsed;
}

void fail(const YamlValue &node, const QString &message)
{
    throw YamlFail{node.error(message)};
}

void failAtKey(const YamlValue &map, qsizetype index, const QString &message)
{
    const auto position = map.keyPositions.value(index);
    throw YamlFail{Error{message, position.first, position.second}};
}

void checkKeys(const YamlValue &map, const QStringList &known)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < map.entries.size(); ++i) {
        const QString &key = map.entries.at(i).first;
        if (!known.contains(key))
            failAtKey(map,
                      i,
                      Core::Tr::tr("unknown key “%1” (known: %2)").arg(key, known.join(u", "_s)));
        if (seen.contains(key))
            failAtKey(map, i, Core::Tr::tr("the key “%1” is given twice").arg(key));
        seen.insert(key);
    }
}

void requireMap(const YamlValue &node, const QString &message)
{
    if (!node.isMap())
        fail(node, message);
}

QString string(const YamlValue &node, const QString &key, bool required)
{
    if (!node.isScalar() && !(node.isNull() && !required))
        fail(node, Core::Tr::tr("“%1” must be a single value, not a list or a mapping").arg(key));
    const QString value = node.scalar.trimmed();
    if (required && value.isEmpty())
        fail(node, Core::Tr::tr("“%1” must not be empty").arg(key));
    return value;
}

const YamlValue *optional(const YamlValue &map, const QString &key)
{
    const YamlValue *value = map.value(key);
    return value && !value->isNull() ? value : nullptr;
}

QString requiredString(const YamlValue &map, const QString &key)
{
    const YamlValue *value = map.value(key);
    if (!value)
        fail(map, Core::Tr::tr("“%1” is missing").arg(key));
    return string(*value, key, true);
}

QStringList stringList(const YamlValue &node, const QString &key)
{
    if (node.isNull())
        return {};
    if (node.isScalar())
        return {string(node, key, true)};
    if (!node.isList())
        fail(node, Core::Tr::tr("“%1” must be a list of values").arg(key));
    QStringList values;
    for (const YamlValue &item : node.items)
        values.append(string(item, key, true));
    return values;
}

bool boolean(const YamlValue &node, const QString &key)
{
    const QString value = node.isScalar() ? node.scalar.trimmed().toLower() : QString();
    if (value == u"true" || value == u"yes")
        return true;
    if (value == u"false" || value == u"no")
        return false;
    fail(node, Core::Tr::tr("“%1” must be true or false").arg(key));
}

int integer(const YamlValue &node, const QString &key, int min, int max)
{
    bool ok = false;
    const int value = node.isScalar() ? node.scalar.trimmed().toInt(&ok) : 0;
    if (!ok || value < min || value > max)
        fail(node, Core::Tr::tr("“%1” must be a number from %2 to %3").arg(key).arg(min).arg(max));
    return value;
}

void checkVersion(const YamlValue &root, int supported)
{
    const YamlValue *version = root.value(u"version"_s);
    if (!version)
        return;
    const int v = integer(*version, u"version"_s, 1, 1000);
    if (v > supported)
        fail(*version,
             Core::Tr::tr("the file is format version %1; this Steward reads up to version %2")
                 .arg(v)
                 .arg(supported));
}

} // namespace Steward::Onboarding::Yaml
