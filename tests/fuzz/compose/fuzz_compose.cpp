// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic mutation fuzzer for the compose engine: the real fixtures in tests/data/compose/,
// mutated with a seeded QRandomGenerator (byte flips, truncations, tabs, CR LF, NUL bytes, huge lines,
// duplicated keys, anchors and aliases, splices of other fixtures), fed to Document::fromBytes,
// validateCompose, summarize, diffTexts, ThreeWay and Report::compute. Asserts no crash, every error
// carries a message, the diff's changes are consistent, and each input finishes in bounded time (a
// watchdog thread aborts with the seed and iteration when one does not). Alias bombs and cycles are
// checked to be refused.
//
// STEWARD_FUZZ_SEED and STEWARD_FUZZ_ITERATIONS reproduce or extend a run; a failing input is written to
// fuzz-compose-failure.yml in the working directory.
#include "core/compose/composereport.h"
#include "tests/unit/compose/composefixtures.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Compose;

namespace {

constexpr qint64 perInputLimitMs = 5'000;  // asserted after each input
constexpr qint64 watchdogLimitMs = 20'000; // a hang: abort with the seed and iteration

// Aborts the process when one input runs longer than watchdogLimitMs (a hang cannot be asserted on
// from the thread that hangs).
class Watchdog
{
public:
    Watchdog()
        : m_thread([this] { run(); })
    {}
    ~Watchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    void begin(quint32 seed, int iteration)
    {
        m_seed = seed;
        m_iteration = iteration;
        m_startedMs = QDateTime::currentMSecsSinceEpoch();
    }
    void end() { m_startedMs = 0; }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            m_wake.wait_for(lock, std::chrono::milliseconds(200));
            const qint64 started = m_startedMs;
            if (started && QDateTime::currentMSecsSinceEpoch() - started > watchdogLimitMs) {
                std::fprintf(stderr,
                             "fuzz_compose: input %d of seed %u ran over %lld ms: a hang\n",
                             m_iteration.load(),
                             m_seed.load(),
                             qlonglong(watchdogLimitMs));
                std::abort();
            }
        }
    }

    std::atomic<qint64> m_startedMs{0};
    std::atomic<quint32> m_seed{0};
    std::atomic<int> m_iteration{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

qsizetype randomPos(QRandomGenerator &rng, const QByteArray &s)
{
    return s.isEmpty() ? 0 : qsizetype(rng.bounded(quint64(s.size() + 1)));
}

// The start of a random line.
qsizetype lineStart(QRandomGenerator &rng, const QByteArray &s)
{
    const qsizetype pos = randomPos(rng, s);
    const qsizetype nl = s.lastIndexOf('\n', pos - 1);
    return nl < 0 ? 0 : nl + 1;
}

QByteArray lineAt(const QByteArray &s, qsizetype start)
{
    qsizetype end = s.indexOf('\n', start);
    if (end < 0)
        end = s.size();
    return s.mid(start, end - start);
}

QByteArray mutateOnce(QRandomGenerator &rng, QByteArray s, const QList<QByteArray> &corpus)
{
    // Kinds 0-13; 14-19 repeat the ones that keep the file parseable more often than not, so that
    // the summary and the three-way see more than refusals.
    static constexpr std::array<int, 6> keepsParsing{4, 7, 8, 9, 11, 7};
    const int kind = int(rng.bounded(20));
    switch (kind < 14 ? kind : keepsParsing.at(size_t(kind - 14))) {
    case 0: // flip one bit
        if (!s.isEmpty()) {
            const qsizetype pos = qsizetype(rng.bounded(quint64(s.size())));
            s[pos] = char(s[pos] ^ (1 << rng.bounded(8)));
        }
        break;
    case 1: // any byte anywhere
        s.insert(randomPos(rng, s), char(rng.bounded(256)));
        break;
    case 2: // truncate
        s.truncate(randomPos(rng, s));
        break;
    case 3: // a tab in the indentation or in a value
        s.insert(rng.bounded(2) ? lineStart(rng, s) : randomPos(rng, s), '\t');
        break;
    case 4: // CR LF everywhere, or a lone CR
        if (rng.bounded(2))
            s.replace("\n", "\r\n");
        else
            s.insert(randomPos(rng, s), '\r');
        break;
    case 5: // a NUL byte
        s.insert(randomPos(rng, s), '\0');
        break;
    case 6: { // a huge line: a long value or a long key
        const QByteArray filler(qsizetype(20'000 + rng.bounded(100'000)),
                                rng.bounded(2) ? 'x' : ' ');
        s.insert(lineStart(rng, s),
                 rng.bounded(2) ? QByteArray("    KEY: " + filler + "\n")
                                : QByteArray(filler + ": v\n"));
        break;
    }
    case 7: { // a duplicated line: duplicated keys
        const qsizetype start = lineStart(rng, s);
        const QByteArray line = lineAt(s, start);
        s.insert(start, line + '\n');
        break;
    }
    case 8: { // an anchor on a line's value, and an alias to it further on
        const qsizetype start = lineStart(rng, s);
        const QByteArray line = lineAt(s, start);
        const qsizetype colon = line.indexOf(": ");
        const QByteArray name = "a" + QByteArray::number(rng.bounded(4));
        if (colon > 0)
            s.insert(start + colon + 2, "&" + name + " ");
        const qsizetype later = lineStart(rng, s);
        const QByteArray indent = lineAt(s, later).left(lineAt(s, later).size()
                                                        - lineAt(s, later).trimmed().size());
        s.insert(later,
                 rng.bounded(2) ? QByteArray(indent + "alias" + QByteArray::number(rng.bounded(9))
                                             + ": *" + name + "\n")
                                : QByteArray(indent + "<<: *" + name + "\n"));
        break;
    }
    case 9: { // remove a line
        const qsizetype start = lineStart(rng, s);
        s.remove(start, lineAt(s, start).size() + 1);
        break;
    }
    case 10: { // YAML punctuation and directives
        static const QList<QByteArray> bits{"[",       "]",         "{",           "}",
                                            "- ",      ": ",        "? ",          "&x ",
                                            "*x",      "!!binary ", "%YAML 1.2\n", "---\n",
                                            "...\n",   "|\n",       ">-\n",        "'",
                                            "\"",      "#",         ",",           "!<tag:x> ",
                                            "\\u00e9", "\xC3\xA9",  "\xE2\x80\xA8"};
        s.insert(randomPos(rng, s), bits.at(qsizetype(rng.bounded(quint64(bits.size())))));
        break;
    }
    case 11: { // splice a region of another fixture
        const QByteArray &other = corpus.at(qsizetype(rng.bounded(quint64(corpus.size()))));
        const qsizetype from = lineStart(rng, other);
        const qsizetype length = qsizetype(rng.bounded(quint64(other.size() - from + 1)));
        const qsizetype at = lineStart(rng, s);
        s.replace(at, qsizetype(rng.bounded(quint64(s.size() - at + 1))), other.mid(from, length));
        break;
    }
    case 12: // invalid UTF-8
        s.insert(randomPos(rng, s), rng.bounded(2) ? QByteArray("\xC3") : QByteArray("\xFF\xFE"));
        break;
    default: { // deep nesting
        const int depth = int(rng.bounded(3'000));
        s.insert(lineStart(rng, s),
                 "deep: " + QByteArray(depth, '[') + QByteArray(depth, ']') + "\n");
        break;
    }
    }
    return s;
}

bool hasMessage(const Error &e)
{
    return !e.message.trimmed().isEmpty();
}

// The changes of a diff are ordered, disjoint and inside both texts.
bool consistent(const QList<Change> &changes, qsizetype oldLines, qsizetype newLines)
{
    int oldEnd = 0;
    int newEnd = 0;
    for (const Change &c : changes) {
        if (c.oldStart < oldEnd || c.newStart < newEnd || c.oldCount < 0 || c.newCount < 0
            || (c.oldCount == 0 && c.newCount == 0))
            return false;
        oldEnd = c.oldEnd();
        newEnd = c.newEnd();
    }
    return oldEnd <= oldLines && newEnd <= newLines;
}

} // namespace

class FuzzCompose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mutations();
    void aliasBombsAreRefused_data();
    void aliasBombsAreRefused();

private:
    // Runs every entry point on one input; false (with a message in *why) when an invariant breaks.
    bool exercise(const QByteArray &input,
                  const Document &base,
                  const Document &other,
                  QString *why);

    QStringList m_names;
    QList<QByteArray> m_corpus;
};

