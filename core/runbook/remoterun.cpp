// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/remoterun.h"

#include "core/ssh/shellquote.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Steward::Runbook {

QString RemoteRun::defaultStateDir(const Server &server)
{
    QString dir = server.composeDir;
    while (dir.size() > 1 && dir.endsWith(u'/'))
        dir.chop(1);
    return dir + u"/.steward"_s;
}

QString RemoteRun::makeRunId(const QString &runbookId, const QDateTime &now)
{
    // A runbook id may have 63 characters, as many as a run id's last part: it is cut so that the
    // suffix of a second run in the same second (…-2 up to …-20, RunEngine::openRun) still fits.
    return now.toUTC().toString(u"yyyyMMdd-HHmmss"_s) + u'-' + runbookId.left(MaxRunbookPart);
}

QString RemoteRun::suffixedRunId(const QString &baseId, int attempt)
{
    return attempt <= 1 ? baseId : baseId + u'-' + QString::number(attempt);
}

bool RemoteRun::isValidRunId(const QString &runId)
{
    static const QRegularExpression re(u"^[0-9]{8}-[0-9]{6}-[a-z0-9][a-z0-9-]{0,62}$"_s);
    return re.match(runId).hasMatch();
}

QString RemoteRun::outFile(const QString &step, int attempt)
{
    return u"out/"_s + step + u'.' + QString::number(attempt) + u".log"_s;
}

QString RemoteRun::attachCommand() const
{
    return Ssh::commandLine(
        QStringList{u"tmux"_s, u"-S"_s, socket(), u"attach"_s, u"-t"_s, session()});
}

QStringList RemoteRun::makeDirs() const
{
    static const QString script = uR"(umask 077
mkdir -p -- "$1/runs" || exit 1
[ -e "$2" ] && exit 17
mkdir -- "$2" && mkdir -- "$2/out")"_s;
    return {u"sh"_s, u"-c"_s, script, u"steward-mkdir"_s, stateDir, runDir()};
}

namespace {
QStringList runnerCall(const RemoteRun &run, const QString &command)
{
    return {u"sh"_s, run.runner(), command, run.runDir()};
}
} // namespace

QStringList RemoteRun::init(const QByteArray &created) const
{
    return runnerCall(*this, u"init"_s) << QString::fromUtf8(created);
}

QStringList RemoteRun::append(const QList<QByteArray> &fields) const
{
    QStringList argv = runnerCall(*this, u"append"_s);
    for (const QByteArray &f : fields)
        argv.append(QString::fromUtf8(f));
    return argv;
}

QStringList RemoteRun::begin(const QString &step, int attempt, const QByteArray &started) const
{
    return runnerCall(*this, u"begin"_s)
           << step << QString::number(attempt) << QString::fromUtf8(started);
}

QStringList RemoteRun::start(const QString &step,
                             int attempt,
                             const QByteArray &started,
                             const QString &commandLine) const
{
    return runnerCall(*this, u"start"_s)
           << step << QString::number(attempt) << QString::fromUtf8(started) << commandLine;
}

QStringList RemoteRun::hold(const QString &step, int attempt, const QByteArray &started) const
{
    QStringList argv = runnerCall(*this, u"hold"_s) << step << QString::number(attempt);
    if (!started.isEmpty())
        argv << QString::fromUtf8(started);
    return argv;
}

QStringList RemoteRun::alive(const QString &step, int attempt) const
{
    return runnerCall(*this, u"alive"_s) << step << QString::number(attempt);
}

QStringList RemoteRun::follow(const QString &step, int attempt, qint64 offset) const
{
    return runnerCall(*this, u"follow"_s)
           << step << QString::number(attempt) << QString::number(offset);
}

QStringList RemoteRun::watch(int fromEvent) const
{
    return runnerCall(*this, u"watch"_s) << QString::number(std::max(fromEvent, 1));
}

QStringList RemoteRun::write(const QString &step, int attempt) const
{
    return runnerCall(*this, u"write"_s) << step << QString::number(attempt);
}

QStringList RemoteRun::kill(const QString &step, int attempt) const
{
    return runnerCall(*this, u"kill"_s) << step << QString::number(attempt);
}

QStringList RemoteRun::close() const
{
    return runnerCall(*this, u"close"_s);
}

QStringList RemoteRun::readOutput(const QString &step, int attempt) const
{
    return {u"cat"_s, u"--"_s, runDir() + u'/' + outFile(step, attempt)};
}

QStringList RemoteRun::list(const QString &stateDir)
{
    static const QString script = uR"(for d in "$1"/runs/*/; do
  [ -f "$d/journal" ] || continue
  id=${d%/}
  printf 'run %s\n' "${id##*/}"
  head -n 1 "$d/journal"
  tail -n 1 "$d/journal"
done)"_s;
    return {u"sh"_s, u"-c"_s, script, u"steward-list"_s, stateDir};
}

