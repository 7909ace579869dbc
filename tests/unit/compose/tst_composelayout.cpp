// SPDX-License-Identifier: GPL-3.0-or-later
// DiffLayout: side-by-side rows, folding and the unified lines as tables, then the mappings between
// them and the intraline marks, and the layout of a real fixture pair against its own diff.
#include "core/compose/composelayout.h"
#include "tests/unit/compose/composefixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Compose;

namespace {

// "2,1,2,1;11,0,11,3": changes as oldStart,oldCount,newStart,newCount (0-based).
QList<Change> changesFrom(const QString &spec)
{
    QList<Change> changes;
    const QStringList parts = spec.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList n = part.split(u',');
        changes.append({n.at(0).toInt(), n.at(1).toInt(), n.at(2).toInt(), n.at(3).toInt()});
    }
    return changes;
}

QStringList numbered(int count, const QString &prefix)
{
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines.append(prefix + QString::number(i));
    return lines;
}

QString side(int line)
{
    return line < 0 ? u"-"_s : QString::number(line);
}

// A row as "old|new" (0-based, "-" for a filler), "*old|new" in a change, "~N" for a fold of N lines.
QStringList rowsText(const DiffLayout &layout)
{
    QStringList out;
    for (const LayoutRow &row : layout.rows) {
        switch (row.kind) {
        case LayoutRow::Kind::Fold:
            out.append(u"~"_s + QString::number(row.folded));
            break;
        case LayoutRow::Kind::Context:
            out.append(side(row.oldLine) + u'|' + side(row.newLine));
            break;
        case LayoutRow::Kind::Change:
            out.append(u"*"_s + side(row.oldLine) + u'|' + side(row.newLine));
            break;
        }
    }
    return out;
}

// A unified line as " N" (context, old line), "-N", "+N" or "~N".
QStringList unifiedText(const DiffLayout &layout)
{
    QStringList out;
    for (const UnifiedLine &line : layout.unified) {
        switch (line.kind) {
        case UnifiedLine::Kind::Fold:
            out.append(u"~"_s + QString::number(line.folded));
            break;
        case UnifiedLine::Kind::Context:
            out.append(u" "_s + QString::number(line.oldLine));
            break;
        case UnifiedLine::Kind::Removed:
            out.append(u"-"_s + QString::number(line.oldLine));
            break;
        case UnifiedLine::Kind::Added:
            out.append(u"+"_s + QString::number(line.newLine));
            break;
        }
    }
    return out;
}

} // namespace

class TestComposeLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndFolds_data();
    void rowsAndFolds();
    void mappings();
    void intralineMarks();
    void fixturePair();
};