void FuzzCompose::initTestCase()
{
    m_names = Fixtures::names();
    QVERIFY(m_names.size() >= 10);
    for (const QString &name : std::as_const(m_names))
        m_corpus.append(Fixtures::bytes(name));
}

bool FuzzCompose::exercise(const QByteArray &input,
                           const Document &base,
                           const Document &other,
                           QString *why)
{
    const auto doc = Document::fromBytes(input, u"fuzzed.yml"_s);
    if (!doc) {
        *why = u"fromBytes refused without a message"_s;
        return hasMessage(doc.error());
    }
    if (const auto valid = validateCompose(*doc); !valid && !hasMessage(valid.error())) {
        *why = u"validateCompose refused without a message"_s;
        return false;
    }
    for (const auto &[a, b] : {std::pair{&base, &*doc}, std::pair{&*doc, &base}}) {
        if (const auto summary = summarize(*a, *b); !summary && !hasMessage(summary.error())) {
            *why = u"summarize failed without a message"_s;
            return false;
        }
        const LineDiff diff = diffTexts(a->text, b->text, u"a"_s, u"b"_s);
        if (!consistent(diff.changes, a->lines.size(), b->lines.size())) {
            *why = u"inconsistent changes"_s;
            return false;
        }
        if (diff.patch.isEmpty() != (a->text == b->text)) {
            *why = u"a patch for equal texts or none for different ones"_s;
            return false;
        }
    }
    // The fuzzed file as our deployed copy, and as the old upstream file.
    const ThreeWay asDeployed = ThreeWay::analyse(base, other, *doc);
    if (asDeployed.hunks.size() != diffLines(base.text, other.text).size()) {
        *why = u"three-way lost hunks"_s;
        return false;
    }
    const QByteArray merged = asDeployed.merged(*doc);
    Q_UNUSED(merged);
    const ThreeWay asOld = ThreeWay::analyse(*doc, other, base);
    QList<bool> all(asOld.hunks.size(), true);
    Q_UNUSED(asOld.merged(base, all));
    const auto report = Report::compute(base, other, *doc);
    if (!report && !hasMessage(report.error())) {
        *why = u"Report::compute failed without a message"_s;
        return false;
    }
    if (report)
        Q_UNUSED(report->toJson());
    return true;
}

