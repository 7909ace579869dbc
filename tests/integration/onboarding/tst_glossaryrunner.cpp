// SPDX-License-Identifier: GPL-3.0-or-later
// Running glossary entries on a real sshd: a read-only command runs and its output comes back; a command
// that changes state is refused (and nothing runs) on a server that is not the lab, and runs where the
// sessions carry the lab's mark; an interactive one is refused; a following one is stopped in time.
#include "core/onboarding/glossary.h"
#include "core/onboarding/glossaryrunner.h"
#include "core/ssh/session.h"
#include "tests/integration/ssh/sshdendpoint.h"
#include "tests/integration/ssh/sshdfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Steward;
using namespace Steward::Onboarding;
using namespace Qt::StringLiterals;

namespace {

GlossaryEntry entry(const QString &id, const QStringList &argv, bool changesState)
{
    GlossaryEntry e;
    e.id = id;
    e.title = id;
    e.argv = argv;
    e.changesState = changesState;
    return e;
}

} // namespace

class TestGlossaryRunner : public QObject
{
    Q_OBJECT

    Test::SshdFixture m_plain;  // an ordinary host on 127.0.0.1
    Test::SshdFixture m_marked; // sessions carry STEWARD_LAB_RUN, as the lab's do
    QString m_plainKey;
    QString m_markedKey;
    std::unique_ptr<Ssh::Session> m_plainSession;
    std::unique_ptr<Ssh::Session> m_markedSession;
    QString m_files;

    Server server(const Test::SshdFixture &sshd) const
    {
        Server s;
        s.name = u"test"_s;
        s.host = u"127.0.0.1"_s;
        s.port = sshd.port();
        s.composeDir = m_files;
        return s;
    }

