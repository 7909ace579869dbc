// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stewardapp.h"

#include "app/labstarter.h"
#include "app/tr.h"
#include "core/backups/cataloguesource.h"
#include "core/inventory/ansibleinventory.h"
#include "core/inventory/sshconfigimport.h"
#include "core/logs/logfeed.h"
#include "core/onboarding/glossary.h"
#include "core/onboarding/servicesmap.h"
#include "core/releases/releasefeed.h"
#include "core/releases/versionprobe.h"
#include "core/secrets/credentialstore.h"
#include "core/secrets/sshsecrets.h"
#include "core/servers/serveraction.h"
#include "core/servers/sessionpool.h"
#include "core/servers/statusmonitor.h"
#include "core/servers/versionbadge.h"
#include "core/settings.h"
#include "core/ssh/sshconfig.h"
#include "core/ssh/transfer.h"
#include "models/onboarding/servicesmapmodel.h"
#include "models/servers/actionhistorymodel.h"
#include "models/servers/serverlistmodel.h"
#include "models/servers/statusformat.h"
#include "widgets/backups/backupspanel.h"
#include "widgets/common/messagebox.h"
#include "widgets/compose/composediffpanel.h"
#include "widgets/logs/logspanel.h"
#include "widgets/onboarding/accesspage.h"
#include "widgets/onboarding/onboardingpanel.h"
#include "widgets/onboarding/welcomepage.h"
#include "widgets/releases/releasespanel.h"
#include "widgets/runbook/runbookpanel.h"
#include "widgets/secrets/credentialsdialog.h"
#include "widgets/servers/serverdetailview.h"
#include "widgets/servers/serverspanel.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/ssh/sshprompts.h"

#include <QAction>
#include <QBoxLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace Steward {

namespace {

// The Servers list's "Last backup" cell for a server's backup freshness.
Servers::Severity backupSeverity(const Backups::Freshness &f)
{
    switch (f.status) {
    case Backups::Freshness::Status::Fresh:
        return f.suspicious ? Servers::Severity::Warning : Servers::Severity::Ok;
    case Backups::Freshness::Status::Stale:
        return Servers::Severity::Warning;
    case Backups::Freshness::Status::Empty:
        return Servers::Severity::Critical;
    case Backups::Freshness::Status::Error:
    case Backups::Freshness::Status::Unknown:
        break;
    }
    return Servers::Severity::Unknown;
}

QString backupText(const Backups::Freshness &f)
{
    switch (f.status) {
    case Backups::Freshness::Status::Fresh:
        return f.suspicious
                   ? App::Tr::tr("%1 (suspiciously small)").arg(Backups::formatAge(f.ageSeconds))
                   : Backups::formatAge(f.ageSeconds);
    case Backups::Freshness::Status::Stale:
        return App::Tr::tr("%1 (stale)").arg(Backups::formatAge(f.ageSeconds));
    case Backups::Freshness::Status::Empty:
        return App::Tr::tr("none");
    case Backups::Freshness::Status::Error:
        return App::Tr::tr("unknown");
    case Backups::Freshness::Status::Unknown:
        break;
    }
    return {};
}

} // namespace