void FuzzCompose::mutations()
{
    const quint32 seed = qEnvironmentVariableIsSet("STEWARD_FUZZ_SEED")
                             ? quint32(qEnvironmentVariableIntValue("STEWARD_FUZZ_SEED"))
                             : 20261122u;
    const int iterations = qEnvironmentVariableIsSet("STEWARD_FUZZ_ITERATIONS")
                               ? qEnvironmentVariableIntValue("STEWARD_FUZZ_ITERATIONS")
                               : 2'500;
    QRandomGenerator rng(seed);
    Watchdog watchdog;
    QElapsedTimer total;
    total.start();
    qint64 slowest = 0;
    int refused = 0;
    for (int i = 0; i < iterations; ++i) {
        const qsizetype pick = qsizetype(rng.bounded(quint64(m_corpus.size())));
        QByteArray input = m_corpus.at(pick);
        const int rounds = 1 + int(rng.bounded(3));
        for (int r = 0; r < rounds; ++r)
            input = mutateOnce(rng, input, m_corpus);
        const Document base = Fixtures::document(m_names.at(pick));
        const Document other = Fixtures::document(
            m_names.at(qsizetype(rng.bounded(quint64(m_names.size())))));
        watchdog.begin(seed, i);
        QElapsedTimer timer;
        timer.start();
        QString why;
        const bool ok = exercise(input, base, other, &why);
        const qint64 elapsed = timer.elapsed();
        watchdog.end();
        slowest = std::max(slowest, elapsed);
        if (!Document::fromBytes(input, u"x"_s)
            || !validateCompose(*Document::fromBytes(input, u"x"_s)))
            ++refused;
        if (!ok || elapsed > perInputLimitMs) {
            QFile out(u"fuzz-compose-failure.yml"_s);
            if (out.open(QIODevice::WriteOnly))
                out.write(input);
            QFAIL(
                qPrintable(u"seed %1, input %2 (from %3): %4; written to %5"_s.arg(seed).arg(i).arg(
                    m_names.at(pick), ok ? u"took %1 ms"_s.arg(elapsed) : why, out.fileName())));
        }
    }
    qInfo("fuzz_compose: %d inputs (seed %u) in %.1f s, %d refused with a message, slowest %lld ms",
          iterations,
          seed,
          total.elapsed() / 1e3,
          refused,
          qlonglong(slowest));
}

void FuzzCompose::aliasBombsAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray laughs = "x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        const QByteArray prev(1, char(c - 1));
        laughs += "x-" + QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
        for (int k = 0; k < 9; ++k)
            laughs += (k ? ", *" : "*") + prev;
        laughs += "]\n";
    }
    QTest::newRow("billion laughs in environment")
        << laughs + "services:\n  web:\n    image: x\n    environment: *j\n";
    QTest::newRow("billion laughs at the top") << laughs + "services:\n  web:\n    image: x\n";
    QTest::newRow("alias inside its own anchor")
        << "services:\n  web: &w\n    image: x\n    again: *w\n"_ba;
    QTest::newRow("self-referencing sequence") << "services:\n  web:\n    ports: &p [1, *p]\n"_ba;
}

void FuzzCompose::aliasBombsAreRefused()
{
    QFETCH(QByteArray, bytes);
    const auto doc = Document::fromBytes(bytes, u"bomb.yml"_s);
    QVERIFY(doc.ok());
    const Document base = Fixtures::document(u"v4.2.10"_s);
    QElapsedTimer timer;
    timer.start();
    const auto valid = validateCompose(*doc);
    QVERIFY(!valid.ok());
    QVERIFY2(valid.error().message.contains(u"aliases"_s), qPrintable(valid.error().message));
    QVERIFY(valid.error().message.contains(u"bomb.yml"_s));
    const auto summary = summarize(base, *doc);
    QVERIFY(!summary.ok());
    const auto report = Report::compute(base, base, *doc);
    QVERIFY(!report.ok());
    QVERIFY(hasMessage(report.error()));
    QVERIFY2(timer.elapsed() < perInputLimitMs, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(FuzzCompose)
#include "fuzz_compose.moc"
