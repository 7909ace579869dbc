// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/servers/serverstatus.h"

#include <QJsonObject>

namespace Steward::Servers {

// A server's status as the JSON `steward status --format json` prints (docs/servers.md documents every key;
// times are ISO 8601 in UTC, sizes in bytes, absent values null).
QJsonObject statusToJson(const ServerStatus &status);

} // namespace Steward::Servers
