// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Steward::Ssh {

// POSIX shell quoting for everything that reaches a remote shell: callers pass argument lists and
// never concatenate command strings themselves. Bytes are kept as they are (binary safe); an argument
// made only of safe characters is left bare, everything else is put in single quotes with each ' written
// as '\''. The empty argument is ''.
QByteArray quote(const QByteArray &arg);
QString quote(const QString &arg);

// The arguments quoted and joined by single spaces, ready for `sh -c`.
QByteArray commandLine(const QList<QByteArray> &argv);
QString commandLine(const QStringList &argv);

// argv run in directory: `cd -- DIR && exec ARGV...`, quoted. A directory that does not exist (or
// cannot be entered) fails with cd's status and message, and nothing runs. argv[0] must be a program
// (exec replaces the shell with it), not a shell builtin.
QByteArray commandLineIn(const QByteArray &directory, const QList<QByteArray> &argv);

// The argument list that types text into a tmux pane literally, then presses Enter, in one tmux
// invocation: `tmux [-S socket] send-keys -l -t TARGET -- TEXT ; send-keys -t TARGET Enter`. tmux
// takes an argument ending in ';' as the end of a command (and a preceding '\' as an escape), so such
// arguments are written with the last ';' as '\;', which tmux reads back as the text was. TEXT is typed
// as it is: a newline in it is a newline key. Run the result with Session::run().
QStringList tmuxSendLine(const QString &target, const QString &text, const QString &socket = {});

} // namespace Steward::Ssh
