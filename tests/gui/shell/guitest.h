// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for GUI tests: answer a modal dialog once it is shown.
#pragma once

#include <QApplication>
#include <QTest>
#include <QTimer>

#include <functional>

namespace Steward::Test {

// Calls `answer` with the modal dialog of type T as soon as it is shown (the dialog's exec() runs its own
// loop, so this polls from a timer), and fails the test when none appears within five seconds.
template<typename T>
void whenModal(QObject *context, std::function<void(T *)> answer)
{
    auto *timer = new QTimer(context);
    auto *tries = new int(0);
    QObject::connect(timer, &QTimer::timeout, context, [timer, tries, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            delete tries;
            answer(dialog);
        } else if (++*tries > 500) {
            timer->stop();
            timer->deleteLater();
            delete tries;
            QFAIL("the expected dialog was not shown");
        }
    });
    timer->start(10);
}

} // namespace Steward::Test