StewardApp::StewardApp(const GuiOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_inventoryFile(options.inventory.isEmpty() ? InventoryFile::defaultPath()
                                                  : QDir().absoluteFilePath(options.inventory))
    , m_window(std::make_unique<MainWindow>())
    , m_servers(new ServerListModel(this))
    , m_serversPanel(new ServersPanel(m_servers))
    , m_sessions(new Ssh::SessionPool(this))
{
    m_window->addPanel(u"servers"_s,
                       App::Tr::tr("Servers"),
                       QIcon(u":/steward/icons/servers.svg"_s),
                       m_serversPanel);
    // Compose diff: upstream versions against the deployed copy, read over SFTP from the server
    // chosen in the panel (first the one selected in the Servers panel, else the primary one).
    auto *compose = new ComposeDiffPanel;
    compose->setDeployedFetcher([this](const QString &server, ComposeDiffPanel::DeployedDone done) {
        fetchDeployedCompose(server, std::move(done));
    });
    m_composePanel = compose;
    m_window->addPanel(u"compose"_s,
                       App::Tr::tr("Compose diff"),
                       QIcon(u":/steward/icons/compose.svg"_s),
                       compose);
    // Release notes: GitHub (base URL and repositories from [releases] in steward.conf), the saved
    // copy offline, the bundled CHANGELOG.md on a first run without network. A GitHub token from
    // the keychain can be given through ReleaseFeed::setTokenProvider; the SSH engine can feed a
    // detected running version through ReleasesPanel::setRunningVersion.
    auto *releaseFeed = new Releases::ReleaseFeed(this);
    releaseFeed->applySettings(*openSettings());
    // A GitHub token kept in the keychain (Tools > Credentials, kind "GitHub token") raises the API's
    // rate limit. The keychain is asked at start only when Steward's index says one is there.
    for (const CredentialKey &key : credentials()->entries()) {
        if (key.kind != CredentialKind::GitHubToken)
            continue;
        credentials()->read(key, this, [this](CredentialReply &reply) {
            if (reply.status == CredentialReply::Status::Ok) {
                m_githubToken = reply.secret;
                // The panel was opened before the keychain answered: ask again with the token
                // (conditional requests: what did not change costs nothing).
                if (m_releasesFetched)
                    m_releasesPanel->refresh();
            }
            wipeSecret(reply.secret);
        });
        break;
    }
    releaseFeed->setTokenProvider([this] { return m_githubToken; });
    connect(releaseFeed, &Releases::ReleaseFeed::started, this, [this] {
        m_releasesFetched = true;
    });
    // The Servers panel's version column: a newer patch of each server's line, from the same feed.
    connect(releaseFeed,
            &Releases::ReleaseFeed::loaded,
            this,
            [this](const Releases::ReleaseFeed::Outcome &outcome) {
                m_knownReleases = outcome.releases;
                for (const QString &name : m_servers->names()) {
                    const QString version = m_servers->overview(name).version;
                    if (!version.isEmpty())
                        showRunningVersion(name, version, true);
                }
            });
    m_releasesPanel = new ReleasesPanel(releaseFeed);
    m_window->addPanel(u"releases"_s,
                       App::Tr::tr("Release notes"),
                       QIcon(u":/steward/icons/releases.svg"_s),
                       m_releasesPanel);

    // Backups: the catalogue read from the bucket (from this computer), the backup unit run and
    // followed, restore drills on the drill host; the sessions come from the shared pool.
    auto *backups = new BackupsPanel(m_sessions->connector(), credentials());
    // The Servers list's "Last backup" column follows each server's freshness, read for every server
    // with backup settings at start and when the inventory changes (a listing of its bucket).
    connect(backups->freshness(),
            &Backups::FreshnessBoard::statusChanged,
            this,
            [this, backups](const QString &name) {
                const Backups::Freshness f = backups->freshness()->status(name);
                m_servers->setBackupOverview(name, f.newestTime, backupSeverity(f), backupText(f));
            });
    // Edits emit inventoryChanged; a load (at start, Reload) resets the model. The panel reads every
    // server's freshness when it is given them.
    const auto serversChanged = [this, backups] { backups->setServers(m_servers->servers()); };
    connect(m_servers, &ServerListModel::inventoryChanged, backups, serversChanged);
    connect(m_servers, &QAbstractItemModel::modelReset, backups, serversChanged);
    m_window->addPanel(u"backups"_s,
                       App::Tr::tr("Backups"),
                       QIcon::fromTheme(u"drive-harddisk"_s,
                                        QIcon(u":/steward/icons/servers.svg"_s)),
                       backups);

    // Runbook: the upgrade night, step by step, run in tmux on the server over the shared session.
    m_runbookPanel = new RunbookPanel(m_sessions->connector(), new QNetworkAccessManager(this));
    // An announcement's admin token: STEWARD_MASTODON_TOKEN when set (automation, tests), else the
    // keychain's "Mastodon access token" of the server (Tools › Credentials). Never shown or logged.
    m_runbookPanel->setTokenProvider([this](const Server &server,
                                            QObject *context,
                                            std::function<void(Result<QString>)> done) {
        QString token = qEnvironmentVariable("STEWARD_MASTODON_TOKEN").trimmed();
        if (!token.isEmpty()) {
            done(token);
            wipeSecret(token);
            return;
        }
        credentials()
            ->read({CredentialKind::MastodonToken, server.name},
                   context,
                   [done, name = server.name](CredentialReply &reply) {
                       if (reply.status == CredentialReply::Status::Ok) {
                           QString secret = reply.secret;
                           wipeSecret(reply.secret);
                           done(secret);
                           wipeSecret(secret);
                           return;
                       }
                       done(Error{
                           reply.status == CredentialReply::Status::NotFound
                               ? App::Tr::tr("There is no admin token for %1: keep one in the "
                                             "keychain (Tools › Credentials, “Mastodon access "
                                             "token”).")
                                     .arg(name)
                               : App::Tr::tr("The keychain did not give the admin token of %1: %2")
                                     .arg(name, reply.error.message)});
                   });
    });
    // The upgrade plan (Release notes) opens the upgrade runbook with its target, the migrations to
    // expect and the dependency floors; the volunteer adds the reviewed compose file and starts it.
    connect(m_releasesPanel,
            &ReleasesPanel::upgradeRunRequested,
            this,
            [this](const QString &server, const QHash<QString, QString> &parameters) {
                m_runbookPanel->prepare(u"mastodon-upgrade"_s, server, parameters);
                m_window->setCurrentPanel(u"runbook"_s);
            });
    const auto runbookServers = [this] { m_runbookPanel->setServers(m_servers->servers()); };
    connect(m_servers, &ServerListModel::inventoryChanged, m_runbookPanel, runbookServers);
    connect(m_servers, &QAbstractItemModel::modelReset, m_runbookPanel, runbookServers);
    runbookServers();
    m_window->addPanel(u"runbook"_s,
                       App::Tr::tr("Runbook"),
                       QIcon::fromTheme(u"system-run"_s, QIcon(u":/steward/icons/releases.svg"_s)),
                       m_runbookPanel);

    // Logs: the journals and compose logs a volunteer opens from the Servers panel, merged into one
    // timeline, read over the server's shared session.
    auto *logFeed = new Logs::LogFeed(this);
    logFeed->setSessionProvider([this](const QString &name,
                                       QObject *context,
                                       std::function<void(const Result<Ssh::Session *> &)> done) {
        for (const Server &server : m_servers->servers()) {
            if (server.name == name) {
                m_sessions->whenReady(server, true, context, std::move(done));
                return;
            }
        }
        done(Error{App::Tr::tr("There is no server “%1” in the inventory.").arg(name)});
    });
    m_logsPanel = new LogsPanel(logFeed);
    m_window->addPanel(u"logs"_s,
                       App::Tr::tr("Logs"),
                       QIcon(u":/steward/icons/logs.svg"_s),
                       m_logsPanel);
    connect(m_serversPanel,
            &ServersPanel::logsRequested,
            this,
            [this](const Server &server, const QString &unit, const QString &service) {
                Logs::SourceSpec spec;
                spec.server = server.name;
                if (!service.isEmpty()) {
                    spec.kind = Logs::SourceKind::Compose;
                    spec.name = service;
                    spec.composeDir = server.composeDir;
                } else {
                    spec.kind = Logs::SourceKind::Journal;
                    spec.name = unit;
                }
                m_logsPanel->open(spec);
                m_window->setCurrentPanel(u"logs"_s);
            });
    // What the Backups and Runbook panels produced, opened in Logs (searchable, savable, mergeable).
    const auto openOutput = [this](const QString &label, const QByteArray &output) {
        m_logsPanel->openText(label, output);
        m_window->setCurrentPanel(u"logs"_s);
    };
    connect(m_runbookPanel, &RunbookPanel::openOutput, this, openOutput);
    connect(backups, &BackupsPanel::openOutput, this, openOutput);
    connect(backups,
            &BackupsPanel::logsRequested,
            this,
            [this](const Server &server, const QString &unit) {
                Logs::SourceSpec spec;
                spec.server = server.name;
                spec.kind = Logs::SourceKind::Journal;
                spec.name = unit;
                m_logsPanel->open(spec);
                m_window->setCurrentPanel(u"logs"_s);
            });

    // Onboarding: the group's services map (services.yaml beside the inventory, else the shipped
    // example), the command glossary with Try on the lab, and the lessons checked on the lab.
    m_onboardingPanel = new OnboardingPanel(m_sessions->connector());
    {
        const auto readFile = [](const QString &path) -> std::optional<QByteArray> {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly) || f.size() > Onboarding::ServicesMap::maxFileSize)
                return std::nullopt;
            return f.readAll();
        };
        const QString groupMap = QFileInfo(m_inventoryFile.path()).dir().filePath(u"services.yaml"_s);
        const QString mapPath = QFile::exists(groupMap) ? groupMap
                                                        : u":/steward/onboarding/services.yaml"_s;
        const auto mapText = readFile(mapPath);
        m_onboardingPanel->setServicesMap(
            mapText ? Onboarding::parseServicesMap(*mapText)
                    : Result<Onboarding::ServicesMap>(
                          Error{App::Tr::tr("it cannot be read (or is over 1 MiB)")}),
            mapPath.startsWith(u':')
                ? App::Tr::tr("the shipped example (put the group's own in %1)").arg(groupMap)
                : mapPath);
        // Edit map writes the group's file (made from the shipped example the first time).
        m_onboardingPanel->setMapPath(groupMap);
        const auto glossaryText = readFile(u":/steward/onboarding/commands.yaml"_s);
        m_onboardingPanel->setGlossary(glossaryText ? Onboarding::parseGlossary(*glossaryText)
                                                    : Result<Onboarding::Glossary>(Error{
                                                          App::Tr::tr("the glossary is missing")}));
    }
    // Access: the new key's passphrase in the keychain; Check access connects as the pool would, with
    // the new key only.
    m_onboardingPanel->accessPage()->setCredentialStore(credentials());
    m_onboardingPanel->accessPage()->setEndpointResolver(
        [this](const Server &server) { return m_sessions->endpointFor(server); });
    const auto onboardingServers = [this] { m_onboardingPanel->setServers(m_servers->servers()); };
    connect(m_servers, &ServerListModel::inventoryChanged, m_onboardingPanel, onboardingServers);
    connect(m_servers, &QAbstractItemModel::modelReset, m_onboardingPanel, onboardingServers);
    onboardingServers();
    m_window->addPanel(u"onboarding"_s,
                       App::Tr::tr("Onboarding"),
                       QIcon::fromTheme(u"help-contents"_s, QIcon(u":/steward/icons/steward.svg"_s)),
                       m_onboardingPanel);

    QMenu *tools = m_window->panelMenu(App::Tr::tr("&Tools"));
    QAction *credentials = tools->addAction(App::Tr::tr("&Credentials…"));
    credentials->setObjectName(u"credentials"_s);
    connect(credentials, &QAction::triggered, this, &StewardApp::showCredentials);

    // SSH: one shared session per server; its questions (host key, passphrase, password) are asked
    // here, without blocking, and answered from the keychain when it holds the secret.
    connect(m_sessions, &Ssh::SessionPool::sessionCreated, this, &StewardApp::watchSession);
    connect(m_sessions,
            &Ssh::SessionPool::stateChanged,
            this,
            [this](const QString &name, Ssh::Session::State state, const QString &detail) {
                QString text = detail;
                if (state == Ssh::Session::State::Ready) {
                    if (Ssh::Session *session = m_sessions->existing(name))
                        text = App::Tr::tr("Logged in with %1").arg(session->authenticatedWith());
                    m_window->setStatusText(App::Tr::tr("%1: connected").arg(name));
                    m_serversPanel->clearConnectionProblem(name);
                    probeVersion(name);
                    // What the server runs, right away rather than at the next interval.
                    m_statusMonitor->refresh(name, false);
                }
                m_servers->setConnectionState(name, state, text);
                if ((state == Ssh::Session::State::Lost || state == Ssh::Session::State::Closed)
                    && !detail.isEmpty()) {
                    m_window->setStatusText(App::Tr::tr("%1: %2").arg(name, detail));
                    m_serversPanel->showConnectionProblem(name, detail);
                }
            });
    connect(m_serversPanel, &ServersPanel::connectRequested, this, &StewardApp::connectServer);
    setUpStatus();
    if (options.lab)
        trustLabHostKeys(m_inventoryFile.path());

    connect(m_servers, &ServerListModel::inventoryChanged, this, &StewardApp::saveInventory);
    connect(m_serversPanel, &ServersPanel::reloadRequested, this, &StewardApp::loadInventory);
    connect(m_serversPanel, &ServersPanel::importRequested, this, &StewardApp::importFromSshConfig);
    connect(m_serversPanel,
            &ServersPanel::ansibleImportRequested,
            this,
            &StewardApp::importFromAnsibleInventory);

    loadInventory();

    // First start: a welcome page above the Servers panel while there is no inventory yet (no file, so
    // the built-in example is shown, or a file without servers). Its choices are the panel's own actions,
    // from an empty list rather than the example; the lab starts as steward --lab does, and Steward then
    // opens the lab's inventory.
    auto *welcome = new WelcomePage(m_serversPanel);
    if (auto *box = qobject_cast<QBoxLayout *>(m_serversPanel->layout()))
        box->insertWidget(1, welcome);
    const auto updateWelcome = [this, welcome] {
        welcome->setExampleShown(m_showingExample && m_servers->rowCount() > 0);
        welcome->setVisible(!m_servers->isReadOnly()
                            && (m_showingExample || m_servers->rowCount() == 0));
    };
    // Queued: loadInventory() and saveInventory() say whether the example is shown after the model changed.
    connect(m_servers, &QAbstractItemModel::modelReset, welcome, updateWelcome, Qt::QueuedConnection);
    connect(m_servers,
            &QAbstractItemModel::rowsInserted,
            welcome,
            updateWelcome,
            Qt::QueuedConnection);
    connect(m_servers,
            &QAbstractItemModel::rowsRemoved,
            welcome,
            updateWelcome,
            Qt::QueuedConnection);
    connect(m_servers,
            &ServerListModel::inventoryChanged,
            welcome,
            updateWelcome,
            Qt::QueuedConnection);
    const auto leaveExample = [this] {
        if (!m_showingExample || m_servers->rowCount() == 0)
            return;
        m_servers->setServers({});
        forgetRemovedServers();
        m_serversPanel->clearMessage();
    };
    connect(welcome, &WelcomePage::importSshConfigRequested, this, [this, leaveExample] {
        leaveExample();
        m_serversPanel->importAction()->trigger();
    });
    connect(welcome, &WelcomePage::importAnsibleRequested, this, [this, leaveExample] {
        leaveExample();
        m_serversPanel->importAnsibleAction()->trigger();
    });
    connect(welcome, &WelcomePage::addServerRequested, this, [this, leaveExample] {
        leaveExample();
        m_serversPanel->addAction()->trigger();
    });
    auto *lab = new LabStarter(this);
    welcome->setLabAvailable(LabStarter::isAvailable());
    connect(welcome, &WelcomePage::labRequested, lab, [welcome, lab] {
        welcome->showLabStarting({});
        lab->start();
    });
    connect(welcome, &WelcomePage::labCancelRequested, lab, &LabStarter::cancel);
    connect(lab, &LabStarter::progress, welcome, &WelcomePage::showLabStarting);
    connect(lab, &LabStarter::failed, welcome, &WelcomePage::showLabStopped);
    connect(lab, &LabStarter::canceled, welcome, [welcome] { welcome->showLabStopped({}); });
    connect(lab, &LabStarter::started, this, [this, welcome](const QString &inventory) {
        welcome->showLabStopped({});
        m_inventoryFile = InventoryFile(inventory);
        trustLabHostKeys(inventory);
        loadInventory();
        connectLab();
    });
    // Lessons: the lab reset and its faults switched from the Onboarding panel, by the lab's own script.
    auto *lessonLab = new LabStarter(this);
    m_onboardingPanel->setLabControl(LabStarter::isAvailable());
    connect(m_onboardingPanel,
            &OnboardingPanel::labPreparationRequested,
            lessonLab,
            [this, lessonLab](bool reset, const QStringList &faults) {
                if (reset)
                    m_sessions->forget(u"lab"_s); // a reset lab has new host keys and state
                lessonLab->prepare(reset, faults);
            });
    connect(lessonLab, &LabStarter::progress, m_onboardingPanel, &OnboardingPanel::labPreparing);
    connect(lessonLab, &LabStarter::failed, m_onboardingPanel, &OnboardingPanel::labPrepared);
    connect(lessonLab, &LabStarter::started, this, [this](const QString &inventory) {
        // The lab's inventory is read again when it is the one open (a reset lab may have new
        // ports); another inventory that names a lab is left as it is.
        if (QFileInfo(m_inventoryFile.path()) == QFileInfo(inventory)) {
            trustLabHostKeys(inventory);
            loadInventory();
        }
        connectLab();
        m_onboardingPanel->labPrepared({});
    });
    updateWelcome();
    m_window->restoreState();
    if (options.lab)
        connectLab();
    if (!options.panel.isEmpty())
        m_window->setCurrentPanel(options.panel);
}

