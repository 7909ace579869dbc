// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logs/logtypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QReadWriteLock>
#include <QString>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

class QFile;

namespace Steward::Logs {

// Lines parsed from one stream, on their way from the ingestion thread to a store: the texts one after
// the other in one buffer, a small record a line, and the origins the lines name.
struct LineBatch
{
    struct Meta
    {
        quint32 length;
        quint8 flags;
        qint8 priority;
        quint16 origin; // index into origins
        qint64 timeUs;
    };
    QByteArray text;
    std::vector<Meta> lines;
    QList<QByteArray> origins;

    // Copies line in (cut at MaxLineBytes).
    void add(const ParsedLine &line);
    qsizetype size() const { return qsizetype(lines.size()); }
    bool isEmpty() const { return lines.empty(); }
    void clear();

private:
    quint16 originIndex(QByteArrayView origin);
};

// One stream's lines, append-only, in the shape of klogg's log storage: the text in large chunks (4 MiB,
// each line followed by '\n', so a chunk reads like a file and can be searched whole), and a compact
// index in blocks of 256 lines: each block has its absolute offset and time, then per line a varint
// length, a varint time delta, one attribute byte (priority, flags) and, only when it changes, the
// origin's number. That is about 4 to 7 bytes a line beyond the text, and no QString per line.
//
// Times are kept non-decreasing (the merge of several streams depends on it): a line older than the one
// before it is filed at that one's time and its own time kept aside (rare: a clock set back).
//
// Threads: one writer (the thread that appends, the GUI thread in the application) reads without locks;
// other threads read through a Reader, which takes the store's read lock only while it decodes a block.
// Text never moves once written (chunks are never reallocated; a spooled chunk stays mapped while a
// reader holds it), so a reader may scan a block's text without the lock.
class LineStore
{
public:
    static constexpr int BlockLines = 256;
    static constexpr qsizetype ChunkBytes = 4 * 1024 * 1024;

    struct Line
    {
        QByteArrayView text;
        qint64 timeUs = 0; // the line's own time (0: none)
        qint64 keyUs = 0;  // the time it is ordered by (non-decreasing)
        qint8 priority = NoPriority;
        quint8 flags = 0;
        quint32 origin = 0;
    };

    // The decoded records of one block.
    struct Block
    {
        qint64 first = -1; // first line number
        int count = 0;
        std::array<const char *, BlockLines> text{};
        std::array<quint32, BlockLines> length{};
        std::array<qint64, BlockLines> key{};
        std::array<qint8, BlockLines> priority{};
        std::array<quint8, BlockLines> flags{};
        std::array<quint32, BlockLines> origin{};
        std::vector<std::pair<int, qint64>> ownTimes; // lines whose own time differs from their key
        std::vector<std::shared_ptr<const char>> keep; // the chunks the texts are in
        Line line(const LineStore &store, qint64 i) const;
    };

    // Decodes blocks for a thread other than the writer's (locks while decoding); one block cached.
    class Reader
    {
    public:
        explicit Reader(const LineStore *store, bool locking = true);
        qint64 size() const; // lines published at this moment
        Line line(qint64 i);
        const Block &block(qint64 blockIndex);
        // The line whose text holds the given offset in the store's text (see textOffset()).
        qint64 lineAtOffset(qint64 offset);

    private:
        const LineStore *m_store;
        bool m_locking;
        Block m_block;
    };

    LineStore();
    ~LineStore();
    LineStore(const LineStore &) = delete;
    LineStore &operator=(const LineStore &) = delete;

    // Full chunks go to a spool file in directory (deleted on exit) once more than thresholdBytes of text
    // are held in memory; they are read back through mmap, so the system keeps in memory what is read.
    void setSpool(const QString &directory, qint64 thresholdBytes);

    // Writer.
    void append(const LineBatch &batch);
    void append(const ParsedLine &line); // one line (tests, small sources)

    qint64 size() const;       // lines (safe from any thread)
    Line line(qint64 i) const; // writer thread only (cached block)
    qint64 keyAt(qint64 i) const { return line(i).keyUs; }
    QByteArray origin(quint32 id) const; // any thread
    qint64 lastKey() const { return m_lastKey; }
    qint64 firstKey() const;

    // First line whose key is >= keyUs (binary search; writer thread).
    qint64 lowerBound(qint64 keyUs) const;

    // Sizes, for the memory figures: text held (without the '\n' a line), index and block headers.
    qint64 textBytes() const { return m_textBytes; }
    qint64 overheadBytes() const;
    qint64 spooledBytes() const { return m_spooledBytes; }
    qint64 maxLineBytes() const { return m_maxLineBytes; }

private:
    friend class Reader;
    struct Chunk
    {
        qint64 start = 0; // offset of its first byte in the store's text
        qint64 used = 0;
        qint64 capacity = 0;
        std::shared_ptr<const char> data;
        char *writable = nullptr; // while it is being filled
    };
    struct BlockHeader
    {
        qint64 offset; // text offset of the block's first line
        qint64 key;    // the first line's key
        qint64 enc;    // where its records start in m_enc
    };
    char *reserve(qsizetype bytes); // room for one line and its '\n'
    void spoolChunk(Chunk &chunk);
    void decode(qint64 blockIndex, Block &out) const; // caller holds the lock (or is the writer)
    quint32 internOrigin(QByteArrayView origin);
    void appendOne(QByteArrayView text, qint64 timeUs, qint8 priority, quint8 flags, quint32 origin);

    mutable QReadWriteLock m_lock;
    std::vector<Chunk> m_chunks;
    std::vector<BlockHeader> m_blocks;
    std::vector<quint8> m_enc;
    QList<QByteArray> m_origins;
    QHash<QByteArray, quint32> m_originIds;
    QHash<qint64, qint64> m_ownTimes; // line → its own time, where it differs from its key
    std::atomic<qint64> m_size{0};
    qint64 m_textOffset = 0;
    qint64 m_textBytes = 0;
    qint64 m_maxLineBytes = 0;
    qint64 m_lastKey = 0;
    quint32 m_lastOrigin = 0;
    qint64 m_heapBytes = 0;
    qint64 m_spooledBytes = 0;
    QString m_spoolDir;
    qint64 m_spoolThreshold = -1;
    std::shared_ptr<QFile> m_spool;
    mutable Block m_cache; // the writer's cached block
};

} // namespace Steward::Logs
