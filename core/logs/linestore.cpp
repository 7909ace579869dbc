// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logs/linestore.h"

#include <QDir>
#include <QReadLocker>
#include <QTemporaryFile>
#include <QWriteLocker>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Steward::Logs {

namespace {

enum Attr : quint8 {
    PriorityMask = 0x07,
    HasPriority = 0x08,
    AttrStderr = 0x10,
    AttrContinuation = 0x20,
    OriginFollows = 0x40,
    ExtraFollows = 0x80,
};
enum Extra : quint8 { ExtraTruncated = 0x01, ExtraOwnTime = 0x02 };

inline void putVarint(std::vector<quint8> &out, quint64 v)
{
    while (v >= 0x80) {
        out.push_back(quint8(v | 0x80));
        v >>= 7;
    }
    out.push_back(quint8(v));
}

inline quint64 getVarint(const quint8 *&p)
{
    quint64 v = *p & 0x7F;
    if (!(*p++ & 0x80))
        return v;
    int shift = 7;
    for (;;) {
        const quint8 b = *p++;
        v |= quint64(b & 0x7F) << shift;
        if (!(b & 0x80))
            return v;
        shift += 7;
    }
}

} // namespace

void LineBatch::add(const ParsedLine &line)
{
    QByteArrayView text = line.text;
    quint8 flags = line.flags;
    if (text.size() > MaxLineBytes) {
        text = text.first(MaxLineBytes);
        flags |= Truncated;
    }
    lines.push_back(
        Meta{quint32(text.size()), flags, line.priority, originIndex(line.origin), line.timeUs});
    text.isEmpty() ? void() : void(this->text.append(text.data(), text.size()));
}

quint16 LineBatch::originIndex(QByteArrayView origin)
{
    // Most lines name the origin of the line before: look there first.
    if (!origins.isEmpty() && origins.constLast() == origin)
        return quint16(origins.size() - 1);
    for (qsizetype i = origins.size() - 1; i >= 0 && i >= origins.size() - 8; --i) {
        if (origins.at(i) == origin)
            return quint16(i);
    }
    if (origins.size() >= 0xFFFF) // a batch is flushed long before that
        return quint16(origins.size() - 1);
    origins.append(origin.toByteArray());
    return quint16(origins.size() - 1);
}

void LineBatch::clear()
{
    text.clear();
    lines.clear();
    origins.clear();
}

LineStore::LineStore()
{
    m_origins.append(QByteArray());
    m_originIds.insert(QByteArray(), 0);
}

LineStore::~LineStore() = default;

void LineStore::setSpool(const QString &directory, qint64 thresholdBytes)
{
    QWriteLocker lock(&m_lock);
    m_spoolDir = directory;
    m_spoolThreshold = thresholdBytes;
}

qint64 LineStore::size() const
{
    return m_size.load(std::memory_order_acquire);
}

quint32 LineStore::internOrigin(QByteArrayView origin)
{
    if (m_origins.at(m_lastOrigin) == origin)
        return m_lastOrigin;
    const QByteArray key = origin.toByteArray();
    auto it = m_originIds.constFind(key);
    if (it != m_originIds.constEnd())
        return it.value();
    const quint32 id = quint32(m_origins.size());
    m_origins.append(key);
    m_originIds.insert(key, id);
    return id;
}

QByteArray LineStore::origin(quint32 id) const
{
    QReadLocker lock(&m_lock);
    return id < quint32(m_origins.size()) ? m_origins.at(id) : QByteArray();
}

void LineStore::append(const LineBatch &batch)
{
    if (batch.isEmpty())
        return;
    QWriteLocker lock(&m_lock);
    std::vector<quint32> ids(size_t(batch.origins.size()));
    for (qsizetype i = 0; i < batch.origins.size(); ++i)
        ids[size_t(i)] = internOrigin(batch.origins.at(i));
    const char *text = batch.text.constData();
    for (const LineBatch::Meta &m : batch.lines) {
        appendOne(QByteArrayView(text, m.length), m.timeUs, m.priority, m.flags, ids[m.origin]);
        text += m.length;
    }
}

void LineStore::append(const ParsedLine &line)
{
    LineBatch batch;
    batch.add(line);
    append(batch);
}

char *LineStore::reserve(qsizetype bytes)
{
    if (!m_chunks.empty()) {
        Chunk &c = m_chunks.back();
        if (c.writable && c.used + bytes <= c.capacity)
            return c.writable + c.used;
        if (c.writable) {
            c.writable = nullptr; // full: closed
            if (m_spoolThreshold >= 0 && m_heapBytes > m_spoolThreshold)
                spoolChunk(c);
        }
    }
    Chunk c;
    c.start = m_textOffset;
    c.capacity = std::max<qsizetype>(ChunkBytes, bytes);
    std::shared_ptr<char[]> memory(new char[size_t(c.capacity)]);
    c.writable = memory.get();
    c.data = std::shared_ptr<const char>(memory, memory.get());
    m_chunks.push_back(std::move(c));
    return m_chunks.back().writable;
}

