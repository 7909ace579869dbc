// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/onboarding/accesspage.h"

#include "core/onboarding/authorizedkeyseditor.h"
#include "core/onboarding/glossaryrunner.h"
#include "core/onboarding/keygenerator.h"
#include "core/secrets/credentialstore.h"
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "widgets/common/messagebox.h"
#include "widgets/common/messagewidget.h"
#include "widgets/tr.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Steward {

using Onboarding::AuthorizedKeys;
using Onboarding::AuthorizedKeysEditor;
using Onboarding::KeyGenerator;
using Onboarding::PublicKey;

namespace {

// The file a server's sshd reads, unless the server says otherwise (the lab keeps its own).
QString defaultKeysFile()
{
    return u".ssh/authorized_keys"_s;
}

QString defaultKeyPath()
{
    return QDir::homePath() + u"/.ssh/id_ed25519"_s;
}

QString keyLabel(const PublicKey &key)
{
    return key.comment.isEmpty() ? key.fingerprint() : key.comment;
}

} // namespace

AccessPage::AccessPage(SessionConnector connector, MessageWidget *message, QWidget *parent)
    : QWidget(parent)
    , m_connector(std::move(connector))
    , m_message(message)
{
    setObjectName(u"accessPage"_s);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    // The newcomer's side.
    auto *newcomer = new QGroupBox(Widgets::Tr::tr("New here: your key"), this);
    auto *newcomerLayout = new QVBoxLayout(newcomer);
    auto *newcomerIntro = new QLabel(
        Widgets::Tr::tr(
            "Make your own SSH key, send its public part to a member of the tech group, "
            "and check that it lets you in once they have added it. Its passphrase is "
            "kept in your keychain."),
        newcomer);
    newcomerIntro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_keyPath = new QLineEdit(defaultKeyPath(), newcomer);
    m_keyPath->setObjectName(u"keyPath"_s);
    m_comment = new QLineEdit(qEnvironmentVariable("USER", u"me"_s) + u'@'
                                  + QSysInfo::machineHostName(),
                              newcomer);
    m_comment->setObjectName(u"keyComment"_s);
    m_comment->setToolTip(Widgets::Tr::tr("Who the key is, as the members will see it in the "
                                          "servers' authorized_keys"));
    m_passphrase = new QLineEdit(newcomer);
    m_passphrase->setObjectName(u"passphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseAgain = new QLineEdit(newcomer);
    m_passphraseAgain->setObjectName(u"passphraseAgain"_s);
    m_passphraseAgain->setEchoMode(QLineEdit::Password);
    form->addRow(Widgets::Tr::tr("Key file:"), m_keyPath);
    form->addRow(Widgets::Tr::tr("Name on the key:"), m_comment);
    form->addRow(Widgets::Tr::tr("Passphrase:"), m_passphrase);
    form->addRow(Widgets::Tr::tr("Passphrase again:"), m_passphraseAgain);
    m_make = new QPushButton(Widgets::Tr::tr("Make my key"), newcomer);
    m_make->setObjectName(u"makeKey"_s);
    m_publicKey = new QPlainTextEdit(newcomer);
    m_publicKey->setObjectName(u"publicKey"_s);
    m_publicKey->setReadOnly(true);
    m_publicKey->setFont(fixed);
    m_publicKey->setWordWrapMode(
        QTextOption::WrapAnywhere); // one long line: no break after the type
    m_publicKey->setPlaceholderText(
        Widgets::Tr::tr("Your public key shows here: the line to send."));
    m_publicKey->setMaximumHeight(QFontMetrics(fixed).lineSpacing() * 4
                                  + 2 * m_publicKey->frameWidth() + 8);
    m_copy = new QPushButton(QIcon::fromTheme(u"edit-copy"_s), Widgets::Tr::tr("Copy"), newcomer);
    m_copy->setObjectName(u"copyPublicKey"_s);
    m_copy->setToolTip(Widgets::Tr::tr("Copy the public key, to send it to the tech group"));
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_make);
    keyButtons->addStretch(1);
    keyButtons->addWidget(m_copy);
    m_checkServer = new QComboBox(newcomer);
    m_checkServer->setObjectName(u"checkServer"_s);
    m_check = new QPushButton(Widgets::Tr::tr("Check access"), newcomer);
    m_check->setObjectName(u"checkAccess"_s);
    m_check->setToolTip(Widgets::Tr::tr("Log in to the server with this key only (no agent, no "
                                        "other key), then log out"));
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(new QLabel(Widgets::Tr::tr("Server:"), newcomer));
    checkRow->addWidget(m_checkServer, 1);
    checkRow->addWidget(m_check);
    m_checkResult = new QLabel(newcomer);
    m_checkResult->setObjectName(u"accessResult"_s);
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextFormat(Qt::PlainText);
    newcomerLayout->addWidget(newcomerIntro);
    newcomerLayout->addLayout(form);
    newcomerLayout->addLayout(keyButtons);
    newcomerLayout->addWidget(m_publicKey);
    newcomerLayout->addLayout(checkRow);
    newcomerLayout->addWidget(m_checkResult);
    newcomerLayout->addStretch(1);

    // The member's side.
    auto *member = new QGroupBox(Widgets::Tr::tr("A member: give or take access"), this);
    auto *memberLayout = new QVBoxLayout(member);
    auto *memberIntro = new QLabel(
        Widgets::Tr::tr(
            "Add a newcomer's public key to a server's authorized_keys, or remove a key. "
            "The file's other lines stay as they are."),
        member);
    memberIntro->setWordWrap(true);
    auto *memberForm = new QFormLayout;
    m_server = new QComboBox(member);
    m_server->setObjectName(u"keysServer"_s);
    m_keysFile = new QLineEdit(defaultKeysFile(), member);
    m_keysFile->setObjectName(u"keysFile"_s);
    m_keysFile->setToolTip(Widgets::Tr::tr("The authorized_keys file on the server (from the SSH "
                                           "user's home when relative). On the lab, Steward asks "
                                           "the lab where its own is."));
    memberForm->addRow(Widgets::Tr::tr("Server:"), m_server);
    memberForm->addRow(Widgets::Tr::tr("File on the server:"), m_keysFile);
    m_list = new QPushButton(QIcon::fromTheme(u"view-refresh"_s),
                             Widgets::Tr::tr("List keys"),
                             member);
    m_list->setObjectName(u"listKeys"_s);
    m_keys = new QListWidget(member);
    m_keys->setObjectName(u"authorizedKeys"_s);
    m_remove = new QPushButton(QIcon::fromTheme(u"list-remove"_s),
                               Widgets::Tr::tr("Remove…"),
                               member);
    m_remove->setObjectName(u"removeKey"_s);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_list);
    listButtons->addStretch(1);
    listButtons->addWidget(m_remove);
    m_pasted = new QLineEdit(member);
    m_pasted->setObjectName(u"pastedKey"_s);
    m_pasted->setFont(fixed);
    m_pasted->setPlaceholderText(
        Widgets::Tr::tr("Paste the newcomer's public key: ssh-ed25519 AAAA… name"));
    m_add = new QPushButton(QIcon::fromTheme(u"list-add"_s), Widgets::Tr::tr("Add…"), member);
    m_add->setObjectName(u"addKey"_s);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_pasted, 1);
    addRow->addWidget(m_add);
    memberLayout->addWidget(memberIntro);
    memberLayout->addLayout(memberForm);
    memberLayout->addLayout(addRow);
    memberLayout->addWidget(m_keys, 1);
    memberLayout->addLayout(listButtons);

    // Progress of the running operation.
    m_progress = new QWidget(this);
    auto *progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QProgressBar(m_progress);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    m_progressText = new QLabel(m_progress);
    m_progressText->setObjectName(u"accessProgress"_s);
    m_progressText->setTextFormat(Qt::PlainText);
    m_cancel = new QPushButton(Widgets::Tr::tr("Cancel"), m_progress);
    m_cancel->setObjectName(u"cancelAccess"_s);
    progressLayout->addWidget(m_bar);
    progressLayout->addWidget(m_progressText, 1);
    progressLayout->addWidget(m_cancel);
    m_progress->setVisible(false);

    auto *sides = new QHBoxLayout;
    sides->addWidget(newcomer, 1);
    sides->addWidget(member, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sides, 1);
    layout->addWidget(m_progress);

    connect(m_make, &QPushButton::clicked, this, &AccessPage::makeKey);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!publicKey().isEmpty())
            QApplication::clipboard()->setText(publicKey());
    });
    connect(m_check, &QPushButton::clicked, this, &AccessPage::checkAccess);
    connect(m_list, &QPushButton::clicked, this, &AccessPage::listKeys);
    connect(m_add, &QPushButton::clicked, this, &AccessPage::addKey);
    connect(m_remove, &QPushButton::clicked, this, &AccessPage::removeKey);
    connect(m_cancel, &QPushButton::clicked, this, &AccessPage::cancel);
    connect(m_keyPath, &QLineEdit::textChanged, this, &AccessPage::showExistingKey);
    connect(m_pasted, &QLineEdit::textChanged, this, &AccessPage::updateButtons);
    connect(m_keys, &QListWidget::currentRowChanged, this, &AccessPage::updateButtons);
    connect(m_checkServer, &QComboBox::currentIndexChanged, this, [this] {
        m_checkResult->clear();
    });
    connect(m_server, &QComboBox::currentIndexChanged, this, [this] {
        // Another server: its own file, and its keys are not those listed.
        m_keysFile->setText(defaultKeysFile());
        m_keys->clear();
        m_keysServer.clear();
        updateButtons();
    });
    showExistingKey();
}

