// SPDX-License-Identifier: GPL-3.0-or-later
// The files the Debian package installs, checked with the tools Debian and desktops check them with:
// desktop-file-validate, appstreamcli validate, man's own warnings; steward(1) against the built
// steward's --help (every option, every command and each command's options); and `cmake --install`'s
// layout (the lab installed whole, executables executable). tools/test-deb then tests the real package.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QString &labDir = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    if (!labDir.isEmpty())
        env.insert(u"STEWARD_LAB_DIR"_s, labDir);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {-1, {}, process.errorString()};
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Option names ("--lang", "-v") of a QCommandLineParser help text's Options section.
QStringList optionsOf(const QString &help)
{
    QStringList names;
    bool inOptions = false;
    for (const QString &line : help.split(u'\n')) {
        if (line == u"Options:") {
            inOptions = true;
            continue;
        }
        if (inOptions && !line.isEmpty() && !line.startsWith(u' '))
            inOptions = false;
        static const QRegularExpression entry(u"^  (-[^ ,]+(?:, -[^ ,]+)*)"_s);
        if (!inOptions)
            continue;
        const auto m = entry.match(line);
        if (!m.hasMatch())
            continue;
        for (QString name : m.captured(1).split(u", "_s)) {
            if (name != u"--help" && name != u"-h" && name != u"--help-all")
                names.append(name);
        }
    }
    return names;
}

// A name as roff writes it in the page ("\-\-lang").
QString roff(const QString &text)
{
    return QString(text).replace(u'-', u"\\-"_s);
}

// The part of the page from ".SS NAME" to the next section or subsection.
QString subsection(const QString &page, const QString &name)
{
    const QString heading = u"\n.SS "_s + roff(name) + u'\n';
    const qsizetype start = page.indexOf(heading);
    if (start < 0)
        return {};
    static const QRegularExpression next(u"\n\\.S[SH] "_s);
    const auto m = next.match(page, start + heading.size());
    return page.mid(start, m.hasMatch() ? m.capturedStart() - start : -1);
}

} // namespace

class TestPackageFiles : public QObject
{
    Q_OBJECT

private slots:
    void desktopFile();
    void metainfo();
    void manPageCoversEveryOptionAndCommand();
    void manPageHasNoWarnings();
    void installLayout();

private:
    const QString m_steward = QStringLiteral(STEWARD_EXECUTABLE);
    const QString m_page = QStringLiteral(STEWARD_MAN_PAGE);
    const QString m_resources = QStringLiteral(STEWARD_SOURCE_DIR) + u"/resources"_s;
    QTemporaryDir m_lab;
};

void TestPackageFiles::desktopFile()
{
    const QString validate = tool(u"desktop-file-validate"_s);
    QVERIFY2(!validate.isEmpty(), "desktop-file-validate is missing (package desktop-file-utils)");
    const Run r = run(validate, {m_resources + u"/coop.social.Steward.desktop"_s});
    QVERIFY2(r.exitCode == 0 && r.out.isEmpty() && r.err.isEmpty(), qPrintable(r.out + r.err));
}

