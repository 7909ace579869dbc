// SPDX-License-Identifier: GPL-3.0-or-later
// Import from a real pass store (a throw-away GPG key in a temporary GNUPGHOME) into the real keychain
// (gnome-keyring on a private D-Bus session), including a corrupt entry that must not stop the rest.
#include "core/secrets/credentialstore.h"
#include "core/secrets/passimport.h"
#include "core/settings.h"
#include "tests/integration/secrets/credentialtestutil.h"
#include "tests/integration/secrets/keyringsession.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Test;

namespace {
// Runs a tool of the fixture; returns its stdout, fails the test when it fails.
QByteArray run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        qWarning("could not start %s", qPrintable(program));
        return {};
    }
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return p.exitCode() == 0 ? p.readAllStandardOutput() + ' ' : QByteArray();
}
} // namespace

class TestPassImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void entries();
    void guess_data();
    void guess();
    void import_data();
    void import();
    void cancel();

private:
    QTemporaryDir m_dir;
    QString m_store;
    KeyringSession m_keyring;
};

void TestPassImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installCapture();
    QVERIFY(m_dir.isValid());
    const QString gnupg = m_dir.filePath(u"gnupg"_s);
    QVERIFY(QDir().mkpath(gnupg));
    QFile::setPermissions(gnupg, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("GNUPGHOME", gnupg.toLocal8Bit());
    m_store = m_dir.filePath(u"password-store"_s);
    qputenv("PASSWORD_STORE_DIR", m_store.toLocal8Bit());

    QVERIFY(!run(u"gpg"_s,
                 {u"--batch"_s,
                  u"--passphrase"_s,
                  QString(),
                  u"--quick-gen-key"_s,
                  u"Steward Test <steward-test@example.invalid>"_s,
                  u"default"_s,
                  u"default"_s,
                  u"never"_s})
                 .isEmpty());
    QByteArray fingerprint;
    for (const QByteArray &line :
         run(u"gpg"_s, {u"--list-keys"_s, u"--with-colons"_s}).split('\n')) {
        if (line.startsWith("fpr:")) {
            fingerprint = line.split(':').value(9);
            break;
        }
    }
    QVERIFY(!fingerprint.isEmpty());
    QVERIFY(!run(u"pass"_s, {u"init"_s, QString::fromLatin1(fingerprint)}).isEmpty());
    const QList<std::pair<QString, QByteArray>>
        entries{{u"ssh/web1"_s, "web1-Pa55word\nuser: admin\nurl: ssh://web1\n"},
                {u"social.coop/github-token"_s, "ghp_exampleToken123\n"},
                {u"db/postgres-main"_s, "pässwört-ü🔑\nsecond line\n"},
                {u"aws/backups"_s, "AKIAEXAMPLE:secretKeyExample/+=\n"}};
    for (const auto &[entry, content] : entries)
        QVERIFY(!run(u"pass"_s, {u"insert"_s, u"-m"_s, entry}, content).isEmpty());
    // A corrupt entry: not OpenPGP data.
    QFile corrupt(m_store + u"/broken/corrupt.gpg"_s);
    QVERIFY(QDir().mkpath(m_store + u"/broken"_s));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("this is not an OpenPGP message\x01\x02\x03");
    corrupt.close();

    const QString error = m_keyring.start();
    if (!error.isEmpty())
        QFAIL(qPrintable(u"The keyring could not start: "_s + error));
}

void TestPassImport::cleanupTestCase()
{
    run(u"gpgconf"_s, {u"--kill"_s, u"gpg-agent"_s});
    m_keyring.stop();
}

void TestPassImport::entries()
{
    const QStringList entries = passStoreEntries(m_store);
    QCOMPARE(entries,
             QStringList({u"aws/backups"_s,
                          u"broken/corrupt"_s,
                          u"db/postgres-main"_s,
                          u"social.coop/github-token"_s,
                          u"ssh/web1"_s}));
}

void TestPassImport::guess_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("server");
    QTest::newRow("ssh") << u"ssh/web1"_s << int(CredentialKind::SshPassword) << u"web1"_s;
    QTest::newRow("github") << u"social.coop/github-token"_s << int(CredentialKind::GitHubToken)
                            << u"github.com"_s;
    QTest::newRow("db") << u"db/postgres-main"_s << int(CredentialKind::DatabasePassword)
                        << u"postgres-main"_s;
    QTest::newRow("s3") << u"aws/backups"_s << int(CredentialKind::S3AccessKey) << u"backups"_s;
    QTest::newRow("mastodon") << u"social.coop/mastodon-token"_s
                              << int(CredentialKind::MastodonToken) << u"mastodon-token"_s;
}

