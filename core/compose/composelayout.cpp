// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/composelayout.h"

#include <algorithm>

namespace Steward::Compose {

DiffLayout DiffLayout::compute(const QList<Change> &changes,
                               const QStringList &oldLines,
                               const QStringList &newLines,
                               const Options &options)
{
    DiffLayout layout;
    layout.folded = options.fold;
    layout.m_rowOfOld = QList<int>(oldLines.size(), -1);
    layout.m_rowOfNew = QList<int>(newLines.size(), -1);
    const int context = std::max(0, options.context);

    auto addRow = [&layout](LayoutRow row) {
        const int index = int(layout.rows.size());
        if (row.oldLine >= 0 && row.oldLine < layout.m_rowOfOld.size())
            layout.m_rowOfOld[row.oldLine] = index;
        if (row.newLine >= 0 && row.newLine < layout.m_rowOfNew.size())
            layout.m_rowOfNew[row.newLine] = index;
        layout.rows.append(std::move(row));
    };
    auto contextRow = [&addRow](int oldLine, int newLine) {
        LayoutRow row;
        row.oldLine = oldLine;
        row.newLine = newLine;
        addRow(std::move(row));
    };
    // An unchanged stretch: `context` lines after the previous change and before the next one are
    // kept; the rest is one fold, unless it would stand for a single line (the line takes no more room).
    auto addSame = [&](int oldFrom, int newFrom, int count, bool first, bool last) {
        const int keepHead = first ? 0 : context;
        const int keepTail = last ? 0 : context;
        if (options.fold && count > keepHead + keepTail + 1) {
            for (int k = 0; k < keepHead; ++k)
                contextRow(oldFrom + k, newFrom + k);
            LayoutRow fold;
            fold.kind = LayoutRow::Kind::Fold;
            fold.folded = count - keepHead - keepTail;
            addRow(std::move(fold));
            for (int k = count - keepTail; k < count; ++k)
                contextRow(oldFrom + k, newFrom + k);
        } else {
            for (int k = 0; k < count; ++k)
                contextRow(oldFrom + k, newFrom + k);
        }
    };

    const int oldCount = int(oldLines.size());
    const int newCount = int(newLines.size());
    int o = 0;
    int n = 0;
    for (qsizetype c = 0; c < changes.size(); ++c) {
        const Change &change = changes.at(c);
        addSame(o, n, std::max(0, change.oldStart - o), c == 0, false);
        ChangeExtent extent;
        extent.firstRow = int(layout.rows.size());
        extent.rowCount = std::max(change.oldCount, change.newCount);
        for (int k = 0; k < extent.rowCount; ++k) {
            LayoutRow row;
            row.kind = LayoutRow::Kind::Change;
            row.change = int(c);
            if (k < change.oldCount && change.oldStart + k < oldCount)
                row.oldLine = change.oldStart + k;
            if (k < change.newCount && change.newStart + k < newCount)
                row.newLine = change.newStart + k;
            if (options.intraline && row.oldLine >= 0 && row.newLine >= 0) {
                IntralineChanges in = intralineChanges(oldLines.at(row.oldLine),
                                                       newLines.at(row.newLine));
                row.oldSpans = std::move(in.oldSpans);
                row.newSpans = std::move(in.newSpans);
            }
            addRow(std::move(row));
        }
        layout.changes.append(extent);
        o = change.oldEnd();
        n = change.newEnd();
    }
    addSame(o, n, std::max(0, oldCount - o), changes.isEmpty(), true);

    // Unified: the unchanged rows as they are, each change block as its removed lines, then its added
    // lines.
    for (qsizetype i = 0; i < layout.rows.size();) {
        LayoutRow &row = layout.rows[i];
        if (row.kind != LayoutRow::Kind::Change) {
            UnifiedLine line;
            line.kind = row.kind == LayoutRow::Kind::Fold ? UnifiedLine::Kind::Fold
                                                          : UnifiedLine::Kind::Context;
            line.oldLine = row.oldLine;
            line.newLine = row.newLine;
            line.folded = row.folded;
            line.row = int(i);
            row.unifiedOld = row.unifiedNew = int(layout.unified.size());
            layout.unified.append(std::move(line));
            ++i;
            continue;
        }
        const int change = row.change;
        qsizetype end = i;
        while (end < layout.rows.size() && layout.rows.at(end).kind == LayoutRow::Kind::Change
               && layout.rows.at(end).change == change)
            ++end;
        ChangeExtent &extent = layout.changes[change];
        extent.firstUnifiedLine = int(layout.unified.size());
        for (const bool removed : {true, false}) {
            for (qsizetype k = i; k < end; ++k) {
                LayoutRow &r = layout.rows[k];
                if ((removed ? r.oldLine : r.newLine) < 0)
                    continue;
                UnifiedLine line;
                line.row = int(k);
                line.change = change;
                if (removed) {
                    line.kind = UnifiedLine::Kind::Removed;
                    line.oldLine = r.oldLine;
                    line.spans = r.oldSpans;
                    r.unifiedOld = int(layout.unified.size());
                } else {
                    line.kind = UnifiedLine::Kind::Added;
                    line.newLine = r.newLine;
                    line.spans = r.newSpans;
                    r.unifiedNew = int(layout.unified.size());
                }
                layout.unified.append(std::move(line));
            }
        }
        extent.unifiedLineCount = int(layout.unified.size()) - extent.firstUnifiedLine;
        i = end;
    }
    return layout;
}

int DiffLayout::rowOfOldLine(int oldLine) const
{
    return oldLine >= 0 && oldLine < m_rowOfOld.size() ? m_rowOfOld.at(oldLine) : -1;
}

int DiffLayout::rowOfNewLine(int newLine) const
{
    return newLine >= 0 && newLine < m_rowOfNew.size() ? m_rowOfNew.at(newLine) : -1;
}

int DiffLayout::changeAtOrBefore(int row) const
{
    const auto it = std::upper_bound(changes.cbegin(),
                                     changes.cend(),
                                     row,
                                     [](int r, const ChangeExtent &e) { return r < e.firstRow; });
    return int(it - changes.cbegin()) - 1;
}

} // namespace Steward::Compose
