// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/historydatabase.h"

#include "core/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Steward::History {

const QList<QStringList> &Database::migrations()
{
    static const QList<QStringList> list{
        // 1: restore drills, one row a drill; the whole result (proof included) as JSON beside the
        // columns the panel sorts and filters on.
        {u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
         u"CREATE TABLE drills ("
         "id INTEGER PRIMARY KEY AUTOINCREMENT, "
         "server TEXT NOT NULL, "
         "drill_host TEXT NOT NULL, "
         "backup_key TEXT NOT NULL, "
         "started_at TEXT NOT NULL, "
         "finished_at TEXT NOT NULL, "
         "outcome TEXT NOT NULL, "
         "total_ms INTEGER NOT NULL, "
         "download_ms INTEGER NOT NULL, "
         "restore_ms INTEGER NOT NULL, "
         "verify_ms INTEGER NOT NULL, "
         "backup_size INTEGER NOT NULL, "
         "message TEXT NOT NULL, "
         "result_json TEXT NOT NULL)"_s,
         u"CREATE INDEX drills_by_server ON drills (server, started_at)"_s},
        // 2: runbook runs, one row a run (kept up to date while it runs): its status and the redacted
        // journal and Markdown transcript, so that a run can be read again without the server.
        {u"CREATE TABLE runs ("
         "server TEXT NOT NULL, "
         "run_id TEXT NOT NULL, "
         "runbook TEXT NOT NULL, "
         "title TEXT NOT NULL, "
         "status TEXT NOT NULL, "
         "created_at TEXT NOT NULL, "
         "updated_at TEXT NOT NULL, "
         "journal TEXT NOT NULL, "
         "transcript TEXT NOT NULL, "
         "PRIMARY KEY (server, run_id))"_s,
         u"CREATE INDEX runs_by_update ON runs (updated_at)"_s},
    };
    return list;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

Database::Database(const QString &path)
    : m_path(path)
{}

QString Database::connectionName() const
{
    return u"steward-history-%1-%2"_s.arg(qHash(m_path)).arg(quintptr(QThread::currentThread()));
}

namespace {

Error sqlError(const QString &what, const QSqlError &error)
{
    return {Core::Tr::tr("The history database: %1 (%2)").arg(what, error.text())};
}

int readVersion(QSqlDatabase &db)
{
    if (!db.tables().contains(u"meta"_s))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

Result<QSqlDatabase> Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        if (db.isOpen())
            return db;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return sqlError(Core::Tr::tr("cannot open %1").arg(QDir::toNativeSeparators(m_path)),
                        db.lastError());
    QSqlQuery pragma(db);
    pragma.exec(u"PRAGMA journal_mode=WAL"_s);
    pragma.finish(); // it answers a row: left active, it would keep the migration from committing
    const int version = readVersion(db);
    if (version < 0)
        return Error{Core::Tr::tr("The history database %1 has no readable schema version.")
                         .arg(QDir::toNativeSeparators(m_path))};
    if (version > currentVersion())
        return Error{
            Core::Tr::tr("The history database %1 is version %2, made by a newer Steward; this "
                         "one reads up to version %3.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(version)
                .arg(currentVersion())};
    for (int v = version; v < currentVersion(); ++v) {
        if (!db.transaction())
            return sqlError(Core::Tr::tr("cannot start a migration"), db.lastError());
        QSqlQuery q(db);
        for (const QString &statement : migrations().at(v)) {
            if (!q.exec(statement)) {
                const QSqlError e = q.lastError();
                db.rollback();
                return sqlError(Core::Tr::tr("migration to version %1 failed").arg(v + 1), e);
            }
        }
        q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"_s);
        q.addBindValue(QString::number(v + 1));
        if (!q.exec()) {
            const QSqlError e = q.lastError();
            db.rollback();
            return sqlError(Core::Tr::tr("migration to version %1 failed").arg(v + 1), e);
        }
        q.finish(); // SQLite refuses to commit while a statement is still active
        if (!db.commit()) {
            const QSqlError e = db.lastError();
            db.rollback();
            return sqlError(Core::Tr::tr("migration to version %1 failed").arg(v + 1), e);
        }
    }
    return db;
}

int Database::schemaVersion() const
{
    const auto db = connection();
    if (!db)
        return -1;
    QSqlDatabase d = db.value();
    return readVersion(d);
}

} // namespace Steward::History
