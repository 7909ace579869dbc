// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logs/linestore.h"
#include "core/logs/textmatcher.h"

#include <QFuture>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Steward::Logs {

// What a view keeps of a log: levels up to maxPriority (lines without a level are kept when
// keepUnleveled), a time range, and text. Hidden sources are left out by the view itself.
struct LogFilter
{
    int maxPriority = Debug; // journalctl -p: this level and the more severe ones
    bool keepUnleveled = true;
    qint64 fromUs = 0; // 0: no bound
    qint64 toUs = 0;
    std::shared_ptr<const TextMatcher> text; // null: any text
    bool invertText = false;                 // keep the lines that do NOT match

    // Keeps every line (lines without a level count: keepUnleveled off drops them).
    bool isEmpty() const
    {
        return maxPriority >= Debug && keepUnleveled && fromUs == 0 && toUs == 0 && !text;
    }
    // Everything but the text.
    bool acceptsMeta(qint8 priority, qint64 keyUs, quint8 flags) const;
};

// Scans lines [from, to) of a store: appends the line numbers that pass filter (and, when search is set,
// that match it too) to out, in order. Runs on any thread (it reads through a LineStore::Reader). cancel is
// looked at between blocks; progress(bytes) is called now and then with the text bytes scanned since the
// last call. Returns false when cancelled.
bool scanLines(const LineStore &store,
               qint64 from,
               qint64 to,
               const LogFilter &filter,
               const TextMatcher *search,
               std::vector<quint32> &out,
               const std::atomic<bool> *cancel = nullptr,
               const std::function<void(qint64)> &progress = {});

} // namespace Steward::Logs
