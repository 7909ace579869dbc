// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logs/logmodel.h"

#include "core/logs/linestore.h"
#include "core/logs/logtime.h"
#include "core/logs/timeline.h"
#include "models/tr.h"

#include <QColor>

#include <algorithm>
#include <climits>
#include <limits>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Steward {

using namespace Logs;

namespace {

// Below this much text the filter runs at once, on the GUI thread (a few milliseconds at most).
constexpr qint64 SyncFilterBytes = 4 * 1024 * 1024;

} // namespace

QColor LogModel::sourceColor(int index)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4),
                                    QColor(0x2c, 0xa0, 0x2c),
                                    QColor(0x94, 0x67, 0xbd),
                                    QColor(0xd6, 0x27, 0x8a),
                                    QColor(0x17, 0xa0, 0xb0),
                                    QColor(0x8c, 0x56, 0x4b),
                                    QColor(0xbc, 0xa0, 0x22),
                                    QColor(0x7f, 0x7f, 0x7f)};
    return colors[size_t(index) % std::size(colors)];
}

namespace {

// Control characters as their Unicode pictures (U+2400...), tab as spaces.
void pictureControls(QString &text, bool keepTabs)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\t') {
            if (!keepTabs)
                text.replace(i, 1, u"    "_s), i += 3;
        } else if (c < 0x20) {
            text[i] = QChar(char16_t(0x2400 + c));
        } else if (c == 0x7f) {
            text[i] = QChar(char16_t(0x2421));
        }
    }
}

} // namespace

LogModel::LogModel(Timeline *timeline, QObject *parent)
    : QAbstractTableModel(parent)
    , m_timeline(timeline)
    , m_filterQuery(new LogQuery(this))
    , m_searchQuery(new LogQuery(this))
{
    for (int s = 0; s < timeline->streamCount(); ++s)
        addStream(s);
    connect(timeline, &Timeline::streamAdded, this, &LogModel::addStream);
    connect(timeline, &Timeline::linesAppended, this, &LogModel::onLinesAppended);
    connect(timeline, &Timeline::sourceChanged, this, [this](int source) {
        if (m_timeline->source(source).removed && !m_hidden.contains(source))
            setSourceHidden(source, true);
    });
    connect(m_filterQuery, &LogQuery::progress, this, &LogModel::progress);
    connect(m_searchQuery, &LogQuery::progress, this, &LogModel::progress);
    connect(m_filterQuery,
            &LogQuery::finished,
            this,
            [this](const std::shared_ptr<const LogQuery::Results> &results) {
                applyFilterResults(*results);
            });
    connect(m_searchQuery,
            &LogQuery::finished,
            this,
            [this](const std::shared_ptr<const LogQuery::Results> &results) {
                applySearchResults(*results);
            });
}

LogModel::~LogModel() = default;

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_rows.count(), INT_MAX));
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::timeText(qint64 timeUs) const
{
    if (timeUs == 0)
        return QString();
    return formatDisplay(timeUs, m_utc ? 0 : localUtcOffset(timeUs));
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MergedRows::Ref ref = m_rows.at(index.row());
    if (!ref.isValid())
        return {};
    const LineStore *store = m_timeline->store(ref.stream);
    const LineStore::Line line = store->line(ref.line);
    const int source = m_timeline->streamSource(ref.stream);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return (line.flags & Continuation) ? QString() : timeText(line.timeUs);
        case SourceColumn: {
            const QByteArray origin = store->origin(line.origin);
            return origin.isEmpty() ? m_timeline->source(source).spec.name
                                    : QString::fromUtf8(origin);
        }
        case LevelColumn:
            return line.priority >= 0 ? priorityName(line.priority) : QString();
        case MessageColumn:
            return displayText(line.text);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return m_timeline->source(source).spec.displayName();
        if (index.column() == MessageColumn && (line.flags & Truncated))
            return Models::Tr::tr("This line was longer than %1 MiB and was cut there.")
                .arg(MaxLineBytes / (1024 * 1024));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SourceColumn)
            return sourceColor(m_timeline->source(source).color);
        if (line.priority >= 0 && line.priority <= ErrorLevel)
            return QColor(0xd0, 0x30, 0x30);
        if (line.priority == Warning)
            return QColor(0xc0, 0x70, 0x00);
        return {};
    case Qt::BackgroundRole:
        // A search's matches, marked on every column (translucent: readable on light and dark).
        if (isMatch(ref.stream, ref.line))
            return QColor(255, 196, 0, 110);
        return {};
    case TimeUsRole:
        return line.timeUs;
    case PriorityRole:
        return int(line.priority);
    case SourceRole:
        return source;
    case SourceColorRole:
        return m_timeline->source(source).color;
    case RawTextRole:
        return line.text.toByteArray();
    case MatchRole:
        return isMatch(ref.stream, ref.line);
    case FlagsRole:
        return int(line.flags);
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return m_utc ? Models::Tr::tr("Time (UTC)") : Models::Tr::tr("Time");
    case SourceColumn:
        return Models::Tr::tr("Source");
    case LevelColumn:
        return Models::Tr::tr("Level");
    case MessageColumn:
        return Models::Tr::tr("Message");
    }
    return {};
}

