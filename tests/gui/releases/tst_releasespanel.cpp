// SPDX-License-Identifier: GPL-3.0-or-later
// The Release notes panel on real widgets, fed by a local HTTP server that plays the GitHub API with
// the real release notes (tests/data/releases: the GitHub sample bodies for 4.3.0–4.7.0 and the
// CHANGELOG.md sections for the other 4.4–4.7 releases). Screenshots are written when
// STEWARD_SCREENSHOT_DIR is set.
#include "../shell/guitest.h"
#include "core/releases/releasefeed.h"
#include "models/releases/releaselistmodel.h"
#include "tests/integration/releases/httpstandin.h"
#include "tests/unit/releases/releasefixtures.h"
#include "widgets/common/messagewidget.h"
#include "widgets/common/palette.h"
#include "widgets/releases/releasespanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Releases;

namespace {

QByteArray readData(const QString &name)
{
    return Steward::Test::releaseFixture(name);
}

// Mastodon's releases as GitHub lists them, newest first: the real GitHub bodies where the sample
// has them, the CHANGELOG.md section otherwise.
QJsonArray mastodonReleases()
{
    QJsonArray sample = QJsonDocument::fromJson(readData(u"github-releases-sample.json"_s)).array();
    QHash<QString, QJsonObject> byTag;
    for (const QJsonValue &v : std::as_const(sample))
        byTag.insert(v.toObject().value(u"tag_name"_s).toString(), v.toObject());
    const auto changelog = ReleaseNotes::parseChangelog(
        QString::fromUtf8(readData(u"CHANGELOG.md"_s)));
    if (!changelog)
        qFatal("CHANGELOG.md: %s", qPrintable(changelog.error().message));
    QJsonArray out;
    for (const Release &r : changelog.value()) {
        const QString tag = u"v"_s + r.version.toString();
        out.append(byTag.value(tag,
                               QJsonObject{{u"tag_name"_s, tag},
                                           {u"draft"_s, false},
                                           {u"prerelease"_s, false},
                                           {u"published_at"_s,
                                            r.date.startOfDay(QTimeZone::UTC).toString(Qt::ISODate)},
                                           {u"body"_s, r.notes}}));
    }
    out.append(byTag.value(u"v4.3.0"_s));
    return out;
}

// Shaped like Hometown's tags (Hometown's number + the Mastodon it is built on); short bodies.
const char *hometownJson = R"([
 {"tag_name":"v1.1.1+4.0.2","prerelease":false,"draft":false,"published_at":"2023-01-25T10:00:00Z",
  "body":"Fixes local-only posting from the web composer."},
 {"tag_name":"v1.1.0+4.0.2","prerelease":false,"draft":false,"published_at":"2022-12-20T10:00:00Z",
  "body":"Hometown on Mastodon 4.0.2. Requires database migrations."},
 {"tag_name":"v1.0.8+3.5.5","prerelease":false,"draft":false,"published_at":"2022-11-10T10:00:00Z",
  "body":"Security release: GHSA-7w3c-p9j8-mq3x."}
])";

QStringList versions(const QAbstractItemModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, 0).data(ReleaseListModel::VersionRole).toString());
    return out;
}

} // namespace

class TestReleasesPanel : public QObject
{
    Q_OBJECT

    QTcpServer m_server;
    QTemporaryDir m_dir;
    QJsonArray m_mastodon;
    qint64 m_reset = 0;
    int m_requests = 0;
    // Requests to slow/, held open by the server (null once the client closed the connection).
    QList<QPointer<QTcpSocket>> m_slow;

    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

