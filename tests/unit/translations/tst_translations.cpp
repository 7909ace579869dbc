// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations: every message of every language translated, keeping what the program fills in
// or acts on (placeholders, markup, accelerators, line breaks; tools/check-translations), and the compiled
// catalogues installed by the application translate the panels' new messages. The checker is shown to
// catch a broken translation, so that a green run means something.
#include "app/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
    };

    static Run check(const QStringList &files)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"python3"_s,
                QStringList{QStringLiteral(STEWARD_SOURCE_DIR "/tools/check-translations")} + files);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput())};
    }

private Q_SLOTS:
    void everyLanguageComplete()
    {
        const Run r = check({});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        for (const QString &language : Steward::availableLanguages()) {
            QVERIFY2(r.out.contains(u"steward_%1.ts: "_s.arg(language))
                         && r.out.contains(QRegularExpression(
                             u"steward_%1\\.ts: \\d+ messages, 0 unfinished, 0 problems"_s.arg(
                                 language))),
                     qPrintable(language + u"\n"_s + r.out));
        }
    }

    void checkerCatchesBrokenTranslations()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"steward_xx.ts"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="xx">
<context><name>Steward::Widgets</name>
<message><source>Open %1 in &amp;Logs…</source><translation>Ouvrir dans les journaux</translation></message>
<message><source>&lt;b&gt;%1&lt;/b&gt; is down</source><translation>&lt;b&gt;%1 est arrêté</translation></message>
<message><source>Not yet</source><translation type="unfinished"></translation></message>
</context></TS>
)");
        f.close();
        const Run r = check({path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"placeholders"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"accelerator"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"ellipsis"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"markup"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\"Not yet\": not translated"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"3 messages, 1 unfinished, 4 problems"_s), qPrintable(r.out));
    }

    // The compiled catalogues, as the application installs them: a panel's message comes out translated.
    void installedCataloguesTranslate()
    {
        QString warning;
        QCOMPARE(Steward::installTranslations(u"de"_s, &warning), u"de"_s);
        QVERIFY(warning.isEmpty());
        const QString copy = QCoreApplication::translate("Steward::Widgets", "Copy");
        QVERIFY2(copy != u"Copy"_s, qPrintable(copy));
        const QString lesson = QCoreApplication::translate("Steward::Core", "Run a restore drill");
        QVERIFY2(lesson != u"Run a restore drill"_s, qPrintable(lesson));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