void StewardApp::trustLabHostKeys(const QString &labInventory)
{
    // The lab wrote its host key beside its inventory: Steward connects without a question.
    m_sessions->setKnownHostsFile(u"lab"_s,
                                  QFileInfo(labInventory).dir().filePath(u"ssh/known_hosts"_s));
}

void StewardApp::connectLab()
{
    if (const int row = m_servers->rowOfName(u"lab"_s); row >= 0)
        connectServer(m_servers->server(row));
}

StewardApp::~StewardApp()
{
    wipeSecret(m_githubToken);
}

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
    forgetRemovedServers();
    m_showingExample = loaded->origin == InventoryFile::Origin::BuiltInExample;
    if (m_showingExample) {
        m_serversPanel->showExampleNotice(m_inventoryFile.path());
        m_window->setStatusText(App::Tr::tr("Inventory: built-in example"));
    } else {
        m_serversPanel->clearMessage();
        m_window->setStatusText(App::Tr::tr("Inventory: %1").arg(m_inventoryFile.path()));
    }
}

void StewardApp::setUpStatus()
{
    auto *network = new QNetworkAccessManager(this);
    m_statusMonitor = new Servers::StatusMonitor(m_sessions, network, this);
    m_serversPanel->setMonitor(m_statusMonitor);
    const int interval = openSettings()->value(u"servers/refreshInterval"_s, 60).toInt();
    m_statusMonitor->setInterval(interval);
    m_serversPanel->setInterval(interval);
    connect(m_serversPanel, &ServersPanel::intervalChanged, this, [this](int seconds) {
        m_statusMonitor->setInterval(seconds);
        openSettings()->setValue(u"servers/refreshInterval"_s, seconds);
    });
    connect(m_statusMonitor, &Servers::StatusMonitor::statusChanged, this, [this](const QString &name) {
        const Servers::ServerStatus status = m_statusMonitor->status(name);
        QString summary = Servers::severityName(status.severity);
        if (!status.findings.isEmpty()) {
            summary = status.findings.first().message;
            if (status.findings.size() > 1)
                summary = App::Tr::tr("%1 (+%2)").arg(summary).arg(status.findings.size() - 1);
        }
        const bool stale = !status.connectionError.isEmpty()
                           && status.servicesState.refreshedAt.isValid();
        m_servers->setStatusOverview(name,
                                     status.severity,
                                     summary,
                                     stale ? status.servicesState.refreshedAt : status.lastRefresh,
                                     stale);
        if (status.health && !status.health->version.isEmpty())
            showRunningVersion(name, status.health->version);
        // The announcement preview counts against the instance's own limit once it is known.
        if (status.health && status.health->maxCharacters > 0)
            m_runbookPanel->setCharacterLimit(name, status.health->maxCharacters);
        // The services map's services on this server, with how they are doing now.
        if (m_onboardingPanel) {
            ServicesMapModel *map = m_onboardingPanel->servicesModel();
            for (const Onboarding::Service &service : map->map().onServer(name))
                map->setLiveState(service.id,
                                  Onboarding::liveState(service, status.services, status.units));
        }
    });
    // Paused while the window is hidden or minimised; back on at once when it shows again.
    m_window->winId();
    connect(m_window->windowHandle(),
            &QWindow::visibilityChanged,
            this,
            [this](QWindow::Visibility visibility) {
                m_statusMonitor->setPaused(visibility == QWindow::Hidden
                                           || visibility == QWindow::Minimized);
            });
    connect(m_serversPanel,
            &ServersPanel::actionConfirmed,
            this,
            [this](const Server &server, const Servers::ServerAction &action) {
                auto *run = new Servers::ActionRun(server, action, m_serversPanel->history());
                m_serversPanel->history()->add(run);
                m_serversPanel->detail()->showRun(0);
                connect(run, &Servers::ActionRun::finished, this, [this, name = server.name] {
                    m_statusMonitor->refresh(name, false);
                });
                m_sessions->whenReady(server,
                                      true,
                                      run,
                                      [run](const Result<Ssh::Session *> &session) {
                                          if (session)
                                              run->start(session.value());
                                          else
                                              run->fail(session.error().message);
                                      });
            });
}