void LineStore::spoolChunk(Chunk &chunk)
{
    if (!m_spool) {
        auto file = std::make_shared<QTemporaryFile>(
            QDir(m_spoolDir.isEmpty() ? QDir::tempPath() : m_spoolDir)
                .filePath(u"steward-log-XXXXXX.spool"_s));
        QDir().mkpath(m_spoolDir.isEmpty() ? QDir::tempPath() : m_spoolDir);
        if (!file->open()) {
            m_spoolThreshold = -1; // no spool then: keep everything in memory
            return;
        }
        m_spool = file;
    }
    const qint64 at = m_spool->size();
    if (!m_spool->seek(at) || m_spool->write(chunk.data.get(), chunk.used) != chunk.used
        || !m_spool->flush()) {
        m_spoolThreshold = -1;
        return;
    }
    uchar *mapped = m_spool->map(at, chunk.used);
    if (!mapped) {
        m_spoolThreshold = -1;
        return;
    }
    std::shared_ptr<QFile> file = m_spool;
    chunk.data = std::shared_ptr<const char>(reinterpret_cast<const char *>(mapped),
                                             [file](const char *p) {
                                                 file->unmap(reinterpret_cast<uchar *>(
                                                     const_cast<char *>(p)));
                                             });
    m_heapBytes -= chunk.used;
    m_spooledBytes += chunk.used;
}

void LineStore::appendOne(
    QByteArrayView text, qint64 timeUs, qint8 priority, quint8 flags, quint32 origin)
{
    const qint64 i = m_size.load(std::memory_order_relaxed);
    const qsizetype length = text.size();
    qint64 key = timeUs;
    quint8 extra = (flags & Truncated) ? ExtraTruncated : 0;
    if (timeUs < m_lastKey || timeUs <= 0) {
        key = m_lastKey;
        if (timeUs != key) {
            extra |= ExtraOwnTime;
            m_ownTimes.insert(i, timeUs);
        }
    }
    bool originFollows = origin != m_lastOrigin;
    quint64 delta = quint64(key - m_lastKey);
    if (i % BlockLines == 0) {
        m_blocks.push_back(BlockHeader{m_textOffset, key, qint64(m_enc.size())});
        originFollows = true;
        delta = 0;
    }
    char *dest = reserve(length + 1);
    if (length)
        std::memcpy(dest, text.data(), size_t(length));
    dest[length] = '\n';
    Chunk &chunk = m_chunks.back();
    chunk.used += length + 1;
    m_heapBytes += length + 1;

    putVarint(m_enc, quint64(length));
    putVarint(m_enc, delta);
    quint8 attr = priority >= 0 ? quint8(HasPriority | (priority & PriorityMask)) : quint8(0);
    if (flags & Stderr)
        attr |= AttrStderr;
    if (flags & Continuation)
        attr |= AttrContinuation;
    if (originFollows)
        attr |= OriginFollows;
    if (extra)
        attr |= ExtraFollows;
    m_enc.push_back(attr);
    if (extra)
        m_enc.push_back(extra);
    if (originFollows)
        putVarint(m_enc, origin);

    m_textOffset += length + 1;
    m_textBytes += length;
    m_maxLineBytes = std::max<qint64>(m_maxLineBytes, length);
    m_lastKey = key;
    m_lastOrigin = origin;
    m_size.store(i + 1, std::memory_order_release);
}

void LineStore::decode(qint64 blockIndex, Block &out) const
{
    const qint64 total = m_size.load(std::memory_order_acquire);
    const BlockHeader &h = m_blocks[size_t(blockIndex)];
    out.first = blockIndex * BlockLines;
    out.count = int(std::min<qint64>(BlockLines, total - out.first));
    out.keep.clear();
    out.ownTimes.clear();
    const quint8 *p = m_enc.data() + h.enc;
    qint64 offset = h.offset;
    qint64 key = h.key;
    quint32 origin = 0;
    // The chunk of the block's first line.
    auto it = std::upper_bound(m_chunks.begin(),
                               m_chunks.end(),
                               offset,
                               [](qint64 o, const Chunk &c) { return o < c.start; });
    size_t chunk = size_t(it - m_chunks.begin()) - 1;
    out.keep.push_back(m_chunks[chunk].data);
    for (int j = 0; j < out.count; ++j) {
        const quint32 length = quint32(getVarint(p));
        key += qint64(getVarint(p));
        const quint8 attr = *p++;
        const quint8 extra = (attr & ExtraFollows) ? *p++ : quint8(0);
        if (attr & OriginFollows)
            origin = quint32(getVarint(p));
        while (offset >= m_chunks[chunk].start + m_chunks[chunk].used
               && chunk + 1 < m_chunks.size()) {
            ++chunk;
            out.keep.push_back(m_chunks[chunk].data);
        }
        out.text[size_t(j)] = m_chunks[chunk].data.get() + (offset - m_chunks[chunk].start);
        out.length[size_t(j)] = length;
        out.key[size_t(j)] = key;
        out.priority[size_t(j)] = (attr & HasPriority) ? qint8(attr & PriorityMask) : qint8(-1);
        out.flags[size_t(j)] = quint8(((attr & AttrStderr) ? Stderr : 0)
                                      | ((attr & AttrContinuation) ? Continuation : 0)
                                      | ((extra & ExtraTruncated) ? Truncated : 0));
        out.origin[size_t(j)] = origin;
        if (extra & ExtraOwnTime)
            out.ownTimes.emplace_back(j, m_ownTimes.value(out.first + j));
        offset += qint64(length) + 1;
    }
}

