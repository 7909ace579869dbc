// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Steward::Backups {

// A table's row count: exact (count(*)) or estimated (the planner's reltuples, for big tables on
// production, where counting would load the server).
struct TableCount
{
    QString table; // "public.accounts"
    qint64 rows = -1;
    bool exact = true;

    bool operator==(const TableCount &) const = default;
};

// psql -At -F '|' lines "table|rows|exact|estimated" (what Drill's count query prints); other lines are
// ignored.
QList<TableCount> parseTableCounts(const QString &text);
// "migration|VERSION" lines.
QStringList parseMigrations(const QString &text);
// The database a dump was made from, from `pg_restore -l`'s header (";     dbname: NAME"); empty if none.
QString dumpDatabaseName(const QString &toc);
// "CUSTOM", "TAR", "DIRECTORY" from the same header; empty if none.
QString dumpFormat(const QString &toc);
// pg_restore's (or psql's) error lines from its stderr, in order, without the repeated context lines.
QStringList restoreErrors(const QString &stderrText);
// Available KiB in the last line of `df -Pk DIR`; -1 when unreadable.
qint64 dfAvailableKiB(const QString &dfOutput);
// The uncompressed size of a gzip member from its last four bytes (ISIZE, modulo 2^32), raised by 4 GiB
// steps until it is at least the compressed size. -1 when trailer is not 4 bytes.
qint64 gzipUncompressedSize(const QByteArray &trailer, qint64 compressedSize);

// One table of the proof.
struct TableProof
{
    QString table;
    qint64 restored = -1;   // -1: not in the restored database
    qint64 production = -1; // -1: not in production
    bool productionExact = true;
    bool ok = false;
    QString note; // why not ok, or what to know (translated)

    bool operator==(const TableProof &) const = default;
};

// How close the restored counts must be to production's, read at drill time: the backup is older than
// the counts, so production has grown (or shrunk) a little since.
struct ProofTolerance
{
    double exact = 0.05;     // 5 % of production's exact count
    double estimated = 0.20; // 20 % of an estimate (reltuples drifts between ANALYZE runs)
    qint64 rows = 10;        // and always 10 rows, for small tables
};

// What a drill proves: every table against production, the migrations of the running version, and a
// clean pg_restore. passed only when all of it holds; failures says what did not, one sentence each.
struct DrillVerdict
{
    bool passed = false;
    QList<TableProof> tables;
    int tablesExact = 0;
    int tablesEstimated = 0;
    int migrationsProduction = 0;
    int migrationsRestored = 0;
    QStringList missingMigrations; // in production, not in the restore (newest first)
    QStringList restoreErrors;
    QStringList failures;

    QJsonObject toJson() const;
    static DrillVerdict fromJson(const QJsonObject &o);
};

DrillVerdict judgeDrill(const QList<TableCount> &restored,
                        const QList<TableCount> &production,
                        const QStringList &restoredMigrations,
                        const QStringList &productionMigrations,
                        const QStringList &errors,
                        const ProofTolerance &tolerance = {});

} // namespace Steward::Backups