void TestComposeLayout::rowsAndFolds_data()
{
    QTest::addColumn<int>("oldCount");
    QTest::addColumn<int>("newCount");
    QTest::addColumn<QString>("changes");
    QTest::addColumn<bool>("fold");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QStringList>("unified");

    QTest::newRow("equal files, folded")
        << 10 << 10 << u""_s << true << QStringList{u"~10"_s} << QStringList{u"~10"_s};
    QTest::newRow("one line, not folded")
        << 1 << 1 << u""_s << true << QStringList{u"0|0"_s} << QStringList{u" 0"_s};
    QTest::newRow("one change, folded around it") << 20 << 20 << u"10,1,10,1"_s << true
                                                  << QStringList{u"~7"_s,
                                                                 u"7|7"_s,
                                                                 u"8|8"_s,
                                                                 u"9|9"_s,
                                                                 u"*10|10"_s,
                                                                 u"11|11"_s,
                                                                 u"12|12"_s,
                                                                 u"13|13"_s,
                                                                 u"~6"_s}
                                                  << QStringList{u"~7"_s,
                                                                 u" 7"_s,
                                                                 u" 8"_s,
                                                                 u" 9"_s,
                                                                 u"-10"_s,
                                                                 u"+10"_s,
                                                                 u" 11"_s,
                                                                 u" 12"_s,
                                                                 u" 13"_s,
                                                                 u"~6"_s};
    QTest::newRow("one change, unfolded")
        << 6 << 6 << u"3,1,3,1"_s << false
        << QStringList{u"0|0"_s, u"1|1"_s, u"2|2"_s, u"*3|3"_s, u"4|4"_s, u"5|5"_s}
        << QStringList{u" 0"_s, u" 1"_s, u" 2"_s, u"-3"_s, u"+3"_s, u" 4"_s, u" 5"_s};
    // A one-line gap is shown: a fold would take the same room.
    QTest::newRow("fold of one line is not made") << 9 << 9 << u"4,1,4,1"_s << true
                                                  << QStringList{u"0|0"_s,
                                                                 u"1|1"_s,
                                                                 u"2|2"_s,
                                                                 u"3|3"_s,
                                                                 u"*4|4"_s,
                                                                 u"5|5"_s,
                                                                 u"6|6"_s,
                                                                 u"7|7"_s,
                                                                 u"8|8"_s}
                                                  << QStringList{u" 0"_s,
                                                                 u" 1"_s,
                                                                 u" 2"_s,
                                                                 u" 3"_s,
                                                                 u"-4"_s,
                                                                 u"+4"_s,
                                                                 u" 5"_s,
                                                                 u" 6"_s,
                                                                 u" 7"_s,
                                                                 u" 8"_s};
    // Between two changes: 3 lines of context after the first and before the second; 7 lines are
    // shown whole, 8 fold 2.
    QTest::newRow("seven lines between two changes") << 11 << 11 << u"1,1,1,1;9,1,9,1"_s << true
                                                     << QStringList{u"0|0"_s,
                                                                    u"*1|1"_s,
                                                                    u"2|2"_s,
                                                                    u"3|3"_s,
                                                                    u"4|4"_s,
                                                                    u"5|5"_s,
                                                                    u"6|6"_s,
                                                                    u"7|7"_s,
                                                                    u"8|8"_s,
                                                                    u"*9|9"_s,
                                                                    u"10|10"_s}
                                                     << QStringList{u" 0"_s,
                                                                    u"-1"_s,
                                                                    u"+1"_s,
                                                                    u" 2"_s,
                                                                    u" 3"_s,
                                                                    u" 4"_s,
                                                                    u" 5"_s,
                                                                    u" 6"_s,
                                                                    u" 7"_s,
                                                                    u" 8"_s,
                                                                    u"-9"_s,
                                                                    u"+9"_s,
                                                                    u" 10"_s};
    QTest::newRow("eight lines between two changes") << 12 << 12 << u"1,1,1,1;10,1,10,1"_s << true
                                                     << QStringList{u"0|0"_s,
                                                                    u"*1|1"_s,
                                                                    u"2|2"_s,
                                                                    u"3|3"_s,
                                                                    u"4|4"_s,
                                                                    u"~2"_s,
                                                                    u"7|7"_s,
                                                                    u"8|8"_s,
                                                                    u"9|9"_s,
                                                                    u"*10|10"_s,
                                                                    u"11|11"_s}
                                                     << QStringList{u" 0"_s,
                                                                    u"-1"_s,
                                                                    u"+1"_s,
                                                                    u" 2"_s,
                                                                    u" 3"_s,
                                                                    u" 4"_s,
                                                                    u"~2"_s,
                                                                    u" 7"_s,
                                                                    u" 8"_s,
                                                                    u" 9"_s,
                                                                    u"-10"_s,
                                                                    u"+10"_s,
                                                                    u" 11"_s};
    // Uneven: fillers on the shorter side; unified: the removed lines, then the added ones.
    QTest::newRow("three lines become one")
        << 6 << 4 << u"2,3,2,1"_s << false
        << QStringList{u"0|0"_s, u"1|1"_s, u"*2|2"_s, u"*3|-"_s, u"*4|-"_s, u"5|3"_s}
        << QStringList{u" 0"_s, u" 1"_s, u"-2"_s, u"-3"_s, u"-4"_s, u"+2"_s, u" 5"_s};
    QTest::newRow("pure deletion")
        << 4 << 2 << u"1,2,1,0"_s << false << QStringList{u"0|0"_s, u"*1|-"_s, u"*2|-"_s, u"3|1"_s}
        << QStringList{u" 0"_s, u"-1"_s, u"-2"_s, u" 3"_s};
    // An insertion at the top is a change: the lines after it keep their context (they are not
    // taken for the start of the file).
    QTest::newRow("insertion at the top")
        << 10 << 12 << u"0,0,0,2"_s << true
        << QStringList{u"*-|0"_s, u"*-|1"_s, u"0|2"_s, u"1|3"_s, u"2|4"_s, u"~7"_s}
        << QStringList{u"+0"_s, u"+1"_s, u" 0"_s, u" 1"_s, u" 2"_s, u"~7"_s};
    QTest::newRow("insertion at the end")
        << 2 << 4 << u"2,0,2,2"_s << true << QStringList{u"0|0"_s, u"1|1"_s, u"*-|2"_s, u"*-|3"_s}
        << QStringList{u" 0"_s, u" 1"_s, u"+2"_s, u"+3"_s};
    QTest::newRow("empty old file")
        << 0 << 2 << u"0,0,0,2"_s << true << QStringList{u"*-|0"_s, u"*-|1"_s}
        << QStringList{u"+0"_s, u"+1"_s};
}

