// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore against the real Secret Service: gnome-keyring-daemon on a private D-Bus session.
#include "core/secrets/credentialstore.h"
#include "core/settings.h"
#include "tests/integration/secrets/credentialtestutil.h"
#include "tests/integration/secrets/keyringsession.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Test;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip_data();
    void roundTrip();
    void replace();
    void remove();
    void index();
    void concurrentJobs();
    void missingEntry();
    void backendReported();
    void noSecretInLogOrSettings();

private:
    QByteArray settingsBytes() const;
    KeyringSession m_keyring;
    std::unique_ptr<CredentialStore> m_store;
    QStringList m_secretsUsed;
};

void TestCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(openSettings()->fileName());
    installCapture();
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    const QString error = m_keyring.start();
    if (!error.isEmpty())
        QFAIL(qPrintable(u"The keyring could not start: "_s + error));
    m_store = std::make_unique<CredentialStore>(u"steward-test"_s);
}

void TestCredentialStore::cleanupTestCase()
{
    m_store.reset();
    m_keyring.stop();
}

QByteArray TestCredentialStore::settingsBytes() const
{
    QFile file(openSettings()->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestCredentialStore::roundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("secret");
    QTest::newRow("ssh password") << int(CredentialKind::SshPassword) << u"web1.example"_s
                                  << u"correct horse battery staple"_s;
    QTest::newRow("unicode") << int(CredentialKind::DatabasePassword) << u"db.coop"_s
                             << u"pässwörd-日本語-🔑-ünïcödé"_s;
    QTest::newRow("unicode server")
        << int(CredentialKind::MastodonToken) << u"sóciál.coop"_s << u"tok-\u00e9\u4e2d"_s;
    QTest::newRow("long") << int(CredentialKind::GitHubToken) << u"github.com"_s
                          << QString(u"x1y2z3"_s).repeated(5000);
    QTest::newRow("s3 pair") << int(CredentialKind::S3AccessKey) << u"backups"_s
                             << u"AKIAEXAMPLE:wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s;
    QTest::newRow("multi-line") << int(CredentialKind::SshKeyPassphrase) << u"bastion"_s
                                << u"line one\nline two\ttab"_s;
}

void TestCredentialStore::roundTrip()
{
    QFETCH(int, kind);
    QFETCH(QString, server);
    QFETCH(QString, secret);
    m_secretsUsed.append(secret);
    const CredentialKey key{CredentialKind(kind), server};
    const CredentialReply written = writeNow(*m_store, key, secret, this);
    QCOMPARE(written.status, CredentialReply::Status::Ok);
    QVERIFY(!written.sessionOnly);
    QCOMPARE(m_store->availability(), CredentialStore::Availability::Available);

    // A second store (a new run of Steward) reads it back from the keychain, not from memory.
    CredentialStore other(u"steward-test"_s);
    const CredentialReply read = readNow(other, key, this);
    QCOMPARE(read.status, CredentialReply::Status::Ok);
    QCOMPARE(read.secret, secret);
    QVERIFY(!read.sessionOnly);
    QVERIFY(other.entries().contains(key));
}

void TestCredentialStore::replace()
{
    const CredentialKey key{CredentialKind::SshPassword, u"replace.example"_s};
    m_secretsUsed << u"first-value-1"_s << u"second-value-2"_s;
    QCOMPARE(writeNow(*m_store, key, u"first-value-1"_s, this).status, CredentialReply::Status::Ok);
    QCOMPARE(readNow(*m_store, key, this).secret, u"first-value-1"_s);
    QCOMPARE(writeNow(*m_store, key, u"second-value-2"_s, this).status, CredentialReply::Status::Ok);
    QCOMPARE(readNow(*m_store, key, this).secret, u"second-value-2"_s);
    QCOMPARE(m_store->entries().count(key), 1);
}

void TestCredentialStore::remove()
{
    const CredentialKey key{CredentialKind::DatabasePassword, u"remove.example"_s};
    m_secretsUsed << u"to-be-forgotten"_s;
    QCOMPARE(writeNow(*m_store, key, u"to-be-forgotten"_s, this).status,
             CredentialReply::Status::Ok);
    QVERIFY(m_store->entries().contains(key));
    QSignalSpy changed(m_store.get(), &CredentialStore::entriesChanged);
    QCOMPARE(removeNow(*m_store, key, this).status, CredentialReply::Status::Ok);
    QVERIFY(!m_store->entries().contains(key));
    QCOMPARE(changed.count(), 1);
    const CredentialReply read = readNow(*m_store, key, this);
    QCOMPARE(read.status, CredentialReply::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
    // Forgetting what is not there is not an error.
    QCOMPARE(removeNow(*m_store, key, this).status, CredentialReply::Status::Ok);
}

void TestCredentialStore::index()
{
    CredentialStore store(u"steward-index-test"_s);
    const QList<CredentialKey> keys{{CredentialKind::SshPassword, u"b.example"_s},
                                    {CredentialKind::GitHubToken, u"a.example"_s},
                                    {CredentialKind::SshKeyPassphrase, u"b.example"_s}};
    for (const CredentialKey &key : keys) {
        m_secretsUsed << u"index-secret-"_s + key.server;
        QCOMPARE(writeNow(store, key, u"index-secret-"_s + key.server, this).status,
                 CredentialReply::Status::Ok);
    }
    const QList<CredentialKey> listed = store.entries();
    for (const CredentialKey &key : keys)
        QVERIFY(listed.contains(key));
    // Sorted by server, then kind.
    const auto a = listed.indexOf(keys[1]);
    const auto bPassword = listed.indexOf(keys[0]);
    const auto bPassphrase = listed.indexOf(keys[2]);
    QVERIFY(a < bPassword);
    QVERIFY(bPassword < bPassphrase);
    // The index holds keys only.
    const QStringList index = openSettings()->value(store.indexSettingsKey()).toStringList();
    QVERIFY(index.contains(u"ssh-password/b.example"_s));
    QVERIFY(index.contains(u"github-token/a.example"_s));
    for (const CredentialKey &key : keys)
        QCOMPARE(removeNow(store, key, this).status, CredentialReply::Status::Ok);
}

void TestCredentialStore::concurrentJobs()
{
    constexpr int count = 24;
    QList<std::shared_ptr<Outcome>> writes;
    for (int i = 0; i < count; ++i) {
        auto outcome = std::make_shared<Outcome>();
        writes.append(outcome);
        m_store->write({CredentialKind::SshPassword, u"host%1"_s.arg(i)},
                       u"concurrent-secret-%1"_s.arg(i),
                       this,
                       [outcome](CredentialReply &r) { outcome->reply = r; });
    }
    for (int i = 0; i < count; ++i)
        QCOMPARE(waitFor(writes[i]).status, CredentialReply::Status::Ok);
    QList<std::shared_ptr<Outcome>> reads;
    for (int i = 0; i < count; ++i) {
        auto outcome = std::make_shared<Outcome>();
        reads.append(outcome);
        m_store->read({CredentialKind::SshPassword, u"host%1"_s.arg(i)},
                      this,
                      [outcome](CredentialReply &r) { outcome->reply = r; });
    }
    for (int i = 0; i < count; ++i) {
        const CredentialReply r = waitFor(reads[i]);
        QCOMPARE(r.status, CredentialReply::Status::Ok);
        QCOMPARE(r.secret, u"concurrent-secret-%1"_s.arg(i));
        m_secretsUsed << r.secret;
    }
    const QList<CredentialKey> listed = m_store->entries();
    for (int i = 0; i < count; ++i)
        QVERIFY(listed.contains(CredentialKey{CredentialKind::SshPassword, u"host%1"_s.arg(i)}));
}

void TestCredentialStore::missingEntry()
{
    const CredentialReply r = readNow(*m_store,
                                      {CredentialKind::GitHubToken, u"never.example"_s},
                                      this);
    QCOMPARE(r.status, CredentialReply::Status::NotFound);
    QVERIFY(r.error.message.isEmpty());
}

void TestCredentialStore::backendReported()
{
    QVERIFY(!m_store->backendName().isEmpty());
    QCOMPARE(m_store->availability(), CredentialStore::Availability::Available);
    QVERIFY(m_store->unavailableReason().isEmpty());
}

void TestCredentialStore::noSecretInLogOrSettings()
{
    QVERIFY(m_secretsUsed.size() > 10);
    const QByteArray settings = settingsBytes();
    QVERIFY2(!settings.isEmpty(), "the index was not written to the settings file");
    QVERIFY(settings.contains("ssh-password"));
    QStringList messages;
    {
        QMutexLocker lock(&captureMutex());
        messages = capturedMessages();
    }
    const QString log = messages.join(u'\n');
    for (const QString &secret : std::as_const(m_secretsUsed)) {
        QVERIFY2(!settings.contains(secret.toUtf8()), "a secret reached the settings file");
        // Also the percent-encoded form QSettings would use for unicode.
        QVERIFY2(!log.contains(secret), "a secret reached the log");
    }
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
