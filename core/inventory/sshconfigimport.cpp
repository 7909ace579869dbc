// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inventory/sshconfigimport.h"

namespace Steward {

ServerList serversFromSshConfig(const SshConfig &config)
{
    ServerList servers;
    const QStringList hosts = config.concreteHosts();
    for (const QString &alias : hosts) {
        const SshHostConfig resolved = config.resolve(alias);
        Server server;
        server.name = alias;
        server.host = resolved.hostName;
        server.port = resolved.port.value_or(Server::defaultPort);
        server.user = resolved.user.value_or(QString());
        if (!resolved.identityFiles.isEmpty())
            server.identityFile = resolved.identityFiles.first();
        servers.append(server);
    }
    return servers;
}

} // namespace Steward
