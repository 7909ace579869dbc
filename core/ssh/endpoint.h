// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/ssh/sshconfig.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Steward::Ssh {

// Where and how to connect: usually made from ~/.ssh/config with fromConfig().
struct Endpoint
{
    QString host;  // what connects (HostName)
    QString alias; // what the user called it (for messages)
    int port = 22;
    QString user;
    QStringList identityFiles; // empty: ~/.ssh/id_ed25519, id_ecdsa, id_rsa
    bool identitiesOnly = false;
    QString proxyJump; // as written: "[user@]host[:port]", a comma list, or ssh://user@host:port
    // The jump host this endpoint is reached through (its own jump inside), resolved by fromSshConfig() or
    // by the session from proxyJump. Null: direct.
    std::shared_ptr<const Endpoint> jump;
    int keepaliveSeconds = 0; // ServerAliveInterval; 0 = off
    int keepaliveCountMax = 3;
    // ConnectTimeout: for each address tried, then for every exchange with the server until Ready (the
    // key exchange, authentication). Time spent waiting for the user's answer does not count.
    int connectTimeoutMs = 15000;
    QString userKnownHostsFile;    // empty: ~/.ssh/known_hosts
    QString stewardKnownHostsFile; // empty: KnownHosts::stewardFile()
    QString agentSocket;           // empty: $SSH_AUTH_SOCK; "none": no agent

    static Endpoint fromConfig(const SshHostConfig &config, const QString &localUser = QString());
    // Resolves alias through an ssh config, including its ProxyJump chain: each hop's HostName, User, Port
    // and IdentityFile come from the config too, as OpenSSH does. Chains deeper than 8 hops are refused.
    static Result<Endpoint> fromSshConfig(const SshConfig &config,
                                          const QString &alias,
                                          const QString &localUser = QString());
    // Parses one ProxyJump hop ("[user@]host[:port]", "[user@][::1]:port", "ssh://user@host:port").
    static Result<Endpoint> parseJumpHop(const QString &hop);
    // The jump host endpoint for proxyJump when jump is not resolved yet: the last hop of the list, reached
    // through the ones before it; user, keys, known-hosts files, agent and timeouts come from this endpoint
    // where the hop does not say.
    Result<std::shared_ptr<const Endpoint>> resolveJump() const;
    // "user@host:port", for messages.
    QString displayName() const;
};

} // namespace Steward::Ssh
