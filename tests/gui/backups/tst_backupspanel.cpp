// SPDX-License-Identifier: GPL-3.0-or-later
// The Backups panel end to end against a lab: an empty bucket, two backups run and followed from the
// panel, two passing drills (proof, history, trend), a stale catalogue, a truncated newest backup flagged
// and its drill failing; screenshots of the healthy, stale and failed states, light and dark, in the
// build folder (screenshots/backups-*.png).
#include "../../integration/backups/labfixture.h"

#include "core/backups/cataloguesource.h"
#include "core/backups/drill.h"
#include "models/backups/backupcataloguemodel.h"
#include "models/backups/drillhistorymodel.h"
#include "widgets/backups/backupspanel.h"
#include "widgets/common/palette.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Backups;
using namespace Steward::Testing;

class TestBackupsPanel : public QObject
{
    Q_OBJECT

private:
    LabFixture m_lab;
    QTemporaryDir m_dir;

    QString screenshotDir() const
    {
        const QString dir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
        QDir().mkpath(dir);
        return dir;
    }
    void screenshot(BackupsPanel &panel, const QString &name)
    {
        for (const QString &scheme : {u"light"_s, u"dark"_s}) {
            applyColorScheme(scheme);
            panel.refresh(); // charts take the palette's theme when drawn again
            QSignalSpy refreshed(&panel, &BackupsPanel::refreshed);
            QVERIFY(refreshed.wait(20000));
            QApplication::processEvents();
            QVERIFY(panel.grab().save(screenshotDir() + u"/backups-"_s + name + u'-' + scheme
                                      + u".png"_s));
        }
        applyColorScheme(u"light"_s);
    }
    SessionConnector connector()
    {
        Ssh::SessionPool *pool = m_lab.pool.get();
        return [pool](const Server &s,
                      QObject *context,
                      std::function<void(const Result<Ssh::Session *> &)> done) {
            pool->whenReady(s, true, context, std::move(done));
        };
    }
    QString put(const QString &bucket, const QString &name, const QByteArray &content)
    {
        const QString path = m_lab.tmp.filePath(u"up"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return u"cannot write"_s;
        f.write(content);
        f.close();
        const Local r = m_lab.aws({u"s3"_s,
                                   u"cp"_s,
                                   u"--only-show-errors"_s,
                                   path,
                                   u"s3://%1/%2"_s.arg(bucket, name)},
                                  u"lab"_s);
        return r.exitCode == 0 ? QString() : r.text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("AWS_ACCESS_KEY_ID", "lab");
        qputenv("AWS_SECRET_ACCESS_KEY", "lab");
        const QString error = m_lab.start(2000, 20000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { m_lab.stop(); }

    void panel()
    {
        BackupsPanel panel(connector(),
                           nullptr,
                           History::Database(m_dir.filePath(u"history.sqlite"_s)));
        panel.resize(1100, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy refreshed(&panel, &BackupsPanel::refreshed);
        panel.setServers({m_lab.server});
        QVERIFY(refreshed.wait(20000));
        QVERIFY2(panel.statusText().startsWith(u"No backups"_s), qPrintable(panel.statusText()));
        QVERIFY2(panel.drillStatusText().contains(u"No drill has passed yet"_s),
                 qPrintable(panel.drillStatusText()));

        // Back up now, twice: followed, then in the catalogue.
        QSignalSpy backups(&panel, &BackupsPanel::backupFinished);
        for (int i = 0; i < 2; ++i) {
            refreshed.clear();
            panel.findChild<QPushButton *>(u"backupNow"_s)->click();
            QVERIFY(backups.wait(120000));
            QVERIFY(refreshed.wait(20000));
        }
        QCOMPARE(panel.catalogueModel()->rowCount(), 2);
        QVERIFY2(panel.statusText().startsWith(u"Fresh"_s), qPrintable(panel.statusText()));
        QVERIFY(panel.findChild<QPlainTextEdit *>(u"runLog"_s)
                    ->toPlainText()
                    .contains(u"Upload finished"_s));

        // Two drills: both pass, the history and its trend fill.
        QSignalSpy drills(&panel, &BackupsPanel::drillFinished);
        for (int i = 0; i < 2; ++i) {
            panel.findChild<QPushButton *>(u"drill"_s)->click();
            QVERIFY(drills.wait(300000));
            const auto result = drills.last().first().value<DrillResult>();
            QVERIFY2(result.passed(), qPrintable(result.message));
        }
        QCOMPARE(panel.historyModel()->rowCount(), 2);
        QCOMPARE(panel.proofModel()->rowCount(), 6);
        QVERIFY2(panel.drillStatusText().contains(u"The last passing drill was"_s),
                 qPrintable(panel.drillStatusText()));
        panel.showTab(0);
        screenshot(panel, u"healthy"_s);
        panel.showTab(2);
        screenshot(panel, u"drill"_s);
        panel.showTab(3);
        screenshot(panel, u"history"_s);

        // A stale catalogue: the newest backup of another bucket is three days old.
        QCOMPARE(m_lab.aws({u"s3"_s, u"mb"_s, u"s3://stale"_s}, u"lab"_s).exitCode, 0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int day = 10; day >= 3; --day)
            QCOMPARE(put(u"stale"_s,
                         u"mastodon_production-%1.dump.gz"_s.arg(
                             now.addDays(-day).toString(u"yyyy-MM-ddT031500Z"_s)),
                         QByteArray(3'000'000 + day * 20'000, 'x')),
                     QString());
        Server stale = m_lab.server;
        stale.backup.bucket = u"stale"_s;
        refreshed.clear();
        panel.setServers({stale});
        panel.refresh();
        QVERIFY(refreshed.wait(20000));
        QVERIFY2(panel.statusText().startsWith(u"Stale"_s), qPrintable(panel.statusText()));
        panel.showTab(0);
        screenshot(panel, u"stale"_s);

        // A truncated newest backup: flagged as suspiciously small, and its drill fails.
        refreshed.clear();
        panel.setServers({m_lab.server});
        panel.refresh();
        QVERIFY(refreshed.wait(20000));
        const QString key = panel.catalogueModel()
                                ->data(panel.catalogueModel()->index(0, 0),
                                       BackupCatalogueModel::KeyRole)
                                .toString();
        const Local got = m_lab.aws({u"s3"_s,
                                     u"cp"_s,
                                     u"--only-show-errors"_s,
                                     u"s3://lab-backups/"_s + key,
                                     m_lab.tmp.filePath(u"good.gz"_s)},
                                    u"lab"_s);
        QVERIFY2(got.exitCode == 0, qPrintable(key + u": "_s + got.text()));
        QFile good(m_lab.tmp.filePath(u"good.gz"_s));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        QCOMPARE(put(u"lab-backups"_s,
                     u"mastodon_production-%1.dump.gz"_s.arg(
                         now.addSecs(60).toString(u"yyyy-MM-ddTHHmmssZ"_s)),
                     bytes.left(bytes.size() / 3)),
                 QString());
        refreshed.clear();
        panel.refresh();
        QVERIFY(refreshed.wait(20000));
        QVERIFY2(panel.statusText().startsWith(u"Suspicious"_s), qPrintable(panel.statusText()));
        QVERIFY(panel.catalogueModel()
                    ->data(panel.catalogueModel()->index(0, 0), BackupCatalogueModel::SuspiciousRole)
                    .toBool());
        panel.findChild<QPushButton *>(u"drill"_s)->click();
        QVERIFY(drills.wait(300000));
        const auto failed = drills.last().first().value<DrillResult>();
        QCOMPARE(failed.outcome, DrillResult::Outcome::Failed);
        QVERIFY2(failed.message.contains(u"is truncated"_s), qPrintable(failed.message));
        QVERIFY(panel.drillStatusText().contains(u"FAILED"_s));
        QCOMPARE(panel.historyModel()->rowCount(), 3);
        panel.showTab(2);
        screenshot(panel, u"failed-drill"_s);
        panel.showTab(0);
        screenshot(panel, u"suspicious"_s);
    }
};

QTEST_MAIN(TestBackupsPanel)
#include "tst_backupspanel.moc"
