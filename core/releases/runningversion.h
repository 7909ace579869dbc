// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releases/version.h"
#include "core/result.h"

#include <QByteArray>

namespace Steward::Releases {

// The version a server runs, with where it was read ("docker-compose.yml", "/api/v2/instance").
struct RunningVersion
{
    Version version;
    QString source;
    QString evidence; // the image line or the API's version string

    // From the deployed docker-compose.yml: the tag of the Mastodon (or Hometown) image of its
    // services; an error when the image is untagged, "latest", or the services disagree.
    static Result<RunningVersion> fromCompose(const QString &yaml);
    // From the body of GET /api/v2/instance (its "version", which carries a Hometown suffix).
    static Result<RunningVersion> fromInstanceJson(const QByteArray &json);
};

} // namespace Steward::Releases
