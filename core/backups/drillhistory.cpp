// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backups/drillhistory.h"

#include "core/backups/catalogue.h"
#include "core/tr.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Steward::Backups {

DrillHistory::DrillHistory(const History::Database &database)
    : m_database(database)
{}

Result<qint64> DrillHistory::record(const DrillResult &r)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(
        u"INSERT INTO drills (server, drill_host, backup_key, started_at, finished_at, outcome, "
        "total_ms, download_ms, restore_ms, verify_ms, backup_size, message, result_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    // A null QString is bound as SQL NULL, which the NOT NULL columns refuse: bind it as ''.
    const auto text = [](const QString &s) { return s.isNull() ? u""_s : s; };
    q.addBindValue(text(r.server));
    q.addBindValue(text(r.drillHost));
    q.addBindValue(text(r.backupKey));
    q.addBindValue(r.startedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(r.finishedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(DrillResult::outcomeKey(r.outcome));
    q.addBindValue(r.totalMs);
    q.addBindValue(r.downloadMs);
    q.addBindValue(r.restoreMs);
    q.addBindValue(r.verifyMs);
    q.addBindValue(r.backupSize);
    q.addBindValue(text(r.message));
    q.addBindValue(QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Error{Core::Tr::tr("The drill could not be recorded: %1").arg(q.lastError().text())};
    return q.lastInsertId().toLongLong();
}

Result<QList<DrillResult>> DrillHistory::forServer(const QString &server, int limit) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(
        u"SELECT result_json FROM drills WHERE server = ? ORDER BY started_at DESC, id DESC LIMIT ?"_s);
    q.addBindValue(server);
    q.addBindValue(limit);
    if (!q.exec())
        return Error{
            Core::Tr::tr("The drill history could not be read: %1").arg(q.lastError().text())};
    QList<DrillResult> list;
    while (q.next())
        list.append(DrillResult::fromJson(
            QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
    return list;
}

std::optional<DrillResult> DrillHistory::lastPassed(const QString &server) const
{
    const auto all = forServer(server);
    if (!all)
        return std::nullopt;
    for (const DrillResult &r : all.value()) {
        if (r.passed())
            return r;
    }
    return std::nullopt;
}

DrillAge assessDrillAge(const std::optional<DrillResult> &lastPassed,
                        const QDateTime &now,
                        int maxAgeDays)
{
    DrillAge a;
    if (!lastPassed) {
        a.status = DrillAge::Status::Never;
        a.message = Core::Tr::tr(
            "No drill has passed yet: nobody knows whether the backups restore.");
        return a;
    }
    a.ageSeconds = lastPassed->finishedAt.secsTo(now);
    const bool overdue = a.ageSeconds > qint64(maxAgeDays) * 86400;
    a.status = overdue ? DrillAge::Status::Overdue : DrillAge::Status::Recent;
    a.message = overdue
                    ? Core::Tr::tr("The last passing drill was %1 ago, more than %2 days: time for "
                                   "another.")
                          .arg(formatAge(a.ageSeconds))
                          .arg(maxAgeDays)
                    : Core::Tr::tr("The last passing drill was %1 ago (restore time %2 s).")
                          .arg(formatAge(a.ageSeconds))
                          .arg(QString::number(double(lastPassed->totalMs) / 1000, 'f', 1));
    return a;
}

} // namespace Steward::Backups
