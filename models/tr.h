// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Steward::Models {

// The translation context of models/.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Steward::Models)
};

} // namespace Steward::Models