void StewardApp::showRunningVersion(const QString &server, const QString &version, bool force)
{
    const ServerListModel::Overview o = m_servers->overview(server);
    if (o.version == version && !force)
        return;
    const auto running = Releases::Version::parse(version);
    const auto newer = running ? Servers::newerPatch(*running, m_knownReleases) : std::nullopt;
    m_servers->setVersionOverview(server,
                                  version,
                                  newer ? newer->version.toString() : QString(),
                                  newer && newer->security);
}

void StewardApp::forgetRemovedServers()
{
    m_statusMonitor->setServers(m_servers->servers());
    const std::optional<Server> chosen = chosenServer();
    m_composePanel->setServers(m_servers->names(), chosen ? chosen->name : QString());
    const QStringList names = m_servers->names();
    for (const QString &name : m_sessions->serverNames()) {
        if (!names.contains(name))
            m_sessions->forget(name);
    }
}

// What a server runs (tootctl, the deployed compose file, the public API) becomes the plan's "From" in
// the Release notes panel: the primary server's, else the first one found.
void StewardApp::probeVersion(const QString &serverName)
{
    const int row = m_servers->rowOfName(serverName);
    if (row < 0)
        return;
    const Server server = m_servers->server(row);
    auto *network = findChild<QNetworkAccessManager *>(u"versionNetwork"_s);
    if (!network) {
        network = new QNetworkAccessManager(this);
        network->setObjectName(u"versionNetwork"_s);
    }
    auto *probe = new Releases::VersionProbe(network, this);
    connect(probe,
            &Releases::VersionProbe::found,
            this,
            [this, probe, server](const QString &name, const Releases::RunningVersion &found) {
                probe->deleteLater();
                const int shownRow = m_servers->rowOfName(m_versionShownFor);
                const bool shownIsPrimary = shownRow >= 0
                                            && m_servers->server(shownRow).role
                                                   == ServerRole::Primary;
                const bool current = m_versionShownFor.isEmpty() || m_versionShownFor == name
                                     || (server.role == ServerRole::Primary && !shownIsPrimary);
                if (current)
                    m_versionShownFor = name;
                showRunningVersion(name, found.version.toString());
                m_releasesPanel->setRunningVersion(name,
                                                   found.version,
                                                   App::Tr::tr("%1 (%2)").arg(found.source,
                                                                              found.evidence),
                                                   current);
            });
    connect(probe,
            &Releases::VersionProbe::failed,
            this,
            [this, probe](const QString &name, const QStringList &notes) {
                probe->deleteLater();
                m_window->setStatusText(
                    App::Tr::tr("%1: the running version could not be read (%2)")
                        .arg(name, notes.join(u"; "_s)));
            });
    probe->probe(server, m_sessions->existing(serverName));
}

