// SPDX-License-Identifier: GPL-3.0-or-later
// The application shell: navigation, persistence, About, translations, the command line and a rendering.
#include "app/stewardapp.h"
#include "app/translations.h"
#include "core/buildinfo.h"
#include "guitest.h"
#include "widgets/secrets/credentialsdialog.h"
#include "widgets/servers/serverspanel.h"
#include "widgets/shell/aboutdialog.h"
#include "widgets/shell/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QScreen>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Steward;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    GuiOptions options() const
    {
        GuiOptions o;
        o.inventory = m_dir.filePath(u"inventory.yaml"_s);
        return o;
    }
    // A size the window accepts (its panels set a minimum), and what it is restored to: the same, within
    // the screen (the offscreen screen is 800x600; a window wider than the screen comes back fitted to it,
    // with the same height).
    static QSize savedSize(const StewardApp &app)
    {
        return app.window()->minimumSizeHint().expandedTo(QSize(600, 450)) + QSize(4, 4);
    }
    static void verifyRestored(const StewardApp &app)
    {
        const QSize screen = app.window()->screen()->availableGeometry().size();
        const QSize saved = savedSize(app);
        const QSize size = app.window()->size();
        if (saved.width() <= screen.width()) {
            QCOMPARE(size, saved);
        } else {
            QCOMPARE(size.height(), saved.height());
            QVERIFY2(size.width() <= screen.width() && size.width() >= screen.width() - 40,
                     qPrintable(
                         u"%1 wide on a screen %2 wide"_s.arg(size.width()).arg(screen.width())));
        }
    }
    static QString stewardBinary()
    {
        return QCoreApplication::applicationDirPath() + u"/../../../app/steward"_s;
    }

    static void removeTranslators()
    {
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(u"steward"_s);
        QStandardPaths::setTestModeEnabled(true);
        // What an earlier run saved (the panel, the geometry) would change what these tests see.
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                      + u"/steward.conf"_s);
    }

    void navigationListsRealPanelsOnly()
    {
        StewardApp app(options());
        MainWindow *window = app.window();
        // Exactly the panels that work, in this order, each navigation entry showing its own panel.
        const QStringList expected{u"servers"_s,
                                   u"compose"_s,
                                   u"releases"_s,
                                   u"backups"_s,
                                   u"runbook"_s,
                                   u"logs"_s,
                                   u"onboarding"_s};
        const QStringList titles{u"Servers"_s,
                                 u"Compose diff"_s,
                                 u"Release notes"_s,
                                 u"Backups"_s,
                                 u"Runbook"_s,
                                 u"Logs"_s,
                                 u"Onboarding"_s};
        QCOMPARE(window->panelIds(), expected);
        QCOMPARE(window->navigation()->count(), expected.size());
        QCOMPARE(window->panel(u"servers"_s), app.serversPanel());
        QCOMPARE(window->currentPanelId(), u"servers"_s);
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(window->navigation()->item(i)->text(), titles.at(i));
            window->navigation()->setCurrentRow(i);
            QCOMPARE(window->currentPanelId(), expected.at(i));
            QVERIFY(window->panel(expected.at(i))->isVisibleTo(window));
        }
    }

    void geometryAndPanelPersist()
    {
        {
            StewardApp app(options());
            app.window()->show();
            QVERIFY(QTest::qWaitForWindowExposed(app.window()));
            app.window()->resize(savedSize(app)); // within the offscreen screen (800x600)
            // Another panel than the default one, so that restoring it proves something.
            app.window()->navigation()->setCurrentRow(1);
            QCOMPARE(app.window()->currentPanelId(), u"compose"_s);
            app.window()->close();
        }
        StewardApp again(options());
        verifyRestored(again);
        QCOMPARE(again.window()->currentPanelId(), u"compose"_s);
    }

    void aboutShowsVersionAndLibraries()
    {
        StewardApp app(options());
        QAction *about = app.window()->findChild<QAction *>(u"aboutSteward"_s);
        QVERIFY(about);
        bool answered = false;
        Test::whenModal<AboutDialog>(this, [&answered](AboutDialog *dialog) {
            const QString text = dialog->findChild<QLabel *>(u"aboutText"_s)->text();
            QVERIFY(text.contains(QStringLiteral(STEWARD_VERSION)));
            QVERIFY(text.contains(u"libssh2 1."_s));
            QVERIFY(text.contains(u"KSyntaxHighlighting 6."_s));
            dialog->reject();
            answered = true;
        });
        about->trigger();
        QTRY_VERIFY(answered);
    }

    void toolsMenuOpensCredentials()
    {
        StewardApp app(options());
        QAction *credentials = app.window()->findChild<QAction *>(u"credentials"_s);
        QVERIFY(credentials);
        bool answered = false;
        Test::whenModal<CredentialsDialog>(this, [&answered](CredentialsDialog *dialog) {
            QVERIFY(dialog->list());
            dialog->reject();
            answered = true;
        });
        credentials->trigger();
        QTRY_VERIFY(answered);
    }

    void translationsSwitchTheInterface_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("servers");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("de") << u"de"_s << u"Server"_s << u"&Datei"_s;
        QTest::newRow("es") << u"es"_s << u"Servidores"_s << u"&Archivo"_s;
        QTest::newRow("fr") << u"fr"_s << u"Serveurs"_s << u"&Fichier"_s;
        QTest::newRow("ca") << u"ca"_s << u"Servidors"_s << u"&Fitxer"_s;
        QTest::newRow("en") << u"en"_s << u"Servers"_s << u"&File"_s;
    }
    void translationsSwitchTheInterface()
    {
        QFETCH(QString, language);
        QFETCH(QString, servers);
        QFETCH(QString, fileMenu);
        QString warning;
        QCOMPARE(installTranslations(language, &warning), language);
        QVERIFY(warning.isEmpty());
        {
            StewardApp app(options());
            QCOMPARE(app.window()->navigation()->item(0)->text(), servers);
            QCOMPARE(app.window()->menuBar()->actions().first()->text(), fileMenu);
            // Every column header is translated (none left in English except where the word is the same).
            const QString header
                = app.serversPanel()->view()->model()->headerData(5, Qt::Horizontal).toString();
            if (language != u"en")
                QVERIFY2(header != u"Compose directory"_s, qPrintable(header));
        }
        removeTranslators();
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QString warning;
        QCOMPARE(installTranslations(u"xx"_s, &warning), u"en"_s);
        QVERIFY(warning.contains(u"xx"_s));
        QVERIFY(warning.contains(u"de"_s));
        removeTranslators();
    }

    void rendersToPng()
    {
        StewardApp app(options());
        app.window()->resize(1100, 700);
        app.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        const QImage image = app.window()->grab().toImage();
        const QString path = QCoreApplication::applicationDirPath() + u"/main-window.png"_s;
        QVERIFY(image.save(path));
        QCOMPARE(QImage(path).size(), QSize(1100, 700));
        // Something was drawn: many distinct colours, not a blank frame.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutPart");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("version") << QStringList{u"--version"_s} << 0
                                 << u"steward " STEWARD_VERSION ""_s << QString();
        QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u"--inventory <file>"_s
                              << QString();
        QTest::newRow("help in German") << QStringList{u"--lang"_s, u"de"_s, u"--help"_s} << 0
                                        << u"Inventardatei"_s << QString();
        QTest::newRow("unknown option")
            << QStringList{u"--frobnicate"_s} << 2 << QString() << u"frobnicate"_s;
        QTest::newRow("unknown command")
            << QStringList{u"frobnicate"_s} << 2 << QString() << u"unknown command"_s;
        QTest::newRow("bad colour scheme")
            << QStringList{u"--color-scheme"_s, u"purple"_s} << 2 << QString() << u"purple"_s;
        QTest::newRow("first frame")
            << QStringList{u"--first-frame-probe"_s} << 0 << u"first-frame-ms="_s << QString();
    }
    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutPart);
        QFETCH(QString, stderrPart);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.remove(u"DISPLAY"_s);
        process.setProcessEnvironment(env);
        process.start(stewardBinary(),
                      arguments + QStringList{u"--inventory"_s, options().inventory});
        QVERIFY(process.waitForFinished(30000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), exitCode);
        QVERIFY2(out.contains(stdoutPart), qPrintable(out));
        QVERIFY2(err.contains(stderrPart), qPrintable(err));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
