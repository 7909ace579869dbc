// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Steward::History {

// Steward's local history: one SQLite file (history.sqlite in the data folder, AppDataLocation) through Qt
// SQL, for what Steward remembers across runs: restore drills (`drills`) and the runbooks' runs with their
// transcripts (`runs`).
// The schema is versioned: `meta.schema_version` and a list of migrations applied in order, each in a
// transaction; a file made by a newer Steward is refused rather than changed. Qt SQL connections belong
// to the thread that made them, so connection() gives each thread its own, opened (and migrated) on first
// use. WAL and a busy timeout let the window and a headless command use the file at the same time.
class Database
{
public:
    // Migrations, oldest first: the statements that take the schema from version i to i + 1.
    static const QList<QStringList> &migrations();
    static int currentVersion() { return int(migrations().size()); }
    static QString defaultPath();

    explicit Database(const QString &path = defaultPath());

    QString path() const { return m_path; }
    // This thread's connection, opened and brought to the current schema; an Error when the file cannot
    // be opened or is newer than this Steward.
    Result<QSqlDatabase> connection() const;
    // The schema version of the file (0 for a new one); -1 when unreadable.
    int schemaVersion() const;

private:
    QString connectionName() const;
    QString m_path;
};

} // namespace Steward::History
