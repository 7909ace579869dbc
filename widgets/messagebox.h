// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace Steward {

// Modal boxes for decisions only, behind a wrapper a test can answer: setNextAnswer() makes the next
// question return that button without showing anything.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent,
                                                const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // A destructive action: the confirm button carries actionText, Cancel is the default.
    static bool confirmDestructive(QWidget *parent,
                                   const QString &title,
                                   const QString &text,
                                   const QString &actionText);

    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static QMessageBox::StandardButton s_nextAnswer;
};

} // namespace Steward
