// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the Session's files (session.cpp, sessionconnect.cpp, sessionhandshake.cpp): the state
// they share and the helpers they all use. Not part of the core's API.

#include "core/ssh/agent.h"
#include "core/ssh/kbdinteractive.h"
#include "core/ssh/knownhosts.h"
#include "core/ssh/session.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSocketNotifier>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <libssh2.h>

#include <memory>

namespace Steward::Ssh {

class Tunnel; // sessionconnect.cpp

struct SessionFree
{
    void operator()(LIBSSH2_SESSION *s) const
    {
        libssh2_session_set_blocking(s, 0);
        libssh2_session_free(s);
    }
};

// An Agent may be dropped from inside one of its own signals: nothing more from it, deleted later.
struct AgentDrop
{
    void operator()(Agent *a) const
    {
        a->disconnect();
        a->deleteLater();
    }
};

inline bool isFatal(int rc)
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

// Overwrites a secret before letting it go.
inline void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

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
    // The ssh-agent, spoken to over a non-blocking socket (Agent): the session waits for its answers
    // (the key list, a signature the user may have to confirm) without blocking the thread.
    std::unique_ptr<Agent, AgentDrop> agent;
    void *agentAbstract = nullptr; // what libssh2 hands to Agent::signCallback: the Agent
    qsizetype agentIndex = 0;      // the agent key being tried
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

} // namespace Steward::Ssh
