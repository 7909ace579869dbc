// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/session.h"

#include "core/ssh/command.h"
#include "core/ssh/job.h"
#include "core/ssh/knownhosts.h"
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
#include <netinet/in.h>
#include <netinet/tcp.h>
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

void kbdCallback(const char *,
                 int,
                 const char *,
                 int,
                 int numPrompts,
                 const LIBSSH2_USERAUTH_KBDINT_PROMPT *,
                 LIBSSH2_USERAUTH_KBDINT_RESPONSE *responses,
                 void **abstract);

} // namespace

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
        KbdInteractive,
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
    QTimer connectTimer;
    QTimer keepaliveTimer;
    QElapsedTimer sinceRead;
    bool scheduled = false;
    bool idleDataPending = false;
    QList<QPointer<Job>> jobs;
    Job *opening = nullptr;

    // Host key
    QByteArray hostKey;

    // Authentication
    QByteArray methods;
    QString authenticatedWith;
    struct libssh2_agent_publickey *agentIdentity = nullptr;
    bool agentStarted = false;
    QStringList keyQueue;
    QByteArray passphrase;
    bool passphraseGiven = false;
    QByteArray password;
    bool passwordTried = false;

    bool hasMethod(const char *name) const { return methods.split(',').contains(name); }
};

namespace {
void kbdCallback(const char *,
                 int,
                 const char *,
                 int,
                 int numPrompts,
                 const LIBSSH2_USERAUTH_KBDINT_PROMPT *,
                 LIBSSH2_USERAUTH_KBDINT_RESPONSE *responses,
                 void **abstract)
{
    auto *d = static_cast<SessionPrivate *>(*abstract);
    for (int i = 0; i < numPrompts; ++i) {
        // libssh2 frees the responses with its allocator (the default is free()).
        responses[i].text = static_cast<char *>(malloc(size_t(d->password.size()) + 1));
        memcpy(responses[i].text, d->password.constData(), size_t(d->password.size()));
        responses[i].length = unsigned(d->password.size());
    }
}
} // namespace

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

Session::Session(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SessionPrivate>())
{
    static const int initialized = libssh2_init(0);
    Q_UNUSED(initialized);
    d->endpoint = endpoint;
    d->connectTimer.setSingleShot(true);
    connect(&d->connectTimer, &QTimer::timeout, this, [this] {
        fail(Core::Tr::tr("Connecting to %1 timed out.").arg(d->endpoint.host), State::Lost);
    });
    connect(&d->keepaliveTimer, &QTimer::timeout, this, &Session::onKeepalive);
}

