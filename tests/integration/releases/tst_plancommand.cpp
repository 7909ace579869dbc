// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `steward plan` binary on the fixture notes.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run steward(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // headless: must not need a display
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STEWARD_BINARY), arguments);
    if (!p.waitForFinished(30000))
        qFatal("steward did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString kChangelog = QStringLiteral(STEWARD_TEST_DATA "/releases/CHANGELOG.md");
const QString kFeed = QStringLiteral(STEWARD_TEST_DATA "/releases/github-releases-sample.json");

} // namespace

class TestPlanCommand : public QObject
{
    Q_OBJECT

private slots:
    void markdown()
    {
        const Run r = steward({u"plan"_s,
                               u"--from"_s,
                               u"4.4.0"_s,
                               u"--to"_s,
                               u"v4.6.0"_s,
                               u"--changelog"_s,
                               kChangelog});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"# Upgrade plan: 4.4.0 → 4.6.0\n"_s));
        QVERIFY(r.out.contains(u"- 4.5.0 (2025-11-06) — migrations, breaking\n"_s));
        QVERIFY(r.out.contains(u"- [ ] Make sure PostgreSQL is newer than 13 (4.5.0)\n"_s));
        QVERIFY(r.out.contains(u"- [ ] Make sure Ruby is newer than 3.2 (4.6.0)\n"_s));
        QVERIFY(r.out.contains(u"GHSA-5r37-qpwq-2jhh"_s)); // 4.5.9's advisory
        QVERIFY(!r.out.contains(u"- 4.4.0 ("_s));          // the current version is not planned
        QVERIFY(!r.out.contains(u"- 4.6.1 ("_s));
    }

    void json()
    {
        const Run r = steward({u"plan"_s,
                               u"--from"_s,
                               u"4.1.0"_s,
                               u"--to"_s,
                               u"latest"_s,
                               u"--changelog"_s,
                               kChangelog,
                               u"--feed"_s,
                               kFeed,
                               u"--format"_s,
                               u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"from"_s).toString(), u"4.1.0"_s);
        QCOMPARE(o.value(u"to"_s).toString(), u"4.7.0"_s);
        const QJsonArray releases = o.value(u"releases"_s).toArray();
        QCOMPARE(releases.size(), 30); // 4.3.0 from the feed, 4.4.0–4.7.0 from the changelog
        QCOMPARE(releases.first().toObject().value(u"version"_s).toString(), u"4.3.0"_s);
        bool post = false;
        for (const QJsonValue &a : o.value(u"actions"_s).toArray()) {
            if (a.toObject().value(u"id"_s).toString() == u"migrate-post")
                post = a.toObject().value(u"releases"_s).toArray().contains(u"4.7.0"_s);
        }
        QVERIFY(post);
        QCOMPARE(o.value(u"warnings"_s).toArray().first().toObject().value(u"kind"_s).toString(),
                 u"missing-notes"_s);
        QVERIFY(o.value(u"recommended"_s).toObject().value(u"latestPatch"_s).isNull());
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad from") << QStringList{u"--from"_s,
                                                 u"four"_s,
                                                 u"--to"_s,
                                                 u"4.7.0"_s,
                                                 u"--changelog"_s,
                                                 kChangelog}
                                  << 2 << u"“four” is not a version"_s;
        QTest::newRow("bad to") << QStringList{u"--from"_s,
                                               u"4.4.0"_s,
                                               u"--to"_s,
                                               u"x.y"_s,
                                               u"--changelog"_s,
                                               kChangelog}
                                << 2 << u"“x.y” is not a version"_s;
        QTest::newRow("unknown target") << QStringList{u"--from"_s,
                                                       u"4.4.0"_s,
                                                       u"--to"_s,
                                                       u"4.9.1"_s,
                                                       u"--changelog"_s,
                                                       kChangelog}
                                        << 1 << u"4.9.1 is not in the release notes"_s;
        QTest::newRow("backwards") << QStringList{u"--from"_s,
                                                  u"4.7.0"_s,
                                                  u"--to"_s,
                                                  u"4.4.0"_s,
                                                  u"--changelog"_s,
                                                  kChangelog}
                                   << 1 << u"not newer"_s;
        QTest::newRow("missing file") << QStringList{u"--from"_s,
                                                     u"4.4.0"_s,
                                                     u"--to"_s,
                                                     u"4.7.0"_s,
                                                     u"--changelog"_s,
                                                     u"/nonexistent/CHANGELOG.md"_s}
                                      << 1 << u"cannot read “/nonexistent/CHANGELOG.md”"_s;
        QTest::newRow("not a changelog")
            << QStringList{u"--from"_s,
                           u"4.4.0"_s,
                           u"--to"_s,
                           u"4.7.0"_s,
                           u"--changelog"_s,
                           QStringLiteral(STEWARD_SOURCE_DIR "/README.md")}
            << 1 << u"No release headings"_s;
        QTest::newRow("garbage feed")
            << QStringList{u"--from"_s, u"4.4.0"_s, u"--to"_s, u"4.7.0"_s, u"--feed"_s, kChangelog}
            << 1 << u"not valid JSON"_s;
        QTest::newRow("no source")
            << QStringList{u"--from"_s, u"4.4.0"_s, u"--to"_s, u"4.7.0"_s} << 2 << u"--changelog"_s;
        QTest::newRow("bad format") << QStringList{u"--from"_s,
                                                   u"4.4.0"_s,
                                                   u"--to"_s,
                                                   u"4.7.0"_s,
                                                   u"--changelog"_s,
                                                   kChangelog,
                                                   u"--format"_s,
                                                   u"xml"_s}
                                    << 2 << u"“xml”"_s;
    }
    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = steward(QStringList{u"plan"_s} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"steward plan: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPlanCommand)
#include "tst_plancommand.moc"
