// SPDX-License-Identifier: GPL-3.0-or-later
// Session: reaching the server. Name resolution, the TCP connection to each address in turn, the jump
// host's session and the tunnel through it, and taking all of it down again.
#include "core/ssh/job.h"
#include "core/ssh/session.h"
#include "core/ssh/session_p.h"
#include "core/tr.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QSocketNotifier>

#include <libssh2.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <functional>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Steward::Ssh {

namespace {

// Bytes a tunnel holds for the session it carries when that session does not read them fast enough.
constexpr qsizetype TunnelBuffer = 1024 * 1024;

} // namespace

// A direct-tcpip channel on a jump host's session, pumped to one end of a local socket pair whose other end
// is the socket of the session it carries.
class Tunnel : public Job
{
public:
    Tunnel(Session *jump, const QString &host, int port, int fd)
        : Job(jump, jump)
        , m_host(host.toUtf8())
        , m_port(port)
        , m_fd(fd)
        , m_read(new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this))
        , m_write(new QSocketNotifier(qintptr(fd), QSocketNotifier::Write, this))
    {
        m_write->setEnabled(false);
        m_read->setEnabled(false);
        connect(m_read, &QSocketNotifier::activated, this, [this] { wake(); });
        connect(m_write, &QSocketNotifier::activated, this, [this] { wake(); });
    }
    ~Tunnel() override
    {
        delete m_read;
        delete m_write;
        if (m_fd >= 0)
            ::close(m_fd);
        // The channel goes with the jump session; never block on it here.
    }

    std::function<void()> opened;
    std::function<void(const QString &)> failed;

protected:
    bool needsOpening() const override { return m_state == State::Waiting; }
    bool isActive() const override { return m_state == State::Waiting || m_state == State::Open; }
    bool isBusy() const override { return false; } // the carried session has its own keepalive
    // A full buffer towards the carried session: nothing is read from the channel until it drains.
    bool wantsSocket() const override
    {
        return m_state == State::Waiting
               || (m_state == State::Open
                   && (m_toLocal.size() < TunnelBuffer || !m_toRemote.isEmpty() || m_localEof));
    }

    void abort(const QString &message) override
    {
        if (!isActive())
            return;
        openingDone();
        m_channel = nullptr; // freed with the session
        finish(message);
    }

    bool service(bool &wantMore) override
    {
        LIBSSH2_SESSION *s = handle();
        if (!s || !isActive())
            return false;
        bool moved = false;
        if (m_state == State::Waiting) {
            m_channel = libssh2_channel_direct_tcpip_ex(s,
                                                        m_host.constData(),
                                                        m_port,
                                                        "127.0.0.1",
                                                        22);
            if (!m_channel) {
                char *text = nullptr;
                const int rc = libssh2_session_last_error(s, &text, nullptr, 0);
                if (rc == LIBSSH2_ERROR_EAGAIN)
                    return false;
                const QString reason = QString::fromUtf8(text ? text : "");
                openingDone();
                if (checkFatal(rc))
                    return false;
                finish(Core::Tr::tr("the jump host refused to forward to %1 port %2 (%3)")
                           .arg(QString::fromUtf8(m_host))
                           .arg(m_port)
                           .arg(reason));
                return true;
            }
            openingDone();
            m_state = State::Open;
            moved = true;
            if (opened)
                opened();
        }
        // Channel to socket, bounded: when the carried session does not read, the SSH window stops the peer.
        char buffer[32 * 1024];
        for (int i = 0; i < 16 && m_toLocal.size() < TunnelBuffer; ++i) {
            const ssize_t n = libssh2_channel_read(m_channel, buffer, sizeof(buffer));
            if (n == LIBSSH2_ERROR_EAGAIN || n == 0)
                break;
            if (n < 0) {
                if (checkFatal(int(n)))
                    return false;
                finish(Core::Tr::tr("the forwarded connection failed (error %1)").arg(n));
                return true;
            }
            m_toLocal.append(buffer, qsizetype(n));
            moved = true;
            if (i == 15)
                wantMore = true;
        }
        while (!m_toLocal.isEmpty()) {
            const ssize_t n = ::send(m_fd,
                                     m_toLocal.constData(),
                                     size_t(m_toLocal.size()),
                                     MSG_DONTWAIT | MSG_NOSIGNAL);
            if (n < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                    break;
                finish(QString()); // the carried session went away
                return true;
            }
            m_toLocal.remove(0, qsizetype(n));
            moved = true;
        }
        if (libssh2_channel_eof(m_channel) && m_toLocal.isEmpty() && !m_remoteEof) {
            m_remoteEof = true;
            ::shutdown(m_fd, SHUT_WR);
            moved = true;
        }
        // Socket to channel.
        for (int i = 0; i < 16; ++i) {
            if (m_toRemote.isEmpty() && !m_localEof) {
                const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), MSG_DONTWAIT);
                if (n == 0) {
                    m_localEof = true;
                } else if (n < 0) {
                    if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                        m_localEof = true;
                } else {
                    m_toRemote = QByteArray(buffer, qsizetype(n));
                    moved = true;
                }
            }
            if (m_toRemote.isEmpty())
                break;
            const ssize_t n = libssh2_channel_write(m_channel,
                                                    m_toRemote.constData(),
                                                    size_t(m_toRemote.size()));
            if (n == LIBSSH2_ERROR_EAGAIN || n == 0)
                break;
            if (n < 0) {
                if (checkFatal(int(n)))
                    return false;
                finish(Core::Tr::tr("the forwarded connection failed (error %1)").arg(n));
                return true;
            }
            m_toRemote.remove(0, qsizetype(n));
            moved = true;
        }
        if (m_localEof && m_toRemote.isEmpty()) {
            // The carried session closed its socket: close the channel without waiting for an answer.
            const int rc = libssh2_channel_close(m_channel);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return moved;
            finish(QString());
            return true;
        }
        m_read->setEnabled(!m_localEof && m_toRemote.isEmpty());
        m_write->setEnabled(!m_toLocal.isEmpty());
        return moved;
    }

