// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace Steward {

// Calls back once, right after a top-level widget's first frame has been painted and flushed.
class FirstFrameWatcher : public QObject
{
    Q_OBJECT

public:
    FirstFrameWatcher(QWidget *window, std::function<void()> callback);

    // Milliseconds since this process started (from /proc/self/stat), or -1.
    static double millisecondsSinceProcessStart();
    // Peak resident set size of this process in KiB (getrusage), or -1.
    static long peakResidentKiB();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    std::function<void()> m_callback;
    bool m_done = false;
};

} // namespace Steward
