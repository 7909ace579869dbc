// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/onboarding/welcomepage.h"

#include "widgets/tr.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Steward {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"welcomePage"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    auto *title = new QLabel(Widgets::Tr::tr("Welcome to Steward"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_intro = wrapped(QString(), this);
    m_intro->setObjectName(u"welcomeIntro"_s);
    setExampleShown(true);

    const auto makeButton = [this](const QString &name, const QString &text, const QString &icon) {
        auto *button = new QPushButton(QIcon::fromTheme(icon), text, this);
        button->setObjectName(name);
        return button;
    };
    m_sshConfig = makeButton(u"welcomeImportSshConfig"_s,
                             Widgets::Tr::tr("Import from ~/.ssh/config…"),
                             u"document-import"_s);
    m_ansible = makeButton(u"welcomeImportAnsible"_s,
                           Widgets::Tr::tr("Import an Ansible inventory…"),
                           u"document-import"_s);
    m_add = makeButton(u"welcomeAddServer"_s, Widgets::Tr::tr("Add a server…"), u"list-add"_s);
    m_lab = makeButton(u"welcomeOpenLab"_s,
                       Widgets::Tr::tr("Open the lab"),
                       u"applications-science"_s);

    auto *choices = new QGridLayout;
    choices->setColumnStretch(1, 1);
    const auto addChoice = [this, choices](QPushButton *button, const QString &text) {
        const int row = choices->rowCount();
        choices->addWidget(button, row, 0);
        choices->addWidget(wrapped(text, this), row, 1);
    };
    addChoice(m_sshConfig,
              Widgets::Tr::tr("The servers you already reach with ssh: Steward takes their host "
                              "names, users, ports and keys from your SSH configuration."));
    addChoice(m_ansible,
              Widgets::Tr::tr("If your group sets up its servers with Ansible: its inventory file "
                              "lists them."));
    addChoice(m_add,
              Widgets::Tr::tr(
                  "Type in one server yourself: a name, its address and the SSH user."));
    addChoice(m_lab,
              Widgets::Tr::tr(
                  "Practise first: a rehearsal Mastodon server on this computer, reached "
                  "over SSH like the real one. Nothing you try there touches production."));

    m_labNote = wrapped(QString(), this);
    m_labNote->setObjectName(u"welcomeLabNote"_s);
    m_labNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_labNote->setVisible(false);

    m_labProgress = new QWidget(this);
    auto *progressLayout = new QHBoxLayout(m_labProgress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_labBar = new QProgressBar(m_labProgress);
    m_labBar->setRange(0, 0);
    m_labBar->setMaximumWidth(160);
    m_labBar->setTextVisible(false);
    m_labLine = new QLabel(m_labProgress);
    m_labLine->setObjectName(u"welcomeLabLine"_s);
    m_labLine->setTextFormat(Qt::PlainText);
    m_labCancel = new QPushButton(Widgets::Tr::tr("Cancel"), m_labProgress);
    m_labCancel->setObjectName(u"welcomeLabCancel"_s);
    progressLayout->addWidget(m_labBar);
    progressLayout->addWidget(m_labLine, 1);
    progressLayout->addWidget(m_labCancel);
    m_labProgress->setVisible(false);

    m_later = wrapped(Widgets::Tr::tr("All of this stays in the Servers panel's toolbar; this page "
                                      "goes away once your inventory has a server."),
                      this);
    applyPalette();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_intro);
    layout->addLayout(choices);
    layout->addWidget(m_labNote);
    layout->addWidget(m_labProgress);
    layout->addWidget(m_later);

    connect(m_sshConfig, &QPushButton::clicked, this, &WelcomePage::importSshConfigRequested);
    connect(m_ansible, &QPushButton::clicked, this, &WelcomePage::importAnsibleRequested);
    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addServerRequested);
    connect(m_lab, &QPushButton::clicked, this, &WelcomePage::labRequested);
    connect(m_labCancel, &QPushButton::clicked, this, &WelcomePage::labCancelRequested);
}

void WelcomePage::applyPalette()
{
    // The closing note in a quieter colour, taken again from the palette when the scheme changes.
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_later->setPalette(muted);
}

void WelcomePage::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_later)
        applyPalette();
}

void WelcomePage::setExampleShown(bool shown)
{
    m_intro->setText(
        shown ? Widgets::Tr::tr("Steward looks after your group's servers over SSH, and it "
                                "does not know them yet: the table below is only an "
                                "example. Tell it where your servers are, in one of "
                                "these ways:")
              : Widgets::Tr::tr("Steward looks after your group's servers over SSH, and "
                                "your inventory has none yet. Tell it where your servers "
                                "are, in one of these ways:"));
}

void WelcomePage::setLabAvailable(bool available)
{
    m_labAvailable = available;
    m_lab->setEnabled(available && !isLabStarting());
    if (available) {
        m_labNote->setVisible(false);
        return;
    }
    m_labNote->setText(
        Widgets::Tr::tr("The lab is not installed here. Where it is (a Steward built "
                        "from its sources, or the Debian package), start Steward with "
                        "“steward --lab” to open it on the lab."));
    m_labNote->setVisible(true);
}

void WelcomePage::showLabStarting(const QString &line)
{
    m_lab->setEnabled(false);
    m_labNote->setVisible(false);
    m_labLine->setText(line.isEmpty() ? Widgets::Tr::tr("Starting the lab…") : line);
    m_labCancel->setEnabled(true);
    m_labProgress->setVisible(true);
}

void WelcomePage::showLabStopped(const QString &error)
{
    m_labProgress->setVisible(false);
    m_lab->setEnabled(m_labAvailable);
    if (error.isEmpty()) {
        m_labNote->setVisible(!m_labAvailable);
        return;
    }
    m_labNote->setText(Widgets::Tr::tr("The lab did not start: %1").arg(error));
    m_labNote->setVisible(true);
}

bool WelcomePage::isLabStarting() const
{
    return !m_labProgress->isHidden();
}

QString WelcomePage::labText() const
{
    if (isLabStarting())
        return m_labLine->text();
    return m_labNote->isHidden() ? QString() : m_labNote->text();
}

} // namespace Steward
