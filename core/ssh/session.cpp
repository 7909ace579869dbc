// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/session.h"

#include "core/ssh/command.h"
#include "core/ssh/job.h"
#include "core/ssh/kbdinteractive.h"
#include "core/ssh/knownhosts.h"
#include "core/ssh/shellquote.h"
#include "core/ssh/transfer.h"
#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QSocketNotifier>

#include <libssh2.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <malloc.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Steward::Ssh {

namespace {

struct SessionFree
{
    void operator()(LIBSSH2_SESSION *s) const
    {
        libssh2_session_set_blocking(s, 0);
        libssh2_session_free(s);
    }
};

struct AgentFree
{
    void operator()(LIBSSH2_AGENT *a) const
    {
        libssh2_agent_disconnect(a);
        libssh2_agent_free(a);
    }
};

constexpr int MaxAttempts = 3; // passphrase and password prompts, as OpenSSH's NumberOfPasswordPrompts
// Bytes a tunnel holds for the session it carries when that session does not read them fast enough.
constexpr qsizetype TunnelBuffer = 1024 * 1024;

// libssh2's allocator for our sessions: every block is wiped before it is freed, so the copies libssh2
// makes of a secret (the keyboard-interactive answers, which it frees itself, and the packets carrying a
// password or passphrase) do not stay behind in freed memory. Plain malloc blocks, with no header of our
// own: libssh2 1.11 (and OpenSSL) free some of the session's blocks with free() and allocate some that
// the session frees, which stays harmless. The size of a block is malloc_usable_size's.
void *wipingAlloc(size_t count, void **)
{
    return malloc(count);
}

void wipingFree(void *block, void **)
{
    if (!block)
        return;
    explicit_bzero(block, malloc_usable_size(block));
    free(block);
}

void *wipingRealloc(void *block, size_t count, void **abstract)
{
    if (!block)
        return malloc(count);
    const size_t usable = malloc_usable_size(block);
    if (count <= usable && count > 0)
        return block;
    void *moved = malloc(count);
    if (!moved)
        return nullptr;
    memcpy(moved, block, std::min(count, usable));
    wipingFree(block, abstract);
    return moved;
}

bool isFatal(int rc)
{
    switch (rc) {
    case LIBSSH2_ERROR_SOCKET_SEND:
    case LIBSSH2_ERROR_SOCKET_RECV:
    case LIBSSH2_ERROR_SOCKET_DISCONNECT:
    case LIBSSH2_ERROR_SOCKET_TIMEOUT:
    case LIBSSH2_ERROR_TIMEOUT:
    case LIBSSH2_ERROR_DECRYPT:
    case LIBSSH2_ERROR_BANNER_RECV:
    case LIBSSH2_ERROR_KEX_FAILURE:
        return true;
    default:
        return false;
    }
}

// True when a private key file needs a passphrase (PEM "ENCRYPTED" or an openssh-key-v1 cipher).
bool isEncrypted(const QByteArray &pem)
{
    if (pem.contains("ENCRYPTED"))
        return true;
    const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    const qsizetype start = pem.indexOf(begin);
    const qsizetype end = pem.indexOf("-----END OPENSSH PRIVATE KEY-----");
    if (start < 0 || end < 0)
        return false;
    QByteArray body = pem.mid(start + begin.size(), end - start - begin.size());
    body.replace('\n', QByteArray()).replace('\r', QByteArray());
    const QByteArray raw = QByteArray::fromBase64(body);
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!raw.startsWith(magic) || raw.size() < magic.size() + 4)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(raw.constData() + magic.size());
    const quint32 len = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
    return raw.mid(magic.size() + 4, len) != "none";
}

// Overwrites a secret before letting it go.
void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

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

struct SessionPrivate
{
    enum class Phase {
        Idle,
        Resolve,
        TcpConnect,
        Handshake,
        HostKey,
        WaitHostKeyAnswer,
        AuthList,
        Agent,
        KeyFiles,
        WaitPassphrase,
        WaitPassword,
        KbdInteractive, // the exchange runs on its own thread (KbdInteractive)
        WaitKbdAnswer,  // it waits for the user's answer to a prompt
        Password,
        Ready,
    };

    Endpoint endpoint;
    Session::State state = Session::State::Disconnected;
    Phase phase = Phase::Idle;
    QString error;
    int fd = -1;
    int lookupId = -1;
    std::unique_ptr<LIBSSH2_SESSION, SessionFree> session;
    std::unique_ptr<LIBSSH2_AGENT, AgentFree> agent;
    QSocketNotifier *readNotifier = nullptr;
    QSocketNotifier *writeNotifier = nullptr;
    QTimer connectTimer; // each address, then each exchange until Ready (not while the user answers)
    QList<QHostAddress> addresses; // still to try after the current one
    QString connectError;          // why the last address failed
    QTimer keepaliveTimer;
    bool keepaliveDue = false; // sent from step(), between packets
    QElapsedTimer sinceRead;
    bool scheduled = false;
    bool idleDataPending = false;
    QList<QPointer<Job>> jobs;
    Job *opening = nullptr;

