// SPDX-License-Identifier: GPL-3.0-or-later
// Parses every release of the fixture CHANGELOG and plans oldest → newest; prints the time per release
// and the ratio against a plain line split of the same file measured in the same run. No timing asserts.
#include "core/releases/planner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward::Releases;

class BenchReleases : public QObject
{
    Q_OBJECT

private slots:
    void wholeHistory()
    {
        QFile f(QStringLiteral(STEWARD_TEST_DATA "/releases/CHANGELOG.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        constexpr int rounds = 20;

        QElapsedTimer t;
        t.start();
        qsizetype lines = 0;
        for (int i = 0; i < rounds; ++i)
            lines += text.split(u'\n').size();
        const double splitMs = t.nsecsElapsed() / 1e6 / rounds;

        t.restart();
        qsizetype count = 0;
        for (int i = 0; i < rounds; ++i) {
            const auto parsed = ReleaseNotes::parseChangelog(text);
            QVERIFY(parsed);
            count = parsed->size();
            const auto plan = Planner::plan(parsed.value(),
                                            parsed->last().version,
                                            parsed->first().version);
            QVERIFY(plan);
            QCOMPARE(plan->releases.size(), count - 1);
        }
        const double fullMs = t.nsecsElapsed() / 1e6 / rounds;
        QVERIFY(lines > 0);
        std::printf("releases: %lld, parse+plan whole history: %.2f ms (%.3f ms per release; goal "
                    "< 100 ms), line split reference: %.3f ms, ratio %.1fx\n",
                    static_cast<long long>(count),
                    fullMs,
                    fullMs / count,
                    splitMs,
                    splitMs > 0 ? fullMs / splitMs : 0.0);
    }
};

QTEST_GUILESS_MAIN(BenchReleases)
#include "bench_releases.moc"
