// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inventory/inventory.h"

#include "core/tr.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Steward::Inventory {
namespace {

Error errorAt(const QString &message, const YAML::Mark &mark)
{
    // yaml-cpp counts from 0; a null mark is -1.
    return Error{message,
                 mark.line >= 0 ? mark.line + 1 : 0,
                 mark.column >= 0 ? mark.column + 1 : 0};
}

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

struct Fail
{
    Error error;
};

QString scalar(const YAML::Node &node, const QString &key)
{
    if (!node.IsScalar())
        throw Fail{errorAt(Core::Tr::tr("“%1” must be a single value").arg(key), node.Mark())};
    return fromStd(node.Scalar());
}

Server parseServer(const YAML::Node &node)
{
    if (!node.IsMap())
        throw Fail{
            errorAt(Core::Tr::tr("each server must be a mapping of keys to values"), node.Mark())};
    Server server;
    bool hasName = false;
    bool hasHost = false;
    for (const auto &entry : node) {
        const QString key = fromStd(entry.first.as<std::string>());
        const YAML::Node &value = entry.second;
        if (key == u"name") {
            server.name = scalar(value, key).trimmed();
            hasName = !server.name.isEmpty();
        } else if (key == u"host") {
            server.host = scalar(value, key).trimmed();
            hasHost = !server.host.isEmpty();
        } else if (key == u"port") {
            bool ok = false;
            const int port = scalar(value, key).toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                throw Fail{
                    errorAt(Core::Tr::tr("“port” must be a number from 1 to 65535"), value.Mark())};
            server.port = port;
        } else if (key == u"user") {
            server.user = scalar(value, key).trimmed();
        } else if (key == u"role") {
            const auto role = serverRoleFromKey(scalar(value, key).trimmed());
            if (!role)
                throw Fail{errorAt(Core::Tr::tr("“role” must be primary, secondary or staging"),
                                   value.Mark())};
            server.role = *role;
        } else if (key == u"compose_dir") {
            server.composeDir = scalar(value, key).trimmed();
        } else if (key == u"public_url") {
            server.publicUrl = scalar(value, key).trimmed();
        } else if (key == u"identity_file") {
            server.identityFile = scalar(value, key).trimmed();
        } else if (key == u"notes") {
            server.notes = value.IsNull() ? QString() : scalar(value, key);
        } else {
            throw Fail{errorAt(Core::Tr::tr("unknown key “%1”").arg(key), entry.first.Mark())};
        }
    }
    if (!hasName)
        throw Fail{errorAt(Core::Tr::tr("a server has no “name”"), node.Mark())};
    if (!hasHost)
        throw Fail{errorAt(Core::Tr::tr("server “%1” has no “host”").arg(server.name), node.Mark())};
    return server;
}

} // namespace

Result<ServerList> parse(const QByteArray &yaml)
{
    if (yaml.size() > maxFileSize)
        return Error{Core::Tr::tr("the file is larger than %1 MiB; it is not an inventory")
                         .arg(maxFileSize >> 20)};
    if (yaml.contains('\0'))
        return Error{Core::Tr::tr("the file contains binary data; it is not an inventory")};
    {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(yaml);
        if (decoder.hasError())
            return Error{Core::Tr::tr("the file is not valid UTF-8 text")};
    }

    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return errorAt(Core::Tr::tr("not valid YAML: %1").arg(fromStd(e.msg)), e.mark);
    }

    ServerList servers;
    if (root.IsNull())
        return servers; // an empty file is an empty inventory
    try {
        if (!root.IsMap())
            return errorAt(Core::Tr::tr("the inventory must be a mapping with a “servers” list"),
                           root.Mark());
        for (const auto &entry : root) {
            const QString key = fromStd(entry.first.as<std::string>());
            if (key == u"version") {
                bool ok = false;
                const int version = scalar(entry.second, key).toInt(&ok);
                if (!ok || version < 1)
                    return errorAt(Core::Tr::tr("“version” must be a positive number"),
                                   entry.second.Mark());
                if (version > formatVersion)
                    return errorAt(
                        Core::Tr::tr(
                            "this inventory is format version %1; this Steward reads up to "
                            "version %2")
                            .arg(version)
                            .arg(formatVersion),
                        entry.second.Mark());
            } else if (key == u"servers") {
                const YAML::Node &list = entry.second;
                if (list.IsNull())
                    continue;
                if (!list.IsSequence())
                    return errorAt(Core::Tr::tr("“servers” must be a list"), list.Mark());
                QSet<QString> names;
                for (const auto &item : list) {
                    Server server = parseServer(item);
                    if (names.contains(server.name))
                        return errorAt(Core::Tr::tr("the name “%1” is used twice").arg(server.name),
                                       item.Mark());
                    names.insert(server.name);
                    servers.append(std::move(server));
                }
            } else {
                return errorAt(Core::Tr::tr("unknown key “%1”").arg(key), entry.first.Mark());
            }
        }
    } catch (const Fail &fail) {
        return fail.error;
    } catch (const YAML::Exception &e) {
        return errorAt(Core::Tr::tr("not valid YAML: %1").arg(fromStd(e.msg)), e.mark);
    }
    return servers;
}

QByteArray serialize(const ServerList &servers)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment(
        "Steward inventory: the servers of our Mastodon instance. Edited by Steward; "
        "comments are not kept.")
        << YAML::Newline;
    out << YAML::BeginMap;
    out << YAML::Key << "version" << YAML::Value << formatVersion;
    out << YAML::Key << "servers" << YAML::Value << YAML::BeginSeq;
    for (const Server &s : servers) {
        out << YAML::BeginMap;
        out << YAML::Key << "name" << YAML::Value << toStd(s.name);
        out << YAML::Key << "host" << YAML::Value << toStd(s.host);
        if (s.port != Server::defaultPort)
            out << YAML::Key << "port" << YAML::Value << s.port;
        if (!s.user.isEmpty())
            out << YAML::Key << "user" << YAML::Value << toStd(s.user);
        out << YAML::Key << "role" << YAML::Value << toStd(serverRoleKey(s.role));
        out << YAML::Key << "compose_dir" << YAML::Value << toStd(s.composeDir);
        if (!s.publicUrl.isEmpty())
            out << YAML::Key << "public_url" << YAML::Value << toStd(s.publicUrl);
        if (!s.identityFile.isEmpty())
            out << YAML::Key << "identity_file" << YAML::Value << toStd(s.identityFile);
        if (!s.notes.isEmpty()) {
            out << YAML::Key << "notes" << YAML::Value;
            if (s.notes.contains(u'\n'))
                out << YAML::Literal;
            out << toStd(s.notes);
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes.append('\n');
    return bytes;
}

QString validate(const Server &server)
{
    if (server.name.trimmed().isEmpty())
        return Core::Tr::tr("The name cannot be empty.");
    if (server.host.trimmed().isEmpty())
        return Core::Tr::tr("The host cannot be empty.");
    if (server.host.contains(QRegularExpression(u"\\s"_s)))
        return Core::Tr::tr("The host cannot contain spaces.");
    if (server.port < 1 || server.port > 65535)
        return Core::Tr::tr("The port must be a number from 1 to 65535.");
    if (!server.composeDir.startsWith(u'/'))
        return Core::Tr::tr("The compose directory must be an absolute path.");
    return {};
}

} // namespace Steward::Inventory
