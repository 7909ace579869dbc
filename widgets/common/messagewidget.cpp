// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/messagewidget.h"

#include "widgets/tr.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Steward {

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageWidget"_s);
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(u"messageText"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(Widgets::Tr::tr("Close"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageWidget::showMessage(const QString &text, Type type)
{
    m_type = type;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString background;
    switch (type) {
    case Type::Information:
        background = u"#dbe9f9"_s;
        break;
    case Type::Positive:
        pixmap = QStyle::SP_DialogApplyButton;
        background = u"#dcf3e4"_s;
        break;
    case Type::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        background = u"#fcefd0"_s;
        break;
    case Type::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        background = u"#f9dcdc"_s;
        break;
    }
    // Light tints with dark text read well in both light and dark palettes.
    setStyleSheet(u"QFrame#messageWidget { background: %1; border: 1px solid palette(mid); "
                  u"border-radius: 4px; }"
                  u" QFrame#messageWidget QLabel { color: #1d1d1f; }"_s.arg(background));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    m_label->setText(text);
    show();
}

void MessageWidget::showError(const QString &text)
{
    if (text.isEmpty())
        hide();
    else
        showMessage(text, Type::Error);
}

QString MessageWidget::shownText() const
{
    return isHidden() ? QString() : text();
}

void MessageWidget::clearActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void MessageWidget::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actions->addWidget(button);
}

void MessageWidget::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

QString MessageWidget::text() const
{
    return m_label->text();
}

} // namespace Steward
