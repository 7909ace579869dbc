// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/servers/versionbadge.h"

namespace Steward::Servers {

std::optional<NewerPatch> newerPatch(const Releases::Version &running,
                                     const QList<Releases::Release> &releases)
{
    std::optional<NewerPatch> best;
    bool security = false;
    for (const Releases::Release &r : releases) {
        if (r.isPrerelease() || r.version.isHometown() != running.isHometown())
            continue;
        // Hometown: the same Hometown line; Mastodon: the same Mastodon line.
        const bool sameLine = running.isHometown() ? (r.version.forkMajor == running.forkMajor
                                                      && r.version.forkMinor == running.forkMinor)
                                                   : r.version.sameLine(running);
        if (!sameLine || !(running < r.version))
            continue;
        security = security || r.has(Releases::Finding::SecurityFix);
        if (!best || best->version < r.version)
            best = NewerPatch{r.version, false};
    }
    if (best)
        best->security = security;
    return best;
}

} // namespace Steward::Servers
