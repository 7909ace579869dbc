// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Steward::Core {

// The translation context of everything in core/: Tr::tr("...") in core code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Steward::Core)
};

} // namespace Steward::Core
