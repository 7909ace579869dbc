// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/servers/sshimportdialog.h"

#include "core/inventory/serverimport.h"
#include "widgets/tr.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Steward {

namespace {

ServerList namesOnly(const QStringList &names)
{
    ServerList list;
    for (const QString &name : names) {
        Server s;
        s.name = name;
        s.host.clear();
        list.append(s);
    }
    return list;
}

} // namespace

SshImportDialog::Texts SshImportDialog::sshConfigTexts()
{
    return {Widgets::Tr::tr("Import from SSH Config"),
            Widgets::Tr::tr("Choose the hosts to add to the inventory. Entries with only "
                            "wildcards are not offered."),
            Widgets::Tr::tr("Your SSH config names no host (entries with only wildcards "
                            "are not offered)."),
            Widgets::Tr::tr("Lines skipped in your SSH config:"),
            QString()};
}

SshImportDialog::SshImportDialog(const ServerList &candidates,
                                 const QStringList &existingNames,
                                 const QStringList &warnings,
                                 QWidget *parent)
    : SshImportDialog(candidates, namesOnly(existingNames), warnings, sshConfigTexts(), parent)
{}

SshImportDialog::SshImportDialog(const ServerList &candidates,
                                 const ServerList &existing,
                                 const QStringList &warnings,
                                 const Texts &texts,
                                 QWidget *parent)
    : QDialog(parent)
    , m_candidates(candidates)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(texts.title);
    m_list->setObjectName(u"hosts"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({Widgets::Tr::tr("Host"),
                             Widgets::Tr::tr("Connects to"),
                             Widgets::Tr::tr("User"),
                             Widgets::Tr::tr("Port")});
    ServerList offered;
    for (int i = 0; i < candidates.size(); ++i) {
        const Server &s = candidates.at(i);
        auto *item = new QTreeWidgetItem(m_list, {s.name, s.host, s.user, QString::number(s.port)});
        item->setData(0, Qt::UserRole, i);
        if (const QString in = duplicateOf(s, existing); !in.isEmpty()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setCheckState(0, Qt::Unchecked);
            item->setToolTip(0,
                             in == s.name
                                 ? Widgets::Tr::tr("Already in the inventory")
                                 : Widgets::Tr::tr("Already in the inventory as “%1” (same host, "
                                                   "port and user)")
                                       .arg(in));
        } else if (const QString above = duplicateOf(s, offered); !above.isEmpty()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setCheckState(0, Qt::Unchecked);
            item->setToolTip(0,
                             Widgets::Tr::tr("The same host, port and user as “%1” above")
                                 .arg(above));
        } else {
            item->setCheckState(0, Qt::Checked);
            offered.append(s);
        }
        if (!s.notes.isEmpty() && item->toolTip(0).isEmpty())
            item->setToolTip(0, s.notes);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *intro = new QLabel(candidates.isEmpty() ? texts.empty : texts.intro, this);
    intro->setObjectName(u"intro"_s);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    if (!texts.source.isEmpty()) {
        auto *source = new QLabel(texts.source, this);
        source->setObjectName(u"source"_s);
        source->setWordWrap(true);
        layout->addWidget(source);
    }
    if (!warnings.isEmpty()) {
        auto *warningLabel = new QLabel(texts.warningsHeading + u"\n"_s + warnings.join(u'\n'),
                                        this);
        warningLabel->setObjectName(u"warnings"_s);
        warningLabel->setWordWrap(true);
        layout->addWidget(warningLabel);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(Widgets::Tr::tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 380);
}

ServerList SshImportDialog::chosenServers() const
{
    ServerList chosen;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked && (item->flags() & Qt::ItemIsEnabled))
            chosen.append(m_candidates.at(item->data(0, Qt::UserRole).toInt()));
    }
    return chosen;
}

void SshImportDialog::setChecked(const QString &name, bool checked)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->text(0) == name)
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace Steward
