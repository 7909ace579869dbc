// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logs/mergedrows.h"

#include "core/logs/linestore.h"

#include <algorithm>
#include <limits>

namespace Steward::Logs {

namespace {
constexpr qint64 Exhausted = std::numeric_limits<qint64>::max();
}

int MergedRows::addStream(const LineStore *store)
{
    Stream s;
    s.store = store;
    m_streams.push_back(std::move(s));
    for (Checkpoint &c : m_checkpoints)
        c.pos.push_back(0);
    if (m_walkRow >= 0) {
        m_walkPos.push_back(0);
        m_walkHead.push_back(Exhausted);
    }
    return int(m_streams.size()) - 1;
}

void MergedRows::setAll(int stream, qint64 visible)
{
    Stream &s = m_streams[size_t(stream)];
    s.all = true;
    s.lines.clear();
    s.lines.shrink_to_fit();
    s.visible = visible;
}

void MergedRows::setLines(int stream, std::vector<quint32> lines, qint64 visible)
{
    Stream &s = m_streams[size_t(stream)];
    s.all = false;
    s.lines = std::move(lines);
    s.visible = std::min<qint64>(visible, qint64(s.lines.size()));
}

void MergedRows::appendLines(int stream, const std::vector<quint32> &lines)
{
    Stream &s = m_streams[size_t(stream)];
    s.lines.insert(s.lines.end(), lines.begin(), lines.end());
}

qint64 MergedRows::available(int stream) const
{
    const Stream &s = m_streams[size_t(stream)];
    return s.all ? s.store->size() : qint64(s.lines.size());
}

void MergedRows::rebuild()
{
    m_count = 0;
    for (const Stream &s : m_streams)
        m_count += s.visible;
    m_checkpoints.clear();
    m_walkRow = -1;
}

qint64 MergedRows::lineOf(int stream, qint64 element) const
{
    const Stream &s = m_streams[size_t(stream)];
    return s.all ? element : qint64(s.lines[size_t(element)]);
}

qint64 MergedRows::keyOf(int stream, qint64 element) const
{
    return m_streams[size_t(stream)].store->keyAt(lineOf(stream, element));
}

qint64 MergedRows::countBefore(int t, qint64 key, int s) const
{
    // Elements of t before (key, s): key_t < key, or key_t == key when t < s.
    const Stream &st = m_streams[size_t(t)];
    const bool orEqual = t < s;
    if (st.all) {
        const qint64 n = orEqual ? (key == Exhausted ? st.visible : st.store->lowerBound(key + 1))
                                 : st.store->lowerBound(key);
        return std::min(n, st.visible);
    }
    qint64 lo = 0;
    qint64 hi = st.visible;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        const qint64 k = keyOf(t, mid);
        if (k < key || (orEqual && k == key))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

qint64 MergedRows::singleStream() const
{
    qint64 found = -1;
    for (size_t i = 0; i < m_streams.size(); ++i) {
        if (m_streams[i].visible > 0) {
            if (found >= 0)
                return -1;
            found = qint64(i);
        }
    }
    return found;
}

void MergedRows::walkTo(qint64 row) const
{
    const size_t k = m_streams.size();
    if (m_checkpoints.empty())
        m_checkpoints.push_back(Checkpoint{0, std::vector<qint64>(k, 0)});
    // Start from the walk when it is on the way, else from the last checkpoint at or before row.
    auto cp = std::upper_bound(m_checkpoints.begin(),
                               m_checkpoints.end(),
                               row,
                               [](qint64 r, const Checkpoint &c) { return r < c.row; });
    --cp;
    if (!(m_walkRow >= 0 && m_walkRow <= row && m_walkRow >= cp->row)) {
        m_walkRow = cp->row;
        m_walkPos = cp->pos;
        m_walkHead.assign(k, Exhausted);
        for (size_t t = 0; t < k; ++t) {
            if (m_walkPos[t] < m_streams[t].visible)
                m_walkHead[t] = keyOf(int(t), m_walkPos[t]);
        }
    }
    qint64 lastCheckpoint = cp->row;
    while (m_walkRow < row) {
        // Leave checkpoints on long walks, so that the next random access is short.
        if (m_walkRow - lastCheckpoint >= Spacing && m_walkRow % Spacing == 0) {
            auto at = std::upper_bound(m_checkpoints.begin(),
                                       m_checkpoints.end(),
                                       m_walkRow,
                                       [](qint64 r, const Checkpoint &c) { return r < c.row; });
            if (at == m_checkpoints.begin() || (at - 1)->row != m_walkRow)
                m_checkpoints.insert(at, Checkpoint{m_walkRow, m_walkPos});
            lastCheckpoint = m_walkRow;
        }
        size_t best = 0;
        qint64 bestKey = Exhausted;
        for (size_t t = 0; t < k; ++t) {
            if (m_walkHead[t] < bestKey) {
                bestKey = m_walkHead[t];
                best = t;
            }
        }
        if (bestKey == Exhausted) {
            // Only streams whose heads are at the end-of-time key remain (lines dated Exhausted are
            // impossible), or nothing: the first with elements left.
            best = k;
            for (size_t t = 0; t < k; ++t) {
                if (m_walkPos[t] < m_streams[t].visible) {
                    best = t;
                    break;
                }
            }
            if (best == k)
                return;
        }
        ++m_walkPos[best];
        m_walkHead[best] = m_walkPos[best] < m_streams[best].visible
                               ? keyOf(int(best), m_walkPos[best])
                               : Exhausted;
        ++m_walkRow;
    }
}

MergedRows::Ref MergedRows::at(qint64 row) const
{
    if (row < 0 || row >= m_count)
        return {};
    const qint64 single = singleStream();
    if (single >= 0)
        return Ref{int(single), lineOf(int(single), row)};
    walkTo(row);
    size_t best = m_streams.size();
    qint64 bestKey = Exhausted;
    for (size_t t = 0; t < m_streams.size(); ++t) {
        if (m_walkPos[t] < m_streams[t].visible
            && (best == m_streams.size() || m_walkHead[t] < bestKey)) {
            bestKey = m_walkHead[t];
            best = t;
        }
    }
    if (best == m_streams.size())
        return {};
    return Ref{int(best), lineOf(int(best), m_walkPos[best])};
}

qint64 MergedRows::rowOf(const Ref &ref) const
{
    if (!ref.isValid() || ref.stream >= int(m_streams.size()))
        return -1;
    const Stream &s = m_streams[size_t(ref.stream)];
    // The element's index in its stream.
    qint64 e = ref.line;
    if (!s.all) {
        auto it = std::lower_bound(s.lines.begin(), s.lines.begin() + s.visible, quint32(ref.line));
        if (it == s.lines.begin() + s.visible || *it != quint32(ref.line))
            return -1;
        e = it - s.lines.begin();
    }
    if (e < 0 || e >= s.visible)
        return -1;
    const qint64 key = keyOf(ref.stream, e);
    qint64 row = e;
    for (size_t t = 0; t < m_streams.size(); ++t) {
        if (int(t) != ref.stream && m_streams[t].visible > 0)
            row += countBefore(int(t), key, ref.stream);
    }
    return row;
}

qint64 MergedRows::rowForKey(qint64 keyUs) const
{
    qint64 row = 0;
    for (size_t t = 0; t < m_streams.size(); ++t) {
        if (m_streams[t].visible > 0)
            row += countBefore(int(t), keyUs, -1); // strictly before keyUs in every stream
    }
    return row;
}

std::vector<MergedRows::Group> MergedRows::insertions(int stream, qint64 newVisible) const
{
    std::vector<Group> groups;
    const Stream &s = m_streams[size_t(stream)];
    const qint64 from = s.visible;
    newVisible = std::min(newVisible, available(stream));
    if (newVisible <= from)
        return groups;
    // Two pointers a stream: the new elements' keys only grow, so each count only moves forward.
    std::vector<qint64> before(m_streams.size(), 0);
    bool first = true;
    for (qint64 e = from; e < newVisible; ++e) {
        const qint64 key = keyOf(stream, e);
        qint64 row = e;
        for (size_t t = 0; t < m_streams.size(); ++t) {
            if (int(t) == stream || m_streams[t].visible == 0)
                continue;
            if (first) {
                before[t] = countBefore(int(t), key, stream);
            } else {
                const bool orEqual = int(t) < stream;
                while (before[t] < m_streams[t].visible) {
                    const qint64 k = keyOf(int(t), before[t]);
                    if (k < key || (orEqual && k == key))
                        ++before[t];
                    else
                        break;
                }
            }
            row += before[t];
        }
        first = false;
        if (!groups.empty() && groups.back().row + groups.back().count == row)
            ++groups.back().count;
        else
            groups.push_back(Group{row, 1});
    }
    return groups;
}

void MergedRows::insert(int stream, const Group &group)
{
    Stream &s = m_streams[size_t(stream)];
    s.visible += group.count;
    m_count += group.count;
    // Checkpoints after the group's row now have the group before them (one at its row still describes
    // the rows before it, which did not change).
    for (Checkpoint &c : m_checkpoints) {
        if (c.row > group.row) {
            c.row += group.count;
            c.pos[size_t(stream)] += group.count;
        }
    }
    m_walkRow = -1;
}

} // namespace Steward::Logs
