// SPDX-License-Identifier: GPL-3.0-or-later
// SSH passphrases and passwords through the real keychain (a private gnome-keyring on its own D-Bus) and a
// real sshd: asked once, kept only when the user agreed and only after they worked, a refused stored secret
// asked again and replaced, nothing secret in any log or settings file.
#include "core/secrets/credentialstore.h"
#include "core/secrets/sshsecrets.h"
#include "core/settings.h"
#include "core/ssh/session.h"
#include "tests/integration/secrets/credentialtestutil.h"
#include "tests/integration/secrets/keyringsession.h"
#include "tests/integration/ssh/sshdendpoint.h"
#include "tests/integration/ssh/sshdfixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Steward;
using namespace Steward::Test;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Passphrase = "correct horse battery";
}

class TestSshSecrets : public QObject
{
    Q_OBJECT

    KeyringSession m_keyring;
    SshdFixture m_sshd;
    std::unique_ptr<CredentialStore> m_store;
    QString m_known;

    struct Asked
    {
        Ssh::Session::SecretKind kind;
        QString prompt;
        bool retry;
    };

    Ssh::Endpoint endpoint(const QString &key) const { return endpointFor(m_sshd, key, m_known); }

    // Connects a session through the broker; answers each question with the next of answers.
    Ssh::Session::State connect(SshSecretBroker &broker,
                                const Ssh::Endpoint &e,
                                QList<std::pair<QByteArray, bool>> answers,
                                QList<Asked> *asked,
                                const QString &server = u"web1"_s)
    {
        Ssh::Session session(e);
        broker.attach(&session, server);
        QObject::connect(&broker,
                         &SshSecretBroker::secretNeeded,
                         &session,
                         [&](Ssh::Session *s,
                             Ssh::Session::SecretKind kind,
                             const QString &prompt,
                             bool retry) {
                             QCOMPARE(s, &session);
                             asked->append({kind, prompt, retry});
                             if (answers.isEmpty()) {
                                 broker.refuse(s);
                                 return;
                             }
                             const auto [secret, remember] = answers.takeFirst();
                             broker.answer(s, secret, remember);
                         });
        session.connectToHost();
        (void) QTest::qWaitFor(
            [&] {
                const auto st = session.state();
                return st == Ssh::Session::State::Ready || st == Ssh::Session::State::Lost
                       || st == Ssh::Session::State::Closed;
            },
            30000);
        return session.state();
    }

    CredentialReply stored(const CredentialKey &key) { return readNow(*m_store, key, this); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(openSettings()->fileName());
        installCapture();
        const QString error = m_keyring.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_store = std::make_unique<CredentialStore>(u"steward-test-ssh"_s);
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        m_known = writeKnownHosts(m_sshd);
        QVERIFY(!m_known.isEmpty());
    }

    void passphraseRememberedAfterItWorked()
    {
        const QString key = m_sshd.addClientKey(u"id_kept"_s, u"ed25519"_s, Passphrase);
        QVERIFY(!key.isEmpty());
        const CredentialKey id{CredentialKind::SshKeyPassphrase, key};
        SshSecretBroker broker(m_store.get());
        QSignalSpy remembered(&broker, &SshSecretBroker::remembered);
        QList<Asked> asked;
        // Typed once, wrong, with "remember": never kept. Then right, with "remember".
        QCOMPARE(connect(broker, endpoint(key), {{"wrong", true}, {Passphrase, true}}, &asked),
                 Ssh::Session::State::Ready);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(0).kind, Ssh::Session::SecretKind::KeyPassphrase);
        QVERIFY(!asked.at(0).retry);
        QVERIFY(asked.at(1).retry);
        QVERIFY(asked.at(1).prompt.contains(u"Wrong passphrase"_s));
        QTRY_COMPARE(remembered.count(), 1);
        QCOMPARE(remembered.first().first().value<CredentialKey>().id(), id.id());
        QCOMPARE(stored(id).secret, QString::fromUtf8(Passphrase));

