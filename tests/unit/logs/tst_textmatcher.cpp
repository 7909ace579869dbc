// SPDX-License-Identifier: GPL-3.0-or-later
// TextMatcher: the literal found before the expression (a table), smart case, bad expressions, and the
// whole-block scan giving exactly the lines QRegularExpression matches one by one, over a corpus with
// invalid UTF-8, control characters and long lines.
#include "core/logs/textmatcher.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Logs;

namespace {

QList<QByteArray> corpus()
{
    QList<QByteArray> lines{
        "I, [2024-11-22T00:10:00.123 #1]  INFO -- : Completed 200 OK in 12ms",
        "E, [2024-11-22T00:10:00.456 #1] ERROR -- : ActiveRecord::ConnectionTimeoutError",
        "sidekiq pid=7 tid=abc WARN: retrying in 30s",
        "GET /api/v1/timelines/home 200 in 1234ms",
        "Kelvin \xe2\x84\xaa and long s \xc5\xbf here",
        "caf\xc3\xa9 CAF\xc3\x89",
        "bad \xff\xfe bytes and a \x01 control",
        "",
        "tab\there",
        "error: something error ERROR",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
        "x.y+z (paren) [bracket] {brace} a|b",
        "the end",
    };
    QRandomGenerator rng(7);
    for (int i = 0; i < 400; ++i) {
        QByteArray l;
        const int n = int(rng.bounded(0, 120));
        for (int k = 0; k < n; ++k) {
            const char pool[] = "abcdeERORWARNkKsS 0123456789.:-_/[]()|\xc3\xa9\xff";
            char c = pool[rng.bounded(int(sizeof(pool) - 1))];
            l.append(c);
        }
        lines.append(l);
    }
    lines.append(QByteArray(100000, 'q') + "needle" + QByteArray(1000, 'q'));
    return lines;
}

// The lines matched one at a time, as a reference.
QList<int> oneByOne(const QRegularExpression &re, const QList<QByteArray> &lines)
{
    QList<int> out;
    for (int i = 0; i < lines.size(); ++i) {
        if (re.match(QString::fromUtf8(lines[i])).hasMatch())
            out.append(i);
    }
    return out;
}

QList<int> scanned(const TextMatcher &m, const QList<QByteArray> &lines)
{
    QByteArray text;
    std::vector<quint32> starts;
    for (const QByteArray &l : lines) {
        starts.push_back(quint32(text.size()));
        text += l;
        text += '\n';
    }
    std::vector<int> hits;
    m.scan(text, starts.data(), int(starts.size()), hits);
    return QList<int>(hits.begin(), hits.end());
}

} // namespace

