// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logs/ingestor.h"

#include "core/logs/composeparser.h"
#include "core/logs/journalparser.h"
#include "core/logs/logtime.h"

#include <QSet>
#include <QTimer>

#include <cstring>

namespace Steward::Logs {

namespace {
constexpr int FlushMs = 25;
constexpr qsizetype FlushLines = 16384;
constexpr qsizetype FlushBytes = 4 * 1024 * 1024;
} // namespace

class IngestWorker : public QObject
{
    Q_OBJECT

public:
    IngestWorker()
        : m_timer(new QTimer(this)) // a child: it moves to the worker's thread with it
    {
        m_timer->setSingleShot(true);
        m_timer->setInterval(FlushMs);
        connect(m_timer, &QTimer::timeout, this, &IngestWorker::flushAll);
    }

    void addSource(int source, SourceKind kind, bool json)
    {
        State &s = m_sources[source];
        s.kind = kind;
        s.json = json;
    }
    void removeSource(int source) { m_sources.remove(source); }
    void restart(int source)
    {
        auto it = m_sources.find(source);
        if (it == m_sources.end())
            return;
        flush(source, *it);
        it->partial[0].clear();
        it->partial[1].clear();
        it->skipping[0] = it->skipping[1] = false;
        it->exportParser = JournalExportParser();
        // The new command may repeat what was read (compose resumes --since the oldest of its
        // containers' last times): until a container passes where it stood, its repeated lines go.
        for (Dedupe &d : it->dedupe) {
            d.resuming = d.lastTime != 0;
            d.resumeTime = d.lastTime;
            d.resumeAtLast = d.atLast;
        }
    }
    void feed(int source, const QByteArray &data, quint8 flags, qint64 arrivalUs)
    {
        auto it = m_sources.find(source);
        if (it != m_sources.end()) {
            State &s = *it;
            if (s.kind == SourceKind::Journal && !s.json) {
                const bool ok = s.exportParser.feed(data, [&](const JournalEntry &e) {
                    journalEntry(source, s, e);
                });
                if (!ok && !s.failed) {
                    s.failed = true;
                    emit parseError(source, s.exportParser.error());
                }
            } else {
                splitLines(source, s, data, (flags & Stderr) ? 1 : 0, arrivalUs, false);
            }
        }
        emit consumed(data.size());
    }
    void finish(int source)
    {
        auto it = m_sources.find(source);
        if (it != m_sources.end()) {
            State &s = *it;
            if (s.kind == SourceKind::Journal && !s.json) {
                s.exportParser.finish([&](const JournalEntry &e) { journalEntry(source, s, e); });
                s.exportParser = JournalExportParser();
            } else {
                for (int k = 0; k < 2; ++k) {
                    if (!s.partial[k].isEmpty())
                        splitLines(source, s, QByteArray(), k, s.lastArrival, true);
                }
            }
            flush(source, s);
        }
        emit drained(source);
    }

signals:
    void batchReady(const Steward::Logs::IngestBatchPtr &batch);
    void drained(int source);
    void parseError(int source, const QString &message);
    void consumed(qint64 bytes);

private:
    // Where a compose container stood, so that a resumed `logs --since` shows nothing twice: only lines
    // repeated from before the resume are dropped (a container's log may have lines out of time order,
    // stdout and stderr interleaved: those are kept).
    struct Dedupe
    {
        qint64 lastTime = 0;   // the latest time read
        QSet<size_t> atLast;   // hashes of the texts read at lastTime
        bool resuming = false; // a command started again and has not passed resumeTime yet
        qint64 resumeTime = 0;
        QSet<size_t> resumeAtLast;
    };
    struct State
    {
        SourceKind kind = SourceKind::Journal;
        bool json = false;
        bool failed = false;
        JournalExportParser exportParser;
        JournalJsonParser jsonParser;
        QByteArray partial[2];
        bool skipping[2] = {false, false}; // inside a line already cut at MaxLineBytes
        qint64 lastArrival = 0;
        QHash<QByteArray, IngestBatchPtr> pending;
        QByteArray cursor;
        QHash<QByteArray, Dedupe> dedupe;
    };

