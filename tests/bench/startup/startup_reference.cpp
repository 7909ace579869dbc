// SPDX-License-Identifier: GPL-3.0-or-later
// The reference for the start-up benchmark: the least a Qt Widgets program does to show a main window,
// measured with the same first-frame probe as steward.
#include "app/firstframe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("reference"), &window));
    window.resize(1100, 700);
    new Steward::FirstFrameWatcher(&window, [] {
        std::printf("first-frame-ms=%.1f peak-rss-kib=%ld\n",
                    Steward::FirstFrameWatcher::millisecondsSinceProcessStart(),
                    Steward::FirstFrameWatcher::peakResidentKiB());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    window.show();
    return app.exec();
}