Session::~Session()
{
    teardown();
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

void Session::setState(State state)
{
    if (d->state == state)
        return;
    d->state = state;
    emit stateChanged(state);
}

void Session::teardown()
{
    d->connectTimer.stop();
    d->keepaliveTimer.stop();
    if (d->lookupId >= 0) {
        QHostInfo::abortHostLookup(d->lookupId);
        d->lookupId = -1;
    }
    delete d->readNotifier;
    d->readNotifier = nullptr;
    delete d->writeNotifier;
    d->writeNotifier = nullptr;
    d->agent.reset();
    d->agentIdentity = nullptr;
    // Close the socket first: freeing the session then cannot block on a dead peer.
    if (d->fd >= 0) {
        ::close(d->fd);
        d->fd = -1;
    }
    d->session.reset(); // frees every channel
    d->opening = nullptr;
    d->phase = SessionPrivate::Phase::Idle;
}

void Session::fail(const QString &message, State state)
{
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
    d->methods.clear();
    d->authenticatedWith.clear();
    d->agentStarted = false;
    d->passphraseGiven = false;
    d->passwordTried = false;
    d->password.clear();
    d->idleDataPending = false;
    setState(State::Connecting);
    if (!d->endpoint.proxyJump.isEmpty()) {
        fail(Core::Tr::tr("ProxyJump (%1) is not supported yet.").arg(d->endpoint.proxyJump),
             State::Closed);
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
    const QHostAddress address = addresses.first();
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
    d->fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (d->fd < 0) {
        fail(Core::Tr::tr("Could not create a socket: %1")
                 .arg(QString::fromLocal8Bit(strerror(errno))),
             State::Lost);
        return;
    }
    int one = 1;
    ::setsockopt(d->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    const int rc = ::connect(d->fd, reinterpret_cast<sockaddr *>(&storage), length);
    if (rc < 0 && errno != EINPROGRESS) {
        fail(Core::Tr::tr("Could not connect to %1 port %2: %3")
                 .arg(d->endpoint.host)
                 .arg(d->endpoint.port)
                 .arg(QString::fromLocal8Bit(strerror(errno))),
             State::Lost);
        return;
    }
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
    case Phase::Idle:
    case Phase::Resolve:
        break;
    case Phase::Ready: {
        bool reader = false;
        for (const QPointer<Job> &job : std::as_const(d->jobs)) {
            if (job && job->isActive())
                reader = true;
        }
        wantRead = reader || !d->idleDataPending;
        if (reader)
            d->idleDataPending = false;
        wantWrite = dirs & LIBSSH2_SESSION_BLOCK_OUTBOUND;
        break;
    }
    default:
        wantRead = (dirs & LIBSSH2_SESSION_BLOCK_INBOUND) || dirs == 0;
        wantWrite = dirs & LIBSSH2_SESSION_BLOCK_OUTBOUND;
        break;
    }
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
}

bool Session::checkFatal(int rc)
{
    if (!isFatal(rc))
        return false;
    fail(Core::Tr::tr("The connection to %1 was lost.").arg(d->endpoint.host), State::Lost);
    return true;
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

Command *Session::run(const QByteArray &commandLine, const CommandOptions &options, QObject *parent)
{
    auto *command = new Command(this, commandLine, options, parent ? parent : this);
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
    setState(State::Authenticating);
    schedule();
}

void Session::refuseHostKey()
{
    if (d->phase != SessionPrivate::Phase::WaitHostKeyAnswer)
        return;
    fail(Core::Tr::tr("The host key of %1 was not trusted.").arg(d->endpoint.host), State::Closed);
}

void Session::provideSecret(const QByteArray &secret)
{
    if (d->phase == SessionPrivate::Phase::WaitPassphrase) {
        d->passphrase = secret;
        d->passphraseGiven = true;
        d->phase = SessionPrivate::Phase::KeyFiles;
    } else if (d->phase == SessionPrivate::Phase::WaitPassword) {
        d->password = secret;
        d->phase = d->hasMethod("keyboard-interactive") ? SessionPrivate::Phase::KbdInteractive
                                                        : SessionPrivate::Phase::Password;
    } else {
        return;
    }
    schedule();
}

void Session::refuseSecret()
{
    if (d->phase == SessionPrivate::Phase::WaitPassphrase) {
        d->keyQueue.removeFirst();
        d->passphrase.clear();
        d->passphraseGiven = false;
        d->phase = SessionPrivate::Phase::KeyFiles;
        schedule();
    } else if (d->phase == SessionPrivate::Phase::WaitPassword) {
        fail(Core::Tr::tr("Permission denied for %1@%2: no password given.")
                 .arg(d->endpoint.user, d->endpoint.host),
             State::Closed);
    }
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
    int next = 0;
    const int rc = libssh2_keepalive_send(d->session.get(), &next);
    if (isFatal(rc)) {
        fail(Core::Tr::tr("The connection to %1 was lost.").arg(d->endpoint.host), State::Lost);
        return;
    }
    // Silence for ServerAliveCountMax intervals while something waits on the server: lost.
    const qint64 limit = qint64(d->endpoint.keepaliveSeconds) * 1000
                         * std::max(1, d->endpoint.keepaliveCountMax);
    bool busy = false;
    for (const QPointer<Job> &job : std::as_const(d->jobs))
        busy = busy || (job && job->isBusy());
    if (busy && d->sinceRead.isValid() && d->sinceRead.elapsed() > limit) {
        fail(Core::Tr::tr("The server %1 did not answer for %2 seconds.")
                 .arg(d->endpoint.host)
                 .arg(limit / 1000),
             State::Lost);
    }
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
        updateNotifiers();
        return;
    case Phase::TcpConnect: {
        int err = 0;
        socklen_t len = sizeof(err);
        ::getsockopt(d->fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err == EINPROGRESS || err == EALREADY)
            return;
        if (err != 0) {
            fail(Core::Tr::tr("Could not connect to %1 port %2: %3")
                     .arg(d->endpoint.host)
                     .arg(d->endpoint.port)
                     .arg(QString::fromLocal8Bit(strerror(err))),
                 State::Lost);
            return;
        }
        d->session.reset(libssh2_session_init_ex(nullptr, nullptr, nullptr, d.get()));
        s = d->session.get();
        if (!s) {
            fail(Core::Tr::tr("Could not create an SSH session."), State::Lost);
            return;
        }
        libssh2_session_set_blocking(s, 0);
        libssh2_session_method_pref(s,
                                    LIBSSH2_METHOD_HOSTKEY,
                                    "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,"
                                    "ecdsa-sha2-nistp521,rsa-sha2-512,rsa-sha2-256");
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
        KnownHosts known;
        known.addFile(d->endpoint.userKnownHostsFile.isEmpty() ? KnownHosts::userFile()
                                                               : d->endpoint.userKnownHostsFile);
        known.addFile(d->endpoint.stewardKnownHostsFile.isEmpty()
                          ? KnownHosts::stewardFile()
                          : d->endpoint.stewardKnownHostsFile);
        const KnownHosts::Check check = known.check(d->endpoint.host, d->endpoint.port, d->hostKey);
        if (check == KnownHosts::Check::Mismatch || check == KnownHosts::Check::Revoked) {
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
        if (check == KnownHosts::Check::NotFound) {
            d->phase = Phase::WaitHostKeyAnswer;
            d->connectTimer.stop();
            updateNotifiers();
            emit hostKeyUnknown(KnownHosts::fingerprint(d->hostKey),
                                KnownHosts::keyType(d->hostKey));
            return;
        }
        d->phase = Phase::AuthList;
        setState(State::Authenticating);
        [[fallthrough]];
    }
    case Phase::AuthList: {
        d->connectTimer.stop();
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
                    updateNotifiers();
                    emit secretRequested(SecretKind::KeyPassphrase,
                                         Core::Tr::tr("Passphrase for the key %1").arg(file));
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
            d->passphrase.fill('\0');
            d->passphrase.clear();
            d->passphraseGiven = false;
            d->keyQueue.removeFirst();
            if (rc == 0) {
                d->authenticatedWith = u"publickey"_s;
                d->phase = Phase::Ready;
                break;
            }
            if (isFatal(rc)) {
                fail(Core::Tr::tr("The connection to %1 was lost during authentication.")
                         .arg(d->endpoint.host),
                     State::Lost);
                return;
            }
        }
        if (d->phase == Phase::Ready)
            break;
        if (d->hasMethod("keyboard-interactive") || d->hasMethod("password")) {
            d->phase = Phase::WaitPassword;
            updateNotifiers();
            emit secretRequested(SecretKind::Password,
                                 Core::Tr::tr("Password for %1@%2")
                                     .arg(d->endpoint.user, d->endpoint.host));
            return;
        }
        fail(Core::Tr::tr("Permission denied for %1@%2 (server offers: %3).")
                 .arg(d->endpoint.user, d->endpoint.host, QString::fromLatin1(d->methods)),
             State::Closed);
        return;
    }
    case Phase::KbdInteractive: {
        const QByteArray user = d->endpoint.user.toUtf8();
        const int rc = libssh2_userauth_keyboard_interactive_ex(s,
                                                                user.constData(),
                                                                unsigned(user.size()),
                                                                kbdCallback);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            break;
        if (rc == 0) {
            d->authenticatedWith = u"keyboard-interactive"_s;
            d->password.fill('\0');
            d->password.clear();
            d->phase = Phase::Ready;
            break;
        }
        if (isFatal(rc)) {
            fail(Core::Tr::tr("The connection to %1 was lost during authentication.")
                     .arg(d->endpoint.host),
                 State::Lost);
            return;
        }
        if (!d->hasMethod("password")) {
            d->password.fill('\0');
            fail(Core::Tr::tr("Permission denied for %1@%2: wrong password.")
                     .arg(d->endpoint.user, d->endpoint.host),
                 State::Closed);
            return;
        }
        d->phase = Phase::Password;
        [[fallthrough]];
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
        d->password.fill('\0');
        d->password.clear();
        if (rc != 0) {
            fail(Core::Tr::tr("Permission denied for %1@%2: wrong password.")
                     .arg(d->endpoint.user, d->endpoint.host),
                 State::Closed);
            return;
        }
        d->authenticatedWith = u"password"_s;
        d->phase = Phase::Ready;
        break;
    }
    case Phase::Ready:
        break;
    }

    if (d->phase == Phase::Ready && d->state != State::Ready) {
        if (d->endpoint.keepaliveSeconds > 0) {
            libssh2_keepalive_config(s, 1, unsigned(d->endpoint.keepaliveSeconds));
            d->keepaliveTimer.start(d->endpoint.keepaliveSeconds * 1000);
        }
        d->sinceRead.start();
        setState(State::Ready);
        if (d->phase != Phase::Ready) // a slot closed the session
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
                    if (d->opening && d->opening != job)
                        continue; // libssh2 opens one channel at a time
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
        bool active = false;
        for (const QPointer<Job> &job : std::as_const(d->jobs))
            active = active || (job && job->isActive());
        if (!active && d->fd >= 0) {
            char c;
            const ssize_t n = ::recv(d->fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
                fail(Core::Tr::tr("The connection to %1 was lost.").arg(d->endpoint.host),
                     State::Lost);
                return;
            }
            // Bytes nobody reads yet (a keepalive answer): leave them until a channel needs the socket.
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

_LIBSSH2_SESSION *Job::handle() const
{
    return m_session ? m_session->handle() : nullptr;
}

} // namespace Steward::Ssh
