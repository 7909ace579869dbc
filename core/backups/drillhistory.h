// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backups/drill.h"
#include "core/history/historydatabase.h"
#include "core/result.h"

#include <QList>
#include <optional>

namespace Steward::Backups {

// The drills of each server in the history database (table `drills`), newest first: what the panel's
// history and trend show and where the "last drill" age comes from.
class DrillHistory
{
public:
    explicit DrillHistory(const History::Database &database);

    Result<qint64> record(const DrillResult &result);
    Result<QList<DrillResult>> forServer(const QString &server, int limit = 200) const;
    // The newest drill that passed, if any.
    std::optional<DrillResult> lastPassed(const QString &server) const;

private:
    History::Database m_database;
};

// The "last drill" status against the server's drill threshold (BackupSettings::drillMaxAgeDays).
struct DrillAge
{
    enum class Status { Never, Recent, Overdue };
    Status status = Status::Never;
    qint64 ageSeconds = -1;
    QString message;
};
DrillAge assessDrillAge(const std::optional<DrillResult> &lastPassed,
                        const QDateTime &now,
                        int maxAgeDays);

} // namespace Steward::Backups
