// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/onboarding/servicesmap.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Steward {

class MessageWidget;

// Edits the group's services map (services.yaml) in the window: the YAML with highlighting, checked by the
// map's own parser on Save. An error names its line and column, puts the cursor there and writes nothing;
// a map that reads is written atomically (QSaveFile: the old file stays whole if anything fails) and the
// dialog is accepted, with the map it saved in savedMap().
class MapEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // text: what to start from (the file's content, or the shipped example for a file not made yet).
    MapEditorDialog(const QString &path, const QByteArray &text, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    QPlainTextEdit *editor() const { return m_editor; }
    // As Save does: true when the map was valid and written (the dialog is then accepted).
    bool save();
    // Why the last Save did not write (empty after a save, or before any).
    QString errorText() const;
    const Onboarding::ServicesMap &savedMap() const { return m_saved; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void markError(int line, int column);

    QString m_path;
    QPlainTextEdit *m_editor;
    MessageWidget *m_message;
    QPushButton *m_save;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    Onboarding::ServicesMap m_saved;
};

} // namespace Steward
