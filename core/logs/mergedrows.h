// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace Steward::Logs {

class LineStore;

// The rows of a log view over several streams, in time order: each stream gives all its lines or a sorted
// list of them (a filter's result), of which a prefix is visible; rows are ordered by (time key, stream,
// line), the order of a k-way merge. Nothing is stored a row: checkpoints every few hundred rows keep where
// each stream stood, and a row is found by merging forward from the checkpoint before it (sequential
// access, as a view paints, costs one step a row). Appending lines to a stream inserts rows: insertions()
// says where, as groups of consecutive rows, so that a model can announce each group; the checkpoints after
// a group are shifted, never recomputed. Used on the thread that writes the stores.
class MergedRows
{
public:
    struct Ref
    {
        int stream = -1;
        qint64 line = -1; // the store's line number
        bool isValid() const { return stream >= 0; }
        bool operator==(const Ref &) const = default;
    };
    struct Group
    {
        qint64 row;   // first row of the group, once the groups before it are inserted
        qint64 count; // rows
    };

    static constexpr qint64 Spacing = 256;

    // A new stream, showing none of its lines yet; returns its index.
    int addStream(const LineStore *store);
    int streamCount() const { return int(m_streams.size()); }
    // All lines of the stream (the default), or only these (sorted line numbers). visible: how many.
    void setAll(int stream, qint64 visible);
    void setLines(int stream, std::vector<quint32> lines, qint64 visible);
    void appendLines(int stream, const std::vector<quint32> &lines); // not visible yet
    bool isAll(int stream) const { return m_streams[size_t(stream)].all; }
    qint64 available(int stream) const; // what could be made visible
    qint64 visible(int stream) const { return m_streams[size_t(stream)].visible; }
    // Makes every stream's visible count what it is, dropping checkpoints (a filter changed, a reset).
    void rebuild();

    qint64 count() const { return m_count; }
    Ref at(qint64 row) const;
    qint64 rowOf(const Ref &ref) const; // -1 when the line is not a visible row
    // The first row at or after this time (count() when none).
    qint64 rowForKey(qint64 keyUs) const;
    // The rows of stream's elements [visible, newVisible) once shown, as groups of consecutive rows, in
    // order. Does not change anything.
    std::vector<Group> insertions(int stream, qint64 newVisible) const;
    // Shows the next group.count elements of stream at group.row (in the order insertions() gave them).
    void insert(int stream, const Group &group);

private:
    struct Stream
    {
        const LineStore *store = nullptr;
        bool all = true;
        std::vector<quint32> lines;
        qint64 visible = 0;
    };
    struct Checkpoint
    {
        qint64 row;
        std::vector<qint64> pos; // elements of each stream before this row
    };
    qint64 lineOf(int stream, qint64 element) const;
    qint64 keyOf(int stream, qint64 element) const;
    // Elements of stream t that come before (key, s) in the merge order.
    qint64 countBefore(int t, qint64 key, int s) const;
    qint64 singleStream() const; // the only stream with visible rows, -1 when none or several
    void walkTo(qint64 row) const;

    std::vector<Stream> m_streams;
    qint64 m_count = 0;
    mutable std::vector<Checkpoint> m_checkpoints; // sorted by row; the first is row 0
    // The last walk: where it stands, and each stream's head key (or INT64_MAX when exhausted).
    mutable qint64 m_walkRow = -1;
    mutable std::vector<qint64> m_walkPos;
    mutable std::vector<qint64> m_walkHead;
};

} // namespace Steward::Logs
