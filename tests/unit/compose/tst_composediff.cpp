// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/composediff.h"
#include "core/compose/composesummary.h"
#include "tests/unit/compose/composefixtures.h"

#include <QTest>

#include <git2.h>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Compose;

class TestComposeDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineDiff_data();
    void lineDiff();
    void imageTagChangeFixture();
    void onePassMatchesContextFreeDiff();
    void intraline_data();
    void intraline();
    void patchIsUnified();
    void crlfIsNormalised();
    void binaryIsRefused_data();
    void binaryIsRefused();
    void badYaml_data();
    void badYaml();
    void hundredThousandLines();
};

void TestComposeDiff::lineDiff_data()
{
    QTest::addColumn<QByteArray>("oldText");
    QTest::addColumn<QByteArray>("newText");
    QTest::addColumn<QList<Change>>("expected");
    QTest::newRow("equal") << "a\nb\n"_ba << "a\nb\n"_ba << QList<Change>{};
    QTest::newRow("changed middle")
        << "a\nb\nc\n"_ba << "a\nB\nc\n"_ba << QList<Change>{{1, 1, 1, 1}};
    QTest::newRow("inserted") << "a\nc\n"_ba << "a\nb\nc\n"_ba << QList<Change>{{1, 0, 1, 1}};
    QTest::newRow("deleted first") << "a\nb\nc\n"_ba << "b\nc\n"_ba << QList<Change>{{0, 1, 0, 0}};
    QTest::newRow("appended") << "a\n"_ba << "a\nb\nc\n"_ba << QList<Change>{{1, 0, 1, 2}};
    QTest::newRow("from empty") << ""_ba << "a\n"_ba << QList<Change>{{0, 0, 0, 1}};
    QTest::newRow("two blocks") << "a\nb\nc\nd\ne\n"_ba << "A\nb\nc\nd\nE\n"_ba
                                << QList<Change>{{0, 1, 0, 1}, {4, 1, 4, 1}};
}

void TestComposeDiff::lineDiff()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    QFETCH(QList<Change>, expected);
    const QList<Change> changes = diffLines(oldText, newText);
    QCOMPARE(changes.size(), expected.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        QCOMPARE(changes[i].oldStart, expected[i].oldStart);
        QCOMPARE(changes[i].oldCount, expected[i].oldCount);
        QCOMPARE(changes[i].newStart, expected[i].newStart);
        QCOMPARE(changes[i].newCount, expected[i].newCount);
    }
}

void TestComposeDiff::imageTagChangeFixture()
{
    const std::optional<Document> a = Fixtures::document(u"v4.1.9"_s);
    const std::optional<Document> b = Fixtures::document(u"v4.2.0"_s);
    const QList<Change> changes = diffLines(a->text, b->text);
    // diff(1) says 59c59, 80c80, 98c98.
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes[0], (Change{58, 1, 58, 1}));
    QCOMPARE(changes[1], (Change{79, 1, 79, 1}));
    QCOMPARE(changes[2], (Change{97, 1, 97, 1}));
    const IntralineChanges in = intralineChanges(a->lines[58], b->lines[58]);
    // v4.1.9 -> v4.2.0: the words "1" and "9" became "2" and "0".
    QCOMPARE(in.newSpans.size(), 2);
    QCOMPARE(b->lines[58].mid(in.newSpans[0].start, in.newSpans[0].length), u"2"_s);
    QCOMPARE(b->lines[58].mid(in.newSpans[1].start, in.newSpans[1].length), u"0"_s);
    QCOMPARE(a->lines[58].mid(in.oldSpans[1].start, in.oldSpans[1].length), u"9"_s);
}

