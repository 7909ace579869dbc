// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logs/linestore.h"
#include "core/logs/logtypes.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace Steward::Logs {

struct IngestBatch;

// The sources of a log view and their streams (a journal source has one stream; a compose service one per
// container), each stream's lines in its own LineStore. Lives on the GUI thread: batches parsed elsewhere
// are appended here, and views follow linesAppended().
class Timeline : public QObject
{
    Q_OBJECT

public:
    struct Source
    {
        SourceSpec spec;
        SourceState state = SourceState::Connecting;
        QString message; // why it failed, what it waits for, what the command said on stderr
        QList<int> streams;
        int color = 0; // the source's colour index, stable for its life
        bool removed = false;
    };

    explicit Timeline(QObject *parent = nullptr);
    ~Timeline() override;

    // Spools text beyond thresholdBytes a stream to files in directory (LineStore::setSpool).
    void setSpool(const QString &directory, qint64 thresholdBytes);

    int addSource(const SourceSpec &spec);
    int sourceCount() const { return int(m_sources.size()); }
    const Source &source(int id) const { return m_sources[size_t(id)]; }
    void setSourceState(int id, SourceState state, const QString &message = QString());
    // A removed source keeps its number and lines (rows that name it stay valid) but is no longer shown.
    void removeSource(int id);

    int streamCount() const { return int(m_streams.size()); }
    int streamSource(int stream) const { return m_streams[size_t(stream)].source; }
    QByteArray streamName(int stream) const { return m_streams[size_t(stream)].name; }
    const LineStore *store(int stream) const { return m_streams[size_t(stream)].store.get(); }
    LineStore *store(int stream) { return m_streams[size_t(stream)].store.get(); }
    int findStream(int source, const QByteArray &name) const;
    int stream(int source, const QByteArray &name); // made when missing

    void append(const IngestBatch &batch);
    // Lines of every stream (for the status bar).
    qint64 lineCount() const;

signals:
    void sourceAdded(int source);
    void sourceChanged(int source);
    void streamAdded(int stream);
    void linesAppended(int stream, qint64 from, qint64 to);

private:
    struct Stream
    {
        int source;
        QByteArray name;
        std::unique_ptr<LineStore> store;
    };
    std::vector<Source> m_sources;
    std::vector<Stream> m_streams;
    QString m_spoolDir;
    qint64 m_spoolThreshold = -1;
};

} // namespace Steward::Logs
