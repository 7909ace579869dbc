// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Steward::Widgets {

// The translation context of widgets/.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Steward::Widgets)
};

} // namespace Steward::Widgets