// diffTexts takes the changes from the runs of a 3-line-context patch; they must be exactly the hunks
// libgit2 gives without context (git_diff_buffers, context 0), for every pair of real fixtures.
void TestComposeDiff::onePassMatchesContextFreeDiff()
{
    auto contextFree = [](const QByteArray &a, const QByteArray &b) {
        git_diff_options options;
        git_diff_options_init(&options, GIT_DIFF_OPTIONS_VERSION);
        options.flags = GIT_DIFF_PATIENCE | GIT_DIFF_FORCE_TEXT;
        options.context_lines = 0;
        options.interhunk_lines = 0;
        QList<Change> changes;
        auto hunk = [](const git_diff_delta *, const git_diff_hunk *h, void *payload) -> int {
            static_cast<QList<Change> *>(payload)->append(
                {h->old_lines == 0 ? h->old_start : h->old_start - 1,
                 h->old_lines,
                 h->new_lines == 0 ? h->new_start : h->new_start - 1,
                 h->new_lines});
            return 0;
        };
        git_diff_buffers(a.constData(),
                         size_t(a.size()),
                         "a",
                         b.constData(),
                         size_t(b.size()),
                         "b",
                         &options,
                         nullptr,
                         nullptr,
                         hunk,
                         nullptr,
                         &changes);
        return changes;
    };
    const QStringList names = Fixtures::names();
    QVERIFY(names.size() >= 10);
    int pairs = 0;
    for (const QString &from : names) {
        for (const QString &to : names) {
            const QByteArray a = Fixtures::document(from).text;
            const QByteArray b = Fixtures::document(to).text;
            const LineDiff diff = diffTexts(a, b, u"docker-compose.yml"_s, u"docker-compose.yml"_s);
            QCOMPARE(diff.changes, contextFree(a, b));
            QCOMPARE(diff.patch.isEmpty(), a == b);
            if (a != b)
                QVERIFY(diff.patch.startsWith(
                    u"diff --git a/docker-compose.yml b/docker-compose.yml\n"_s));
            ++pairs;
        }
    }
    QCOMPARE(pairs, int(names.size() * names.size()));
    // Edge cases: no newline at the end, an empty side, only blank lines.
    const QList<std::pair<QByteArray, QByteArray>> edges{{"a\nb"_ba, "a\nb\n"_ba},
                                                         {""_ba, "x\ny\n"_ba},
                                                         {"x\ny\n"_ba, ""_ba},
                                                         {"\n\n\n"_ba, "\n\nz\n\n"_ba},
                                                         {"a\n"_ba, "b"_ba}};
    for (const auto &[a, b] : edges)
        QCOMPARE(diffTexts(a, b).changes, contextFree(a, b));
}

void TestComposeDiff::intraline_data()
{
    QTest::addColumn<QString>("oldLine");
    QTest::addColumn<QString>("newLine");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("added");
    QTest::newRow("word") << u"command: node ./streaming"_s
                          << u"command: node ./streaming/index.js"_s << int(Granularity::Words)
                          << QStringList{} << QStringList{u"/index.js"_s};
    QTest::newRow("port word") << u"- '127.0.0.1:3000:3000'"_s << u"- '127.0.0.1:3001:3000'"_s
                               << int(Granularity::Words) << QStringList{u"3000"_s}
                               << QStringList{u"3001"_s};
    QTest::newRow("port char") << u"- '127.0.0.1:3000:3000'"_s << u"- '127.0.0.1:3001:3000'"_s
                               << int(Granularity::Characters) << QStringList{u"0"_s}
                               << QStringList{u"1"_s};
    QTest::newRow("same") << u"x"_s << u"x"_s << int(Granularity::Words) << QStringList{}
                          << QStringList{};
    QTest::newRow("all new") << u""_s << u"abc def"_s << int(Granularity::Words) << QStringList{}
                             << QStringList{u"abc def"_s};
}

void TestComposeDiff::intraline()
{
    QFETCH(QString, oldLine);
    QFETCH(QString, newLine);
    QFETCH(int, granularity);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, added);
    const IntralineChanges c = intralineChanges(oldLine, newLine, Granularity(granularity));
    QStringList gotRemoved, gotAdded;
    for (const Span &s : c.oldSpans)
        gotRemoved.append(oldLine.mid(s.start, s.length));
    for (const Span &s : c.newSpans)
        gotAdded.append(newLine.mid(s.start, s.length));
    QCOMPARE(gotRemoved, removed);
    QCOMPARE(gotAdded, added);
}

void TestComposeDiff::patchIsUnified()
{
    const QString patch = unifiedPatch("a\nb\nc\n"_ba, "a\nB\nc\n"_ba, u"x.yml"_s, u"x.yml"_s);
    QVERIFY2(patch.contains(u"--- a/x.yml\n+++ b/x.yml\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"_s),
             qPrintable(patch));
    QVERIFY(unifiedPatch("a\n"_ba, "a\n"_ba, u"a"_s, u"b"_s).isEmpty());
}

