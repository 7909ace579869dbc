// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/runbook/runengine.h"

#include <QJsonObject>

namespace Steward::Runbook {

// The dry run of a runbook on a server: every step with exactly what it will send or do, quoted, and
// nothing sent. Shared by the Runbook panel and `steward runbook dry-run`. Secret parameters' values
// are masked in every line.
struct DryRun
{
    QString runbookId;
    QString runbookTitle;
    QString serverName;
    QList<RunEngine::PlannedStep> steps;
    // The announcement steps' texts as they will be posted, with Mastodon's count of their characters.
    struct Post
    {
        QString stepId;
        QString text;
        int characters = 0;
    };
    QList<Post> announcements;

    // Checks the parameters (the same error as a run would give) and plans every step.
    static Result<DryRun> make(const Runbook &book,
                               const Server &server,
                               const QHash<QString, QString> &values,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());

    // "Dry run of “TITLE” on SERVER: nothing is sent." then "N. title [type]", each requirement
    // ("    ⟵ …") and each line ("    …").
    QString text() const;
    // {"runbook", "title", "server", "steps": [{"id", "title", "type", "requirements", "lines"}],
    //  "announcements": [{"step", "text", "characters"}]}
    QJsonObject json() const;
};

} // namespace Steward::Runbook
