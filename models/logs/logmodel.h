// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logs/logfilter.h"
#include "core/logs/logquery.h"
#include "core/logs/mergedrows.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QSet>

#include <memory>
#include <vector>

namespace Steward::Logs {
class Timeline;
}

namespace Steward {

// The rows of a log view: every shown source of a Timeline merged in time order (MergedRows), filtered by
// level, time and text, with the lines that match a search marked. Nothing is copied a row: data() reads
// the line from its store. New lines are inserted where their time puts them (rowsInserted), so a view at
// the bottom follows. The first filtering of a long log and every search run off the GUI thread (LogQuery):
// isBusy() meanwhile, progress() and cancelSearch(); the rows change once the result is in.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SourceColumn, LevelColumn, MessageColumn, ColumnCount };
    enum Role {
        TimeUsRole = Qt::UserRole + 1, // qint64, µs since the epoch (0: none)
        PriorityRole,                  // int, -1: none
        SourceRole,                    // int, the timeline's source number
        SourceColorRole,               // int, the source's colour index
        RawTextRole,                   // QByteArray, the line as read
        MatchRole,                     // bool, the line matches the search
        FlagsRole,                     // int, LineFlag bits
    };
    // A shown message is cut here (the whole line is still copied and saved).
    static constexpr int MaxShownChars = 4000;

    explicit LogModel(Logs::Timeline *timeline, QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Logs::Timeline *timeline() const { return m_timeline; }

    void setFilter(const Logs::LogFilter &filter);
    Logs::LogFilter filter() const { return m_filter; }
    void setSourceHidden(int source, bool hidden);
    bool isSourceHidden(int source) const { return m_hidden.contains(source); }
    // Times shown in UTC instead of local time.
    void setUtc(bool utc);

    // Searches the shown lines (null: no search); matchCount() once searchFinished().
    void setSearch(std::shared_ptr<const Logs::TextMatcher> search);
    qint64 matchCount() const;
    // The next (or previous) matching row after (before) row, wrapping; -1 when none.
    int nextMatch(int row, bool forward) const;
    // Up to maxMarks matching rows, spread over all of them, for a scrollbar overview.
    QList<int> matchRows(int maxMarks) const;

    bool isBusy() const;
    void cancelSearch();

    // The first row at or after a time (µs), rowCount() when none.
    int rowForTime(qint64 timeUs) const;
    // A row as one text line: "TIME ORIGIN MESSAGE" (the whole line, invalid UTF-8 replaced).
    QString lineText(int row) const;
    // The time shown for a row (local or UTC as set).
    QString timeText(qint64 timeUs) const;

    // What a message shows: invalid UTF-8 as U+FFFD, control characters as their Unicode pictures (tab as
    // spaces), cut at maxChars with a note of what was left out.
    static QString displayText(QByteArrayView text, int maxChars = MaxShownChars);
    // A source's colour (by its colour index): mid tones, readable on light and dark backgrounds.
    static QColor sourceColor(int index);

signals:
    void busyChanged(bool busy);
    void progress(qint64 doneBytes, qint64 totalBytes);
    void searchFinished();
    // Rows were added at the end or in the middle (count), for a "new lines" counter.
    void rowsAdded(int count);

private:
    struct Stream
    {
        bool filtered = false; // rows come from lines (a filter applies), else all of the store
        qint64 scannedTo = 0;  // filtered: lines [0, scannedTo) are in lines
        std::vector<quint32> matches; // search: matching line numbers, sorted
        qint64 searchedTo = 0;
    };
    bool streamShown(int stream) const;
    bool needsScan() const { return !m_filter.isEmpty(); }
    void addStream(int stream);
    void onLinesAppended(int stream, qint64 from, qint64 to);
    void insertVisible(int stream, qint64 newVisible);
    void refilter();
    void applyFilterResults(const Logs::LogQuery::Results &results);
    void startSearch();
    void applySearchResults(const Logs::LogQuery::Results &results);
    void searchAppended(int stream, qint64 from, qint64 to);
    bool isMatch(int stream, qint64 line) const;
    void setBusy(bool busy);

    Logs::Timeline *m_timeline;
    Logs::MergedRows m_rows;
    std::vector<Stream> m_streams;
    Logs::LogFilter m_filter;
    QSet<int> m_hidden;
    std::shared_ptr<const Logs::TextMatcher> m_search;
    Logs::LogQuery *m_filterQuery;
    Logs::LogQuery *m_searchQuery;
    bool m_filtering = false;
    bool m_searching = false;
    bool m_busy = false;
    bool m_utc = false;
};

} // namespace Steward
