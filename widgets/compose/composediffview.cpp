// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/compose/composediffview.h"

#include "widgets/tr.h"

#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Steward {

// The strip left of the text; painting and tooltips are the view's.
class ComposeDiffGutter : public QWidget
{
public:
    explicit ComposeDiffGutter(ComposeDiffView *view)
        : QWidget(view)
        , m_view(view)
    {}

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            m_view->showToolTipAt(QPoint(0, help->pos().y()), help->globalPos());
            return true;
        }
        return QWidget::event(event);
    }

private:
    ComposeDiffView *m_view;
};

ComposeDiffView::ComposeDiffView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new ComposeDiffGutter(this))
{
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateGeometries();
}

int ComposeDiffView::gutterWidth() const
{
    return m_marks.isEmpty() ? 0 : 6;
}

void ComposeDiffView::setStatusMarks(QList<StatusMark> marks)
{
    m_marks = std::move(marks);
    updateGeometries();
    m_gutter->update();
}

const ComposeDiffView::StatusMark *ComposeDiffView::statusMarkAt(int line) const
{
    for (const StatusMark &m : m_marks) {
        if (line >= m.firstLine && line < m.firstLine + m.lineCount)
            return &m;
    }
    return nullptr;
}

void ComposeDiffView::updateGeometries()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
    m_gutter->setVisible(gutterWidth() > 0);
}

void ComposeDiffView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGeometries();
}

void ComposeDiffView::paintGutter(QPaintEvent *event)
{
    QPainter p(m_gutter);
    p.fillRect(event->rect(), palette().color(QPalette::Base));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (const StatusMark *m = statusMarkAt(block.blockNumber()))
            p.fillRect(QRect(0, top, m_gutter->width(), height),
                       hunkStatusColor(m->status, palette()));
        top += height;
        block = block.next();
    }
}

void ComposeDiffView::showToolTipAt(const QPoint &viewportPos, const QPoint &globalPos)
{
    const int line = cursorForPosition(viewportPos).blockNumber();
    const StatusMark *m = statusMarkAt(line);
    if (m && !m->toolTip.isEmpty())
        QToolTip::showText(globalPos, m->toolTip, this);
    else
        QToolTip::hideText();
}

bool ComposeDiffView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        showToolTipAt(help->pos(), help->globalPos());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

} // namespace Steward
