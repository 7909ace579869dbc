// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Steward {

class CredentialStore;
class MessageWidget;
class PassImporter;

// Import from a pass store: pick the directory, browse its entries as a tree, check some, map each to a
// kind and server, import with progress and cancel, and see per entry what worked.
class PassImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PassImportDialog(CredentialStore *store, QWidget *parent = nullptr);

    void setDirectory(const QString &directory);
    QTreeWidget *entries() const { return m_tree; }
    // The leaf item of a pass entry ("ssh/web1"), or nullptr.
    QTreeWidgetItem *itemFor(const QString &entry) const;
    void startImport();

private:
    void load();
    void browse();
    void importFinished(int imported, int failed, bool cancelled);
    QList<QTreeWidgetItem *> leaves() const;

    QLineEdit *m_directory;
    MessageWidget *m_message;
    QTreeWidget *m_tree;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_close;
    PassImporter *m_importer;
};

} // namespace Steward
