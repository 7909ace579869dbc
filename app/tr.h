// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Steward::App {

// The translation context of app/.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Steward::App)
};

} // namespace Steward::App
