// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compose/composediff.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace Steward {

// A dark palette (light text on a dark base): the diff and status colours follow it.
bool isDark(const QPalette &palette);

// The colour and the words for an upstream change's standing in the deployed copy (lacks it, already
// has it, conflicts), shared by the hunk table's model, the views' gutters, the overview bar and the
// legend.
QColor hunkStatusColor(Compose::HunkStatus status, const QPalette &palette);
QString hunkStatusText(Compose::HunkStatus status);
// "Upstream change 3 (lines 62-62): conflicts with a local change in the deployed copy."
QString hunkStatusToolTip(int index, const Compose::Change &change, Compose::HunkStatus status);

} // namespace Steward