private:
    enum class State { Waiting, Open, Closed };

    void finish(const QString &message)
    {
        m_state = State::Closed;
        m_read->setEnabled(false);
        m_write->setEnabled(false);
        if (m_fd >= 0) {
            ::close(m_fd); // the carried session reads EOF
            m_fd = -1;
        }
        if (!message.isEmpty() && failed)
            failed(message);
    }

    QByteArray m_host;
    int m_port;
    int m_fd;
    QSocketNotifier *m_read;
    QSocketNotifier *m_write;
    State m_state = State::Waiting;
    LIBSSH2_CHANNEL *m_channel = nullptr;
    QByteArray m_toLocal;
    QByteArray m_toRemote;
    bool m_localEof = false;
    bool m_remoteEof = false;
};

void Session::teardown(bool destroying)
{
    d->connectTimer.stop();
    d->keepaliveTimer.stop();
    if (d->lookupId >= 0) {
        QHostInfo::abortHostLookup(d->lookupId);
        d->lookupId = -1;
    }
    d->addresses.clear();
    d->keepaliveDue = false;
    d->agent.reset();
    d->agentIndex = 0;
    if (d->kbd) {
        // Its thread may be inside libssh2: nothing more may reach the server (an open question is
        // answered empty), then it ends before the session goes.
        if (d->fd >= 0)
            ::shutdown(d->fd, SHUT_RDWR);
        d->kbd.reset();
        ++d->kbdGeneration;
    }
    d->wipeSecrets();
    // Close the socket first: freeing the session then cannot block on a dead peer.
    closeSocket();
    d->abandoned.clear(); // freed with the session below
    d->session.reset();   // frees every channel
    d->opening = nullptr;
    d->phase = SessionPrivate::Phase::Idle;
    if (d->jump) {
        Session *jump = d->jump;
        d->jump = nullptr;
        jump->disconnect(this);
        delete d->tunnel;
        if (destroying) {
            delete jump;
        } else {
            // Possibly inside one of its signals: let it finish, then go.
            jump->close();
            jump->deleteLater();
        }
    }
}

