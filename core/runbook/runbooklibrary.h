// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/runbook/runbook.h"

#include <QList>
#include <QString>

namespace Steward::Runbook {

// The runbooks Steward knows: the shipped ones (resources/runbooks, compiled in) and the user's own
// (*.yaml in the runbooks folder beside the inventory, ~/.config/steward/runbooks). A user's runbook with
// a shipped one's id replaces it. One that does not load is listed with its error, never dropped silently.
namespace Library {

struct Entry
{
    QString id;   // empty when it did not load
    QString path; // ":/steward/runbooks/mastodon-upgrade.yaml" or a file
    bool shipped = false;
    Result<Runbook> runbook = Error{};
};

QString userFolder();
QList<Entry> entries();
// By id, or by the path of a YAML file.
Result<Runbook> find(const QString &idOrPath);

} // namespace Library
} // namespace Steward::Runbook
