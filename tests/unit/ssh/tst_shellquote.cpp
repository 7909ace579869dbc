// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/shellquote.h"

#include <QFile>
#include <QProcess>
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
