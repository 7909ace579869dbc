// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the services map in the window: Edit map opens the group's file (the shipped example before
// there is one) in an editor with YAML highlighting; a map with an error is not saved, the error names its
// line and column and the cursor goes there; a good map is written atomically and becomes the one shown.
#include "core/result.h"
#include "models/onboarding/servicesmapmodel.h"
#include "widgets/onboarding/mapeditordialog.h"
#include "widgets/onboarding/onboardingpanel.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace Steward;

namespace {

SessionConnector noConnection()
{
    return [](const Server &, QObject *, std::function<void(const Result<Ssh::Session *> &)> done) {
        done(Error{u"no connection in this test"_s});
    };
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestMapEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    static MapEditorDialog *openEditor(OnboardingPanel &panel)
    {
        QTest::mouseClick(panel.findChild<QPushButton *>(u"editMap"_s), Qt::LeftButton);
        return panel.findChild<MapEditorDialog *>();
    }

    static void replaceText(MapEditorDialog *dialog, const QString &text)
    {
        dialog->editor()->selectAll();
        dialog->editor()->insertPlainText(text);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void badMapIsNotSavedGoodOneIs()
    {
        OnboardingPanel panel(noConnection());
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.findChild<QPushButton *>(u"editMap"_s)->isEnabled()); // no file to write yet
        const QString path = m_tmp.filePath(u"config/services.yaml"_s);
        panel.setMapPath(path);
        QVERIFY(panel.findChild<QPushButton *>(u"editMap"_s)->isEnabled());

        // No group file yet: the editor starts from the shipped example, highlighted as YAML.
        MapEditorDialog *dialog = openEditor(panel);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        const QString example = dialog->editor()->toPlainText();
        QVERIFY(example.contains(u"services:"_s));
        auto *highlighter
            = dialog->editor()->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
        QVERIFY(highlighter);
        QCOMPARE(highlighter->definition().name(), u"YAML"_s);

        // An unknown key on line 9: not saved; the error says where, the cursor is there.
        replaceText(dialog,
                    u"version: 1\n"
                    "services:\n"
                    "  - id: wiki\n"
                    "    name: The wiki\n"
                    "    purpose: Where the group writes things down.\n"
                    "    provider: Hetzner\n"
                    "  - id: mail\n"
                    "    name: Mail\n"
                    "    colour: blue\n"
                    "    purpose: Mail for the instance.\n"
                    "    provider: Migadu\n"_s);
        QVERIFY(!dialog->save());
        QVERIFY2(dialog->errorText().contains(u"line 9, column 5"_s),
                 qPrintable(dialog->errorText()));
        QCOMPARE(dialog->editor()->textCursor().blockNumber(), 8);
        QCOMPARE(dialog->editor()->textCursor().positionInBlock(), 4);
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog->isVisible());

        // Broken YAML (an unclosed list): the parser's position too.
        replaceText(dialog, u"version: 1\nservices: [\n  {id: a\n"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveMap"_s), Qt::LeftButton);
        QVERIFY2(dialog->errorText().contains(u"line "_s)
                     && dialog->errorText().contains(u"column "_s),
                 qPrintable(dialog->errorText()));
        QVERIFY(!QFile::exists(path));

        // A good map: written, the dialog closes, the panel shows it.
        const QString good = u"version: 1\n"
                             "services:\n"
                             "  - id: wiki\n"
                             "    name: The wiki\n"
                             "    purpose: Where the group writes things down.\n"
                             "    provider: Hetzner\n"_s;
        replaceText(dialog, good);
        QSignalSpy saved(&panel, &OnboardingPanel::mapSaved);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveMap"_s), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toString(), path);
        QCOMPARE(readAll(path), good.toUtf8());
        QCOMPARE(panel.servicesModel()->rowCount(), 1);
        QCOMPARE(panel.servicesModel()->map().services.first().id, u"wiki"_s);
        QTRY_VERIFY(!panel.findChild<MapEditorDialog *>());
        // Nothing left beside it (QSaveFile renames its temporary file over the map).
        QCOMPARE(QDir(m_tmp.filePath(u"config"_s)).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"services.yaml"_s});

        // Opened again: the group's file, as saved. Cancel leaves it alone.
        dialog = openEditor(panel);
        QVERIFY(dialog);
        QCOMPARE(dialog->editor()->toPlainText(), good);
        replaceText(dialog, u"services: []\n"_s);
        dialog->reject();
        QTRY_VERIFY(!panel.findChild<MapEditorDialog *>());
        QCOMPARE(readAll(path), good.toUtf8());
        QCOMPARE(panel.servicesModel()->rowCount(), 1);
    }
};

QTEST_MAIN(TestMapEditor)
#include "tst_mapeditor.moc"
