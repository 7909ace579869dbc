// SPDX-License-Identifier: GPL-3.0-or-later
// The lessons as data and the progress file: saved and read back, in the app data folder, nothing else.
#include "core/onboarding/lessons.h"

#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Steward;
using namespace Steward::Onboarding;
using namespace Qt::StringLiterals;

class TestLessonProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void lessonsAreData()
    {
        const QList<Lesson> all = lessons();
        QVERIFY(all.size() >= 8);
        QSet<QString> ids;
        for (const Lesson &lesson : all) {
            QVERIFY2(!ids.contains(lesson.id), qPrintable(lesson.id));
            ids.insert(lesson.id);
            QVERIFY(!lesson.title.isEmpty() && !lesson.goal.isEmpty());
            QVERIFY2(!lesson.checks.isEmpty(), qPrintable(lesson.id));
        }
        // The bad nights switch the lab's faults on.
        QSet<QString> faults;
        for (const Lesson &lesson : all) {
            for (const QString &f : lesson.faults)
                faults.insert(f);
        }
        QCOMPARE(faults,
                 (QSet<QString>{u"migration"_s, u"disk-full"_s, u"upload"_s, u"sshd"_s, u"redis"_s}));
    }

    void defaultPathIsAppData()
    {
        const QString path = LessonProgress::defaultPath();
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(path.endsWith(u"/onboarding-progress.json"_s));
    }

    void savedAndReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/progress.json"_s);
        const QList<Lesson> all = lessons();
        LessonProgress progress(path);
        QVERIFY(progress.load()); // missing: no progress
        QCOMPARE(progress.nextLesson(all), all.first().id);
        const QDateTime when(QDate(2026, 12, 6), QTime(4, 58, 47), QTimeZone::UTC);
        progress.markDone(all.at(0).id, when);
        progress.markDone(all.at(1).id, when.addSecs(60));
        QString error;
        QVERIFY2(progress.save(&error), qPrintable(error));

        LessonProgress again(path);
        QVERIFY(again.load(&error));
        QVERIFY(again.isDone(all.at(0).id));
        QCOMPARE(again.doneAt(all.at(1).id), when.addSecs(60));
        QVERIFY(!again.isDone(all.at(2).id));
        QCOMPARE(again.nextLesson(all), all.at(2).id);
        again.reset(all.at(0).id);
        QCOMPARE(again.nextLesson(all), all.at(0).id);

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(json.contains("\"services-and-timers\": \"2026-12-06T04:58:47Z\""));
    }

    void unreadableFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"progress.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        LessonProgress progress(path);
        QString error;
        QVERIFY(!progress.load(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(progress.nextLesson(lessons()), lessons().first().id);
    }
};

QTEST_GUILESS_MAIN(TestLessonProgress)
#include "tst_lessonprogress.moc"
