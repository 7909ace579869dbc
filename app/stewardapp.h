// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commandline.h"
#include "core/inventory/inventoryfile.h"
#include "core/inventory/server.h"
#include "core/releases/releasenotes.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Steward {

class AnsibleInventoryReader;
class ComposeDiffPanel;
class CredentialStore;
class MainWindow;
class SshSecretBroker;
namespace Ssh {
class Session;
class SessionPool;
} // namespace Ssh
namespace Servers {
class StatusMonitor;
}
class ReleasesPanel;
class LogsPanel;
class OnboardingPanel;
class RunbookPanel;
class ServerListModel;
class ServersPanel;

// Start-up and wiring: creates the core objects, the models and the panels, and connects them.
class StewardApp : public QObject
{
    Q_OBJECT

public:
    explicit StewardApp(const GuiOptions &options, QObject *parent = nullptr);
    ~StewardApp() override;

    MainWindow *window() const { return m_window.get(); }
    ServerListModel *servers() const { return m_servers; }
    ServersPanel *serversPanel() const { return m_serversPanel; }
    LogsPanel *logsPanel() const { return m_logsPanel; }
    OnboardingPanel *onboardingPanel() const { return m_onboardingPanel; }
    RunbookPanel *runbookPanel() const { return m_runbookPanel; }
    Ssh::SessionPool *sessions() const { return m_sessions; }
    Servers::StatusMonitor *statusMonitor() const { return m_statusMonitor; }

    // Connects (or reconnects) to a server of the inventory; the Servers panel shows how it goes.
    void connectServer(const Server &server);

    // (Re)reads the inventory file into the Servers panel.
    void loadInventory();

private:
    // The lab's known_hosts (beside its inventory) for the server named lab; connecting to that server.
    void trustLabHostKeys(const QString &labInventory);
    void connectLab();
    void saveInventory();
    void importFromSshConfig();
    void importFromAnsibleInventory(const QString &path);
    void showCredentials();
    CredentialStore *credentials();
    void watchSession(const QString &serverName, Ssh::Session *session);
    void forgetRemovedServers();
    void probeVersion(const QString &serverName);
    void setUpStatus();
    void showRunningVersion(const QString &server, const QString &version, bool force = false);
    // The server features act on: the one selected in the Servers panel, else the primary, else the first.
    std::optional<Server> chosenServer() const;
    void fetchDeployedCompose(
        const QString &serverName,
        std::function<void(const QByteArray &, const QString &, const QString &)> done);

    GuiOptions m_options;
    InventoryFile m_inventoryFile;
    std::unique_ptr<MainWindow> m_window;
    ServerListModel *m_servers;
    ServersPanel *m_serversPanel;
    bool m_showingExample = false;
    // Made on the first Ansible import.
    AnsibleInventoryReader *m_ansibleReader = nullptr;
    // Made on first use. At start-up only its index (in steward.conf) is read, to know whether a GitHub token
    // is kept; the keychain itself is asked for that token only when the index says it is there.
    CredentialStore *m_credentials = nullptr;
    Ssh::SessionPool *m_sessions;
    Servers::StatusMonitor *m_statusMonitor = nullptr;
    QList<Releases::Release> m_knownReleases; // the release feed's, for the version column
    SshSecretBroker *m_secrets = nullptr;     // with the credential store
    ReleasesPanel *m_releasesPanel = nullptr;
    ComposeDiffPanel *m_composePanel = nullptr;
    LogsPanel *m_logsPanel = nullptr;
    OnboardingPanel *m_onboardingPanel = nullptr;
    RunbookPanel *m_runbookPanel = nullptr;
    QString m_versionShownFor; // the server whose running version the plan starts from
    QString m_githubToken;     // from the keychain, for the GitHub API; wiped at exit
    bool m_releasesFetched = false;
};

} // namespace Steward
