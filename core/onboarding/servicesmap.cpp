// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/onboarding/servicesmap.h"

#include "core/onboarding/yamlfields.h"
#include "core/tr.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Steward::Onboarding {

namespace {

using Yaml::YamlValue;

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    return re;
}

// A segment of a key name that reads as random: long, and mixing cases and digits with no word in it, or a
// long run of hex or base64.
bool looksRandom(const QString &segment)
{
    static const QRegularExpression hex(u"[0-9a-fA-F]{32,}"_s);
    static const QRegularExpression base64(u"[A-Za-z0-9+/]{40,}={0,2}"_s);
    if (hex.match(segment).hasMatch() || base64.match(segment).hasMatch())
        return true;
    if (segment.size() < 20)
        return false;
    bool upper = false, lower = false, digit = false;
    for (const QChar c : segment) {
        upper = upper || c.isUpper();
        lower = lower || c.isLower();
        digit = digit || c.isDigit();
    }
    return upper && lower && digit;
}

ServiceLink parseLink(const YamlValue &node)
{
    Yaml::requireMap(node, Core::Tr::tr("each link must be a mapping with “title” and “url”"));
    Yaml::checkKeys(node, {u"title"_s, u"url"_s});
    ServiceLink link;
    link.title = Yaml::requiredString(node, u"title"_s);
    link.url = Yaml::requiredString(node, u"url"_s);
    const YamlValue &url = *node.value(u"url"_s);
    static const QRegularExpression scheme(u"^(https?://[^\\s/]+|mailto:\\S+@\\S+)"_s);
    if (!scheme.match(link.url).hasMatch())
        Yaml::fail(url, Core::Tr::tr("“url” must be an http://, https:// or mailto: address"));
    static const QRegularExpression credentials(u"^[a-z]+://[^/@\\s]*:[^/@\\s]*@"_s);
    if (credentials.match(link.url).hasMatch())
        Yaml::fail(url,
                   Core::Tr::tr("the link has a password in it: keep passwords in the keychain "
                                "and name them under “secrets”"));
    return link;
}

ServicePlacement parsePlacement(const YamlValue &node)
{
    ServicePlacement placement;
    if (node.isScalar()) {
        placement.server = Yaml::string(node, u"runs_on"_s, true);
        return placement;
    }
    Yaml::requireMap(node,
                     Core::Tr::tr("“runs_on” must be a server name or a mapping with “server”"));
    Yaml::checkKeys(node, {u"server"_s, u"compose_service"_s, u"unit"_s});
    placement.server = Yaml::requiredString(node, u"server"_s);
    if (const YamlValue *v = Yaml::optional(node, u"compose_service"_s))
        placement.composeService = Yaml::string(*v, u"compose_service"_s, true);
    if (const YamlValue *v = Yaml::optional(node, u"unit"_s)) {
        placement.unit = Yaml::string(*v, u"unit"_s, true);
        static const QRegularExpression unit(
            u"^[A-Za-z0-9:_.@-]+\\.(service|timer|socket|target|path|mount)$"_s);
        if (!unit.match(placement.unit).hasMatch())
            Yaml::fail(*v,
                       Core::Tr::tr("“unit” must be a systemd unit name such as "
                                    "pg-dump-to-s3.service or certbot.timer"));
    }
    static const QRegularExpression composeName(u"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"_s);
    if (!placement.composeService.isEmpty()
        && !composeName.match(placement.composeService).hasMatch())
        Yaml::fail(*node.value(u"compose_service"_s),
                   Core::Tr::tr("“compose_service” must be a service name of the compose file"));
    return placement;
}

