// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QJsonDocument;

namespace Steward {

class CredentialStore;
class SshSecretBroker;
namespace Ssh {
class Session;
class SessionPool;
} // namespace Ssh

// What the headless commands that act on servers (`steward status`, `logs`, `backup`, `runbook`) share with
// the window: the inventory (--inventory FILE, --lab, else the user's ~/.config/steward/inventory.yaml), the
// server selection (--server NAME, repeatable), one SSH session per server from the same SessionPool, and the
// output conventions. It runs in batch mode, as `ssh -o BatchMode=yes`: an unknown host key is refused with
// a message saying how to check and accept it (never asked about, never accepted); a passphrase or password
// comes from the keychain (or ssh-agent) and is never asked on the terminal.
//
// Exit codes shared by these commands (docs/user-guide.md): 0 all is well; 1 something is wrong (a server
// unhealthy, a backup stale, a drill or a run that failed); 2 bad usage or an unreadable inventory; 3 a server
// could not be reached (connection refused, host key unknown or changed, authentication failed).
class ConsoleServers : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Ok = 0, Problem = 1, Usage = 2, Unreachable = 3 };

    // name: the subcommand, for messages ("steward status: …").
    explicit ConsoleServers(const QString &name, QObject *parent = nullptr);
    ~ConsoleServers() override;

    // --inventory FILE, --lab, and (when withServer) --server NAME (repeatable).
    void addOptions(QCommandLineParser &parser, bool withServer = true);
    // After parsing: loads the inventory (starting the lab for --lab, its progress on stderr) and checks that
    // every --server names a server of it. Prints the reason and returns Usage (or the lab's code) on error.
    int setUp(const QCommandLineParser &parser);

    bool isLab() const { return m_lab; }
    QString inventoryPath() const { return m_inventoryPath; }
    const ServerList &servers() const { return m_servers; }
    std::optional<Server> server(const QString &name) const;
    // The --server names given, in order, else every server of the inventory.
    ServerList selected() const;
    QStringList selectedNames() const { return m_selectedNames; }

    Ssh::SessionPool *sessions() const { return m_sessions; }
    // Connects (or reuses) the server's session and calls done once it is Ready, or with the reason it is
    // not (host key refused, connection failed...). done is called once, from the event loop.
    void connectTo(const Server &server,
                   QObject *context,
                   std::function<void(const Result<Ssh::Session *> &)> done);

    // Output: messages to stderr prefixed with "steward NAME: ", results to stdout (UTF-8, whatever the
    // locale), JSON indented.
    void error(const QString &message) const;
    static void print(const QString &text);
    static void printJson(const QJsonDocument &document);

private:
    void watch(const QString &serverName, Ssh::Session *session);

    QString m_name;
    QString m_inventoryPath;
    bool m_lab = false;
    ServerList m_servers;
    QStringList m_selectedNames;
    Ssh::SessionPool *m_sessions;
    CredentialStore *m_credentials = nullptr;
    SshSecretBroker *m_secrets = nullptr;
    QHash<QString, QString> m_refusals; // server → why its session was refused (host key...)
};

} // namespace Steward
