// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/secrets/passimportdialog.h"

#include "core/secrets/passimport.h"
#include "widgets/common/messagewidget.h"
#include "widgets/tr.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Steward {

namespace {
enum Column { EntryColumn, KindColumn, ServerColumn, ResultColumn };
constexpr int entryRole = Qt::UserRole + 1;
} // namespace

PassImportDialog::PassImportDialog(CredentialStore *store, QWidget *parent)
    : QDialog(parent)
    , m_directory(new QLineEdit(this))
    , m_message(new MessageWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_import(new QPushButton(Widgets::Tr::tr("&Import"), this))
    , m_close(new QPushButton(Widgets::Tr::tr("&Close"), this))
    , m_importer(new PassImporter(store, this))
{
    setWindowTitle(Widgets::Tr::tr("Import from pass"));
    m_directory->setObjectName(u"directory"_s);
    m_tree->setObjectName(u"entries"_s);
    m_import->setObjectName(u"import"_s);
    m_close->setObjectName(u"close"_s);
    m_progress->setObjectName(u"progress"_s);
    m_message->hide();
    m_progress->hide();
    m_tree->setHeaderLabels({Widgets::Tr::tr("Entry"),
                             Widgets::Tr::tr("Kind"),
                             Widgets::Tr::tr("Server"),
                             Widgets::Tr::tr("Result")});
    m_tree->header()->setSectionResizeMode(EntryColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);

    auto *browse = new QPushButton(Widgets::Tr::tr("&Browse…"), this);
    auto *reload = new QPushButton(Widgets::Tr::tr("&Load"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(Widgets::Tr::tr("Password store:"), this));
    top->addWidget(m_directory, 1);
    top->addWidget(browse);
    top->addWidget(reload);
    auto *intro = new QLabel(Widgets::Tr::tr(
                                 "Check the entries to import and say what each one is. "
                                 "Steward runs pass show for each and stores the first "
                                 "line in the keychain."),
                             this);
    intro->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addStretch();
    bottom->addWidget(m_import);
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);
    layout->addLayout(bottom);

    // Only the server column is edited in place.
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item, int column) {
        if (column == ServerColumn && !item->data(EntryColumn, entryRole).isNull())
            m_tree->editItem(item, column);
    });
    connect(browse, &QPushButton::clicked, this, &PassImportDialog::browse);
    connect(reload, &QPushButton::clicked, this, &PassImportDialog::load);
    connect(m_directory, &QLineEdit::returnPressed, this, &PassImportDialog::load);
    connect(m_import, &QPushButton::clicked, this, &PassImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_importer->isRunning())
            m_importer->cancel();
        else
            reject();
    });
    connect(m_importer, &PassImporter::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_importer,
            &PassImporter::entryFinished,
            this,
            [this](const QString &entry, bool ok, const QString &message) {
                if (QTreeWidgetItem *item = itemFor(entry)) {
                    item->setText(ResultColumn, message);
                    item->setIcon(ResultColumn,
                                  style()->standardIcon(ok ? QStyle::SP_DialogApplyButton
                                                           : QStyle::SP_MessageBoxWarning));
                    if (ok)
                        item->setCheckState(EntryColumn, Qt::Unchecked);
                }
            });
    connect(m_importer, &PassImporter::finished, this, &PassImportDialog::importFinished);
    setDirectory(defaultPassStoreDirectory());
    resize(760, 460);
}

void PassImportDialog::setDirectory(const QString &directory)
{
    m_directory->setText(directory);
    load();
}

void PassImportDialog::browse()
{
    // Window-modal and asynchronous, like the dialogs of the panels.
    auto *dialog = new QFileDialog(this, Widgets::Tr::tr("Password Store"), m_directory->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) {
        if (!dir.isEmpty())
            setDirectory(dir);
    });
    dialog->open();
}

