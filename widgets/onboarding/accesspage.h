// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/onboarding/authorizedkeys.h"
#include "core/result.h"
#include "core/servers/sessionconnector.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Steward {

class CredentialStore;
class MessageWidget;
namespace Ssh {
struct Endpoint;
class Session;
} // namespace Ssh

// The Onboarding panel's Access page, in two sides. The newcomer makes an SSH key (ed25519, with
// KeyGenerator; the passphrase kept in the keychain under the key file's name, where the SSH sessions look
// for it), copies the public key to send, and checks access to a server once granted: a connection made with
// that key only (no agent, no other key). A member picks a server, pastes the newcomer's public key and adds
// it to the server's authorized_keys (confirmed first, naming the server and the key; no duplicates; the
// file's other lines and mode kept; written atomically over SFTP by AuthorizedKeysEditor), or removes a
// listed key (confirmed). One operation at a time, off the GUI thread's way: a busy bar and Cancel while it
// runs; errors in the panel's message bar.
class AccessPage : public QWidget
{
    Q_OBJECT

public:
    using EndpointResolver = std::function<Result<Ssh::Endpoint>(const Server &)>;

    // message: the panel's message bar, where errors show.
    AccessPage(SessionConnector connector, MessageWidget *message, QWidget *parent = nullptr);
    ~AccessPage() override;

    void setServers(const ServerList &servers);
    // The keychain: keeps the new key's passphrase, gives it to Check access. Not owned.
    void setCredentialStore(CredentialStore *store);
    // Where Check access connects to (the session pool's endpoint for the server: ssh config, port, user,
    // known hosts); the page keeps only the new key of it.
    void setEndpointResolver(EndpointResolver resolver);

    // As the buttons do, for tests.
    void setKeyPath(const QString &path);
    QString keyPath() const;
    void makeKey();
    QString publicKey() const;
    void checkAccess();
    QString accessResult() const;
    bool selectServer(const QString &name); // the member side's and Check access's server
    void listKeys();
    void addKey(); // the pasted key
    bool selectKey(const QString &fingerprint);
    void removeKey(); // the selected one
    QStringList listedFingerprints() const;
    QString authorizedKeysPath() const;
    bool isBusy() const { return m_operation != Operation::None; }
    void cancel();

signals:
    // Any operation (make a key, check, list, add, remove) ended; ok: it did what it was asked.
    void operationFinished(bool ok);
    void accessChecked(bool granted);

private:
    enum class Operation { None, MakingKey, Checking, Listing, Adding, Removing };

    std::optional<Server> serverNamed(const QString &name) const;
    QString expandedKeyPath() const;
    void showExistingKey();
    void updateButtons();
    void begin(Operation operation, const QString &text);
    void end(bool ok, const QString &error = QString());
    void setProgressText(const QString &text, bool cancellable = true);
    // List, add or remove: the server's session, the file's path (the lab's asked), then the editor.
    void editKeys(Operation operation,
                  const Server &server,
                  const QString &line,
                  const Onboarding::PublicKey &key);
    void withKeysFile(const Server &server,
                      std::function<void(Ssh::Session *, const QString &)> next);
    void showKeys(const Onboarding::AuthorizedKeys &keys, const QString &serverName);

    SessionConnector m_connector;
    QPointer<MessageWidget> m_message;
    QPointer<CredentialStore> m_store;
    EndpointResolver m_resolver;
    ServerList m_servers;
    Operation m_operation = Operation::None;
    QPointer<QObject> m_work; // the running operation's objects; deleted to cancel
    QString m_madeKeyFiles;   // the key being made, removed when cancelled
    QString m_keysServer;     // whose keys the list shows

    // Newcomer.
    QLineEdit *m_keyPath;
    QLineEdit *m_comment;
    QLineEdit *m_passphrase;
    QLineEdit *m_passphraseAgain;
    QPushButton *m_make;
    QPlainTextEdit *m_publicKey;
    QPushButton *m_copy;
    QComboBox *m_checkServer;
    QPushButton *m_check;
    QLabel *m_checkResult;
    // Member.
    QComboBox *m_server;
    QLineEdit *m_keysFile;
    QPushButton *m_list;
    QListWidget *m_keys;
    QPushButton *m_remove;
    QLineEdit *m_pasted;
    QPushButton *m_add;
    // Progress.
    QWidget *m_progress;
    QProgressBar *m_bar;
    QLabel *m_progressText;
    QPushButton *m_cancel;
};

} // namespace Steward