QString LogModel::displayText(QByteArrayView text, int maxChars)
{
    // Decode no more than could be shown: a 16 MiB line costs a few microseconds, not a stall.
    const qsizetype maxBytes = qsizetype(maxChars) * 4;
    const bool cut = text.size() > maxBytes;
    QString shown = QString::fromUtf8(cut ? text.first(maxBytes) : text);
    qsizetype more = cut ? text.size() - maxBytes : 0;
    if (shown.size() > maxChars) {
        more += shown.mid(maxChars).toUtf8().size();
        shown.truncate(maxChars);
    }
    pictureControls(shown, false);
    if (more > 0)
        shown += Models::Tr::tr(" … [%n more bytes]", nullptr, int(std::min<qint64>(more, INT_MAX)));
    return shown;
}

QString LogModel::lineText(int row) const
{
    const MergedRows::Ref ref = m_rows.at(row);
    if (!ref.isValid())
        return QString();
    const LineStore *store = m_timeline->store(ref.stream);
    const LineStore::Line line = store->line(ref.line);
    QString text = QString::fromUtf8(line.text);
    pictureControls(text, true);
    QString origin = QString::fromUtf8(store->origin(line.origin));
    if (origin.isEmpty())
        origin = m_timeline->source(m_timeline->streamSource(ref.stream)).spec.name;
    QString time = timeText(line.timeUs);
    QStringList parts;
    if (!time.isEmpty())
        parts << time;
    if (!origin.isEmpty())
        parts << origin + u':';
    parts << text;
    return parts.join(u' ');
}

