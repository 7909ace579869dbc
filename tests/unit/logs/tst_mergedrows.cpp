// SPDX-License-Identifier: GPL-3.0-or-later
// MergedRows against a plain sort: the merged order of several streams (equal times, filtered lists), row
// lookups both ways, the rows insertions announce (in the middle as well as at the end) and the order
// after them, time lookups.
#include "core/logs/linestore.h"
#include "core/logs/mergedrows.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace Steward::Logs;

namespace {

using Ref = MergedRows::Ref;

struct World
{
    std::vector<std::unique_ptr<LineStore>> stores;
    MergedRows rows;

    void add(int stream, qint64 time)
    {
        stores[size_t(stream)]->append(
            ParsedLine{QByteArray(QByteArray::number(stream) + ':'
                                  + QByteArray::number(stores[size_t(stream)]->size())),
                       time,
                       6,
                       0,
                       {}});
    }
    // The expected order: every visible element, sorted by (key, stream, line).
    std::vector<Ref> expected() const
    {
        std::vector<std::tuple<qint64, int, qint64>> all;
        for (int s = 0; s < rows.streamCount(); ++s) {
            for (qint64 e = 0; e < rows.visible(s); ++e) {
                const qint64 line = rows.isAll(s) ? e : lines[size_t(s)][size_t(e)];
                all.emplace_back(stores[size_t(s)]->line(line).keyUs, s, line);
            }
        }
        std::sort(all.begin(), all.end());
        std::vector<Ref> out;
        for (const auto &[k, s, l] : all)
            out.push_back(Ref{s, l});
        return out;
    }
    std::vector<std::vector<quint32>> lines; // filtered lists, when a stream has one
};

void verify(const World &w)
{
    const std::vector<Ref> exp = w.expected();
    QCOMPARE(w.rows.count(), qint64(exp.size()));
    for (qint64 r = 0; r < qint64(exp.size()); ++r) {
        const Ref got = w.rows.at(r);
        if (!(got == exp[size_t(r)]))
            QFAIL(qPrintable(QStringLiteral("row %1: stream %2 line %3, expected %4 %5")
                                 .arg(r)
                                 .arg(got.stream)
                                 .arg(got.line)
                                 .arg(exp[size_t(r)].stream)
                                 .arg(exp[size_t(r)].line)));
    }
    // Random access and the way back.
    QRandomGenerator rng(1);
    for (int i = 0; i < 300 && !exp.empty(); ++i) {
        const qint64 r = rng.bounded(qint64(exp.size()));
        QVERIFY(w.rows.at(r) == exp[size_t(r)]);
        QCOMPARE(w.rows.rowOf(exp[size_t(r)]), r);
    }
}

} // namespace

class TestMergedRows : public QObject
{
    Q_OBJECT

private slots:
    void mergeWithTies()
    {
        World w;
        QRandomGenerator rng(3);
        for (int s = 0; s < 4; ++s) {
            w.stores.push_back(std::make_unique<LineStore>());
            w.rows.addStream(w.stores.back().get());
            qint64 t = 1000;
            const int n = 700 + s * 300;
            for (int i = 0; i < n; ++i) {
                t += rng.bounded(3) * 10; // many equal times across streams
                w.add(s, t);
            }
            w.rows.setAll(s, w.stores.back()->size());
        }
        w.lines.resize(4);
        w.rows.rebuild();
        verify(w);
        // Time lookups: the first row at or after t.
        const std::vector<Ref> exp = w.expected();
        for (qint64 t = 990; t < 30000; t += 97) {
            qint64 row = 0;
            while (row < qint64(exp.size())
                   && w.stores[size_t(exp[size_t(row)].stream)]->line(exp[size_t(row)].line).keyUs
                          < t)
                ++row;
            QCOMPARE(w.rows.rowForKey(t), row);
        }
    }

    void singleStreamIsDirect()
    {
        World w;
        w.stores.push_back(std::make_unique<LineStore>());
        w.rows.addStream(w.stores[0].get());
        for (int i = 0; i < 1000; ++i)
            w.add(0, i);
        w.rows.setAll(0, 1000);
        w.rows.rebuild();
        w.lines.resize(1);
        verify(w);
    }

    void filteredLists()
    {
        World w;
        QRandomGenerator rng(5);
        w.lines.resize(3);
        for (int s = 0; s < 3; ++s) {
            w.stores.push_back(std::make_unique<LineStore>());
            w.rows.addStream(w.stores.back().get());
            qint64 t = 0;
            for (int i = 0; i < 2000; ++i) {
                t += rng.bounded(20);
                w.add(s, t);
                if (rng.bounded(3) == 0)
                    w.lines[size_t(s)].push_back(quint32(i));
            }
            w.rows.setLines(s, w.lines[size_t(s)], qint64(w.lines[size_t(s)].size()));
        }
        w.rows.rebuild();
        verify(w);
        // A line that is not in the list has no row.
        for (quint32 l = 0; l < 50; ++l) {
            const bool listed = std::binary_search(w.lines[0].begin(), w.lines[0].end(), l);
            QCOMPARE(w.rows.rowOf(Ref{0, l}) >= 0, listed);
        }
    }

    void insertionsAnywhere()
    {
        // Two streams following, one late (its lines go between rows already shown), a third added later.
        World w;
        QRandomGenerator rng(9);
        w.lines.resize(3);
        for (int s = 0; s < 2; ++s) {
            w.stores.push_back(std::make_unique<LineStore>());
            w.rows.addStream(w.stores.back().get());
        }
        qint64 t0 = 0;
        qint64 t1 = 0;
        for (int round = 0; round < 40; ++round) {
            if (round == 10) {
                w.stores.push_back(std::make_unique<LineStore>());
                w.rows.addStream(w.stores.back().get());
            }
            // Stream 0 is ahead; stream 1 catches up with older lines; stream 2 brings a burst.
            for (int i = 0; i < int(rng.bounded(1, 300)); ++i)
                w.add(0, t0 += rng.bounded(5));
            for (int i = 0; i < int(rng.bounded(1, 300)); ++i)
                w.add(1, t1 += rng.bounded(4));
            if (round >= 10) {
                qint64 t2 = w.stores[2]->size() ? w.stores[2]->lastKey() : 0;
                for (int i = 0; i < 50; ++i)
                    w.add(2, t2 += rng.bounded(30));
            }
            // Touch the rows so that checkpoints exist before the insertions.
            if (w.rows.count() > 0)
                (void) w.rows.at(w.rows.count() - 1);
            for (int s = 0; s < w.rows.streamCount(); ++s) {
                const qint64 before = w.rows.count();
                const auto groups = w.rows.insertions(s, w.stores[size_t(s)]->size());
                qint64 inserted = 0;
                qint64 lastRow = -1;
                for (const MergedRows::Group &g : groups) {
                    QVERIFY(g.row > lastRow);
                    lastRow = g.row + g.count - 1;
                    w.rows.insert(s, g);
                    inserted += g.count;
                    // The group's rows are the stream's new lines, in order.
                    for (qint64 r = g.row; r < g.row + g.count; ++r)
                        QCOMPARE(w.rows.at(r).stream, s);
                }
                QCOMPARE(w.rows.count(), before + inserted);
            }
            verify(w);
        }
    }
};

QTEST_GUILESS_MAIN(TestMergedRows)
#include "tst_mergedrows.moc"