class TestTextMatcher : public QObject
{
    Q_OBJECT

private slots:
    void literals_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseless");
        QTest::addColumn<QByteArray>("literal");
        QTest::newRow("plain") << u"ConnectionTimeout"_s << false
                               << QByteArray("ConnectionTimeout");
        QTest::newRow("longest run")
            << u"in \\d+ms to timelines"_s << false << QByteArray("ms to timelines");
        QTest::newRow("escaped punctuation") << u"x\\.y\\+z"_s << false << QByteArray("x.y+z");
        QTest::newRow("optional char") << u"colou?r"_s << false << QByteArray("colo");
        QTest::newRow("star") << u"ab*cdef"_s << false << QByteArray("cdef");
        QTest::newRow("plus keeps one")
            << u"ERRO+R happened"_s << false << QByteArray("R happened");
        QTest::newRow("plus keeps the char") << u"xyzw+"_s << false << QByteArray("xyzw");
        QTest::newRow("counted zero") << u"abc{0,3}defg"_s << false << QByteArray("defg");
        QTest::newRow("counted one") << u"abcd{1,3}"_s << false << QByteArray("abcd");
        QTest::newRow("not a quantifier") << u"a{b}c"_s << false << QByteArray("a{b}c");
        QTest::newRow("top-level alternative") << u"error|warn"_s << false << QByteArray();
        QTest::newRow("alternative in a group")
            << u"Completed (200|500) in"_s << false << QByteArray("Completed ");
        QTest::newRow("class") << u"[0-9]+ms elapsed"_s << false << QByteArray("ms elapsed");
        QTest::newRow("class with ]") << u"[]a]bcd"_s << false << QByteArray("bcd");
        QTest::newRow("dot") << u"a.bcd"_s << false << QByteArray("bcd");
        QTest::newRow("anchors") << u"^GET /api$"_s << false << QByteArray("GET /api");
        QTest::newRow("escape class") << u"\\bpid=\\d+"_s << false << QByteArray("pid=");
        QTest::newRow("backreference stops") << u"(a)bcdef\\1zz"_s << false << QByteArray("bcdef");
        QTest::newRow("hex escape stops") << u"abc\\x41def"_s << false << QByteArray("abc");
        QTest::newRow("\\Q..\\E") << u"\\Qa.b|c\\E"_s << false << QByteArray("a.b|c");
        QTest::newRow("(?i)") << u"(?i)timeout"_s << false << QByteArray("timeout");
        QTest::newRow("option setting stops") << u"abc(?x) d e f"_s << false << QByteArray("abc");
        QTest::newRow("scoped option group") << u"(?i:x)abcd"_s << false << QByteArray("abcd");
        QTest::newRow("look-ahead group") << u"(?=x)abcd"_s << false << QByteArray("abcd");
        QTest::newRow("caseless breaks at k and s") << u"sidekiq"_s << true << QByteArray("ide");
        QTest::newRow("caseless non-ASCII") << u"caf\u00e9s"_s << true << QByteArray("caf");
        QTest::newRow("case keeps non-ASCII")
            << u"caf\u00e9"_s << false << QByteArray("caf\xc3\xa9");
        QTest::newRow("unbalanced") << u"abc)"_s << false << QByteArray();
        QTest::newRow("only classes") << u"\\d+\\s\\w*"_s << false << QByteArray();
    }
    void literals()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, caseless);
        QFETCH(QByteArray, literal);
        QCOMPARE(requiredLiteral(pattern, caseless), literal);
    }

    void badExpression()
    {
        const auto m = TextMatcher::create(u"Completed (200"_s,
                                           TextMatcher::Syntax::RegularExpression);
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.contains(u"missing closing parenthesis"_s),
                 qPrintable(m.error().message));
        QCOMPARE(m.error().column, 15);
        QVERIFY(!TextMatcher::create(QString(), TextMatcher::Syntax::Text).ok());
    }

    void smartCase()
    {
        const auto lower = TextMatcher::create(u"error"_s, TextMatcher::Syntax::Text);
        QVERIFY(!(*lower)->caseSensitive());
        QVERIFY((*lower)->matches("An ERROR here"));
        const auto upper = TextMatcher::create(u"Error"_s, TextMatcher::Syntax::Text);
        QVERIFY((*upper)->caseSensitive());
        QVERIFY(!(*upper)->matches("An ERROR here"));
        QVERIFY((*upper)->matches("An Error here"));
        const auto forced = TextMatcher::create(u"Error"_s,
                                                TextMatcher::Syntax::Text,
                                                TextMatcher::Case::Insensitive);
        QVERIFY((*forced)->matches("an error"));
        // Non-ASCII letters without case: PCRE2 folds them.
        const auto cafe = TextMatcher::create(u"caf\u00e9"_s, TextMatcher::Syntax::Text);
        QVERIFY((*cafe)->matches("CAF\xc3\x89"));
    }

    // Plain text with letters beyond ASCII, without case: the literal searched first must be in lower case
    // (the folding search compares folded text with it) and must not stop at the first such letter.
    void caselessNonAsciiText()
    {
        const auto m = TextMatcher::create(u"M\u00dcNCHEN FEHLER"_s,
                                           TextMatcher::Syntax::Text,
                                           TextMatcher::Case::Insensitive);
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QCOMPARE((*m)->literal(), QByteArray("nchen fehler"));
        QVERIFY((*m)->matches("Verbindung nach m\xc3\xbcnchen fehler 42"));
        QVERIFY((*m)->matches("M\xc3\x9cNCHEN FEHLER"));
        QVERIFY(!(*m)->matches("muenchen fehler"));
        std::vector<int> hits;
        const QByteArray text("nothing\nM\xc3\xbcnchen Fehler\n");
        const quint32 starts[] = {0, 8};
        (*m)->scan(text, starts, 2, hits);
        QCOMPARE(hits, std::vector<int>{1});
        // Smart case, all lower case: caseless, and the literal is the longest ASCII run.
        const auto smart = TextMatcher::create(u"\u00e4rger mit der db"_s,
                                               TextMatcher::Syntax::Text);
        QCOMPARE((*smart)->literal(), QByteArray("rger mit der db"));
        QVERIFY((*smart)->matches("\xc3\x84RGER MIT DER DB"));
        // An escaped letter beyond ASCII is itself in an expression (case kept: part of the literal).
        QCOMPARE(requiredLiteral(u"caf\\\u00e9 au lait"_s, false),
                 QByteArray("caf\xc3\xa9 au lait"));
    }

    void scanEqualsOneByOne_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("syntax");
        QTest::addColumn<int>("caseMode");
        const int re = int(TextMatcher::Syntax::RegularExpression);
        const int text = int(TextMatcher::Syntax::Text);
        const int smart = int(TextMatcher::Case::Smart);
        const int sensitive = int(TextMatcher::Case::Sensitive);
        QTest::newRow("literal regex") << u"Completed \\d+ OK"_s << re << smart;
        QTest::newRow("no literal") << u"\\d{3,}ms"_s << re << smart;
        QTest::newRow("alternative") << u"ERROR|WARN"_s << re << smart;
        QTest::newRow("caseless literal") << u"error"_s << re << smart;
        QTest::newRow("k and s caseless") << u"kelvin"_s << re << smart;
        QTest::newRow("long s") << u"long s"_s << re << smart;
        QTest::newRow("anchored") << u"^the end$"_s << re << smart;
        QTest::newRow("empty line") << u"^$"_s << re << smart;
        QTest::newRow("across lines") << u"ms\\s+I,"_s << re << sensitive;
        QTest::newRow("class across") << u"h[^x]{0,3}$"_s << re << smart;
        QTest::newRow("text") << u"a|b"_s << text << smart;
        QTest::newRow("text upper") << u"ERROR"_s << text << smart;
        QTest::newRow("text non-ASCII") << u"caf\u00e9"_s << text << smart;
        QTest::newRow("long line") << u"needle"_s << re << smart;
        QTest::newRow("control") << u"\\x01"_s << re << smart;
        QTest::newRow("replacement char") << u"\uFFFD"_s << re << smart;
        QTest::newRow("(?i)") << u"(?i)ERROR --"_s << re << sensitive;
    }
    void scanEqualsOneByOne()
    {
        QFETCH(QString, pattern);
        QFETCH(int, syntax);
        QFETCH(int, caseMode);
        const auto m = TextMatcher::create(pattern,
                                           TextMatcher::Syntax(syntax),
                                           TextMatcher::Case(caseMode));
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        const QList<QByteArray> lines = corpus();
        QRegularExpression::PatternOptions options;
        if (!(*m)->caseSensitive())
            options |= QRegularExpression::CaseInsensitiveOption;
        const QRegularExpression reference(syntax == int(TextMatcher::Syntax::Text)
                                               ? QRegularExpression::escape(pattern)
                                               : pattern,
                                           options);
        const QList<int> expected = oneByOne(reference, lines);
        QCOMPARE(scanned(**m, lines), expected);
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE((*m)->matches(lines[i]), expected.contains(i));
    }

    void spans()
    {
        const auto m = TextMatcher::create(u"err"_s, TextMatcher::Syntax::Text);
        const QList<std::pair<int, int>> s = (*m)->spans(u"ERR and err"_s);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[1], std::make_pair(8, 3));
        const auto r = TextMatcher::create(u"\\d+ms"_s, TextMatcher::Syntax::RegularExpression);
        QCOMPARE((*r)->spans(u"in 12ms and 3ms"_s).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTextMatcher)
#include "tst_textmatcher.moc"
