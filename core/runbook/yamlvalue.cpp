// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/yamlvalue.h"

#include "core/tr.h"

#include <yaml-cpp/yaml.h>

namespace Steward::Runbook {
namespace {

struct TooLarge
{};

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

void setMark(YamlValue &value, const YAML::Mark &mark)
{
    value.line = mark.line >= 0 ? mark.line + 1 : 0;
    value.column = mark.column >= 0 ? mark.column + 1 : 0;
}

YamlValue convert(const YAML::Node &node, int &budget, int depth)
{
    if (--budget < 0 || depth > 64)
        throw TooLarge{};
    YamlValue value;
    setMark(value, node.Mark());
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        value.kind = YamlValue::Kind::Null;
        break;
    case YAML::NodeType::Scalar:
        value.kind = YamlValue::Kind::Scalar;
        value.scalar = fromStd(node.Scalar());
        break;
    case YAML::NodeType::Sequence:
        value.kind = YamlValue::Kind::List;
        for (const auto &item : node)
            value.items.append(convert(item, budget, depth + 1));
        break;
    case YAML::NodeType::Map:
        value.kind = YamlValue::Kind::Map;
        for (const auto &entry : node) {
            YamlValue key = convert(entry.first, budget, depth + 1);
            value.entries.append({key.scalar, convert(entry.second, budget, depth + 1)});
            value.keyPositions.append({key.line, key.column});
        }
        break;
    }
    return value;
}

} // namespace

const YamlValue *YamlValue::value(const QString &key) const
{
    for (const auto &entry : entries) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

Result<YamlValue> YamlValue::parse(const QByteArray &text, int maxNodes)
{
    if (text.contains('\0'))
        return Error{Core::Tr::tr("the file is not text (it contains a NUL byte)")};
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        int budget = maxNodes;
        return convert(root, budget, 0);
    } catch (const YAML::Exception &e) {
        return Error{fromStd(e.msg),
                     e.mark.line >= 0 ? e.mark.line + 1 : 0,
                     e.mark.column >= 0 ? e.mark.column + 1 : 0};
    } catch (const TooLarge &) {
        return Error{Core::Tr::tr("the document is too large or too deep for a runbook")};
    }
}

} // namespace Steward::Runbook