std::optional<Server> StewardApp::chosenServer() const
{
    const ServerList &servers = m_servers->servers();
    const QModelIndex current = m_serversPanel->view()->currentIndex();
    if (current.isValid())
        return m_servers->server(current.row());
    for (const Server &server : servers) {
        if (server.role == ServerRole::Primary)
            return server;
    }
    if (!servers.isEmpty())
        return servers.first();
    return std::nullopt;
}

void StewardApp::fetchDeployedCompose(
    const QString &serverName,
    std::function<void(const QByteArray &, const QString &, const QString &)> done)
{
    const int row = m_servers->rowOfName(serverName);
    if (row < 0) {
        done({}, {}, App::Tr::tr("the inventory has no server “%1”").arg(serverName));
        return;
    }
    const std::optional<Server> server = m_servers->server(row);
    const Result<Ssh::Session *> session = m_sessions->session(*server);
    if (!session) {
        done({}, {}, session.error().message);
        return;
    }
    const QString path = server->composeDir + u"/docker-compose.yml"_s;
    // Waits for the connection (and its questions) like any job; fails with the session's error.
    Ssh::Transfer *transfer = session.value()->readFile(path, 4 * 1024 * 1024, this);
    const QString origin = server->name + u':' + path;
    connect(transfer, &Ssh::Transfer::finished, this, [transfer, origin, done] {
        transfer->deleteLater();
        done(transfer->data(), origin, {});
    });
    connect(transfer, &Ssh::Transfer::failed, this, [transfer, done](const QString &message) {
        transfer->deleteLater();
        done({}, {}, message);
    });
}

