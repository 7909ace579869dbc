// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backups/drillverdict.h"

#include "core/tr.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>

using namespace Qt::StringLiterals;

namespace Steward::Backups {

QList<TableCount> parseTableCounts(const QString &text)
{
    QList<TableCount> counts;
    for (const QString &line : text.split(u'\n')) {
        const QStringList f = line.trimmed().split(u'|');
        if (f.size() != 4 || f.at(0) != u"table")
            continue;
        bool ok = false;
        const qint64 rows = f.at(2).toLongLong(&ok);
        if (!ok)
            continue;
        counts.append({f.at(1), rows, f.at(3) == u"exact"});
    }
    return counts;
}

QStringList parseMigrations(const QString &text)
{
    QStringList versions;
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (t.startsWith(u"migration|"_s))
            versions.append(t.mid(10));
    }
    return versions;
}

namespace {

QString tocField(const QString &toc, const QString &field)
{
    static const QRegularExpression line(u"^;\\s+([A-Za-z ]+):\\s*(.*)$"_s,
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(toc);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1).trimmed().compare(field, Qt::CaseInsensitive) == 0)
            return m.captured(2).trimmed();
    }
    return {};
}

} // namespace

QString dumpDatabaseName(const QString &toc)
{
    return tocField(toc, u"dbname"_s);
}

QString dumpFormat(const QString &toc)
{
    return tocField(toc, u"Format"_s);
}

QStringList restoreErrors(const QString &stderrText)
{
    QStringList errors;
    for (const QString &line : stderrText.split(u'\n')) {
        const QString t = line.trimmed();
        if (t.startsWith(u"pg_restore: error:"_s) || t.contains(u"ERROR:"_s)
            || t.startsWith(u"pg_restore: warning: errors ignored on restore"_s))
            errors.append(t);
    }
    return errors;
}

qint64 dfAvailableKiB(const QString &dfOutput)
{
    const QStringList lines = dfOutput.trimmed().split(u'\n');
    if (lines.size() < 2)
        return -1;
    const QStringList f = lines.last().simplified().split(u' ');
    if (f.size() < 6)
        return -1;
    bool ok = false;
    const qint64 kib = f.at(f.size() - 3).toLongLong(&ok);
    return ok ? kib : -1;
}

qint64 gzipUncompressedSize(const QByteArray &trailer, qint64 compressedSize)
{
    if (trailer.size() != 4)
        return -1;
    const auto b = [&trailer](int i) { return quint64(quint8(trailer.at(i))); };
    qint64 size = qint64(b(0) | (b(1) << 8) | (b(2) << 16) | (b(3) << 24));
    while (size < compressedSize)
        size += qint64(1) << 32;
    return size;
}

