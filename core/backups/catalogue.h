// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backups/s3client.h"
#include "core/inventory/server.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Steward::Backups {

// The naming scheme of backup objects (BackupSettings::pattern), relative to the prefix: {database},
// {server} and {timestamp} are fields, * is anything, the rest is literal.
// "{database}-{timestamp}.dump.gz" reads "mastodon_production-2025-11-22T031500Z.dump.gz".
// {timestamp} takes the usual forms of a UTC time: 2025-11-22T031500Z, 20251122T031500Z,
// 2025-11-22T03:15:00Z, 2025-11-22_03-15-00 (digits: year, month, day, hours, minutes, seconds).
class NamingPattern
{
public:
    static Result<NamingPattern> compile(const QString &pattern);

    struct Match
    {
        QString database;
        QString server;
        QDateTime time; // UTC
    };
    std::optional<Match> match(const QString &name) const;
    QString pattern() const { return m_pattern; }

private:
    QString m_pattern;
    QRegularExpression m_regex;
};

// One object of the bucket as a backup.
struct BackupEntry
{
    QString key;  // the full object key
    QString name; // the key without the prefix
    qint64 size = 0;
    QDateTime lastModified;
    QDateTime time; // from the name; the object's time when the name has none
    QString database;
    QString server;
    bool recognised = false; // the name follows the pattern
    bool ours = false;       // recognised and of the server's database (counts for freshness)
    // The size against the median of the previous (up to 7) of ours; 0 when there were none.
    double ratioToMedian = 0;
    bool suspicious = false; // smaller than suspiciousRatio of that median

    bool operator==(const BackupEntry &) const = default;
};

// A server's backups, oldest first.
struct Catalogue
{
    static constexpr int medianWindow = 7;
    static constexpr double suspiciousRatio = 0.8;

    QString server;
    QString location; // "s3://bucket/prefix"
    QList<BackupEntry> entries;

    // objects: a listing under settings.prefix. Unrecognised names are kept (shown), not counted.
    static Catalogue build(const QString &serverName,
                           const BackupSettings &settings,
                           const QList<S3Object> &objects);
    // The newest backup that counts, or null.
    const BackupEntry *newest() const;
    const BackupEntry *find(const QString &key) const;
    int countOurs() const;
};

// Is there a fresh backup, and does it look whole: what the panel's header, the Servers panel's badge
// and `steward backup list` say.
struct Freshness
{
    enum class Status { Unknown, Fresh, Stale, Empty, Error };

    Status status = Status::Unknown;
    bool suspicious = false; // the newest is much smaller than the ones before it
    QString newestKey;
    QDateTime newestTime;
    qint64 newestSize = 0;
    qint64 ageSeconds = -1;
    int thresholdHours = BackupSettings::defaultFreshHours;
    double ratioToMedian = 0;
    QString message; // one sentence for the user (translated)
    QDateTime checkedAt;

    // Fresh and not suspicious.
    bool healthy() const { return status == Status::Fresh && !suspicious; }
    static QString statusKey(Status status); // "fresh", "stale", "empty", "error", "unknown"
};

Freshness assessFreshness(const Catalogue &catalogue, const QDateTime &now, int thresholdHours);
Freshness freshnessError(const QString &message, const QDateTime &now);

// "3 h 12 min", "2 d 4 h", "45 s": a short age for badges and tables (translated units).
QString formatAge(qint64 seconds);
// "1.4 GB", "820 MB" (powers of 1000, as S3 consoles show).
QString formatSize(qint64 bytes);

} // namespace Steward::Backups
