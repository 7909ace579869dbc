// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Steward {

// Forces a light or dark palette (Fusion style), for users who want one and for screenshots of both.
// "light" or "dark"; anything else leaves the system's palette.
void applyColorScheme(const QString &scheme);
bool paletteIsDark();

} // namespace Steward
