// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compose/composediff.h"

#include <QList>
#include <QStringList>

namespace Steward::Compose {

// One row of the side-by-side view: an OLD line beside a NEW line (or a filler on the side with fewer
// lines in a change), or a fold standing for unchanged lines. Also where the row's lines are in the
// unified view.
struct LayoutRow
{
    enum class Kind { Context, Change, Fold };
    Kind kind = Kind::Context;
    int oldLine = -1; // 0-based; -1: none (a filler, or a fold)
    int newLine = -1;
    int folded = 0;       // Fold: how many unchanged lines it stands for
    int change = -1;      // Change: index of the change block (Report::upstreamChanges)
    QList<Span> oldSpans; // Change with both lines: what changed inside them (intralineChanges)
    QList<Span> newSpans;
    int unifiedOld = -1; // the unified line showing this row's old line (context and fold: its line)
    int unifiedNew = -1; // the unified line showing this row's new line

    friend bool operator==(const LayoutRow &, const LayoutRow &) = default;
};

// One line of the unified view: context ("  "), removed ("- "), added ("+ ") or a fold.
struct UnifiedLine
{
    enum class Kind { Context, Removed, Added, Fold };
    Kind kind = Kind::Context;
    int oldLine = -1; // Context and Removed
    int newLine = -1; // Context and Added
    int folded = 0;
    int row = -1; // the side-by-side row it comes from
    int change = -1;
    QList<Span> spans; // Removed and Added: what changed inside the line

    friend bool operator==(const UnifiedLine &, const UnifiedLine &) = default;
};

// Where one change block is in each view.
struct ChangeExtent
{
    int firstRow = 0; // side by side: max(oldCount, newCount) rows
    int rowCount = 0;
    int firstUnifiedLine = 0; // unified: its removed lines, then its added lines
    int unifiedLineCount = 0;

    friend bool operator==(const ChangeExtent &, const ChangeExtent &) = default;
};

// The diff of OLD and NEW laid out for reading, as data (Qt Creator's DiffUtils::calculateContextData,
// RowData and ChunkData in spirit): rows aligned side by side, unchanged stretches folded but for
// `context` lines around each change, the unified lines, the intraline changes, and the mappings
// between them. Computed off the GUI thread; a view only draws it.
struct DiffLayout
{
    struct Options
    {
        bool fold = true;
        int context = 3; // unchanged lines kept next to a change when folding
        bool intraline = true;
    };

    QList<LayoutRow> rows;
    QList<UnifiedLine> unified;
    QList<ChangeExtent> changes; // one per change block, in order
    bool folded = false;

    static DiffLayout compute(const QList<Change> &changes,
                              const QStringList &oldLines,
                              const QStringList &newLines,
                              const Options &options);
    static DiffLayout compute(const QList<Change> &changes,
                              const QStringList &oldLines,
                              const QStringList &newLines)
    {
        return compute(changes, oldLines, newLines, Options{});
    }

    // The row showing an OLD (or NEW) line, or -1 (folded away, or out of range).
    int rowOfOldLine(int oldLine) const;
    int rowOfNewLine(int newLine) const;
    // The change block a row belongs to or follows (the last one starting at or before it), or -1.
    int changeAtOrBefore(int row) const;

private:
    QList<int> m_rowOfOld; // per OLD line
    QList<int> m_rowOfNew;
};

} // namespace Steward::Compose