void LogModel::setUtc(bool utc)
{
    if (utc == m_utc)
        return;
    m_utc = utc;
    emit headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
    if (rowCount() > 0)
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

bool LogModel::streamShown(int stream) const
{
    const int source = m_timeline->streamSource(stream);
    return !m_hidden.contains(source) && !m_timeline->source(source).removed;
}

void LogModel::addStream(int stream)
{
    const int at = m_rows.addStream(m_timeline->store(stream));
    Q_ASSERT(at == stream);
    Q_UNUSED(at);
    m_streams.emplace_back();
    Stream &s = m_streams.back();
    if (!streamShown(stream) || needsScan()) {
        s.filtered = true;
        m_rows.setLines(stream, {}, 0);
    } else {
        m_rows.setAll(stream, 0);
    }
    const qint64 size = m_timeline->store(stream)->size();
    if (size > 0)
        onLinesAppended(stream, 0, size);
}

void LogModel::insertVisible(int stream, qint64 newVisible)
{
    const auto groups = m_rows.insertions(stream, newVisible);
    qint64 added = 0;
    for (const MergedRows::Group &g : groups) {
        beginInsertRows({}, int(g.row), int(g.row + g.count - 1));
        m_rows.insert(stream, g);
        endInsertRows();
        added += g.count;
    }
    if (added > 0)
        emit rowsAdded(int(added));
}

void LogModel::onLinesAppended(int stream, qint64 from, qint64 to)
{
    Q_UNUSED(from);
    if (m_filtering || !streamShown(stream))
        return; // the filter's result catches up with these; a hidden source shows nothing
    Stream &s = m_streams[size_t(stream)];
    const LineStore *store = m_timeline->store(stream);
    if (!s.filtered) {
        insertVisible(stream, to);
    } else {
        std::vector<quint32> lines;
        scanLines(*store, s.scannedTo, to, m_filter, nullptr, lines);
        s.scannedTo = to;
        m_rows.appendLines(stream, lines);
        insertVisible(stream, m_rows.available(stream));
    }
    searchAppended(stream, s.searchedTo, to);
}

void LogModel::setFilter(const LogFilter &filter)
{
    m_filter = filter;
    refilter();
}

void LogModel::setSourceHidden(int source, bool hidden)
{
    if (hidden == m_hidden.contains(source))
        return;
    if (hidden)
        m_hidden.insert(source);
    else
        m_hidden.remove(source);
    refilter();
}

void LogModel::refilter()
{
    m_filterQuery->cancel();
    m_filtering = false;
    QList<int> streams;
    QList<const LineStore *> stores;
    qint64 bytes = 0;
    for (int i = 0; i < int(m_streams.size()); ++i) {
        if (streamShown(i) && needsScan()) {
            streams << i;
            stores << m_timeline->store(i);
            bytes += m_timeline->store(i)->textBytes();
        }
    }
    if (bytes > SyncFilterBytes) {
        m_filtering = true;
        setBusy(true);
        m_filterQuery->start(streams, stores, m_filter, nullptr);
        return;
    }
    LogQuery::Results results;
    for (qsizetype i = 0; i < streams.size(); ++i) {
        LogQuery::StreamResult r;
        r.stream = streams[i];
        r.scannedTo = stores[i]->size();
        scanLines(*stores[i], 0, r.scannedTo, m_filter, nullptr, r.lines);
        results.push_back(std::move(r));
    }
    applyFilterResults(results);
}

void LogModel::applyFilterResults(const LogQuery::Results &results)
{
    m_filtering = false;
    beginResetModel();
    for (int i = 0; i < int(m_streams.size()); ++i) {
        Stream &s = m_streams[size_t(i)];
        s.matches.clear();
        s.searchedTo = 0;
        if (!streamShown(i)) {
            s.filtered = true;
            s.scannedTo = m_timeline->store(i)->size();
            m_rows.setLines(i, {}, 0);
        } else if (!needsScan()) {
            s.filtered = false;
            m_rows.setAll(i, m_timeline->store(i)->size());
        }
    }
    for (const LogQuery::StreamResult &r : results) {
        Stream &s = m_streams[size_t(r.stream)];
        s.filtered = true;
        s.scannedTo = r.scannedTo;
        // Lines that came while the filter ran.
        std::vector<quint32> lines = r.lines;
        const qint64 size = m_timeline->store(r.stream)->size();
        scanLines(*m_timeline->store(r.stream), r.scannedTo, size, m_filter, nullptr, lines);
        s.scannedTo = size;
        const qint64 count = qint64(lines.size());
        m_rows.setLines(r.stream, std::move(lines), count);
    }
    m_rows.rebuild();
    endResetModel();
    setBusy(m_searching);
    startSearch();
}

void LogModel::setSearch(std::shared_ptr<const TextMatcher> search)
{
    m_search = std::move(search);
    if (!m_filtering)
        startSearch();
}

void LogModel::startSearch()
{
    m_searchQuery->cancel();
    m_searching = false;
    for (Stream &s : m_streams) {
        s.matches.clear();
        s.searchedTo = 0;
    }
    if (m_search) {
        QList<int> streams;
        QList<const LineStore *> stores;
        for (int i = 0; i < int(m_streams.size()); ++i) {
            if (streamShown(i)) {
                streams << i;
                stores << m_timeline->store(i);
            }
        }
        m_searching = true;
        setBusy(true);
        m_searchQuery->start(streams, stores, m_filter, m_search);
        return;
    }
    setBusy(m_filtering);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0),
                         index(rowCount() - 1, ColumnCount - 1),
                         {MatchRole, Qt::BackgroundRole});
    emit searchFinished();
}

void LogModel::applySearchResults(const LogQuery::Results &results)
{
    m_searching = false;
    for (const LogQuery::StreamResult &r : results) {
        Stream &s = m_streams[size_t(r.stream)];
        s.matches = r.lines;
        s.searchedTo = r.scannedTo;
        const qint64 size = m_timeline->store(r.stream)->size();
        scanLines(*m_timeline->store(r.stream),
                  r.scannedTo,
                  size,
                  m_filter,
                  m_search.get(),
                  s.matches);
        s.searchedTo = size;
    }
    setBusy(m_filtering);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0),
                         index(rowCount() - 1, ColumnCount - 1),
                         {MatchRole, Qt::BackgroundRole});
    emit searchFinished();
}

