// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Steward {

// What a server is for in our setup.
enum class ServerRole { Primary, Secondary, Staging };

QString serverRoleKey(ServerRole role);                          // "primary", as in the file
std::optional<ServerRole> serverRoleFromKey(const QString &key); // inverse of serverRoleKey
QString serverRoleDisplayName(ServerRole role);                  // translated, for the UI
QList<ServerRole> allServerRoles();

// One host of the inventory: how to reach it over SSH and where Mastodon lives on it.
struct Server
{
    static constexpr int defaultPort = 22;
    static QString defaultComposeDir() { return QStringLiteral("/opt/mastodon"); }

    QString name; // unique, what volunteers call it ("social.coop")
    QString host; // host name or address to connect to
    int port = defaultPort;
    QString user; // empty: the SSH default (ssh config, then the local user name)
    ServerRole role = ServerRole::Primary;
    QString composeDir = defaultComposeDir();
    QString publicUrl;    // the instance's public URL, "https://social.coop"
    QString identityFile; // optional private key path, as in ssh config
    QString notes;

    bool operator==(const Server &) const = default;
};

using ServerList = QList<Server>;

} // namespace Steward

Q_DECLARE_METATYPE(Steward::Server)