void TestPackageFiles::metainfo()
{
    const QString appstreamcli = tool(u"appstreamcli"_s);
    QVERIFY2(!appstreamcli.isEmpty(), "appstreamcli is missing (package appstream)");
    // --no-net: the same answer on a machine without network; URLs are not fetched.
    const Run r = run(appstreamcli,
                      {u"validate"_s,
                       u"--pedantic"_s,
                       u"--no-net"_s,
                       u"--no-color"_s,
                       m_resources + u"/coop.social.Steward.metainfo.xml"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // Every remark, even pedantic, fails the test, except the one docs/decisions.md explains: the id
    // has capitals, as the desktop file's name and the icon's do (coop.social.Steward).
    static const QRegularExpression remark(u"^([EWIP]): (.*)$"_s,
                                           QRegularExpression::MultilineOption);
    auto it = remark.globalMatch(r.out);
    while (it.hasNext()) {
        const auto m = it.next();
        QVERIFY2(m.captured(2).contains(u"cid-contains-uppercase-letter"_s), qPrintable(r.out));
    }
}

void TestPackageFiles::manPageCoversEveryOptionAndCommand()
{
    const QString page = readAll(m_page);
    QVERIFY2(!page.isEmpty(), qPrintable(u"no man page at "_s + m_page));
    const Run version = run(m_steward, {u"--version"_s});
    QCOMPARE(version.out.trimmed(), u"steward "_s + QStringLiteral(STEWARD_VERSION_STRING));
    QVERIFY(page.contains(u"\"Steward "_s + QStringLiteral(STEWARD_VERSION_STRING) + u'"'));

    const Run help = run(m_steward, {u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    const QString options = page.section(u"\n.SH OPTIONS\n"_s, 1).section(u"\n.SH "_s, 0, 0);
    const QStringList mainOptions = optionsOf(help.out);
    QVERIFY2(mainOptions.contains(u"--lab"_s), qPrintable(help.out));
    for (const QString &option : mainOptions)
        QVERIFY2(options.contains(u"\\fB"_s + roff(option) + u"\\fR"_s), qPrintable(option));

    // The commands: "  NAME  SUMMARY" lines in the description of the [command] argument.
    static const QRegularExpression commandLine(u"^ {20,}([a-z][a-z0-9-]*)  \\S"_s,
                                                QRegularExpression::MultilineOption);
    QStringList commands;
    auto it = commandLine.globalMatch(help.out.section(u"\nArguments:\n"_s, 1));
    while (it.hasNext())
        commands.append(it.next().captured(1));
    QVERIFY2(commands.contains(u"plan"_s) && commands.contains(u"lab"_s), qPrintable(help.out));
    for (const QString &command : std::as_const(commands)) {
        const QString section = subsection(page, command);
        QVERIFY2(!section.isEmpty(), qPrintable(u"no .SS "_s + command + u" in the man page"_s));
        const Run commandHelp = run(m_steward, {command, u"--help"_s}, m_lab.path());
        QVERIFY2(commandHelp.exitCode == 0, qPrintable(command + u": "_s + commandHelp.err));
        for (const QString &option : optionsOf(commandHelp.out)) {
            QVERIFY2(section.contains(roff(option)),
                     qPrintable(u"steward "_s + command + u' ' + option
                                + u" is not in the man page"_s));
        }
    }
    // Nothing of the machine that built it (the lab's help names its state directory).
    for (const QString &path : QStringList{QStringLiteral(STEWARD_SOURCE_DIR),
                                           QStringLiteral(STEWARD_BINARY_DIR),
                                           QDir::tempPath() + u'/'})
        QVERIFY2(!page.contains(path), qPrintable(path + u" is in the man page"_s));
}

void TestPackageFiles::manPageHasNoWarnings()
{
    const QString man = tool(u"man"_s);
    QVERIFY2(!man.isEmpty(), "man is missing (package man-db)");
    // What lintian runs on a man page.
    const Run r = run(man,
                      {u"--warnings"_s, u"-E"_s, u"UTF-8"_s, u"-l"_s, u"-Tutf8"_s, u"-Z"_s, m_page});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestPackageFiles::installLayout()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const Run r
        = run(u"cmake"_s,
              {u"--install"_s, QStringLiteral(STEWARD_BINARY_DIR), u"--prefix"_s, prefix.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QDir root(prefix.path());
    for (const QString &file : {u"bin/steward"_s,
                                u"share/applications/coop.social.Steward.desktop"_s,
                                u"share/metainfo/coop.social.Steward.metainfo.xml"_s,
                                u"share/icons/hicolor/scalable/apps/coop.social.Steward.svg"_s,
                                u"share/man/man1/steward.1"_s,
                                u"share/steward/releases/CHANGELOG.md"_s}) {
        QVERIFY2(QFileInfo::exists(root.filePath(file)), qPrintable(file));
    }
    // The desktop file's Icon= and the metainfo's launchable name installed files.
    const QString desktop = readAll(
        root.filePath(u"share/applications/coop.social.Steward.desktop"_s));
    QVERIFY(desktop.contains(u"\nIcon=coop.social.Steward\n"_s));
    QVERIFY(desktop.contains(u"\nExec=steward\n"_s));

    // The lab, whole: every file of lab/ but its README, with its executable bit.
    const QDir lab(QStringLiteral(STEWARD_SOURCE_DIR) + u"/lab"_s);
    const QDir installed(root.filePath(u"share/steward/lab"_s));
    QDirIterator files(lab.path(), QDir::Files, QDirIterator::Subdirectories);
    int count = 0;
    while (files.hasNext()) {
        const QString path = lab.relativeFilePath(files.next());
        if (path == u"README.md" || path.contains(u"__pycache__"_s) || path.startsWith(u"state/"_s))
            continue;
        const QFileInfo source(lab.filePath(path));
        const QFileInfo copy(installed.filePath(path));
        QVERIFY2(copy.exists(), qPrintable(path + u" is not installed"_s));
        QCOMPARE(copy.isExecutable(), source.isExecutable());
        ++count;
    }
    QVERIFY(count > 5);
    QVERIFY(QFileInfo(installed.filePath(u"steward-lab"_s)).isExecutable());
    QVERIFY(QFileInfo(installed.filePath(u"shims/labshim.py"_s)).isExecutable());
    QVERIFY(!QFileInfo::exists(installed.filePath(u"README.md"_s)));
}

QTEST_GUILESS_MAIN(TestPackageFiles)
#include "tst_packagefiles.moc"
