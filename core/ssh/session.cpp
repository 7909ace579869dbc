// SPDX-License-Identifier: GPL-3.0-or-later
// Session: its life (construction, state, failure, close), the jobs it serves on its channels and the
// keepalive. Reaching the server is in sessionconnect.cpp, the way to Ready in sessionhandshake.cpp.
#include "core/ssh/session.h"
#include "core/ssh/session_p.h"

#include "core/ssh/command.h"
#include "core/ssh/job.h"
#include "core/ssh/shellquote.h"
#include "core/ssh/transfer.h"
#include "core/tr.h"

#include <libssh2.h>

#include <algorithm>
#include <cerrno>
#include <poll.h>
#include <sys/socket.h>

namespace Steward::Ssh {

Session::Session(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SessionPrivate>())
{
    static const int initialized = libssh2_init(0);
    Q_UNUSED(initialized);
    d->endpoint = endpoint;
    d->connectTimer.setSingleShot(true);
    connect(&d->connectTimer, &QTimer::timeout, this, [this] {
        using Phase = SessionPrivate::Phase;
        if (d->phase == Phase::TcpConnect && !d->addresses.isEmpty()) {
            d->connectError = Core::Tr::tr("Connecting to %1 timed out.").arg(d->endpoint.host);
            tryNextAddress();
            return;
        }
        if (d->state == State::Authenticating)
            fail(Core::Tr::tr("The server %1 stopped answering during authentication (timed out).")
                     .arg(d->endpoint.host),
                 State::Lost);
        else
            fail(Core::Tr::tr("Connecting to %1 timed out.").arg(d->endpoint.host), State::Lost);
    });
    connect(&d->keepaliveTimer, &QTimer::timeout, this, &Session::onKeepalive);
    d->channelRetryTimer.setSingleShot(true);
    connect(&d->channelRetryTimer, &QTimer::timeout, this, &Session::schedule);
}

Session::~Session()
{
    teardown(true);
}

const Endpoint &Session::endpoint() const
{
    return d->endpoint;
}

Session::State Session::state() const
{
    return d->state;
}

QString Session::errorString() const
{
    return d->error;
}

void Session::setState(State state)
{
    if (d->state == state)
        return;
    d->state = state;
    emit stateChanged(state);
}

void Session::fail(const QString &failure, State state)
{
    // A socket that died because the jump host closed its channel: say why.
    const QString message = d->tunnelError.isEmpty() || d->state == State::Ready ? failure
                                                                                 : d->tunnelError;
    d->tunnelError.clear();
    d->error = message;
    const QList<QPointer<Job>> jobs = d->jobs;
    teardown();
    for (const QPointer<Job> &job : jobs) {
        if (job)
            job->abort(message);
    }
    setState(state);
    emit errorOccurred(message);
}

bool Session::mayOpen(const Job *job) const
{
    if (d->opening && d->opening != job)
        return false; // libssh2 opens one channel at a time
    if (d->channelLimit > 0 && openChannels() >= d->channelLimit)
        return false;                        // the server's limit: wait for a channel to close
    return !d->channelRetryTimer.isActive(); // a refused open waits before it tries again
}

// Some job will read the socket when served: the paused ones and those waiting for their turn to open a
// channel do not.
bool Session::hasReader() const
{
    if (!d->abandoned.isEmpty())
        return true;
    bool waiting = false; // for their turn to open a channel
    for (const QPointer<Job> &job : std::as_const(d->jobs)) {
        if (job && job->wantsSocket()) {
            if (!job->needsOpening())
                return true;
            waiting = true;
        }
    }
    // One of them opens when the session lets it (mayOpen() for the first one says it for all).
    return waiting && (d->opening || mayOpen(nullptr));
}

void Session::updateNotifiers()
{
    if (!d->readNotifier || !d->writeNotifier)
        return;
    using Phase = SessionPrivate::Phase;
    bool wantRead = false;
    bool wantWrite = false;
    const int dirs = d->session ? libssh2_session_block_directions(d->session.get()) : 0;
    switch (d->phase) {
    case Phase::TcpConnect:
        wantWrite = true;
        break;
    case Phase::WaitHostKeyAnswer:
    case Phase::WaitPassphrase:
    case Phase::WaitPassword:
    case Phase::KbdInteractive: // its thread polls the socket
    case Phase::WaitKbdAnswer:
    case Phase::Idle:
    case Phase::Resolve:
        break;
    case Phase::Ready: {
        // Bytes nobody reads would wake us up again at once (the notifier is level-triggered): the read
        // notifier stays off while they wait, and on otherwise (to notice EOF or new bytes).
        const bool reader = hasReader();
        wantRead = reader || !d->idleDataPending;
        if (reader)
            d->idleDataPending = false;
        // A keepalive waits for room in the socket (sendKeepalive()).
        wantWrite = (dirs & LIBSSH2_SESSION_BLOCK_OUTBOUND) || d->keepaliveDue;
        break;
    }
    default:
        wantRead = (dirs & LIBSSH2_SESSION_BLOCK_INBOUND) || dirs == 0;
        wantWrite = dirs & LIBSSH2_SESSION_BLOCK_OUTBOUND;
        break;
    }
    // Silence is measured from when somebody listens again (a paused command listened to nothing).
    if (wantRead && !d->readNotifier->isEnabled())
        d->sinceRead.restart();
    d->readNotifier->setEnabled(wantRead);
    d->writeNotifier->setEnabled(wantWrite);
}

void Session::schedule()
{
    if (d->scheduled)
        return;
    d->scheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            d->scheduled = false;
            step();
        },
        Qt::QueuedConnection);
}