void Session::connectToHost()
{
    if (d->state == State::Connecting || d->state == State::Authenticating
        || d->state == State::Ready)
        return;
    teardown();
    d->error.clear();
    d->tunnelError.clear();
    d->channelLimit = 0;
    d->refusalRetries = 0;
    d->channelRetryTimer.stop();
    d->methods.clear();
    d->authenticatedWith.clear();
    d->hostKey.clear();
    d->hostKeyProblem = HostKeyProblem::None;
    d->agentStarted = false;
    d->passphraseGiven = false;
    d->passphraseAttempts = 0;
    d->passwordAttempts = 0;
    d->kbdUseless = false;
    d->wipeSecrets(); // a reconnect asks again
    d->idleDataPending = false;
    setState(State::Connecting);
    const Result<std::shared_ptr<const Endpoint>> jump = d->endpoint.resolveJump();
    if (!jump) {
        fail(jump.error().message, State::Closed);
        return;
    }
    if (jump.value()) {
        startThroughJump(jump.value());
        return;
    }
    d->connectTimer.start(d->endpoint.connectTimeoutMs);
    d->phase = SessionPrivate::Phase::Resolve;
    QHostAddress address;
    if (address.setAddress(d->endpoint.host)) {
        startSocket({address});
        return;
    }
    d->lookupId = QHostInfo::lookupHost(d->endpoint.host, this, [this](const QHostInfo &info) {
        d->lookupId = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            fail(Core::Tr::tr("Could not resolve %1: %2").arg(d->endpoint.host, info.errorString()),
                 State::Lost);
            return;
        }
        startSocket(info.addresses());
    });
}

void Session::startSocket(const QList<QHostAddress> &addresses)
{
    d->addresses = addresses;
    d->connectError.clear();
    tryNextAddress();
}

void Session::closeSocket()
{
    delete d->readNotifier;
    d->readNotifier = nullptr;
    delete d->writeNotifier;
    d->writeNotifier = nullptr;
    if (d->fd >= 0) {
        ::close(d->fd);
        d->fd = -1;
    }
}

// Connects to the next resolved address; when one fails (refused, unreachable, timed out) the next is
// tried, each with the whole ConnectTimeout, as OpenSSH does. The last failure is the error.
void Session::tryNextAddress()
{
    closeSocket();
    while (!d->addresses.isEmpty()) {
        const QHostAddress address = d->addresses.takeFirst();
        sockaddr_storage storage{};
        socklen_t length = 0;
        if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            auto *sa = reinterpret_cast<sockaddr_in6 *>(&storage);
            sa->sin6_family = AF_INET6;
            sa->sin6_port = htons(quint16(d->endpoint.port));
            const Q_IPV6ADDR ip = address.toIPv6Address();
            memcpy(&sa->sin6_addr, &ip, sizeof(ip));
            length = sizeof(sockaddr_in6);
        } else {
            auto *sa = reinterpret_cast<sockaddr_in *>(&storage);
            sa->sin_family = AF_INET;
            sa->sin_port = htons(quint16(d->endpoint.port));
            sa->sin_addr.s_addr = htonl(address.toIPv4Address());
            length = sizeof(sockaddr_in);
        }
        const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            d->connectError = Core::Tr::tr("Could not create a socket: %1")
                                  .arg(QString::fromLocal8Bit(strerror(errno)));
            continue;
        }
        int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
        const int rc = ::connect(fd, reinterpret_cast<sockaddr *>(&storage), length);
        if (rc < 0 && errno != EINPROGRESS) {
            d->connectError = Core::Tr::tr("Could not connect to %1 port %2: %3")
                                  .arg(d->endpoint.host)
                                  .arg(d->endpoint.port)
                                  .arg(QString::fromLocal8Bit(strerror(errno)));
            ::close(fd);
            continue;
        }
        d->connectTimer.start(d->endpoint.connectTimeoutMs);
        startOnSocket(fd);
        return;
    }
    fail(d->connectError.isEmpty() ? Core::Tr::tr("Could not connect to %1 port %2.")
                                         .arg(d->endpoint.host)
                                         .arg(d->endpoint.port)
                                   : d->connectError,
         State::Lost);
}

