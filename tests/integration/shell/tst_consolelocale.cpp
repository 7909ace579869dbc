// SPDX-License-Identifier: GPL-3.0-or-later
// The headless commands in the locales a fresh machine may have: LANG unset (a minimal container), LC_ALL=C,
// a locale the system lacks. Qt would print 'Detected locale "C" with character encoding
// "ANSI_X3.4-1968"...' on stderr; a user of `steward plan` must see only Steward's own output, and
// non-ASCII text (file names, the changelog's typographic quotes) must survive.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Runs steward with only what a minimal container has, plus `extra`.
Run steward(const QStringList &arguments, const QStringList &extra)
{
    QProcess p;
    QProcessEnvironment env;
    env.insert(u"PATH"_s, u"/usr/local/bin:/usr/bin:/bin"_s);
    env.insert(u"HOME"_s, qEnvironmentVariable("HOME"));
    for (const QString &assignment : extra)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STEWARD_BINARY), arguments);
    if (!p.waitForFinished(60000))
        qFatal("steward did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestConsoleLocale : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_changelog; // the test changelog under a non-ASCII folder name

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(u"notes-é✓"_s);
        QVERIFY(QDir().mkpath(folder));
        m_changelog = folder + u"/CHANGELOG.md"_s;
        QVERIFY(
            QFile::copy(QStringLiteral(STEWARD_TEST_DATA "/releases/CHANGELOG.md"), m_changelog));
    }

    void quietInEveryLocale_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::newRow("LANG unset") << QStringList();
        QTest::newRow("LC_ALL=C") << QStringList{u"LC_ALL=C"_s};
        QTest::newRow("LANG=C") << QStringList{u"LANG=C"_s};
        QTest::newRow("LANG=POSIX, LC_MESSAGES=C")
            << QStringList{u"LANG=POSIX"_s, u"LC_MESSAGES=C"_s};
        QTest::newRow("a locale the system lacks") << QStringList{u"LANG=xx_YY.ISO-8859-1"_s};
        QTest::newRow("C.UTF-8") << QStringList{u"LANG=C.UTF-8"_s};
    }

    void quietInEveryLocale()
    {
        QFETCH(QStringList, environment);

        const Run version = steward({u"--version"_s}, environment);
        QCOMPARE(version.code, 0);
        QCOMPARE(version.err, QByteArray());
        QVERIFY(version.out.startsWith("steward "));

        const Run plan = steward({u"plan"_s,
                                  u"--changelog"_s,
                                  m_changelog,
                                  u"--from"_s,
                                  u"v4.5.0"_s,
                                  u"--to"_s,
                                  u"v4.6.0"_s},
                                 environment);
        QCOMPARE(plan.err, QByteArray());
        QCOMPARE(plan.code, 0);
        QVERIFY2(plan.out.contains("4.6.0"), plan.out.left(400).constData());
        // The plan is UTF-8 whatever the locale: the em dashes of its lines are not mangled into '?'.
        QVERIFY(!QString::fromUtf8(plan.out).contains(QChar::ReplacementCharacter));
        QVERIFY2(QString::fromUtf8(plan.out).count(u'—') >= 5, plan.out.left(400).constData());
        QVERIFY(!plan.out.contains("?"));

        // An error message (a missing file with a non-ASCII name) names the file as it was typed.
        const Run missing = steward({u"plan"_s,
                                     u"--changelog"_s,
                                     m_dir.filePath(u"nïl.md"_s),
                                     u"--from"_s,
                                     u"v4.5.0"_s,
                                     u"--to"_s,
                                     u"v4.6.0"_s},
                                    environment);
        QVERIFY(missing.code != 0);
        QVERIFY2(!missing.err.contains("Detected locale"), missing.err.constData());
        QVERIFY2(missing.err.contains(u"nïl.md"_s.toUtf8()), missing.err.constData());
    }

    // A language whose locale the system lacks (a laptop's de_DE.UTF-8 in a minimal root): still no Qt
    // warning, and the messages are still in that language.
    void missingLocaleKeepsTheLanguage()
    {
        const Run missing = steward({u"plan"_s,
                                     u"--changelog"_s,
                                     m_dir.filePath(u"nil.md"_s),
                                     u"--from"_s,
                                     u"v4.5.0"_s,
                                     u"--to"_s,
                                     u"v4.6.0"_s},
                                    {u"LANG=de_DE.UTF-8"_s});
        QVERIFY(missing.code != 0);
        QVERIFY2(!missing.err.contains("Detected locale"), missing.err.constData());
        QVERIFY2(missing.err.contains("kann nicht gelesen werden"), missing.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestConsoleLocale)
#include "tst_consolelocale.moc"
