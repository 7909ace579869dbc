// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compose/composediff.h"

#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

// The structure of a block-style docker-compose.yml read from its lines alone (indentation and plain
// keys), so that the summary parses with yaml-cpp only the entries whose text differs between two
// files, and reads long lists of plain one-line items without it (see summarize and docs/compose.md).
// Anything these functions do not recognise for sure makes them give up (nullopt): the caller then
// parses the whole file with yaml-cpp.
namespace Steward::Compose::Sections {

// One entry of a block mapping as written: "key:" at `indent` and the lines under it.
struct Entry
{
    QString key;
    int line = 0; // 0-based line of the key
    int end = 0;  // one past its last line (the blank and comment lines after it included)
    int indent = 0;
    bool inlineValue = false; // "key: value" (or "key: |", "key: [") on the key line

    friend bool operator==(const Entry &, const Entry &) = default;
};

// Whether a document may be read by sections: no anchor, alias or tag character (&, *, !) and no merge
// key anywhere, no tab, no directive or document marker line (%, ---, ...), not empty.
bool readableBySections(const Document &doc);

// The entries of the block mapping made of lines [from, to), whose keys are at `indent`: nullopt when
// those lines are not surely such a mapping of plain keys (letters, digits, "_", "-", "."): a quoted or
// complex key, content before the first key, a line less indented, a duplicate key.
std::optional<QList<Entry>> blockMapping(const QStringList &lines, int from, int to, int indent);

// The indentation of the first line of [from, to) that is neither blank nor a comment, or -1.
int firstIndent(const QStringList &lines, int from, int to);

// An item yaml-cpp reads from "- ITEM" as exactly that text and writes back unquoted in a flow
// sequence: ASCII letters, digits and _ = . / + : @ -, starting with a letter, digit, "_", "." or
// "/", not ending with ":", not null/Null/NULL.
bool isPlainItem(QStringView text);

// The items of an entry that is a block sequence of plain one-line items ("key:" then "- item" lines,
// blank and comment lines allowed), or nullopt.
std::optional<QStringList> plainItems(const QStringList &lines, const Entry &entry);

// Whether an entry of one file and an entry of another are the same lines of text.
bool sameText(const QStringList &a, const Entry &ea, const QStringList &b, const Entry &eb);

} // namespace Steward::Compose::Sections
