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

int positive(const YAML::Node &node, const QString &key, int min, int max)
{
    bool ok = false;
    const int value = scalar(node, key).trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        throw Fail{
            errorAt(Core::Tr::tr("“%1” must be a number from %2 to %3").arg(key).arg(min).arg(max),
                    node.Mark())};
    return value;
}

void parseDrill(const YAML::Node &node, BackupSettings &backup)
{
    if (!node.IsMap())
        throw Fail{
            errorAt(Core::Tr::tr("“drill” must be a mapping of keys to values"), node.Mark())};
    for (const auto &entry : node) {
        const QString key = fromStd(entry.first.as<std::string>());
        const YAML::Node &value = entry.second;
        if (key == u"host")
            backup.drillHost = scalar(value, key).trimmed();
        else if (key == u"max_age_days")
            backup.drillMaxAgeDays = positive(value, key, 1, 3650);
        else if (key == u"work_dir") {
            backup.drillWorkDir = scalar(value, key).trimmed();
            if (!backup.drillWorkDir.startsWith(u'/'))
                throw Fail{
                    errorAt(Core::Tr::tr("“work_dir” must be an absolute path"), value.Mark())};
        } else if (key == u"pg_host")
            backup.drillPgHost = scalar(value, key).trimmed();
        else if (key == u"pg_port")
            backup.drillPgPort = positive(value, key, 1, 65535);
        else if (key == u"pg_user")
            backup.drillPgUser = scalar(value, key).trimmed();
        else if (key == u"jobs")
            backup.drillJobs = positive(value, key, 0, 64);
        else
            throw Fail{errorAt(Core::Tr::tr("unknown key “%1”").arg(key), entry.first.Mark())};
    }
}

