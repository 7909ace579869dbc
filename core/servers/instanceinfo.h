// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Steward::Servers {

// What Steward reads of a Mastodon instance's public HTTP answers (from the laptop, at the inventory's
// public URL): the health endpoints and the Instance entity. Pure functions over the response body; the
// HTTP status is the caller's (HealthCheck). A body that is not what Mastodon answers (nginx's error page,
// the maintenance page, a cut JSON document, another program's JSON) is an Error saying what came
// instead, never an empty "all good".

// `GET /api/v2/instance` (Mastodon 4.0+; REST::InstanceSerializer).
struct InstanceInfo
{
    QString domain;                   // "social.coop"
    QString title;                    // "social.coop"
    QString version;                  // "4.2.10", "4.3.0+glitch", as the instance says it
    int maxCharacters = 0;            // configuration.statuses.max_characters
    int charactersReservedPerUrl = 0; // configuration.statuses.characters_reserved_per_url (0: absent)
    QString streamingUrl;             // configuration.urls.streaming: "wss://social.coop"
    bool operator==(const InstanceInfo &) const = default;
};

// The body of a 200 answer of /api/v2/instance. version and configuration.statuses.max_characters are
// required (Steward shows the one and counts an announcement against the other).
Result<InstanceInfo> parseInstance(const QByteArray &body);

// The body of `GET /health` (web: Rails' HealthController) or `GET /api/v1/streaming/health` (the
// streaming server): "OK", nothing else. Returns "OK"; an Error names what came instead (an HTML page by its
// title, the first words of anything else).
Result<QString> parseHealth(const QByteArray &body);

// A short, translated description of a body for error messages: "an HTML page “502 Bad Gateway”",
// "JSON {"error":"…"}", "“first 60 characters…”", "an empty answer".
QString describeBody(const QByteArray &body);

} // namespace Steward::Servers