LineStore::Line LineStore::Block::line(const LineStore &, qint64 i) const
{
    const size_t j = size_t(i - first);
    Line l;
    l.text = QByteArrayView(text[j], length[j]);
    l.keyUs = key[j];
    l.timeUs = key[j];
    for (const auto &[at, own] : ownTimes) {
        if (size_t(at) == j)
            l.timeUs = own;
    }
    l.priority = priority[j];
    l.flags = flags[j];
    l.origin = origin[j];
    return l;
}

LineStore::Line LineStore::line(qint64 i) const
{
    const qint64 b = i / BlockLines;
    if (m_cache.first != b * BlockLines || i >= m_cache.first + m_cache.count)
        decode(b, m_cache);
    return m_cache.line(*this, i);
}

qint64 LineStore::firstKey() const
{
    return m_blocks.empty() ? 0 : m_blocks.front().key;
}

qint64 LineStore::lowerBound(qint64 keyUs) const
{
    const qint64 n = size();
    if (n == 0)
        return 0;
    // The last block whose first key is < keyUs holds the answer (or the answer is its end).
    auto it = std::lower_bound(m_blocks.begin(),
                               m_blocks.end(),
                               keyUs,
                               [](const BlockHeader &h, qint64 k) { return h.key < k; });
    if (it == m_blocks.begin())
        return 0;
    const qint64 b = qint64(it - m_blocks.begin()) - 1;
    const qint64 end = std::min<qint64>(n, (b + 1) * BlockLines);
    for (qint64 i = b * BlockLines; i < end; ++i) {
        if (line(i).keyUs >= keyUs)
            return i;
    }
    return end;
}

qint64 LineStore::overheadBytes() const
{
    qint64 slack = 0;
    for (const Chunk &c : m_chunks) {
        if (!c.writable && c.capacity == ChunkBytes)
            slack += c.capacity - c.used;
    }
    return qint64(m_enc.size()) + qint64(m_blocks.size() * sizeof(BlockHeader))
           + qint64(m_chunks.size() * sizeof(Chunk)) + size() /* the '\n' */ + slack
           + qint64(m_ownTimes.size()) * 32;
}

LineStore::Reader::Reader(const LineStore *store, bool locking)
    : m_store(store)
    , m_locking(locking)
{}

qint64 LineStore::Reader::size() const
{
    return m_store->size();
}

const LineStore::Block &LineStore::Reader::block(qint64 blockIndex)
{
    if (m_block.first != blockIndex * BlockLines || m_block.count < BlockLines) {
        if (m_locking) {
            QReadLocker lock(&m_store->m_lock);
            m_store->decode(blockIndex, m_block);
        } else {
            m_store->decode(blockIndex, m_block);
        }
    }
    return m_block;
}

LineStore::Line LineStore::Reader::line(qint64 i)
{
    const qint64 b = i / BlockLines;
    if (m_block.first != b * BlockLines || i >= m_block.first + m_block.count)
        block(b);
    return m_block.line(*m_store, i);
}

qint64 LineStore::Reader::lineAtOffset(qint64 offset)
{
    qint64 b = 0;
    {
        QReadLocker lock(m_locking ? &m_store->m_lock : nullptr);
        const auto &blocks = m_store->m_blocks;
        auto it = std::upper_bound(blocks.begin(),
                                   blocks.end(),
                                   offset,
                                   [](qint64 o, const BlockHeader &h) { return o < h.offset; });
        b = qint64(it - blocks.begin()) - 1;
    }
    if (b < 0)
        return 0;
    const Block &blk = block(b);
    qint64 o = 0;
    {
        QReadLocker lock(m_locking ? &m_store->m_lock : nullptr);
        o = m_store->m_blocks[size_t(b)].offset;
    }
    for (int j = 0; j < blk.count; ++j) {
        const qint64 next = o + blk.length[size_t(j)] + 1;
        if (offset < next)
            return blk.first + j;
        o = next;
    }
    return blk.first + blk.count - 1;
}

} // namespace Steward::Logs