AccessPage::~AccessPage()
{
    // Stops what runs; a key being made is not left half made.
    delete m_work;
    if (m_operation == Operation::MakingKey && !m_madeKeyFiles.isEmpty()) {
        QFile::remove(m_madeKeyFiles);
        QFile::remove(m_madeKeyFiles + u".pub"_s);
    }
}

void AccessPage::setServers(const ServerList &servers)
{
    m_servers = servers;
    const QString keysServer = m_server->currentText();
    for (QComboBox *box : {m_checkServer, m_server}) {
        const QString current = box->currentText();
        const QSignalBlocker blocker(box);
        box->clear();
        for (const Server &s : servers)
            box->addItem(s.name);
        const int again = box->findText(current);
        box->setCurrentIndex(again >= 0 ? again : (box->count() ? 0 : -1));
    }
    if (m_server->currentText() != keysServer) {
        m_keysFile->setText(defaultKeysFile());
        m_keys->clear();
        m_keysServer.clear();
    }
    updateButtons();
}

void AccessPage::setCredentialStore(CredentialStore *store)
{
    m_store = store;
}

void AccessPage::setEndpointResolver(EndpointResolver resolver)
{
    m_resolver = std::move(resolver);
    updateButtons();
}

std::optional<Server> AccessPage::serverNamed(const QString &name) const
{
    for (const Server &s : m_servers) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

void AccessPage::setKeyPath(const QString &path)
{
    m_keyPath->setText(path);
}

QString AccessPage::keyPath() const
{
    return expandedKeyPath();
}

QString AccessPage::expandedKeyPath() const
{
    QString path = m_keyPath->text().trimmed();
    if (path == u"~"_s || path.startsWith(u"~/"_s))
        path = QDir::homePath() + path.mid(1);
    return path.isEmpty() ? QString() : QDir::cleanPath(QDir().absoluteFilePath(path));
}

QString AccessPage::publicKey() const
{
    return m_publicKey->toPlainText().trimmed();
}

QString AccessPage::accessResult() const
{
    return m_checkResult->text();
}

QString AccessPage::authorizedKeysPath() const
{
    return m_keysFile->text().trimmed();
}

void AccessPage::showExistingKey()
{
    if (m_operation == Operation::MakingKey)
        return;
    // A key made earlier (or by hand): its public key is shown again, to send or check.
    const QString path = expandedKeyPath();
    QFile pub(path + u".pub"_s);
    if (!path.isEmpty() && QFileInfo::exists(path) && pub.open(QIODevice::ReadOnly)
        && pub.size() < 16384)
        m_publicKey->setPlainText(QString::fromUtf8(pub.readAll()).trimmed());
    else
        m_publicKey->clear();
    updateButtons();
}

void AccessPage::updateButtons()
{
    const bool idle = m_operation == Operation::None;
    const QString path = expandedKeyPath();
    const bool keyThere = !path.isEmpty()
                          && (QFileInfo::exists(path) || QFileInfo::exists(path + u".pub"_s));
    m_make->setEnabled(idle && !path.isEmpty() && !keyThere);
    m_make->setToolTip(keyThere ? Widgets::Tr::tr("There is a key in this file already: its public "
                                                  "key is shown below. Choose another file name to "
                                                  "make a new one.")
                                : QString());
    m_copy->setEnabled(!publicKey().isEmpty());
    m_check->setEnabled(idle && QFileInfo::exists(path) && m_checkServer->currentIndex() >= 0
                        && m_resolver != nullptr);
    const bool haveServer = m_server->currentIndex() >= 0;
    m_list->setEnabled(idle && haveServer);
    m_add->setEnabled(idle && haveServer && !m_pasted->text().trimmed().isEmpty());
    m_remove->setEnabled(idle && haveServer && m_keys->currentRow() >= 0
                         && m_keysServer == m_server->currentText());
    const QList<QWidget *> inputs{m_keyPath,
                                  m_comment,
                                  m_passphrase,
                                  m_passphraseAgain,
                                  m_server,
                                  m_keysFile,
                                  m_checkServer};
    for (QWidget *w : inputs)
        w->setEnabled(idle);
}

void AccessPage::begin(Operation operation, const QString &text)
{
    m_operation = operation;
    m_message->showError(QString());
    delete m_work;
    m_work = new QObject(this);
    setProgressText(text);
    m_progress->setVisible(true);
    updateButtons();
}

void AccessPage::setProgressText(const QString &text, bool cancellable)
{
    m_progressText->setText(text);
    m_cancel->setEnabled(cancellable);
    m_cancel->setToolTip(cancellable ? QString()
                                     : Widgets::Tr::tr("The file is being replaced in one step: "
                                                       "this cannot be stopped halfway."));
}

void AccessPage::end(bool ok, const QString &error)
{
    if (m_operation == Operation::None)
        return;
    m_operation = Operation::None;
    if (m_work)
        m_work->deleteLater();
    m_work = nullptr;
    m_madeKeyFiles.clear();
    m_progress->setVisible(false);
    if (!error.isEmpty())
        m_message->showError(error);
    updateButtons();
    emit operationFinished(ok);
}

void AccessPage::cancel()
{
    if (m_operation == Operation::None || !m_cancel->isEnabled())
        return;
    const Operation operation = m_operation;
    const QString made = m_madeKeyFiles;
    delete m_work; // stops what runs: ssh-keygen, the connection, the SFTP reads
    if (operation == Operation::MakingKey && !made.isEmpty()) {
        QFile::remove(made);
        QFile::remove(made + u".pub"_s);
    }
    end(false);
    m_message->showMessage(Widgets::Tr::tr("Cancelled."), MessageWidget::Type::Information);
    if (operation == Operation::MakingKey)
        showExistingKey();
}

// ---- The newcomer's key.

void AccessPage::makeKey()
{
    if (m_operation != Operation::None)
        return;
    const QString path = expandedKeyPath();
    QString passphrase = m_passphrase->text();
    QString again = m_passphraseAgain->text();
    const bool same = passphrase == again;
    wipeSecret(again);
    m_passphraseAgain->clear();
    if (path.isEmpty()) {
        wipeSecret(passphrase);
        m_message->showError(Widgets::Tr::tr("Say where the key goes (a file name)."));
        return;
    }
    if (passphrase.isEmpty() || !same) {
        wipeSecret(passphrase);
        m_passphrase->clear();
        m_message->showError(
            same ? Widgets::Tr::tr("Choose a passphrase: it protects the key if your computer is "
                                   "lost. Steward keeps it in your keychain.")
                 : Widgets::Tr::tr("The two passphrases differ: type them again."));
        return;
    }
    m_passphrase->clear();
    const QString dir = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir)) {
            wipeSecret(passphrase);
            m_message->showError(Widgets::Tr::tr("The folder %1 cannot be made.").arg(dir));
            return;
        }
        // Like ~/.ssh: for its owner only.
        QFile::setPermissions(dir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner);
    }
    begin(Operation::MakingKey, Widgets::Tr::tr("Making the key (ssh-keygen)…"));
    m_madeKeyFiles = path;
    auto *generator = new KeyGenerator(m_work);
    QObject *work = m_work;
    // The passphrase waits here for the keychain until the key exists; wiped on every path.
    auto pending = std::make_shared<QString>(passphrase);
    connect(generator, &KeyGenerator::failed, work, [this, pending](const QString &message) {
        wipeSecret(*pending);
        m_madeKeyFiles.clear(); // not ours to remove: it refused, or ssh-keygen failed
        end(false, Widgets::Tr::tr("The key was not made: %1").arg(message));
    });
    connect(generator,
            &KeyGenerator::generated,
            work,
            [this, pending, work](const QString &file, const QString &line) {
                m_madeKeyFiles.clear();
                m_publicKey->setPlainText(line);
                if (!m_store) {
                    wipeSecret(*pending);
                    end(true);
                    m_message->showMessage(Widgets::Tr::tr("Your key is made. Steward has no "
                                                           "keychain here: it will ask for the "
                                                           "passphrase when it uses the key."),
                                           MessageWidget::Type::Warning);
                    return;
                }
                setProgressText(Widgets::Tr::tr("Keeping the passphrase in the keychain…"));
                // Under the key file's name: the SSH sessions ask the keychain for it by that name.
                m_store->write(
                    {CredentialKind::SshKeyPassphrase, file},
                    std::exchange(*pending, QString()),
                    work,
                    [this](CredentialReply &reply) {
                        const bool ok = reply.status == CredentialReply::Status::Ok;
                        const bool sessionOnly = reply.sessionOnly;
                        const QString why = reply.error.message;
                        end(true);
                        if (ok && !sessionOnly)
                            m_message->showMessage(Widgets::Tr::tr(
                                                       "Your key is made and its passphrase is "
                                                       "kept in the keychain. Send the public "
                                                       "key below to the tech group."),
                                                   MessageWidget::Type::Positive);
                        else
                            m_message->showMessage(ok ? Widgets::Tr::tr(
                                                            "Your key is made. The keychain "
                                                            "is not available: Steward keeps "
                                                            "the passphrase until it quits.")
                                                      : Widgets::Tr::tr(
                                                            "Your key is made, but the keychain "
                                                            "did not keep its passphrase: %1")
                                                            .arg(why),
                                                   MessageWidget::Type::Warning);
                    });
            });
    QByteArray secret = passphrase.toUtf8();
    wipeSecret(passphrase);
    generator->generate(path, m_comment->text().trimmed(), std::move(secret));
}

