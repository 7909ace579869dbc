// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/servers/serverdialog.h"

#include "core/inventory/inventory.h"
#include "widgets/tr.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Steward {

ServerDialog::ServerDialog(const Server &server, const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_takenNames(takenNames)
    , m_original(server)
    , m_name(new QLineEdit(server.name, this))
    , m_host(new QLineEdit(server.host, this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(server.user, this))
    , m_role(new QComboBox(this))
    , m_composeDir(new QLineEdit(server.composeDir, this))
    , m_publicUrl(new QLineEdit(server.publicUrl, this))
    , m_identityFile(new QLineEdit(server.identityFile, this))
    , m_notes(new QPlainTextEdit(server.notes, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(server.name.isEmpty() ? Widgets::Tr::tr("Add Server")
                                         : Widgets::Tr::tr("Edit Server"));
    m_name->setObjectName(u"name"_s);
    m_host->setObjectName(u"host"_s);
    m_port->setObjectName(u"port"_s);
    m_user->setObjectName(u"user"_s);
    m_role->setObjectName(u"role"_s);
    m_composeDir->setObjectName(u"composeDir"_s);
    m_publicUrl->setObjectName(u"publicUrl"_s);
    m_identityFile->setObjectName(u"identityFile"_s);
    m_notes->setObjectName(u"notes"_s);
    m_problem->setObjectName(u"problem"_s);

    m_port->setRange(1, 65535);
    m_port->setValue(server.port);
    for (ServerRole role : allServerRoles())
        m_role->addItem(serverRoleDisplayName(role), serverRoleKey(role));
    m_role->setCurrentIndex(m_role->findData(serverRoleKey(server.role)));
    m_host->setPlaceholderText(Widgets::Tr::tr("host name or address"));
    m_user->setPlaceholderText(Widgets::Tr::tr("from ssh config, else your user name"));
    m_publicUrl->setPlaceholderText(u"https://social.coop"_s);
    m_identityFile->setPlaceholderText(Widgets::Tr::tr("optional, e.g. ~/.ssh/id_ed25519"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: palette(highlight);"_s);

    auto *form = new QFormLayout;
    form->addRow(Widgets::Tr::tr("&Name:"), m_name);
    form->addRow(Widgets::Tr::tr("&Host:"), m_host);
    form->addRow(Widgets::Tr::tr("&Port:"), m_port);
    form->addRow(Widgets::Tr::tr("&User:"), m_user);
    form->addRow(Widgets::Tr::tr("&Role:"), m_role);
    form->addRow(Widgets::Tr::tr("&Compose directory:"), m_composeDir);
    form->addRow(Widgets::Tr::tr("Public &URL:"), m_publicUrl);
    form->addRow(Widgets::Tr::tr("&Identity file:"), m_identityFile);
    form->addRow(Widgets::Tr::tr("N&otes:"), m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);
    for (QLineEdit *edit : {m_name, m_host, m_user, m_composeDir, m_publicUrl, m_identityFile})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::updateValidity);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerDialog::updateValidity);
    updateValidity();
    resize(480, sizeHint().height());
}

Server ServerDialog::server() const
{
    Server s = m_original;
    s.name = m_name->text().trimmed();
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.user = m_user->text().trimmed();
    s.role = serverRoleFromKey(m_role->currentData().toString()).value_or(ServerRole::Primary);
    s.composeDir = m_composeDir->text().trimmed();
    s.publicUrl = m_publicUrl->text().trimmed();
    s.identityFile = m_identityFile->text().trimmed();
    s.notes = m_notes->toPlainText();
    return s;
}

void ServerDialog::updateValidity()
{
    const Server s = server();
    QString problem = Inventory::validate(s);
    if (problem.isEmpty() && m_takenNames.contains(s.name))
        problem = Widgets::Tr::tr("Another server is already called “%1”.").arg(s.name);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ServerDialog::accept()
{
    updateValidity();
    if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        QDialog::accept();
}

} // namespace Steward
