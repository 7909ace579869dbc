// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/result.h"
#include "core/servers/sessionconnector.h"
#include "core/ssh/session.h"
#include "core/ssh/sshconfig.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

#include <optional>

namespace Steward::Ssh {

// One Session per inventory server, shared by every panel. The endpoint comes from ~/.ssh/config for the
// server's host (HostName, User, Port, IdentityFile, ProxyJump chain...), then what the inventory says
// overrides it (port, user, identity file), as `ssh -p PORT -l USER -i FILE host` would.
class SessionPool : public QObject
{
    Q_OBJECT

public:
    // Keepalive when neither ssh config nor inventory sets one: a dead server is noticed within a minute.
    static constexpr int DefaultKeepaliveSeconds = 15;

    explicit SessionPool(QObject *parent = nullptr);
    ~SessionPool() override;

    // The ssh config to resolve hosts with; by default ~/.ssh/config, read on first use.
    void setSshConfig(const SshConfig &config);
    // A known_hosts file to trust for one server (the lab writes its own).
    void setKnownHostsFile(const QString &serverName, const QString &path);

    // The endpoint Steward uses for server.
    Result<Endpoint> endpointFor(const Server &server);

    // The server's shared session, made on first use and connecting when it is not already (after Lost or
    // Closed this reconnects). An error when the server cannot be reached as configured (a bad ProxyJump).
    Result<Session *> session(const Server &server);
    // Calls done once the server's session is Ready (now, from the event loop, or when it gets there), or
    // with why it is not: it was lost, closed, refused, or (connect false) there is no session and none is
    // to be made. connect: make and connect the session as session() does. Called once, while context lives.
    void whenReady(const Server &server,
                   bool connect,
                   QObject *context,
                   std::function<void(const Result<Session *> &)> done);
    // whenReady(server, true, ...) as a SessionConnector, for the panels that act on servers. The pool must
    // outlive the connector's users (it does in the application: it is StewardApp's).
    SessionConnector connector();
    // The session if one was made, else null.
    Session *existing(const QString &serverName) const;
    // The server was renamed, removed or edited: close and drop its session.
    void forget(const QString &serverName);
    QStringList serverNames() const;

signals:
    // A new session exists (answer its questions: hostKeyUnknown, secretRequested).
    void sessionCreated(const QString &serverName, Steward::Ssh::Session *session);
    void stateChanged(const QString &serverName,
                      Steward::Ssh::Session::State state,
                      const QString &detail);

private:
    const SshConfig &config();
    std::optional<SshConfig> m_config;
    QHash<QString, QString> m_knownHosts;
    QHash<QString, QPointer<Session>> m_sessions;
    QHash<QString, Server> m_servers; // what each session was made from
};

} // namespace Steward::Ssh
