// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inventory/server.h"

#include "core/tr.h"

using namespace Qt::StringLiterals;

namespace Steward {

QString serverRoleKey(ServerRole role)
{
    switch (role) {
    case ServerRole::Primary:
        return u"primary"_s;
    case ServerRole::Secondary:
        return u"secondary"_s;
    case ServerRole::Staging:
        return u"staging"_s;
    }
    return {};
}

std::optional<ServerRole> serverRoleFromKey(const QString &key)
{
    for (ServerRole role : allServerRoles()) {
        if (serverRoleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString serverRoleDisplayName(ServerRole role)
{
    switch (role) {
    case ServerRole::Primary:
        return Core::Tr::tr("Primary");
    case ServerRole::Secondary:
        return Core::Tr::tr("Secondary");
    case ServerRole::Staging:
        return Core::Tr::tr("Staging");
    }
    return {};
}

QList<ServerRole> allServerRoles()
{
    return {ServerRole::Primary, ServerRole::Secondary, ServerRole::Staging};
}

} // namespace Steward
