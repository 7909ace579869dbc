// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/runbook/yamlvalue.h"

#include <QString>
#include <QStringList>

namespace Steward::Onboarding {

// What the onboarding files' parsers throw inside themselves (caught at the top, returned as an Error).
struct YamlFail
{
    Error error;
};

// Small readers over a parsed YAML tree for the onboarding files (services.yaml, commands.yaml): each
// failure carries the line and column of the node at fault, as the inventory and runbook parsers do.
namespace Yaml {

using Runbook::YamlValue;

// Parses text into a tree: not valid YAML, a NUL byte, a non-UTF-8 file, more than maxBytes or a too
// large tree are errors with a position when yaml-cpp gives one.
Result<YamlValue> load(const QByteArray &text, qint64 maxBytes);

[[noreturn]] void fail(const YamlValue &node, const QString &message);
[[noreturn]] void failAtKey(const YamlValue &map, qsizetype index, const QString &message);

// The map's keys must be among known, each once; "unknown key" / "key used twice" at the key itself.
void checkKeys(const YamlValue &map, const QStringList &known);
// Fails with message (translated by the caller) unless node is a mapping.
void requireMap(const YamlValue &node, const QString &message);
// A scalar, trimmed; required: not empty.
QString string(const YamlValue &node, const QString &key, bool required = false);
// A map's key: nullptr when absent; a null value counts as absent.
const YamlValue *optional(const YamlValue &map, const QString &key);
// A required string member of map.
QString requiredString(const YamlValue &map, const QString &key);
// A list of scalars; a single scalar is a list of one.
QStringList stringList(const YamlValue &node, const QString &key);
bool boolean(const YamlValue &node, const QString &key);
int integer(const YamlValue &node, const QString &key, int min, int max);
// The top-level "version" (1 when absent); a newer one than supported is an error.
void checkVersion(const YamlValue &root, int supported);

} // namespace Yaml
} // namespace Steward::Onboarding