DrillVerdict judgeDrill(const QList<TableCount> &restored,
                        const QList<TableCount> &production,
                        const QStringList &restoredMigrations,
                        const QStringList &productionMigrations,
                        const QStringList &errors,
                        const ProofTolerance &tolerance)
{
    DrillVerdict v;
    QHash<QString, TableCount> restoredBy;
    for (const TableCount &c : restored)
        restoredBy.insert(c.table, c);
    QSet<QString> seen;
    int failedTables = 0;
    for (const TableCount &p : production) {
        TableProof t;
        t.table = p.table;
        t.production = p.rows;
        t.productionExact = p.exact;
        (p.exact ? v.tablesExact : v.tablesEstimated)++;
        seen.insert(p.table);
        const auto r = restoredBy.constFind(p.table);
        if (r == restoredBy.cend()) {
            t.note = Core::Tr::tr("not in the restored database");
        } else {
            t.restored = r->rows;
            const double ratio = p.exact ? tolerance.exact : tolerance.estimated;
            const qint64 allowed = std::max<qint64>(tolerance.rows,
                                                    qint64(std::ceil(double(p.rows) * ratio)));
            const qint64 diff = std::llabs(t.restored - p.rows);
            if (t.restored == 0 && p.rows > tolerance.rows) {
                t.note = Core::Tr::tr("empty after the restore");
            } else if (diff > allowed) {
                t.note = Core::Tr::tr("%1 % away from production's count (%2 allowed)")
                             .arg(p.rows ? double(diff) * 100 / double(p.rows) : 100.0, 0, 'f', 1)
                             .arg(qRound(ratio * 100));
            } else {
                t.ok = true;
            }
        }
        if (!t.ok)
            ++failedTables;
        v.tables.append(t);
    }
    for (const TableCount &r : restored) {
        if (seen.contains(r.table))
            continue;
        TableProof t;
        t.table = r.table;
        t.restored = r.rows;
        t.ok = true; // a table production dropped since: worth saying, not a failure
        t.note = Core::Tr::tr("not in production (dropped since the backup?)");
        v.tables.append(t);
    }
    std::sort(v.tables.begin(), v.tables.end(), [](const TableProof &a, const TableProof &b) {
        return a.table < b.table;
    });
    if (production.isEmpty())
        v.failures.append(Core::Tr::tr("Production's tables could not be counted."));
    else if (restored.isEmpty())
        v.failures.append(Core::Tr::tr("The restored database has no tables."));
    else if (failedTables > 0)
        v.failures.append(
            Core::Tr::tr("%n table(s) do not match production's counts.", nullptr, failedTables));

    v.migrationsProduction = int(productionMigrations.size());
    v.migrationsRestored = int(restoredMigrations.size());
    const QSet<QString> have(restoredMigrations.cbegin(), restoredMigrations.cend());
    for (const QString &m : productionMigrations) {
        if (!have.contains(m))
            v.missingMigrations.append(m);
    }
    std::sort(v.missingMigrations.begin(), v.missingMigrations.end(), std::greater<>());
    if (productionMigrations.isEmpty())
        v.failures.append(Core::Tr::tr("Production's schema_migrations could not be read."));
    else if (restoredMigrations.isEmpty())
        v.failures.append(Core::Tr::tr("The restored database has no schema_migrations: it is not "
                                       "Mastodon's database."));
    else if (!v.missingMigrations.isEmpty())
        v.failures.append(Core::Tr::tr("The restore lacks %n migration(s) that production has run "
                                       "(newest %1): it would not run the running version.",
                                       nullptr,
                                       int(v.missingMigrations.size()))
                              .arg(v.missingMigrations.first()));

    v.restoreErrors = errors;
    if (!errors.isEmpty())
        v.failures.append(
            Core::Tr::tr("pg_restore reported %n error(s).", nullptr, int(errors.size())));
    v.passed = v.failures.isEmpty();
    return v;
}

QJsonObject DrillVerdict::toJson() const
{
    QJsonArray tablesJson;
    for (const TableProof &t : tables)
        tablesJson.append(
            QJsonObject{{u"table"_s, t.table},
                        {u"restored"_s, t.restored},
                        {u"production"_s, t.production},
                        {u"production_count"_s, t.productionExact ? u"exact"_s : u"estimated"_s},
                        {u"ok"_s, t.ok},
                        {u"note"_s, t.note}});
    return {{u"passed"_s, passed},
            {u"tables"_s, tablesJson},
            {u"tables_exact"_s, tablesExact},
            {u"tables_estimated"_s, tablesEstimated},
            {u"migrations_production"_s, migrationsProduction},
            {u"migrations_restored"_s, migrationsRestored},
            {u"missing_migrations"_s, QJsonArray::fromStringList(missingMigrations)},
            {u"restore_errors"_s, QJsonArray::fromStringList(restoreErrors)},
            {u"failures"_s, QJsonArray::fromStringList(failures)}};
}

DrillVerdict DrillVerdict::fromJson(const QJsonObject &o)
{
    DrillVerdict v;
    v.passed = o.value(u"passed"_s).toBool();
    for (const QJsonValue &value : o.value(u"tables"_s).toArray()) {
        const QJsonObject t = value.toObject();
        v.tables.append({t.value(u"table"_s).toString(),
                         qint64(t.value(u"restored"_s).toDouble(-1)),
                         qint64(t.value(u"production"_s).toDouble(-1)),
                         t.value(u"production_count"_s).toString() != u"estimated",
                         t.value(u"ok"_s).toBool(),
                         t.value(u"note"_s).toString()});
    }
    v.tablesExact = o.value(u"tables_exact"_s).toInt();
    v.tablesEstimated = o.value(u"tables_estimated"_s).toInt();
    v.migrationsProduction = o.value(u"migrations_production"_s).toInt();
    v.migrationsRestored = o.value(u"migrations_restored"_s).toInt();
    const auto strings = [&o](const QString &key) {
        QStringList list;
        for (const QJsonValue &s : o.value(key).toArray())
            list.append(s.toString());
        return list;
    };
    v.missingMigrations = strings(u"missing_migrations"_s);
    v.restoreErrors = strings(u"restore_errors"_s);
    v.failures = strings(u"failures"_s);
    return v;
}

} // namespace Steward::Backups