void TestComposeLayout::rowsAndFolds()
{
    QFETCH(int, oldCount);
    QFETCH(int, newCount);
    QFETCH(QString, changes);
    QFETCH(bool, fold);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, unified);
    const DiffLayout layout = DiffLayout::compute(changesFrom(changes),
                                                  numbered(oldCount, u"old "_s),
                                                  numbered(newCount, u"new "_s),
                                                  DiffLayout::Options{.fold = fold});
    QCOMPARE(rowsText(layout), rows);
    QCOMPARE(unifiedText(layout), unified);
    QCOMPARE(layout.folded, fold);
    QCOMPARE(layout.changes.size(), changesFrom(changes).size());
    // Every unified line points back at its row, and every row at its unified lines.
    for (qsizetype i = 0; i < layout.unified.size(); ++i) {
        const UnifiedLine &line = layout.unified.at(i);
        const LayoutRow &row = layout.rows.at(line.row);
        if (line.kind == UnifiedLine::Kind::Added)
            QCOMPARE(row.unifiedNew, int(i));
        else
            QCOMPARE(row.unifiedOld, int(i));
    }
}

void TestComposeLayout::mappings()
{
    // 20 lines; line 10 changed, 3 lines inserted after line 15 (new 16-18).
    const QStringList oldLines = numbered(20, u"line "_s);
    QStringList newLines = oldLines;
    newLines[10] = u"line 10 changed"_s;
    newLines.insert(16, u"a"_s);
    newLines.insert(17, u"b"_s);
    newLines.insert(18, u"c"_s);
    const QList<Change> changes{{10, 1, 10, 1}, {16, 0, 16, 3}};
    const DiffLayout folded = DiffLayout::compute(changes, oldLines, newLines);
    QCOMPARE(rowsText(folded),
             (QStringList{u"~7"_s,
                          u"7|7"_s,
                          u"8|8"_s,
                          u"9|9"_s,
                          u"*10|10"_s,
                          u"11|11"_s,
                          u"12|12"_s,
                          u"13|13"_s,
                          u"14|14"_s,
                          u"15|15"_s,
                          u"*-|16"_s,
                          u"*-|17"_s,
                          u"*-|18"_s,
                          u"16|19"_s,
                          u"17|20"_s,
                          u"18|21"_s,
                          u"19|22"_s}));
    // Where each change is, in both views.
    QCOMPARE(folded.changes.size(), 2);
    QCOMPARE(folded.changes.at(0), (ChangeExtent{4, 1, 4, 2}));
    QCOMPARE(folded.changes.at(1), (ChangeExtent{10, 3, 11, 3}));
    // Lines to rows: folded-away lines have none.
    QCOMPARE(folded.rowOfOldLine(3), -1);
    QCOMPARE(folded.rowOfOldLine(10), 4);
    QCOMPARE(folded.rowOfNewLine(17), 11);
    QCOMPARE(folded.rowOfOldLine(16), 13);
    QCOMPARE(folded.rowOfNewLine(19), 13);
    QCOMPARE(folded.rowOfOldLine(20), -1);
    QCOMPARE(folded.rowOfNewLine(-1), -1);
    // The change a row is in or follows.
    QCOMPARE(folded.changeAtOrBefore(0), -1);
    QCOMPARE(folded.changeAtOrBefore(4), 0);
    QCOMPARE(folded.changeAtOrBefore(9), 0);
    QCOMPARE(folded.changeAtOrBefore(10), 1);
    QCOMPARE(folded.changeAtOrBefore(16), 1);
    // A changed row's two lines are on two unified lines; a context row's on one.
    const LayoutRow &changed = folded.rows.at(4);
    QCOMPARE(changed.unifiedOld, 4);
    QCOMPARE(changed.unifiedNew, 5);
    QCOMPARE(folded.rows.at(13).unifiedOld, folded.rows.at(13).unifiedNew);

    const DiffLayout unfolded = DiffLayout::compute(changes,
                                                    oldLines,
                                                    newLines,
                                                    DiffLayout::Options{.fold = false});
    QCOMPARE(unfolded.rows.size(), 23);
    for (int line = 0; line < oldLines.size(); ++line)
        QCOMPARE(unfolded.rows.at(unfolded.rowOfOldLine(line)).oldLine, line);
    for (int line = 0; line < newLines.size(); ++line)
        QCOMPARE(unfolded.rows.at(unfolded.rowOfNewLine(line)).newLine, line);
    QCOMPARE(unfolded.changes.at(1).firstRow, 16);
}

