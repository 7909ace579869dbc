// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the running version: `tootctl version` output parsed; against a real sshd (no Docker there),
// tootctl fails with its real error, the deployed docker-compose.yml is read over SFTP; without it, the
// instance's /api/v2/instance on a local HTTP server answers; every source that failed leaves a note.
#include "core/releases/versionprobe.h"
#include "core/ssh/session.h"
#include "tests/integration/releases/httpstandin.h"
#include "tests/integration/ssh/sshdendpoint.h"
#include "tests/integration/ssh/sshdfixture.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Steward;
using namespace Qt::StringLiterals;

class TestVersionProbe : public QObject
{
    Q_OBJECT

    Test::SshdFixture m_sshd;
    QString m_key;
    QString m_known;
    QString m_composeDir;
    QTcpServer m_http;
    QByteArray m_instanceJson = R"({"domain":"social.example","version":"4.0.2+hometown-1.1.1"})";
    QNetworkAccessManager m_network;

    Ssh::Endpoint endpoint() const { return Test::endpointFor(m_sshd, m_key, m_known); }

    Server server() const
    {
        Server s;
        s.name = u"fixture"_s;
        s.host = u"127.0.0.1"_s;
        s.composeDir = m_composeDir;
        s.publicUrl = u"http://127.0.0.1:%1"_s.arg(m_http.serverPort());
        return s;
    }

    struct Outcome
    {
        bool done = false;
        bool found = false;
        Releases::RunningVersion version;
        QStringList notes;
    };
    Outcome run(const Server &s, Ssh::Session *session)
    {
        Releases::VersionProbe probe(&m_network);
        Outcome o;
        connect(&probe,
                &Releases::VersionProbe::found,
                this,
                [&](const QString &name, const Releases::RunningVersion &v, const QStringList &n) {
                    QCOMPARE(name, s.name);
                    o = {true, true, v, n};
                });
        connect(&probe,
                &Releases::VersionProbe::failed,
                this,
                [&](const QString &, const QStringList &n) { o = {true, false, {}, n}; });
        probe.probe(s, session);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(o.done, 30000); }();
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        m_key = m_sshd.addClientKey(u"id_probe"_s);
        m_known = Test::writeKnownHosts(m_sshd);
        QVERIFY(!m_known.isEmpty());
        // The deployed copy: upstream's v4.2.10 file.
        m_composeDir = m_sshd.dir() + u"/opt/mastodon"_s;
        QVERIFY(QDir().mkpath(m_composeDir));
        QVERIFY(QFile::copy(QStringLiteral(STEWARD_TEST_DATA "/compose/v4.2.10.docker-compose.yml"),
                            m_composeDir + u"/docker-compose.yml"_s));
        QFile::setPermissions(m_composeDir + u"/docker-compose.yml"_s,
                              QFileDevice::ReadOwner | QFileDevice::ReadOther
                                  | QFileDevice::ReadGroup);
        QVERIFY(Test::serveHttp(m_http, this, [this](QTcpSocket *socket, const QByteArray &request) {
            const bool ok = request.startsWith("GET /api/v2/instance ");
            socket->write(ok ? Test::httpReply("200 OK", m_instanceJson)
                             : Test::httpReply("404 Not Found", "not found", "text/plain"));
            socket->disconnectFromHost();
        }));
    }

    void tootctlOutput_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("version");
        QTest::newRow("plain") << QByteArray("4.2.10\n") << u"4.2.10"_s;
        QTest::newRow("warnings first")
            << QByteArray("W, [2024-05-01] WARN -- : Ruby 3.2 deprecated\n4.3.0-rc.1\n")
            << u"4.3.0-rc.1"_s;
        QTest::newRow("hometown") << QByteArray("4.0.2+hometown-1.1.1\n")
                                  << u"4.0.2+hometown-1.1.1"_s;
        QTest::newRow("nothing") << QByteArray("Could not find command \"version\".\n")
                                 << QString();
    }
    void tootctlOutput()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, version);
        const auto r = Releases::VersionProbe::fromTootctl(output);
        QCOMPARE(r.ok(), !version.isEmpty());
        if (r.ok()) {
            QCOMPARE(r->source, u"tootctl version"_s);
            QCOMPARE(r->version, *Releases::Version::parse(version));
        } else {
            QVERIFY(r.error().message.contains(u"Could not find command"_s));
        }
    }

    void composeOverSftpWhenTootctlFails()
    {
        Ssh::Session session(endpoint());
        session.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Ssh::Session::State::Ready, 20000);
        const Outcome o = run(server(), &session);
        QVERIFY2(o.found, qPrintable(o.notes.join(u"; "_s)));
        QCOMPARE(o.version.source, u"docker-compose.yml"_s);
        QCOMPARE(o.version.version, *Releases::Version::parse(u"v4.2.10"));
        QVERIFY(o.version.evidence.contains(u"ghcr.io/mastodon/mastodon:v4.2.10"_s));
        // There is no Docker on the fixture: tootctl's failure is noted with the shell's own words.
        QCOMPARE(o.notes.size(), 1);
        QVERIFY2(o.notes.first().startsWith(u"tootctl version: "_s)
                     && o.notes.first().contains(u"docker"_s),
                 qPrintable(o.notes.first()));
    }

    void apiWhenNoComposeFile()
    {
        Ssh::Session session(endpoint());
        session.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Ssh::Session::State::Ready, 20000);
        Server s = server();
        s.composeDir = m_sshd.dir() + u"/nowhere"_s;
        const Outcome o = run(s, &session);
        QVERIFY2(o.found, qPrintable(o.notes.join(u"; "_s)));
        QCOMPARE(o.version.source, u"/api/v2/instance"_s);
        QCOMPARE(o.version.version, *Releases::Version::parse(u"4.0.2+hometown-1.1.1"));
        QCOMPARE(o.notes.size(), 2);
        QVERIFY2(o.notes.at(1).contains(u"no such file"_s), qPrintable(o.notes.at(1)));
    }

    void composeDirWithLeadingDash()
    {
        // "-P" is a directory to enter, not cd's option (which would leave the shell at home and run
        // docker there).
        Ssh::Session session(endpoint());
        session.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Ssh::Session::State::Ready, 20000);
        Server s = server();
        s.composeDir = u"-P"_s;
        const Outcome o = run(s, &session);
        QVERIFY(!o.notes.isEmpty());
        QVERIFY2(o.notes.first().startsWith(u"tootctl version: "_s)
                     && o.notes.first().contains(u"-P"_s) && !o.notes.first().contains(u"docker"_s),
                 qPrintable(o.notes.first()));
    }

    void nothingAnswers()
    {
        Server s = server();
        s.publicUrl = u"http://127.0.0.1:%1/"_s.arg(m_http.serverPort());
        m_instanceJson = "<html>maintenance</html>";
        const Outcome o = run(s, nullptr); // no SSH at all
        QVERIFY(!o.found);
        QCOMPARE(o.notes.size(), 3);
        QVERIFY(o.notes.at(0).contains(u"no SSH connection"_s));
        QVERIFY(o.notes.at(1).contains(u"no SSH connection"_s));
        QVERIFY2(o.notes.at(2).contains(u"JSON"_s), qPrintable(o.notes.at(2)));
    }
};

QTEST_GUILESS_MAIN(TestVersionProbe)
#include "tst_versionprobe.moc"
