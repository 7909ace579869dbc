// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up benchmark: time from process start to the first painted frame, and peak resident memory, of
// steward against a minimal Qt Widgets window started the same way in the same run. Prints medians and
// ratios; asserts only that both programs ran and reported (goals: under 400 ms and under 120 MB).
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    double firstFrameMs = -1; // reported by the process itself, from its start (/proc/self/stat)
    double wallMs = -1;       // measured here, from QProcess::start to exit
    double peakMiB = -1;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

class BenchStartup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    Sample run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString platform = qEnvironmentVariable("STEWARD_BENCH_PLATFORM", u"offscreen"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, platform);
        env.insert(u"HOME"_s, m_home.path()); // no saved geometry or inventory: a first start
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(60000))
            return {};
        Sample s;
        s.wallMs = double(timer.nsecsElapsed()) / 1e6;
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        static const QRegularExpression re(u"first-frame-ms=([0-9.]+) peak-rss-kib=([0-9]+)"_s);
        const auto m = re.match(out);
        if (process.exitCode() != 0 || !m.hasMatch())
            return {};
        s.firstFrameMs = m.captured(1).toDouble();
        s.peakMiB = m.captured(2).toDouble() / 1024.0;
        return s;
    }

private Q_SLOTS:
    void startup()
    {
        constexpr int runs = 7;
        QList<double> stewardFrame, stewardWall, stewardRss, refFrame, refWall, refRss;
        // One warm-up each so that both read their libraries from the page cache.
        run(QStringLiteral(STEWARD_BINARY), {u"--first-frame-probe"_s});
        run(QStringLiteral(REFERENCE_BINARY), {});
        for (int i = 0; i < runs; ++i) {
            const Sample s = run(QStringLiteral(STEWARD_BINARY), {u"--first-frame-probe"_s});
            const Sample r = run(QStringLiteral(REFERENCE_BINARY), {});
            QVERIFY2(s.firstFrameMs > 0, "steward did not report its first frame");
            QVERIFY2(r.firstFrameMs > 0, "the reference did not report its first frame");
            stewardFrame.append(s.firstFrameMs);
            stewardWall.append(s.wallMs);
            stewardRss.append(s.peakMiB);
            refFrame.append(r.firstFrameMs);
            refWall.append(r.wallMs);
            refRss.append(r.peakMiB);
        }
        const double sf = median(stewardFrame), rf = median(refFrame);
        const double sw = median(stewardWall), rw = median(refWall);
        const double sm = median(stewardRss), rm = median(refRss);
        const QString report
            = u"startup: first frame steward %1 ms, reference %2 ms, ratio %3 (goal: steward < 400 "
              u"ms)\n"
              u"startup: start to exit steward %4 ms, reference %5 ms, ratio %6\n"
              u"startup: peak RSS steward %7 MiB, reference %8 MiB, ratio %9 (goal: steward < 120 MB)\n"_s
                  .arg(sf, 0, 'f', 1)
                  .arg(rf, 0, 'f', 1)
                  .arg(sf / rf, 0, 'f', 2)
                  .arg(sw, 0, 'f', 1)
                  .arg(rw, 0, 'f', 1)
                  .arg(sw / rw, 0, 'f', 2)
                  .arg(sm, 0, 'f', 1)
                  .arg(rm, 0, 'f', 1)
                  .arg(sm / rm, 0, 'f', 2);
        std::fputs(qPrintable(report), stdout);
    }
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
