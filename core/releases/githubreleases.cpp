// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releases/githubreleases.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Steward::Releases::GitHubReleases {

Result<QList<Release>> parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error{Core::Tr::tr("The release list is not valid JSON: %1 (at byte %2).")
                         .arg(error.errorString())
                         .arg(error.offset)};
    }
    if (!doc.isArray())
        return Error{Core::Tr::tr("The release list is not a JSON array of releases.")};
    QList<Release> releases;
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject o = value.toObject();
        if (o.value(u"draft"_s).toBool())
            continue;
        const QString tag = o.value(u"tag_name"_s).toString();
        const auto version = Version::parse(tag);
        if (!version)
            continue;
        Release r = ReleaseNotes::parseReleaseBody(*version, o.value(u"body"_s).toString());
        r.tag = tag;
        r.url = o.value(u"html_url"_s).toString();
        r.prerelease = o.value(u"prerelease"_s).toBool() || version->isPrerelease();
        r.date = QDateTime::fromString(o.value(u"published_at"_s).toString(), Qt::ISODate).date();
        releases.append(r);
    }
    return releases;
}

} // namespace Steward::Releases::GitHubReleases
