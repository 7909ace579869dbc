// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Steward::Runbook {

// What ansible-playbook did, read from its JSON output (ANSIBLE_STDOUT_CALLBACK=json): one result per
// task and host, then the recap per host. The ansible step shows the --check --diff run as what is
// approved, then the real run.
struct AnsibleReport
{
    struct TaskResult
    {
        QString play;
        QString task;
        QString host;
        QString status; // ok, changed, failed, skipped, unreachable
        QString message;
        QString diff; // unified, for changed files (check --diff and the real run)
    };
    struct Recap
    {
        QString host;
        int ok = 0;
        int changed = 0;
        int failures = 0;
        int unreachable = 0;
        int skipped = 0;
    };

    QList<TaskResult> results;
    QList<Recap> recap;

    bool succeeded() const;
    int changedCount() const;
    // The report as a volunteer reads it: "TASK [name] host: changed", the diffs, the recap.
    QString toText() const;

    // The JSON callback's document (text before it, such as warnings, is skipped).
    static Result<AnsibleReport> parse(const QByteArray &output);
};

} // namespace Steward::Runbook
