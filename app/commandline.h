// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Steward {

// What the command line asks of the window.
struct GuiOptions
{
    QString language;    // --lang
    QString inventory;   // --inventory FILE
    QString panel;       // --panel ID
    QString colorScheme; // --color-scheme light|dark (empty: the system's)
    QString screenshot; // --screenshot FILE: render the window to PNG after the first frame, then quit
    int screenshotDelayMs = 0; // --screenshot-delay (hidden): let connections settle first
    // --first-frame-probe: print start-up figures after the first frame, then quit
    bool firstFrameProbe = false;
    // --lab: start (or reuse) the rehearsal host and open Steward on its inventory
    bool lab = false;
};

namespace CommandLine {

// A command that runs without a window ("steward plan ..."): takes its own arguments, returns the exit code.
struct Subcommand
{
    QString name;
    QString summary; // translated, for --help
    std::function<int(const QStringList &arguments)> run;
};

// Decided from argv before any QApplication exists, so that --help, --version and subcommands need no display.
bool wantsConsole(int argc, char **argv);
// The value of --lang in argv, for translating --help before parsing.
QString languageFromArgv(int argc, char **argv);

// Handles --help, --version and subcommands under a QCoreApplication; returns the exit code.
int runConsole(const QStringList &arguments);
// Parses the GUI's options under a QApplication; on a bad option prints why and returns nullopt.
std::optional<GuiOptions> parseGui(const QStringList &arguments);

const QList<Subcommand> &subcommands();

} // namespace CommandLine
} // namespace Steward