    GlossaryRunner::State run(GlossaryRunner &runner, Ssh::Session *session)
    {
        QSignalSpy finished(&runner, &GlossaryRunner::finished);
        runner.start(session);
        if (!QTest::qWaitFor([&finished] { return finished.size() > 0; }, 30000))
            return GlossaryRunner::State::Idle;
        return runner.state();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_plain.start(), qPrintable(m_plain.errorString()));
        QVERIFY2(m_marked.start({u"SetEnv STEWARD_LAB_RUN=test-token"_s}),
                 qPrintable(m_marked.errorString()));
        m_plainKey = m_plain.addClientKey(u"id_plain"_s);
        m_markedKey = m_marked.addClientKey(u"id_marked"_s);
        QVERIFY(!m_plainKey.isEmpty() && !m_markedKey.isEmpty());
        m_plainSession = std::make_unique<Ssh::Session>(
            Test::endpointFor(m_plain, m_plainKey, Test::writeKnownHosts(m_plain)));
        m_markedSession = std::make_unique<Ssh::Session>(
            Test::endpointFor(m_marked, m_markedKey, Test::writeKnownHosts(m_marked)));
        m_plainSession->connectToHost();
        m_markedSession->connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_plainSession->state(), Ssh::Session::State::Ready, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_markedSession->state(), Ssh::Session::State::Ready, 20000);
        // A directory both test users can write in, standing for the compose directory.
        m_files = m_plain.dir() + u"/compose"_s;
        QVERIFY(QDir().mkpath(m_files));
        QVERIFY(QFile::setPermissions(m_files, QFileDevice::Permissions(0x7777)));
    }

    void readOnlyEntryRunsInItsDirectory()
    {
        GlossaryEntry pwd = entry(u"pwd"_s, {u"pwd"_s}, false);
        pwd.where = GlossaryEntry::Where::ComposeDir;
        GlossaryRunner runner(server(m_plain), pwd);
        QCOMPARE(run(runner, m_plainSession.get()), GlossaryRunner::State::Succeeded);
        QCOMPARE(runner.output().trimmed(), QFile::encodeName(m_files));
        QCOMPARE(runner.exitCode(), 0);
    }

    void shippedEntryRuns()
    {
        QFile f(u":/steward/onboarding/commands.yaml"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto glossary = parseGlossary(f.readAll());
        QVERIFY(glossary.ok());
        GlossaryRunner runner(server(m_plain), *glossary->entry(u"disk-free"_s));
        QCOMPARE(run(runner, m_plainSession.get()), GlossaryRunner::State::Succeeded);
        QVERIFY2(runner.output().startsWith("Filesystem"), runner.output().constData());
        QCOMPARE(runner.argv(), (QStringList{u"df"_s, u"-h"_s}));
    }

    void failureIsReported()
    {
        GlossaryRunner runner(server(m_plain), entry(u"false"_s, {u"false"_s}, false));
        QCOMPARE(run(runner, m_plainSession.get()), GlossaryRunner::State::Failed);
        QCOMPARE(runner.exitCode(), 1);
        QVERIFY(runner.errorString().contains(u"exit status 1"_s));
    }

    void stateChangeRefusedOffTheLab()
    {
        const QString marker = m_files + u"/touched-plain"_s;
        GlossaryEntry touch = entry(u"touch"_s, {u"touch"_s, u"{FILE}"_s}, true);
        touch.parameters.append({u"FILE"_s, u"a file"_s, u"x"_s});
        // On loopback, but the sessions carry no lab mark: refused after asking the server.
        touch.where = GlossaryEntry::Where::ComposeDir;
        GlossaryRunner inDir(server(m_plain), touch, {{u"FILE"_s, u"touched-plain"_s}});
        QCOMPARE(run(inDir, m_plainSession.get()), GlossaryRunner::State::Refused);
        QVERIFY(inDir.errorString().contains(u"not the lab"_s));
        QVERIFY(!QFile::exists(marker));
        // A server that is not on this machine: refused before anything runs, even with the mark.
        Server remote = server(m_marked);
        remote.name = u"social.coop"_s;
        remote.host = u"social.coop"_s;
        QVERIFY(!GlossaryRunner::mayBeLab(remote));
        GlossaryRunner far(remote, touch, {{u"FILE"_s, u"touched-remote"_s}});
        QCOMPARE(run(far, m_markedSession.get()), GlossaryRunner::State::Refused);
        QVERIFY(far.errorString().contains(u"social.coop is not the lab"_s));
        QVERIFY(!QFile::exists(m_files + u"/touched-remote"_s));
    }

    void stateChangeRunsOnTheLab()
    {
        GlossaryEntry touch = entry(u"touch"_s, {u"touch"_s, u"{FILE}"_s}, true);
        touch.parameters.append({u"FILE"_s, u"a file"_s, u"x"_s});
        touch.where = GlossaryEntry::Where::ComposeDir;
        GlossaryRunner runner(server(m_marked), touch, {{u"FILE"_s, u"touched-lab"_s}});
        QCOMPARE(run(runner, m_markedSession.get()), GlossaryRunner::State::Succeeded);
        QVERIFY(QFile::exists(m_files + u"/touched-lab"_s));
    }

    void interactiveRefused()
    {
        GlossaryEntry console = entry(u"console"_s, {u"touch"_s, m_files + u"/console"_s}, true);
        console.interactive = true;
        GlossaryRunner runner(server(m_marked), console);
        QCOMPARE(run(runner, m_markedSession.get()), GlossaryRunner::State::Refused);
        QVERIFY(runner.errorString().contains(u"needs a terminal"_s));
        QVERIFY(!QFile::exists(m_files + u"/console"_s));
    }

    void followStopsInTime()
    {
        const QString log = m_files + u"/app.log"_s;
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("first line\nsecond line\n");
        f.close();
        QFile::setPermissions(log, QFileDevice::Permissions(0x7744));
        GlossaryEntry follow = entry(u"follow"_s, {u"tail"_s, u"-f"_s, log}, false);
        follow.followSeconds = 2;
        GlossaryRunner runner(server(m_plain), follow);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(run(runner, m_plainSession.get()), GlossaryRunner::State::Succeeded);
        QVERIFY(timer.elapsed() >= 1900);
        QVERIFY(timer.elapsed() < 15000);
        QVERIFY(runner.stoppedFollowing());
        QCOMPARE(runner.output(), QByteArray("first line\nsecond line\n"));
    }
};

QTEST_GUILESS_MAIN(TestGlossaryRunner)
#include "tst_glossaryrunner.moc"
