// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

#include <functional>
#include <utility>

namespace Steward {

// A thin bar beside the compose diff showing where the changes are in the view shown (side-by-side
// rows or unified lines): removed and added lines on the right, and, with a deployed copy, each upstream
// change's three-way status on the left. A click jumps there; hovering a mark says what it is.
class ComposeOverviewBar : public QWidget
{
    Q_OBJECT
public:
    struct Mark
    {
        int position = 0; // the first row or line
        int length = 1;
        QColor color;
        bool status = false; // a three-way status mark (left strip) rather than a diff mark
        QString toolTip;
    };

    explicit ComposeOverviewBar(QWidget *parent = nullptr);

    void setMarks(int total, QList<Mark> marks);
    int total() const { return m_total; }
    const QList<Mark> &marks() const { return m_marks; }
    // The y coordinate where a row or line is drawn.
    int yOf(int position) const;

    std::function<void(double)> clicked;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    // Where a mark is drawn: its top and height (3 pixels at least, to stay visible).
    std::pair<int, int> extent(const Mark &mark) const;

    int m_total = 0;
    QList<Mark> m_marks;
};

} // namespace Steward