Service parseService(const YamlValue &node)
{
    Yaml::requireMap(node, Core::Tr::tr("each service must be a mapping of keys to values"));
    Yaml::checkKeys(node,
                    {u"id"_s,
                     u"name"_s,
                     u"kind"_s,
                     u"purpose"_s,
                     u"runs_on"_s,
                     u"provider"_s,
                     u"contacts"_s,
                     u"repository"_s,
                     u"secrets"_s,
                     u"links"_s});
    Service s;
    s.line = node.line;
    s.id = Yaml::requiredString(node, u"id"_s);
    if (!idPattern().match(s.id).hasMatch())
        Yaml::fail(*node.value(u"id"_s),
                   Core::Tr::tr("“id” must be lowercase letters, digits, '.', '_' or '-' "
                                "(at most 64), such as mastodon or s3-backups"));
    s.name = Yaml::requiredString(node, u"name"_s);
    s.purpose = Yaml::requiredString(node, u"purpose"_s);
    if (const YamlValue *v = Yaml::optional(node, u"kind"_s)) {
        const QString kind = Yaml::string(*v, u"kind"_s, true);
        if (kind == u"service")
            s.kind = Service::Kind::Service;
        else if (kind == u"supporting")
            s.kind = Service::Kind::Supporting;
        else
            Yaml::fail(*v, Core::Tr::tr("“kind” must be service or supporting"));
    }
    if (const YamlValue *v = Yaml::optional(node, u"runs_on"_s))
        s.runsOn = parsePlacement(*v);
    if (const YamlValue *v = Yaml::optional(node, u"provider"_s))
        s.provider = Yaml::string(*v, u"provider"_s);
    if (const YamlValue *v = Yaml::optional(node, u"contacts"_s))
        s.contacts = Yaml::stringList(*v, u"contacts"_s);
    if (const YamlValue *v = Yaml::optional(node, u"repository"_s))
        s.repository = Yaml::string(*v, u"repository"_s);
    if (const YamlValue *v = Yaml::optional(node, u"secrets"_s)) {
        if (!v->isList())
            Yaml::fail(*v, Core::Tr::tr("“secrets” must be a list of keychain key names"));
        for (const YamlValue &item : v->items) {
            if (!item.isScalar())
                Yaml::fail(item, Core::Tr::tr("each secret must be a keychain key name"));
            const QString name = item.scalar.trimmed();
            const QString problem = secretNameProblem(name);
            if (!problem.isEmpty())
                Yaml::fail(item, problem);
            s.secrets.append(name);
        }
    }
    if (const YamlValue *v = Yaml::optional(node, u"links"_s)) {
        if (!v->isList())
            Yaml::fail(*v, Core::Tr::tr("“links” must be a list of title and url"));
        for (const YamlValue &item : v->items)
            s.links.append(parseLink(item));
    }
    if (!s.runsOn.isSet() && s.provider.isEmpty())
        Yaml::fail(node,
                   Core::Tr::tr("service “%1” says neither where it runs (“runs_on”) nor who "
                                "hosts it (“provider”)")
                       .arg(s.id));
    return s;
}

} // namespace

QString secretNameProblem(const QString &text)
{
    if (text.isEmpty())
        return Core::Tr::tr("an empty keychain key name");
    // Never quote the text itself in these messages: it may be the secret.
    if (text.startsWith(u"-----BEGIN"_s) || text.contains(u"PRIVATE KEY"_s))
        return Core::Tr::tr("this is a private key, not a keychain key name: the map keeps the "
                            "names of secrets only, never their values");
    static const QRegularExpression credentials(u"^[a-z][a-z0-9+.-]*://[^/@\\s]*:[^/@\\s]*@"_s);
    if (credentials.match(text).hasMatch())
        return Core::Tr::tr("this is a URL with a password in it, not a keychain key name: the map "
                            "keeps the names of secrets only, never their values");
    static const QRegularExpression tokenPrefix(
        u"^(gh[pousr]_|github_pat_|glpat-|xox[abposr]-|sk-|AKIA[0-9A-Z]{12}|ASIA[0-9A-Z]{12})"_s);
    if (tokenPrefix.match(text).hasMatch())
        return Core::Tr::tr("this looks like a token, not a keychain key name: the map keeps the "
                            "names of secrets only, never their values");
    static const QRegularExpression shape(u"^[A-Za-z0-9][A-Za-z0-9._@+-]*(/[A-Za-z0-9._@+-]+)+$"_s);
    if (text.size() > 200 || !shape.match(text).hasMatch())
        return Core::Tr::tr("this is not a keychain key name (KIND/NAME, such as "
                            "s3-access-key/backups.example.org or pass/coop/registrar): the map "
                            "keeps the names of secrets only, never their values");
    for (const QString &segment : text.split(u'/')) {
        if (looksRandom(segment))
            return Core::Tr::tr("a part of this key name looks like a random secret value: the "
                                "map keeps the names of secrets only, never their values");
    }
    return {};
}