// ---- Check access: a connection with the new key only.

void AccessPage::checkAccess()
{
    const auto server = serverNamed(m_checkServer->currentText());
    const QString key = expandedKeyPath();
    if (m_operation != Operation::None || !server || !m_resolver)
        return;
    if (!QFileInfo::exists(key)) {
        m_message->showError(Widgets::Tr::tr("There is no key in %1 yet: make it first.").arg(key));
        return;
    }
    Result<Ssh::Endpoint> resolved = m_resolver(*server);
    if (!resolved) {
        m_message->showError(resolved.error().message);
        return;
    }
    Ssh::Endpoint endpoint = std::move(resolved).value();
    endpoint.identityFiles = {key};
    endpoint.identitiesOnly = true;
    endpoint.agentSocket = u"none"_s;
    m_checkResult->clear();
    begin(Operation::Checking,
          Widgets::Tr::tr("Logging in to %1 with %2…").arg(server->name, QFileInfo(key).fileName()));
    QObject *work = m_work;
    auto *session = new Ssh::Session(endpoint, work);
    auto hostKeyUnknown = std::make_shared<bool>(false);
    auto asked = std::make_shared<int>(0);
    connect(session,
            &Ssh::Session::hostKeyUnknown,
            work,
            [session, hostKeyUnknown](const QString &, const QString &, const QString &) {
                *hostKeyUnknown = true;
                session->refuseHostKey();
            });
    connect(session,
            &Ssh::Session::secretRequested,
            work,
            [this, session, asked, work](Ssh::Session::SecretKind kind,
                                         const QString &,
                                         const QString &subject) {
                // The passphrase from the keychain, once; nothing else is typed for a check.
                if (kind != Ssh::Session::SecretKind::KeyPassphrase || ++*asked > 1 || !m_store) {
                    session->refuseSecret();
                    return;
                }
                setProgressText(Widgets::Tr::tr("Asking the keychain for the key's passphrase…"));
                QPointer<Ssh::Session> guard(session);
                m_store->read({CredentialKind::SshKeyPassphrase, subject},
                              work,
                              [this, guard](CredentialReply &reply) {
                                  if (!guard) {
                                      wipeSecret(reply.secret);
                                      return;
                                  }
                                  if (reply.status != CredentialReply::Status::Ok) {
                                      guard->refuseSecret();
                                      return;
                                  }
                                  QByteArray secret = reply.secret.toUtf8();
                                  wipeSecret(reply.secret);
                                  setProgressText(Widgets::Tr::tr("Logging in…"));
                                  guard->provideSecret(secret);
                                  wipeSecret(secret);
                              });
            });
    connect(session,
            &Ssh::Session::stateChanged,
            work,
            [this, session, hostKeyUnknown, name = server->name, user = endpoint.user](
                Ssh::Session::State state) {
                if (state == Ssh::Session::State::Ready) {
                    m_checkResult->setText(
                        Widgets::Tr::tr("Access granted: your key logs in to %1 as %2.")
                            .arg(name, user));
                    // Logged in: that was the check. Closing says Closed, which is not an answer.
                    session->disconnect(m_work);
                    session->close();
                    end(true);
                    emit accessChecked(true);
                    return;
                }
                if (state != Ssh::Session::State::Closed && state != Ssh::Session::State::Lost)
                    return;
                const QString why = *hostKeyUnknown
                                        ? Widgets::Tr::tr("Steward does not know the server's "
                                                          "host key yet: connect to it once from "
                                                          "the Servers panel, then check again.")
                                        : session->errorString();
                m_checkResult->setText(
                    Widgets::Tr::tr("No access to %1 with this key yet: %2").arg(name, why));
                end(true);
                emit accessChecked(false);
            });
    session->connectToHost();
}

