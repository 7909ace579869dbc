// SPDX-License-Identifier: GPL-3.0-or-later
// Diffs a generated 100k-line pair with Steward's engine and with git diff --no-index --histogram on the
// same files in the same run; prints both times and the ratio (goal: <= 1.5). Never asserts on timing.
#include "core/compose/composediff.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward::Compose;

class BenchComposeDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hundredThousandLines();
};

void BenchComposeDiff::hundredThousandLines()
{
    QTemporaryDir dir;
    QByteArray a = "services:\n";
    QByteArray b = a;
    for (int i = 0; i < 100'000; ++i) {
        const QByteArray line = "  svc" + QByteArray::number(i / 10) + "_" + QByteArray::number(i)
                                + ": image:v" + QByteArray::number(i % 97) + "\n";
        a += line;
        if (i % 500 == 3)
            b += "  changed" + QByteArray::number(i) + ": x\n";
        else if (i % 777 != 5)
            b += line;
    }
    for (const auto &[name, bytes] : {std::pair{u"a.yml"_s, a}, std::pair{u"b.yml"_s, b}}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QElapsedTimer timer;
    timer.start();
    const auto oldDoc = Document::fromBytes(a, u"a"_s);
    const auto newDoc = Document::fromBytes(b, u"b"_s);
    const QList<Change> changes = diffLines(oldDoc->text, newDoc->text);
    const QString patch = unifiedPatch(oldDoc->text, newDoc->text, u"a.yml"_s, u"b.yml"_s);
    const qint64 steward = timer.nsecsElapsed();
    QVERIFY(!changes.isEmpty());

    QProcess git;
    git.setWorkingDirectory(dir.path());
    timer.restart();
    git.start(u"git"_s, {u"diff"_s, u"--no-index"_s, u"--histogram"_s, u"a.yml"_s, u"b.yml"_s});
    QVERIFY(git.waitForFinished(60'000));
    const QByteArray gitOut = git.readAllStandardOutput();
    const qint64 gitTime = timer.nsecsElapsed();
    QCOMPARE(git.exitCode(), 1); // differences found
    qInfo(
        "100k lines: Steward %.1f ms (%lld hunks, patch %lld bytes), git diff --histogram %.1f ms "
        "(process included, %lld bytes); ratio %.2f (goal <= 1.5)",
        steward / 1e6,
        qlonglong(changes.size()),
        qlonglong(patch.size()),
        gitTime / 1e6,
        qlonglong(gitOut.size()),
        double(steward) / double(gitTime));
}

QTEST_GUILESS_MAIN(BenchComposeDiff)
#include "bench_composediff.moc"
