// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/composediffview.h"

#include "widgets/tr.h"

#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Steward {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor hunkStatusColor(Compose::HunkStatus status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case Compose::HunkStatus::Missing: // blue: to bring in
        return dark ? QColor(0x4a, 0x9e, 0xff) : QColor(0x1f, 0x6f, 0xd0);
    case Compose::HunkStatus::Present: // grey: nothing to do
        return dark ? QColor(0x8c, 0x8c, 0x8c) : QColor(0x9a, 0x9a, 0x9a);
    case Compose::HunkStatus::Conflict: // orange: look at it
        return dark ? QColor(0xff, 0x9f, 0x1a) : QColor(0xe0, 0x70, 0x00);
    }
    return {};
}

QString hunkStatusText(Compose::HunkStatus status)
{
    switch (status) {
    case Compose::HunkStatus::Missing:
        return Widgets::Tr::tr("lacks it");
    case Compose::HunkStatus::Present:
        return Widgets::Tr::tr("already has it");
    case Compose::HunkStatus::Conflict:
        return Widgets::Tr::tr("conflicts with a local change");
    }
    return {};
}

QString hunkStatusToolTip(int index, const Compose::Change &change, Compose::HunkStatus status)
{
    const int number = index + 1;
    if (change.oldCount == 0) {
        // git's convention: an insertion is numbered by the line before it.
        switch (status) {
        case Compose::HunkStatus::Missing:
            return Widgets::Tr::tr("Upstream change %1 (added after line %2): the deployed copy "
                                   "lacks it.")
                .arg(number)
                .arg(change.oldStart);
        case Compose::HunkStatus::Present:
            return Widgets::Tr::tr("Upstream change %1 (added after line %2): already in the "
                                   "deployed copy.")
                .arg(number)
                .arg(change.oldStart);
        case Compose::HunkStatus::Conflict:
            return Widgets::Tr::tr("Upstream change %1 (added after line %2): conflicts with a "
                                   "local change in the deployed copy.")
                .arg(number)
                .arg(change.oldStart);
        }
    }
    const int first = change.oldStart + 1;
    const int last = change.oldEnd();
    switch (status) {
    case Compose::HunkStatus::Missing:
        return Widgets::Tr::tr("Upstream change %1 (lines %2-%3): the deployed copy lacks it.")
            .arg(number)
            .arg(first)
            .arg(last);
    case Compose::HunkStatus::Present:
        return Widgets::Tr::tr("Upstream change %1 (lines %2-%3): already in the deployed copy.")
            .arg(number)
            .arg(first)
            .arg(last);
    case Compose::HunkStatus::Conflict:
        return Widgets::Tr::tr("Upstream change %1 (lines %2-%3): conflicts with a local change in "
                               "the deployed copy.")
            .arg(number)
            .arg(first)
            .arg(last);
    }
    return {};
}

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
