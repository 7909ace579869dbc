// SPDX-License-Identifier: GPL-3.0-or-later
// BatchCommand: several commands as one shell line, split back into their parts. The line runs in a real
// POSIX shell here (/bin/sh, as sshd runs it), with arguments and directories a careless quoting would break.
#include "core/servers/batchcommand.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Steward::Servers::BatchCommand;

namespace {

QList<BatchCommand::Output> runLocally(const BatchCommand &batch)
{
    QProcess sh;
    sh.start(u"/bin/sh"_s, {u"-c"_s, QString::fromUtf8(batch.shellLine())});
    if (!sh.waitForFinished(20000))
        qFatal("sh did not finish");
    return BatchCommand::split(sh.readAllStandardOutput(), sh.readAllStandardError());
}

} // namespace

class TestBatchCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partsComeBackApart()
    {
        BatchCommand batch;
        batch.add(u"one"_s, {u"printf"_s, u"a\\nb\\n"_s});
        batch.add(u"two"_s, {u"sh"_s, u"-c"_s, u"echo out; echo oops >&2; exit 3"_s});
        batch.add(u"no-newline"_s, {u"printf"_s, u"tail"_s});
        batch.add(u"missing-tool"_s, {u"steward-no-such-tool"_s, u"--x"_s});
        const auto parts = runLocally(batch);
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0).name, u"one"_s);
        QCOMPARE(parts.at(0).out, QByteArray("a\nb\n"));
        QCOMPARE(parts.at(0).err, QByteArray());
        QCOMPARE(parts.at(0).exitCode, 0);
        QCOMPARE(parts.at(1).out, QByteArray("out\n"));
        QCOMPARE(parts.at(1).err, QByteArray("oops\n"));
        QCOMPARE(parts.at(1).exitCode, 3);
        QCOMPARE(parts.at(2).out, QByteArray("tail"));
        QCOMPARE(parts.at(2).exitCode, 0);
        QCOMPARE(parts.at(3).exitCode, 127); // the shell's "not found"
        QVERIFY(parts.at(3).err.contains("steward-no-such-tool"));
    }

    // Every argument stays one argument, every directory is entered as named: quotes, `;`, `$(...)`,
    // backquotes, newlines, spaces, a leading dash, globs, the empty string.
    void hostileArgumentsAndDirectories()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QStringList hostile{u"it's"_s,
                                  u"a;b"_s,
                                  u"$(touch pwned)"_s,
                                  u"`touch pwned`"_s,
                                  u"two\nlines"_s,
                                  u"with space"_s,
                                  u"-n"_s,
                                  u"*"_s,
                                  u""_s,
                                  u"\"dq\""_s,
                                  u"\\"_s,
                                  u"é✓"_s};
        const QString dir = tmp.filePath(u"-odd dir; $(x) 'q'"_s);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile(dir + u"/marker"_s).open(QIODevice::WriteOnly));

        BatchCommand batch;
        QStringList argv{u"printf"_s, u"[%s]\\n"_s};
        argv += hostile;
        batch.add(u"args"_s, argv);
        batch.add(u"dir"_s, {u"ls"_s}, dir);
        batch.add(u"gone"_s, {u"ls"_s}, tmp.filePath(u"nowhere"_s));
        batch.add(u"after"_s, {u"echo"_s, u"still here"_s});
        const auto parts = runLocally(batch);
        QCOMPARE(parts.size(), 4);

        QByteArray expected;
        for (const QString &a : hostile)
            expected += "[" + a.toUtf8() + "]\n";
        QCOMPARE(parts.at(0).out, expected);
        QVERIFY(!QFile::exists(u"pwned"_s));
        QVERIFY(!QFile::exists(QDir::homePath() + u"/pwned"_s));

        QCOMPARE(parts.at(1).out, QByteArray("marker\n"));
        QCOMPARE(parts.at(1).exitCode, 0);
        // A directory that does not exist: cd's own message, nothing run there, the next part still runs.
        QVERIFY(parts.at(2).exitCode.value_or(0) != 0);
        QVERIFY2(parts.at(2).err.contains("nowhere"), parts.at(2).err.constData());
        QCOMPARE(parts.at(2).out, QByteArray());
        QCOMPARE(parts.at(3).out, QByteArray("still here\n"));
    }

    // The tools' output is read in the C locale and in UTC, whatever the server's.
    void runsInTheCLocale()
    {
        BatchCommand batch;
        batch.add(u"env"_s, {u"sh"_s, u"-c"_s, u"echo \"$LC_ALL $TZ\""_s});
        const auto parts = runLocally(batch);
        QCOMPARE(parts.value(0).out, QByteArray("C UTC\n"));
    }

    // What a cut connection leaves: the last part has no exit status; text before the first part (a login
    // banner) is dropped; a part's output that looks like a marker further in the line does not split it.
    void truncatedAndNoisyOutput_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("err");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<int>>("exitCodes"); // -1: none
        QTest::addColumn<QByteArray>("lastOut");

        QTest::newRow("cut in the second part")
            << QByteArray("\036steward-part a\nA\n\036steward-exit a 0\n\036steward-part b\nhalf")
            << QByteArray() << QStringList{u"a"_s, u"b"_s} << QList<int>{0, -1}
            << QByteArray("half");
        QTest::newRow("banner first")
            << QByteArray("Welcome!\n\036steward-part a\nA\n\036steward-exit a 1\n")
            << QByteArray("motd\n\036steward-part a\nbad\n") << QStringList{u"a"_s} << QList<int>{1}
            << QByteArray("A\n");
        QTest::newRow("nothing at all")
            << QByteArray() << QByteArray() << QStringList{} << QList<int>{} << QByteArray();
        QTest::newRow("a marker word inside a line")
            << QByteArray("\036steward-part a\nsays steward-exit a 5\n\036steward-exit a 0\n")
            << QByteArray() << QStringList{u"a"_s} << QList<int>{0}
            << QByteArray("says steward-exit a 5\n");
    }

    void truncatedAndNoisyOutput()
    {
        QFETCH(QByteArray, out);
        QFETCH(QByteArray, err);
        QFETCH(QStringList, names);
        QFETCH(QList<int>, exitCodes);
        QFETCH(QByteArray, lastOut);
        const auto parts = BatchCommand::split(out, err);
        QCOMPARE(parts.size(), names.size());
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QCOMPARE(parts.at(i).name, names.at(i));
            QCOMPARE(parts.at(i).exitCode.value_or(-1), exitCodes.at(i));
        }
        if (!parts.isEmpty())
            QCOMPARE(parts.last().out, lastOut);
        if (QTest::currentDataTag() == QByteArray("banner first"))
            QCOMPARE(parts.at(0).err, QByteArray("bad\n"));
    }
};

QTEST_GUILESS_MAIN(TestBatchCommand)
#include "tst_batchcommand.moc"
