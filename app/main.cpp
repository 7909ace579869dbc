// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/firstframe.h"
#include "app/labcommand.h"
#include "app/locale.h"
#include "app/stewardapp.h"
#include "app/translations.h"
#include "core/buildinfo.h"
#include "widgets/common/palette.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Names the application and installs the translations (--lang, else the system's), on whichever
// application object main made.
void setUpApplication(int argc, char **argv)
{
    QCoreApplication::setApplicationName(u"steward"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    QGuiApplication::setDesktopFileName(u"coop.social.Steward"_s);
    QString warning;
    Steward::installTranslations(Steward::CommandLine::languageFromArgv(argc, argv), &warning);
    if (!warning.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(warning));
}

} // namespace

int main(int argc, char **argv)
{
    using namespace Steward;

    // Before Qt reads the locale: a C locale (LANG unset) becomes C.UTF-8 without Qt's warning.
    ensureUtf8Locale();

    if (CommandLine::wantsConsole(argc, argv)) {
        QCoreApplication app(argc, argv);
        setUpApplication(argc, argv);
        return CommandLine::runConsole(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setUpApplication(argc, argv);
    auto options = CommandLine::parseGui(QCoreApplication::arguments());
    if (!options)
        return 2;
    if (options->lab) {
        if (const int code = LabCommand::prepareGui(*options); code != 0)
            return code;
    }
    applyColorScheme(options->colorScheme);

    StewardApp steward(*options);
    MainWindow *window = steward.window();

    if (options->firstFrameProbe || !options->screenshot.isEmpty()) {
        new FirstFrameWatcher(window, [window, &options] {
            if (options->firstFrameProbe) {
                std::printf("first-frame-ms=%.1f peak-rss-kib=%ld\n",
                            FirstFrameWatcher::millisecondsSinceProcessStart(),
                            FirstFrameWatcher::peakResidentKiB());
                std::fflush(stdout);
            }
            QTimer::singleShot(options->screenshotDelayMs, window, [window, &options] {
                int code = 0;
                if (!options->screenshot.isEmpty()
                    && !window->grab().save(options->screenshot, "PNG")) {
                    std::fprintf(stderr,
                                 "steward: cannot write %s\n",
                                 qPrintable(options->screenshot));
                    code = 1;
                }
                QCoreApplication::exit(code);
            });
        });
    }
    window->show();
    return app.exec();
}
