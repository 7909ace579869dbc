// SPDX-License-Identifier: GPL-3.0-or-later
// What BackupRun reads from the journal (journalctl -o json, as systemd 252 prints it and the lab
// writes it): the entries, the last successful run's duration (the progress bar's 100 %), and the
// reason of a failed run.
#include "core/backups/backuprun.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward::Backups;

namespace {

QByteArray entry(qint64 seconds, const char *ident, int priority, const QByteArray &message)
{
    return "{\"__CURSOR\":\"s=1;i=1\",\"__REALTIME_TIMESTAMP\":\""
           + QByteArray::number(seconds * 1000000) + "\",\"PRIORITY\":\""
           + QByteArray::number(priority) + "\",\"SYSLOG_IDENTIFIER\":\"" + ident
           + "\",\"_SYSTEMD_UNIT\":\"pg-dump-to-s3.service\",\"MESSAGE\":" + message + "}\n";
}

QByteArray quoted(const char *text)
{
    return '"' + QByteArray(text) + '"';
}

} // namespace

class TestBackupRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesJournal()
    {
        const QByteArray text
            = entry(1000,
                    "systemd",
                    6,
                    quoted("Starting pg-dump-to-s3.service - Dump the Mastodon database to S3..."))
              + "-- No entries --\n"
              + entry(1001, "pg-dump-to-s3", 6, "[68,117,109,112,32,195,169]") // bytes, "Dump é"
              + "{\"broken\n";
        const QList<JournalEntry> e = parseJournalJson(text);
        QCOMPARE(e.size(), 2);
        QCOMPARE(e.at(0).identifier, u"systemd"_s);
        QCOMPARE(e.at(0).time.toSecsSinceEpoch(), qint64(1000));
        QCOMPARE(e.at(1).message, u"Dump é"_s);
        QCOMPARE(e.at(1).priority, 6);
    }

    void lastDuration()
    {
        const QByteArray text
            // an old successful run: 300 s
            = entry(1000,
                    "systemd",
                    6,
                    quoted("Starting pg-dump-to-s3.service - Dump the Mastodon database to S3..."))
              + entry(1300, "systemd", 6, quoted("pg-dump-to-s3.service: Deactivated successfully."))
              + entry(1300,
                      "systemd",
                      6,
                      quoted("Finished pg-dump-to-s3.service - Dump the Mastodon database to S3."))
              // a newer successful run, older systemd's wording: 900 s
              + entry(5000, "systemd", 6, quoted("Starting Dump the Mastodon database to S3..."))
              + entry(5900, "systemd", 6, quoted("pg-dump-to-s3.service: Deactivated successfully."))
              // the newest failed: it does not count
              + entry(9000,
                      "systemd",
                      6,
                      quoted(
                          "Starting pg-dump-to-s3.service - Dump the Mastodon database to S3..."))
              + entry(9010,
                      "systemd",
                      6,
                      quoted("pg-dump-to-s3.service: Failed with result 'exit-code'."));
        QCOMPARE(lastSuccessfulDurationMs(parseJournalJson(text), u"pg-dump-to-s3.service"_s),
                 qint64(900000));
        QCOMPARE(lastSuccessfulDurationMs({}, u"pg-dump-to-s3.service"_s), qint64(0));
        // Still running: no end yet.
        QCOMPARE(lastSuccessfulDurationMs(parseJournalJson(
                                              entry(1, "systemd", 6, quoted("Starting x"))),
                                          u"x.service"_s),
                 qint64(0));
    }

    void reasons()
    {
        // The lab's disk-full fault, as the unit logs it.
        const QByteArray diskFull
            = entry(1,
                    "systemd",
                    6,
                    quoted("Starting pg-dump-to-s3.service - Dump the Mastodon database to S3..."))
              + entry(2,
                      "pg-dump-to-s3",
                      6,
                      quoted("Dumping database mastodon_production to x.dump.gz"))
              + entry(
                  3,
                  "pg-dump-to-s3",
                  3,
                  quoted("pg_dump: error: could not write to output file: No space left on device"))
              + entry(
                  4,
                  "systemd",
                  6,
                  quoted(
                      "pg-dump-to-s3.service: Main process exited, code=exited, status=1/FAILURE"));
        QCOMPARE(failureReason(parseJournalJson(diskFull)),
                 u"pg_dump: error: could not write to output file: No space left on device"_s);
        // Nothing at error priority: the unit's last words.
        const QByteArray quiet = entry(1, "pg-dump-to-s3", 6, quoted("a"))
                                 + entry(2, "pg-dump-to-s3", 6, quoted("b"))
                                 + entry(3, "pg-dump-to-s3", 6, quoted("c"))
                                 + entry(4, "pg-dump-to-s3", 6, quoted("d"))
                                 + entry(5,
                                         "systemd",
                                         3,
                                         quoted("Failed to start pg-dump-to-s3.service."));
        QCOMPARE(failureReason(parseJournalJson(quiet)), u"b\nc\nd"_s);
    }
};

QTEST_GUILESS_MAIN(TestBackupRun)
#include "tst_backuprun.moc"