    IngestBatch &batchFor(int source, State &s, const QByteArray &stream)
    {
        IngestBatchPtr &b = s.pending[stream];
        if (!b) {
            b = std::make_shared<IngestBatch>();
            b->source = source;
            b->stream = stream;
        }
        if (!m_timer->isActive())
            m_timer->start();
        return *b;
    }
    void added(int source, State &s, IngestBatch &b)
    {
        if (b.lines.size() >= FlushLines || b.lines.text.size() >= FlushBytes) {
            IngestBatchPtr p = s.pending.take(b.stream);
            p->cursor = s.cursor;
            emit batchReady(p);
        }
        Q_UNUSED(source);
    }
    void flush(int source, State &s)
    {
        Q_UNUSED(source);
        for (auto it = s.pending.begin(); it != s.pending.end(); ++it) {
            if (it.value() && !it.value()->lines.isEmpty()) {
                it.value()->cursor = s.cursor;
                emit batchReady(it.value());
            }
        }
        s.pending.clear();
    }
    void flushAll()
    {
        for (auto it = m_sources.begin(); it != m_sources.end(); ++it)
            flush(it.key(), it.value());
    }

    // A journal entry: its message's lines (continuations after the first).
    void journalEntry(int source, State &s, const JournalEntry &e)
    {
        IngestBatch &b = batchFor(source, s, QByteArray());
        if (!e.cursor.isEmpty())
            s.cursor = e.cursor.toByteArray();
        const QByteArray origin = e.origin();
        ParsedLine line;
        line.timeUs = e.realtimeUs;
        line.priority = qint8(e.priority);
        line.origin = origin;
        QByteArrayView msg = e.message;
        static const char omitted[]
            = "[message larger than 4096 bytes: journalctl -o json left it out]";
        if (e.messageOmitted)
            msg = QByteArrayView(omitted, qsizetype(sizeof(omitted) - 1));
        // A trailing newline is not another line.
        if (msg.endsWith('\n'))
            msg.chop(1);
        bool first = true;
        for (;;) {
            const char *nl = msg.isEmpty() ? nullptr
                                           : static_cast<const char *>(
                                                 std::memchr(msg.data(), '\n', size_t(msg.size())));
            line.text = nl ? QByteArrayView(msg.data(), nl - msg.data()) : msg;
            line.flags = first ? 0 : Continuation;
            b.lines.add(line);
            first = false;
            if (!nl)
                break;
            msg = msg.sliced(nl - msg.data() + 1);
        }
        added(source, s, b);
    }

    void line(int source, State &s, QByteArrayView text, int stream, qint64 arrivalUs)
    {
        if (text.endsWith('\r'))
            text.chop(1);
        if (s.kind == SourceKind::Journal) { // -o json
            JournalEntry e;
            if (text.isEmpty())
                return;
            if (!s.jsonParser.parse(text, &e)) {
                if (!s.failed) {
                    s.failed = true;
                    emit parseError(source, s.jsonParser.error());
                }
                return;
            }
            journalEntry(source, s, e);
            return;
        }
        ParsedLine p;
        if (s.kind == SourceKind::Compose) {
            const ComposeLine c = parseComposeLine(text);
            const QByteArray container = c.container.toByteArray();
            if (c.timeUs != 0) {
                // A resumed `logs --since T` repeats the lines at T (and docker may send older ones).
                Dedupe &d = s.dedupe[container];
                const size_t h = qHash(c.text);
                if (d.resuming) {
                    if (c.timeUs < d.resumeTime
                        || (c.timeUs == d.resumeTime && d.resumeAtLast.contains(h)))
                        return; // read before the resume
                    if (c.timeUs > d.resumeTime) {
                        d.resuming = false;
                        d.resumeAtLast.clear();
                    }
                }
                if (c.timeUs > d.lastTime) {
                    d.lastTime = c.timeUs;
                    d.atLast.clear();
                }
                if (c.timeUs == d.lastTime)
                    d.atLast.insert(h);
            }
            IngestBatch &b = batchFor(source, s, container);
            p.text = c.text;
            p.timeUs = c.timeUs;
            p.origin = c.container;
            p.priority = c.status ? qint8(Notice) : qint8(guessPriority(c.text));
            b.lines.add(p);
            if (c.timeUs != 0)
                b.lastTimeUs = c.timeUs;
            added(source, s, b);
            return;
        }
        IngestBatch &b = batchFor(source, s, QByteArray());
        p.text = text;
        p.timeUs = arrivalUs;
        p.flags = stream == 1 ? Stderr : 0;
        p.priority = qint8(guessPriority(text));
        b.lines.add(p);
        added(source, s, b);
    }

