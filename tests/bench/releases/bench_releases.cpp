// SPDX-License-Identifier: GPL-3.0-or-later
// Parses the release notes and plans oldest → newest: the fixture CHANGELOG (29 releases) and a
// synthetic full history (its releases replicated to ~300, Mastodon's whole history being about that
// long). Prints the time per release and the ratio against the goal (the whole history parsed and
// planned in under 100 ms), and against a plain line split of the same text. No timing asserts.
#include "core/releases/planner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward::Releases;

namespace {

constexpr double goalMs = 100.0; // the whole history, parsed and planned

// The fixture's sections under new numbers, newest first, until `count` releases: 1.0.0 … in lines
// of ten patches, so that the plan crosses every feature release.
QString syntheticHistory(const QString &changelog, int count)
{
    static const QRegularExpression heading(u"^## \\[[^\\]]+\\][^\\n]*$"_s,
                                            QRegularExpression::MultilineOption);
    QStringList bodies;
    qsizetype last = -1;
    for (auto it = heading.globalMatch(changelog); it.hasNext();) {
        const auto m = it.next();
        if (last >= 0)
            bodies.append(changelog.mid(last, m.capturedStart() - last));
        last = m.capturedEnd();
    }
    bodies.append(changelog.mid(last));
    QString out = u"# Changelog\n\n"_s;
    for (int i = count - 1; i >= 0; --i) {
        const int major = 1 + i / 100, minor = (i / 10) % 10, patch = i % 10;
        out += u"## [%1.%2.%3] - 2020-01-01\n"_s.arg(major).arg(minor).arg(patch)
               + bodies.at(i % bodies.size()) + u'\n';
    }
    return out;
}

struct Timing
{
    qsizetype releases = 0;
    double ms = 0;      // parse + plan, per run
    double splitMs = 0; // a line split of the same text, per run
};

Timing measure(const QString &text, int rounds)
{
    Timing t;
    QElapsedTimer timer;
    timer.start();
    qsizetype lines = 0;
    for (int i = 0; i < rounds; ++i)
        lines += text.split(u'\n').size();
    t.splitMs = timer.nsecsElapsed() / 1e6 / rounds;
    Q_ASSERT(lines > 0);

    timer.restart();
    for (int i = 0; i < rounds; ++i) {
        const auto parsed = ReleaseNotes::parseChangelog(text);
        if (!parsed)
            qFatal("the benchmark's changelog did not parse");
        t.releases = parsed->size();
        const auto plan = Planner::plan(parsed.value(),
                                        parsed->last().version,
                                        parsed->first().version);
        if (!plan || plan->releases.size() != t.releases - 1)
            qFatal("the benchmark's plan is not the whole history");
    }
    t.ms = timer.nsecsElapsed() / 1e6 / rounds;
    return t;
}

void report(const char *what, const Timing &t)
{
    // The goal is for the whole history; per release it is goalMs / releases.
    const double perRelease = t.ms / t.releases;
    const double goalPerRelease = goalMs / t.releases;
    std::printf(
        "%s: %lld releases, parse+plan %.2f ms; per release %.3f ms against a goal of %.3f ms "
        "(whole history < %.0f ms): ratio %.2f (< 1 meets the goal); line split reference "
        "%.3f ms, parse+plan %.1fx that\n",
        what,
        static_cast<long long>(t.releases),
        t.ms,
        perRelease,
        goalPerRelease,
        goalMs,
        perRelease / goalPerRelease,
        t.splitMs,
        t.splitMs > 0 ? t.ms / t.splitMs : 0.0);
}

} // namespace

class BenchReleases : public QObject
{
    Q_OBJECT

    QString m_changelog;

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(STEWARD_TEST_DATA "/releases/CHANGELOG.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_changelog = QString::fromUtf8(f.readAll());
    }

    void fixtureHistory()
    {
        const Timing t = measure(m_changelog, 20);
        QCOMPARE(t.releases, 29);
        report("fixture CHANGELOG.md", t);
    }

    void syntheticFullHistory()
    {
        const QString text = syntheticHistory(m_changelog, 300);
        const Timing t = measure(text, 5);
        QCOMPARE(t.releases, 300);
        report("synthetic full history", t);
    }
};

QTEST_GUILESS_MAIN(BenchReleases)
#include "bench_releases.moc"
