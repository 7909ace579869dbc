// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/servers/instanceinfo.h"

#include "core/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Steward::Servers {

QString describeBody(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return Core::Tr::tr("an empty answer");
    const QString text = QString::fromUtf8(trimmed.left(4096));
    static const QRegularExpression title(u"<title>\\s*([^<]*?)\\s*</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (text.startsWith(u'<')) {
        const auto m = title.match(text);
        return m.hasMatch() ? Core::Tr::tr("an HTML page “%1”").arg(m.captured(1).simplified())
                            : Core::Tr::tr("an HTML page");
    }
    const QJsonObject o = QJsonDocument::fromJson(trimmed).object();
    if (o.value(u"error"_s).isString())
        return Core::Tr::tr("the error “%1”").arg(o.value(u"error"_s).toString().left(200));
    const QString words = text.simplified();
    return words.size() > 60 ? Core::Tr::tr("“%1…”").arg(words.left(60))
                             : Core::Tr::tr("“%1”").arg(words);
}

Result<QString> parseHealth(const QByteArray &body)
{
    if (body.trimmed() == "OK")
        return u"OK"_s;
    return Error{
        Core::Tr::tr("the health endpoint answered %1 instead of “OK”").arg(describeBody(body))};
}

Result<InstanceInfo> parseInstance(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (!trimmed.startsWith('{'))
        return Error{Core::Tr::tr("/api/v2/instance answered %1, not Mastodon's JSON")
                         .arg(describeBody(body))};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{
            Core::Tr::tr("/api/v2/instance is not valid JSON (%1 at character %2; cut short?)")
                .arg(error.errorString())
                .arg(error.offset)};
    const QJsonObject o = doc.object();
    if (o.value(u"error"_s).isString() && !o.contains(u"version"_s))
        return Error{Core::Tr::tr("/api/v2/instance answered %1").arg(describeBody(body))};
    InstanceInfo info;
    info.version = o.value(u"version"_s).toString();
    if (info.version.isEmpty())
        return Error{Core::Tr::tr("/api/v2/instance has no “version”")};
    info.domain = o.value(u"domain"_s).toString();
    info.title = o.value(u"title"_s).toString();
    const QJsonObject configuration = o.value(u"configuration"_s).toObject();
    const QJsonObject statuses = configuration.value(u"statuses"_s).toObject();
    const QJsonValue max = statuses.value(u"max_characters"_s);
    if (!max.isDouble() || max.toDouble() < 1 || max.toDouble() != double(max.toInt()))
        return Error{Core::Tr::tr(
            "/api/v2/instance has no configuration.statuses.max_characters (a number)")};
    info.maxCharacters = max.toInt();
    info.charactersReservedPerUrl = statuses.value(u"characters_reserved_per_url"_s).toInt();
    info.streamingUrl = configuration.value(u"urls"_s).toObject().value(u"streaming"_s).toString();
    return info;
}

} // namespace Steward::Servers
