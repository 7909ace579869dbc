// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/knownhosts.h"

#include "core/tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <libssh2.h>

using namespace Qt::StringLiterals;

namespace Steward::Ssh {

namespace {

struct SessionFree
{
    void operator()(LIBSSH2_SESSION *s) const { libssh2_session_free(s); }
};
struct KnownHostsFree
{
    void operator()(LIBSSH2_KNOWNHOSTS *h) const { libssh2_knownhost_free(h); }
};

int keyBits(const QString &type)
{
    if (type == u"ssh-ed25519")
        return LIBSSH2_KNOWNHOST_KEY_ED25519;
    if (type == u"ecdsa-sha2-nistp256")
        return LIBSSH2_KNOWNHOST_KEY_ECDSA_256;
    if (type == u"ecdsa-sha2-nistp384")
        return LIBSSH2_KNOWNHOST_KEY_ECDSA_384;
    if (type == u"ecdsa-sha2-nistp521")
        return LIBSSH2_KNOWNHOST_KEY_ECDSA_521;
    if (type == u"ssh-rsa")
        return LIBSSH2_KNOWNHOST_KEY_SSHRSA;
    return 0;
}

// Key types in Steward's order of preference, with the host key algorithms each is presented with.
struct KeyAlgorithms
{
    const char *type;
    const char *algorithms;
};
constexpr KeyAlgorithms KeyTypes[] = {
    {"ssh-ed25519", "ssh-ed25519"},
    {"ecdsa-sha2-nistp256", "ecdsa-sha2-nistp256"},
    {"ecdsa-sha2-nistp384", "ecdsa-sha2-nistp384"},
    {"ecdsa-sha2-nistp521", "ecdsa-sha2-nistp521"},
    {"ssh-rsa", "rsa-sha2-512,rsa-sha2-256"},
};

// The host name as known_hosts writes it for host:port, as OpenSSH looks it up: the bare name for port
// 22, "[host]:port" otherwise.
QByteArray lookupName(const QString &host, int port)
{
    return port == 22 ? host.toUtf8() : "[" + host.toUtf8() + "]:" + QByteArray::number(port);
}

} // namespace

struct KnownHosts::Handles
{
    std::unique_ptr<LIBSSH2_SESSION, SessionFree> session;
    std::unique_ptr<LIBSSH2_KNOWNHOSTS, KnownHostsFree> hosts;
};

KnownHosts::KnownHosts()
    : m_handles(std::make_unique<Handles>())
{
    libssh2_init(0);
    // libssh2 needs a session to allocate the known-hosts list; this one never connects.
    m_handles->session.reset(libssh2_session_init());
    if (m_handles->session)
        m_handles->hosts.reset(libssh2_knownhost_init(m_handles->session.get()));
}

KnownHosts::~KnownHosts()
{
    if (m_handles)
        m_handles->hosts.reset(); // before its session
}
KnownHosts::KnownHosts(KnownHosts &&) noexcept = default;
KnownHosts &KnownHosts::operator=(KnownHosts &&) noexcept = default;

void KnownHosts::addText(const QByteArray &text, const QString &fileName)
{
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int lineNo = int(i) + 1;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (line.startsWith('@')) {
            if (fields.first() == "@revoked" && fields.size() >= 4) {
                const QByteArray blob
                    = QByteArray::fromBase64(fields.at(3), QByteArray::AbortOnBase64DecodingErrors);
                if (!blob.isEmpty()) {
                    m_revoked.insert(blob);
                    continue;
                }
            }
            if (fields.first() == "@cert-authority") {
                m_warnings.append(
                    {fileName,
                     lineNo,
                     Core::Tr::tr("certificate authorities are not supported; line ignored")});
                continue;
            }
            m_warnings.append({fileName, lineNo, Core::Tr::tr("malformed marker line ignored")});
            continue;
        }
        if (fields.size() < 3) {
            m_warnings.append(
                {fileName,
                 lineNo,
                 Core::Tr::tr("expected host names, a key type and a key; line ignored")});
            continue;
        }
        const QString type = QString::fromLatin1(fields.at(1));
        const QByteArray blob = QByteArray::fromBase64(fields.at(2),
                                                       QByteArray::AbortOnBase64DecodingErrors);
        if (keyBits(type) == 0) {
            m_warnings.append(
                {fileName, lineNo, Core::Tr::tr("unsupported key type %1; line ignored").arg(type)});
            continue;
        }
        if (blob.isEmpty() || keyType(blob) != type) {
            m_warnings.append(
                {fileName,
                 lineNo,
                 Core::Tr::tr("the key is not valid base64 of a %1 key; line ignored").arg(type)});
            continue;
        }
        if (!m_handles->hosts
            || libssh2_knownhost_readline(m_handles->hosts.get(),
                                          line.constData(),
                                          size_t(line.size()),
                                          LIBSSH2_KNOWNHOST_FILE_OPENSSH)
                   != 0) {
            m_warnings.append({fileName, lineNo, Core::Tr::tr("malformed line ignored")});
            continue;
        }
        ++m_count;
    }
}

