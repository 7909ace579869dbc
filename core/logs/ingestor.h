// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logs/linestore.h"
#include "core/logs/logtypes.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QThread>

#include <memory>

namespace Steward::Logs {

class IngestWorker;

// Lines parsed from one source's bytes for one of its streams (a compose service has one stream per
// container), with where to resume the source after them.
struct IngestBatch
{
    int source = -1;
    QByteArray stream; // "" for a journal or a command; the container's name for compose
    LineBatch lines;
    QByteArray cursor;     // journal: the last entry's __CURSOR
    qint64 lastTimeUs = 0; // compose: the last line's docker timestamp
};
using IngestBatchPtr = std::shared_ptr<IngestBatch>;

// Parses the bytes of log sources on its own thread (journal export or JSON, compose lines, plain output)
// and hands the lines back in batches: at most every 25 ms, or sooner when a batch reaches 16 384 lines or
// 4 MiB. The thread that owns it (the GUI thread) only appends finished batches to the stores, so a source
// flooding at thousands of lines a second never stalls it. Compose streams are deduplicated where a
// resumed `logs --since` repeats what was already read (same container, time and text).
class Ingestor : public QObject
{
    Q_OBJECT

public:
    explicit Ingestor(QObject *parent = nullptr);
    ~Ingestor() override;

    void addSource(int source, SourceKind kind, bool json = false);
    void removeSource(int source);
    // Bytes as they came; flags: Stderr for a command's stderr. arrivalUs: when they came (the time of
    // command output lines, which have none of their own).
    void feed(int source, const QByteArray &data, quint8 flags = 0, qint64 arrivalUs = 0);
    // The command ended: a last line without '\n' is a line, and what is pending is handed over now.
    void finish(int source);
    // A new command starts for the source (after a reconnect): whatever the previous one left half-read
    // is dropped.
    void restart(int source);
    // Bytes fed but not parsed yet, all sources (for flow control).
    qint64 backlog() const { return m_backlog; }

signals:
    void batchReady(const Steward::Logs::IngestBatchPtr &batch);
    // Everything fed to source so far is parsed and handed over (after finish()).
    void drained(int source);
    void parseError(int source, const QString &message);
    void backlogChanged(qint64 bytes);

private:
    QThread m_thread;
    IngestWorker *m_worker;
    qint64 m_backlog = 0;
};

} // namespace Steward::Logs

Q_DECLARE_METATYPE(Steward::Logs::IngestBatchPtr)
