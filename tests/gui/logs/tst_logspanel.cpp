// SPDX-License-Identifier: GPL-3.0-or-later
// The Logs panel on a real lab, driven as a volunteer does: Journal on a unit and Logs on a compose service
// in the Servers panel open both in the Logs panel, merged in time order; new journal entries arrive while
// following; scrolled up, following stops and new lines are counted; a filter, a search with next and a
// bad expression; jump to a time; save. Screenshots, light and dark, go to the build folder.
#include "app/stewardapp.h"
#include "core/logs/timeline.h"
#include "core/servers/sessionpool.h"
#include "labfixture.h"
#include "models/logs/logmodel.h"
#include "models/servers/serverlistmodel.h"
#include "widgets/common/palette.h"
#include "widgets/logs/logspanel.h"
#include "widgets/servers/serverdetailview.h"
#include "widgets/servers/serverspanel.h"
#include "widgets/shell/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;

class TestLogsPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::LabFixture> m_lab;

    static void shoot(StewardApp &app, const QString &name)
    {
        QDir().mkpath(QStringLiteral(STEWARD_SCREENSHOTS));
        for (const QString &scheme : {u"light"_s, u"dark"_s}) {
            applyColorScheme(scheme);
            QCoreApplication::processEvents();
            app.window()->grab().save(QStringLiteral(STEWARD_SCREENSHOTS) + u"/logs-"_s + name
                                      + u'-' + scheme + u".png"_s);
        }
        applyColorScheme(u"light"_s);
    }

    static int rowOf(QTableView *view, const QString &key)
    {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data().toString() == key)
                return r;
        }
        return -1;
    }

    static QStringList column(const LogModel *model, int column)
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->index(r, column).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_lab = std::make_unique<Test::LabFixture>();
        QVERIFY2(m_lab->start(), qPrintable(m_lab->error()));
    }

    void cleanupTestCase() { QVERIFY(m_lab->stop()); }

    void logsOnTheLab()
    {
        GuiOptions options;
        options.inventory = m_lab->inventoryPath();
        StewardApp app(options);
        app.sessions()->setKnownHostsFile(u"lab"_s, m_lab->knownHostsPath());
        app.window()->resize(1280, 860);
        app.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        ServersPanel *servers = app.serversPanel();
        ServerDetailView *detail = servers->detail();
        app.connectServer(m_lab->server());
        QTRY_VERIFY_WITH_TIMEOUT(detail->unitsView()->model()->rowCount() > 0, 60000);
        QVERIFY(m_lab->lab({u"logs"_s, u"journal"_s, u"mastodon.service"_s, u"300"_s}).exitCode
                == 0);

        // Journal on mastodon.service: the Logs panel opens with its history.
        const int unit = rowOf(detail->unitsView(), u"mastodon.service"_s);
        QVERIFY(unit >= 0);
        detail->unitsView()->setCurrentIndex(detail->unitsView()->model()->index(unit, 0));
        auto *journal = detail->findChild<QPushButton *>(u"unitLogs"_s);
        QTRY_VERIFY(journal->isEnabled());
        journal->click();
        QCOMPARE(app.window()->currentPanelId(), u"logs"_s);
        LogsPanel *logs = app.logsPanel();
        LogModel *model = logs->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 300, 30000);
        Logs::Timeline *timeline = model->timeline();
        QCOMPARE(timeline->sourceCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(timeline->source(0).state, Logs::SourceState::Following, 30000);
        QVERIFY(logs->isFollowing());

        // Logs on the web service: a second source, merged in time order.
        app.window()->setCurrentPanel(u"servers"_s);
        const int web = rowOf(detail->servicesView(), u"web"_s);
        QVERIFY(web >= 0);
        detail->servicesView()->setCurrentIndex(detail->servicesView()->model()->index(web, 0));
        detail->findChild<QPushButton *>(u"serviceLogs"_s)->click();
        QCOMPARE(app.window()->currentPanelId(), u"logs"_s);
        QCOMPARE(timeline->sourceCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(timeline->source(1).state == Logs::SourceState::Following
                                     || timeline->source(1).state == Logs::SourceState::Ended,
                                 30000);
        QVERIFY2(timeline->source(1).state != Logs::SourceState::Failed,
                 qPrintable(timeline->source(1).message));
        qint64 last = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const qint64 t = model->index(r, 0).data(LogModel::TimeUsRole).toLongLong();
            if (t == 0)
                continue;
            QVERIFY2(t >= last, qPrintable(u"row %1 is out of time order"_s.arg(r)));
            last = t;
        }
        QCOMPARE(logs->findChild<QListWidget *>(u"sources"_s)->count(), 2);
        shoot(app, u"merged"_s);

        // Following: new journal entries arrive and stay in view.
        const int before = model->rowCount();
        QVERIFY(
            m_lab->lab({u"logs"_s, u"journal"_s, u"mastodon.service"_s, u"3"_s, u"followed line"_s})
                .exitCode
            == 0);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= before + 3, 30000);
        // The lab numbers them: "followed line 1", "followed line 2"...
        QCOMPARE(column(model, LogModel::MessageColumn).filter(u"followed line"_s).size(), 3);
        QTRY_VERIFY(logs->view()->verticalScrollBar()->value()
                    == logs->view()->verticalScrollBar()->maximum());

        // Scrolled up: following stops, and new lines are counted, not lost.
        logs->view()->verticalScrollBar()->setValue(0);
        QVERIFY(!logs->isFollowing());
        const int rows = model->rowCount();
        QVERIFY(m_lab->lab({u"logs"_s, u"journal"_s, u"mastodon.service"_s, u"2"_s, u"while away"_s})
                    .exitCode
                == 0);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), rows + 2, 30000);
        QCOMPARE(logs->newLines(), 2);
        QCOMPARE(logs->view()->verticalScrollBar()->value(), 0);
        shoot(app, u"paused"_s);
        logs->setFollowing(true);
        QCOMPARE(logs->newLines(), 0);
        QCOMPARE(logs->view()->verticalScrollBar()->value(),
                 logs->view()->verticalScrollBar()->maximum());

        // Search: count, next, and a bad expression said plainly.
        QSignalSpy searched(logs, &LogsPanel::searchUpdated);
        logs->setSearchPattern(u"while away"_s, false);
        QTRY_COMPARE_WITH_TIMEOUT(model->matchCount(), 2, 10000);
        QVERIFY2(logs->searchText().contains(u"2"_s), qPrintable(logs->searchText()));
        logs->findNext(true);
        QVERIFY(!logs->isFollowing());
        const QModelIndex current = logs->view()->currentIndex();
        QVERIFY(current.isValid());
        QVERIFY(current.data(LogModel::MatchRole).toBool());
        shoot(app, u"search"_s);
        logs->setSearchPattern(u"(unclosed"_s, true);
        QVERIFY2(logs->messageText().contains(u"Search"_s), qPrintable(logs->messageText()));
        logs->setSearchPattern(QString(), false);
        QVERIFY(logs->messageText().isEmpty());

        // Filter: only the followed lines; then everything again.
        logs->setFilterPattern(u"followed line"_s, false);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
        QVERIFY(logs->statusText().contains(u"3 of"_s));
        shoot(app, u"filtered"_s);
        logs->setFilterPattern(QString(), false);
        QTRY_VERIFY(model->rowCount() >= rows + 2);

        // Jump to a time, and a time that means nothing.
        QVERIFY(logs->jumpToTime(u"-1d"_s));
        QVERIFY(!logs->jumpToTime(u"next tuesday-ish"_s));
        QVERIFY(!logs->messageText().isEmpty());

        // Save the selection (the row jumped to), then, with nothing selected, the whole view.
        QTemporaryDir dir;
        const QString one = dir.filePath(u"one.log"_s);
        QCOMPARE(logs->saveTo(one), QString());
        QFile oneFile(one);
        QVERIFY(oneFile.open(QIODevice::ReadOnly));
        QCOMPARE(oneFile.readAll().count('\n'), 1);
        logs->view()->clearSelection();
        const QString path = dir.filePath(u"saved.log"_s);
        QCOMPARE(logs->saveTo(path), QString());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QCOMPARE(text.count('\n'), model->rowCount());
        QVERIFY(text.contains("followed line"));
    }

    // Several services selected at once in the Servers panel: Logs opens each, merged; the actions,
    // which name one service in their confirmation, wait for a single selection.
    void severalServicesAtOnce()
    {
        GuiOptions options;
        options.inventory = m_lab->inventoryPath();
        StewardApp app(options);
        app.sessions()->setKnownHostsFile(u"lab"_s, m_lab->knownHostsPath());
        app.window()->resize(1280, 860);
        app.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        ServerDetailView *detail = app.serversPanel()->detail();
        app.connectServer(m_lab->server());
        QTRY_VERIFY_WITH_TIMEOUT(detail->servicesView()->model()->rowCount() > 0, 60000);
        QTableView *services = detail->servicesView();
        const int web = rowOf(services, u"web"_s);
        const int sidekiq = rowOf(services, u"sidekiq"_s);
        QVERIFY(web >= 0 && sidekiq >= 0);
        services->setCurrentIndex(services->model()->index(web, 0));
        services->selectionModel()->select(services->model()->index(sidekiq, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(detail->selectedServices().size(), 2);
        auto *restart = detail->findChild<QPushButton *>(u"restartService"_s);
        QVERIFY(restart);
        QVERIFY(!restart->isEnabled());
        auto *logsButton = detail->findChild<QPushButton *>(u"serviceLogs"_s);
        QTRY_VERIFY(logsButton->isEnabled());
        logsButton->click();
        QCOMPARE(app.window()->currentPanelId(), u"logs"_s);
        Logs::Timeline *timeline = app.logsPanel()->model()->timeline();
        QCOMPARE(timeline->sourceCount(), 2);
        QStringList names{timeline->source(0).spec.name, timeline->source(1).spec.name};
        names.sort();
        QCOMPARE(names, (QStringList{u"sidekiq"_s, u"web"_s}));
    }
};

QTEST_MAIN(TestLogsPanel)
#include "tst_logspanel.moc"