void Session::startOnSocket(int fd)
{
    d->fd = fd;
    d->phase = SessionPrivate::Phase::TcpConnect;
    d->readNotifier = new QSocketNotifier(qintptr(d->fd), QSocketNotifier::Read, this);
    d->writeNotifier = new QSocketNotifier(qintptr(d->fd), QSocketNotifier::Write, this);
    connect(d->readNotifier, &QSocketNotifier::activated, this, [this] {
        d->sinceRead.restart();
        step();
    });
    connect(d->writeNotifier, &QSocketNotifier::activated, this, &Session::step);
    updateNotifiers();
}

void Session::startThroughJump(const std::shared_ptr<const Endpoint> &jumpEndpoint)
{
    auto *jump = new Session(*jumpEndpoint);
    d->jump = jump;
    const QString via = jumpEndpoint->displayName();
    // The jump host's questions are ours: the user answers them through this session.
    connect(jump, &Session::hostKeyUnknown, this, &Session::hostKeyUnknown);
    connect(jump, &Session::secretRequested, this, &Session::secretRequested);
    connect(jump, &Session::stateChanged, this, [this, jump, via](State state) {
        if (jump != d->jump)
            return;
        if (state == State::Lost || state == State::Closed) {
            fail(Core::Tr::tr("Could not reach %1 through the jump host %2: %3")
                     .arg(d->endpoint.host, via, jump->errorString()),
                 state);
            return;
        }
        if (state != State::Ready || d->tunnel)
            return;
        int fds[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) != 0) {
            fail(Core::Tr::tr("Could not create a socket: %1")
                     .arg(QString::fromLocal8Bit(strerror(errno))),
                 State::Lost);
            return;
        }
        auto *tunnel = new Tunnel(jump, d->endpoint.host, d->endpoint.port, fds[1]);
        d->tunnel = tunnel;
        tunnel->failed = [this, via, tunnel](const QString &message) {
            d->tunnelError = Core::Tr::tr("Could not reach %1 through the jump host %2: %3")
                                 .arg(d->endpoint.host, via, message);
            // Not from inside the jump session's step: failing tears the tunnel down.
            QPointer<Tunnel> guard(tunnel);
            QMetaObject::invokeMethod(
                this,
                [this, guard] {
                    if (guard && guard == d->tunnel && !d->tunnelError.isEmpty())
                        fail(d->tunnelError, State::Lost);
                },
                Qt::QueuedConnection);
        };
        jump->attach(tunnel);
        // The SSH handshake with the target starts at once; its bytes wait in the socket pair until the
        // channel is open. The jump session timed its own connection (and its questions stopped it).
        d->connectTimer.start(d->endpoint.connectTimeoutMs);
        startOnSocket(fds[0]);
    });
    jump->connectToHost();
}

Session *Session::waitingJump() const
{
    Session *jump = d->jump;
    while (jump) {
        using Phase = SessionPrivate::Phase;
        const Phase phase = jump->d->phase;
        if (phase == Phase::WaitHostKeyAnswer || phase == Phase::WaitPassphrase
            || phase == Phase::WaitPassword || phase == Phase::WaitKbdAnswer)
            return jump;
        jump = jump->d->jump;
    }
    return nullptr;
}

// While the user answers a question the server is not at fault: the timeout stops, and starts again in
// full once the answer came.
void Session::pauseTimeout()
{
    d->connectTimer.stop();
}

void Session::resumeTimeout()
{
    if (d->phase != SessionPrivate::Phase::Ready && d->phase != SessionPrivate::Phase::Idle)
        d->connectTimer.start(d->endpoint.connectTimeoutMs);
}

} // namespace Steward::Ssh
