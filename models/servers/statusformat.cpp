// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/servers/statusformat.h"

#include "models/tr.h"

#include <QImage>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Steward::StatusFormat {

namespace {
QString span(qint64 seconds)
{
    if (seconds < 60)
        return Models::Tr::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return Models::Tr::tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600) {
        const int hours = int(seconds / 3600);
        const int minutes = int(seconds % 3600 / 60);
        return minutes ? Models::Tr::tr("%1 h %2 min").arg(hours).arg(minutes)
                       : Models::Tr::tr("%n h", nullptr, hours);
    }
    return Models::Tr::tr("%n days", nullptr, int(seconds / 86400));
}
} // namespace

QString relative(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 delta = now.secsTo(when);
    if (delta > -5 && delta < 5)
        return Models::Tr::tr("now");
    return delta > 0 ? Models::Tr::tr("in %1").arg(span(delta))
                     : Models::Tr::tr("%1 ago").arg(span(-delta));
}

QString absolute(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString bytes(qint64 value)
{
    return QLocale().formattedDataSize(value, 1, QLocale::DataSizeIecFormat);
}

QVariant foreground(Servers::Severity severity)
{
    switch (severity) {
    case Servers::Severity::Critical:
    case Servers::Severity::Unreachable:
        return QColor(0xd0, 0x30, 0x30);
    case Servers::Severity::Warning:
        return QColor(0xc0, 0x80, 0x00);
    case Servers::Severity::Unknown:
        return QColor(0x88, 0x88, 0x88);
    case Servers::Severity::Ok:
        break;
    }
    return {};
}

QVariant badge(Servers::Severity severity)
{
    QColor colour;
    switch (severity) {
    case Servers::Severity::Ok:
        colour = QColor(0x2e, 0x9d, 0x4a);
        break;
    case Servers::Severity::Warning:
        colour = QColor(0xe0, 0xa0, 0x00);
        break;
    case Servers::Severity::Critical:
        colour = QColor(0xd0, 0x30, 0x30);
        break;
    case Servers::Severity::Unreachable:
        colour = QColor(0x70, 0x30, 0x90);
        break;
    case Servers::Severity::Unknown:
        colour = QColor(0x99, 0x99, 0x99);
        break;
    }
    // A QImage: the models are used without a QGuiApplication too (tests, headless).
    QImage image(12, 12, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    painter.end();
    return image;
}

} // namespace Steward::StatusFormat