    // ProxyJump: the jump host's session (its own jump inside) and the tunnel it carries us through.
    QPointer<Session> jump;
    QPointer<Tunnel> tunnel;
    QString tunnelError; // why the jump host's channel failed: the real cause of a dead socket

    // The server's channel limit once it refused one (MaxSessions); 0 while none was refused.
    int channelLimit = 0;
    // A refusal with fewer channels open than that: sshd keeps a closed channel's slot until it has
    // reaped its process, so the open is tried again after a short, growing pause (refusalRetries).
    QTimer channelRetryTimer;
    int refusalRetries = 0;
    // Channels of deleted jobs still to be signalled, closed and freed.
    struct Abandoned
    {
        LIBSSH2_CHANNEL *channel;
        bool signal;
    };
    QList<Abandoned> abandoned;

    // Host key: what the server presented; known_hosts as read before the handshake, and the keys it
    // holds for this host (whose types are asked for first).
    QByteArray hostKey;
    std::unique_ptr<KnownHosts> known;
    QList<KnownHosts::Key> knownKeys;
    Session::HostKeyProblem hostKeyProblem = Session::HostKeyProblem::None;

    // Authentication
    QByteArray methods;
    QString authenticatedWith;
    struct libssh2_agent_publickey *agentIdentity = nullptr;
    bool agentStarted = false;
    QStringList keyQueue;
    QByteArray passphrase;
    bool passphraseGiven = false;
    int passphraseAttempts = 0; // for the key at the head of keyQueue
    int passwordAttempts = 0;
    bool kbdUseless = false; // it failed without asking: do not spend an attempt on it again
    std::unique_ptr<KbdInteractive> kbd;
    int kbdGeneration = 0; // answers of older exchanges are dropped
    Session::SecretKind kbdQuestion = Session::SecretKind::Password; // what WaitKbdAnswer asked
    QByteArray password;
    bool passwordGiven = false;

    // Every copy of a secret the session holds, overwritten: the connection dropped, was closed, or is
    // made again.
    void wipeSecrets()
    {
        wipe(password);
        passwordGiven = false;
        wipe(passphrase);
        passphraseGiven = false;
    }

    bool hasMethod(const char *name) const { return methods.split(',').contains(name); }
};

Endpoint Endpoint::fromConfig(const SshHostConfig &config, const QString &localUser)
{
    Endpoint e;
    e.alias = config.alias;
    e.host = config.hostName.isEmpty() ? config.alias : config.hostName;
    e.port = config.port.value_or(22);
    e.user = config.user.value_or(localUser.isEmpty() ? qEnvironmentVariable("USER") : localUser);
    e.identityFiles = config.identityFiles;
    e.identitiesOnly = config.identitiesOnly;
    e.proxyJump = config.proxyJump;
    e.keepaliveSeconds = config.serverAliveInterval;
    e.keepaliveCountMax = config.serverAliveCountMax;
    if (config.connectTimeout > 0)
        e.connectTimeoutMs = config.connectTimeout * 1000;
    if (!config.userKnownHostsFile.isEmpty())
        e.userKnownHostsFile = config.userKnownHostsFile;
    return e;
}

Result<Endpoint> Endpoint::parseJumpHop(const QString &hopText)
{
    QString hop = hopText.trimmed();
    const auto bad = [&hopText] {
        return Error{
            Core::Tr::tr("The ProxyJump hop \"%1\" is not [user@]host[:port].").arg(hopText)};
    };
    if (hop.startsWith(u"ssh://"_s))
        hop = hop.mid(6);
    if (hop.endsWith(u'/'))
        hop.chop(1);
    Endpoint e;
    const qsizetype at = hop.lastIndexOf(u'@');
    if (at >= 0) {
        e.user = hop.left(at);
        hop = hop.mid(at + 1);
        if (e.user.isEmpty())
            return bad();
    }
    QString portText;
    if (hop.startsWith(u'[')) {
        const qsizetype close = hop.indexOf(u']');
        if (close < 0)
            return bad();
        const QString rest = hop.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return bad();
        portText = rest.mid(1);
        hop = hop.mid(1, close - 1);
        if (!rest.isEmpty() && portText.isEmpty())
            return bad();
    } else if (hop.count(u':') == 1) {
        portText = hop.section(u':', 1);
        hop = hop.section(u':', 0, 0);
        if (portText.isEmpty())
            return bad();
    }
    if (hop.isEmpty() || hop.contains(u' ') || hop.contains(u'/'))
        return bad();
    if (!portText.isEmpty()) {
        bool ok = false;
        e.port = portText.toInt(&ok);
        if (!ok || e.port < 1 || e.port > 65535)
            return bad();
    }
    e.host = hop;
    e.alias = hop;
    return e;
}

