// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releases/planner.h"

#include <QHash>
#include <QString>

namespace Steward::Runbook {

// The upgrade plan (Release notes panel, `steward plan`) as parameters of the shipped upgrade runbook:
// `version` (the target's tag as released), `expected_migrations` (which releases bring pre- and
// post-deployment migrations), `postgresql_min` and `redis_min` (the strongest floors the releases name;
// "> 12" becomes 13 for a bare major). Parameters the plan cannot know (the reviewed compose file) are left
// out. The runbook's `floors` step turns the two floors into checks on the server.
QHash<QString, QString> upgradeParameters(const Releases::Plan &plan);

// A floor as the runbook's `dependency` check takes it: "13" → "13", "> 12" → "13", "> 6.2" → "6.2.1".
QString floorMinimum(const QString &floor);

} // namespace Steward::Runbook
