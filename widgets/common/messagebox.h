// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QPointer>

#include <functional>

class QDialog;

namespace Steward {

// Modal boxes for decisions only, window-modal and asynchronous (open(), never exec(): a nested event
// loop would let the network, timers and other windows re-enter the code that asked). The answer reaches a
// callback guarded by a context object. A test answers with setNextAnswer(): the next question then
// shows nothing and its callback is called from the event loop, as a real answer would be.
class MessageBox
{
public:
    static void question(QWidget *parent,
                         const QString &title,
                         const QString &text,
                         QMessageBox::StandardButtons buttons,
                         QMessageBox::StandardButton defaultButton,
                         QObject *context,
                         std::function<void(QMessageBox::StandardButton)> answered);
    // A destructive action: the confirm button carries actionText, Cancel is the default; confirmed is
    // called only when the user confirmed.
    static void confirmDestructive(QWidget *parent,
                                   const QString &title,
                                   const QString &text,
                                   const QString &actionText,
                                   QObject *context,
                                   std::function<void()> confirmed);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // How many questions were asked since the last call (tests: a question that must not be asked).
    static int takeAskedCount();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static int s_asked;
};

// Shows a dialog window-modal with open() and deletes it when closed; done(result) is called with
// QDialog::Accepted or Rejected while the dialog still exists, when context is still alive.
void openWindowModal(QDialog *dialog, QObject *context, std::function<void(int result)> done = {});

} // namespace Steward