void KnownHosts::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    addText(file.readAll(), path);
}

KnownHosts::Check KnownHosts::check(const QString &host, int port, const QByteArray &keyBlob) const
{
    if (m_revoked.contains(keyBlob))
        return Check::Revoked;
    const int bits = keyBits(keyType(keyBlob));
    if (!m_handles->hosts || bits == 0)
        return Check::NotFound;
    // As OpenSSH: port 22 is looked up under the bare name, any other port under "[host]:port" only.
    // (Given the port, libssh2 would fall back to the bare name, so a bare entry with another key would
    // make a server on another port of the same host look CHANGED instead of unknown.)
    const QByteArray hostName = lookupName(host, port);
    struct libssh2_knownhost *entry = nullptr;
    const int rc = libssh2_knownhost_checkp(m_handles->hosts.get(),
                                            hostName.constData(),
                                            -1, // the name says the port
                                            keyBlob.constData(),
                                            size_t(keyBlob.size()),
                                            LIBSSH2_KNOWNHOST_TYPE_PLAIN
                                                | LIBSSH2_KNOWNHOST_KEYENC_RAW | bits,
                                            &entry);
    switch (rc) {
    case LIBSSH2_KNOWNHOST_CHECK_MATCH:
        return Check::Match;
    case LIBSSH2_KNOWNHOST_CHECK_MISMATCH:
        return Check::Mismatch;
    default:
        return Check::NotFound;
    }
}

QList<KnownHosts::Key> KnownHosts::keysFor(const QString &host, int port) const
{
    QList<Key> keys;
    if (!m_handles->hosts)
        return keys;
    const QByteArray hostName = lookupName(host, port);
    for (const KeyAlgorithms &known : KeyTypes) {
        // A key of this type that no entry holds (only its type name): libssh2 answers MISMATCH with the
        // first entry of that type for the host, MATCH never, NOTFOUND when the host has no such key.
        QByteArray probe(4, '\0');
        const QByteArray type(known.type);
        probe[3] = char(type.size());
        probe += type;
        struct libssh2_knownhost *entry = nullptr;
        const int rc = libssh2_knownhost_checkp(m_handles->hosts.get(),
                                                hostName.constData(),
                                                -1,
                                                probe.constData(),
                                                size_t(probe.size()),
                                                LIBSSH2_KNOWNHOST_TYPE_PLAIN
                                                    | LIBSSH2_KNOWNHOST_KEYENC_RAW
                                                    | keyBits(QString::fromLatin1(type)),
                                                &entry);
        if (rc != LIBSSH2_KNOWNHOST_CHECK_MISMATCH || !entry || !entry->key)
            continue;
        const QByteArray blob = QByteArray::fromBase64(QByteArray(entry->key));
        if (blob.isEmpty() || m_revoked.contains(blob))
            continue;
        keys.append({QString::fromLatin1(type), blob});
    }
    return keys;
}

QByteArray KnownHosts::hostKeyAlgorithms(const QStringList &knownTypes)
{
    QList<QByteArray> first;
    QList<QByteArray> rest;
    for (const KeyAlgorithms &known : KeyTypes) {
        if (knownTypes.contains(QString::fromLatin1(known.type)))
            first.append(known.algorithms);
        else
            rest.append(known.algorithms);
    }
    return (first + rest).join(',');
}

QString KnownHosts::fingerprint(const QByteArray &keyBlob)
{
    QByteArray b64 = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256).toBase64();
    while (b64.endsWith('='))
        b64.chop(1);
    return u"SHA256:"_s + QString::fromLatin1(b64);
}

QString KnownHosts::keyType(const QByteArray &keyBlob)
{
    if (keyBlob.size() < 4)
        return {};
    const auto *p = reinterpret_cast<const unsigned char *>(keyBlob.constData());
    const quint32 len = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
    if (len == 0 || len > 64 || qsizetype(len) + 4 > keyBlob.size())
        return {};
    return QString::fromLatin1(keyBlob.mid(4, len));
}

QByteArray KnownHosts::entryLine(const QString &host, int port, const QByteArray &keyBlob)
{
    return lookupName(host, port) + ' ' + keyType(keyBlob).toLatin1() + ' ' + keyBlob.toBase64();
}

QString KnownHosts::stewardFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/known_hosts"_s;
}

QString KnownHosts::userFile()
{
    return QDir::homePath() + u"/.ssh/known_hosts"_s;
}

bool KnownHosts::append(const QString &path,
                        const QString &host,
                        int port,
                        const QByteArray &keyBlob)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(entryLine(host, port, keyBlob) + '\n') > 0;
}

} // namespace Steward::Ssh
