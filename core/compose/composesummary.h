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

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
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

    friend bool operator==(const ServiceChange &, const ServiceChange &) = default;
};
QString serviceChangeKindKey(ServiceChange::Kind kind); // "added", "removed", "modified"

// The semantic difference of two docker-compose.yml files, parsed with yaml-cpp.
struct Summary
{
    QList<ServiceChange> services;
    QList<FieldChange> topLevel; // networks, volumes, version, ... outside services

    bool isEmpty() const { return services.isEmpty() && topLevel.isEmpty(); }
    friend bool operator==(const Summary &, const Summary &) = default;
    // Plain text for the terminal, one line per change.
    QString toText() const;
};

// Checks that a document is a usable docker-compose.yml: not empty, no tab in indentation, valid YAML
// (the error carries line and column), a mapping at the top with a "services" mapping.
Result<bool> validateCompose(const Document &doc);

// How summarize reads the two files. Sections (the default): the block structure is taken from the
// lines, entries whose text is the same in both files are not parsed, a changed entry is parsed alone
// with yaml-cpp and a long block list of plain one-line items is read from its lines; whenever the
// files are not plainly block-style (anchors, aliases, tags, merge keys, flow mappings, quoted keys...)
// or an entry does not parse alone, the whole files are read instead. Whole: both files entirely with
// yaml-cpp, the reference the sectioned reading is tested against. Both give the same summary; only
// Whole reports YAML errors in text the two files share.
enum class SummaryReading { Sections, Whole };

Result<Summary> summarize(const Document &oldDoc,
                          const Document &newDoc,
                          SummaryReading reading = SummaryReading::Sections);

} // namespace Steward::Compose
