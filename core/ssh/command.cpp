// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/command.h"

#include "core/tr.h"

#include <QTimer>

#include <libssh2.h>

using namespace Qt::StringLiterals;

namespace Steward::Ssh {

namespace {

struct ChannelFree
{
    void operator()(LIBSSH2_CHANNEL *c) const { libssh2_channel_free(c); }
};

constexpr qsizetype ChunkSize = 32 * 1024;
constexpr int ChunksPerService = 8; // per stream and wake-up: bounded work, bounded memory
constexpr int CancelGraceMs = 2000; // TERM → KILL and close → give up waiting for the server

} // namespace

struct CommandPrivate
{
    enum class Step { Open, Pty, Exec, Run, Close, WaitClosed };
    // Stopping the remote process (cancel() or the timeout): a TERM signal; after a grace period KILL and
    // closing the channel; after another, no more waiting for the server to close it.
    enum class Stop { None, Term, Kill, GiveUp };
    QByteArray commandLine;
    CommandOptions options;
    Command::State state = Command::State::Waiting;
    Step step = Step::Open;
    std::unique_ptr<LIBSSH2_CHANNEL, ChannelFree> channel;
    QByteArray stdinBuffer;
    bool stdinCloseRequested = false;
    bool eofSent = false;
    Stop stop = Stop::None;
    bool termSent = false;
    bool killSent = false;
    QTimer stopTimer;    // the grace periods of a stop, so that a silent process is stopped too
    QTimer timeoutTimer; // CommandOptions::timeoutMs
    QString stopFailure; // why the command fails once stopped (the timeout); empty: cancelled
    bool paused = false;
    int exitCode = -1;
    QString exitSignal;
    QString error;
};

Command::Command(Session *session,
                 const QByteArray &commandLine,
                 const CommandOptions &options,
                 QObject *parent)
    : Job(session, parent)
    , d(std::make_unique<CommandPrivate>())
{
    d->commandLine = commandLine;
    d->options = options;
    d->stopTimer.setSingleShot(true);
    connect(&d->stopTimer, &QTimer::timeout, this, &Command::stopTimeout);
    d->timeoutTimer.setSingleShot(true);
    connect(&d->timeoutTimer, &QTimer::timeout, this, [this] {
        stop(Core::Tr::tr("The command timed out (limit: %1 s).")
                 .arg(QString::number(d->options.timeoutMs / 1000.0, 'g', 4)));
    });
}

Command::~Command()
{
    // A command deleted while it runs must not leave its process behind on the server: the session
    // signals TERM (as cancel() does), closes and frees the channel in its own loop.
    if (session() && handle() && d->channel)
        abandonChannel(d->channel.release(), d->state == State::Running && !d->termSent);
    (void) d->channel.release();
}

Command::State Command::state() const
{
    return d->state;
}

int Command::exitCode() const
{
    return d->exitCode;
}

QString Command::exitSignal() const
{
    return d->exitSignal;
}

QString Command::errorString() const
{
    return d->error;
}

void Command::write(const QByteArray &data)
{
    d->stdinBuffer += data;
    wake();
}

void Command::closeStdin()
{
    d->stdinCloseRequested = true;
    wake();
}

void Command::cancel()
{
    if (d->state == State::Finished || d->state == State::Failed)
        return;
    if (d->state == State::Waiting) {
        abort(Core::Tr::tr("The command was cancelled."));
        return;
    }
    stop(QString());
}

// Starts stopping the remote process; failure (a timeout) is reported by failed() once it stopped.
void Command::stop(const QString &failure)
{
    if (d->stop != CommandPrivate::Stop::None || !isActive())
        return;
    d->stop = CommandPrivate::Stop::Term;
    d->stopFailure = failure;
    d->paused = false;
    d->timeoutTimer.stop();
    d->stopTimer.start(CancelGraceMs);
    wake();
}

// A grace period is over: the timer, not the socket, wakes the command (a silent process sends nothing).
void Command::stopTimeout()
{
    using Stop = CommandPrivate::Stop;
    if (!isActive())
        return;
    if (d->stop == Stop::Term) {
        d->stop = Stop::Kill;
        d->stopTimer.start(CancelGraceMs);
    } else if (d->stop == Stop::Kill) {
        d->stop = Stop::GiveUp;
    }
    wake();
}

// The end of a stop whose channel the server did not close: leave the channel to the session (it frees
// it once the server answers) and report now.
void Command::finishStop()
{
    abandonChannel(d->channel.release(), d->state == State::Running && !d->termSent);
    d->stopTimer.stop();
    d->state = State::Failed;
    d->error = d->stopFailure.isEmpty() ? Core::Tr::tr("The command was cancelled.")
                                        : d->stopFailure;
    emit failed(d->error);
}

void Command::pause()
{
    if (d->stop == CommandPrivate::Stop::None)
        d->paused = true;
}

void Command::resume()
{
    d->paused = false;
    wake();
}

void Command::abort(const QString &message)
{
    if (d->state == State::Finished || d->state == State::Failed)
        return;
    openingDone();
    d->stopTimer.stop();
    d->timeoutTimer.stop();
    d->state = State::Failed;
    d->error = message;
    // The channel belongs to a session that is gone or going: never free it twice.
    (void) d->channel.release();
    emit failed(message);
}

bool Command::needsOpening() const
{
    return d->state == State::Waiting;
}

bool Command::isActive() const
{
    return d->state != State::Finished && d->state != State::Failed;
}

bool Command::isBusy() const
{
    return d->state == State::Running && !d->paused;
}

bool Command::wantsSocket() const
{
    // Paused with nothing to send: the output stays in the socket, and the SSH window stops the server.
    using Step = CommandPrivate::Step;
    if (d->paused && d->step == Step::Run && d->stdinBuffer.isEmpty()
        && (d->eofSent || !d->stdinCloseRequested))
        return false;
    return isActive();
}

bool Command::service(bool &wantMore)
{
    using Step = CommandPrivate::Step;
    using Stop = CommandPrivate::Stop;
    if (!session() || !handle())
        return false;
    if (d->state == State::Finished || d->state == State::Failed)
        return false;
    LIBSSH2_SESSION *s = handle();
    QPointer<Command> self(this);
    bool progress = false;

    if (d->step == Step::Open) {
        d->state = State::Opening;
        LIBSSH2_CHANNEL *channel = libssh2_channel_open_ex(s,
                                                           "session",
                                                           sizeof("session") - 1,
                                                           LIBSSH2_CHANNEL_WINDOW_DEFAULT,
                                                           LIBSSH2_CHANNEL_PACKET_DEFAULT,
                                                           nullptr,
                                                           0);
        if (!channel) {
            const int rc = libssh2_session_last_errno(s);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return false;
            if (checkFatal(rc))
                return false;
            if (rc == LIBSSH2_ERROR_CHANNEL_FAILURE && channelRefused()) {
                d->state = State::Waiting; // the server's MaxSessions: wait for a channel to close
                return true;
            }
            abort(Core::Tr::tr("The server refused to open a channel (error %1).").arg(rc));
            return true;
        }
        d->channel.reset(channel);
        openingDone();
        d->step = d->options.pty ? Step::Pty : Step::Exec;
        progress = true;
    }
    LIBSSH2_CHANNEL *ch = d->channel.get();
    if (d->step == Step::Pty) {
        const int rc = libssh2_channel_request_pty_ex(ch,
                                                      d->options.term.constData(),
                                                      unsigned(d->options.term.size()),
                                                      nullptr,
                                                      0,
                                                      d->options.columns,
                                                      d->options.rows,
                                                      0,
                                                      0);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return progress;
        if (checkFatal(rc))
            return false;
        if (rc != 0) {
            abort(Core::Tr::tr("The server refused a terminal (error %1).").arg(rc));
            return true;
        }
        d->step = Step::Exec;
        progress = true;
    }
    if (d->step == Step::Exec) {
        const int rc = libssh2_channel_process_startup(ch,
                                                       "exec",
                                                       sizeof("exec") - 1,
                                                       d->commandLine.constData(),
                                                       unsigned(d->commandLine.size()));
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return progress;
        if (checkFatal(rc))
            return false;
        if (rc != 0) {
            abort(Core::Tr::tr("The server refused to run the command (error %1).").arg(rc));
            return true;
        }
        d->step = Step::Run;
        d->state = State::Running;
        progress = true;
        if (d->options.timeoutMs > 0 && d->stop == Stop::None)
            d->timeoutTimer.start(d->options.timeoutMs);
        emit started();
        if (!self)
            return true;
    }
    if (d->step == Step::Run) {
        // stdin
        while (!d->stdinBuffer.isEmpty()) {
            const ssize_t n = libssh2_channel_write(ch,
                                                    d->stdinBuffer.constData(),
                                                    size_t(std::min<qsizetype>(d->stdinBuffer.size(),
                                                                               ChunkSize)));
            if (n == LIBSSH2_ERROR_EAGAIN || n == 0)
                break;
            if (n < 0) {
                if (checkFatal(int(n)))
                    return false;
                d->stdinBuffer.clear(); // the remote side closed its stdin
                break;
            }
            d->stdinBuffer.remove(0, qsizetype(n));
            progress = true;
        }
        if (d->stdinCloseRequested && d->stdinBuffer.isEmpty() && !d->eofSent) {
            const int rc = libssh2_channel_send_eof(ch);
            if (rc != LIBSSH2_ERROR_EAGAIN) {
                if (checkFatal(rc))
                    return false;
                d->eofSent = true;
                progress = true;
            }
        }
        // stop: a TERM signal request first; after the grace period KILL, then closing the channel
        // (SIGHUP through the PTY). sshd signals the process it started.
        if (d->stop != Stop::None && !d->termSent) {
            const int rc = libssh2_channel_signal_ex(ch, "TERM", 4);
            if (rc != LIBSSH2_ERROR_EAGAIN) {
                if (checkFatal(rc))
                    return false;
                d->termSent = true;
                progress = true;
            }
        }
        if ((d->stop == Stop::Kill || d->stop == Stop::GiveUp) && d->termSent && !d->killSent) {
            const int rc = libssh2_channel_signal_ex(ch, "KILL", 4);
            if (rc != LIBSSH2_ERROR_EAGAIN) {
                if (checkFatal(rc))
                    return false;
                d->killSent = true;
                d->step = Step::Close;
                progress = true;
            }
        }
        // stdout, stderr
        if (!d->paused && d->step == Step::Run) {
            char buffer[ChunkSize];
            for (int streamId : {0, SSH_EXTENDED_DATA_STDERR}) {
                for (int i = 0; i < ChunksPerService; ++i) {
                    const ssize_t n = libssh2_channel_read_ex(ch, streamId, buffer, sizeof(buffer));
                    if (n == LIBSSH2_ERROR_EAGAIN || n == 0)
                        break;
                    if (n < 0) {
                        if (checkFatal(int(n)))
                            return false;
                        abort(
                            Core::Tr::tr("Reading the command's output failed (error %1).").arg(n));
                        return true;
                    }
                    progress = true;
                    const QByteArray data(buffer, qsizetype(n));
                    if (streamId == 0)
                        emit stdoutReceived(data);
                    else
                        emit stderrReceived(data);
                    if (!self || d->state != State::Running)
                        return true;
                    if (d->paused)
                        break;
                    if (i == ChunksPerService - 1)
                        wantMore = true;
                }
            }
            if (libssh2_channel_eof(ch)) {
                d->step = Step::Close;
                progress = true;
            }
        }
    }
    if (d->stop == Stop::GiveUp && d->step >= Step::Run) {
        finishStop();
        return true;
    }
    if (d->step == Step::Close) {
        d->state = State::Closing;
        const int rc = libssh2_channel_close(ch);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return progress;
        if (checkFatal(rc))
            return false;
        d->step = Step::WaitClosed;
        progress = true;
    }
    if (d->step == Step::WaitClosed) {
        const int rc = libssh2_channel_wait_closed(ch);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return progress;
        if (checkFatal(rc))
            return false;
        char *signal = nullptr;
        size_t signalLength = 0;
        char *message = nullptr;
        size_t messageLength = 0;
        char *language = nullptr;
        size_t languageLength = 0;
        libssh2_channel_get_exit_signal(ch,
                                        &signal,
                                        &signalLength,
                                        &message,
                                        &messageLength,
                                        &language,
                                        &languageLength);
        if (signal) {
            d->exitSignal = QString::fromLatin1(signal, qsizetype(signalLength));
            d->exitCode = -1;
        } else {
            d->exitCode = libssh2_channel_get_exit_status(ch);
        }
        libssh2_free(s, signal);
        libssh2_free(s, message);
        libssh2_free(s, language);
        if (libssh2_channel_free(ch) == LIBSSH2_ERROR_EAGAIN)
            (void) d->channel.release(); // freed with the session
        else
            (void) d->channel.release();
        d->stopTimer.stop();
        d->timeoutTimer.stop();
        if (!d->stopFailure.isEmpty()) {
            d->state = State::Failed;
            d->error = d->stopFailure;
            emit failed(d->error);
            return true;
        }
        d->state = State::Finished;
        emit finished(d->exitCode, d->exitSignal);
        return true;
    }
    return progress;
}

} // namespace Steward::Ssh