void LogModel::searchAppended(int stream, qint64 from, qint64 to)
{
    if (!m_search || m_searching)
        return;
    Stream &s = m_streams[size_t(stream)];
    const std::size_t before = s.matches.size();
    scanLines(*m_timeline->store(stream), from, to, m_filter, m_search.get(), s.matches);
    s.searchedTo = to;
    if (s.matches.size() != before)
        emit searchFinished();
}

bool LogModel::isMatch(int stream, qint64 line) const
{
    const std::vector<quint32> &m = m_streams[size_t(stream)].matches;
    return std::binary_search(m.begin(), m.end(), quint32(line));
}

qint64 LogModel::matchCount() const
{
    qint64 n = 0;
    for (const Stream &s : m_streams)
        n += qint64(s.matches.size());
    return n;
}

int LogModel::nextMatch(int row, bool forward) const
{
    // The merge order is (time key, stream, line); within a stream, line order is that order.
    using Key = std::tuple<qint64, int, qint64>;
    Key current{forward ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max(),
                -1,
                -1};
    if (row >= 0 && row < rowCount()) {
        const MergedRows::Ref ref = m_rows.at(row);
        current = {m_timeline->store(ref.stream)->keyAt(ref.line), ref.stream, ref.line};
    }
    std::optional<Key> best;
    std::optional<Key> wrap;
    for (int t = 0; t < int(m_streams.size()); ++t) {
        const std::vector<quint32> &m = m_streams[size_t(t)].matches;
        if (m.empty() || !streamShown(t))
            continue;
        const LineStore *store = m_timeline->store(t);
        auto keyOf = [store, t](quint32 line) { return Key{store->keyAt(line), t, line}; };
        if (forward) {
            const auto it = std::partition_point(m.begin(), m.end(), [&](quint32 l) {
                return keyOf(l) <= current;
            });
            if (it != m.end() && (!best || keyOf(*it) < *best))
                best = keyOf(*it);
            if (!wrap || keyOf(m.front()) < *wrap)
                wrap = keyOf(m.front());
        } else {
            const auto it = std::partition_point(m.begin(), m.end(), [&](quint32 l) {
                return keyOf(l) < current;
            });
            if (it != m.begin() && (!best || keyOf(*(it - 1)) > *best))
                best = keyOf(*(it - 1));
            if (!wrap || keyOf(m.back()) > *wrap)
                wrap = keyOf(m.back());
        }
    }
    const std::optional<Key> found = best ? best : wrap;
    if (!found)
        return -1;
    const qint64 at = m_rows.rowOf({std::get<1>(*found), std::get<2>(*found)});
    return at < 0 || at >= rowCount() ? -1 : int(at);
}

QList<int> LogModel::matchRows(int maxMarks) const
{
    QList<int> rows;
    const qint64 total = matchCount();
    if (total == 0 || maxMarks <= 0)
        return rows;
    const qint64 step = std::max<qint64>(1, total / maxMarks);
    for (int t = 0; t < int(m_streams.size()); ++t) {
        const std::vector<quint32> &m = m_streams[size_t(t)].matches;
        for (qint64 i = 0; i < qint64(m.size()); i += step) {
            const qint64 at = m_rows.rowOf({t, qint64(m[size_t(i)])});
            if (at >= 0 && at < rowCount())
                rows << int(at);
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool LogModel::isBusy() const
{
    return m_busy;
}

void LogModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void LogModel::cancelSearch()
{
    // Cancelling a filter shows every line of the shown sources; cancelling a search shows no matches.
    if (m_filtering) {
        m_filterQuery->cancel();
        m_filter = LogFilter();
        m_filter.text.reset();
        applyFilterResults({});
        return;
    }
    if (m_searching) {
        m_searchQuery->cancel();
        m_search.reset();
        startSearch();
    }
}

int LogModel::rowForTime(qint64 timeUs) const
{
    return int(std::min<qint64>(m_rows.rowForKey(timeUs), rowCount()));
}

} // namespace Steward
