// SPDX-License-Identifier: GPL-3.0-or-later
// LineStore: what goes in comes out (text, times, levels, flags, origins) across blocks and chunks, with
// empty, huge and binary lines; times kept in order; readers on another thread while lines are appended;
// spooling to a file; the index's bytes a line.
#include "core/logs/linestore.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Steward::Logs;

namespace {

struct Expected
{
    QByteArray text;
    qint64 time;
    qint8 priority;
    quint8 flags;
    QByteArray origin;
};

QByteArray lineText(QRandomGenerator &rng, qint64 i)
{
    switch (rng.bounded(10)) {
    case 0:
        return QByteArray();
    case 1:
        return QByteArray(int(rng.bounded(300, 70000)), char('a' + i % 26)); // multi-byte varints
    case 2: {
        QByteArray b(int(rng.bounded(1, 64)), Qt::Uninitialized);
        for (char &c : b) {
            c = char(rng.bounded(256));
            if (c == '\n')
                c = '\r';
        }
        return b;
    }
    default:
        return "line " + QByteArray::number(i) + " GET /api/v1/timelines/home 200 in "
               + QByteArray::number(rng.bounded(1000)) + "ms";
    }
}

} // namespace

class TestLineStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QRandomGenerator rng(42);
        LineStore store;
        QList<Expected> expected;
        LineBatch batch;
        qint64 t = 1732234200000000;
        const QList<QByteArray> origins{"sidekiq[12]", "web-1", "", "systemd[1]"};
        for (qint64 i = 0; i < 3000; ++i) {
            t += rng.bounded(5000);
            Expected e{lineText(rng, i),
                       t,
                       qint8(int(rng.bounded(9)) - 1),
                       quint8(rng.bounded(4)),
                       origins[int(i / 7 % 4)]};
            ParsedLine p;
            p.text = e.text;
            p.timeUs = e.time;
            p.priority = e.priority;
            p.flags = e.flags;
            p.origin = e.origin;
            batch.add(p);
            expected.append(e);
            if (batch.size() == 333) { // batches that do not line up with blocks
                store.append(batch);
                batch.clear();
            }
        }
        store.append(batch);
        QCOMPARE(store.size(), expected.size());
        auto check = [&](qint64 i, const LineStore::Line &l) {
            const Expected &e = expected[i];
            QCOMPARE(l.text.toByteArray(), e.text);
            QCOMPARE(l.timeUs, e.time);
            QCOMPARE(l.keyUs, e.time);
            QCOMPARE(l.priority, e.priority);
            QCOMPARE(l.flags, e.flags);
            QCOMPARE(store.origin(l.origin), e.origin);
        };
        for (qint64 i = 0; i < store.size(); ++i)
            check(i, store.line(i));
        // Random access, backwards.
        LineStore::Reader reader(&store);
        for (qint64 i = store.size() - 1; i >= 0; i -= 7)
            check(i, reader.line(i));
        qint64 text = 0;
        for (const Expected &e : expected)
            text += e.text.size();
        QCOMPARE(store.textBytes(), text);
    }

    void textIsContiguousWithNewlines()
    {
        // A block's lines sit one after the other, each followed by '\n' (a chunk reads like a file).
        LineStore store;
        for (int i = 0; i < 600; ++i)
            store.append(ParsedLine{QByteArray("l" + QByteArray::number(i)), 1000 + i, 6, 0, {}});
        LineStore::Reader r(&store);
        const LineStore::Block &b = r.block(1);
        QCOMPARE(b.first, 256);
        QCOMPARE(b.count, 256);
        for (int j = 0; j + 1 < b.count; ++j) {
            QCOMPARE(b.text[size_t(j)][b.length[size_t(j)]], '\n');
            QCOMPARE(b.text[size_t(j)] + b.length[size_t(j)] + 1, b.text[size_t(j + 1)]);
        }
        QCOMPARE(r.lineAtOffset(0), 0);
    }

    void chunksAndHugeLines()
    {
        // Lines larger than a chunk get one of their own; lines around them stay intact.
        LineStore store;
        const QByteArray huge(int(LineStore::ChunkBytes) + 12345, 'h');
        store.append(ParsedLine{"before", 1, 6, 0, {}});
        store.append(ParsedLine{huge, 2, 6, 0, {}});
        store.append(ParsedLine{"after", 3, 6, 0, {}});
        for (int i = 0; i < 2000; ++i)
            store.append(ParsedLine{QByteArray(3000, char('0' + i % 10)), 4 + i, 6, 0, {}});
        QCOMPARE(store.line(0).text.toByteArray(), QByteArray("before"));
        QCOMPARE(store.line(1).text.size(), huge.size());
        QVERIFY(store.line(1).text.toByteArray() == huge);
        QCOMPARE(store.line(2).text.toByteArray(), QByteArray("after"));
        for (int i = 0; i < 2000; ++i)
            QCOMPARE(store.line(3 + i).text.toByteArray(), QByteArray(3000, char('0' + i % 10)));
        QCOMPARE(store.maxLineBytes(), huge.size());
    }

    void overlongLinesAreCut()
    {
        LineBatch b;
        const QByteArray tooLong(int(MaxLineBytes) + 10, 'z');
        b.add(ParsedLine{tooLong, 1, 3, 0, {}});
        LineStore store;
        store.append(b);
        QCOMPARE(store.line(0).text.size(), MaxLineBytes);
        QVERIFY(store.line(0).flags & Truncated);
    }

    void timesStayInOrder()
    {
        // A line older than the one before it is filed at that time; its own time is kept.
        LineStore store;
        store.append(ParsedLine{"a", 100, 6, 0, {}});
        store.append(ParsedLine{"b", 90, 6, 0, {}});
        store.append(ParsedLine{"c", 0, 6, 0, {}}); // no time
        store.append(ParsedLine{"d", 120, 6, 0, {}});
        QCOMPARE(store.line(1).keyUs, 100);
        QCOMPARE(store.line(1).timeUs, 90);
        QCOMPARE(store.line(2).keyUs, 100);
        QCOMPARE(store.line(2).timeUs, 0);
        QCOMPARE(store.line(3).keyUs, 120);
        QCOMPARE(store.lowerBound(100), 0);
        QCOMPARE(store.lowerBound(101), 3);
        QCOMPARE(store.lowerBound(121), 4);
    }

    void lowerBoundAcrossBlocks()
    {
        LineStore store;
        for (int i = 0; i < 5000; ++i)
            store.append(ParsedLine{"x", 1000 + (i / 3) * 10, 6, 0, {}});
        for (qint64 k = 990; k < 1000 + 5000 / 3 * 10 + 20; k += 7) {
            qint64 expected = 0;
            while (expected < store.size() && store.line(expected).keyUs < k)
                ++expected;
            QCOMPARE(store.lowerBound(k), expected);
        }
    }

    void readerWhileAppending()
    {
        // A reader on another thread sees only whole lines, with the right text, while the writer goes on.
        LineStore store;
        std::atomic<bool> done{false};
        std::atomic<qint64> checked{0};
        std::atomic<bool> bad{false};
        QThread *reader = QThread::create([&] {
            LineStore::Reader r(&store);
            while (!done.load()) {
                const qint64 n = r.size();
                for (qint64 i = std::max<qint64>(0, n - 600); i < n; ++i) {
                    const auto l = r.line(i);
                    if (l.text.toByteArray() != "line " + QByteArray::number(i) || l.keyUs != i + 1)
                        bad = true;
                    ++checked;
                }
            }
        });
        reader->start();
        for (int i = 0; i < 200000; i += 100) {
            LineBatch b;
            for (int k = i; k < i + 100; ++k)
                b.add(ParsedLine{QByteArray("line " + QByteArray::number(k)), k + 1, 6, 0, {}});
            store.append(b);
        }
        done = true;
        reader->wait();
        delete reader;
        QVERIFY(!bad.load());
        QVERIFY(checked.load() > 0);
    }

    void spool()
    {
        // Past the threshold, full chunks go to a file and are read back through mmap.
        QTemporaryDir dir;
        LineStore store;
        store.setSpool(dir.path(), 1024 * 1024);
        const int lines = 200000;
        for (int i = 0; i < lines; ++i)
            store.append(ParsedLine{QByteArray("spooled line " + QByteArray::number(i)
                                               + QByteArray(100, '.')),
                                    i + 1,
                                    6,
                                    0,
                                    {}});
        QVERIFY(store.spooledBytes() > 8 * 1024 * 1024);
        // The spool lives in the directory given, but may have no name there (Qt makes temporary files
        // with O_TMPFILE on Linux, so nothing is left behind): look for it among the open descriptors.
        bool inDirectory = !QDir(dir.path()).entryList(QDir::Files).isEmpty();
        const QFileInfoList fds = QDir(u"/proc/self/fd"_s)
                                      .entryInfoList(QDir::AllEntries | QDir::System
                                                     | QDir::NoDotAndDotDot);
        for (const QFileInfo &fd : fds)
            inDirectory = inDirectory || fd.symLinkTarget().startsWith(dir.path() + u'/');
        QVERIFY(inDirectory);
        LineStore::Reader r(&store);
        for (int i = 0; i < lines; i += 97)
            QCOMPARE(r.line(i).text.toByteArray(),
                     "spooled line " + QByteArray::number(i) + QByteArray(100, '.'));
    }

    void bytesPerLine()
    {
        // Typical lines (a few ms apart, one origin at a time): the index stays well under 8 bytes a line.
        LineStore store;
        LineBatch b;
        qint64 t = 1732234200000000;
        for (int i = 0; i < 100000; ++i) {
            t += 1000 + i % 3000;
            const QByteArray text = "Processed request " + QByteArray::number(i);
            b.add(
                ParsedLine{text,
                           t,
                           qint8(6),
                           0,
                           i % 100 < 90 ? QByteArrayView("sidekiq[7]") : QByteArrayView("web[8]")});
        }
        store.append(b);
        const double perLine = double(store.overheadBytes()) / double(store.size());
        qInfo("index and separators: %.2f bytes a line", perLine);
        QVERIFY2(perLine <= 8.0, qPrintable(QString::number(perLine)));
    }
};

QTEST_GUILESS_MAIN(TestLineStore)
#include "tst_linestore.moc"
