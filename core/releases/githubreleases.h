// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releases/releasenotes.h"

#include <QByteArray>

namespace Steward::Releases::GitHubReleases {

// Reads a GitHub REST "list releases" page (a JSON array of release objects): tag_name, body,
// prerelease, draft, published_at, html_url. Drafts and tags that are not versions are left out.
Result<QList<Release>> parse(const QByteArray &json);

} // namespace Steward::Releases::GitHubReleases
