// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runbook/runbook.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Steward::Runbook {

// Where a run lives on the server and the argument lists that act on it (docs/runbook.md, "The state on
// the server"). The run's folder holds runner.sh (a POSIX sh program Steward writes there, so a run
// keeps the runner it started with), runbook.yaml (the runbook it follows), journal (the events) and
// out/ (each step's command line, output, pids). Every step runs in the run's tmux session, on a socket
// in the state folder: `tmux -S <state>/tmux.sock attach -t steward-<run id>`.
struct RemoteRun
{
    QString stateDir; // <compose_dir>/.steward
    QString runId;

    static QString defaultStateDir(const Server &server);
    // 20261122-001000-mastodon-upgrade: the UTC time it was made, then the runbook's id, cut to
    // MaxRunbookPart characters so that a suffix up to -MaxSuffix keeps the id valid.
    static QString makeRunId(const QString &runbookId, const QDateTime &now);
    static constexpr int MaxSuffix = 20;
    static constexpr int MaxRunbookPart = 63 - 3; // "-20"
    // The id of the attempt-th run made in the same second: the base, then -2, -3… (attempt ≥ 2).
    static QString suffixedRunId(const QString &baseId, int attempt);
    static bool isValidRunId(const QString &runId);

    QString runDir() const { return stateDir + QStringLiteral("/runs/") + runId; }
    QString runner() const { return runDir() + QStringLiteral("/runner.sh"); }
    QString runbookFile() const { return runDir() + QStringLiteral("/runbook.yaml"); }
    QString journal() const { return runDir() + QStringLiteral("/journal"); }
    QString transcriptFile() const { return runDir() + QStringLiteral("/transcript.md"); }
    QString socket() const { return stateDir + QStringLiteral("/tmux.sock"); }
    QString session() const { return QStringLiteral("steward-") + runId; }
    // out/STEP.ATTEMPT.log, relative to the run folder
    static QString outFile(const QString &step, int attempt);
    // The command a volunteer types to watch the run on the server.
    QString attachCommand() const;

    // The argument lists, each run with Session::run().
    QStringList makeDirs() const; // the run's folders, 0700; exit code RunExists when taken
    static constexpr int RunExists = 17;
    QStringList init(const QByteArray &created) const; // the journal with its first event
    QStringList append(const QList<QByteArray> &fields) const;
    QStringList begin(const QString &step, int attempt, const QByteArray &started) const;
    // commandLine: what the step's tmux window runs, exactly as written to out/STEP.ATTEMPT.sh
    QStringList start(const QString &step,
                      int attempt,
                      const QByteArray &started,
                      const QString &commandLine) const;
    // A laptop or gate step worked on by this Steward: with started, begin's guard and event, then the
    // runner waits until its stdin closes (the step's work ended, or the connection dropped), so that
    // `alive` tells another Steward that someone still works on the step. Without started, only the
    // waiting (the apply of an approved ansible step).
    QStringList hold(const QString &step, int attempt, const QByteArray &started = {}) const;
    QStringList alive(const QString &step, int attempt) const;
    QStringList follow(const QString &step, int attempt, qint64 offset) const;
    QStringList watch(int fromEvent) const;
    QStringList write(const QString &step, int attempt) const; // stdin appended to the step's output
    QStringList kill(const QString &step, int attempt) const;
    QStringList close() const;
    QStringList readOutput(const QString &step, int attempt) const; // the whole output file
    static QStringList list(const QString &stateDir);

    // The runner program (written to runner.sh).
    static QByteArray runnerScript();
    // What a server step's window runs: `cd -- DIR && exec ARGV...`, quoted (or ARGV alone for the
    // login directory).
    static QString stepCommandLine(const QStringList &argv, const QString &directory);
};

// One run found on a server by RemoteRun::list: its id and its first (created) and last events.
struct RunSummary
{
    QString runId;
    QByteArray first;
    QByteArray last;
};
QList<RunSummary> parseRunList(const QByteArray &output);

} // namespace Steward::Runbook
