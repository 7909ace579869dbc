// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/credentialkey.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Steward {

class CredentialStore;
class MessageWidget;

// Asks for one credential: its kind, server and value (add, or replace with kind and server fixed).
class CredentialEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CredentialEditDialog(QWidget *parent = nullptr);
    void setFixedKey(const CredentialKey &key);
    CredentialKey key() const;
    // The caller wipes it after use.
    QString secret() const;
    void clearSecret();

private:
    QComboBox *m_kind;
    QLineEdit *m_server;
    QLineEdit *m_secret;
};

// Lists what Steward keeps in the keychain (never the values), adds, replaces, reveals on request and
// forgets credentials, and says which keychain backend is in use.
class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CredentialsDialog(CredentialStore *store, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    void selectKey(const CredentialKey &key);

private:
    void refresh();
    void updateBackend();
    void updateButtons();
    std::optional<CredentialKey> selectedKey() const;
    void add();
    void replace();
    void reveal();
    void forget();
    void importFromPass();
    void hideRevealed();

    CredentialStore *m_store;
    QLabel *m_backend;
    MessageWidget *m_message;
    QTreeWidget *m_list;
    QLineEdit *m_revealed;
    QPushButton *m_replace;
    QPushButton *m_reveal;
    QPushButton *m_forget;
};

} // namespace Steward
