// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ssh/sshprompts.h"

#include "widgets/tr.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Steward {

HostKeyDialog::HostKeyDialog(const QString &host,
                             const QString &keyType,
                             const QString &fingerprint,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"hostKeyDialog"_s);
    setWindowTitle(Widgets::Tr::tr("Unknown host key"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        Widgets::Tr::tr(
            "Steward has never connected to <b>%1</b> before and cannot tell whether this "
            "is really that server. Compare the key below with what the server's "
            "administrator reads on the server itself:")
            .arg(host.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *key = new QLabel(keyType.toHtmlEscaped() + u"<br><b>"_s + fingerprint.toHtmlEscaped()
                           + u"</b>"_s);
    key->setObjectName(u"fingerprint"_s);
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(key);
    auto *how = new QLabel(
        Widgets::Tr::tr("On the server: <tt>%1</tt>").arg(checkCommand(keyType).toHtmlEscaped()));
    how->setObjectName(u"checkCommand"_s);
    how->setTextInteractionFlags(Qt::TextSelectableByMouse);
    how->setWordWrap(true);
    layout->addWidget(how);
    auto *warning = new QLabel(Widgets::Tr::tr("Trust it only if the fingerprints are the same."));
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(Widgets::Tr::tr("&Trust and Connect"),
                                            QDialogButtonBox::AcceptRole);
    trust->setObjectName(u"trust"_s);
    trust->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString HostKeyDialog::checkCommand(const QString &keyType)
{
    QString file;
    if (keyType == u"ssh-ed25519")
        file = u"ssh_host_ed25519_key.pub"_s;
    else if (keyType.startsWith(u"ecdsa-sha2-"))
        file = u"ssh_host_ecdsa_key.pub"_s;
    else if (keyType == u"ssh-rsa" || keyType.startsWith(u"rsa-sha2-"))
        file = u"ssh_host_rsa_key.pub"_s;
    if (file.isEmpty()) // a type Steward does not ask for: every host key of the server
        return u"for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf \"$k\"; done"_s;
    return u"ssh-keygen -lf /etc/ssh/"_s + file;
}

SecretDialog::SecretDialog(
    Kind kind, const QString &prompt, bool retry, bool canRemember, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"secretDialog"_s);
    switch (kind) {
    case Kind::Passphrase:
        setWindowTitle(Widgets::Tr::tr("Key passphrase"));
        break;
    case Kind::Password:
        setWindowTitle(Widgets::Tr::tr("SSH password"));
        break;
    case Kind::Prompt:
        setWindowTitle(Widgets::Tr::tr("Question from the server"));
        canRemember = false; // a one-time code is never kept
        break;
    }
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt);
    label->setObjectName(u"prompt"_s);
    label->setWordWrap(true);
    if (retry) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    layout->addWidget(label);
    m_secret = new QLineEdit;
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                  | Qt::ImhNoPredictiveText);
    layout->addWidget(m_secret);
    m_remember = new QCheckBox(Widgets::Tr::tr("&Remember in the keychain"));
    m_remember->setObjectName(u"remember"_s);
    m_remember->setEnabled(canRemember);
    m_remember->setToolTip(
        kind == Kind::Prompt ? Widgets::Tr::tr("Answers to the server's questions are never kept.")
        : canRemember        ? Widgets::Tr::tr("Kept once it has worked.")
                             : Widgets::Tr::tr("No keychain is available."));
    m_remember->setVisible(kind != Kind::Prompt);
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_secret->setFocus();
}

SecretDialog::Kind SecretDialog::kindFor(Ssh::Session::SecretKind kind)
{
    switch (kind) {
    case Ssh::Session::SecretKind::KeyPassphrase:
        return Kind::Passphrase;
    case Ssh::Session::SecretKind::Password:
        return Kind::Password;
    case Ssh::Session::SecretKind::Prompt:
        return Kind::Prompt;
    }
    return Kind::Password;
}

SecretDialog::~SecretDialog()
{
    m_secret->clear();
}

QByteArray SecretDialog::takeSecret()
{
    QString text = m_secret->text();
    QByteArray secret = text.toUtf8();
    text.fill(u'\0');
    m_secret->clear();
    return secret;
}

bool SecretDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace Steward
