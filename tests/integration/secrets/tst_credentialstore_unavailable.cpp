// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore with no D-Bus session bus (ctest points DBUS_SESSION_BUS_ADDRESS at nothing): it says the
// keychain is unavailable, keeps secrets for the session only, and writes none to disk.
#include "core/secrets/credentialstore.h"
#include "core/settings.h"
#include "tests/integration/secrets/credentialtestutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Test;

class TestCredentialStoreUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionOnly();
    void nothingOnDisk();

private:
    const QString m_secret = u"session-only-Geheimnis-🔒"_s;
};

void TestCredentialStoreUnavailable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s));
    installCapture();
    qputenv("QT_LOGGING_RULES", "*.debug=true");
}

void TestCredentialStoreUnavailable::sessionOnly()
{
    CredentialStore store(u"steward-test"_s);
    QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
    const CredentialKey key{CredentialKind::SshPassword, u"web1"_s};

    const CredentialReply written = writeNow(store, key, m_secret, this);
    QCOMPARE(written.status, CredentialReply::Status::Ok);
    QVERIFY(written.sessionOnly);
    QCOMPARE(store.availability(), CredentialStore::Availability::Unavailable);
    QVERIFY(!store.unavailableReason().isEmpty());
    QVERIFY(availability.count() >= 1);
    QVERIFY(store.entries().contains(key));
    QVERIFY(store.isSessionOnly(key));

    const CredentialReply read = readNow(store, key, this);
    QCOMPARE(read.status, CredentialReply::Status::Ok);
    QCOMPARE(read.secret, m_secret);
    QVERIFY(read.sessionOnly);

    // Not in the index: a new run knows nothing of it.
    CredentialStore nextRun(u"steward-test"_s);
    QVERIFY(!nextRun.entries().contains(key));
    const CredentialReply fresh = readNow(nextRun, key, this);
    QCOMPARE(fresh.status, CredentialReply::Status::NotFound);

    QCOMPARE(removeNow(store, key, this).status, CredentialReply::Status::Ok);
    QVERIFY(!store.entries().contains(key));
    QCOMPARE(readNow(store, key, this).status, CredentialReply::Status::NotFound);
}

void TestCredentialStoreUnavailable::nothingOnDisk()
{
    // Nothing under HOME (settings, caches, QtKeychain's own files) holds the secret.
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(m_secret.toUtf8()), qPrintable(file.fileName()));
    }
    QFile settings(openSettings()->fileName());
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains("web1"));
    QMutexLocker lock(&captureMutex());
    QVERIFY(!capturedMessages().join(u'\n').contains(m_secret));
}

QTEST_GUILESS_MAIN(TestCredentialStoreUnavailable)
#include "tst_credentialstore_unavailable.moc"