_LIBSSH2_SESSION *Session::handle() const
{
    return d->session.get();
}

void Session::openingDone(Job *job)
{
    if (d->opening == job)
        d->opening = nullptr;
    d->refusalRetries = 0;
}

bool Session::checkFatal(int rc)
{
    if (!isFatal(rc))
        return false;
    fail(Core::Tr::tr("The connection to %1 was lost.").arg(d->endpoint.host), State::Lost);
    return true;
}

int Session::openChannels() const
{
    int open = 0;
    for (const QPointer<Job> &job : std::as_const(d->jobs))
        open += job && job->isActive() && !job->needsOpening() ? 1 : 0;
    return open + int(d->abandoned.size());
}

bool Session::channelRefused(Job *job)
{
    if (d->opening == job)
        d->opening = nullptr;
    const int others = openChannels() - (job->isActive() && !job->needsOpening() ? 1 : 0);
    if (others > 0 && (d->channelLimit == 0 || others >= d->channelLimit)) {
        d->channelLimit = others; // the server's MaxSessions: wait for one of them to close
        return true;
    }
    // Fewer channels open than the server allowed before (or none): a channel we closed still holds
    // its slot while sshd reaps its process. Try again after 25, 50, ... 1600 ms (about 3 s in all).
    constexpr int maxRetries = 7;
    if (d->refusalRetries < maxRetries) {
        d->channelRetryTimer.start(25 << d->refusalRetries);
        ++d->refusalRetries;
        return true;
    }
    d->refusalRetries = 0;
    if (others > 0) {
        d->channelLimit = others;
        return true;
    }
    return false; // the server refuses every channel
}

void Session::abandonChannel(LIBSSH2_CHANNEL *channel, bool signal)
{
    if (!d->session || !channel)
        return;
    d->abandoned.append({channel, signal});
    schedule();
}

