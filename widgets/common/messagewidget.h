// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace Steward {

// An inline message bar for recoverable errors and notices (instead of a modal box), with optional actions.
class MessageWidget : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Positive, Warning, Error };

    explicit MessageWidget(QWidget *parent = nullptr);

    void showMessage(const QString &text, Type type);
    // An error to show, or (empty) none: the bar hides.
    void showError(const QString &text);
    // The text while the bar is shown, else empty (for tests and panels that report it).
    QString shownText() const;
    void clearActions();
    void addAction(QAction *action);
    void setCloseButtonVisible(bool visible);

    QString text() const;
    Type type() const { return m_type; }

private:
    QLabel *m_icon;
    QLabel *m_label;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
    Type m_type = Type::Information;
};

} // namespace Steward
