// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Steward::StatusCommand {

// `steward status [--inventory FILE | --lab] [--server NAME]... [--format text|json] [--fail-on
// critical|warning] [--timeout S]`: every server's status refreshed once (the Servers panel's refresh,
// headless); exit 0 when all is well, 1 when a server has a problem, 3 when one could not be reached, 2 on
// bad usage (ConsoleServers' codes).
int run(const QStringList &arguments);

} // namespace Steward::StatusCommand