// ---- The member's side: list, add, remove.

void AccessPage::listKeys()
{
    const auto server = serverNamed(m_server->currentText());
    if (m_operation != Operation::None || !server)
        return;
    editKeys(Operation::Listing, *server, {}, {});
}

void AccessPage::addKey()
{
    const auto server = serverNamed(m_server->currentText());
    if (m_operation != Operation::None || !server)
        return;
    const QString line = m_pasted->text().trimmed();
    const auto key = PublicKey::parse(line);
    if (!key) {
        m_message->showError(Widgets::Tr::tr("This is not a public key Steward can add: %1")
                                 .arg(key.error().message));
        return;
    }
    const QString file = authorizedKeysPath().isEmpty() ? defaultKeysFile() : authorizedKeysPath();
    MessageBox::question(
        this,
        Widgets::Tr::tr("Add a key"),
        Widgets::Tr::tr("Add the key “%1” (%2) to %3 on %4?\n\nWhoever holds its private key can "
                        "then log in to %4 as its SSH user.")
            .arg(keyLabel(key.value()), key->fingerprint(), file, server->name),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel,
        this,
        [this, server = *server, line, key = key.value()](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes && m_operation == Operation::None)
                editKeys(Operation::Adding, server, line, key);
        });
}

void AccessPage::removeKey()
{
    const auto server = serverNamed(m_server->currentText());
    const QListWidgetItem *item = m_keys->currentItem();
    if (m_operation != Operation::None || !server || !item || m_keysServer != server->name)
        return;
    const auto key = PublicKey::parse(item->data(Qt::UserRole).toString());
    if (!key)
        return;
    MessageBox::confirmDestructive(
        this,
        Widgets::Tr::tr("Remove a key"),
        Widgets::Tr::tr("Remove the key “%1” (%2) from %3 on %4?\n\nWhoever logs in to %4 with it "
                        "will no longer be able to.")
            .arg(keyLabel(key.value()), key->fingerprint(), authorizedKeysPath(), server->name),
        Widgets::Tr::tr("Remove"),
        this,
        [this, server = *server, key = key.value()] {
            if (m_operation == Operation::None)
                editKeys(Operation::Removing, server, {}, key);
        });
}