        // The next connection asks nothing: the keychain answers.
        asked.clear();
        QCOMPARE(connect(broker, endpoint(key), {}, &asked), Ssh::Session::State::Ready);
        QCOMPARE(asked.size(), 0);
        // And so does a new broker (a new run of Steward).
        SshSecretBroker later(m_store.get());
        QCOMPARE(connect(later, endpoint(key), {}, &asked), Ssh::Session::State::Ready);
        QCOMPARE(asked.size(), 0);
    }

    void notRememberedWithoutConsent()
    {
        const QString key = m_sshd.addClientKey(u"id_notkept"_s, u"ed25519"_s, Passphrase);
        SshSecretBroker broker(m_store.get());
        QSignalSpy remembered(&broker, &SshSecretBroker::remembered);
        QSignalSpy rememberFailed(&broker, &SshSecretBroker::rememberFailed);
        QList<Asked> asked;
        QCOMPARE(connect(broker, endpoint(key), {{Passphrase, false}}, &asked),
                 Ssh::Session::State::Ready);
        QCOMPARE(asked.size(), 1);
        // A keychain write made after Ready has come back: one the broker made at Ready (as it does
        // when asked to remember) would have come back before it.
        const CredentialKey sentinel{CredentialKind::SshPassword, u"sentinel@notkept"_s};
        QCOMPARE(writeNow(*m_store, sentinel, u"sentinel"_s, this).status,
                 CredentialReply::Status::Ok);
        QCOMPARE(remembered.count(), 0);
        QCOMPARE(rememberFailed.count(), 0);
        QCOMPARE(stored({CredentialKind::SshKeyPassphrase, key}).status,
                 CredentialReply::Status::NotFound);
        QCOMPARE(removeNow(*m_store, sentinel, this).status, CredentialReply::Status::Ok);
    }

    void refusedStoredSecretIsAskedAndReplaced()
    {
        const QString key = m_sshd.addClientKey(u"id_stale"_s, u"ed25519"_s, Passphrase);
        const CredentialKey id{CredentialKind::SshKeyPassphrase, key};
        QCOMPARE(writeNow(*m_store, id, u"an old passphrase"_s, this).status,
                 CredentialReply::Status::Ok);
        SshSecretBroker broker(m_store.get());
        QList<Asked> asked;
        QCOMPARE(connect(broker, endpoint(key), {{Passphrase, true}}, &asked),
                 Ssh::Session::State::Ready);
        QCOMPARE(asked.size(), 1); // the keychain's answer was refused, then the user was asked
        QVERIFY(asked.first().retry);
        QVERIFY2(asked.first().prompt.contains(u"keychain was refused"_s),
                 qPrintable(asked.first().prompt));
        QTRY_COMPARE(stored(id).secret, QString::fromUtf8(Passphrase));
    }

    void passwordKeptUnderServerName()
    {
        SshSecretBroker broker(m_store.get());
        QList<Asked> asked;
        const Ssh::Endpoint e = endpoint(m_sshd.dir() + u"/no-such-key"_s);
        QCOMPARE(connect(broker, e, {{m_sshd.password(), true}}, &asked, u"social.coop"_s),
                 Ssh::Session::State::Ready);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().kind, Ssh::Session::SecretKind::Password);
        const CredentialKey id{CredentialKind::SshPassword, u"social.coop"_s};
        QTRY_COMPARE(stored(id).secret, QString::fromLatin1(m_sshd.password()));
        asked.clear();
        QCOMPARE(connect(broker, e, {}, &asked, u"social.coop"_s), Ssh::Session::State::Ready);
        QCOMPARE(asked.size(), 0);
    }

    void noSecretInLogsOrSettings()
    {
        QFile settings(openSettings()->fileName());
        const QByteArray conf = settings.open(QIODevice::ReadOnly) ? settings.readAll()
                                                                   : QByteArray();
        QVERIFY(!conf.contains(Passphrase));
        QVERIFY(!conf.contains(m_sshd.password()));
        const QString log = capturedMessages().join(u'\n');
        QVERIFY(!log.contains(QString::fromUtf8(Passphrase)));
        QVERIFY(!log.contains(QString::fromLatin1(m_sshd.password())));
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_keyring.stop();
    }
};

QTEST_GUILESS_MAIN(TestSshSecrets)
#include "tst_sshsecrets.moc"
