// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/result.h"
#include "core/servers/statustypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Steward::Onboarding {

// A link of a service: its admin page, its documentation, its status page.
struct ServiceLink
{
    QString title;
    QString url; // http://, https:// or mailto:
    bool operator==(const ServiceLink &) const = default;
};

// Where a service runs when it runs on one of the inventory's servers: the server's name, and optionally
// the compose service or systemd unit, so that its live state can be joined from the Servers panel.
struct ServicePlacement
{
    QString server;         // an inventory server's name
    QString composeService; // "web", "sidekiq"; empty when none
    QString unit;           // "pg-dump-to-s3.timer"; empty when none
    bool isSet() const { return !server.isEmpty(); }
    bool operator==(const ServicePlacement &) const = default;
};

// One entry of the group's services map (services.yaml, docs/onboarding.md): what it is for, where it runs,
// who to ask, which repository configures it, where its secrets live (keychain key names, never values).
struct Service
{
    enum class Kind { Service, Supporting };

    QString id; // unique, [a-z0-9][a-z0-9._-]*
    QString name;
    Kind kind = Kind::Service;
    QString purpose;
    ServicePlacement runsOn;
    QString provider; // who hosts it when it is not on an inventory server ("Gandi", "Hetzner Storage")
    QStringList contacts;
    QString repository;
    QStringList secrets; // keychain key names ("s3-access-key/backups.example")
    QList<ServiceLink> links;
    int line = 0; // where it starts in the file (1-based), for the editor
    bool operator==(const Service &) const = default;
};

// How a service is doing, joined from the server's status (compose ps, systemctl show).
enum class LiveState {
    NotOnServer, // the map does not place it on an inventory server (a registrar, a hosted store)
    Unknown,     // on a server whose status is not known (yet), or no compose service/unit named
    Running,     // the compose service runs (every container) or the unit is active
    Degraded,    // some of the compose service's containers run, not all
    Stopped,     // nothing of it runs, or the unit is inactive
    Failed,      // the unit failed, or a container is unhealthy, restarting or dead
    Missing,     // the server has no such compose service or unit
};

// The group's services map.
struct ServicesMap
{
    static constexpr int formatVersion = 1;
    static constexpr qint64 maxFileSize = 1024 * 1024;

    QList<Service> services;

    const Service *service(const QString &id) const;
    // The services placed on an inventory server.
    QList<Service> onServer(const QString &serverName) const;
    // Problems that are not errors of the file itself: placements on servers the inventory does not have
    // ("line L: the server “x” is not in the inventory"), for the map's page to show.
    QList<Error> checkAgainst(const ServerList &inventory) const;
};

// Parses services.yaml; an Error with line and column otherwise (unknown keys, wrong types, duplicate ids,
// a secret value where a key name belongs, malformed YAML).
Result<ServicesMap> parseServicesMap(const QByteArray &yaml);

// Whether text is a keychain key name ("KIND/NAME", "group/registrar"), and not a secret value (a token, a
// password, a private key, a URL with credentials). Returns an empty string when it is a name, else why not.
QString secretNameProblem(const QString &text);

// The live state of service from its server's containers and units (what StatusRefresh reports).
LiveState liveState(const Service &service,
                    const QList<Servers::ComposeService> &containers,
                    const QList<Servers::UnitInfo> &units);

} // namespace Steward::Onboarding
