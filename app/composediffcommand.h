// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Steward {

// `steward compose-diff OLD NEW [DEPLOYED] [--format summary|json|patch|merged]`: the compose diff
// engine without a window. Returns the exit code (0 done, 1 bad input, 2 bad usage).
int runComposeDiff(const QStringList &arguments);

} // namespace Steward
