// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/compose/composeoverviewbar.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Steward {

ComposeOverviewBar::ComposeOverviewBar(QWidget *parent)
    : QWidget(parent)
{
    setFixedWidth(16);
    setCursor(Qt::PointingHandCursor);
}

void ComposeOverviewBar::setMarks(int total, QList<Mark> marks)
{
    m_total = total;
    m_marks = std::move(marks);
    update();
}

int ComposeOverviewBar::yOf(int position) const
{
    return m_total <= 0 ? 0 : int(double(position) / m_total * height());
}

std::pair<int, int> ComposeOverviewBar::extent(const Mark &mark) const
{
    const int top = yOf(mark.position);
    return {top, std::max(3, yOf(mark.position + mark.length) - top)};
}

void ComposeOverviewBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::AlternateBase));
    if (m_total <= 0)
        return;
    const bool anyStatus = std::any_of(m_marks.cbegin(), m_marks.cend(), [](const Mark &m) {
        return m.status;
    });
    // With status marks: a status strip on the left, the diff marks on the right.
    const QRect statusArea(1, 0, 6, height());
    const QRect diffArea = anyStatus ? QRect(8, 0, width() - 9, height())
                                     : QRect(2, 0, width() - 4, height());
    for (const Mark &m : std::as_const(m_marks)) {
        const QRect &area = m.status ? statusArea : diffArea;
        const auto [y, h] = extent(m);
        p.fillRect(QRect(area.left(), y, area.width(), h), m.color);
    }
}

void ComposeOverviewBar::mousePressEvent(QMouseEvent *event)
{
    if (clicked && height() > 0)
        clicked(event->position().y() / height());
}

bool ComposeOverviewBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int y = help->pos().y();
        for (const Mark &m : std::as_const(m_marks)) {
            const auto [top, h] = extent(m);
            const int bottom = top + h;
            if (!m.toolTip.isEmpty() && y >= top - 1 && y <= bottom + 1) {
                QToolTip::showText(help->globalPos(), m.toolTip, this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Steward