QString RemoteRun::stepCommandLine(const QStringList &argv, const QString &directory)
{
    if (directory.isEmpty())
        return Ssh::commandLine(argv);
    QList<QByteArray> bytes;
    for (const QString &a : argv)
        bytes.append(a.toUtf8());
    return QString::fromUtf8(Ssh::commandLineIn(directory.toUtf8(), bytes));
}

QList<RunSummary> parseRunList(const QByteArray &output)
{
    QList<RunSummary> runs;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 2 < lines.size(); ++i) {
        if (!lines.at(i).startsWith("run "))
            continue;
        RunSummary r;
        r.runId = QString::fromUtf8(lines.at(i).mid(4)).trimmed();
        r.first = lines.at(i + 1);
        r.last = lines.at(i + 2);
        if (RemoteRun::isValidRunId(r.runId))
            runs.append(r);
        i += 2;
    }
    return runs;
}

QByteArray RemoteRun::runnerScript()
{
    // Kept POSIX: sh, grep, sed, tail, wc, date, flock (util-linux), tmux; setsid when there.
    return QByteArrayLiteral(R"RUNNER(#!/bin/sh
# Steward's runbook runner (docs/runbook.md, "The state on the server"). Steward writes it into each
# run's folder, so a run keeps the runner it started with:
#   journal            the run's events, one JSON object a line, numbered, appended under flock, never
#                      rewritten; its line number is the event's number
#   out/STEP.N.sh      what attempt N of a step runs (a command line quoted by Steward)
#   out/STEP.N.log     its output; .pid the runner running it (or holding a step Steward works on from
#                      its own computer), .child the command's process group
# Every step runs in the run's tmux session: tmux -S STATE/tmux.sock attach -t steward-RUN
# Usage: sh runner.sh COMMAND RUNDIR [ARGUMENT...]
set -u
umask 077
cmd=${1:?command}
dir=${2:?run folder}
shift 2
journal=$dir/journal
lockfile=$dir/journal.lock
state=${dir%/runs/*}
run=${dir##*/}
socket=$state/tmux.sock
session=steward-$run
nl='
'

fail() {
    printf 'steward-runner: %s\n' "$*" >&2
    exit 3
}

now() {
    date -u +%Y-%m-%dT%H:%M:%SZ
}

lock() {
    exec 9>>"$lockfile" || fail "cannot open $lockfile"
    flock 9 || fail "cannot lock $lockfile"
}

unlock() {
    flock -u 9
    exec 9>&-
}

# Each argument is one event's members after "n" and "t"; prints each event's number.
append_locked() {
    for fields in "$@"; do
        case $fields in
        *"$nl"*) fail "an event holds a newline" ;;
        '"type":'*) ;;
        *) fail "an event must start with its type" ;;
        esac
        n=$(($(wc -l <"$journal") + 1))
        printf '{"n":%d,"t":"%s",%s}\n' "$n" "$(now)" "$fields" >>"$journal" || fail "cannot write $journal"
        echo "$n"
    done
}

check_step() {
    case $1 in
    '' | *[!a-z0-9-]*) fail "not a step id: $1" ;;
    esac
    case $2 in
    '' | *[!0-9]*) fail "not an attempt number: $2" ;;
    esac
}

# The last event about step $1 among those that decide whether it may start.
last_of() {
    grep -E "^\{\"n\":[0-9]+,\"t\":\"[^\"]*\",\"type\":\"(started|finished|abandoned|rerun|verify)\",\"step\":\"$1\"[,}]" "$journal" | tail -n 1
}

# Attempt $2 of step $1 may start: it is the next attempt, the step is not running, and it has not
# completed (a completed step runs again only after a rerun event).
guard() {
    started=$(grep -cE "^\{\"n\":[0-9]+,\"t\":\"[^\"]*\",\"type\":\"started\",\"step\":\"$1\"," "$journal")
    [ "$2" -eq $((started + 1)) ] || fail "step $1: attempt $((started + 1)) is the next one, not $2 (someone else started it)"
    last=$(last_of "$1")
    case $last in
    *'"type":"started",'*) fail "step $1 is running" ;;
    *'"type":"finished",'*'"exit":0,'* | *'"type":"finished",'*'"exit":0}') fail "step $1 has completed; it runs again only after a rerun" ;;
    *'"type":"verify",'*'"passed":true'*) fail "step $1 has completed; it runs again only after a rerun" ;;
    esac
    return 0
}

# tmux reads an argument ending in ';' as the end of a command: written '\;', read back as ';'.
tmux_() {
    for a in "$@"; do
        shift
        case $a in
        *\;) a="${a%;}\\;" ;;
        esac
        set -- "$@" "$a"
    done
    tmux -S "$socket" "$@"
}