void AccessPage::withKeysFile(const Server &server,
                              std::function<void(Ssh::Session *, const QString &)> next)
{
    QObject *work = m_work;
    const QString typed = authorizedKeysPath();
    const bool askLab = Onboarding::GlossaryRunner::mayBeLab(server)
                        && (typed.isEmpty() || typed == defaultKeysFile());
    m_connector(
        server,
        work,
        [this, work, typed, askLab, next, name = server.name](
            const Result<Ssh::Session *> &session) {
            if (!session) {
                end(false,
                    Widgets::Tr::tr("%1 cannot be reached: %2").arg(name, session.error().message));
                return;
            }
            const QString path = typed.isEmpty() ? defaultKeysFile() : typed;
            if (!askLab) {
                next(session.value(), path);
                return;
            }
            // The lab's sshd reads its own file ($STEWARD_LAB_DIR/sshd/authorized_keys); the
            // lab's sessions say where the lab is.
            setProgressText(Widgets::Tr::tr("Asking the lab where its authorized_keys is…"));
            Ssh::Command *command = session.value()->run(QStringList{u"printenv"_s,
                                                                     u"STEWARD_LAB_DIR"_s},
                                                         {},
                                                         work);
            auto output = std::make_shared<QByteArray>();
            connect(command, &Ssh::Command::stdoutReceived, work, [output](const QByteArray &data) {
                if (output->size() < 4096)
                    *output += data;
            });
            QPointer<Ssh::Session> guard(session.value());
            connect(command,
                    &Ssh::Command::finished,
                    work,
                    [this, guard, output, path, next](int exitCode, const QString &) {
                        const QString lab = QString::fromUtf8(*output).trimmed();
                        QString file = path;
                        if (exitCode == 0 && lab.startsWith(u'/') && !lab.contains(u'\n')) {
                            file = lab + u"/sshd/authorized_keys"_s;
                            const QSignalBlocker blocker(m_keysFile);
                            m_keysFile->setText(file);
                        }
                        if (!guard) {
                            end(false, Widgets::Tr::tr("The connection was lost."));
                            return;
                        }
                        next(guard, file);
                    });
            connect(command, &Ssh::Command::failed, work, [this](const QString &message) {
                end(false, message);
            });
        });
}