void TestComposeLayout::intralineMarks()
{
    const QStringList oldLines{u"    image: ghcr.io/mastodon/mastodon:v4.2.10"_s, u"x"_s};
    const QStringList newLines{u"    image: ghcr.io/mastodon/mastodon:v4.3.0"_s, u"x"_s};
    const DiffLayout layout = DiffLayout::compute({{0, 1, 0, 1}}, oldLines, newLines);
    const LayoutRow &row = layout.rows.at(0);
    const IntralineChanges expected = intralineChanges(oldLines.at(0), newLines.at(0));
    QVERIFY(!row.oldSpans.isEmpty());
    QCOMPARE(row.oldSpans, expected.oldSpans);
    QCOMPARE(row.newSpans, expected.newSpans);
    // The changed words, not the line.
    QCOMPARE(oldLines.at(0).mid(row.oldSpans.first().start), u"2.10"_s);
    QCOMPARE(layout.unified.at(0).spans, row.oldSpans);
    QCOMPARE(layout.unified.at(1).spans, row.newSpans);
    // Asked not to, the layout leaves them out; a line without a partner never has any.
    const DiffLayout plain = DiffLayout::compute({{0, 1, 0, 1}},
                                                 oldLines,
                                                 newLines,
                                                 DiffLayout::Options{.intraline = false});
    QVERIFY(plain.rows.at(0).oldSpans.isEmpty());
    const DiffLayout inserted = DiffLayout::compute({{0, 0, 0, 1}}, {u"x"_s}, {u"new"_s, u"x"_s});
    QVERIFY(inserted.rows.at(0).newSpans.isEmpty());
}

void TestComposeLayout::fixturePair()
{
    // v4.2.10 -> v4.3.0: every line of each side is in exactly one row, in order, once unfolded; each
    // change's rows are its lines.
    const Document oldDoc = Fixtures::document(u"v4.2.10"_s);
    const Document newDoc = Fixtures::document(u"v4.3.0"_s);
    const QList<Change> changes = diffLines(oldDoc.text, newDoc.text);
    QVERIFY(changes.size() > 5);
    const DiffLayout layout = DiffLayout::compute(changes,
                                                  oldDoc.lines,
                                                  newDoc.lines,
                                                  DiffLayout::Options{.fold = false});
    QList<int> olds, news;
    for (const LayoutRow &row : layout.rows) {
        if (row.oldLine >= 0)
            olds.append(row.oldLine);
        if (row.newLine >= 0)
            news.append(row.newLine);
        if (row.kind == LayoutRow::Kind::Context)
            QCOMPARE(oldDoc.lines.at(row.oldLine), newDoc.lines.at(row.newLine));
    }
    QCOMPARE(olds.size(), oldDoc.lines.size());
    QCOMPARE(news.size(), newDoc.lines.size());
    QVERIFY(std::is_sorted(olds.cbegin(), olds.cend()));
    QVERIFY(std::is_sorted(news.cbegin(), news.cend()));
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ChangeExtent &extent = layout.changes.at(i);
        QCOMPARE(extent.rowCount, std::max(changes.at(i).oldCount, changes.at(i).newCount));
        QCOMPARE(extent.unifiedLineCount, changes.at(i).oldCount + changes.at(i).newCount);
        QCOMPARE(layout.rows.at(extent.firstRow).change, int(i));
        QCOMPARE(layout.unified.at(extent.firstUnifiedLine).change, int(i));
    }
    // Folded, the same changes in far fewer rows.
    const DiffLayout folded = DiffLayout::compute(changes, oldDoc.lines, newDoc.lines);
    QVERIFY(folded.rows.size() < layout.rows.size());
    QCOMPARE(folded.changes.size(), changes.size());
}

QTEST_GUILESS_MAIN(TestComposeLayout)
#include "tst_composelayout.moc"
