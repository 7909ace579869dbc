// SPDX-License-Identifier: GPL-3.0-or-later
// Backups against the lab (real sshd, PostgreSQL, S3 by moto): the catalogue over the S3 API (pagination,
// no such bucket, endpoint down, an empty bucket), the backup unit triggered and followed (success, the
// disk-full and upload faults with the journal's reason), and restore drills on the lab as drill host:
// a passing drill with its proof and timings, exact and estimated counts, a production that no longer
// matches, every bad input (truncated, not gzip, not a dump, another database's dump, an empty bucket, a
// drill host without disk), interrupted drills (cancelled during the download and the restore: nothing
// left; the connection lost during the restore: what was left said, and removable as said), and that the
// key pair and the presigned URL appear on no command line, in no log and no file.
#include "labfixture.h"

#include "core/backups/backuprun.h"
#include "core/backups/catalogue.h"
#include "core/backups/cataloguesource.h"
#include "core/backups/drill.h"
#include "core/backups/s3client.h"

#include <QDirIterator>

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Backups;
using namespace Steward::Testing;

namespace {

// Distinctive, so that a leak is found by grep. moto accepts any key pair.
constexpr const char *Secret = "steward-test-secret-Zq9xK2";

} // namespace

class TestBackupsLab : public QObject
{
    Q_OBJECT

private:
    LabFixture m_lab;
    std::unique_ptr<CatalogueSource> m_source;
    QStringList m_urlsSeen; // presigned signatures seen on a command line (must stay empty)