void AccessPage::editKeys(Operation operation,
                          const Server &server,
                          const QString &line,
                          const PublicKey &key)
{
    const QString name = server.name;
    begin(operation, Widgets::Tr::tr("Connecting to %1…").arg(name));
    QObject *work = m_work;
    withKeysFile(
        server,
        [this, work, operation, name, line, key](Ssh::Session *session, const QString &path) {
            setProgressText(Widgets::Tr::tr("Reading %1 on %2…").arg(path, name));
            auto *editor = new AuthorizedKeysEditor(session, path, work);
            connect(editor,
                    &AuthorizedKeysEditor::failed,
                    work,
                    [this, path, name](const QString &m) {
                        end(false, Widgets::Tr::tr("%1 on %2: %3").arg(path, name, m));
                    });
            connect(editor, &AuthorizedKeysEditor::saved, work, [this, editor, operation, name, key] {
                showKeys(editor->keys(), name);
                end(true);
                m_message->showMessage(operation == Operation::Adding
                                           ? Widgets::Tr::tr("The key “%1” can now log in to %2.")
                                                 .arg(keyLabel(key), name)
                                           : Widgets::Tr::tr(
                                                 "The key “%1” no longer logs in to %2.")
                                                 .arg(keyLabel(key), name),
                                       MessageWidget::Type::Positive);
                if (operation == Operation::Adding)
                    m_pasted->clear();
            });
            connect(editor,
                    &AuthorizedKeysEditor::loaded,
                    work,
                    [this, editor, operation, name, path, line, key] {
                        showKeys(editor->keys(), name);
                        if (operation == Operation::Listing) {
                            end(true);
                            return;
                        }
                        if (operation == Operation::Adding) {
                            const auto added = editor->keys().add(line);
                            if (!added) {
                                end(false, added.error().message); // a duplicate: nothing written
                                return;
                            }
                        } else if (editor->keys().remove(key) == 0) {
                            end(false,
                                Widgets::Tr::tr("The key “%1” is no longer in %2 on %3.")
                                    .arg(keyLabel(key), path, name));
                            return;
                        }
                        setProgressText(Widgets::Tr::tr("Writing %1 on %2…").arg(path, name), false);
                        editor->save();
                    });
            editor->load();
        });
}

