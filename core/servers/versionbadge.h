// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releases/releasenotes.h"
#include "core/releases/version.h"

#include <QList>

#include <optional>

namespace Steward::Servers {

// What the Servers panel's version column says of a running version, from the release feed: the newest
// release of the same line (same fork, same major.minor, not a prerelease) newer than it, and whether one
// of the releases in between is a security release.
struct NewerPatch
{
    Releases::Version version;
    bool security = false;
};

std::optional<NewerPatch> newerPatch(const Releases::Version &running,
                                     const QList<Releases::Release> &releases);

} // namespace Steward::Servers