void TestComposeDiff::crlfIsNormalised()
{
    const auto doc = Document::fromBytes("services:\r\n  web:\r\n    image: x\r\n"_ba, u"crlf"_s);
    QVERIFY(doc.ok());
    QVERIFY(doc->hadCrlf);
    QCOMPARE(doc->text, "services:\n  web:\n    image: x\n"_ba);
    QCOMPARE(doc->lines.size(), 3);
    const auto lf = Document::fromBytes("services:\n  web:\n    image: y\n"_ba, u"lf"_s);
    QVERIFY(!lf->hadCrlf);
    // CRLF alone is not a change: only the image line differs.
    QCOMPARE(diffLines(doc->text, lf->text), (QList<Change>{{2, 1, 2, 1}}));
    const auto summary = summarize(*doc, *lf);
    QVERIFY(summary.ok());
    QCOMPARE(summary->services.size(), 1);
}

void TestComposeDiff::binaryIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("nul") << QByteArray("services:\n\0\x01\x02", 13);
    QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("latin1") << "image: caf\xe9\n"_ba;
}

void TestComposeDiff::binaryIsRefused()
{
    QFETCH(QByteArray, bytes);
    const auto doc = Document::fromBytes(bytes, u"blob.bin"_s);
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error().message.contains(u"blob.bin"_s), qPrintable(doc.error().message));
    QVERIFY2(doc.error().message.contains(u"binary"_s), qPrintable(doc.error().message));
}

void TestComposeDiff::badYaml_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << ""_ba << u"empty"_s << 0 << 0;
    QTest::newRow("only comments") << "# nothing\n\n"_ba << u"empty"_s << 0 << 0;
    QTest::newRow("tab") << "services:\n  web:\n\timage: x\n"_ba << u"tab"_s << 3 << 1;
    QTest::newRow("unclosed flow")
        << "services:\n  web:\n    ports: [1, 2\n  db:\n"_ba << u"not valid YAML"_s << -1 << 0;
    QTest::newRow("bad indent") << "services:\n  web:\n    image: x\n   ports: [1]\n"_ba
                                << u"not valid YAML"_s << 4 << 4;
    QTest::newRow("list at top") << "- a\n- b\n"_ba << u"not a mapping"_s << 1 << 1;
    QTest::newRow("no services") << "version: '3'\n"_ba << u"services"_s << 0 << 0;
}

void TestComposeDiff::badYaml()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto doc = Document::fromBytes(bytes, u"bad.yml"_s);
    QVERIFY(doc.ok());
    const auto valid = validateCompose(*doc);
    QVERIFY(!valid.ok());
    QVERIFY2(valid.error().message.contains(messagePart), qPrintable(valid.error().message));
    QVERIFY2(valid.error().message.contains(u"bad.yml"_s), qPrintable(valid.error().message));
    if (line < 0)
        QVERIFY2(valid.error().line > 0, qPrintable(valid.error().toString()));
    else
        QCOMPARE(valid.error().line, line);
    if (column)
        QCOMPARE(valid.error().column, column);
}

void TestComposeDiff::hundredThousandLines()
{
    QByteArray a = "services:\n  web:\n    environment:\n";
    QByteArray b = a;
    for (int i = 0; i < 100'000; ++i) {
        const QByteArray line = "      - VAR_" + QByteArray::number(i) + "=value\n";
        a += line;
        b += i % 1000 == 7 ? "      - VAR_" + QByteArray::number(i) + "=changed\n" : line;
    }
    const auto oldDoc = Document::fromBytes(a, u"a"_s);
    const auto newDoc = Document::fromBytes(b, u"b"_s);
    QCOMPARE(oldDoc->lines.size(), 100'003);
    const QList<Change> changes = diffLines(oldDoc->text, newDoc->text);
    QCOMPARE(changes.size(), 100);
    QCOMPARE(changes.first(), (Change{10, 1, 10, 1}));
    const auto summary = summarize(*oldDoc, *newDoc);
    QVERIFY(summary.ok());
    QCOMPARE(summary->services.size(), 1);
    QCOMPARE(summary->services[0].fields[0].added.size(), 100);
}

QTEST_GUILESS_MAIN(TestComposeDiff)
#include "tst_composediff.moc"