void PassImportDialog::load()
{
    m_tree->clear();
    m_message->hide();
    const QString directory = m_directory->text();
    if (!QDir(directory).exists()) {
        m_message->showMessage(Widgets::Tr::tr("There is no password store at %1.").arg(directory),
                               MessageWidget::Type::Warning);
        m_message->show();
        m_import->setEnabled(false);
        return;
    }
    const QStringList names = passStoreEntries(directory);
    if (names.isEmpty()) {
        m_message->showMessage(Widgets::Tr::tr("%1 holds no pass entries.").arg(directory),
                               MessageWidget::Type::Information);
        m_message->show();
    }
    QHash<QString, QTreeWidgetItem *> folders;
    for (const QString &name : names) {
        const QStringList parts = name.split(u'/');
        QTreeWidgetItem *parent = nullptr;
        QString path;
        for (int i = 0; i + 1 < parts.size(); ++i) {
            path += parts[i] + u'/';
            QTreeWidgetItem *&folder = folders[path];
            if (!folder) {
                folder = parent ? new QTreeWidgetItem(parent, {parts[i]})
                                : new QTreeWidgetItem(m_tree, {parts[i]});
                folder->setIcon(EntryColumn, style()->standardIcon(QStyle::SP_DirIcon));
                folder->setFlags(Qt::ItemIsEnabled);
            }
            parent = folder;
        }
        auto *item = parent ? new QTreeWidgetItem(parent, {parts.last()})
                            : new QTreeWidgetItem(m_tree, {parts.last()});
        item->setData(EntryColumn, entryRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                       | Qt::ItemIsEditable);
        item->setCheckState(EntryColumn, Qt::Unchecked);
        const CredentialKey guess = guessCredentialKey(name);
        auto *kind = new QComboBox(m_tree);
        for (CredentialKind k : allCredentialKinds())
            kind->addItem(credentialKindName(k), int(k));
        kind->setCurrentIndex(kind->findData(int(guess.kind)));
        m_tree->setItemWidget(item, KindColumn, kind);
        item->setText(ServerColumn, guess.server);
    }
    m_tree->expandAll();
    m_import->setEnabled(!names.isEmpty());
}

QList<QTreeWidgetItem *> PassImportDialog::leaves() const
{
    QList<QTreeWidgetItem *> result;
    QList<QTreeWidgetItem *> stack;
    for (int i = m_tree->topLevelItemCount() - 1; i >= 0; --i)
        stack.append(m_tree->topLevelItem(i));
    while (!stack.isEmpty()) {
        QTreeWidgetItem *item = stack.takeLast();
        if (!item->data(EntryColumn, entryRole).isNull())
            result.append(item);
        for (int i = item->childCount() - 1; i >= 0; --i)
            stack.append(item->child(i));
    }
    return result;
}

QTreeWidgetItem *PassImportDialog::itemFor(const QString &entry) const
{
    for (QTreeWidgetItem *item : leaves()) {
        if (item->data(EntryColumn, entryRole).toString() == entry)
            return item;
    }
    return nullptr;
}

void PassImportDialog::startImport()
{
    QList<PassImportItem> items;
    for (QTreeWidgetItem *item : leaves()) {
        if (item->checkState(EntryColumn) != Qt::Checked)
            continue;
        const auto *kind = qobject_cast<QComboBox *>(m_tree->itemWidget(item, KindColumn));
        const QString server = item->text(ServerColumn).trimmed();
        if (server.isEmpty()) {
            item->setText(ResultColumn, Widgets::Tr::tr("Name a server first."));
            continue;
        }
        item->setText(ResultColumn, Widgets::Tr::tr("Waiting…"));
        item->setIcon(ResultColumn, {});
        items.append({item->data(EntryColumn, entryRole).toString(),
                      {CredentialKind(kind->currentData().toInt()), server}});
    }
    if (items.isEmpty()) {
        m_message->showMessage(Widgets::Tr::tr("Check at least one entry with a server."),
                               MessageWidget::Type::Information);
        m_message->show();
        return;
    }
    m_message->hide();
    m_import->setEnabled(false);
    m_tree->setEnabled(false);
    m_close->setText(Widgets::Tr::tr("&Cancel"));
    m_progress->show();
    m_importer->start(m_directory->text(), items);
}

void PassImportDialog::importFinished(int imported, int failed, bool cancelled)
{
    m_import->setEnabled(true);
    m_tree->setEnabled(true);
    m_close->setText(Widgets::Tr::tr("&Close"));
    const QString text = cancelled
                             ? Widgets::Tr::tr("Import cancelled: %1 imported, %2 failed.")
                                   .arg(imported)
                                   .arg(failed)
                             : Widgets::Tr::tr("%1 imported, %2 failed.").arg(imported).arg(failed);
    m_message->showMessage(text,
                           failed > 0 || cancelled ? MessageWidget::Type::Warning
                                                   : MessageWidget::Type::Positive);
    m_message->show();
}

} // namespace Steward
