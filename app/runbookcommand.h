// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Steward::RunbookCommand {

// `steward runbook list|show|run|status|resume` (docs/runbook.md, "The command line"): the runbook engine
// without a window, on one server of the inventory (--inventory FILE | --lab, --server NAME).
//   list               the shipped and the user's runbooks, validated; an invalid one with its error at
//                      PATH:LINE:COLUMN (exit 2 when one is invalid)
//   show NAME          a runbook's parameters and steps with their explanations
//   run NAME           makes a run on the server and drives it, printing each step's state and output as
//                      it goes (--set NAME=VALUE for its parameters; --yes or --approve-all REASON approves
//                      the confirmations, never a gate)
//   status             the runs on the server: running, waiting, failed, done, and at which step
//   resume RUN-ID      opens a run again (after a dropped connection, a Ctrl-C, a stop at a confirmation),
//                      reattaches to its tmux session and goes on; a completed step never runs again
// Exit codes as ConsoleServers': 0 done; 1 a run failed, stopped, or waits for a person (a confirmation, a
// blocked gate); 2 bad usage or an invalid runbook or parameter; 3 the server could not be reached. Ctrl-C
// stops following (the run goes on in tmux on the server) and exits 130.
int run(const QStringList &arguments);

} // namespace Steward::RunbookCommand