void StewardApp::connectServer(const Server &server)
{
    const Result<Ssh::Session *> session = m_sessions->session(server);
    if (!session) {
        m_servers->setConnectionState(server.name,
                                      Ssh::Session::State::Closed,
                                      session.error().message);
        m_window->setStatusText(session.error().message);
    }
}

CredentialStore *StewardApp::credentials()
{
    if (!m_credentials)
        m_credentials = new CredentialStore(u"Steward"_s, this);
    return m_credentials;
}

void StewardApp::watchSession(const QString &serverName, Ssh::Session *session)
{
    connect(session,
            &Ssh::Session::hostKeyUnknown,
            this,
            [this, session](const QString &fingerprint, const QString &type, const QString &host) {
                auto *dialog = new HostKeyDialog(host, type, fingerprint, m_window.get());
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                QPointer<Ssh::Session> guard(session);
                connect(dialog, &QDialog::finished, this, [guard](int result) {
                    if (!guard)
                        return;
                    if (result == QDialog::Accepted)
                        guard->trustHostKey();
                    else
                        guard->refuseHostKey();
                });
                dialog->open();
            });
    if (!m_secrets) {
        m_secrets = new SshSecretBroker(credentials(), this);
        connect(m_secrets,
                &SshSecretBroker::secretNeeded,
                this,
                [this](Ssh::Session *s,
                       Ssh::Session::SecretKind kind,
                       const QString &prompt,
                       bool retry) {
                    const bool canRemember = m_credentials->availability()
                                             != CredentialStore::Availability::Unavailable;
                    auto *dialog = new SecretDialog(SecretDialog::kindFor(kind),
                                                    prompt,
                                                    retry,
                                                    canRemember,
                                                    m_window.get());
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    QPointer<Ssh::Session> guard(s);
                    connect(dialog, &QDialog::finished, this, [this, guard, dialog](int result) {
                        if (!guard)
                            return;
                        if (result == QDialog::Accepted) {
                            QByteArray secret = dialog->takeSecret();
                            m_secrets->answer(guard, secret, dialog->remember());
                            wipeSecret(secret);
                        } else {
                            m_secrets->refuse(guard);
                        }
                    });
                    dialog->open();
                });
        connect(m_secrets,
                &SshSecretBroker::rememberFailed,
                this,
                [this](const CredentialKey &, const QString &message) {
                    m_window->setStatusText(
                        App::Tr::tr("Could not keep the secret in the keychain: %1").arg(message));
                });
    }
    m_secrets->attach(session, serverName);
}

