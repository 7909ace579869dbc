// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "app/backupcommand.h"
#include "app/composediffcommand.h"
#include "app/labcommand.h"
#include "app/logscommand.h"
#include "app/plancommand.h"
#include "app/runbookcommand.h"
#include "app/statuscommand.h"
#include "app/tr.h"
#include "app/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Steward::CommandLine {
namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption lang{u"lang"_s,
                            App::Tr::tr("Show Steward in this language (%1).")
                                .arg(u"en, "_s + availableLanguages().join(u", "_s)),
                            App::Tr::tr("code")};
    QCommandLineOption inventory{u"inventory"_s,
                                 App::Tr::tr("Use this inventory file instead of the one in your "
                                             "configuration folder."),
                                 App::Tr::tr("file")};
    QCommandLineOption panel{u"panel"_s,
                             App::Tr::tr("Open this panel (%1).")
                                 .arg(u"servers, compose, releases, backups"_s),
                             App::Tr::tr("id")};
    QCommandLineOption colorScheme{u"color-scheme"_s,
                                   App::Tr::tr("Use a light or dark palette instead of the "
                                               "system's."),
                                   u"light|dark"_s};
    QCommandLineOption screenshot{u"screenshot"_s,
                                  App::Tr::tr("Save a picture of the window to this PNG file "
                                              "once it is shown, then quit."),
                                  App::Tr::tr("file")};
    QCommandLineOption screenshotDelay{u"screenshot-delay"_s,
                                       u"Wait this long after the first frame before the "
                                       u"screenshot (connections settle)."_s,
                                       u"ms"_s};
    QCommandLineOption firstFrameProbe{u"first-frame-probe"_s,
                                       u"Print start-up time and memory, then quit."_s};
    QCommandLineOption lab{u"lab"_s,
                           App::Tr::tr("Start the local rehearsal host (or use the running one) "
                                       "and open Steward on it.")};

    QList<QCommandLineOption> all() const
    {
        return {lang,
                inventory,
                panel,
                colorScheme,
                screenshot,
                screenshotDelay,
                firstFrameProbe,
                lab};
    }
    // "--lang", "--inventory"...: the options that take a value (the next argument).
    QList<QByteArray> valueOptions() const
    {
        QList<QByteArray> names;
        for (const QCommandLineOption &option : all()) {
            if (option.valueName().isEmpty())
                continue;
            for (const QString &name : option.names())
                names.append((name.size() == 1 ? "-" : "--") + name.toLatin1());
        }
        return names;
    }

    Parser()
    {
        parser.setApplicationDescription(
            App::Tr::tr("Steward: a console for the tech group of a small Mastodon "
                        "instance."));
        parser.addHelpOption();
        parser.addVersionOption();
        firstFrameProbe.setFlags(QCommandLineOption::HiddenFromHelp);
        screenshotDelay.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions(all());
        if (!subcommands().isEmpty()) {
            parser.addPositionalArgument(
                u"command"_s,
                App::Tr::tr("A command to run without a window:") + u"\n"_s +
                    [] {
                        QStringList lines;
                        for (const Subcommand &c : subcommands())
                            lines.append(u"  "_s + c.name + u"  "_s + c.summary);
                        return lines.join(u'\n');
                    }(),
                u"[command]"_s);
        }
    }
};

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &c : subcommands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> list{
        {u"plan"_s,
         App::Tr::tr("Print the upgrade plan between two versions (steward plan --help)."),
         &PlanCommand::run},
        {u"compose-diff"_s,
         App::Tr::tr("Compare upstream docker-compose.yml versions with the deployed copy "
                     "(steward compose-diff --help)."),
         &runComposeDiff},
        {u"status"_s,
         App::Tr::tr("Refresh and print the status of the servers (steward status --help)."),
         &StatusCommand::run},
        {u"logs"_s,
         App::Tr::tr("Print the journals and compose logs of a server, merged in time order "
                     "(steward logs --help)."),
         &LogsCommand::run},
        {u"backup"_s,
         App::Tr::tr("List the backups and their freshness, run the backup now, or run a restore "
                     "drill (steward backup --help)."),
         &BackupCommand::run},
        {u"runbook"_s,
         App::Tr::tr("List, show, run, follow and resume runbooks such as the upgrade night, in "
                     "tmux on a server (steward runbook --help)."),
         &RunbookCommand::run},
        {u"lab"_s,
         App::Tr::tr("Start, stop, reset or break the local rehearsal host (steward lab help)."),
         &LabCommand::run},
    };
    return list;
}

