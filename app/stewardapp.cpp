// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stewardapp.h"

#include "app/tr.h"
#include "core/inventory/sshconfigimport.h"
#include "core/releases/releasefeed.h"
#include "core/secrets/credentialstore.h"
#include "core/settings.h"
#include "core/ssh/sshconfig.h"
#include "models/serverlistmodel.h"
#include "widgets/composediffpanel.h"
#include "widgets/credentialsdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/releasespanel.h"
#include "widgets/serverspanel.h"

#include <QAction>
#include <QDir>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace Steward {

StewardApp::StewardApp(const GuiOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_inventoryFile(options.inventory.isEmpty() ? InventoryFile::defaultPath()
                                                  : QDir().absoluteFilePath(options.inventory))
    , m_window(std::make_unique<MainWindow>())
    , m_servers(new ServerListModel(this))
    , m_serversPanel(new ServersPanel(m_servers))
{
    m_window->addPanel(u"servers"_s,
                       App::Tr::tr("Servers"),
                       QIcon(u":/steward/icons/servers.svg"_s),
                       m_serversPanel);
    // Compose diff: upstream versions against the deployed copy. The SSH engine (core/ssh/) will
    // supply the deployed file through ComposeDiffPanel::setDeployedFetcher once it can read over SFTP.
    m_window->addPanel(u"compose"_s,
                       App::Tr::tr("Compose diff"),
                       QIcon(u":/steward/icons/compose.svg"_s),
                       new ComposeDiffPanel);
    // Release notes: GitHub (base URL and repositories from [releases] in steward.conf), the saved
    // copy offline, the bundled CHANGELOG.md on a first run without network. A GitHub token from
    // the keychain can be given through ReleaseFeed::setTokenProvider; the SSH engine can feed a
    // detected running version through ReleasesPanel::setRunningVersion.
    auto *releaseFeed = new Releases::ReleaseFeed(this);
    releaseFeed->applySettings(*openSettings());
    m_window->addPanel(u"releases"_s,
                       App::Tr::tr("Release notes"),
                       QIcon(u":/steward/icons/releases.svg"_s),
                       new ReleasesPanel(releaseFeed));

    QMenu *tools = m_window->panelMenu(App::Tr::tr("&Tools"));
    QAction *credentials = tools->addAction(App::Tr::tr("&Credentials…"));
    credentials->setObjectName(u"credentials"_s);
    connect(credentials, &QAction::triggered, this, &StewardApp::showCredentials);

    connect(m_servers, &ServerListModel::inventoryChanged, this, &StewardApp::saveInventory);
    connect(m_serversPanel, &ServersPanel::reloadRequested, this, &StewardApp::loadInventory);
    connect(m_serversPanel, &ServersPanel::importRequested, this, &StewardApp::importFromSshConfig);

    loadInventory();
    m_window->restoreState();
    if (!options.panel.isEmpty())
        m_window->setCurrentPanel(options.panel);
}

StewardApp::~StewardApp() = default;

void StewardApp::loadInventory()
{
    const auto loaded = m_inventoryFile.load();
    if (!loaded) {
        // Show nothing rather than stale rows, and never save over a file we could not read.
        m_servers->setReadOnly(true);
        m_servers->setServers({});
        m_serversPanel->showLoadError(m_inventoryFile.path(), loaded.error().toString());
        m_window->setStatusText(
            App::Tr::tr("Inventory: %1 (unreadable)").arg(m_inventoryFile.path()));
        return;
    }
    m_servers->setReadOnly(false);
    m_servers->setServers(loaded->servers);
    m_showingExample = loaded->origin == InventoryFile::Origin::BuiltInExample;
    if (m_showingExample) {
        m_serversPanel->showExampleNotice(m_inventoryFile.path());
        m_window->setStatusText(App::Tr::tr("Inventory: built-in example"));
    } else {
        m_serversPanel->clearMessage();
        m_window->setStatusText(App::Tr::tr("Inventory: %1").arg(m_inventoryFile.path()));
    }
}

void StewardApp::saveInventory()
{
    const QString error = m_inventoryFile.save(m_servers->servers());
    if (!error.isEmpty()) {
        m_serversPanel->showSaveError(error);
        return;
    }
    if (m_showingExample) {
        m_showingExample = false;
        m_serversPanel->clearMessage();
    }
    m_window->setStatusText(App::Tr::tr("Inventory: %1").arg(m_inventoryFile.path()));
}

void StewardApp::importFromSshConfig()
{
    const SshConfig config = SshConfig::load(SshConfig::defaultPath());
    QStringList warnings;
    for (const SshConfig::Warning &w : config.warnings())
        warnings.append(
            u"%1:%2: %3"_s.arg(QDir::home().relativeFilePath(w.file)).arg(w.line).arg(w.message));
    m_serversPanel->offerImport(serversFromSshConfig(config), warnings);
}

void StewardApp::showCredentials()
{
    if (!m_credentials)
        m_credentials = new CredentialStore(u"Steward"_s, this);
    CredentialsDialog dialog(m_credentials, m_window.get());
    dialog.exec();
}

} // namespace Steward