    void splitLines(int source, State &s, const QByteArray &data, int k, qint64 arrivalUs, bool atEnd)
    {
        if (arrivalUs)
            s.lastArrival = arrivalUs;
        QByteArray &partial = s.partial[k];
        QByteArrayView rest = data;
        if (!partial.isEmpty() || s.skipping[k]) {
            const char *nl = rest.isEmpty()
                                 ? nullptr
                                 : static_cast<const char *>(
                                       std::memchr(rest.data(), '\n', size_t(rest.size())));
            if (!nl && !atEnd) {
                if (!s.skipping[k]) {
                    partial.append(rest.data(), rest.size());
                    if (partial.size() > MaxLineBytes) {
                        // Cut: the line so far is stored, the rest of it skipped.
                        line(source, s, QByteArrayView(partial).first(MaxLineBytes), k, arrivalUs);
                        partial.clear();
                        s.skipping[k] = true;
                    }
                }
                return;
            }
            const qsizetype n = nl ? nl - rest.data() : rest.size();
            if (!s.skipping[k]) {
                partial.append(rest.data(), n);
                line(source, s, partial, k, arrivalUs);
            }
            partial.clear();
            s.skipping[k] = false;
            rest = nl ? rest.sliced(n + 1) : QByteArrayView();
        }
        while (!rest.isEmpty()) {
            const char *nl = static_cast<const char *>(
                std::memchr(rest.data(), '\n', size_t(rest.size())));
            if (!nl) {
                if (atEnd)
                    line(source, s, rest, k, arrivalUs);
                else
                    partial = rest.toByteArray();
                break;
            }
            line(source, s, QByteArrayView(rest.data(), nl - rest.data()), k, arrivalUs);
            rest = rest.sliced(nl - rest.data() + 1);
        }
    }

    QHash<int, State> m_sources;
    QTimer *m_timer;
};

Ingestor::Ingestor(QObject *parent)
    : QObject(parent)
    , m_worker(new IngestWorker)
{
    qRegisterMetaType<IngestBatchPtr>();
    m_thread.setObjectName(QStringLiteral("log ingestion"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &IngestWorker::batchReady, this, &Ingestor::batchReady);
    connect(m_worker, &IngestWorker::drained, this, &Ingestor::drained);
    connect(m_worker, &IngestWorker::parseError, this, &Ingestor::parseError);
    connect(m_worker, &IngestWorker::consumed, this, [this](qint64 bytes) {
        m_backlog -= bytes;
        emit backlogChanged(m_backlog);
    });
    m_thread.start();
}

Ingestor::~Ingestor()
{
    m_thread.quit();
    m_thread.wait();
}

void Ingestor::addSource(int source, SourceKind kind, bool json)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, source, kind, json] {
        w->addSource(source, kind, json);
    });
}

void Ingestor::removeSource(int source)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, source] { w->removeSource(source); });
}

void Ingestor::feed(int source, const QByteArray &data, quint8 flags, qint64 arrivalUs)
{
    if (data.isEmpty())
        return;
    m_backlog += data.size();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, source, data, flags, arrivalUs] {
        w->feed(source, data, flags, arrivalUs);
    });
}

void Ingestor::finish(int source)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, source] { w->finish(source); });
}

void Ingestor::restart(int source)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, source] { w->restart(source); });
}

} // namespace Steward::Logs

#include "ingestor.moc"
