// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/knownhosts.h"

#include <QFile>
#include <QTest>

using namespace Steward;
using namespace Qt::StringLiterals;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(STEWARD_TEST_DATA) + u"/ssh/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

QByteArray blob(const QString &pubFile)
{
    return QByteArray::fromBase64(readData(pubFile).simplified().split(' ').at(1));
}

} // namespace

class TestKnownHosts : public QObject
{
    Q_OBJECT

    Ssh::KnownHosts m_hosts;

private slots:
    void initTestCase() { m_hosts.addText(readData(u"known_hosts"_s), u"known_hosts"_s); }

    void malformedLinesAreWarningsNotFatal()
    {
        QList<int> lines;
        for (const Ssh::KnownHosts::Warning &w : m_hosts.warnings()) {
            QCOMPARE(w.file, u"known_hosts"_s);
            QVERIFY(!w.message.isEmpty());
            lines.append(w.line);
        }
        // "this line is malformed", bad base64, ssh-dss, @cert-authority, a host without a key
        for (int line : {3, 6, 8, 9, 11})
            QVERIFY2(lines.contains(line), qPrintable(u"no warning for line %1"_s.arg(line)));
        QVERIFY(!lines.contains(2));
        QVERIFY(!lines.contains(4));
        QVERIFY(!lines.contains(7));
        QVERIFY(!lines.contains(13));
    }