void TestPassImport::guess()
{
    QFETCH(QString, entry);
    QFETCH(int, kind);
    QFETCH(QString, server);
    const CredentialKey key = guessCredentialKey(entry);
    QCOMPARE(int(key.kind), kind);
    QCOMPARE(key.server, server);
}

void TestPassImport::import_data()
{
    QTest::addColumn<bool>("gpgDirectly");
    QTest::newRow("pass show") << false;
    QTest::newRow("gpg --decrypt") << true;
}

void TestPassImport::import()
{
    QFETCH(bool, gpgDirectly);
    const QString service = gpgDirectly ? u"steward-import-gpg"_s : u"steward-import-pass"_s;
    CredentialStore store(service);
    PassImporter importer(&store);
    importer.setUseGpgDirectly(gpgDirectly);
    QSignalSpy entrySpy(&importer, &PassImporter::entryFinished);
    QSignalSpy progressSpy(&importer, &PassImporter::progressed);
    QSignalSpy finishedSpy(&importer, &PassImporter::finished);
    const QList<PassImportItem>
        items{{u"ssh/web1"_s, {CredentialKind::SshPassword, u"web1"_s}},
              {u"broken/corrupt"_s, {CredentialKind::SshPassword, u"broken"_s}},
              {u"db/postgres-main"_s, {CredentialKind::DatabasePassword, u"db1"_s}},
              {u"missing/entry"_s, {CredentialKind::SshPassword, u"nowhere"_s}},
              {u"aws/backups"_s, {CredentialKind::S3AccessKey, u"backups"_s}}};
    importer.start(m_store, items);
    QVERIFY(importer.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, 60000);
    QCOMPARE(finishedSpy.at(0).at(0).toInt(), 3);
    QCOMPARE(finishedSpy.at(0).at(1).toInt(), 2);
    QCOMPARE(finishedSpy.at(0).at(2).toBool(), false);
    QCOMPARE(entrySpy.count(), 5);
    QCOMPARE(progressSpy.last().at(0).toInt(), 5);
    const QList<bool> expectedOk{true, false, true, false, true};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(entrySpy.at(i).at(0).toString(), items[i].entry);
        QCOMPARE(entrySpy.at(i).at(1).toBool(), expectedOk[i]);
        QVERIFY(!entrySpy.at(i).at(2).toString().isEmpty());
    }
    // The first line only, read back from the keychain.
    QCOMPARE(readNow(store, items[0].key, this).secret, u"web1-Pa55word"_s);
    QCOMPARE(readNow(store, items[2].key, this).secret, u"pässwört-ü🔑"_s);
    QCOMPARE(readNow(store, items[4].key, this).secret, u"AKIAEXAMPLE:secretKeyExample/+="_s);
    QCOMPARE(readNow(store, items[1].key, this).status, CredentialReply::Status::NotFound);
    QVERIFY(!readNow(store, items[0].key, this).sessionOnly);

    // No secret in the messages, the log or the settings.
    QString all;
    for (const auto &args : std::as_const(entrySpy))
        all += args.at(2).toString() + u'\n';
    {
        QMutexLocker lock(&captureMutex());
        all += capturedMessages().join(u'\n');
    }
    QFile settings(openSettings()->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    all += QString::fromUtf8(settings.readAll());
    for (const QString &secret :
         {u"web1-Pa55word"_s, u"pässwört"_s, u"secretKeyExample"_s, u"admin"_s})
        QVERIFY2(!all.contains(secret), qPrintable(secret));
}

void TestPassImport::cancel()
{
    CredentialStore store(u"steward-import-cancel"_s);
    PassImporter importer(&store);
    QSignalSpy finishedSpy(&importer, &PassImporter::finished);
    QSignalSpy entrySpy(&importer, &PassImporter::entryFinished);
    QList<PassImportItem> items;
    for (int i = 0; i < 20; ++i)
        items.append({u"ssh/web1"_s, {CredentialKind::SshPassword, u"cancel%1"_s.arg(i)}});
    importer.start(m_store, items);
    QTRY_VERIFY_WITH_TIMEOUT(entrySpy.count() >= 1, 30000);
    importer.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, 30000);
    QVERIFY(finishedSpy.at(0).at(2).toBool());
    QVERIFY(entrySpy.count() < 20);
    QVERIFY(!importer.isRunning());
}

QTEST_GUILESS_MAIN(TestPassImport)
#include "tst_passimport.moc"