bool wantsConsole(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "-h") || !std::strcmp(a, "--help") || !std::strcmp(a, "--help-all")
            || !std::strcmp(a, "-v") || !std::strcmp(a, "--version") || !std::strcmp(a, "-?"))
            return true;
        if (a[0] != '-') {
            // The first positional argument: a subcommand, or an unknown word the console mode reports.
            static const QList<QByteArray> valueOptions = Parser().valueOptions();
            const bool previousTakesValue = i > 1 && valueOptions.contains(QByteArray(argv[i - 1]));
            if (!previousTakesValue)
                return true;
        }
    }
    return false;
}

QString languageFromArgv(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (!std::strncmp(argv[i], "--lang=", 7))
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

int runConsole(const QStringList &arguments)
{
    // A subcommand takes everything after its name.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(u'-'))
            continue;
        if (const Subcommand *c = findSubcommand(a))
            return c->run(arguments.mid(i + 1));
        break;
    }
    Parser p;
    if (!p.parser.parse(arguments)) {
        std::fprintf(stderr, "steward: %s\n", qPrintable(p.parser.errorText()));
        return 2;
    }
    if (p.parser.isSet(u"help"_s) || p.parser.isSet(u"help-all"_s))
        p.parser.showHelp(0);
    if (p.parser.isSet(u"version"_s))
        p.parser.showVersion();
    const QStringList positional = p.parser.positionalArguments();
    if (!positional.isEmpty()) {
        std::fprintf(stderr,
                     "%s\n",
                     qPrintable(App::Tr::tr("steward: unknown command “%1”; see steward --help")
                                    .arg(positional.first())));
        return 2;
    }
    return 0;
}

std::optional<GuiOptions> parseGui(const QStringList &arguments)
{
    Parser p;
    if (!p.parser.parse(arguments)) {
        std::fprintf(stderr, "steward: %s\n", qPrintable(p.parser.errorText()));
        return std::nullopt;
    }
    GuiOptions options;
    options.language = p.parser.value(p.lang);
    options.inventory = p.parser.value(p.inventory);
    options.panel = p.parser.value(p.panel);
    options.colorScheme = p.parser.value(p.colorScheme);
    options.screenshot = p.parser.value(p.screenshot);
    options.firstFrameProbe = p.parser.isSet(p.firstFrameProbe);
    if (p.parser.isSet(p.screenshotDelay)) {
        bool ok = false;
        options.screenshotDelayMs = p.parser.value(p.screenshotDelay).toInt(&ok);
        if (!ok || options.screenshotDelayMs < 0) {
            std::fprintf(stderr, "steward: --screenshot-delay takes milliseconds\n");
            return std::nullopt;
        }
    }
    options.lab = p.parser.isSet(p.lab);
    if (options.lab && !options.inventory.isEmpty()) {
        std::fprintf(stderr,
                     "%s\n",
                     qPrintable(App::Tr::tr(
                         "steward: --lab uses the lab's inventory; leave out --inventory")));
        return std::nullopt;
    }
    if (!options.colorScheme.isEmpty() && options.colorScheme != u"light"
        && options.colorScheme != u"dark") {
        std::fprintf(stderr,
                     "%s\n",
                     qPrintable(
                         App::Tr::tr("steward: --color-scheme takes “light” or “dark”, not “%1”")
                             .arg(options.colorScheme)));
        return std::nullopt;
    }
    return options;
}

} // namespace Steward::CommandLine
