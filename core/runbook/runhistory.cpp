// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/runhistory.h"

#include "core/tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Steward::Runbook {

namespace {

// A null QString is bound as SQL NULL, which the NOT NULL columns refuse.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : u""_s;
}

QDateTime parseWhen(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::UTC);
    return t;
}

} // namespace

RunHistory::RunHistory(const History::Database &database)
    : m_database(database)
{}

Result<bool> RunHistory::record(const RunRecord &run)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(u"INSERT INTO runs (server, run_id, runbook, title, status, created_at, updated_at, "
              "journal, transcript) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (server, run_id) DO UPDATE SET runbook = excluded.runbook, "
              "title = excluded.title, status = excluded.status, created_at = excluded.created_at, "
              "updated_at = excluded.updated_at, journal = excluded.journal, "
              "transcript = excluded.transcript"_s);
    q.addBindValue(text(run.server));
    q.addBindValue(text(run.runId));
    q.addBindValue(text(run.runbookId));
    q.addBindValue(text(run.title));
    q.addBindValue(text(run.status));
    q.addBindValue(when(run.createdAt));
    q.addBindValue(when(run.updatedAt.isValid() ? run.updatedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(QString::fromUtf8(run.journal));
    q.addBindValue(text(run.transcript));
    if (!q.exec())
        return Error{Core::Tr::tr("The run %1 could not be kept in the history: %2")
                         .arg(run.runId, q.lastError().text())};
    return true;
}

Result<QList<RunRecord>> RunHistory::list(const QString &server, int limit) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(u"SELECT server, run_id, runbook, title, status, created_at, updated_at FROM runs "
              "WHERE (? = '' OR server = ?) ORDER BY created_at DESC, run_id DESC LIMIT ?"_s);
    q.addBindValue(text(server));
    q.addBindValue(text(server));
    q.addBindValue(limit);
    if (!q.exec())
        return Error{
            Core::Tr::tr("The run history could not be read: %1").arg(q.lastError().text())};
    QList<RunRecord> runs;
    while (q.next()) {
        RunRecord r;
        r.server = q.value(0).toString();
        r.runId = q.value(1).toString();
        r.runbookId = q.value(2).toString();
        r.title = q.value(3).toString();
        r.status = q.value(4).toString();
        r.createdAt = parseWhen(q.value(5).toString());
        r.updatedAt = parseWhen(q.value(6).toString());
        runs.append(r);
    }
    return runs;
}

Result<std::optional<RunRecord>> RunHistory::find(const QString &server, const QString &runId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.prepare(u"SELECT server, run_id, runbook, title, status, created_at, updated_at, journal, "
              "transcript FROM runs WHERE (? = '' OR server = ?) AND run_id = ? "
              "ORDER BY updated_at DESC LIMIT 1"_s);
    q.addBindValue(text(server));
    q.addBindValue(text(server));
    q.addBindValue(text(runId));
    if (!q.exec())
        return Error{
            Core::Tr::tr("The run history could not be read: %1").arg(q.lastError().text())};
    if (!q.next())
        return std::optional<RunRecord>();
    RunRecord r;
    r.server = q.value(0).toString();
    r.runId = q.value(1).toString();
    r.runbookId = q.value(2).toString();
    r.title = q.value(3).toString();
    r.status = q.value(4).toString();
    r.createdAt = parseWhen(q.value(5).toString());
    r.updatedAt = parseWhen(q.value(6).toString());
    r.journal = q.value(7).toString().toUtf8();
    r.transcript = q.value(8).toString();
    return std::optional<RunRecord>(r);
}

} // namespace Steward::Runbook
