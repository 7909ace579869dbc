// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/shellquote.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Steward;
using namespace Qt::StringLiterals;

class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void quote_data()
    {
        QTest::addColumn<QByteArray>("arg");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("ls") << QByteArray("ls");
        QTest::newRow("path") << QByteArray("/opt/mastodon/.env.production")
                              << QByteArray("/opt/mastodon/.env.production");
        QTest::newRow("empty") << QByteArray() << QByteArray("''");
        QTest::newRow("space") << QByteArray("a b") << QByteArray("'a b'");
        QTest::newRow("single quote") << QByteArray("it's") << QByteArray("'it'\\''s'");
        QTest::newRow("double quote") << QByteArray("say \"hi\"") << QByteArray("'say \"hi\"'");
        QTest::newRow("command substitution")
            << QByteArray("$(reboot)") << QByteArray("'$(reboot)'");
        QTest::newRow("backticks") << QByteArray("`id`") << QByteArray("'`id`'");
        QTest::newRow("variable") << QByteArray("$HOME") << QByteArray("'$HOME'");
        QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("'a\nb'");
        QTest::newRow("leading dash") << QByteArray("-rf") << QByteArray("-rf");
        QTest::newRow("assignment") << QByteArray("A=1") << QByteArray("'A=1'");
        QTest::newRow("glob") << QByteArray("*.yml") << QByteArray("'*.yml'");
        QTest::newRow("tilde") << QByteArray("~root") << QByteArray("'~root'");
        QTest::newRow("semicolon") << QByteArray("a;b") << QByteArray("'a;b'");
        QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("'a\\b'");
        QTest::newRow("non-utf8") << QByteArray("\xff\xfe") << QByteArray("'\xff\xfe'");
        QTest::newRow("only quote") << QByteArray("'") << QByteArray("''\\'''");
    }
    void quote()
    {
        QFETCH(QByteArray, arg);
        QFETCH(QByteArray, expected);
        QCOMPARE(Ssh::quote(arg), expected);
    }

    void qstringOverloads()
    {
        QCOMPARE(Ssh::quote(u"a b"_s), u"'a b'"_s);
        QCOMPARE(Ssh::commandLine(QStringList{u"echo"_s, u"é $x"_s}), u"echo 'é $x'"_s);
    }

    void commandLineIn()
    {
        QCOMPARE(Ssh::commandLineIn("/opt/mastodon", {"docker", "compose", "ps"}),
                 QByteArray("cd -- /opt/mastodon && exec docker compose ps"));
        QCOMPARE(Ssh::commandLineIn("-P x's", {"ls", "-la"}),
                 QByteArray("cd -- '-P x'\\''s' && exec ls -la"));
    }

    // A hostile directory name, entered by a real shell: the command runs there, nothing else runs.
    void commandLineInThroughShell()
    {
        QTemporaryDir base;
        const QByteArray name = "-P $(touch /tmp/steward-pwned) it's;\n `id`";
        const QString dir = base.path() + u'/' + QString::fromUtf8(name);
        QVERIFY(QDir().mkpath(dir));
        QProcess sh;
        sh.setWorkingDirectory(base.path());
        sh.start(u"/bin/sh"_s, {u"-c"_s, QString::fromUtf8(Ssh::commandLineIn(name, {"pwd"}))});
        QVERIFY(sh.waitForFinished());
        QCOMPARE(sh.exitCode(), 0);
        QCOMPARE(sh.readAllStandardOutput(), QFile::encodeName(dir) + '\n');
        QVERIFY(!QFile::exists(u"/tmp/steward-pwned"_s));
        // Missing: cd fails, the command does not run.
        QProcess missing;
        missing.start(u"/bin/sh"_s,
                      {u"-c"_s,
                       QString::fromUtf8(
                           Ssh::commandLineIn("/nonexistent; echo ran", {"echo", "ran"}))});
        QVERIFY(missing.waitForFinished());
        QVERIFY(missing.exitCode() != 0);
        QCOMPARE(missing.readAllStandardOutput(), QByteArray());
    }

    void tmuxSendLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << u"docker compose ps"_s << u"docker compose ps"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("leading dash") << u"-t x"_s << u"-t x"_s;
        QTest::newRow("inner semicolon") << u"a; b"_s << u"a; b"_s;
        // tmux takes a last ';' as the end of its command, and reads "\;" back as ';'.
        QTest::newRow("trailing semicolon") << u"a;"_s << u"a\\;"_s;
        QTest::newRow("only semicolon") << u";"_s << u"\\;"_s;
        QTest::newRow("escaped semicolon") << u"a\\;"_s << u"a\\\\;"_s;
        QTest::newRow("key name") << u"Enter"_s << u"Enter"_s;
    }
    void tmuxSendLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(Ssh::tmuxSendLine(u"lab:1"_s, text),
                 (QStringList{u"tmux"_s,
                              u"send-keys"_s,
                              u"-l"_s,
                              u"-t"_s,
                              u"lab:1"_s,
                              u"--"_s,
                              written,
                              u";"_s,
                              u"send-keys"_s,
                              u"-t"_s,
                              u"lab:1"_s,
                              u"Enter"_s}));
        QCOMPARE(Ssh::tmuxSendLine(u"t"_s, text, u"/run/x.sock"_s).mid(0, 4),
                 (QStringList{u"tmux"_s, u"-S"_s, u"/run/x.sock"_s, u"send-keys"_s}));
    }

    // The quoted command line, run by a real POSIX shell, gives back every argument byte for byte.
    void roundTripThroughShell()
    {
        QList<QByteArray> args = {QByteArray("a b"),
                                  QByteArray("it's"),
                                  QByteArray("\"q\""),
                                  QByteArray("$(touch /tmp/steward-pwned)"),
                                  QByteArray("`touch /tmp/steward-pwned`"),
                                  QByteArray("line1\nline2\n"),
                                  QByteArray("-n"),
                                  QByteArray(),
                                  QByteArray("\xff\x01\x7f binary"),
                                  QByteArray("*"),
                                  QByteArray("~"),
                                  QByteArray("a\\nb"),
                                  QByteArray("!x")};
        QList<QByteArray> argv = {QByteArray("printf"), QByteArray("%s\\0")};
        argv += args;
        QProcess sh;
        sh.start(u"/bin/sh"_s, QStringList());
        QVERIFY(sh.waitForStarted());
        sh.write(Ssh::commandLine(argv) + '\n');
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished());
        QCOMPARE(sh.exitCode(), 0);
        QByteArray out = sh.readAllStandardOutput();
        QList<QByteArray> got = out.split('\0');
        QCOMPARE(got.takeLast(), QByteArray());
        QCOMPARE(got, args);
        QVERIFY(!QFile::exists(u"/tmp/steward-pwned"_s));
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
