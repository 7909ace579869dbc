// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/historydatabase.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Steward::Runbook {

// One run as Steward keeps it locally (table `runs` of the history database): redacted before it is
// stored, like everything a run shows.
struct RunRecord
{
    QString server;
    QString runId;
    QString runbookId;
    QString title;
    QString status; // RunState::statusName()
    QDateTime createdAt;
    QDateTime updatedAt;
    QByteArray journal; // the journal's lines as read, redacted
    QString transcript; // Markdown, redacted
};

// The runs of every server in the history database, newest first. A run is one row, replaced each time
// the engine saves it (while it runs, and when it ends), so the row is the latest known state.
class RunHistory
{
public:
    explicit RunHistory(const History::Database &database = History::Database());

    Result<bool> record(const RunRecord &run);
    // Without the journal and the transcript (the list of runs); server empty: every server.
    Result<QList<RunRecord>> list(const QString &server = {}, int limit = 200) const;
    // One run, whole; nullopt when it is not kept here (an error when the database cannot be read).
    Result<std::optional<RunRecord>> find(const QString &server, const QString &runId) const;

private:
    History::Database m_database;
};

} // namespace Steward::Runbook
