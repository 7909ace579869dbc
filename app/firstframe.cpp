// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/firstframe.h"

#include <QEvent>
#include <QFile>
#include <QWidget>
#include <QWindow>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace Steward {

FirstFrameWatcher::FirstFrameWatcher(QWidget *window, std::function<void()> callback)
    : QObject(window)
    , m_window(window)
    , m_callback(std::move(callback))
{
    window->winId(); // make sure the QWindow exists
    window->windowHandle()->installEventFilter(this);
}

bool FirstFrameWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Widgets paint and flush while the Expose event is handled; report just after it.
    if (!m_done && event->type() == QEvent::Expose && m_window->windowHandle()->isExposed()) {
        m_done = true;
        QMetaObject::invokeMethod(this, [this] { m_callback(); }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

double FirstFrameWatcher::millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, clock ticks since boot) counts from after the ")" that closes the command name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

long FirstFrameWatcher::peakResidentKiB()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return usage.ru_maxrss;
}

} // namespace Steward