void Session::serviceAbandoned()
{
    for (qsizetype i = 0; i < d->abandoned.size();) {
        SessionPrivate::Abandoned &a = d->abandoned[i];
        if (a.signal) {
            const int rc = libssh2_channel_signal_ex(a.channel, "TERM", 4);
            if (rc == LIBSSH2_ERROR_EAGAIN) {
                ++i;
                continue;
            }
            if (checkFatal(rc))
                return;
            a.signal = false;
        }
        int rc = libssh2_channel_close(a.channel);
        if (rc == LIBSSH2_ERROR_EAGAIN) {
            ++i;
            continue;
        }
        if (checkFatal(rc))
            return;
        rc = libssh2_channel_free(a.channel);
        if (rc == LIBSSH2_ERROR_EAGAIN) {
            ++i;
            continue;
        }
        d->abandoned.removeAt(i);
    }
}

void Session::detach(Job *job)
{
    d->jobs.removeAll(QPointer<Job>(job));
    d->jobs.removeAll(QPointer<Job>());
    if (d->opening == job)
        d->opening = nullptr;
}

void Session::attach(Job *job)
{
    d->jobs.append(job);
    if (d->state == State::Ready) {
        d->idleDataPending = false;
        schedule();
    } else if (d->state == State::Lost || d->state == State::Closed) {
        const QString message = d->error.isEmpty() ? Core::Tr::tr("Not connected.") : d->error;
        QPointer<Job> guard(job);
        QMetaObject::invokeMethod(
            this,
            [guard, message] {
                if (guard)
                    guard->abort(message);
            },
            Qt::QueuedConnection);
    }
}

Command *Session::run(const QStringList &argv, const CommandOptions &options, QObject *parent)
{
    QList<QByteArray> bytes;
    bytes.reserve(argv.size());
    for (const QString &arg : argv)
        bytes.append(arg.toUtf8());
    return run(bytes, options, parent);
}

Command *Session::run(const QList<QByteArray> &argv, const CommandOptions &options, QObject *parent)
{
    if (argv.isEmpty()) {
        // Nothing to run: fails once the caller could connect to it, without ever reaching the server.
        auto *command = new Command(this, QByteArray(), options, parent ? parent : this);
        QPointer<Command> guard(command);
        QMetaObject::invokeMethod(
            this,
            [guard] {
                if (guard)
                    guard->abort(Core::Tr::tr("No command was given."));
            },
            Qt::QueuedConnection);
        return command;
    }
    const QByteArray line = options.workingDirectory.isEmpty()
                                ? commandLine(argv)
                                : commandLineIn(options.workingDirectory.toUtf8(), argv);
    auto *command = new Command(this, line, options, parent ? parent : this);
    attach(command);
    return command;
}

Command *Session::runIn(const QString &directory,
                        const QStringList &argv,
                        const CommandOptions &options,
                        QObject *parent)
{
    CommandOptions in = options;
    in.workingDirectory = directory;
    return run(argv, in, parent);
}

Command *Session::runShell(const QByteArray &line, const CommandOptions &options, QObject *parent)
{
    // A working directory for a shell line: the line runs only once cd worked (on a line of its own, so
    // that whatever the line holds, nothing of it runs elsewhere).
    QByteArray full = line;
    if (!options.workingDirectory.isEmpty())
        full = "cd -- " + quote(options.workingDirectory.toUtf8()) + " || exit\n" + line;
    auto *command = new Command(this, full, options, parent ? parent : this);
    attach(command);
    return command;
}

Transfer *Session::stat(const QString &remotePath, QObject *parent)
{
    auto *transfer = new Transfer(this, Transfer::Kind::Stat, parent ? parent : this);
    transfer->setPaths(remotePath, QString());
    attach(transfer);
    return transfer;
}

Transfer *Session::readFile(const QString &remotePath, qint64 maxBytes, QObject *parent)
{
    auto *transfer = new Transfer(this, Transfer::Kind::Read, parent ? parent : this);
    transfer->setPaths(remotePath, QString());
    transfer->setLimit(maxBytes);
    attach(transfer);
    return transfer;
}

Transfer *Session::download(const QString &remotePath, const QString &localPath, QObject *parent)
{
    auto *transfer = new Transfer(this, Transfer::Kind::Download, parent ? parent : this);
    transfer->setPaths(remotePath, localPath);
    attach(transfer);
    return transfer;
}

