// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/result.h"

#include "core/tr.h"

namespace Steward {

QString Error::toString() const
{
    if (line > 0 && column > 0)
        return Core::Tr::tr("%1 (line %2, column %3)").arg(message).arg(line).arg(column);
    if (line > 0)
        return Core::Tr::tr("%1 (line %2)").arg(message).arg(line);
    return message;
}

} // namespace Steward
