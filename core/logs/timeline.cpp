// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logs/timeline.h"

#include "core/logs/ingestor.h"

namespace Steward::Logs {

Timeline::Timeline(QObject *parent)
    : QObject(parent)
{}

Timeline::~Timeline() = default;

void Timeline::setSpool(const QString &directory, qint64 thresholdBytes)
{
    m_spoolDir = directory;
    m_spoolThreshold = thresholdBytes;
    for (Stream &s : m_streams)
        s.store->setSpool(directory, thresholdBytes);
}

int Timeline::addSource(const SourceSpec &spec)
{
    Source s;
    s.spec = spec;
    s.color = int(m_sources.size());
    m_sources.push_back(std::move(s));
    const int id = int(m_sources.size()) - 1;
    emit sourceAdded(id);
    return id;
}

void Timeline::setSourceState(int id, SourceState state, const QString &message)
{
    Source &s = m_sources[size_t(id)];
    if (s.state == state && s.message == message)
        return;
    s.state = state;
    s.message = message;
    emit sourceChanged(id);
}

void Timeline::removeSource(int id)
{
    m_sources[size_t(id)].removed = true;
    emit sourceChanged(id);
}

int Timeline::findStream(int source, const QByteArray &name) const
{
    for (const int s : m_sources[size_t(source)].streams) {
        if (m_streams[size_t(s)].name == name)
            return s;
    }
    return -1;
}

int Timeline::stream(int source, const QByteArray &name)
{
    const int found = findStream(source, name);
    if (found >= 0)
        return found;
    Stream s;
    s.source = source;
    s.name = name;
    s.store = std::make_unique<LineStore>();
    if (m_spoolThreshold >= 0)
        s.store->setSpool(m_spoolDir, m_spoolThreshold);
    m_streams.push_back(std::move(s));
    const int id = int(m_streams.size()) - 1;
    m_sources[size_t(source)].streams.append(id);
    emit streamAdded(id);
    return id;
}

void Timeline::append(const IngestBatch &batch)
{
    if (batch.source < 0 || batch.source >= sourceCount() || batch.lines.isEmpty())
        return;
    const int id = stream(batch.source, batch.stream);
    LineStore *st = store(id);
    const qint64 from = st->size();
    st->append(batch.lines);
    emit linesAppended(id, from, st->size());
}

qint64 Timeline::lineCount() const
{
    qint64 n = 0;
    for (const Stream &s : m_streams)
        n += s.store->size();
    return n;
}

} // namespace Steward::Logs
