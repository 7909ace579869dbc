// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Steward {

// Edits one server of the inventory. Refuses to accept what Inventory::validate() refuses, or a name in use.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    // takenNames: the names of the other servers (a new name must differ from each).
    explicit ServerDialog(const Server &server,
                          const QStringList &takenNames,
                          QWidget *parent = nullptr);

    Server server() const;
    void accept() override;

private:
    void updateValidity();

    QStringList m_takenNames;
    Server m_original;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QComboBox *m_role;
    QLineEdit *m_composeDir;
    QLineEdit *m_publicUrl;
    QLineEdit *m_identityFile;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Steward
