// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/messagebox.h"

#include <QDialog>
#include <QPushButton>
#include <QTimer>

namespace Steward {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
int MessageBox::s_asked = 0;

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

int MessageBox::takeAskedCount()
{
    return std::exchange(s_asked, 0);
}

void MessageBox::question(QWidget *parent,
                          const QString &title,
                          const QString &text,
                          QMessageBox::StandardButtons buttons,
                          QMessageBox::StandardButton defaultButton,
                          QObject *context,
                          std::function<void(QMessageBox::StandardButton)> answered)
{
    ++s_asked;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = std::exchange(s_nextAnswer, QMessageBox::NoButton);
        QTimer::singleShot(0, context, [answered, answer] { answered(answer); });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    QPointer<QObject> guard(context);
    QObject::connect(box, &QMessageBox::finished, context, [box, guard, answered] {
        const auto button = box->standardButton(box->clickedButton());
        if (guard)
            answered(button == QMessageBox::NoButton ? QMessageBox::Cancel : button);
    });
    openWindowModal(box, context);
}

void MessageBox::confirmDestructive(QWidget *parent,
                                    const QString &title,
                                    const QString &text,
                                    const QString &actionText,
                                    QObject *context,
                                    std::function<void()> confirmed)
{
    ++s_asked;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = std::exchange(s_nextAnswer, QMessageBox::NoButton);
        if (answer == QMessageBox::Ok || answer == QMessageBox::Yes)
            QTimer::singleShot(0, context, [confirmed] { confirmed(); });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *confirm = box->addButton(actionText, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, context, [box, confirm, confirmed] {
        if (box->clickedButton() == confirm)
            confirmed();
    });
    openWindowModal(box, context);
}

void openWindowModal(QDialog *dialog, QObject *context, std::function<void(int result)> done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(dialog->parentWidget() ? Qt::WindowModal : Qt::ApplicationModal);
    if (done)
        QObject::connect(dialog, &QDialog::finished, context, [done](int result) { done(result); });
    dialog->open();
}

} // namespace Steward
