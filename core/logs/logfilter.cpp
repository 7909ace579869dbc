// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logs/logfilter.h"

namespace Steward::Logs {

bool LogFilter::acceptsMeta(qint8 priority, qint64 keyUs, quint8 flags) const
{
    Q_UNUSED(flags);
    if (priority < 0) {
        if (!keepUnleveled)
            return false;
    } else if (priority > maxPriority) {
        return false;
    }
    if (fromUs != 0 && keyUs < fromUs)
        return false;
    if (toUs != 0 && keyUs > toUs)
        return false;
    return true;
}

bool scanLines(const LineStore &store,
               qint64 from,
               qint64 to,
               const LogFilter &filter,
               const TextMatcher *search,
               std::vector<quint32> &out,
               const std::atomic<bool> *cancel,
               const std::function<void(qint64)> &progress)
{
    LineStore::Reader reader(&store);
    to = std::min(to, reader.size());
    const bool metaFilter = filter.maxPriority < Debug || !filter.keepUnleveled
                            || filter.fromUs != 0 || filter.toUs != 0;
    const TextMatcher *text = filter.text.get();
    std::vector<quint32> starts;
    std::vector<int> hits;
    std::vector<int> candidates; // block-relative lines passing so far
    std::vector<char> keep(LineStore::BlockLines);
    qint64 bytes = 0;
    for (qint64 b = from / LineStore::BlockLines; b * LineStore::BlockLines < to; ++b) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const LineStore::Block &blk = reader.block(b);
        const int j0 = int(std::max<qint64>(from - blk.first, 0));
        const int j1 = int(std::min<qint64>(to - blk.first, blk.count));
        candidates.clear();
        for (int j = j0; j < j1; ++j) {
            if (!metaFilter
                || filter.acceptsMeta(blk.priority[size_t(j)],
                                      blk.key[size_t(j)],
                                      blk.flags[size_t(j)]))
                candidates.push_back(j);
            bytes += blk.length[size_t(j)] + 1;
        }
        // Each text test over runs of candidates that sit one after the other in memory.
        auto applyText = [&](const TextMatcher *m, bool invert) {
            if (!m || candidates.empty())
                return;
            std::vector<int> passed;
            passed.reserve(candidates.size());
            size_t i = 0;
            while (i < candidates.size()) {
                size_t k = i + 1;
                while (k < candidates.size() && candidates[k] == candidates[k - 1] + 1
                       && blk.text[size_t(candidates[k])]
                              == blk.text[size_t(candidates[k - 1])]
                                     + blk.length[size_t(candidates[k - 1])] + 1)
                    ++k;
                const char *base = blk.text[size_t(candidates[i])];
                starts.clear();
                for (size_t r = i; r < k; ++r)
                    starts.push_back(quint32(blk.text[size_t(candidates[r])] - base));
                const int last = candidates[k - 1];
                const qsizetype length = blk.text[size_t(last)] + blk.length[size_t(last)] + 1
                                         - base;
                hits.clear();
                m->scan(QByteArrayView(base, length), starts.data(), int(k - i), hits);
                if (!invert) {
                    for (const int h : hits)
                        passed.push_back(candidates[i + size_t(h)]);
                } else {
                    size_t h = 0;
                    for (size_t r = i; r < k; ++r) {
                        if (h < hits.size() && hits[h] == int(r - i))
                            ++h;
                        else
                            passed.push_back(candidates[r]);
                    }
                }
                i = k;
            }
            candidates.swap(passed);
        };
        applyText(text, filter.invertText);
        applyText(search, false);
        for (const int j : candidates)
            out.push_back(quint32(blk.first + j));
        if (progress && bytes > (1 << 22)) {
            progress(bytes);
            bytes = 0;
        }
    }
    if (progress && bytes)
        progress(bytes);
    return true;
}

} // namespace Steward::Logs
