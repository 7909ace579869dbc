// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/onboarding/mapeditordialog.h"

#include "widgets/common/messagewidget.h"
#include "widgets/compose/composediffpanel.h"
#include "widgets/tr.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Steward {

MapEditorDialog::MapEditorDialog(const QString &path, const QByteArray &text, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
{
    setObjectName(u"mapEditor"_s);
    setWindowTitle(Widgets::Tr::tr("Edit the services map"));
    auto *where = new QLabel(Widgets::Tr::tr(
                                 "%1: checked when you save; nothing is written while it "
                                 "has an error (docs/onboarding.md has the format).")
                                 .arg(QDir::toNativeSeparators(path)),
                             this);
    where->setWordWrap(true);
    where->setTextFormat(Qt::PlainText);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new MessageWidget(this);
    m_message->setObjectName(u"mapEditorMessage"_s);
    m_message->setVisible(false);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"mapText"_s);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(false);
    m_editor->setPlainText(QString::fromUtf8(text));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    m_highlighter->setDefinition(ComposeDiffPanel::syntaxRepository().definitionForName(u"YAML"_s));
    applyTheme();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveMap"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &MapEditorDialog::save);
    // Typing again: the error shown was about the text before.
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_editor->extraSelections().isEmpty())
            m_editor->setExtraSelections({});
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(m_message);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(820, 640);
}

bool MapEditorDialog::save()
{
    const QByteArray text = m_editor->toPlainText().toUtf8();
    if (text.size() > Onboarding::ServicesMap::maxFileSize) {
        m_message->showError(Widgets::Tr::tr("The map is over 1 MiB: Steward does not read it."));
        return false;
    }
    const Result<Onboarding::ServicesMap> parsed = Onboarding::parseServicesMap(text);
    if (!parsed) {
        const Error &error = parsed.error();
        m_message->showError(error.line > 0 ? Widgets::Tr::tr("Not saved: line %1, column %2: %3")
                                                  .arg(error.line)
                                                  .arg(error.column)
                                                  .arg(error.message)
                                            : Widgets::Tr::tr("Not saved: %1").arg(error.message));
        markError(error.line, error.column);
        return false;
    }
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        m_message->showError(Widgets::Tr::tr("Not saved: the folder %1 cannot be made.").arg(dir));
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        m_message->showError(
            Widgets::Tr::tr("Not saved: %1 cannot be written: %2").arg(m_path, file.errorString()));
        return false;
    }
    m_saved = parsed.value();
    m_message->showError(QString());
    m_editor->setExtraSelections({});
    accept();
    return true;
}

QString MapEditorDialog::errorText() const
{
    return m_message->shownText();
}

void MapEditorDialog::markError(int line, int column)
{
    if (line <= 0) {
        m_editor->setExtraSelections({});
        return;
    }
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position()
                       + std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(block);
    QColor color = palette().color(QPalette::Highlight);
    color.setAlpha(60);
    mark.format.setBackground(color);
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_editor->setExtraSelections({mark});
    m_editor->setFocus();
}

void MapEditorDialog::applyTheme()
{
    m_highlighter->setTheme(ComposeDiffPanel::syntaxRepository().themeForPalette(palette()));
    m_highlighter->rehighlight();
}

void MapEditorDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

} // namespace Steward
