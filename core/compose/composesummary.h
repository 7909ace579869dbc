// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compose/composediff.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Steward::Compose {

// One changed setting of a service (or a top-level section) between two docker-compose.yml files.
struct FieldChange
{
    QString field;     // the YAML key: "image", "environment", "ports", ...
    QString before;    // compact YAML of the old value; empty when the key was absent
    QString after;     // compact YAML of the new value; empty when the key was removed
    QStringList added; // for lists and maps (environment, volumes, ports, networks, depends_on)
    QStringList removed;
    QString description; // one line for people, e.g. "tag v4.1.9 → v4.2.0"
    int oldLine = 0;     // 1-based line of the key in the old file; 0 when absent
    int newLine = 0;
};

// What changed in one service.
struct ServiceChange
{
    enum class Kind { Added, Removed, Modified };
    QString name;
    Kind kind = Kind::Modified;
    QList<FieldChange> fields;
    int oldLine = 0;
    int newLine = 0;
};
QString serviceChangeKindKey(ServiceChange::Kind kind); // "added", "removed", "modified"

// The semantic difference of two docker-compose.yml files, parsed with yaml-cpp.
struct Summary
{
    QList<ServiceChange> services;
    QList<FieldChange> topLevel; // networks, volumes, version, ... outside services

    bool isEmpty() const { return services.isEmpty() && topLevel.isEmpty(); }
    // Plain text for the terminal, one line per change.
    QString toText() const;
};

// Checks that a document is a usable docker-compose.yml: not empty, no tab in indentation, valid YAML
// (the error carries line and column), a mapping at the top with a "services" mapping.
Result<bool> validateCompose(const Document &doc);

Result<Summary> summarize(const Document &oldDoc, const Document &newDoc);

} // namespace Steward::Compose
