// SPDX-License-Identifier: GPL-3.0-or-later
// First lines on screen after opening a unit's log on the lab (issue 12: goal under 200 ms), with the
// server's shared session already connected, as when a volunteer presses Logs in the Servers panel: from
// LogsPanel::open() to the first rows painted in the view. The reference, measured in the same run over
// the same session: the same journalctl command run directly, to its first bytes (the channel, the
// lab's journalctl and its output, what Steward cannot make faster). The ratio says what Steward adds on
// top: the parser's thread, the batch handed to the GUI thread, the model and the paint.
#include "core/logs/logfeed.h"
#include "core/logs/timeline.h"
#include "core/servers/sessionpool.h"
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "labfixture.h"
#include "models/logs/logmodel.h"
#include "widgets/logs/logspanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Steward;

class BenchLogsFirstLines : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::LabFixture> m_lab;

    static qint64 median(QList<qint64> values)
    {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_lab = std::make_unique<Test::LabFixture>();
        QVERIFY2(m_lab->start(), qPrintable(m_lab->error()));
        // A unit with a real history to read: 20,000 entries (the view asks for the last 5,000).
        QVERIFY(m_lab->lab({u"logs"_s, u"journal"_s, u"mastodon.service"_s, u"20000"_s}).exitCode
                == 0);
    }

    void cleanupTestCase() { QVERIFY(m_lab->stop()); }

    void firstLines()
    {
        Ssh::SessionPool pool;
        pool.setKnownHostsFile(u"lab"_s, m_lab->knownHostsPath());
        const Server server = m_lab->server();
        const auto session = pool.session(server);
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(session.value()->state() == Ssh::Session::State::Ready, 30000);

        Logs::SourceSpec spec;
        spec.kind = Logs::SourceKind::Journal;
        spec.server = server.name;
        spec.name = u"mastodon.service"_s;
        spec.historyLines = 5000;
        spec.follow = true;
        const QStringList command = Logs::historyCommand(spec);
        QVERIFY(!command.isEmpty());

        constexpr int rounds = 7;
        QList<qint64> reference, steward;
        for (int round = 0; round < rounds; ++round) {
            // The reference: the same history command over the same session, to its first bytes.
            {
                QElapsedTimer timer;
                qint64 first = -1;
                bool done = false;
                timer.start();
                Ssh::Command *c = session.value()->run(command);
                connect(c, &Ssh::Command::stdoutReceived, c, [&](const QByteArray &) {
                    if (first < 0)
                        first = timer.nsecsElapsed();
                });
                connect(c, &Ssh::Command::finished, c, [&] { done = true; });
                connect(c, &Ssh::Command::failed, c, [&] { done = true; });
                QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
                c->deleteLater();
                QVERIFY2(first > 0, "the lab's journalctl printed nothing");
                reference.append(first);
            }
            // Steward: a fresh feed and panel (nothing cached), the source opened as the Servers
            // panel's Logs button does, until its first rows are painted.
            {
                Logs::LogFeed feed;
                feed.setSessionProvider(
                    [&pool, &server](const QString &,
                                     QObject *context,
                                     std::function<void(const Result<Ssh::Session *> &)> done) {
                        pool.whenReady(server, true, context, std::move(done));
                    });
                LogsPanel panel(&feed);
                panel.resize(1200, 700);
                panel.show();
                QVERIFY(QTest::qWaitForWindowExposed(&panel));
                QElapsedTimer timer;
                timer.start();
                panel.open(spec);
                while (panel.model()->rowCount() == 0 && timer.elapsed() < 30000)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
                QVERIFY2(panel.model()->rowCount() > 0, "no line arrived within 30 s");
                panel.view()->viewport()->repaint();
                steward.append(timer.nsecsElapsed());
                feed.stopAll();
            }
        }
        const double ref = median(reference) / 1e6;
        const double ours = median(steward) / 1e6;
        std::printf(
            "first lines on screen (journal of a unit on the lab, session connected): "
            "Steward %.1f ms (goal: < 200 ms); journalctl's first bytes over the same session "
            "%.1f ms; ratio %.2fx, Steward's own share %.1f ms (medians of %d)\n",
            ours,
            ref,
            ours / ref,
            ours - ref,
            rounds);
        std::fflush(stdout);
        std::printf("goal: first lines < 200 ms %s\n", ours < 200.0 ? "met" : "NOT met");
        std::fflush(stdout);
        // Asserted: what Steward adds to the command's own first bytes (the lab's journalctl is a Python
        // shim over a file, whose start-up swings with the machine's load; a server's is faster).
        QVERIFY2(ours - ref < 100.0,
                 qPrintable(
                     u"Steward adds %1 ms to the command's first bytes (at most 100 ms)"_s.arg(
                         ours - ref)));
    }
};

QTEST_MAIN(BenchLogsFirstLines)
#include "bench_logsfirstlines.moc"