const Service *ServicesMap::service(const QString &id) const
{
    for (const Service &s : services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QList<Service> ServicesMap::onServer(const QString &serverName) const
{
    QList<Service> result;
    for (const Service &s : services) {
        if (s.runsOn.server == serverName)
            result.append(s);
    }
    return result;
}

QList<Error> ServicesMap::checkAgainst(const ServerList &inventory) const
{
    QSet<QString> names;
    for (const Server &server : inventory)
        names.insert(server.name);
    QList<Error> problems;
    for (const Service &s : services) {
        if (s.runsOn.isSet() && !names.contains(s.runsOn.server))
            problems.append(Error{Core::Tr::tr("service “%1” runs on “%2”, which is not a server "
                                               "of the inventory")
                                      .arg(s.id, s.runsOn.server),
                                  s.line,
                                  0});
    }
    return problems;
}

Result<ServicesMap> parseServicesMap(const QByteArray &yaml)
{
    auto loaded = Yaml::load(yaml, ServicesMap::maxFileSize);
    if (!loaded)
        return loaded.error();
    const YamlValue &root = loaded.value();
    ServicesMap map;
    if (root.isNull())
        return map;
    try {
        Yaml::requireMap(root,
                         Core::Tr::tr("the services map must be a mapping with a “services” list"));
        Yaml::checkKeys(root, {u"version"_s, u"services"_s});
        Yaml::checkVersion(root, ServicesMap::formatVersion);
        const YamlValue *list = Yaml::optional(root, u"services"_s);
        if (!list)
            return map;
        if (!list->isList())
            Yaml::fail(*list, Core::Tr::tr("“services” must be a list"));
        QSet<QString> ids;
        for (const YamlValue &item : list->items) {
            Service s = parseService(item);
            if (ids.contains(s.id))
                Yaml::fail(*item.value(u"id"_s),
                           Core::Tr::tr("the id “%1” is used twice").arg(s.id));
            ids.insert(s.id);
            map.services.append(std::move(s));
        }
    } catch (const YamlFail &failure) {
        return failure.error;
    }
    return map;
}

LiveState liveState(const Service &service,
                    const QList<Servers::ComposeService> &containers,
                    const QList<Servers::UnitInfo> &units)
{
    if (!service.runsOn.isSet())
        return LiveState::NotOnServer;
    const ServicePlacement &p = service.runsOn;
    if (p.composeService.isEmpty() && p.unit.isEmpty())
        return LiveState::Unknown;
    if (containers.isEmpty() && units.isEmpty())
        return LiveState::Unknown;
    LiveState compose = LiveState::Unknown;
    if (!p.composeService.isEmpty()) {
        int total = 0, running = 0;
        bool bad = false;
        for (const auto &c : containers) {
            if (c.service != p.composeService)
                continue;
            ++total;
            running += c.isRunning() ? 1 : 0;
            bad = bad || c.health == u"unhealthy" || c.state == u"restarting" || c.state == u"dead";
        }
        compose = total == 0         ? LiveState::Missing
                  : bad              ? LiveState::Failed
                  : running == total ? LiveState::Running
                  : running == 0     ? LiveState::Stopped
                                     : LiveState::Degraded;
    }
    LiveState unit = LiveState::Unknown;
    if (!p.unit.isEmpty()) {
        unit = LiveState::Missing;
        for (const auto &u : units) {
            if (u.id != p.unit)
                continue;
            unit = !u.exists()  ? LiveState::Missing
                   : u.failed() ? LiveState::Failed
                   : u.activeState == u"active" || u.activeState == u"activating"
                       ? LiveState::Running
                       : LiveState::Stopped;
        }
    }
    if (p.unit.isEmpty())
        return compose;
    if (p.composeService.isEmpty())
        return unit;
    // Both named: the worse of the two.
    const auto rank = [](LiveState s) {
        switch (s) {
        case LiveState::Failed:
            return 5;
        case LiveState::Missing:
            return 4;
        case LiveState::Stopped:
            return 3;
        case LiveState::Degraded:
            return 2;
        case LiveState::Running:
            return 1;
        default:
            return 0;
        }
    };
    return rank(compose) >= rank(unit) ? compose : unit;
}

} // namespace Steward::Onboarding
