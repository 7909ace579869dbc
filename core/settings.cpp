// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Steward {

std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(QStandardPaths::writableLocation(
                                           QStandardPaths::AppConfigLocation)
                                           + u"/steward.conf"_s,
                                       QSettings::IniFormat);
}

} // namespace Steward
