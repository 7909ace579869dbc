// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Steward::Compose {

// One docker-compose.yml (or any text) checked for use by the diff engine: UTF-8, no NUL byte, lines
// split on LF with CR LF normalised away (hadCrlf and hadBom remember the original form, so that what
// is written back for it, the merged file and its patch, keeps its line ends and BOM).
struct Document
{
    QString name;    // what the user called it: a path or "mastodon@v4.2.0"
    QByteArray text; // UTF-8, LF line ends, what libgit2 sees
    QStringList lines;
    bool hadCrlf = false;
    bool hadBom = false; // a UTF-8 byte order mark, dropped from text
    QByteArray raw;      // the bytes as read (shared with text when nothing was normalised)

    // The bytes as read (text when the document was not made by fromBytes).
    QByteArray bytes() const { return raw.isNull() ? text : raw; }
    // LF text written the way this document was: CR LF line ends when it had them, its BOM.
    QByteArray withOriginalEncoding(const QByteArray &lfText) const;

    // Refuses binary input (a NUL byte or invalid UTF-8) with a clear message; an empty input is
    // accepted here (the YAML parser refuses it when a summary is asked for).
    static Result<Document> fromBytes(const QByteArray &bytes, const QString &name);
    static Result<Document> fromFile(const QString &path);
};

// A block of changed lines between two texts (0-based line indexes; a count may be 0 for a pure
// insertion or deletion, the start then being where the lines go or were).
struct Change
{
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;

    int oldEnd() const { return oldStart + oldCount; }
    int newEnd() const { return newStart + newCount; }
    friend bool operator==(const Change &, const Change &) = default;
};

// The changed blocks and the unified patch (git style, 3 lines of context) of two texts, both from
// one libgit2 pass (git_patch_from_buffers, patience algorithm, see docs/decisions.md): the blocks are
// the runs of added and removed lines inside the patch's hunks.
struct LineDiff
{
    QList<Change> changes;
    QString patch; // empty when the texts are equal or when only the changes were asked for
};

enum class DiffOutput { Changes, ChangesAndPatch };

LineDiff diffTexts(const QByteArray &oldText,
                   const QByteArray &newText,
                   const QString &oldLabel = {},
                   const QString &newLabel = {},
                   DiffOutput output = DiffOutput::ChangesAndPatch);

// Line diff of two texts, no context (diffTexts without the patch text).
QList<Change> diffLines(const QByteArray &oldText, const QByteArray &newText);

// A unified patch (git style, 3 lines of context) from oldText to newText; empty when equal.
QString unifiedPatch(const QByteArray &oldText,
                     const QByteArray &newText,
                     const QString &oldLabel,
                     const QString &newLabel);

// A range of characters inside a line (QString offsets).
struct Span
{
    int start = 0;
    int length = 0;
    friend bool operator==(const Span &, const Span &) = default;
};

struct IntralineChanges
{
    QList<Span> oldSpans; // what was removed from the old line
    QList<Span> newSpans; // what was added to the new line
};

enum class Granularity { Words, Characters };

// What changed inside a changed line pair, for the highlight. Words: runs of letters and digits,
// runs of spaces, single punctuation marks; Characters: single characters. Very long lines are
// marked whole rather than compared (the cost stays bounded).
IntralineChanges intralineChanges(const QString &oldLine,
                                  const QString &newLine,
                                  Granularity granularity = Granularity::Words);

// Where the deployed copy stands on one upstream change.
enum class HunkStatus {
    Missing,  // the deployed file still has the old lines: the change can be applied
    Present,  // the deployed file already has the new lines
    Conflict, // the deployed file changed the same lines in its own way
};
QString hunkStatusKey(HunkStatus status); // "missing", "present", "conflict"
// The more serious of two statuses: a conflict before a change ours lacks, before one ours has.
HunkStatus moreSerious(HunkStatus a, HunkStatus b);

// One upstream change and its standing in the deployed file.
struct UpstreamHunk
{
    Change upstream;       // OLD -> NEW
    int deployedStart = 0; // the region of DEPLOYED that corresponds to the change's old lines
    int deployedCount = 0;
    HunkStatus status = HunkStatus::Missing;
    QStringList oldLines;
    QStringList newLines;
    QStringList deployedLines;
    QStringList replacement; // what accepting puts in place of deployedLines (our region)
    int regionOldStart = 0; // the OLD lines [regionOldStart, regionOldEnd) that deployedLines stand
    int regionOldEnd = 0;   // for: the change grown over the local changes it touches
};

// Where the upstream hunks landed in a merged file, for a view that shows it: the lines [start,
// start + count) of the merged text are upstream's version of the hunks (applied) or still the deployed
// copy's lines for them (not applied: present, skipped or conflicting).
struct MergedRegion
{
    QList<int> hunks; // indexes into ThreeWay::hunks, in order
    int start = 0;
    int count = 0;
    bool applied = false;
    // A region of several hunks (one local change over them) is as serious as its worst hunk.
    HunkStatus status = HunkStatus::Present;
};

struct MergedText
{
    QStringList lines;
    QList<MergedRegion> regions; // in order, not overlapping
};

// Three-way analysis: upstream OLD -> NEW against our DEPLOYED copy (derived from some OLD).
struct ThreeWay
{
    QList<UpstreamHunk> hunks;
    QList<Change> localChanges; // OLD -> DEPLOYED
    QStringList base;           // OLD's lines (shared with its Document)

    static ThreeWay analyse(const Document &oldDoc,
                            const Document &newDoc,
                            const Document &deployed);
    // The same with the upstream changes already computed (OLD -> NEW, e.g. by diffTexts).
    static ThreeWay analyse(const Document &oldDoc,
                            const Document &newDoc,
                            const Document &deployed,
                            const QList<Change> &upstream);

    // DEPLOYED with the accepted hunks applied (accepted[i] for hunks[i]; missing entries count as the
    // default: Missing hunks accepted, Present and Conflict ones not). An accepted Conflict hunk
    // replaces our region with upstream's version of it; local changes elsewhere are kept. The result
    // has DEPLOYED's line ends (CR LF when it had them) and its BOM. Hunks whose
    // regions overlap (one local change spanning two upstream changes) are applied together: the
    // region becomes OLD's lines with every accepted (and every present) upstream change of it.
    QByteArray merged(const Document &deployed, const QList<bool> &accepted = {}) const;
    // The same as lines (no line ends), with the region of each hunk in them.
    MergedText mergedText(const Document &deployed, const QList<bool> &accepted = {}) const;
    QList<bool> defaultAcceptance() const;
};

} // namespace Steward::Compose