BackupSettings parseBackup(const YAML::Node &node)
{
    if (!node.IsMap())
        throw Fail{
            errorAt(Core::Tr::tr("“backup” must be a mapping of keys to values"), node.Mark())};
    BackupSettings backup;
    bool hasBucket = false;
    for (const auto &entry : node) {
        const QString key = fromStd(entry.first.as<std::string>());
        const YAML::Node &value = entry.second;
        if (key == u"bucket") {
            backup.bucket = scalar(value, key).trimmed();
            hasBucket = !backup.bucket.isEmpty();
        } else if (key == u"endpoint") {
            backup.endpoint = scalar(value, key).trimmed();
            if (!backup.endpoint.isEmpty() && !backup.endpoint.startsWith(u"https://")
                && !backup.endpoint.startsWith(u"http://"))
                throw Fail{errorAt(Core::Tr::tr("“endpoint” must be an http:// or https:// URL"),
                                   value.Mark())};
        } else if (key == u"prefix") {
            backup.prefix = value.IsNull() ? QString() : scalar(value, key).trimmed();
        } else if (key == u"region") {
            backup.region = scalar(value, key).trimmed();
        } else if (key == u"addressing") {
            backup.addressing = scalar(value, key).trimmed();
            if (backup.addressing != u"path" && backup.addressing != u"virtual")
                throw Fail{
                    errorAt(Core::Tr::tr("“addressing” must be path or virtual"), value.Mark())};
        } else if (key == u"pattern") {
            backup.pattern = scalar(value, key).trimmed();
            if (!backup.pattern.contains(u"{timestamp}"_s))
                throw Fail{
                    errorAt(Core::Tr::tr("“pattern” must contain {timestamp}"), value.Mark())};
        } else if (key == u"unit") {
            backup.unit = scalar(value, key).trimmed();
        } else if (key == u"database") {
            backup.database = scalar(value, key).trimmed();
        } else if (key == u"psql") {
            if (!value.IsSequence() || value.size() == 0)
                throw Fail{
                    errorAt(Core::Tr::tr("“psql” must be a list of arguments, such as [docker, "
                                         "compose, exec, -T, db, psql, -U, postgres]"),
                            value.Mark())};
            backup.psql.clear();
            for (const auto &item : value)
                backup.psql.append(scalar(item, key));
        } else if (key == u"fresh_hours") {
            backup.freshHours = positive(value, key, 1, 24 * 366);
        } else if (key == u"drill") {
            parseDrill(value, backup);
        } else {
            throw Fail{errorAt(Core::Tr::tr("unknown key “%1”").arg(key), entry.first.Mark())};
        }
    }
    if (!hasBucket)
        throw Fail{errorAt(Core::Tr::tr("“backup” has no “bucket”"), node.Mark())};
    return backup;
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
        } else if (key == u"backup") {
            server.backup = parseBackup(value);
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
                QList<YAML::Mark> marks;
                for (const auto &item : list) {
                    Server server = parseServer(item);
                    if (names.contains(server.name))
                        return errorAt(Core::Tr::tr("the name “%1” is used twice").arg(server.name),
                                       item.Mark());
                    names.insert(server.name);
                    servers.append(std::move(server));
                    marks.append(item.Mark());
                }
                // A drill host is another entry of the same inventory.
                for (qsizetype i = 0; i < servers.size(); ++i) {
                    const QString &drill = servers.at(i).backup.drillHost;
                    if (!drill.isEmpty() && !names.contains(drill))
                        return errorAt(Core::Tr::tr("server “%1”: the drill host “%2” is not a "
                                                    "server of the inventory")
                                           .arg(servers.at(i).name, drill),
                                       marks.at(i));
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

namespace {

void emitBackup(YAML::Emitter &out, const BackupSettings &b)
{
    const BackupSettings d;
    out << YAML::Key << "backup" << YAML::Value << YAML::BeginMap;
    if (!b.endpoint.isEmpty())
        out << YAML::Key << "endpoint" << YAML::Value << toStd(b.endpoint);
    out << YAML::Key << "bucket" << YAML::Value << toStd(b.bucket);
    if (!b.prefix.isEmpty())
        out << YAML::Key << "prefix" << YAML::Value << toStd(b.prefix);
    out << YAML::Key << "region" << YAML::Value << toStd(b.region);
    if (!b.addressing.isEmpty())
        out << YAML::Key << "addressing" << YAML::Value << toStd(b.addressing);
    if (b.pattern != d.pattern)
        out << YAML::Key << "pattern" << YAML::Value << toStd(b.pattern);
    if (b.unit != d.unit)
        out << YAML::Key << "unit" << YAML::Value << toStd(b.unit);
    if (b.database != d.database)
        out << YAML::Key << "database" << YAML::Value << toStd(b.database);
    if (b.psql != d.psql) {
        out << YAML::Key << "psql" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString &arg : b.psql)
            out << toStd(arg);
        out << YAML::EndSeq;
    }
    if (b.freshHours != d.freshHours)
        out << YAML::Key << "fresh_hours" << YAML::Value << b.freshHours;
    if (!b.drillHost.isEmpty()) {
        out << YAML::Key << "drill" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "host" << YAML::Value << toStd(b.drillHost);
        if (b.drillMaxAgeDays != d.drillMaxAgeDays)
            out << YAML::Key << "max_age_days" << YAML::Value << b.drillMaxAgeDays;
        if (b.drillWorkDir != d.drillWorkDir)
            out << YAML::Key << "work_dir" << YAML::Value << toStd(b.drillWorkDir);
        if (!b.drillPgHost.isEmpty())
            out << YAML::Key << "pg_host" << YAML::Value << toStd(b.drillPgHost);
        if (b.drillPgPort != d.drillPgPort)
            out << YAML::Key << "pg_port" << YAML::Value << b.drillPgPort;
        if (b.drillPgUser != d.drillPgUser)
            out << YAML::Key << "pg_user" << YAML::Value << toStd(b.drillPgUser);
        if (b.drillJobs != d.drillJobs)
            out << YAML::Key << "jobs" << YAML::Value << b.drillJobs;
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
}

} // namespace

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
        if (s.backup.configured())
            emitBackup(out, s.backup);
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
