// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ssh/session.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace Steward::Ssh {

// One piece of work on its own channel of a Session: a remote command (Command), an SFTP operation
// (Transfer) or a forwarded connection (the tunnel of a ProxyJump). The Session serves every job from its
// socket notifications, in rounds with a budget; a job never waits on the network.
class Job : public QObject
{
    Q_OBJECT

public:
    ~Job() override;

protected:
    Job(Session *session, QObject *parent);

    Session *session() const { return m_session; }

    // One step of the job's state machine; returns true when something moved. Sets wantMore when the
    // budget ran out with work left (the session then serves it again soon).
    virtual bool service(bool &wantMore) = 0;
    // The session is gone or failing: stop and report message. Never free libssh2 objects here.
    virtual void abort(const QString &message) = 0;
    // Waiting for its turn to open a channel (libssh2 opens one channel at a time per session).
    virtual bool needsOpening() const = 0;
    // Still has work (the session keeps reading the socket for it).
    virtual bool isActive() const = 0;
    // Waiting on the server: silence past the keepalive limit means the connection is lost.
    virtual bool isBusy() const { return isActive(); }
    // Reads the socket when served, so the session watches it for the job. A paused command, or a tunnel
    // whose other end does not keep up, does not: the session then leaves the server's bytes in the
    // socket (the SSH window stops the server) instead of waking up for them again and again.
    virtual bool wantsSocket() const { return isActive(); }

    // Helpers for subclasses, forwarded to the session.
    void wake();             // serve this session soon
    void openingDone();      // the job's channel is open (or failed to open)
    bool checkFatal(int rc); // a transport error: fails the whole session, returns true
    // The server refused a channel (LIBSSH2_ERROR_CHANNEL_FAILURE). True when other channels are open:
    // the server's limit (MaxSessions) is reached, so the job waits for one to close and tries again.
    bool channelRefused();
    // A channel this job no longer wants while it may still run remotely: the session signals TERM,
    // closes and frees it in its loop, without anyone waiting.
    void abandonChannel(_LIBSSH2_CHANNEL *channel, bool signal);
    struct _LIBSSH2_SESSION *handle() const;

private:
    friend class Session;
    QPointer<Session> m_session;
};

} // namespace Steward::Ssh
