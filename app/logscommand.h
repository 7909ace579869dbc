// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace Steward::LogsCommand {

// `steward logs [--inventory FILE | --lab] [--server NAME]... [--unit U]... [--service S]... [--since T]
// [--lines N] [--follow] [--grep PATTERN [--regex]] [--priority P] [--json]`: the journals of units and the
// logs of compose services of a server, merged in time order (the Logs view's engine, headless), one line
// each as `TIME [SOURCE] ORIGIN MESSAGE` or as JSON lines (docs/logs.md). Without --follow it ends once the
// history is read; with it, it prints lines as they come until SIGINT or SIGTERM. Exit codes are
// ConsoleServers': 0, 1 a source failed, 2 bad usage (an unknown option, a bad time, a bad expression), 3 a
// server could not be reached (refused host key included).
int run(const QStringList &arguments);

// Log text made safe for a terminal and for JSON: valid UTF-8 is kept, an invalid byte becomes `\xHH`,
// a control character (C0 but TAB, DEL, C1) `\xHH` or `\u0085`, a bidirectional override `\u202e`.
QByteArray escapeText(QByteArrayView text);

} // namespace Steward::LogsCommand