    void answer(QTcpSocket *socket, const QByteArray &head)
    {
        ++m_requests;
        const QByteArray path = head.split(' ').value(1);
        // The server that was asked (a test may bring up one of its own), for the next page.
        const QByteArray base = "http://127.0.0.1:" + QByteArray::number(socket->localPort());
        QByteArray status = "200 OK", headers, body;
        if (path.startsWith("/repos/mastodon/mastodon/releases")) {
            // Two pages of 20, as GitHub paginates (Link: rel="next").
            const bool second = path.contains("page=2");
            QJsonArray page;
            for (qsizetype i = second ? 20 : 0;
                 i < qMin<qsizetype>(m_mastodon.size(), second ? 1000 : 20);
                 ++i)
                page.append(m_mastodon.at(i));
            body = QJsonDocument(page).toJson(QJsonDocument::Compact);
            if (!second)
                headers
                    = "Link: <" + base
                      + "/repos/mastodon/mastodon/releases?per_page=100&page=2>; rel=\"next\"\r\n";
        } else if (path.startsWith("/repos/hometown-fork/hometown/releases")) {
            body = hometownJson;
        } else if (path.startsWith("/repos/limited/")) {
            status = "403 Forbidden";
            headers = "X-RateLimit-Remaining: 0\r\nX-RateLimit-Reset: "
                      + QByteArray::number(m_reset) + "\r\n";
            body = R"({"message":"API rate limit exceeded"})";
        } else if (path.startsWith("/repos/slow/")) {
            m_slow.append(socket); // never answers
            return;
        } else {
            status = "404 Not Found";
            body = R"({"message":"Not Found"})";
        }
        socket->write(Steward::Test::httpReply(status, body, "application/json", headers));
        socket->disconnectFromHost();
    }

    // A feed on the local server, its own empty cache, no CHANGELOG unless given.
    std::unique_ptr<ReleaseFeed> makeFeed(const QStringList &repositories,
                                          const QString &changelog = {})
    {
        auto feed = std::make_unique<ReleaseFeed>();
        feed->setBaseUrl(baseUrl());
        feed->setRepositories(repositories);
        static int n = 0;
        feed->setCacheDirectory(m_dir.filePath(u"cache-%1"_s.arg(++n)));
        feed->setChangelogFile(changelog);
        feed->setTimeout(5000);
        return feed;
    }

