// SPDX-License-Identifier: GPL-3.0-or-later
// Parses the release notes and plans oldest → newest: the fixture CHANGELOG (29 releases) and a
// synthetic full history (its releases replicated to ~300, Mastodon's whole history being about that
// long). Prints the time per release and the ratio against the goal (the whole history parsed and
// planned in under 50 ms), and against a plain line split of the same text; fails when the whole
// history misses the goal. The time asserted is the best round's CPU time of this thread: the
// machine is shared (a build next door stretches the wall clock, not the work); the wall-clock
// figures are printed beside it.
#include "core/releases/planner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <limits>

#include "core/releases/githubreleases.h"
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <time.h>

using namespace Qt::StringLiterals;
using namespace Steward::Releases;

namespace {

constexpr double goalMs = 50.0; // the whole history, parsed and planned

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
    double ms = 0;     // parse + plan: the best round's CPU time of this thread
    double wallMs = 0; // parse + plan: the best round's wall-clock time
    double meanWallMs = 0;
    double splitMs = 0; // a line split of the same text, best round's CPU time
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

Timing measure(const QString &text, int rounds)
{
    Timing t;
    t.splitMs = t.ms = t.wallMs = std::numeric_limits<double>::max();
    qsizetype lines = 0;
    for (int i = 0; i < rounds; ++i) {
        const double cpu = threadCpuMs();
        lines += text.split(u'\n').size();
        t.splitMs = std::min(t.splitMs, threadCpuMs() - cpu);
    }
    Q_ASSERT(lines > 0);

    QElapsedTimer timer;
    double wallTotal = 0;
    for (int i = 0; i < rounds; ++i) {
        const double cpu = threadCpuMs();
        timer.start();
        const auto parsed = ReleaseNotes::parseChangelog(text);
        if (!parsed)
            qFatal("the benchmark's changelog did not parse");
        t.releases = parsed->size();
        const auto plan = Planner::plan(parsed.value(),
                                        parsed->last().version,
                                        parsed->first().version);
        if (!plan || plan->releases.size() != t.releases - 1)
            qFatal("the benchmark's plan is not the whole history");
        const double wall = timer.nsecsElapsed() / 1e6;
        t.ms = std::min(t.ms, threadCpuMs() - cpu);
        t.wallMs = std::min(t.wallMs, wall);
        wallTotal += wall;
    }
    t.meanWallMs = wallTotal / rounds;
    return t;
}

// The ratio of the time per release to the goal per release (the goal is for the whole history,
// per release it is goalMs / releases; for the whole history that is t.ms / goalMs).
double report(const char *what, const Timing &t)
{
    const double perRelease = t.ms / t.releases;
    const double goalPerRelease = goalMs / t.releases;
    const double ratio = perRelease / goalPerRelease;
    std::printf(
        "%s: %lld releases, parse+plan %.2f ms CPU (best round; wall clock best %.2f ms, mean "
        "%.2f ms); per release %.3f ms against a goal of %.3f ms (whole history < %.0f ms): "
        "ratio %.2f (< 1 meets the goal); line split reference %.3f ms, parse+plan %.1fx that\n",
        what,
        static_cast<long long>(t.releases),
        t.ms,
        t.wallMs,
        t.meanWallMs,
        perRelease,
        goalPerRelease,
        goalMs,
        ratio,
        t.splitMs,
        t.splitMs > 0 ? t.ms / t.splitMs : 0.0);
    return ratio;
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

    void dumpAll()
    {
        const QString out = qEnvironmentVariable("HREL_DUMP");
        if (out.isEmpty())
            QSKIP("no dump");
        QJsonArray all;
        auto relJson = [](const QList<Release> &rs) {
            QJsonArray a;
            for (const Release &r : rs) {
                QJsonArray fs;
                for (const Finding &f : r.findings)
                    fs.append(QJsonObject{{u"k"_s, Finding::kindName(f.kind)},
                                          {u"d"_s, f.detail},
                                          {u"m"_s, f.minimum},
                                          {u"r"_s, f.recommended},
                                          {u"i"_s, f.inferred},
                                          {u"e"_s, f.evidence},
                                          {u"l"_s, f.line}});
                a.append(
                    QJsonObject{{u"v"_s, r.version.toString()}, {u"n"_s, r.notes}, {u"f"_s, fs}});
            }
            return a;
        };
        const QString synth = syntheticHistory(m_changelog, 300);
        for (const QString &t : {m_changelog, synth}) {
            const auto parsed = ReleaseNotes::parseChangelog(t);
            all.append(relJson(*parsed));
            all.append(Planner::toJson(
                *Planner::plan(*parsed, parsed->last().version, parsed->first().version)));
        }
        QDir sec(u"/work/main/build/hrel-rel/fx/changelog-sections"_s);
        for (const QString &n : sec.entryList(QDir::Files)) {
            QFile f(sec.filePath(n));
            f.open(QIODevice::ReadOnly);
            all.append(relJson(*ReleaseNotes::parseChangelog(QString::fromUtf8(f.readAll()))));
        }
        for (const QString &n : {u"/work/main/build/hrel-rel/fx/CHANGELOG.md"_s,
                                 u"/work/main/tests/data/releases/changelog-4.3.0.md"_s}) {
            QFile f(n);
            f.open(QIODevice::ReadOnly);
            all.append(relJson(*ReleaseNotes::parseChangelog(QString::fromUtf8(f.readAll()))));
        }
        {
            QFile f(u"/work/main/tests/data/releases/v4.3.0.body.md"_s);
            f.open(QIODevice::ReadOnly);
            all.append(relJson({ReleaseNotes::parseReleaseBody(*Version::parse(u"4.3.0"),
                                                               QString::fromUtf8(f.readAll()))}));
        }
        {
            QFile f(u"/work/main/build/hrel-rel/fx/github-releases-sample.json"_s);
            f.open(QIODevice::ReadOnly);
            const auto gh = GitHubReleases::parse(f.readAll());
            all.append(relJson(*gh));
            const auto parsed = ReleaseNotes::parseChangelog(m_changelog);
            const auto merged = ReleaseNotes::merge({*gh, *parsed});
            all.append(relJson(merged));
            all.append(Planner::toJson(
                *Planner::plan(merged, *Version::parse(u"4.1.0"), merged.first().version)));
        }
        QFile o(out);
        o.open(QIODevice::WriteOnly);
        o.write(QJsonDocument(all).toJson());
    }

    void syntheticFullHistory()
    {
        const QString text = syntheticHistory(m_changelog, 300);
        const Timing t = measure(text, 10);
        QCOMPARE(t.releases, 300);
        const double ratio = report("synthetic full history", t);
        QVERIFY2(ratio <= 1.0,
                 qPrintable(u"the whole history took %1 ms, the goal is under %2 ms"_s.arg(t.ms).arg(
                     goalMs)));
    }
};

QTEST_GUILESS_MAIN(BenchReleases)
#include "bench_releases.moc"
