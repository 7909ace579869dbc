// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Steward::PlanCommand {

// "steward plan --from VERSION --to VERSION [--changelog FILE | --feed URL] [--format markdown|json]":
// prints the upgrade plan; returns the exit code (0 ok, 1 unreadable input or no plan, 2 bad usage).
int run(const QStringList &arguments);

} // namespace Steward::PlanCommand
