// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/aboutdialog.h"

#include "core/buildinfo.h"
#include "widgets/tr.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Steward {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(Widgets::Tr::tr("About Steward"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/steward/icons/steward.svg"_s).pixmap(64, 64));
    auto *text = new QLabel(this);
    text->setObjectName(u"aboutText"_s);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    const QString libraries
        = u"Qt %1 · libssh2 %2 · QtKeychain %3 · KSyntaxHighlighting %4 · yaml-cpp %5 · "
          u"libgit2 %6"_s.arg(QString::fromLatin1(qVersion()),
                              QStringLiteral(STEWARD_LIBSSH2_VERSION),
                              QStringLiteral(STEWARD_QTKEYCHAIN_VERSION),
                              QStringLiteral(STEWARD_KSYNTAXHIGHLIGHTING_VERSION),
                              QStringLiteral(STEWARD_YAMLCPP_VERSION),
                              QStringLiteral(STEWARD_LIBGIT2_VERSION));
    text->setText(u"<h2>Steward %1</h2><p>%2</p><p>%3</p><p><small>%4</small></p>"_s.arg(
        QStringLiteral(STEWARD_VERSION),
        Widgets::Tr::tr(
            "A console for the volunteer tech group of a small cooperative Mastodon instance: "
            "servers, release notes, compose diffs, backups and the upgrade runbook."),
        Widgets::Tr::tr("Free software under the GNU General Public License, version 3 or later."),
        Widgets::Tr::tr("Built with %1").arg(libraries.toHtmlEscaped())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace Steward
