// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Steward::Runbook {

// A YAML document as a small tree with the position of every node, so that the runbook's step types and
// checks read their keys without depending on yaml-cpp, and every error can name its line and column.
struct YamlValue
{
    enum class Kind { Null, Scalar, List, Map };

    Kind kind = Kind::Null;
    QString scalar;                           // Scalar
    QList<YamlValue> items;                   // List
    QList<QPair<QString, YamlValue>> entries; // Map, in document order
    QList<QPair<int, int>> keyPositions;      // Map: line, column of each key (1-based)
    int line = 0;                             // 1-based; 0: unknown
    int column = 0;

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isList() const { return kind == Kind::List; }
    bool isMap() const { return kind == Kind::Map; }
    // Map: the value of key, or nullptr.
    const YamlValue *value(const QString &key) const;

    Error error(const QString &message) const { return Error{message, line, column}; }

    // Reads YAML text (one document). Anchors and aliases are expanded; a document with more than
    // maxNodes nodes is refused (a runbook is small; an alias bomb is not).
    static Result<YamlValue> parse(const QByteArray &text, int maxNodes = 20000);
};

} // namespace Steward::Runbook
