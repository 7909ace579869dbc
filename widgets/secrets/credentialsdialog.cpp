// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/secrets/credentialsdialog.h"

#include "core/secrets/credentialstore.h"
#include "widgets/common/messagebox.h"
#include "widgets/common/messagewidget.h"
#include "widgets/secrets/passimportdialog.h"
#include "widgets/tr.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Steward {

CredentialEditDialog::CredentialEditDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_server(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
{
    setWindowTitle(Widgets::Tr::tr("Add Credential"));
    m_kind->setObjectName(u"kind"_s);
    m_server->setObjectName(u"server"_s);
    m_secret->setObjectName(u"secret"_s);
    for (CredentialKind kind : allCredentialKinds())
        m_kind->addItem(credentialKindName(kind), int(kind));
    m_server->setPlaceholderText(Widgets::Tr::tr("web1, github.com, social.coop…"));
    m_secret->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(Widgets::Tr::tr("&Kind:"), m_kind);
    form->addRow(Widgets::Tr::tr("&Server:"), m_server);
    form->addRow(Widgets::Tr::tr("S&ecret:"), m_secret);
    auto *hint = new QLabel(Widgets::Tr::tr(
                                "For an S3 key pair, enter ACCESS_KEY_ID:SECRET_ACCESS_KEY."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *save = buttons->button(QDialogButtonBox::Save);
    const auto update = [this, save] {
        save->setEnabled(!m_server->text().trimmed().isEmpty() && !m_secret->text().isEmpty());
    };
    connect(m_server, &QLineEdit::textChanged, this, update);
    connect(m_secret, &QLineEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

void CredentialEditDialog::setFixedKey(const CredentialKey &key)
{
    setWindowTitle(Widgets::Tr::tr("Replace Credential"));
    m_kind->setCurrentIndex(m_kind->findData(int(key.kind)));
    m_kind->setEnabled(false);
    m_server->setText(key.server);
    m_server->setReadOnly(true);
    m_secret->setFocus();
}

CredentialKey CredentialEditDialog::key() const
{
    return {CredentialKind(m_kind->currentData().toInt()), m_server->text().trimmed()};
}

QString CredentialEditDialog::secret() const
{
    return m_secret->text();
}

void CredentialEditDialog::clearSecret()
{
    m_secret->clear();
}

CredentialsDialog::CredentialsDialog(CredentialStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_backend(new QLabel(this))
    , m_message(new MessageWidget(this))
    , m_list(new QTreeWidget(this))
    , m_revealed(new QLineEdit(this))
    , m_replace(new QPushButton(Widgets::Tr::tr("&Replace…"), this))
    , m_reveal(new QPushButton(Widgets::Tr::tr("Re&veal"), this))
    , m_forget(new QPushButton(Widgets::Tr::tr("&Forget…"), this))
{
    setWindowTitle(Widgets::Tr::tr("Credentials"));
    m_backend->setObjectName(u"backend"_s);
    m_backend->setWordWrap(true);
    m_message->setObjectName(u"message"_s);
    m_message->hide();
    m_list->setObjectName(u"credentials"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {Widgets::Tr::tr("Server"), Widgets::Tr::tr("Kind"), Widgets::Tr::tr("Kept in")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_revealed->setObjectName(u"revealed"_s);
    m_revealed->setReadOnly(true);
    m_revealed->hide();
    m_replace->setObjectName(u"replace"_s);
    m_reveal->setObjectName(u"reveal"_s);
    m_forget->setObjectName(u"forget"_s);
    auto *add = new QPushButton(Widgets::Tr::tr("&Add…"), this);
    add->setObjectName(u"add"_s);
    auto *import = new QPushButton(Widgets::Tr::tr("&Import from pass…"), this);
    import->setObjectName(u"import"_s);

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {add, m_replace, m_reveal, m_forget, import})
        side->addWidget(b);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_backend);
    layout->addWidget(m_message);
    layout->addLayout(middle, 1);
    layout->addWidget(m_revealed);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &CredentialsDialog::add);
    connect(m_replace, &QPushButton::clicked, this, &CredentialsDialog::replace);
    connect(m_reveal, &QPushButton::clicked, this, &CredentialsDialog::reveal);
    connect(m_forget, &QPushButton::clicked, this, &CredentialsDialog::forget);
    connect(import, &QPushButton::clicked, this, &CredentialsDialog::importFromPass);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        hideRevealed();
        updateButtons();
    });
    connect(m_store, &CredentialStore::entriesChanged, this, &CredentialsDialog::refresh);
    connect(m_store, &CredentialStore::availabilityChanged, this, &CredentialsDialog::updateBackend);
    refresh();
    updateBackend();
    if (m_store->availability() == CredentialStore::Availability::Unknown)
        m_store->probe();
    resize(620, 400);
}

void CredentialsDialog::updateBackend()
{
    switch (m_store->availability()) {
    case CredentialStore::Availability::Unknown:
        m_backend->setText(Widgets::Tr::tr("Keychain: %1 (checking…)").arg(m_store->backendName()));
        break;
    case CredentialStore::Availability::Available:
        m_backend->setText(Widgets::Tr::tr("Keychain: %1").arg(m_store->backendName()));
        m_message->hide();
        break;
    case CredentialStore::Availability::Unavailable:
        m_backend->setText(
            Widgets::Tr::tr("Keychain: %1 (unavailable)").arg(m_store->backendName()));
        m_message->showMessage(
            Widgets::Tr::tr("The keychain is unavailable (%1). Secrets you enter now are kept for "
                            "this session only and are never written to disk.")
                .arg(m_store->unavailableReason()),
            MessageWidget::Type::Warning);
        m_message->show();
        break;
    }
}

void CredentialsDialog::refresh()
{
    const auto current = selectedKey();
    m_list->clear();
    for (const CredentialKey &key : m_store->entries()) {
        auto *item = new QTreeWidgetItem(m_list,
                                         {key.server,
                                          credentialKindName(key.kind),
                                          m_store->isSessionOnly(key)
                                              ? Widgets::Tr::tr("This session only")
                                              : Widgets::Tr::tr("Keychain")});
        item->setData(0, Qt::UserRole, key.id());
        if (current && *current == key)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void CredentialsDialog::updateButtons()
{
    const bool selected = selectedKey().has_value();
    m_replace->setEnabled(selected);
    m_reveal->setEnabled(selected);
    m_forget->setEnabled(selected);
}

std::optional<CredentialKey> CredentialsDialog::selectedKey() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    return CredentialKey::fromId(item->data(0, Qt::UserRole).toString());
}

void CredentialsDialog::selectKey(const CredentialKey &key)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == key.id()) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
        }
    }
}