ensure_session() {
    tmux_ has-session -t "=$session" 2>/dev/null && return 0
    tmux_ new-session -d -s "$session" -n journal -c "$dir" sh "$dir/runner.sh" watch "$dir" 1
}

case $cmd in
init)
    [ -e "$journal" ] && fail "$dir already has a journal"
    mkdir -p "$dir/out" || fail "cannot create $dir/out"
    : >"$journal" || fail "cannot create $journal"
    lock
    append_locked "$1"
    unlock
    ;;
append)
    [ -f "$journal" ] || fail "no run in $dir"
    lock
    append_locked "$@"
    unlock
    ;;
begin)
    check_step "$1" "$2"
    lock
    guard "$1" "$2"
    append_locked "$3"
    unlock
    ;;
start)
    check_step "$1" "$2"
    command -v tmux >/dev/null 2>&1 || fail "tmux is not installed on the server"
    lock
    guard "$1" "$2"
    out=$dir/out/$1.$2
    printf '%s\n' "$4" >"$out.sh" || fail "cannot write $out.sh"
    : >"$out.log"
    append_locked "$3"
    if ! ensure_session || ! tmux_ new-window -d -t "=$session:" -n "$1" sh "$dir/runner.sh" exec "$dir" "$1" "$2"; then
        append_locked "\"type\":\"abandoned\",\"step\":\"$1\",\"attempt\":$2,\"reason\":\"tmux could not start it\"" >/dev/null
        unlock
        fail "tmux could not start step $1"
    fi
    unlock
    ;;
hold)
    # A step Steward works on from its own computer (a gate's probes, an upload, a post): this runner
    # lives while Steward's connection does (until its stdin closes), and its pid file tells "alive" so.
    check_step "$1" "$2"
    out=$dir/out/$1.$2
    if [ $# -ge 3 ]; then
        lock
        guard "$1" "$2"
        echo $$ >"$out.pid"
        append_locked "$3"
        unlock
    else
        echo $$ >"$out.pid"
        echo 0
    fi
    cat >/dev/null
    rm -f "$out.pid"
    ;;
exec)
    check_step "$1" "$2"
    trap '' HUP
    out=$dir/out/$1.$2
    echo $$ >"$out.pid"
    if command -v setsid >/dev/null 2>&1; then
        setsid sh "$out.sh" >>"$out.log" 2>&1 </dev/null &
    else
        sh "$out.sh" >>"$out.log" 2>&1 </dev/null &
    fi
    child=$!
    echo "$child" >"$out.child"
    tail -n +1 -f --pid="$child" "$out.log" 2>/dev/null &
    shower=$!
    wait "$child"
    rc=$?
    kill "$shower" 2>/dev/null
    lock
    append_locked "\"type\":\"finished\",\"step\":\"$1\",\"attempt\":$2,\"exit\":$rc" >/dev/null
    unlock
    printf '\n[steward] %s (attempt %s) finished with exit status %s\n' "$1" "$2" "$rc"
    ;;
alive)
    check_step "$1" "$2"
    out=$dir/out/$1.$2
    i=0
    while [ ! -s "$out.pid" ] && [ -f "$out.sh" ] && [ $i -lt 100 ]; do
        sleep 0.1
        i=$((i + 1))
    done
    pid=$(cat "$out.pid" 2>/dev/null) || exit 1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || exit 1
    if [ -r "/proc/$pid/cmdline" ]; then
        tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "$dir" || exit 1
    fi
    exit 0
    ;;
follow)
    check_step "$1" "$2"
    out=$dir/out/$1.$2
    i=0
    while [ ! -s "$out.pid" ] && [ $i -lt 100 ]; do
        sleep 0.1
        i=$((i + 1))
    done
    pid=$(cat "$out.pid" 2>/dev/null)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        exec tail -c "+$(($3 + 1))" -f --pid="$pid" "$out.log"
    fi
    exec tail -c "+$(($3 + 1))" "$out.log"
    ;;
watch)
    exec tail -n "+$1" -f "$journal"
    ;;
write)
    check_step "$1" "$2"
    cat >>"$dir/out/$1.$2.log"
    ;;
kill)
    check_step "$1" "$2"
    child=$(cat "$dir/out/$1.$2.child" 2>/dev/null) || fail "step $1 attempt $2 has no process"
    kill -TERM -- "-$child" 2>/dev/null || kill -TERM "$child"
    ;;
close)
    tmux_ kill-session -t "=$session" 2>/dev/null
    exit 0
    ;;
*)
    fail "unknown command: $cmd"
    ;;
esac
)RUNNER");
}

} // namespace Steward::Runbook