void AccessPage::showKeys(const AuthorizedKeys &keys, const QString &serverName)
{
    const QString current = m_keys->currentItem()
                                ? m_keys->currentItem()->data(Qt::UserRole + 1).toString()
                                : QString();
    m_keys->clear();
    m_keysServer = serverName;
    for (const PublicKey &k : keys.keys()) {
        const QString fingerprint = k.fingerprint();
        // Two lines: who, then which key.
        auto *item = new QListWidgetItem((k.comment.isEmpty()
                                              ? Widgets::Tr::tr("(no name on the key)")
                                              : k.comment)
                                             + u'\n' + k.type + u"  "_s + fingerprint,
                                         m_keys);
        item->setData(Qt::UserRole, QString::fromUtf8(k.toLine()));
        item->setData(Qt::UserRole + 1, fingerprint);
        item->setToolTip(QString::fromUtf8(k.toLine()));
        if (fingerprint == current)
            m_keys->setCurrentItem(item);
    }
    updateButtons();
}

bool AccessPage::selectServer(const QString &name)
{
    const int row = m_server->findText(name);
    if (row < 0)
        return false;
    m_server->setCurrentIndex(row);
    m_checkServer->setCurrentIndex(m_checkServer->findText(name));
    return true;
}

bool AccessPage::selectKey(const QString &fingerprint)
{
    for (int row = 0; row < m_keys->count(); ++row) {
        if (m_keys->item(row)->data(Qt::UserRole + 1).toString() == fingerprint) {
            m_keys->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QStringList AccessPage::listedFingerprints() const
{
    QStringList fingerprints;
    for (int row = 0; row < m_keys->count(); ++row)
        fingerprints << m_keys->item(row)->data(Qt::UserRole + 1).toString();
    return fingerprints;
}

} // namespace Steward
