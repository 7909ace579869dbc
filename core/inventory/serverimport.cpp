// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inventory/serverimport.h"

namespace Steward {

QString duplicateOf(const Server &candidate, const ServerList &existing)
{
    for (const Server &s : existing) {
        if (s.name == candidate.name)
            return s.name;
    }
    for (const Server &s : existing) {
        if (s.host.compare(candidate.host, Qt::CaseInsensitive) == 0 && s.port == candidate.port
            && s.user == candidate.user)
            return s.name;
    }
    return {};
}

ServerList withoutDuplicates(const ServerList &candidates, const ServerList &existing)
{
    ServerList kept;
    ServerList seen = existing;
    for (const Server &c : candidates) {
        if (!duplicateOf(c, seen).isEmpty())
            continue;
        kept.append(c);
        seen.append(c);
    }
    return kept;
}

} // namespace Steward