QString Endpoint::displayName() const
{
    const QString name = alias.isEmpty() ? host : alias;
    return (user.isEmpty() ? QString() : user + u'@') + name
           + (port == 22 ? QString() : u':' + QString::number(port));
}

namespace {
// Fills what a hop does not say from the endpoint it serves.
void inherit(Endpoint &hop, const Endpoint &from, bool userGiven)
{
    if (!userGiven && hop.user.isEmpty())
        hop.user = from.user;
    // Never the target's keys: as with "ssh -i key -J hop", a jump host uses its own IdentityFile (its
    // config block) or the default keys, so it is not offered (nor asked the passphrase of) the target's.
    if (hop.userKnownHostsFile.isEmpty())
        hop.userKnownHostsFile = from.userKnownHostsFile;
    if (hop.stewardKnownHostsFile.isEmpty())
        hop.stewardKnownHostsFile = from.stewardKnownHostsFile;
    if (hop.agentSocket.isEmpty())
        hop.agentSocket = from.agentSocket;
    if (hop.keepaliveSeconds == 0) {
        hop.keepaliveSeconds = from.keepaliveSeconds;
        hop.keepaliveCountMax = from.keepaliveCountMax;
    }
    hop.connectTimeoutMs = from.connectTimeoutMs;
}
constexpr int MaxJumps = 8;
} // namespace

