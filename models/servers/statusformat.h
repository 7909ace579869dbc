// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/servers/serverstatus.h"

#include <QColor>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Steward {

// How the status models show times, sizes and severities, in one place.
namespace StatusFormat {
// "in 3 h 10 min", "2 days ago", "now"; empty for a null time.
QString relative(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
// Local time, for tooltips: "2026-12-05 03:00:00".
QString absolute(const QDateTime &when);
// "12.3 GiB"
QString bytes(qint64 bytes);
// A text colour for a severity (Qt::ForegroundRole); invalid for Ok (the palette's own).
QVariant foreground(Servers::Severity severity);
// A small round badge in the severity's colour (Qt::DecorationRole), as a QImage.
QVariant badge(Servers::Severity severity);
} // namespace StatusFormat

// Roles shared by the Servers panel's models.
namespace StatusRoles {
enum {
    SeverityRole = Qt::UserRole + 1, // Servers::Severity as an int
    KeyRole,                         // the row's name: service, unit, timer, mount point
};
}

} // namespace Steward