    void check_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("expected");
        using C = Ssh::KnownHosts::Check;
        QTest::newRow("plain") << u"plain.example.org"_s << 22 << u"k1.pub"_s << int(C::Match);
        QTest::newRow("second name") << u"192.0.2.10"_s << 22 << u"k1.pub"_s << int(C::Match);
        QTest::newRow("after malformed lines")
            << u"last.example.org"_s << 22 << u"k1.pub"_s << int(C::Match);
        QTest::newRow("changed key")
            << u"plain.example.org"_s << 22 << u"k3.pub"_s << int(C::Mismatch);
        QTest::newRow("unknown host")
            << u"nobody.example.org"_s << 22 << u"k1.pub"_s << int(C::NotFound);
        QTest::newRow("host:port") << u"port.example.org"_s << 2222 << u"k2.pub"_s << int(C::Match);
        QTest::newRow("host:port other port")
            << u"port.example.org"_s << 22 << u"k2.pub"_s << int(C::NotFound);
        // As OpenSSH: a port other than 22 is looked up as "[host]:port" only, never under the bare name
        // (a bare entry with another key is not a CHANGED key there, only an unknown one).
        QTest::newRow("bare entry, other port, other key")
            << u"plain.example.org"_s << 2222 << u"k3.pub"_s << int(C::NotFound);
        QTest::newRow("bare entry, other port, same key")
            << u"plain.example.org"_s << 2222 << u"k1.pub"_s << int(C::NotFound);
        QTest::newRow("hashed bare entry, other port")
            << u"hashed.example.org"_s << 2200 << u"k1.pub"_s << int(C::NotFound);
        QTest::newRow("hashed") << u"hashed.example.org"_s << 22 << u"k3.pub"_s << int(C::Match);
        QTest::newRow("hashed changed")
            << u"hashed.example.org"_s << 22 << u"k1.pub"_s << int(C::Mismatch);
        QTest::newRow("revoked") << u"anything.example.org"_s << 22 << u"k4.pub"_s
                                 << int(C::Revoked);
    }
    void check()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, key);
        QFETCH(int, expected);
        QCOMPARE(int(m_hosts.check(host, port, blob(key))), expected);
    }

    void keysFor()
    {
        using Key = Ssh::KnownHosts::Key;
        const auto types = [](const QList<Key> &keys) {
            QStringList t;
            for (const Key &k : keys)
                t.append(k.type);
            return t;
        };
        QCOMPARE(types(m_hosts.keysFor(u"plain.example.org"_s, 22)), QStringList{u"ssh-ed25519"_s});
        QCOMPARE(m_hosts.keysFor(u"plain.example.org"_s, 22).first().blob, blob(u"k1.pub"_s));
        // [host]:port rules as for check(): the bare entry does not answer for another port.
        QVERIFY(m_hosts.keysFor(u"plain.example.org"_s, 2222).isEmpty());
        const QList<Key> ported = m_hosts.keysFor(u"port.example.org"_s, 2222);
        QCOMPARE(types(ported), QStringList{u"ecdsa-sha2-nistp256"_s});
        QCOMPARE(ported.first().blob, blob(u"k2.pub"_s));
        QVERIFY(m_hosts.keysFor(u"port.example.org"_s, 22).isEmpty());
        // Hashed names too.
        QCOMPARE(m_hosts.keysFor(u"hashed.example.org"_s, 22).value(0).blob, blob(u"k3.pub"_s));
        QVERIFY(m_hosts.keysFor(u"nobody.example.org"_s, 22).isEmpty());
        // Several types for one host, in Steward's order; a revoked key is not known.
        Ssh::KnownHosts hosts;
        hosts.addText(Ssh::KnownHosts::entryLine(u"multi"_s, 22, blob(u"k2.pub"_s)) + '\n'
                      + Ssh::KnownHosts::entryLine(u"multi"_s, 22, blob(u"k1.pub"_s)) + '\n'
                      + Ssh::KnownHosts::entryLine(u"revoked"_s, 22, blob(u"k4.pub"_s)) + '\n'
                      + "@revoked * " + readData(u"k4.pub"_s).simplified());
        QCOMPARE(types(hosts.keysFor(u"multi"_s, 22)),
                 (QStringList{u"ssh-ed25519"_s, u"ecdsa-sha2-nistp256"_s}));
        QVERIFY(hosts.keysFor(u"revoked"_s, 22).isEmpty());
    }

    void hostKeyAlgorithms()
    {
        QCOMPARE(Ssh::KnownHosts::hostKeyAlgorithms(),
                 QByteArray("ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,"
                            "ecdsa-sha2-nistp521,rsa-sha2-512,rsa-sha2-256"));
        // Known types first, as OpenSSH orders them for a known host.
        QCOMPARE(Ssh::KnownHosts::hostKeyAlgorithms({u"ssh-rsa"_s}),
                 QByteArray("rsa-sha2-512,rsa-sha2-256,ssh-ed25519,ecdsa-sha2-nistp256,"
                            "ecdsa-sha2-nistp384,ecdsa-sha2-nistp521"));
        QCOMPARE(Ssh::KnownHosts::hostKeyAlgorithms({u"ecdsa-sha2-nistp384"_s, u"ssh-ed25519"_s}),
                 QByteArray("ssh-ed25519,ecdsa-sha2-nistp384,ecdsa-sha2-nistp256,"
                            "ecdsa-sha2-nistp521,rsa-sha2-512,rsa-sha2-256"));
    }

    void fingerprintAsSshKeygen_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("index");
        for (int i = 1; i <= 4; ++i)
            QTest::newRow(qPrintable(u"k%1"_s.arg(i))) << u"k%1.pub"_s.arg(i) << i - 1;
    }
    void fingerprintAsSshKeygen()
    {
        QFETCH(QString, key);
        QFETCH(int, index);
        // tests/data/ssh/fingerprints holds what `ssh-keygen -lf kN.pub` printed.
        const QList<QByteArray> expected = readData(u"fingerprints"_s).trimmed().split('\n');
        QCOMPARE(Ssh::KnownHosts::fingerprint(blob(key)), QString::fromLatin1(expected.at(index)));
    }

    void keyTypeAndEntryLine()
    {
        QCOMPARE(Ssh::KnownHosts::keyType(blob(u"k2.pub"_s)), u"ecdsa-sha2-nistp256"_s);
        QCOMPARE(Ssh::KnownHosts::keyType(QByteArray("\0\0", 2)), QString());
        const QByteArray line = Ssh::KnownHosts::entryLine(u"h.example"_s, 2200, blob(u"k1.pub"_s));
        QVERIFY(line.startsWith("[h.example]:2200 ssh-ed25519 AAAA"));
        // What we write, we read back.
        Ssh::KnownHosts hosts;
        hosts.addText(line + '\n'
                      + Ssh::KnownHosts::entryLine(u"h.example"_s, 22, blob(u"k2.pub"_s)));
        QCOMPARE(hosts.warnings().size(), 0);
        QCOMPARE(hosts.entryCount(), 2);
        QCOMPARE(hosts.check(u"h.example"_s, 2200, blob(u"k1.pub"_s)),
                 Ssh::KnownHosts::Check::Match);
        QCOMPARE(hosts.check(u"h.example"_s, 22, blob(u"k2.pub"_s)), Ssh::KnownHosts::Check::Match);
    }
};

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