Result<std::shared_ptr<const Endpoint>> Endpoint::resolveJump() const
{
    if (jump)
        return jump;
    if (proxyJump.isEmpty() || proxyJump.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return std::shared_ptr<const Endpoint>();
    const QStringList hops = proxyJump.split(u',', Qt::SkipEmptyParts);
    if (hops.size() > MaxJumps)
        return Error{Core::Tr::tr("ProxyJump has more than %1 hops.").arg(MaxJumps)};
    std::shared_ptr<const Endpoint> previous;
    for (const QString &text : hops) {
        Result<Endpoint> hop = parseJumpHop(text);
        if (!hop)
            return hop.error();
        Endpoint e = std::move(hop).value();
        inherit(e, *this, !e.user.isEmpty());
        e.jump = previous;
        previous = std::make_shared<const Endpoint>(std::move(e));
    }
    return previous;
}

Result<Endpoint> Endpoint::fromSshConfig(const SshConfig &config,
                                         const QString &alias,
                                         const QString &localUser)
{
    // Resolves one host and, depth first, the jump hosts its ProxyJump names.
    std::function<Result<Endpoint>(const QString &, int)> resolve;
    resolve = [&](const QString &name, int depth) -> Result<Endpoint> {
        if (depth > MaxJumps)
            return Error{Core::Tr::tr("ProxyJump for %1 goes more than %2 hops deep (a loop?).")
                             .arg(alias)
                             .arg(MaxJumps)};
        Endpoint e = fromConfig(config.resolve(name, localUser), localUser);
        if (e.proxyJump.isEmpty())
            return e;
        std::shared_ptr<const Endpoint> previous;
        for (const QString &text : e.proxyJump.split(u',', Qt::SkipEmptyParts)) {
            Result<Endpoint> hop = parseJumpHop(text);
            if (!hop)
                return hop.error();
            // The hop's own config block (HostName, User, Port, IdentityFile...), then what it says.
            Result<Endpoint> configured = previous
                                              ? Result<Endpoint>(
                                                    fromConfig(config.resolve(hop->host, localUser),
                                                               localUser))
                                              : resolve(hop->host, depth + 1);
            if (!configured)
                return configured.error();
            Endpoint h = std::move(configured).value();
            if (!hop->user.isEmpty())
                h.user = hop->user;
            if (hop->port != 22 || text.contains(u':'))
                h.port = hop->port;
            if (previous)
                h.jump = previous;
            h.proxyJump = previous ? previous->displayName() : h.proxyJump;
            inherit(h, e, true);
            previous = std::make_shared<const Endpoint>(std::move(h));
        }
        e.jump = previous;
        return e;
    };
    return resolve(alias, 0);
}

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

QString Session::authenticatedWith() const
{
    return d->authenticatedWith;
}

QString Session::hostKeyType() const
{
    return d->hostKey.isEmpty() ? QString() : KnownHosts::keyType(d->hostKey);
}

QString Session::hostKeyFingerprint() const
{
    return d->hostKey.isEmpty() ? QString() : KnownHosts::fingerprint(d->hostKey);
}

Session::HostKeyProblem Session::hostKeyProblem() const
{
    return d->hostKeyProblem;
}

void Session::setState(State state)
{
    if (d->state == state)
        return;
    d->state = state;
    emit stateChanged(state);
}

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
    d->agentIdentity = nullptr;
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

void Session::trustHostKey()
{
    if (Session *jump = waitingJump()) {
        jump->trustHostKey();
        return;
    }
    if (d->phase != SessionPrivate::Phase::WaitHostKeyAnswer)
        return;
    const QString file = d->endpoint.stewardKnownHostsFile.isEmpty()
                             ? KnownHosts::stewardFile()
                             : d->endpoint.stewardKnownHostsFile;
    if (!KnownHosts::append(file, d->endpoint.host, d->endpoint.port, d->hostKey)) {
        fail(Core::Tr::tr("Could not save the host key in %1.").arg(file), State::Closed);
        return;
    }
    d->phase = SessionPrivate::Phase::AuthList;
    resumeTimeout();
    setState(State::Authenticating);
    schedule();
}

void Session::refuseHostKey()
{
    if (Session *jump = waitingJump()) {
        jump->refuseHostKey();
        return;
    }
    if (d->phase != SessionPrivate::Phase::WaitHostKeyAnswer)
        return;
    fail(Core::Tr::tr("The host key of %1 was not trusted.").arg(d->endpoint.host), State::Closed);
}

void Session::provideSecret(const QByteArray &secret)
{
    if (Session *jump = waitingJump()) {
        jump->provideSecret(secret);
        return;
    }
    // Our own copies (never shared with the caller's buffer), wiped by wipeSecrets().
    if (d->phase == SessionPrivate::Phase::WaitPassphrase) {
        wipe(d->passphrase);
        d->passphrase = QByteArray(secret.constData(), secret.size());
        d->passphraseGiven = true;
        d->phase = SessionPrivate::Phase::KeyFiles;
    } else if (d->phase == SessionPrivate::Phase::WaitPassword) {
        wipe(d->password);
        d->password = QByteArray(secret.constData(), secret.size());
        d->passwordGiven = true;
        d->phase = d->hasMethod("keyboard-interactive") && !d->kbdUseless
                       ? SessionPrivate::Phase::KbdInteractive
                       : SessionPrivate::Phase::Password;
    } else if (d->phase == SessionPrivate::Phase::WaitKbdAnswer && d->kbd) {
        if (d->kbdQuestion == SecretKind::Password) {
            wipe(d->password);
            d->password = QByteArray(secret.constData(), secret.size());
            d->passwordGiven = true;
        }
        d->phase = SessionPrivate::Phase::KbdInteractive;
        d->kbd->answer(secret);
        resumeTimeout();
        return;
    } else {
        return;
    }
    resumeTimeout();
    schedule();
}

void Session::refuseSecret()
{
    if (Session *jump = waitingJump()) {
        jump->refuseSecret();
        return;
    }
    if (d->phase == SessionPrivate::Phase::WaitPassphrase) {
        d->keyQueue.removeFirst();
        d->passphrase.clear();
        d->passphraseGiven = false;
        d->passphraseAttempts = 0;
        d->phase = SessionPrivate::Phase::KeyFiles;
        resumeTimeout();
        schedule();
    } else if (d->phase == SessionPrivate::Phase::WaitPassword
               || (d->phase == SessionPrivate::Phase::WaitKbdAnswer
                   && d->kbdQuestion == SecretKind::Password)) {
        fail(Core::Tr::tr("Permission denied for %1@%2: no password given.")
                 .arg(d->endpoint.user, d->endpoint.host),
             State::Closed);
    } else if (d->phase == SessionPrivate::Phase::WaitKbdAnswer) {
        fail(Core::Tr::tr("Permission denied for %1@%2: the server's question was not answered.")
                 .arg(d->endpoint.user, d->endpoint.host),
             State::Closed);
    }
}

void Session::failDuringAuthentication()
{
    fail(Core::Tr::tr("The connection to %1 was lost during authentication.").arg(d->endpoint.host),
         State::Lost);
}

QString Session::passwordSubject() const
{
    return d->endpoint.user + u'@' + d->endpoint.host
           + (d->endpoint.port == 22 ? QString() : u':' + QString::number(d->endpoint.port));
}

void Session::askPassword()
{
    d->phase = SessionPrivate::Phase::WaitPassword;
    pauseTimeout();
    updateNotifiers();
    emit secretRequested(SecretKind::Password, passwordPrompt(), passwordSubject());
}

QString Session::passwordPrompt() const
{
    return d->passwordAttempts == 0
               ? Core::Tr::tr("Password for %1@%2").arg(d->endpoint.user, d->endpoint.host)
               : Core::Tr::tr("Wrong password for %1@%2; try again")
                     .arg(d->endpoint.user, d->endpoint.host);
}

// Keyboard-interactive: the exchange runs on its own thread (see KbdInteractive); it asks through
// askKbd() and ends in kbdFinished(), both on this thread.
void Session::startKbd()
{
    d->phase = SessionPrivate::Phase::KbdInteractive;
    const int generation = ++d->kbdGeneration;
    d->kbd = std::make_unique<KbdInteractive>(
        d->session.get(),
        d->fd,
        d->endpoint.user.toUtf8(),
        d->password,
        d->passwordGiven,
        this,
        [this, generation](const KbdInteractive::Question &question) {
            if (generation == d->kbdGeneration && d->kbd)
                askKbd(question.password, question.text);
        },
        [this, generation](int rc) {
            if (generation == d->kbdGeneration && d->kbd)
                kbdFinished(rc);
        });
    updateNotifiers();
}

void Session::askKbd(bool password, const QString &text)
{
    d->phase = SessionPrivate::Phase::WaitKbdAnswer;
    d->kbdQuestion = password ? SecretKind::Password : SecretKind::Prompt;
    pauseTimeout();
    if (password) {
        emit secretRequested(SecretKind::Password, passwordPrompt(), passwordSubject());
        return;
    }
    emit secretRequested(SecretKind::Prompt,
                         Core::Tr::tr("%1@%2 asks: %3").arg(d->endpoint.user, d->endpoint.host, text),
                         passwordSubject());
}

void Session::kbdFinished(int rc)
{
    const bool prompted = d->kbd->prompted();
    const bool passwordUsed = d->kbd->passwordUsed();
    d->kbd.reset(); // its thread has ended
    if (rc == 0) {
        d->authenticatedWith = u"keyboard-interactive"_s;
        d->wipeSecrets();
        d->phase = SessionPrivate::Phase::Ready;
        schedule();
        return;
    }
    if (isFatal(rc)) {
        failDuringAuthentication();
        return;
    }
    if (!prompted) {
        // No prompt (no PAM): only "password" checks passwords on this server.
        d->kbdUseless = true;
        if (d->hasMethod("password")) {
            if (d->passwordGiven) {
                d->phase = SessionPrivate::Phase::Password;
                schedule();
            } else {
                askPassword();
            }
            return;
        }
        fail(Core::Tr::tr("Permission denied for %1@%2 (server offers: %3).")
                 .arg(d->endpoint.user, d->endpoint.host, QString::fromLatin1(d->methods)),
             State::Closed);
        return;
    }
    if (passwordUsed) {
        wrongPassword();
        return;
    }
    // Only the server's other questions were answered, and wrongly: ask them again (three times in all).
    if (++d->passwordAttempts < MaxAttempts) {
        startKbd();
        return;
    }
    fail(Core::Tr::tr("Permission denied for %1@%2: the server refused the answers.")
             .arg(d->endpoint.user, d->endpoint.host),
         State::Closed);
}

bool Session::holdsSecrets() const
{
    return !d->password.isEmpty() || !d->passphrase.isEmpty() || (d->kbd && d->kbd->holdsSecrets());
}

// A password was refused: ask again (three times in all, as OpenSSH does), then give up.
void Session::wrongPassword()
{
    wipe(d->password);
    d->passwordGiven = false;
    if (++d->passwordAttempts < MaxAttempts) {
        askPassword();
        return;
    }
    fail(Core::Tr::tr("Permission denied for %1@%2: wrong password.")
             .arg(d->endpoint.user, d->endpoint.host),
         State::Closed);
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

void Session::step()
{
    using Phase = SessionPrivate::Phase;
    LIBSSH2_SESSION *s = d->session.get();
    switch (d->phase) {
    case Phase::Idle:
    case Phase::Resolve:
    case Phase::WaitHostKeyAnswer:
    case Phase::WaitPassphrase:
    case Phase::WaitPassword:
    case Phase::WaitKbdAnswer:
        updateNotifiers();
        return;
    case Phase::KbdInteractive:
        // Its thread has the libssh2 session until it ends (kbdFinished()).
        if (!d->kbd)
            startKbd();
        updateNotifiers();
        return;
    case Phase::TcpConnect: {
        int err = 0;
        socklen_t len = sizeof(err);
        ::getsockopt(d->fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err == EINPROGRESS || err == EALREADY)
            return;
        if (err != 0) {
            d->connectError = Core::Tr::tr("Could not connect to %1 port %2: %3")
                                  .arg(d->endpoint.host)
                                  .arg(d->endpoint.port)
                                  .arg(QString::fromLocal8Bit(strerror(err)));
            tryNextAddress(); // fails with connectError when none is left
            return;
        }
        d->addresses.clear();
        d->session.reset(libssh2_session_init_ex(wipingAlloc, wipingFree, wipingRealloc, d.get()));
        s = d->session.get();
        if (!s) {
            fail(Core::Tr::tr("Could not create an SSH session."), State::Lost);
            return;
        }
        libssh2_session_set_blocking(s, 0);
        // As OpenSSH: the key types known for this host first, so that a server with several host keys
        // presents one we can check (libssh2 compares keys of the presented type only: a host known by
        // its ECDSA key that presented its ed25519 key would look never seen).
        d->known = std::make_unique<KnownHosts>();
        d->known->addFile(d->endpoint.userKnownHostsFile.isEmpty()
                              ? KnownHosts::userFile()
                              : d->endpoint.userKnownHostsFile);
        d->known->addFile(d->endpoint.stewardKnownHostsFile.isEmpty()
                              ? KnownHosts::stewardFile()
                              : d->endpoint.stewardKnownHostsFile);
        d->knownKeys = d->known->keysFor(d->endpoint.host, d->endpoint.port);
        QStringList knownTypes;
        for (const KnownHosts::Key &key : std::as_const(d->knownKeys))
            knownTypes.append(key.type);
        const QByteArray algorithms = KnownHosts::hostKeyAlgorithms(knownTypes);
        libssh2_session_method_pref(s, LIBSSH2_METHOD_HOSTKEY, algorithms.constData());
        d->phase = Phase::Handshake;
        [[fallthrough]];
    }
    case Phase::Handshake: {
        const int rc = libssh2_session_handshake(s, d->fd);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            break;
        if (rc != 0) {
            fail(Core::Tr::tr("The SSH handshake with %1 failed (error %2).")
                     .arg(d->endpoint.host)
                     .arg(rc),
                 State::Lost);
            return;
        }
        d->phase = Phase::HostKey;
        [[fallthrough]];
    }
    case Phase::HostKey: {
        size_t len = 0;
        int type = 0;
        const char *key = libssh2_session_hostkey(s, &len, &type);
        if (!key) {
            fail(Core::Tr::tr("The server %1 sent no host key.").arg(d->endpoint.host), State::Lost);
            return;
        }
        d->hostKey = QByteArray(key, qsizetype(len));
        const KnownHosts::Check check = d->known->check(d->endpoint.host,
                                                        d->endpoint.port,
                                                        d->hostKey);
        if (check == KnownHosts::Check::Mismatch || check == KnownHosts::Check::Revoked) {
            d->hostKeyProblem = check == KnownHosts::Check::Revoked ? HostKeyProblem::Revoked
                                                                    : HostKeyProblem::Changed;
            fail(Core::Tr::tr(
                     "The host key of %1 has CHANGED (now %2 %3). Someone may be intercepting "
                     "the connection, or the server was reinstalled. Connection refused; "
                     "remove the old key from known_hosts only if you know why it changed.")
                     .arg(d->endpoint.host,
                          KnownHosts::keyType(d->hostKey),
                          KnownHosts::fingerprint(d->hostKey)),
                 State::Closed);
            return;
        }
        if (check == KnownHosts::Check::NotFound && !d->knownKeys.isEmpty()) {
            // Known, but by keys of other types only, and the server did not present any of them (they
            // were asked for first): as suspicious as a changed key, never a first-connection question.
            QStringList known;
            for (const KnownHosts::Key &k : std::as_const(d->knownKeys))
                known.append(k.type + u' ' + KnownHosts::fingerprint(k.blob));
            d->hostKeyProblem = HostKeyProblem::KnownUnderOtherType;
            fail(Core::Tr::tr(
                     "The server %1 presented a %2 key (%3), but it is known under another key "
                     "type only: %4. The server may have been reinstalled, or someone may be "
                     "intercepting the connection. Connection refused; check the key on the "
                     "server before you add it to known_hosts.")
                     .arg(d->endpoint.host,
                          KnownHosts::keyType(d->hostKey),
                          KnownHosts::fingerprint(d->hostKey),
                          known.join(u", "_s)),
                 State::Closed);
            return;
        }
        if (check == KnownHosts::Check::NotFound) {
            d->phase = Phase::WaitHostKeyAnswer;
            pauseTimeout();
            updateNotifiers();
            emit hostKeyUnknown(KnownHosts::fingerprint(d->hostKey),
                                KnownHosts::keyType(d->hostKey),
                                d->endpoint.alias.isEmpty() ? d->endpoint.host : d->endpoint.alias);
            return;
        }
        d->phase = Phase::AuthList;
        setState(State::Authenticating);
        [[fallthrough]];
    }
    case Phase::AuthList: {
        const QByteArray user = d->endpoint.user.toUtf8();
        const char *list = libssh2_userauth_list(s, user.constData(), unsigned(user.size()));
        if (!list) {
            if (libssh2_userauth_authenticated(s)) {
                d->authenticatedWith = u"none"_s;
                d->phase = Phase::Ready;
                break;
            }
            if (libssh2_session_last_errno(s) == LIBSSH2_ERROR_EAGAIN)
                break;
            fail(Core::Tr::tr("The server %1 refused to list authentication methods.")
                     .arg(d->endpoint.host),
                 State::Lost);
            return;
        }
        d->methods = QByteArray(list);
        d->phase = Phase::Agent;
        [[fallthrough]];
    }
    case Phase::Agent: {
        QString socket = d->endpoint.agentSocket.isEmpty() ? qEnvironmentVariable("SSH_AUTH_SOCK")
                                                           : d->endpoint.agentSocket;
        if (socket == u"none" || d->endpoint.identitiesOnly || !d->hasMethod("publickey"))
            socket.clear();
        if (!socket.isEmpty() && !d->agentStarted) {
            d->agentStarted = true;
            d->agent.reset(libssh2_agent_init(s));
            const QByteArray path = QFile::encodeName(socket);
            if (d->agent) {
                libssh2_agent_set_identity_path(d->agent.get(), path.constData());
                // A local Unix socket: connecting and listing do not wait on the network.
                if (libssh2_agent_connect(d->agent.get()) != 0
                    || libssh2_agent_list_identities(d->agent.get()) != 0)
                    d->agent.reset();
                else if (libssh2_agent_get_identity(d->agent.get(), &d->agentIdentity, nullptr) != 0)
                    d->agentIdentity = nullptr;
            }
        }
        bool done = false;
        while (d->agent && d->agentIdentity) {
            const QByteArray user = d->endpoint.user.toUtf8();
            const int rc = libssh2_agent_userauth(d->agent.get(),
                                                  user.constData(),
                                                  d->agentIdentity);
            if (rc == LIBSSH2_ERROR_EAGAIN) {
                updateNotifiers();
                return;
            }
            if (rc == 0) {
                d->authenticatedWith = u"publickey (agent)"_s;
                done = true;
                break;
            }
            struct libssh2_agent_publickey *prev = d->agentIdentity;
            if (libssh2_agent_get_identity(d->agent.get(), &d->agentIdentity, prev) != 0)
                d->agentIdentity = nullptr;
        }
        d->agent.reset();
        if (done) {
            d->phase = Phase::Ready;
            break;
        }
        d->keyQueue.clear();
        if (d->hasMethod("publickey")) {
            QStringList files = d->endpoint.identityFiles;
            if (files.isEmpty()) {
                const QString dir = QDir::homePath() + u"/.ssh/"_s;
                files = {dir + u"id_ed25519"_s, dir + u"id_ecdsa"_s, dir + u"id_rsa"_s};
            }
            for (const QString &file : std::as_const(files)) {
                if (QFile::exists(file))
                    d->keyQueue.append(file);
            }
        }
        d->phase = Phase::KeyFiles;
        [[fallthrough]];
    }
    case Phase::KeyFiles: {
        while (!d->keyQueue.isEmpty()) {
            const QString file = d->keyQueue.first();
            if (!d->passphraseGiven) {
                QFile f(file);
                if (f.open(QIODevice::ReadOnly) && isEncrypted(f.readAll())) {
                    d->phase = Phase::WaitPassphrase;
                    pauseTimeout();
                    updateNotifiers();
                    emit secretRequested(SecretKind::KeyPassphrase,
                                         d->passphraseAttempts == 0
                                             ? Core::Tr::tr("Passphrase for the key %1").arg(file)
                                             : Core::Tr::tr("Wrong passphrase for the key %1; "
                                                            "try again")
                                                   .arg(file),
                                         file);
                    return;
                }
            }
            const QByteArray user = d->endpoint.user.toUtf8();
            const QByteArray priv = QFile::encodeName(file);
            const QByteArray pub = QFile::encodeName(file + u".pub"_s);
            const bool hasPub = QFile::exists(file + u".pub"_s);
            const int rc = libssh2_userauth_publickey_fromfile_ex(s,
                                                                  user.constData(),
                                                                  unsigned(user.size()),
                                                                  hasPub ? pub.constData() : nullptr,
                                                                  priv.constData(),
                                                                  d->passphrase.constData());
            if (rc == LIBSSH2_ERROR_EAGAIN) {
                updateNotifiers();
                return;
            }
            const bool hadPassphrase = d->passphraseGiven;
            wipe(d->passphrase);
            d->passphraseGiven = false;
            if (rc == 0) {
                d->keyQueue.removeFirst();
                d->passphraseAttempts = 0;
                d->authenticatedWith = u"publickey"_s;
                d->phase = Phase::Ready;
                break;
            }
            if (isFatal(rc)) {
                failDuringAuthentication();
                return;
            }
            // The key could not be decrypted (libssh2 says so with FILE, KEYFILE_AUTH_FAILED, or
            // PUBLICKEY_UNVERIFIED when the signing callback failed; a key the server does not accept is
            // AUTHENTICATION_FAILED): ask again, three times in all, as OpenSSH does.
            const bool undecryptable = rc == LIBSSH2_ERROR_FILE
                                       || rc == LIBSSH2_ERROR_KEYFILE_AUTH_FAILED
                                       || rc == LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED;
            if (hadPassphrase && undecryptable && ++d->passphraseAttempts < MaxAttempts)
                continue;
            d->keyQueue.removeFirst();
            d->passphraseAttempts = 0;
        }
        if (d->phase == Phase::Ready)
            break;
        // Keyboard-interactive first, as OpenSSH: its prompts say what they want (a password is asked
        // when one is prompted for); then the password method.
        if (d->hasMethod("keyboard-interactive") && !d->kbdUseless) {
            startKbd();
            return;
        }
        if (d->hasMethod("password")) {
            askPassword();
            return;
        }
        fail(Core::Tr::tr("Permission denied for %1@%2 (server offers: %3).")
                 .arg(d->endpoint.user, d->endpoint.host, QString::fromLatin1(d->methods)),
             State::Closed);
        return;
    }
    case Phase::Password: {
        const QByteArray user = d->endpoint.user.toUtf8();
        const int rc = libssh2_userauth_password_ex(s,
                                                    user.constData(),
                                                    unsigned(user.size()),
                                                    d->password.constData(),
                                                    unsigned(d->password.size()),
                                                    nullptr);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            break;
        if (rc != 0) {
            if (isFatal(rc))
                failDuringAuthentication();
            else
                wrongPassword();
            return;
        }
        d->wipeSecrets();
        d->authenticatedWith = u"password"_s;
        d->phase = Phase::Ready;
        break;
    }
    case Phase::Ready:
        break;
    }

    if (d->phase == Phase::Ready && d->state != State::Ready) {
        d->connectTimer.stop();
        if (d->endpoint.keepaliveSeconds > 0) {
            libssh2_keepalive_config(s, 1, unsigned(d->endpoint.keepaliveSeconds));
            d->keepaliveTimer.start(d->endpoint.keepaliveSeconds * 1000);
        }
        d->sinceRead.start();
        setState(State::Ready);
        if (d->phase != Phase::Ready) // a slot closed the session
            return;
    }

    if (d->phase == Phase::Ready && !d->abandoned.isEmpty()) {
        serviceAbandoned();
        if (d->phase != Phase::Ready)
            return;
    }
    if (d->phase == Phase::Ready) {
        // Serve the channels until nothing moves; a budget keeps the event loop (and the GUI) responsive.
        bool again = false;
        for (int round = 0; round < 16; ++round) {
            bool progress = false;
            bool wantMore = false;
            const QList<QPointer<Job>> jobs = d->jobs;
            for (const QPointer<Job> &job : jobs) {
                if (!job || d->phase != Phase::Ready)
                    continue;
                if (job->needsOpening()) {
                    if (!mayOpen(job))
                        continue;
                    d->opening = job;
                }
                progress = job->service(wantMore) || progress;
                if (d->phase != Phase::Ready)
                    return; // the session failed meanwhile
            }
            d->jobs.removeAll(QPointer<Job>());
            again = wantMore;
            if (!progress)
                break;
        }
        if (again)
            schedule();
        if (d->keepaliveDue) {
            sendKeepalive();
            if (d->phase != Phase::Ready)
                return;
        }
        if (!hasReader() && d->fd >= 0) {
            char c;
            const ssize_t n = ::recv(d->fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
                fail(Core::Tr::tr("The connection to %1 was lost.").arg(d->endpoint.host),
                     State::Lost);
                return;
            }
            // Bytes nobody reads yet (a keepalive answer, output for a paused command): leave them in the
            // socket until a job reads it again.
            d->idleDataPending = n > 0;
        }
    }
    updateNotifiers();
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
