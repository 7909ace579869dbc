// SPDX-License-Identifier: GPL-3.0-or-later
// authorized_keys as lines: byte-for-byte round trips, key validation, duplicates whatever the comment,
// removal of one key leaving everything else.
#include "core/onboarding/authorizedkeys.h"

#include <QTest>

using namespace Steward;
using namespace Steward::Onboarding;
using namespace Qt::StringLiterals;

namespace {

const QString alice
    = u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEy/LhlN1XJOAMrfd6El073kFVFnzht9ObieQivwavVC alice@laptop"_s;
const QString bob
    = u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIACxfg4k3Jep84Jtz8Hmy2ZPEAVC0Q2XEi1HRCGYwOt9 bob@desk"_s;
const QString carol
    = u"ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBBD3fPh03dQwrQNcxmDghTq/gNxgbvd91y4bEdtWuUpjzpCyXGibuM5o/QnQXZRqCTgaxNiN7d50qfCgQULqeLI= carol"_s;
const QString shortRsa
    = u"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQComByKJpoadkfbLIN/MybpJ0Vxs/HLOMDSty1xVzobPg76J5SAmjaY8Nld7oEW+yMuJEDzaww/xbj03UfjLbofoJ1NEE9hNgFhCsVs/FZT8vmrKYBQrVIZEvzrxObTK74eLs6tSv1waymvcDeYcKyGvqN/X4rAETfNErTsXMPUmQ== short"_s;

const QByteArray file = "# social.coop tech group\r\n"
                        "\n"
                        "  # indented comment\n"
                        "from=\"10.0.0.1,192.168.0.0/16\",no-pty,command=\"echo a b\" "
                        + bob.toUtf8()
                        + "\n"
                          "not a key line at all\n"
                        + carol.toUtf8() + "\tspaced   comment"; // no final newline

} // namespace

class TestAuthorizedKeys : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsByteExact()
    {
        const AuthorizedKeys keys = AuthorizedKeys::parse(file);
        QCOMPARE(keys.serialize(), file);
        QCOMPARE(keys.lines().size(), 6);
        QCOMPARE(keys.keys().size(), 2);
        QCOMPARE(keys.lines().at(3).options,
                 QByteArray("from=\"10.0.0.1,192.168.0.0/16\",no-pty,command=\"echo a b\""));
        QCOMPARE(keys.keys().at(0).comment, u"bob@desk"_s);
        QCOMPARE(keys.keys().at(1).type, u"ecdsa-sha2-nistp256"_s);
        QCOMPARE(AuthorizedKeys::parse({}).serialize(), QByteArray());
    }

    void fingerprintIsOpenSsh()
    {
        const auto key = PublicKey::parse(alice);
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        // ssh-keygen -lf: 256 SHA256:o9Z1I0OyFT3KBWtTUkAuXZFefVtd7Lr/YeNBl4EC/wo alice@laptop (ED25519)
        QCOMPARE(key->fingerprint(), u"SHA256:o9Z1I0OyFT3KBWtTUkAuXZFefVtd7Lr/YeNBl4EC/wo"_s);
        QCOMPARE(QString::fromUtf8(key->toLine()), alice);
    }

    void addAppendsAndKeepsEverythingElse()
    {
        AuthorizedKeys keys = AuthorizedKeys::parse(file);
        const auto added = keys.add(alice);
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        // The last line only gets the line ending it lacked.
        QCOMPARE(keys.serialize(), file + "\n" + alice.toUtf8() + "\n");
        QVERIFY(keys.contains(added.value()));
    }

    void addUsesCrlfWhenTheFileDoes()
    {
        AuthorizedKeys keys = AuthorizedKeys::parse("# a\r\n" + bob.toUtf8() + "\r\n");
        QVERIFY(keys.add(alice).ok());
        QCOMPARE(keys.serialize(), "# a\r\n" + bob.toUtf8() + "\r\n" + alice.toUtf8() + "\r\n");
    }

    void duplicateRefusedWhateverTheComment()
    {
        AuthorizedKeys keys = AuthorizedKeys::parse(file);
        const QString bobElsewhere = bob.section(u' ', 0, 1) + u" bob@another-machine"_s;
        const auto again = keys.add(bobElsewhere);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(u"already authorized"_s),
                 qPrintable(again.error().message));
        QCOMPARE(keys.serialize(), file);
        const auto noComment = keys.add(carol.section(u' ', 0, 1));
        QVERIFY(!noComment.ok());
    }

    void invalidKeys_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("not a key") << u"hello world"_s << u"not an OpenSSH public key"_s;
        QTest::newRow("two lines") << alice + u"\n"_s + bob << u"one line"_s;
        QTest::newRow("private key")
            << u"-----BEGIN OPENSSH PRIVATE KEY-----"_s << u"private key"_s;
        QTest::newRow("options") << u"no-pty "_s + alice << u"not an OpenSSH public key"_s;
        QTest::newRow("bad base64") << u"ssh-ed25519 AAAA!!!! x"_s << u"not valid base64"_s;
        QTest::newRow("cut short") << alice.left(60) << u"cut short or malformed"_s;
        QTest::newRow("wrapped") << alice.left(61) << u"not valid base64"_s;
        QTest::newRow("type mismatch")
            << u"ssh-rsa "_s + alice.section(u' ', 1) << u"does not match its type"_s;
        QTest::newRow("ed25519 wrong size")
            << u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAAQA="_s << u"cut short or malformed"_s;
        QTest::newRow("dsa") << u"ssh-dss AAAAB3NzaC1kc3M="_s << u"DSA keys"_s;
        QTest::newRow("rsa 1024") << shortRsa << u"shorter than 2048 bits"_s;
    }

    void invalidKeys()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        const auto key = PublicKey::parse(line);
        QVERIFY(!key.ok());
        QVERIFY2(key.error().message.contains(message), qPrintable(key.error().message));
        AuthorizedKeys keys = AuthorizedKeys::parse(file);
        QVERIFY(!keys.add(line).ok());
        QCOMPARE(keys.serialize(), file);
    }

    void removeTakesOnlyThatKey()
    {
        AuthorizedKeys keys = AuthorizedKeys::parse(file);
        const auto bobKey = PublicKey::parse(bob.section(u' ', 0, 1) + u" other comment"_s);
        QVERIFY(bobKey.ok());
        QCOMPARE(keys.remove(bobKey.value()), 1);
        QByteArray expected = file;
        const qsizetype start = expected.indexOf("from=");
        expected.remove(start, expected.indexOf('\n', start) + 1 - start);
        QCOMPARE(keys.serialize(), expected);
        QCOMPARE(keys.remove(bobKey.value()), 0);
        QCOMPARE(keys.serialize(), expected);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizedKeys)
#include "tst_authorizedkeys.moc"