void CredentialsDialog::add()
{
    auto *dialog = new CredentialEditDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CredentialKey key = dialog->key();
        QString secret = dialog->secret();
        dialog->clearSecret();
        m_store->write(key, std::move(secret), this, [this, key](CredentialReply &reply) {
            if (reply.status != CredentialReply::Status::Ok) {
                m_message->showMessage(reply.error.message, MessageWidget::Type::Error);
                m_message->show();
                return;
            }
            refresh();
            selectKey(key);
        });
    });
    dialog->open();
}

void CredentialsDialog::replace()
{
    const auto key = selectedKey();
    if (!key)
        return;
    auto *dialog = new CredentialEditDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFixedKey(*key);
    connect(dialog, &QDialog::accepted, this, [this, dialog, key = *key] {
        QString secret = dialog->secret();
        dialog->clearSecret();
        hideRevealed();
        m_store->write(key, std::move(secret), this, [this](CredentialReply &reply) {
            if (reply.status != CredentialReply::Status::Ok) {
                m_message->showMessage(reply.error.message, MessageWidget::Type::Error);
                m_message->show();
            }
        });
    });
    dialog->open();
}

void CredentialsDialog::reveal()
{
    const auto key = selectedKey();
    if (!key)
        return;
    m_store->read(*key, this, [this, key = *key](CredentialReply &reply) {
        if (selectedKey() != key)
            return;
        if (reply.status == CredentialReply::Status::Ok) {
            m_revealed->setText(reply.secret);
            m_revealed->show();
        } else {
            m_message->showMessage(reply.status == CredentialReply::Status::NotFound
                                       ? Widgets::Tr::tr("The keychain no longer holds %1 for %2.")
                                             .arg(credentialKindName(key.kind), key.server)
                                       : reply.error.message,
                                   MessageWidget::Type::Error);
            m_message->show();
        }
    });
}

void CredentialsDialog::hideRevealed()
{
    m_revealed->clear();
    m_revealed->hide();
}

void CredentialsDialog::forget()
{
    const auto key = selectedKey();
    if (!key)
        return;
    MessageBox::confirmDestructive(this,
                                   Widgets::Tr::tr("Forget Credential"),
                                   Widgets::Tr::tr(
                                       "Forget the %1 for %2? It is removed from the keychain.")
                                       .arg(credentialKindName(key->kind), key->server),
                                   Widgets::Tr::tr("&Forget"),
                                   this,
                                   [this, key = *key] {
                                       hideRevealed();
                                       m_store->remove(key, this, [this](CredentialReply &reply) {
                                           if (reply.status != CredentialReply::Status::Ok) {
                                               m_message->showMessage(reply.error.message,
                                                                      MessageWidget::Type::Error);
                                               m_message->show();
                                           }
                                           refresh();
                                       });
                                   });
}

void CredentialsDialog::importFromPass()
{
    auto *dialog = new PassImportDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Steward
