// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Steward::Runbook {

// The group's configuration repository (a local clone): the reviewed docker-compose.yml committed on a
// branch and pushed, ready for a merge request, with libgit2. The commit is made on the branch without
// touching the clone's working tree or index (the volunteer's own work there is left alone); when the
// branch already holds the same file, nothing new is committed. Blocking (network for the push): run it
// off the GUI thread.
namespace ConfigRepository {

struct Commit
{
    QString repository; // the local clone
    QString branch;     // made from HEAD when missing
    QString path;       // the file's path in the repository
    QString message;
    QString author; // "Name <email>"; empty: the repository's user.name and user.email
    bool push = true;
    QString remote = QStringLiteral("origin");
};

struct Outcome
{
    QString commit;       // the branch tip's id after the call
    bool created = false; // a new commit was made (false: the branch already had this file)
    bool pushed = false;
    QString log; // what was done, line by line, for the step's output
};

Result<Outcome> commitFile(const Commit &commit, const QByteArray &content);

} // namespace ConfigRepository
} // namespace Steward::Runbook
