// SPDX-License-Identifier: GPL-3.0-or-later
// The Logs view's engine at scale, with references measured in the same run on the same generated text
// (`journalctl -o json` lines, a realistic mix of units, levels and messages):
// - ingest: the Ingestor (parser thread) into a Timeline's stores, MB/s and lines/s, against `lnav`
//   loading the same file headless (when lnav is installed);
// - search: scanLines for a pattern with a literal and for one without, MiB/s, against `grep -cE`;
// - memory: the store's bytes a line beyond the text, and the process's peak RSS;
// - scrolling: the time to paint the view at 1,000 lines and at every line (goal: within 1.2x).
// STEWARD_BENCH_LOG_LINES sets the size (default 500,000 lines, about 150 MB: the issue's 10,000,000 takes twenty times
// as long and twenty times the memory, so CI runs the smaller one). Goals are printed, not asserted;
// what is asserted is that the engine found what grep found.
#include "core/logs/ingestor.h"
#include "core/logs/linestore.h"
#include "core/logs/logfilter.h"
#include "core/logs/textmatcher.h"
#include "core/logs/timeline.h"
#include "models/logs/logmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QPixmap>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Logs;

namespace {

qint64 lineCount()
{
    bool ok = false;
    const qint64 n = qEnvironmentVariable("STEWARD_BENCH_LOG_LINES").toLongLong(&ok);
    return ok && n > 0 ? n : 500'000;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// journalctl -o json lines for a busy Mastodon server.
QByteArray generate(qint64 lines)
{
    static const char *units[] = {"mastodon.service",
                                  "certbot.service",
                                  "pg-dump-to-s3.service",
                                  "docker.service"};
    static const char *idents[] = {"bundle", "certbot", "pg-dump-to-s3", "dockerd"};
    static const char *messages[]
        = {"Started GET \\\"/api/v1/timelines/home?limit=20\\\" for 10.0.0.%1 at 2025-11-22 "
           "00:10:00 +0000",
           "Completed 200 OK in %1ms (Views: 0.4ms | ActiveRecord: 12.1ms | Allocations: 4821)",
           "[ActiveJob] [ActivityPub::DeliveryWorker] Performing job %1 from Sidekiq(push)",
           "ERROR: connection to 10.0.0.%1 refused, retrying in 5s",
           "Certificate not yet due for renewal; %1 days left",
           "upload part %1 of 12 to s3://social-coop-backups/ done"};
    QByteArray out;
    out.reserve(lines * 300);
    qint64 t = 1'764'000'000'000'000;
    for (qint64 i = 0; i < lines; ++i) {
        const int u = int(i % 4);
        const int m = int((i * 7) % 6);
        const int priority = m == 3 ? 3 : (i % 50 == 0 ? 4 : 6);
        t += 1000 + (i % 17);
        out += "{\"__CURSOR\":\"s=7a1f;i=" + QByteArray::number(i, 16)
               + ";b=9c2e;m=" + QByteArray::number(t, 16) + "\",\"__REALTIME_TIMESTAMP\":\""
               + QByteArray::number(t) + "\",\"PRIORITY\":\"" + QByteArray::number(priority)
               + "\",\"_SYSTEMD_UNIT\":\"" + units[u] + "\",\"SYSLOG_IDENTIFIER\":\"" + idents[u]
               + "\",\"_PID\":\"" + QByteArray::number(1000 + u * 37) + "\",\"MESSAGE\":\""
               + QByteArray(messages[m]).replace("%1", QByteArray::number(i % 251)) + "\"}\n";
    }
    return out;
}

double mbPerSecond(qint64 bytes, qint64 ns)
{
    return ns > 0 ? double(bytes) / 1e6 / (double(ns) / 1e9) : 0;
}

double mibPerSecond(qint64 bytes, qint64 ns)
{
    return ns > 0 ? double(bytes) / 1048576.0 / (double(ns) / 1e9) : 0;
}

} // namespace

class BenchLogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    qint64 m_bytes = 0;
    qint64 m_lines = 0;
    Timeline m_timeline;
    int m_stream = -1;

private Q_SLOTS:
    void initTestCase()
    {
        m_lines = lineCount();
        const QByteArray text = generate(m_lines);
        m_bytes = text.size();
        m_file = m_dir.filePath(u"journal.json"_s);
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(text), text.size());
        std::printf("bench_logs: %lld lines, %.1f MB of journalctl -o json\n",
                    static_cast<long long>(m_lines),
                    double(m_bytes) / 1e6);
    }

    void ingest()
    {
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        SourceSpec spec;
        spec.kind = SourceKind::Journal;
        spec.name = u"bench"_s;
        const int source = m_timeline.addSource(spec);
        Ingestor ingestor;
        ingestor.addSource(source, SourceKind::Journal, true);
        connect(&ingestor, &Ingestor::batchReady, &m_timeline, [this](const IngestBatchPtr &batch) {
            m_timeline.append(*batch);
        });
        bool drained = false;
        connect(&ingestor, &Ingestor::drained, this, [&drained] { drained = true; });
        QElapsedTimer timer;
        timer.start();
        // Fed as an SSH channel gives it: 256 KiB at a time.
        constexpr qsizetype Chunk = 256 * 1024;
        for (qsizetype at = 0; at < text.size(); at += Chunk) {
            ingestor.feed(source, text.mid(at, Chunk));
            if (ingestor.backlog() > 64 * 1024 * 1024)
                QTest::qWait(1);
        }
        ingestor.finish(source);
        QTRY_VERIFY_WITH_TIMEOUT(drained, 600000);
        const qint64 ns = timer.nsecsElapsed();
        QCOMPARE(m_timeline.lineCount(), m_lines);
        m_stream = m_timeline.source(source).streams.value(0, -1);
        QVERIFY(m_stream >= 0);
        const double ours = mbPerSecond(m_bytes, ns);
        std::printf("ingest: %.0f MB/s, %.2f M lines/s (goal: >= 300 MB/s)\n",
                    ours,
                    double(m_lines) / 1e6 / (double(ns) / 1e9));
        const LineStore *store = m_timeline.store(m_stream);
        std::printf("memory: %.2f bytes a line beyond the text (goal: <= 8); text %.1f MB; peak "
                    "RSS %.0f MB\n",
                    double(store->overheadBytes()) / double(m_lines),
                    double(store->textBytes()) / 1e6,
                    double(peakRssKiB()) / 1024.0);

        const QString lnav = QStandardPaths::findExecutable(u"lnav"_s);
        if (lnav.isEmpty()) {
            std::printf("ingest reference: lnav is not installed, no comparison\n");
            return;
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path()); // lnav keeps its config and index there
        p.setProcessEnvironment(env);
        timer.restart();
        p.start(lnav, {u"-n"_s, u"-q"_s, m_file});
        QVERIFY(p.waitForFinished(600000));
        const qint64 lnavNs = timer.nsecsElapsed();
        if (p.exitCode() != 0) {
            std::printf("ingest reference: lnav failed (%d): %s\n",
                        p.exitCode(),
                        p.readAllStandardError().constData());
            return;
        }
        const double theirs = mbPerSecond(m_bytes, lnavNs);
        std::printf("ingest reference: lnav -n %.0f MB/s; Steward/lnav %.2fx (goal: >= 1x)\n",
                    theirs,
                    theirs > 0 ? ours / theirs : 0);
    }

    void search_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<double>("goal");
        QTest::newRow("literal") << u"connection to 10\\.0\\.0\\.17 refused"_s << true << 500.0;
        QTest::newRow("no literal") << u"[0-9]{3}ms \\(Views"_s << true << 250.0;
    }

    void search()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, regex);
        QFETCH(double, goal);
        QVERIFY(m_stream >= 0);
        auto matcher = TextMatcher::create(pattern,
                                           regex ? TextMatcher::Syntax::RegularExpression
                                                 : TextMatcher::Syntax::Text,
                                           TextMatcher::Case::Sensitive);
        QVERIFY2(matcher, qPrintable(matcher ? QString() : matcher.error().message));
        const LineStore *store = m_timeline.store(m_stream);
        LogFilter filter;
        filter.text = matcher.value();
        std::vector<quint32> hits;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(scanLines(*store, 0, store->size(), filter, nullptr, hits));
        const qint64 ns = timer.nsecsElapsed();
        const double ours = mibPerSecond(store->textBytes(), ns);

        // grep -cE over the same messages (one a line, as the store holds them).
        const QString text = m_dir.filePath(u"messages.txt"_s);
        if (!QFile::exists(text)) {
            QFile out(text);
            QVERIFY(out.open(QIODevice::WriteOnly));
            LineStore::Reader reader(store);
            QByteArray block;
            for (qint64 i = 0; i < reader.size(); ++i) {
                block += reader.line(i).text;
                block += '\n';
                if (block.size() > (8 << 20))
                    out.write(block), block.clear();
            }
            out.write(block);
        }
        QProcess grep;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, u"C"_s);
        grep.setProcessEnvironment(env);
        timer.restart();
        grep.start(u"grep"_s, {u"-cE"_s, pattern, text});
        QVERIFY(grep.waitForFinished(600000));
        const qint64 grepNs = timer.nsecsElapsed();
        const qint64 grepCount = grep.readAllStandardOutput().trimmed().toLongLong();
        QCOMPARE(qint64(hits.size()), grepCount);
        QVERIFY(grepCount > 0);
        const double theirs = mibPerSecond(store->textBytes(), grepNs);
        std::printf("search %s: %.0f MiB/s, %lld lines (goal: >= %.0f MiB/s); grep -cE %.0f MiB/s; "
                    "Steward/grep %.2fx\n",
                    QTest::currentDataTag(),
                    ours,
                    static_cast<long long>(hits.size()),
                    goal,
                    theirs,
                    theirs > 0 ? ours / theirs : 0);
    }

    // The time to paint a screenful at 1,000 lines and at every line: the view must not care.
    void scrolling()
    {
        QVERIFY(m_stream >= 0);
        const auto paintTime = [](Timeline *timeline) {
            LogModel model(timeline);
            QTableView view;
            view.setModel(&model);
            view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
            view.verticalHeader()->setDefaultSectionSize(18);
            view.horizontalHeader()->setStretchLastSection(true);
            view.resize(1200, 800);
            view.show();
            const int rows = model.rowCount();
            QElapsedTimer timer;
            constexpr int Frames = 40;
            qint64 total = 0;
            QPixmap frame(view.viewport()->size());
            for (int i = 0; i < Frames; ++i) {
                view.scrollTo(model.index(int(qint64(rows - 1) * i / Frames), 0));
                QCoreApplication::processEvents(); // the scroll's layout, outside the timed paint
                timer.start();
                view.viewport()->render(&frame); // a full paint of the visible rows
                total += timer.nsecsElapsed();
            }
            return double(total) / Frames / 1e6;
        };
        // 1,000 lines: a copy of the first thousand.
        Timeline small;
        SourceSpec spec;
        spec.name = u"small"_s;
        const int source = small.addSource(spec);
        IngestBatch batch;
        batch.source = source;
        const LineStore *store = m_timeline.store(m_stream);
        for (qint64 i = 0; i < 1000; ++i) {
            const LineStore::Line l = store->line(i);
            ParsedLine p;
            p.text = l.text;
            p.timeUs = l.timeUs;
            p.priority = l.priority;
            batch.lines.add(p);
        }
        small.append(batch);
        const double smallMs = paintTime(&small);
        const double bigMs = paintTime(&m_timeline);
        std::printf("scrolling: a frame in %.2f ms at 1,000 lines, %.2f ms at %lld lines: %.2fx "
                    "(goal: <= 1.2x)\n",
                    smallMs,
                    bigMs,
                    static_cast<long long>(m_lines),
                    smallMs > 0 ? bigMs / smallMs : 0);
    }
};

QTEST_MAIN(BenchLogs)
#include "bench_logs.moc"
