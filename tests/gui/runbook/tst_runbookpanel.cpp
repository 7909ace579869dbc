// SPDX-License-Identifier: GPL-3.0-or-later
// The Runbook panel on a real lab, as a volunteer walks the upgrade night: the shipped runbook and the lab
// chosen, its parameters filled, the dry run read (nothing sent), the run started after a confirmation, the
// "release notes read" confirmation approved from the decision bar, a skip refused without a reason, and
// the night run to the end: every step done, the lab on the new version, maintenance off. Then the same run
// opened again by its id, as another laptop would; the announcement preview with its character count, a
// step's output opened in Logs, the transcript shown and exported. Screenshots, light and dark, go to the
// build folder.
#include "../../unit/releases/releasefixtures.h"
#include "app/stewardapp.h"
#include "core/releases/planner.h"
#include "core/releases/releasenotes.h"
#include "core/runbook/journal.h"
#include "core/runbook/planparameters.h"
#include "core/runbook/runengine.h"
#include "core/servers/sessionpool.h"
#include "core/ssh/session.h"
#include "labfixture.h"
#include "models/logs/logmodel.h"
#include "models/runbook/runstepmodel.h"
#include "widgets/common/messagebox.h"
#include "widgets/common/palette.h"
#include "widgets/logs/logspanel.h"
#include "widgets/runbook/runbookpanel.h"
#include "widgets/shell/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using Runbook::RunEngine;
using Runbook::StepState;

class TestRunbookPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::LabFixture> m_lab;
    QTemporaryDir m_tmp;

    static void shoot(StewardApp &app, const QString &name)
    {
        QDir().mkpath(QStringLiteral(STEWARD_SCREENSHOTS));
        for (const QString &scheme : {u"light"_s, u"dark"_s}) {
            applyColorScheme(scheme);
            QCoreApplication::processEvents();
            app.window()->grab().save(QStringLiteral(STEWARD_SCREENSHOTS) + u"/runbook-"_s + name
                                      + u'-' + scheme + u".png"_s);
        }
        applyColorScheme(u"light"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_lab = std::make_unique<Test::LabFixture>();
        QVERIFY2(m_lab->start(), qPrintable(m_lab->error()));
        QFile token(m_lab->dir() + u"/http/token"_s);
        QVERIFY(token.open(QIODevice::ReadOnly));
        qputenv("STEWARD_MASTODON_TOKEN", token.readAll().trimmed());
    }

    void cleanupTestCase()
    {
        qunsetenv("STEWARD_MASTODON_TOKEN");
        QVERIFY(m_lab->stop());
    }

    void upgradeNight()
    {
        GuiOptions options;
        options.inventory = m_lab->inventoryPath();
        StewardApp app(options);
        app.sessions()->setKnownHostsFile(u"lab"_s, m_lab->knownHostsPath());
        app.window()->resize(1280, 900);
        app.window()->show();
        app.window()->setCurrentPanel(u"runbook"_s);
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        RunbookPanel *panel = app.runbookPanel();
        QVERIFY(panel->selectRunbook(u"mastodon-upgrade"_s));
        QVERIFY(panel->selectServer(u"lab"_s));
        QVERIFY(panel->steps()->rowCount() > 10);

        // Parameters missing: said, nothing started.
        QVERIFY(panel->dryRunText().isEmpty());
        QVERIFY2(panel->messageText().contains(u"version"_s), qPrintable(panel->messageText()));

        const QString reviewed = m_tmp.filePath(u"reviewed.yml"_s);
        QVERIFY(QFile::copy(QStringLiteral(STEWARD_SOURCE_DIR
                                           "/lab/mastodon/compose/v4.3.0.docker-compose.yml"),
                            reviewed));
        // The upgrade plan from the real release notes (4.2.10 → 4.3.0) fills the parameters, as the
        // Release notes panel's "Prepare the upgrade run…" does; the compose file is left to fill.
        auto changelog = Releases::ReleaseNotes::parseChangelog(
            QString::fromUtf8(Test::releaseFixture(u"CHANGELOG.md"_s)));
        const auto body
            = Releases::ReleaseNotes::parseReleaseBody(*Releases::Version::parse(u"4.3.0"),
                                                       QString::fromUtf8(Test::releaseFixture(
                                                           u"v4.3.0.body.md"_s)));
        const auto plan = Releases::Planner::plan(Releases::ReleaseNotes::merge(
                                                      {changelog.value(), {body}}),
                                                  *Releases::Version::parse(u"4.2.10"),
                                                  *Releases::Version::parse(u"4.3.0"));
        QVERIFY(plan.ok());
        panel->prepare(u"mastodon-upgrade"_s, u"lab"_s, Runbook::upgradeParameters(plan.value()));
        QVERIFY2(panel->messageText().contains(u"Still to fill: Reviewed docker-compose.yml"_s),
                 qPrintable(panel->messageText()));
        QCOMPARE(panel->findChild<QLineEdit *>(u"parameter-version"_s)->text(), u"v4.3.0"_s);
        QVERIFY(!panel->findChild<QLineEdit *>(u"parameter-postgresql_min"_s)->text().isEmpty());
        QVERIFY(panel->findChild<QLineEdit *>(u"parameter-expected_migrations"_s)
                    ->text()
                    .contains(u"pre-deployment"_s));
        panel->setParameter(u"compose"_s, reviewed);
        const QString dry = panel->dryRunText();
        QVERIFY2(dry.contains(u"nothing is sent"_s), qPrintable(dry));
        QVERIFY2(dry.contains(u"docker compose"_s) || dry.contains(u"docker-compose"_s),
                 qPrintable(dry));
        QVERIFY(panel->engine() == nullptr); // a dry run makes no run

        // The announcement as it will be posted, counted against the instance's limit: Mastodon's
        // default until the lab's own is known, then the lab's; a limit under the text's length warns.
        QTRY_VERIFY(!panel->announcementText().isEmpty());
        QString preview = panel->announcementText();
        QVERIFY2(preview.contains(u"lab will be down for maintenance for about 15 minutes"_s),
                 qPrintable(preview));
        QVERIFY2(preview.contains(u"Mastodon to v4.3.0"_s), qPrintable(preview));
        static const QRegularExpression count(u"Announcement: (\\d+) of 500 characters"_s);
        const QRegularExpressionMatch counted = count.match(preview);
        QVERIFY2(counted.hasMatch(), qPrintable(preview));
        const int characters = counted.captured(1).toInt();
        QVERIFY(characters > 80 && characters < 200);
        panel->setParameter(u"downtime"_s, u"about an hour"_s);
        QVERIFY2(panel->announcementText().contains(u"for about an hour"_s),
                 qPrintable(panel->announcementText()));
        panel->setCharacterLimit(u"lab"_s, 60);
        QVERIFY2(panel->announcementText().contains(u"of 60 characters"_s)
                     && panel->announcementText().contains(u"too long"_s),
                 qPrintable(panel->announcementText()));
        panel->setCharacterLimit(u"lab"_s, 500);
        panel->setParameter(u"downtime"_s, u"about 15 minutes"_s);
        QVERIFY(!panel->announcementText().contains(u"too long"_s));

        // Start: asked first; cancelled, nothing runs.
        MessageBox::takeAskedCount();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        panel->startRun();
        QCOMPARE(MessageBox::takeAskedCount(), 1);
        QCoreApplication::processEvents();
        QVERIFY(panel->engine() == nullptr);

        MessageBox::setNextAnswer(QMessageBox::Ok);
        QSignalSpy decisions(panel, &RunbookPanel::decisionNeeded);
        QSignalSpy finished(panel, &RunbookPanel::runFinished);
        panel->startRun();
        QTRY_VERIFY(panel->engine() != nullptr);
        RunEngine *engine = panel->engine();
        QTRY_COMPARE_WITH_TIMEOUT(engine->decisionStep(), u"notes-read"_s, 120000);
        QCOMPARE(engine->decision(), RunEngine::Decision::Approve);
        QVERIFY2(panel->decisionText().contains(u"Step 3"_s), qPrintable(panel->decisionText()));
        const QString runId = engine->runId();
        QVERIFY(!runId.isEmpty());
        QVERIFY(panel->statusText().contains(runId));
        shoot(app, u"confirm"_s);

        // A skip needs a reason; then approve.
        panel->skip(QString());
        QVERIFY2(panel->messageText().contains(u"reason"_s), qPrintable(panel->messageText()));
        QCOMPARE(engine->decisionStep(), u"notes-read"_s);
        panel->approve();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1
                                     || (!engine->decisionStep().isEmpty()
                                         && engine->decisionStep() != u"notes-read"_s),
                                 300000);
        QVERIFY2(finished.size() == 1,
                 qPrintable(u"stopped at "_s + engine->decisionStep() + u": "_s
                            + engine->decisionMessage()));
        QVERIFY(engine->state().done);
        for (int row = 0; row < panel->steps()->rowCount(); ++row) {
            const auto status = StepState::Status(
                panel->steps()->index(row, 0).data(RunStepModel::StatusRole).toInt());
            QVERIFY2(status == StepState::Status::Succeeded || status == StepState::Status::Skipped,
                     qPrintable(panel->steps()->index(row, 0).data().toString()));
        }
        QVERIFY(!QFile::exists(m_lab->server().composeDir + u"/maintenance"_s));
        shoot(app, u"done"_s);

        // A step's output opens in the Logs panel as a source of its own.
        const int pullRow = panel->steps()->rowOf(u"pull"_s);
        QVERIFY(pullRow >= 0);
        panel->findChild<QTableView *>(u"steps"_s)
            ->setCurrentIndex(panel->steps()->index(pullRow, 0));
        QSignalSpy opened(panel, &RunbookPanel::openOutput);
        auto *openInLogs = panel->findChild<QPushButton *>(u"openInLogs"_s);
        QVERIFY(openInLogs && openInLogs->isEnabled());
        openInLogs->click();
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.first().at(0).toString().contains(u"pull"_s));
        QVERIFY(!opened.first().at(1).toByteArray().isEmpty());
        QCOMPARE(app.window()->currentPanelId(), u"logs"_s);
        QTRY_VERIFY(app.logsPanel()->model()->rowCount() > 0);
        app.window()->setCurrentPanel(u"runbook"_s);

        // The transcript: shown in the panel, exported as Markdown, without the admin token.
        panel->showTranscript();
        QVERIFY(panel->outputText().contains(u"Run the pre-deployment migrations"_s));
        const QString exported = m_tmp.filePath(u"transcript.md"_s);
        QVERIFY(panel->saveTranscript(exported));
        QFile md(exported);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QByteArray markdown = md.readAll();
        QVERIFY(markdown.contains("Upgrade Mastodon"));
        QVERIFY(!markdown.contains(qgetenv("STEWARD_MASTODON_TOKEN")));
        shoot(app, u"transcript"_s);

        // Opened again by its id, as another laptop: the same steps, all done, nothing runs again.
        QNetworkAccessManager network;
        auto *again = new RunbookPanel(
            [&app](const Server &server,
                   QObject *context,
                   std::function<void(const Result<Ssh::Session *> &)> done) {
                app.sessions()->whenReady(server, true, context, std::move(done));
            },
            &network);
        again->setServers({m_lab->server()});
        QVERIFY(again->selectServer(u"lab"_s));
        again->openRun(runId);
        QTRY_VERIFY_WITH_TIMEOUT(again->engine() && again->engine()->state().done, 60000);
        QCOMPARE(again->engine()->state().events.size(), engine->state().events.size());
        delete again;
    }
};

QTEST_MAIN(TestRunbookPanel)
#include "tst_runbookpanel.moc"
