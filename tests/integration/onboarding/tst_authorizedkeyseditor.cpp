// SPDX-License-Identifier: GPL-3.0-or-later
// A newcomer's key made with ssh-keygen (passphrase through a pipe), added to a real sshd's authorized_keys
// over SFTP: it logs in; removed: it no longer does. The file's other lines and its mode are kept, the
// write is atomic (nothing left beside it), and a file changed meanwhile is not overwritten.
#include "core/onboarding/authorizedkeyseditor.h"
#include "core/onboarding/keygenerator.h"
#include "core/ssh/session.h"
#include "tests/integration/ssh/sshdendpoint.h"
#include "tests/integration/ssh/sshdfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>

using namespace Steward;
using namespace Steward::Onboarding;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The file's permission bits as the server sees them (-1 when it cannot be read).
int mode(const QString &path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestAuthorizedKeysEditor : public QObject
{
    Q_OBJECT

    Test::SshdFixture m_sshd;
    QString m_keysDir;
    QString m_keysFile;
    QString m_adminKey;
    QString m_known;
    QByteArray m_others; // the file's lines other than the newcomer's

    // Connects with key (answering a passphrase request with passphrase); returns the final state.
    Ssh::Session::State login(const QString &key, const QByteArray &passphrase, QString *error)
    {
        Ssh::Session session(Test::endpointFor(m_sshd, key, m_known));
        int asked = 0;
        connect(&session,
                &Ssh::Session::secretRequested,
                this,
                [&session, &asked, passphrase](Ssh::Session::SecretKind kind) {
                    ++asked;
                    if (kind == Ssh::Session::SecretKind::KeyPassphrase && asked == 1)
                        session.provideSecret(passphrase);
                    else
                        session.refuseSecret();
                });
        session.connectToHost();
        (void) QTest::qWaitFor(
            [&session] {
                return session.state() == Ssh::Session::State::Ready
                       || session.state() == Ssh::Session::State::Closed
                       || session.state() == Ssh::Session::State::Lost;
            },
            20000);
        if (error)
            *error = session.errorString();
        return session.state();
    }

private slots:
    void initTestCase()
    {
        // authorized_keys in a directory the test user owns, so that SFTP can write beside it.
        QVERIFY(m_sshd.dir().size() > 0);
        m_keysDir = m_sshd.dir() + u"/home-ssh"_s;
        QVERIFY(QDir().mkpath(m_keysDir));
        m_keysFile = m_keysDir + u"/authorized_keys"_s;
        QVERIFY2(m_sshd.start({u"AuthorizedKeysFile "_s + m_keysFile}),
                 qPrintable(m_sshd.errorString()));
        m_adminKey = m_sshd.addClientKey(u"id_admin"_s, u"ed25519"_s, {}, false);
        QVERIFY(!m_adminKey.isEmpty());
        m_known = Test::writeKnownHosts(m_sshd);
        QVERIFY(!m_known.isEmpty());
        m_others = "# social.coop tech group: one key a line, name in the comment\n"
                   "\n"
                   + readAll(m_adminKey + u".pub"_s).trimmed()
                   + " admin\n"
                     "# no-pty keys for backups below\n"
                     "no-pty,command=\"/bin/true\" ssh-ed25519 "
                     "AAAAC3NzaC1lZDI1NTE5AAAAIACxfg4k3Jep84Jtz8Hmy2ZPEAVC0Q2XEi1HRCGYwOt9 backup";
        QFile f(m_keysFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_others);
        f.close();
        QVERIFY2(!m_sshd.runLocal(u"chown"_s, {u"-R"_s, Test::SshdFixture::user(), m_keysDir})
                      .isEmpty(),
                 qPrintable(m_sshd.errorString()));
        // An unusual mode, to see it kept.
        QVERIFY(QFile::setPermissions(m_keysFile,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup));
        QCOMPARE(mode(m_keysFile), 0640);
    }

    void keyGeneratedWithPassphrase()
    {
        const QString path = m_sshd.dir() + u"/newcomer/id_ed25519"_s;
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        KeyGenerator generator;
        QSignalSpy generated(&generator, &KeyGenerator::generated);
        QSignalSpy failed(&generator, &KeyGenerator::failed);
        generator.generate(path, u"newcomer@laptop"_s, QByteArray("correct horse 42"));
        QTRY_VERIFY_WITH_TIMEOUT(generated.size() + failed.size() > 0, 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const QString publicKey = generated.first().at(1).toString();
        QVERIFY(publicKey.startsWith(u"ssh-ed25519 AAAA"_s));
        QVERIFY(publicKey.endsWith(u" newcomer@laptop"_s));
        QCOMPARE(mode(path), 0600);
        // Encrypted: no public key comes out of it without the passphrase, and the right one opens it.
        QVERIFY(m_sshd.runLocal(u"ssh-keygen"_s, {u"-y"_s, u"-P"_s, QString(), u"-f"_s, path})
                    .isEmpty());
        QVERIFY(m_sshd.runLocal(u"ssh-keygen"_s, {u"-y"_s, u"-P"_s, u"wrong"_s, u"-f"_s, path})
                    .isEmpty());
        QCOMPARE(QString::fromUtf8(
                     m_sshd
                         .runLocal(u"ssh-keygen"_s,
                                   {u"-y"_s, u"-P"_s, u"correct horse 42"_s, u"-f"_s, path})
                         .trimmed()),
                 publicKey);
        // Never over an existing key.
        generator.generate(path, u"again"_s, QByteArray("x"));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(u"exists already"_s));
        QCOMPARE(generated.size(), 1);
    }

    void addedKeyLogsInRemovedDoesNot()
    {
        const QString newcomer = m_sshd.dir() + u"/newcomer/id_ed25519"_s;
        QVERIFY(QFile::exists(newcomer));
        // The test user must read the key to try it as the client: the client is us (root), fine.
        const QString publicKey = QString::fromUtf8(readAll(newcomer + u".pub"_s)).trimmed();
        QString error;
        QCOMPARE(login(newcomer, "correct horse 42", &error), Ssh::Session::State::Closed);

        Ssh::Session admin(Test::endpointFor(m_sshd, m_adminKey, m_known));
        admin.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(admin.state(), Ssh::Session::State::Ready, 20000);

        AuthorizedKeysEditor editor(&admin, m_keysFile);
        QSignalSpy loaded(&editor, &AuthorizedKeysEditor::loaded);
        QSignalSpy saved(&editor, &AuthorizedKeysEditor::saved);
        QSignalSpy failed(&editor, &AuthorizedKeysEditor::failed);
        editor.load();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() + failed.size() > 0, 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(editor.permissions(), 0640);
        QCOMPARE(editor.keys().keys().size(), 2);
        QCOMPARE(editor.keys().serialize(), m_others);

        // A duplicate (another comment) is refused before anything is written.
        const PublicKey adminKey = editor.keys().keys().first();
        const auto dup = editor.keys().add(adminKey.type + u' '
                                           + QString::fromLatin1(adminKey.base64)
                                           + u" same key, other comment"_s);
        QVERIFY(!dup.ok());
        QVERIFY(dup.error().message.contains(u"already authorized"_s));
        QCOMPARE(editor.keys().serialize(), m_others);

        const auto added = editor.keys().add(publicKey);
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        editor.save();
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() > 0, 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(readAll(m_keysFile), m_others + "\n" + publicKey.toUtf8() + "\n");
        QCOMPARE(mode(m_keysFile), 0640);
        QCOMPARE(QDir(m_keysDir).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"authorized_keys"_s});

        QCOMPARE(login(newcomer, "correct horse 42", &error), Ssh::Session::State::Ready);

        // Removed: the file is as it was before, and the key no longer logs in.
        QCOMPARE(editor.keys().remove(added.value()), 1);
        editor.save();
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() > 1, 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(readAll(m_keysFile), m_others + "\n");
        QCOMPARE(mode(m_keysFile), 0640);
        QCOMPARE(login(newcomer, "correct horse 42", &error), Ssh::Session::State::Closed);
        // The admin's own key still works.
        QCOMPARE(login(m_adminKey, {}, &error), Ssh::Session::State::Ready);
    }

    void changedMeanwhileIsNotOverwritten()
    {
        Ssh::Session admin(Test::endpointFor(m_sshd, m_adminKey, m_known));
        admin.connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(admin.state(), Ssh::Session::State::Ready, 20000);
        AuthorizedKeysEditor editor(&admin, m_keysFile);
        QSignalSpy loaded(&editor, &AuthorizedKeysEditor::loaded);
        QSignalSpy failed(&editor, &AuthorizedKeysEditor::failed);
        editor.load();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        const QByteArray before = readAll(m_keysFile);
        {
            QFile f(m_keysFile);
            QVERIFY(f.open(QIODevice::Append));
            f.write("# edited by someone else\n");
        }
        const QByteArray theirs = readAll(m_keysFile);
        QVERIFY(
            editor.keys()
                .add(
                    u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEy/LhlN1XJOAMrfd6El073kFVFnzht9ObieQivwavVC alice"_s)
                .ok());
        editor.save();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY(failed.first().first().toString().contains(u"changed on the server"_s));
        QCOMPARE(readAll(m_keysFile), theirs);
        QVERIFY(theirs != before);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizedKeysEditor)
#include "tst_authorizedkeyseditor.moc"
