// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/endpoint.h"

#include "core/tr.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace Steward::Ssh {

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

} // namespace Steward::Ssh
