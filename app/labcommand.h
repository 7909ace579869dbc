// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commandline.h"

#include <QString>
#include <QStringList>

namespace Steward::LabCommand {

// `steward lab start|stop|status|reset|fault NAME on|off|inventory`: runs lab/steward-lab (the rehearsal
// host, lab/README.md) with the same arguments and returns its exit code.
int run(const QStringList &arguments);

// The lab's inventory file (`steward-lab inventory`), or empty when the lab cannot tell.
QString inventoryPath();

// What `steward --lab` does before any window: starts (or reuses) the lab, reporting on the terminal,
// and points the options at the lab's inventory. Returns 0, or the exit code to leave with (the message
// is printed).
int prepareGui(GuiOptions &options);

// Where lab/steward-lab is: the installed share dir, else the source tree this binary was built from.
QString script();

} // namespace Steward::LabCommand