Transfer *Session::upload(const QString &localPath,
                          const QString &remotePath,
                          const UploadOptions &options,
                          QObject *parent)
{
    auto *transfer = new Transfer(this, Transfer::Kind::Upload, parent ? parent : this);
    transfer->setPaths(remotePath, localPath);
    transfer->setUploadOptions(options);
    attach(transfer);
    return transfer;
}

void Session::close()
{
    if (d->session && d->state == State::Ready) {
        libssh2_session_disconnect(d->session.get(), "closed by user");
    }
    fail(Core::Tr::tr("The connection was closed."), State::Closed);
}

void Session::onKeepalive()
{
    if (!d->session || d->state != State::Ready)
        return;
    // The peer went away (sshd killed, host rebooted): the socket reads EOF or fails.
    char c;
    const ssize_t n = ::recv(d->fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
        fail(Core::Tr::tr("The connection to %1 was lost.").arg(d->endpoint.host), State::Lost);
        return;
    }
    // Silence while something waits on the server: lost once ServerAliveCountMax keepalives went
    // unanswered, that is (count + 1) intervals since the last answer, as OpenSSH's client counts. The
    // extra interval matters: libssh2 sends a keepalive only when time() moved a whole interval (and takes
    // 1 s for 2), so a healthy server's answers can come an interval and more apart.
    const qint64 limit = qint64(d->endpoint.keepaliveSeconds) * 1000
                         * (std::max(1, d->endpoint.keepaliveCountMax) + 1);
    bool busy = false;
    for (const QPointer<Job> &job : std::as_const(d->jobs))
        busy = busy || (job && job->isBusy());
    if (busy && d->sinceRead.isValid() && d->sinceRead.elapsed() > limit) {
        fail(Core::Tr::tr("The server %1 did not answer for %2 seconds.")
                 .arg(d->endpoint.host)
                 .arg(limit / 1000),
             State::Lost);
        return;
    }
    // The keepalive itself is sent from step(), where no job is in the middle of a libssh2 call.
    d->keepaliveDue = true;
    schedule();
}

// libssh2 keeps one half-sent packet per session, and the next call that sends must be the one that
// started it, with the same data; a keepalive in between is refused, and a keepalive that is itself
// half-sent (its bytes on libssh2_keepalive_send's stack) would block every channel after it. So it is
// sent only when no packet is half-sent (no outbound block) and the socket has room for it whole;
// otherwise it waits for the write notifier.
void Session::sendKeepalive()
{
    LIBSSH2_SESSION *s = d->session.get();
    if (!s || d->fd < 0 || (libssh2_session_block_directions(s) & LIBSSH2_SESSION_BLOCK_OUTBOUND))
        return;
    pollfd writable{d->fd, POLLOUT, 0};
    if (::poll(&writable, 1, 0) != 1 || !(writable.revents & POLLOUT))
        return;
    d->keepaliveDue = false;
    int next = 0;
    checkFatal(libssh2_keepalive_send(s, &next));
    // libssh2 hides EAGAIN here; the outbound block it leaves re-arms the write notifier.
}

Job::Job(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

Job::~Job()
{
    if (m_session)
        m_session->detach(this);
}

void Job::wake()
{
    if (m_session)
        m_session->schedule();
}

void Job::openingDone()
{
    if (m_session)
        m_session->openingDone(this);
}

bool Job::checkFatal(int rc)
{
    return m_session && m_session->checkFatal(rc);
}

bool Job::channelRefused()
{
    return m_session && m_session->channelRefused(this);
}

void Job::abandonChannel(LIBSSH2_CHANNEL *channel, bool signal)
{
    if (m_session)
        m_session->abandonChannel(channel, signal);
}

_LIBSSH2_SESSION *Job::handle() const
{
    return m_session ? m_session->handle() : nullptr;
}

} // namespace Steward::Ssh