    void screenshot(ReleasesPanel &panel, const QString &name)
    {
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        for (const QString &scheme : {u"light"_s, u"dark"_s}) {
            applyColorScheme(scheme);
            QApplication::processEvents();
            QVERIFY(panel.grab().save(dir + u"/releases-"_s + name + scheme + u".png"_s));
        }
        applyColorScheme(u"light"_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_mastodon = mastodonReleases();
        QCOMPARE(m_mastodon.size(), 30); // 29 CHANGELOG.md sections (4.4.0–4.7.0) and 4.3.0
        QVERIFY2(Test::serveHttp(m_server,
                                 this,
                                 [this](QTcpSocket *socket, const QByteArray &request) {
                                     answer(socket, request);
                                 }),
                 qPrintable(m_server.errorString()));
    }

    void listFillsAndFilters()
    {
        auto feed = makeFeed(ReleaseFeed::defaultRepositories());
        ReleasesPanel panel(feed.get());
        QSignalSpy loaded(&panel, &ReleasesPanel::releasesLoaded);
        panel.resize(1200, 800);
        panel.show(); // the first show fetches
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(loaded.wait(10'000));
        QVERIFY(!panel.busyIndicator()->isVisible());

        QCOMPARE(panel.model()->rowCount(), 33); // 30 Mastodon, 3 Hometown
        QCOMPARE(panel.filterModel()->rowCount(), 33);
        QVERIFY2(panel.statusLabel()->text().contains(u"mastodon/mastodon from GitHub"_s),
                 qPrintable(panel.statusLabel()->text()));
        QVERIFY(panel.statusLabel()->text().contains(u"hometown-fork/hometown from GitHub"_s));
        QVERIFY(panel.statusLabel()->text().contains(u"Releases: 33"_s));
        QVERIFY(!panel.messageWidget()->isVisible());
        // Newest first, and the first row is selected with its notes shown.
        QCOMPARE(panel.filterModel()->index(0, 0).data(ReleaseListModel::VersionRole).toString(),
                 u"4.7.0"_s);
        QCOMPARE(panel.releaseView()->currentIndex().row(), 0);
        QVERIFY(panel.notesView()->toPlainText().contains(u"Mastodon 4.7.0"_s));

        // Fork: Hometown only.
        panel.forkCombo()->setCurrentIndex(panel.forkCombo()->findText(u"Hometown"_s));
        QCOMPARE(versions(panel.filterModel()),
                 (QStringList{u"1.1.1+4.0.2"_s, u"1.1.0+4.0.2"_s, u"1.0.8+3.5.5"_s}));
        // Text within Hometown.
        QTest::keyClicks(panel.searchEdit(), u"local-only"_s);
        QCOMPARE(versions(panel.filterModel()), QStringList{u"1.1.1+4.0.2"_s});
        // Text over all: OTP_SECRET is removed in 4.4.0 (GitHub body) and named nowhere else.
        panel.forkCombo()->setCurrentIndex(panel.forkCombo()->findText(u"All"_s));
        panel.searchEdit()->clear();
        QTest::keyClicks(panel.searchEdit(), u"OTP_SECRET"_s);
        QCOMPARE(versions(panel.filterModel()), QStringList{u"4.4.0"_s});
        // A version prefix: the 4.6 releases, and 4.7.0 whose notes name a 4.6 version.
        panel.searchEdit()->setText(u"4.6."_s);
        QCOMPARE(versions(panel.filterModel()),
                 (QStringList{u"4.7.0"_s,
                              u"4.6.6"_s,
                              u"4.6.5"_s,
                              u"4.6.4"_s,
                              u"4.6.3"_s,
                              u"4.6.2"_s,
                              u"4.6.1"_s,
                              u"4.6.0"_s}));

        // Selecting a release shows its notes, rendered from Markdown.
        panel.releaseView()->setCurrentIndex(panel.filterModel()->index(3, 0));
        const QString notes = panel.notesView()->toPlainText();
        QVERIFY2(notes.contains(u"Mastodon 4.6.4"_s), qPrintable(notes.left(200)));
        QVERIFY(notes.contains(u"GHSA-vwhj-3g83-v276"_s));
        QVERIFY(!notes.contains(u"### Security"_s)); // a heading, not Markdown source
        panel.searchEdit()->clear();
        QCOMPARE(panel.filterModel()->rowCount(), 33);
        // The selection stays on 4.6.4 when the filter widens.
        QCOMPARE(panel.releaseView()->currentIndex().data(ReleaseListModel::VersionRole).toString(),
                 u"4.6.4"_s);

        // A Mastodon 4.0.0 server is offered Mastodon targets only, although Hometown 1.1.x is
        // built on Mastodon 4.0.2; and its plan holds no Hometown release.
        panel.fromEdit()->setText(u"4.0.0"_s);
        QVERIFY(panel.toCombo()->count() > 0);
        QCOMPARE(panel.toCombo()->itemData(0).toString(), u"4.3.0"_s);
        QVERIFY(panel.toCombo()->itemText(0).contains(u"next line"_s));
        for (int i = 0; i < panel.toCombo()->count(); ++i)
            QVERIFY2(!panel.toCombo()->itemData(i).toString().contains(u'+'),
                     qPrintable(panel.toCombo()->itemText(i)));
        QVERIFY(panel.plan().has_value());
        for (const Release &r : panel.plan()->releases)
            QVERIFY2(!r.version.isHometown(), qPrintable(r.version.toString()));
        // A Hometown server: Hometown targets only.
        panel.fromEdit()->setText(u"1.0.8+3.5.5"_s);
        QCOMPARE(panel.toCombo()->itemData(0).toString(), u"1.1.1+4.0.2"_s);
        for (int i = 0; i < panel.toCombo()->count(); ++i)
            QVERIFY(panel.toCombo()->itemData(i).toString().contains(u'+')
                    || panel.toCombo()->itemData(i).toString().isEmpty());
        QTRY_VERIFY(!feed->isLoading());
    }

    void planExportAndCopy()
    {
        auto feed = makeFeed({u"mastodon/mastodon"_s});
        ReleasesPanel panel(feed.get());
        QSignalSpy loaded(&panel, &ReleasesPanel::releasesLoaded);
        panel.resize(1200, 800);
        panel.refresh();
        QVERIFY(loaded.wait(10'000));

        panel.setRunningVersion(u"social.example"_s,
                                *Version::parse(u"4.4.2"),
                                u"docker-compose.yml image tag"_s);
        QCOMPARE(panel.fromEdit()->text(), u"4.4.2"_s);
        QVERIFY(panel.fromSourceLabel()->text().contains(u"social.example runs 4.4.2"_s));
        QVERIFY(panel.fromSourceLabel()->text().contains(u"docker-compose.yml image tag"_s));
        // A second server is offered without taking over; choosing it plans from its version, and
        // typing a version by hand leaves the servers.
        panel.setRunningVersion(u"staging"_s,
                                *Version::parse(u"4.5.0"),
                                u"tootctl version"_s,
                                false);
        QCOMPARE(panel.fromEdit()->text(), u"4.4.2"_s);
        QCOMPARE(panel.serverCombo()->count(), 3); // (typed by hand), social.example, staging
        const int staging = panel.serverCombo()->findData(u"staging"_s);
        QVERIFY(staging > 0);
        panel.serverCombo()->setCurrentIndex(staging);
        emit panel.serverCombo()->activated(staging);
        QCOMPARE(panel.fromEdit()->text(), u"4.5.0"_s);
        QVERIFY(panel.fromSourceLabel()->text().contains(u"tootctl version"_s));
        QTest::keyClicks(panel.fromEdit(), u"x"_s);
        QCOMPARE(panel.serverCombo()->currentIndex(), 0);
        const int social = panel.serverCombo()->findData(u"social.example"_s);
        panel.serverCombo()->setCurrentIndex(social);
        emit panel.serverCombo()->activated(social);
        QCOMPARE(panel.fromEdit()->text(), u"4.4.2"_s);

        // Recommended targets first: the latest 4.4 patch, then the newest 4.5; then every newer
        // version.
        QCOMPARE(panel.toCombo()->itemData(0).toString(), u"4.4.8"_s);
        QVERIFY(panel.toCombo()->itemText(0).contains(u"latest patch"_s));
        QCOMPARE(panel.toCombo()->itemData(1).toString(), u"4.5.11"_s);
        QVERIFY(panel.toCombo()->itemText(1).contains(u"next line"_s));
        QVERIFY(panel.toCombo()->findData(u"4.7.0"_s) > 1);
        QCOMPARE(panel.toCombo()->findData(u"4.4.1"_s), -1); // older than the running version
        QVERIFY(panel.plan().has_value());
        QCOMPARE(panel.plan()->to.toString(), u"4.4.8"_s);

        QSignalSpy planChanged(&panel, &ReleasesPanel::planChanged);
        QVERIFY(panel.setTarget(*Version::parse(u"4.5.0")));
        QCOMPARE(planChanged.size(), 1);
        const Plan &plan = *panel.plan();
        QStringList planned;
        for (const Release &r : plan.releases)
            planned.append(r.version.toString());
        QCOMPARE(planned,
                 (QStringList{u"4.4.3"_s,
                              u"4.4.4"_s,
                              u"4.4.5"_s,
                              u"4.4.6"_s,
                              u"4.4.7"_s,
                              u"4.4.8"_s,
                              u"4.5.0"_s}));
        // 4.5.0's GitHub body: database migrations, and PostgreSQL 13 support removed.
        QStringList ids;
        for (const PlanAction &a : plan.actions)
            ids.append(a.id);
        QVERIFY2(ids.contains(u"migrate-pre"_s), qPrintable(ids.join(u", "_s)));
        QVERIFY(ids.contains(u"dependency:PostgreSQL"_s));
        QVERIFY(ids.indexOf(u"backup"_s) < ids.indexOf(u"migrate-pre"_s));
        const QString md = panel.planMarkdown();
        QVERIFY(md.startsWith(u"# Upgrade plan: 4.4.2 → 4.5.0"_s));
        QVERIFY(md.contains(u"## Checklist"_s));
        QVERIFY(md.contains(u"## Security fixes"_s));
        // The rendered plan shows the same.
        panel.showPlanTab();
        const QString shown = panel.planView()->toPlainText();
        QVERIFY2(shown.contains(u"Upgrade plan: 4.4.2 → 4.5.0"_s), qPrintable(shown.left(300)));
        QVERIFY(shown.contains(u"Checklist"_s));
        QVERIFY(!shown.contains(u"## Checklist"_s));

        // Export through the file dialog.
        const QString path = m_dir.filePath(u"plan.md"_s);
        QSignalSpy exported(&panel, &ReleasesPanel::planExported);
        Test::whenModal<QFileDialog>(this, [this, path](QFileDialog *dialog) {
            QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
            QCOMPARE(dialog->selectedFiles().value(0).section(u'/', -1),
                     u"upgrade-plan-4.4.2-to-4.5.0.md"_s);
            // Type the name as a user would (selectFile() leaves a focused name field alone).
            dialog->setDirectory(m_dir.path());
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            QVERIFY(name);
            name->setText(u"plan.md"_s);
            QCOMPARE(dialog->selectedFiles(), QStringList{path});
            QMetaObject::invokeMethod(dialog, &QDialog::accept);
        });
        panel.exportPlan(); // returns at once: the dialog is window-modal and asynchronous
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.at(0).at(0).toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        QCOMPARE(written, md);
        QVERIFY(written.contains(u"- 4.5.0 (2025-11-06)"_s));
        QVERIFY(written.contains(u"- [ ] "_s));
        QCOMPARE(panel.messageWidget()->type(), MessageWidget::Type::Positive);

        // Copy to the clipboard.
        QApplication::clipboard()->clear();
        panel.copyPlan();
        QCOMPARE(QApplication::clipboard()->text(), md);

        // A version that is not one.
        panel.fromEdit()->setText(u"banana"_s);
        QVERIFY(!panel.plan().has_value());
        QVERIFY(panel.planView()->toPlainText().contains(u"not a Mastodon or Hometown version"_s));
        QCOMPARE(panel.toCombo()->count(), 0);
    }

    void rateLimitFallsBackToChangelog()
    {
        m_reset = QDateTime::currentSecsSinceEpoch() + 1800;
        const QString at = QDateTime::fromSecsSinceEpoch(m_reset).toString(u"HH:mm"_s);
        auto feed = makeFeed({u"limited/mastodon"_s},
                             QStringLiteral(STEWARD_TEST_DATA "/releases/CHANGELOG.md"));
        ReleasesPanel panel(feed.get());
        QSignalSpy loaded(&panel, &ReleasesPanel::releasesLoaded);
        panel.refresh();
        QVERIFY(loaded.wait(10'000));
        QVERIFY(!panel.messageWidget()->isHidden());
        QVERIFY2(panel.messageWidget()->text().contains(u"try again at "_s + at),
                 qPrintable(panel.messageWidget()->text()));
        QCOMPARE(panel.messageWidget()->type(), MessageWidget::Type::Warning);
        QCOMPARE(panel.model()->rowCount(), 29); // the CHANGELOG.md stood in
        QVERIFY2(panel.statusLabel()->text().contains(u"CHANGELOG"_s),
                 qPrintable(panel.statusLabel()->text()));
        QVERIFY(panel.statusLabel()->text().contains(u"limited/mastodon unavailable"_s));
        // The plan says the CHANGELOG.md may lack the newest patch.
        panel.fromEdit()->setText(u"4.4.2"_s);
        QVERIFY(panel.plan().has_value());
        QCOMPARE(panel.plan()->warnings.last().kind, PlanWarning::ChangelogOnly);
        QVERIFY(panel.planView()->toPlainText().contains(u"may be newer than 4.4.8"_s));
    }

    void changelogStandsInForMastodonAlone()
    {
        // mastodon/mastodon fails with nothing saved while Hometown answers: the CHANGELOG.md stands
        // in for Mastodon (not only when every repository failed), and the panel says so.
        m_reset = QDateTime::currentSecsSinceEpoch() + 1800;
        auto feed = makeFeed({u"limited/mastodon"_s, u"hometown-fork/hometown"_s},
                             QStringLiteral(STEWARD_TEST_DATA "/releases/CHANGELOG.md"));
        ReleasesPanel panel(feed.get());
        QSignalSpy loaded(&panel, &ReleasesPanel::releasesLoaded);
        panel.refresh();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(panel.model()->rowCount(), 32); // 29 from the CHANGELOG.md, 3 Hometown
        QVERIFY(panel.model()->rowOf(*Version::parse(u"4.7.0")) >= 0);
        QVERIFY(panel.model()->rowOf(*Version::parse(u"v1.1.1+4.0.2")) >= 0);
        const QString status = panel.statusLabel()->text();
        QVERIFY2(status.contains(u"limited/mastodon unavailable"_s), qPrintable(status));
        QVERIFY(status.contains(u"hometown-fork/hometown from GitHub"_s));
        QVERIFY(status.contains(u"(CHANGELOG) for limited/mastodon"_s));
        QVERIFY(!panel.messageWidget()->isHidden());
        QCOMPARE(panel.messageWidget()->type(), MessageWidget::Type::Warning);
        const QString message = panel.messageWidget()->text();
        QVERIFY2(message.contains(u"try again at"_s), qPrintable(message));
        QVERIFY2(message.contains(u"No release list and no saved copy for limited/mastodon"_s),
                 qPrintable(message));

        // A repository that is not Mastodon's gets no CHANGELOG.md in its place.
        QVERIFY(!ReleaseFeed::isMastodonRepository(u"hometown-fork/hometown"_s));
        QVERIFY(ReleaseFeed::isMastodonRepository(u"mastodon/mastodon"_s));
        auto mixedFeed = makeFeed({u"mastodon/mastodon"_s, u"limited/hometown"_s},
                                  QStringLiteral(STEWARD_TEST_DATA "/releases/CHANGELOG.md"));
        ReleasesPanel both(mixedFeed.get());
        QSignalSpy bothLoaded(&both, &ReleasesPanel::releasesLoaded);
        both.refresh();
        QVERIFY(bothLoaded.wait(10'000));
        QCOMPARE(both.model()->rowCount(), 30); // GitHub's Mastodon list, no CHANGELOG.md added
        QVERIFY2(!both.statusLabel()->text().contains(u"CHANGELOG"_s),
                 qPrintable(both.statusLabel()->text()));
    }

    void bundledChangelogWithoutRepositories()
    {
        // No repository configured (or none answered, nothing saved): the CHANGELOG.md compiled
        // into Steward stands in.
        ReleaseFeed feed;
        feed.setRepositories({});
        ReleasesPanel panel(&feed);
        QSignalSpy loaded(&panel, &ReleasesPanel::releasesLoaded);
        panel.refresh();
        QVERIFY(loaded.wait(10'000));
        QVERIFY2(panel.model()->rowCount() >= 29,
                 qPrintable(QString::number(panel.model()->rowCount())));
        QVERIFY(panel.model()->rowOf(*Version::parse(u"4.4.0")) >= 0);
        QVERIFY2(panel.statusLabel()->text().contains(u"bundled CHANGELOG.md"_s),
                 qPrintable(panel.statusLabel()->text()));
        QVERIFY(panel.messageWidget()->isHidden());
    }

    void settingsConfigureTheFeed()
    {
        ReleaseFeed feed;
        QCOMPARE(feed.baseUrl(), QUrl(u"https://api.github.com"_s));
        QCOMPARE(feed.repositories(),
                 (QStringList{u"mastodon/mastodon"_s, u"hometown-fork/hometown"_s}));
        QSettings settings(m_dir.filePath(u"steward.conf"_s), QSettings::IniFormat);
        settings.setValue(u"releases/baseUrl"_s, baseUrl().toString());
        settings.setValue(u"releases/repositories"_s, QStringList{u"hometown-fork/hometown"_s});
        feed.applySettings(settings);
        QCOMPARE(feed.baseUrl(), baseUrl());
        QCOMPARE(feed.repositories(), QStringList{u"hometown-fork/hometown"_s});
        feed.setCacheDirectory(m_dir.filePath(u"cache-settings"_s));
        ReleasesPanel panel(&feed);
        QSignalSpy loaded(&panel, &ReleasesPanel::releasesLoaded);
        panel.refresh();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(panel.model()->rowCount(), 3);

        // An empty list: the CHANGELOG only.
        settings.setValue(u"releases/repositories"_s, QString());
        feed.applySettings(settings);
        QCOMPARE(feed.repositories(), QStringList());
    }

    void cachedCopyWhenOffline()
    {
        // First a fetch that saves the list, then the server goes away: the saved copy (of that
        // server: the cache is kept per base URL) stands in.
        QTcpServer own;
        QVERIFY(Test::serveHttp(own, this, [this](QTcpSocket *socket, const QByteArray &request) {
            answer(socket, request);
        }));
        auto feed = makeFeed({u"mastodon/mastodon"_s});
        feed->setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(own.serverPort())));
        {
            ReleasesPanel panel(feed.get());
            QSignalSpy loaded(&panel, &ReleasesPanel::releasesLoaded);
            panel.refresh();
            QVERIFY(loaded.wait(10'000));
            QCOMPARE(panel.model()->rowCount(), 30);
        }
        own.close(); // nothing listens there any more
        ReleasesPanel panel(feed.get());
        QSignalSpy loaded(&panel, &ReleasesPanel::releasesLoaded);
        panel.refresh();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(panel.model()->rowCount(), 30);
        QVERIFY2(panel.statusLabel()->text().contains(u"mastodon/mastodon cached"_s),
                 qPrintable(panel.statusLabel()->text()));
        QVERIFY(panel.messageWidget()->text().contains(u"Could not reach GitHub"_s));
        // And the cached notes still plan.
        panel.fromEdit()->setText(u"4.4.0"_s);
        QVERIFY(panel.setTarget(*Version::parse(u"4.7.0")));
        QVERIFY(panel.plan().has_value());
        QCOMPARE(panel.plan()->releases.size(), 28); // 4.4.1 … 4.7.0
    }

    void fetchShowsProgressAndCancels()
    {
        auto feed = makeFeed({u"slow/mastodon"_s});
        feed->setTimeout(120'000); // only the cancel ends the request, never the feed's own timeout
        m_slow.clear();
        ReleasesPanel panel(feed.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(panel.busyIndicator()->isVisible());
        QVERIFY(feed->isLoading());
        QVERIFY(panel.statusLabel()->text().contains(u"Fetching"_s));
        QTRY_COMPARE(m_slow.size(), 1); // the request reached the server, which holds it
        QSignalSpy cancelled(feed.get(), &ReleaseFeed::cancelled);
        QSignalSpy loaded(&panel, &ReleasesPanel::releasesLoaded);
        auto *cancel = panel.findChild<QPushButton *>(u"cancelFetch"_s);
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!panel.busyIndicator()->isVisible());
        QVERIFY(!feed->isLoading());
        QCOMPARE(panel.statusLabel()->text(), u"Fetch cancelled."_s);
        // The cancel reached the request: the client closed the connection the server held.
        QTRY_VERIFY_WITH_TIMEOUT(!m_slow.first(), 10'000);
        // Then a fetch that finishes: whatever the cancelled one still sent was delivered before its
        // result, so a late delivery would be counted here.
        feed->setRepositories({u"hometown-fork/hometown"_s});
        panel.refresh();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(loaded.size(), 1); // the new fetch's only: nothing arrives after a cancel
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(versions(panel.model()),
                 (QStringList{u"1.1.1+4.0.2"_s, u"1.1.0+4.0.2"_s, u"1.0.8+3.5.5"_s}));
    }

    void screenshots()
    {
        auto feed = makeFeed(ReleaseFeed::defaultRepositories());
        ReleasesPanel panel(feed.get());
        QSignalSpy loaded(&panel, &ReleasesPanel::releasesLoaded);
        panel.resize(1280, 820);
        panel.show();
        QVERIFY(loaded.wait(10'000));
        panel.setRunningVersion(u"social.example"_s,
                                *Version::parse(u"4.4.2"),
                                u"docker-compose.yml image tag"_s);
        QVERIFY(panel.setTarget(*Version::parse(u"4.5.0")));
        QVERIFY(panel.selectRelease(*Version::parse(u"4.4.0")));
        screenshot(panel, u"notes-"_s);
        panel.showPlanTab();
        QVERIFY(panel.selectRelease(*Version::parse(u"4.5.0")));
        screenshot(panel, {});
    }
};

QTEST_MAIN(TestReleasesPanel)
#include "tst_releasespanel.moc"
