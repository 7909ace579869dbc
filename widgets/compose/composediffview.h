// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compose/composediff.h"
#include "models/compose/hunkstatus.h"

#include <QColor>
#include <QList>
#include <QPlainTextEdit>

namespace Steward {

// A read-only text view of the compose diff with a status gutter: a coloured strip beside the lines of
// each upstream change saying where the deployed copy stands on it, with a tooltip there and over the
// lines themselves. Without marks the gutter takes no room.
class ComposeDiffView : public QPlainTextEdit
{
    Q_OBJECT
public:
    struct StatusMark
    {
        int firstLine = 0; // 0-based block numbers
        int lineCount = 0;
        Compose::HunkStatus status = Compose::HunkStatus::Missing;
        int hunk = -1;
        QString toolTip;
    };

    explicit ComposeDiffView(QWidget *parent = nullptr);

    void setStatusMarks(QList<StatusMark> marks);
    const QList<StatusMark> &statusMarks() const { return m_marks; }
    // The mark covering a line (0-based), or nullptr.
    const StatusMark *statusMarkAt(int line) const;
    int gutterWidth() const;
    QWidget *gutter() const { return m_gutter; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    friend class ComposeDiffGutter;
    void paintGutter(QPaintEvent *event);
    // Shows the tooltip of the mark at a viewport position, or hides any when there is none.
    void showToolTipAt(const QPoint &viewportPos, const QPoint &globalPos);
    void updateGeometries();

    QWidget *m_gutter;
    QList<StatusMark> m_marks;
};

} // namespace Steward