    Catalogue catalogue(const Server &server)
    {
        std::optional<Result<Catalogue>> got;
        m_source->load(server, this, [&got](const Result<Catalogue> &c) { got = c; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 30000))
            return {};
        if (!got->ok())
            qWarning() << got->error().message;
        return got->ok() ? got->value() : Catalogue();
    }
    Error catalogueError(const Server &server)
    {
        std::optional<Result<Catalogue>> got;
        m_source->load(server, this, [&got](const Result<Catalogue> &c) { got = c; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 60000))
            return {u"no answer"_s};
        return got->ok() ? Error{} : got->error();
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

    std::unique_ptr<BackupRun> runBackup()
    {
        std::optional<Result<Ssh::Session *>> session;
        m_lab.pool->whenReady(m_lab.server, true, this, [&session](const Result<Ssh::Session *> &s) {
            session = s;
        });
        if (!QTest::qWaitFor([&session] { return session.has_value(); }, 30000) || !session->ok())
            return {};
        auto run = std::make_unique<BackupRun>(session->value(), m_lab.server);
        run->start();
        (void) QTest::qWaitFor([&run] { return run->isFinished(); },
                               120000); // the caller checks the state
        return run;
    }

    DrillResult drill(const Server &server,
                      const DrillOptions &options = {},
                      std::function<void(Drill &)> during = {})
    {
        Drill d(connector(), m_source.get(), server, server, options);
        QSignalSpy finished(&d, &Drill::finished);
        if (during)
            during(d);
        d.start();
        if (!finished.wait(300000) && finished.isEmpty())
            qWarning() << "the drill did not finish" << d.log();
        // The log is the transcript: it never holds the secret or a presigned URL.
        const QString log = d.log().join(u'\n');
        if (log.contains(QLatin1StringView(Secret)) || log.contains(u"X-Amz-Signature"_s))
            qWarning() << "SECRET IN THE LOG";
        lastLog = d.log();
        return d.result();
    }
    QStringList lastLog;

    QString put(const QString &name, const QByteArray &content)
    {
        const QString path = m_lab.tmp.filePath(u"upload-"_s + name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return u"cannot write"_s;
        f.write(content);
        f.close();
        const Local r = m_lab.aws({u"s3"_s,
                                   u"cp"_s,
                                   u"--only-show-errors"_s,
                                   path,
                                   u"s3://lab-backups/"_s + name},
                                  QString::fromLatin1(Secret));
        return r.exitCode == 0 ? QString() : r.text();
    }
    QString remove(const QString &name)
    {
        const Local r
            = m_lab.aws({u"s3"_s, u"rm"_s, u"--only-show-errors"_s, u"s3://lab-backups/"_s + name},
                        QString::fromLatin1(Secret));
        return r.exitCode == 0 ? QString() : r.text();
    }
    QByteArray download(const QString &key)
    {
        const QString path = m_lab.tmp.filePath(u"download"_s);
        QFile::remove(path);
        m_lab.aws({u"s3"_s, u"cp"_s, u"--only-show-errors"_s, u"s3://lab-backups/"_s + key, path},
                  QString::fromLatin1(Secret));
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // A name newer than every real backup, so that it is the drill's default.
    static QString futureName(int minutes)
    {
        return u"mastodon_production-%1.dump.gz"_s.arg(
            QDateTime::currentDateTimeUtc().addSecs(60 * minutes).toString(u"yyyy-MM-ddTHHmmssZ"_s));
    }
    QStringList scratchDatabases()
    {
        const Local r
            = m_lab.psql(u"SELECT datname FROM pg_database WHERE datname LIKE 'steward_drill_%'"_s,
                         u"postgres"_s);
        return QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    }
    QStringList drillDirectories()
    {
        return QDir(m_lab.lab + u"/opt/drill"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    }
    void verifyNothingLeft()
    {
        QTRY_COMPARE_WITH_TIMEOUT(scratchDatabases(), QStringList(), 10000);
        QCOMPARE(drillDirectories(), QStringList());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("AWS_ACCESS_KEY_ID", "lab");
        qputenv("AWS_SECRET_ACCESS_KEY", Secret);
        const QString error = m_lab.start(2000, 20000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_lab.server.backup.configured());
        QCOMPARE(m_lab.server.backup.bucket, u"lab-backups"_s);
        QCOMPARE(m_lab.server.backup.drillHost, u"lab"_s);
        m_source = std::make_unique<CatalogueSource>(nullptr);
    }

    void cleanupTestCase()
    {
        m_source.reset();
        m_lab.stop();
    }

    void cleanup()
    {
        for (const QString &fault : {u"disk-full"_s, u"upload"_s, u"sshd"_s}) {
            if (QFile::exists(m_lab.lab + u"/faults/"_s + fault))
                m_lab.control({u"fault"_s, fault, u"off"_s});
        }
    }

    // A new lab's bucket is empty: the catalogue says so, and so does a drill.
    void emptyBucket()
    {
        const Catalogue c = catalogue(m_lab.server);
        QCOMPARE(c.entries.size(), 0);
        const Freshness f = assessFreshness(c, QDateTime::currentDateTimeUtc(), 26);
        QCOMPARE(f.status, Freshness::Status::Empty);
        QVERIFY2(f.message.contains(u"s3://lab-backups/ holds no backups"_s), qPrintable(f.message));
        const DrillResult r = drill(m_lab.server);
        QCOMPARE(r.outcome, DrillResult::Outcome::Failed);
        QCOMPARE(r.failedStage, u"preflight"_s);
        QVERIFY2(r.message.contains(u"holds no backups: there is nothing to restore"_s),
                 qPrintable(r.message));
        verifyNothingLeft();
    }

    void listingErrors()
    {
        Server noBucket = m_lab.server;
        noBucket.backup.bucket = u"no-such-bucket"_s;
        Error e = catalogueError(noBucket);
        QVERIFY2(e.message.contains(u"There is no bucket “no-such-bucket”"_s),
                 qPrintable(e.message));

        Server down = m_lab.server;
        down.backup.endpoint = u"http://127.0.0.1:9"_s; // the discard port: nothing listens
        e = catalogueError(down);
        QVERIFY2(e.message.contains(u"refused the connection"_s), qPrintable(e.message));

        Server badPattern = m_lab.server;
        badPattern.backup.pattern = u"{database}-{when}.gz"_s;
        e = catalogueError(badPattern);
        QVERIFY2(e.message.contains(u"{when}"_s), qPrintable(e.message));
    }

    // Every page of a listing: 23 objects in pages of 5.
    void pagination()
    {
        QVERIFY(m_lab.aws({u"s3"_s, u"mb"_s, u"s3://paging"_s}, QString::fromLatin1(Secret)).exitCode
                == 0);
        const QString dir = m_lab.tmp.filePath(u"paging"_s);
        QDir().mkpath(dir);
        for (int i = 0; i < 23; ++i) {
            QFile f(dir
                    + u"/mastodon_production-2025-11-%1T031500Z.dump.gz"_s.arg(i + 1,
                                                                               2,
                                                                               10,
                                                                               QChar(u'0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(100 + i, 'x'));
        }
        QVERIFY(m_lab
                    .aws({u"s3"_s,
                          u"cp"_s,
                          u"--recursive"_s,
                          u"--only-show-errors"_s,
                          dir,
                          u"s3://paging/"_s},
                         QString::fromLatin1(Secret))
                    .exitCode
                == 0);
        BackupSettings settings = m_lab.server.backup;
        settings.bucket = u"paging"_s;
        S3Client client;
        std::optional<Result<QList<S3Object>>> got;
        client.list(
            S3Location::fromSettings(settings),
            S3Credentials::fromEnvironment(),
            this,
            [&got](const Result<QList<S3Object>> &r) { got = r; },
            5);
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
        QVERIFY2(got->ok(), qPrintable(got->error().message));
        QCOMPARE(got->value().size(), 23);
        QCOMPARE(client.requestCount(), 5);
        QCOMPARE(got->value().at(22).size, qint64(122));
        const Catalogue c = Catalogue::build(u"lab"_s, settings, got->value());
        QCOMPARE(c.countOurs(), 23);
        QCOMPARE(c.newest()->time.date(), QDate(2025, 11, 23));

        // A range read of an object (what the drill reads gzip's trailer with).
        std::optional<Result<QByteArray>> range;
        client.readRange(S3Location::fromSettings(settings),
                         S3Credentials::fromEnvironment(),
                         u"mastodon_production-2025-11-01T031500Z.dump.gz"_s,
                         96,
                         99,
                         this,
                         [&range](const Result<QByteArray> &r) { range = r; });
        QTRY_VERIFY_WITH_TIMEOUT(range.has_value(), 30000);
        QVERIFY(range->ok());
        QCOMPARE(range->value(), QByteArray("xxxx"));
    }

    // Two refreshes of one server in a row (the Backups panel's setServers() then Refresh): only the
    // newest settings' answer is shown, even when the older listing (23 objects) is still under way.
    void freshnessBoardKeepsNewest()
    {
        FreshnessBoard board(m_source.get());
        QSignalSpy changed(&board, &FreshnessBoard::statusChanged);
        Server paging = m_lab.server;
        paging.backup.bucket = u"paging"_s; // filled by pagination()
        Server empty = m_lab.server;
        empty.backup.bucket = u"empty-newest"_s;
        QCOMPARE(m_lab.aws({u"s3"_s, u"mb"_s, u"s3://empty-newest"_s}, QString::fromLatin1(Secret))
                     .exitCode,
                 0);
        board.refresh(paging);
        board.refresh(empty);
        QVERIFY(changed.wait(30000));
        QCOMPARE(board.catalogue(m_lab.server.name).location, u"s3://empty-newest/"_s);
        QCOMPARE(board.status(m_lab.server.name).status, Freshness::Status::Empty);
        // A third refresh's answer follows the second's; the superseded first never arrives.
        board.refresh(empty);
        QVERIFY(changed.wait(30000));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(board.catalogue(m_lab.server.name).location, u"s3://empty-newest/"_s);
    }

    // Trigger and follow: the unit runs, the journal follows, and the new object is in the catalogue.
    void backupRuns()
    {
        auto run = runBackup();
        QVERIFY(run);
        QVERIFY2(run->state() == BackupRun::State::Succeeded, qPrintable(run->reason()));
        // The lab's history has two runs of 301 s: the expected duration came from the journal.
        QCOMPARE(run->expectedMs(), qint64(301000));
        QStringList messages;
        for (const JournalEntry &e : run->entries())
            messages.append(e.message);
        QVERIFY2(messages.join(u'\n').contains(u"Upload finished"_s),
                 qPrintable(messages.join(u'\n')));
        const Catalogue c = catalogue(m_lab.server);
        QCOMPARE(c.countOurs(), 1);
        QVERIFY(c.newest()->time >= run->startedAt().addSecs(-1));
        const Freshness f = assessFreshness(c, QDateTime::currentDateTimeUtc(), 26);
        QCOMPARE(f.status, Freshness::Status::Fresh);
        QVERIFY(!f.suspicious);

        // A second backup: the next run expects the duration of this one.
        auto second = runBackup();
        QVERIFY(second && second->state() == BackupRun::State::Succeeded);
        QVERIFY2(second->expectedMs() > 1000 && second->expectedMs() < 60000,
                 qPrintable(QString::number(second->expectedMs())));
        QCOMPARE(catalogue(m_lab.server).countOurs(), 2);
    }

    void backupFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("reason");
        QTest::newRow("disk-full") << u"disk-full"_s << u"No space left on device"_s;
        QTest::newRow("upload") << u"upload"_s << u"Could not connect to the endpoint URL"_s;
    }
    void backupFaults()
    {
        QFETCH(QString, fault);
        QFETCH(QString, reason);
        const int before = catalogue(m_lab.server).countOurs();
        QCOMPARE(m_lab.control({u"fault"_s, fault, u"on"_s}).exitCode, 0);
        auto run = runBackup();
        QVERIFY(run);
        QCOMPARE(run->state(), BackupRun::State::Failed);
        QVERIFY2(run->reason().contains(reason), qPrintable(run->reason()));
        QCOMPARE(catalogue(m_lab.server).countOurs(), before);
    }

    // The heart: the newest backup restored on the drill host, proved and timed, nothing left behind, no
    // secret anywhere.
    void drillPasses()
    {
        QVERIFY(catalogue(m_lab.server).countOurs() >= 2);
        const QString newest = catalogue(m_lab.server).newest()->key;
        // Watch the lab's command lines while the drill runs: neither the URL nor the key may show.
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [this] {
            for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
                QFile f(u"/proc/"_s + pid + u"/cmdline"_s);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray cmd = f.readAll();
                if (cmd.contains("X-Amz-Signature") || cmd.contains(Secret))
                    m_urlsSeen.append(QString::fromUtf8(cmd));
            }
        });
        watch.start(20);
        bool sawDownload = false;
        const DrillResult r = drill(m_lab.server, {}, [&sawDownload](Drill &d) {
            connect(&d, &Drill::stageChanged, &d, [&sawDownload](Drill::Stage s) {
                sawDownload = sawDownload || s == Drill::Stage::Download;
            });
        });
        watch.stop();
        QVERIFY2(r.passed(), qPrintable(r.message + u"\n"_s + lastLog.join(u'\n')));
        QVERIFY(sawDownload);
        QCOMPARE(m_urlsSeen, QStringList());
        QCOMPARE(r.backupKey, newest);
        QVERIFY(r.scratchDatabase.startsWith(
            u"steward_drill_"_s + QDate::currentDate().toString(u"yyyyMMdd"_s).left(6)));
        QVERIFY(r.failedStage.isEmpty());
        // The proof: each table of production, counted exactly (the lab is small), the migrations.
        QCOMPARE(r.verdict.tables.size(), 6);
        for (const TableProof &t : r.verdict.tables) {
            QVERIFY2(t.ok, qPrintable(t.table + u": "_s + t.note));
            QCOMPARE(t.restored, t.production);
            QVERIFY(t.productionExact);
        }
        const auto accounts = std::find_if(r.verdict.tables.cbegin(),
                                           r.verdict.tables.cend(),
                                           [](const TableProof &t) {
                                               return t.table == u"public.accounts";
                                           });
        QVERIFY(accounts != r.verdict.tables.cend());
        QCOMPARE(accounts->restored, qint64(2000));
        const qint64 migrations = QString::fromUtf8(
                                      m_lab.psql(u"SELECT count(*) FROM schema_migrations"_s).out)
                                      .trimmed()
                                      .toLongLong();
        QVERIFY(migrations > 100);
        QCOMPARE(qint64(r.verdict.migrationsProduction), migrations);
        QCOMPARE(qint64(r.verdict.migrationsRestored), migrations);
        QVERIFY(r.verdict.restoreErrors.isEmpty());
        // Timing: every stage measured, the total their sum.
        QVERIFY(r.downloadMs > 0 && r.restoreMs > 0 && r.verifyMs > 0);
        QCOMPARE(r.totalMs, r.downloadMs + r.restoreMs + r.verifyMs);
        QCOMPARE(r.format, u"CUSTOM"_s);
        QVERIFY(r.jobs >= 1);
        QVERIFY(r.dumpBytes > r.backupSize); // gzip's trailer read over S3
        QVERIFY(r.leftBehind.isEmpty());
        verifyNothingLeft();
        // Nothing of the secret or the URL in the result, the lab's logs, journal or files.
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        QVERIFY(!json.contains(Secret) && !json.contains("X-Amz-Signature"));
        QDirIterator it(m_lab.lab, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/pg/data/"_s))
                continue; // PostgreSQL's own files never saw it (it never reached PostgreSQL)
            QFile f(path);
            if (f.size() > 50 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(Secret) && !content.contains("X-Amz-Signature"),
                     qPrintable(path));
        }
    }

    // Big production tables are estimated, and the proof says which.
    void estimatedCounts()
    {
        DrillOptions options;
        options.exactCountLimit = 5000; // statuses (20 000) and follows (~10 000) are estimated
        const DrillResult r = drill(m_lab.server, options);
        QVERIFY2(r.passed(), qPrintable(r.message));
        QVERIFY(r.verdict.tablesEstimated >= 1);
        QVERIFY(r.verdict.tablesExact >= 1);
        for (const TableProof &t : r.verdict.tables) {
            if (t.table == u"public.statuses")
                QVERIFY(!t.productionExact);
            if (t.table == u"public.accounts")
                QVERIFY(t.productionExact);
        }
        verifyNothingLeft();
    }

    // Production moved on (here: many accounts added after the backup): the proof fails and says which.
    void productionNoLongerMatches()
    {
        QCOMPARE(
            m_lab
                .psql(u"INSERT INTO accounts (id, username, created_at, updated_at) "
                      "SELECT g, 'late' || g, now(), now() FROM generate_series(100001, 100500) g"_s)
                .exitCode,
            0);
        const DrillResult r = drill(m_lab.server);
        QCOMPARE(r.outcome, DrillResult::Outcome::Failed);
        QCOMPARE(r.failedStage, u"verify"_s);
        QVERIFY2(r.message.contains(u"1 table(s) do not match production's counts"_s),
                 qPrintable(r.message));
        bool found = false;
        for (const TableProof &t : r.verdict.tables) {
            if (t.table == u"public.accounts") {
                found = true;
                QVERIFY(!t.ok);
                QCOMPARE(t.restored, qint64(2000));
                QCOMPARE(t.production, qint64(2500));
            }
        }
        QVERIFY(found);
        QCOMPARE(m_lab.psql(u"DELETE FROM accounts WHERE id > 100000"_s).exitCode, 0);
        verifyNothingLeft();
    }

    void badInputs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("truncated") << u"truncated"_s << u"download"_s << u"is truncated"_s;
        QTest::newRow("corrupt") << u"corrupt"_s << u"download"_s << u"is corrupt"_s;
        QTest::newRow("not gzip") << u"notgzip"_s << u"download"_s << u"is not a gzip file"_s;
        QTest::newRow("not a dump")
            << u"notdump"_s << u"restore"_s << u"is not a PostgreSQL dump"_s;
        QTest::newRow("another database")
            << u"otherdb"_s << u"restore"_s << u"is a dump of the database “lab_other”"_s;
        QTest::newRow("empty object") << u"empty"_s << u"preflight"_s << u"is empty"_s;
    }
    void badInputs()
    {
        QFETCH(QString, kind);
        QFETCH(QString, stage);
        QFETCH(QString, messagePart);
        const QByteArray good = download(catalogue(m_lab.server).newest()->key);
        QVERIFY(good.size() > 1000);
        QByteArray content;
        if (kind == u"truncated") {
            content = good.left(good.size() / 2);
        } else if (kind == u"corrupt") {
            content = good;
            for (qsizetype i = content.size() / 3; i < content.size() / 3 + 64; ++i)
                content[i] = char(content.at(i) ^ 0x5a);
        } else if (kind == u"notgzip") {
            content = "This is a note somebody uploaded by mistake.\n";
        } else if (kind == u"notdump") {
            const Local gz = runLocal(u"gzip"_s,
                                      {u"-c"_s},
                                      m_lab.procEnv,
                                      QByteArray(200000, 'a') + "not a dump\n");
            content = gz.out;
        } else if (kind == u"otherdb") {
            QCOMPARE(m_lab.psql(u"CREATE DATABASE lab_other"_s, u"postgres"_s).exitCode, 0);
            QCOMPARE(m_lab
                         .psql(u"CREATE TABLE t (i int); INSERT INTO t VALUES (1)"_s, u"lab_other"_s)
                         .exitCode,
                     0);
            const Local dump = runLocal(pgTool(u"pg_dump"_s),
                                        {u"-Fc"_s,
                                         u"-h"_s,
                                         u"127.0.0.1"_s,
                                         u"-p"_s,
                                         m_lab.env.value(u"LAB_PG_PORT"_s),
                                         u"-U"_s,
                                         u"mastodon"_s,
                                         u"lab_other"_s},
                                        m_lab.procEnv);
            QCOMPARE(dump.exitCode, 0);
            content = runLocal(u"gzip"_s, {u"-c"_s}, m_lab.procEnv, dump.out).out;
            m_lab.psql(u"DROP DATABASE lab_other"_s, u"postgres"_s);
        }
        const QString name = futureName(5);
        QVERIFY2(put(name, content).isEmpty(), "upload");
        const DrillResult r = drill(m_lab.server);
        QCOMPARE(remove(name), QString());
        QCOMPARE(r.backupKey, name);
        QCOMPARE(r.outcome, DrillResult::Outcome::Failed);
        QCOMPARE(r.failedStage, stage);
        QVERIFY2(r.message.contains(messagePart),
                 qPrintable(r.message + u"\n"_s + lastLog.join(u'\n')));
        QVERIFY(r.leftBehind.isEmpty());
        verifyNothingLeft();
    }

    void drillHostWithoutDisk()
    {
        QCOMPARE(m_lab.control({u"fault"_s, u"disk-full"_s, u"on"_s}).exitCode, 0);
        const DrillResult r = drill(m_lab.server);
        QCOMPARE(r.outcome, DrillResult::Outcome::Failed);
        QCOMPARE(r.failedStage, u"preflight"_s);
        QVERIFY2(r.message.contains(u"has 0 B free in"_s)
                     && r.message.contains(u"the dump needs about"_s),
                 qPrintable(r.message));
        verifyNothingLeft();
    }

    void refusesPrimaryDrillHost()
    {
        Server primary = m_lab.server;
        primary.name = u"production"_s;
        primary.role = ServerRole::Primary;
        Drill d(connector(), m_source.get(), m_lab.server, primary);
        QSignalSpy finished(&d, &Drill::finished);
        d.start(); // refused before anything starts, so possibly finished already
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY2(d.result().message.contains(u"never beside production's database"_s),
                 qPrintable(d.result().message));
    }

    // Cancelled in the middle of each stage: right after the download pipeline started, while
    // pg_restore runs, while production is being counted.
    void cancelled_data()
    {
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("download") << u"Downloading on"_s << 150;
        QTest::newRow("restore") << u"Scratch database"_s << 0;
        QTest::newRow("verify") << u"Restored in"_s << 0;
    }
    void cancelled()
    {
        QFETCH(QString, trigger);
        QFETCH(int, delayMs);
        const DrillResult r = drill(m_lab.server, {}, [trigger, delayMs](Drill &d) {
            connect(&d, &Drill::logged, &d, [&d, trigger, delayMs](const QString &line) {
                if (line.contains(trigger))
                    QTimer::singleShot(delayMs, &d, &Drill::cancel);
            });
        });
        QCOMPARE(r.outcome, DrillResult::Outcome::Cancelled);
        QVERIFY2(r.leftBehind.isEmpty(), qPrintable(r.leftBehind.join(u'\n')));
        QVERIFY2(lastLog.join(u'\n').contains(u"Nothing was left behind"_s),
                 qPrintable(lastLog.join(u'\n')));
        verifyNothingLeft();
        // No process of the drill goes on (pg_restore, curl, gzip).
        QTRY_VERIFY_WITH_TIMEOUT(runLocal(u"pgrep"_s,
                                          {u"-f"_s, u"steward-drill-|pg_restore"_s},
                                          m_lab.procEnv)
                                         .exitCode
                                     == 1,
                                 10000);
    }

    // The connection dies in the middle of the restore: the drill cannot clean up, and says exactly
    // what it left and how to remove it; the commands it gives do remove it.
    void connectionLost()
    {
        const DrillResult r = drill(m_lab.server, {}, [this](Drill &d) {
            connect(&d, &Drill::logged, &d, [this](const QString &line) {
                if (line.contains(u"Scratch database"_s))
                    m_lab.control({u"fault"_s, u"sshd"_s, u"on"_s});
            });
        });
        QCOMPARE(r.outcome, DrillResult::Outcome::Failed);
        QCOMPARE(r.leftBehind.size(), 2);
        QVERIFY2(r.leftBehind.at(0).contains(r.scratchDatabase)
                     && r.leftBehind.at(0).contains(u"dropdb"_s),
                 qPrintable(r.leftBehind.join(u'\n')));
        QVERIFY2(r.leftBehind.at(1).contains(u"rm -rf --"_s), qPrintable(r.leftBehind.join(u'\n')));
        QVERIFY(r.message.contains(u"Left behind"_s));
        QCOMPARE(m_lab.control({u"fault"_s, u"sshd"_s, u"off"_s}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(scratchDatabases(), QStringList{r.scratchDatabase}, 20000);
        QCOMPARE(drillDirectories().size(), 1);
        // The commands as said, run on the drill host (here: this machine).
        const QString drop = r.leftBehind.at(0).section(u"with: "_s, 1).chopped(1);
        const QString rm = r.leftBehind.at(1).section(u"with: "_s, 1).chopped(1);
        QProcessEnvironment env = m_lab.procEnv;
        env.insert(u"PATH"_s,
                   QFileInfo(pgTool(u"dropdb"_s)).absolutePath() + u':' + env.value(u"PATH"_s));
        QCOMPARE(runLocal(u"sh"_s, {u"-c"_s, drop}, env).exitCode, 0);
        QCOMPARE(runLocal(u"sh"_s, {u"-c"_s, rm}, env).exitCode, 0);
        verifyNothingLeft();
    }

    // Kept on request (a staging trial off a restore): the database stays, the files do not.
    void keepsDatabaseOnRequest()
    {
        DrillOptions options;
        options.keepDatabase = true;
        const DrillResult r = drill(m_lab.server, options);
        QVERIFY2(r.passed(), qPrintable(r.message));
        QVERIFY(r.databaseKept);
        QCOMPARE(scratchDatabases(), QStringList{r.scratchDatabase});
        QCOMPARE(drillDirectories(), QStringList());
        QVERIFY(lastLog.join(u'\n').contains(u"remove it later with: dropdb"_s));
        QCOMPARE(QString::fromUtf8(
                     m_lab.psql(u"SELECT count(*) FROM accounts"_s, r.scratchDatabase).out)
                     .trimmed(),
                 u"2000"_s);
        m_lab.psql(u"DROP DATABASE "_s + r.scratchDatabase, u"postgres"_s);
        verifyNothingLeft();
    }
};

QTEST_GUILESS_MAIN(TestBackupsLab)
#include "tst_backupslab.moc"