void StewardApp::saveInventory()
{
    forgetRemovedServers();
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

void StewardApp::importFromAnsibleInventory(const QString &path)
{
    // ansible-inventory runs in the background (or Steward's own reader when it is missing); the
    // choice of hosts follows in the same dialog as the ssh config's.
    if (!m_ansibleReader) {
        m_ansibleReader = new AnsibleInventoryReader(this);
        connect(m_ansibleReader,
                &AnsibleInventoryReader::finished,
                this,
                [this](const Result<AnsibleImport> &result) {
                    m_window->setStatusText(
                        App::Tr::tr("Inventory: %1").arg(m_inventoryFile.path()));
                    if (!result) {
                        m_serversPanel->showImportError(result.error().toString());
                        return;
                    }
                    SshImportDialog::Texts texts;
                    texts.title = App::Tr::tr("Import from Ansible Inventory");
                    texts.intro = App::Tr::tr("Choose the hosts to add to the inventory.");
                    texts.empty = App::Tr::tr("The Ansible inventory names no host Steward can "
                                              "reach over SSH.");
                    texts.warningsHeading = App::Tr::tr("Left out or read with a warning:");
                    texts.source = result->methodDescription();
                    m_serversPanel->offerImport(result->servers, result->warnings, texts);
                });
    }
    m_window->setStatusText(App::Tr::tr("Reading the Ansible inventory %1…").arg(path));
    m_ansibleReader->start(path);
}

void StewardApp::showCredentials()
{
    openWindowModal(new CredentialsDialog(credentials(), m_window.get()), this);
}

} // namespace Steward
