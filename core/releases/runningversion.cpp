// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releases/runningversion.h"

#include "core/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Steward::Releases {

Result<RunningVersion> RunningVersion::fromCompose(const QString &yaml)
{
    // "    image: ghcr.io/mastodon/mastodon:v4.2.10", "image: 'tootsuite/mastodon'".
    static const QRegularExpression imageRe(
        u"^\\s*image:\\s*[\"']?((?:[^\\s\"'/]+/)*(?:mastodon|hometown)(?:-streaming)?)(?::([^\\s\"'@]+))?"_s);
    std::optional<RunningVersion> found;
    QString untagged;
    int lineNo = 0;
    for (const QString &line : yaml.split(u'\n')) {
        ++lineNo;
        const auto m = imageRe.match(line);
        if (!m.hasMatch())
            continue;
        const QString tag = m.captured(2);
        const auto version = Version::parse(tag);
        if (!version) {
            untagged = line.trimmed();
            continue;
        }
        if (found && !(found->version == *version)) {
            return Error{Core::Tr::tr("The services run different Mastodon images: %1 and %2.")
                             .arg(found->evidence, line.trimmed()),
                         lineNo};
        }
        if (!found)
            found = RunningVersion{*version, u"docker-compose.yml"_s, line.trimmed()};
    }
    if (found)
        return *found;
    if (!untagged.isEmpty()) {
        return Error{
            Core::Tr::tr("The Mastodon image has no version tag (“%1”): the version cannot be "
                         "read from docker-compose.yml.")
                .arg(untagged)};
    }
    return Error{Core::Tr::tr("docker-compose.yml has no Mastodon image.")};
}

Result<RunningVersion> RunningVersion::fromInstanceJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Core::Tr::tr("The instance API did not answer with a JSON object.")};
    const QString text = doc.object().value(u"version"_s).toString();
    const auto version = Version::parse(text);
    if (!version) {
        return Error{
            Core::Tr::tr(
                "The instance API reports the version “%1”, which is not one Steward reads.")
                .arg(text)};
    }
    return RunningVersion{*version, u"/api/v2/instance"_s, text};
}

} // namespace Steward::Releases
