// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/onboarding/authorizedkeys.h"

#include "core/tr.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Steward::Onboarding {

namespace {

// Key types OpenSSH reads in authorized_keys (ssh-dss only to keep such lines recognised).
const QList<QByteArray> &keyTypes()
{
    static const QList<QByteArray> types{
        "ssh-ed25519",
        "ssh-rsa",
        "ecdsa-sha2-nistp256",
        "ecdsa-sha2-nistp384",
        "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com",
        "sk-ecdsa-sha2-nistp256@openssh.com",
        "ssh-ed25519-cert-v01@openssh.com",
        "ssh-rsa-cert-v01@openssh.com",
        "ecdsa-sha2-nistp256-cert-v01@openssh.com",
        "ecdsa-sha2-nistp384-cert-v01@openssh.com",
        "ecdsa-sha2-nistp521-cert-v01@openssh.com",
        "sk-ssh-ed25519-cert-v01@openssh.com",
        "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com",
        "ssh-dss",
        "ssh-dss-cert-v01@openssh.com",
    };
    return types;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Reads an SSH wire string (uint32 length, bytes) at offset; false when the blob is cut short.
bool readString(const QByteArray &blob, qsizetype &offset, QByteArray &out)
{
    if (offset + 4 > blob.size())
        return false;
    const quint32 length = qFromBigEndian<quint32>(blob.constData() + offset);
    offset += 4;
    if (length > quint32(blob.size() - offset))
        return false;
    out = blob.mid(offset, qsizetype(length));
    offset += qsizetype(length);
    return true;
}

// The options field of a key line: up to the first space outside double quotes.
QByteArray takeOptions(const QByteArray &line, qsizetype &offset)
{
    const qsizetype start = offset;
    bool quoted = false;
    while (offset < line.size()) {
        const char c = line.at(offset);
        if (c == '\\' && quoted && offset + 1 < line.size()) {
            offset += 2;
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        else if (isSpace(c) && !quoted)
            break;
        ++offset;
    }
    return line.mid(start, offset - start);
}

QByteArray takeToken(const QByteArray &line, qsizetype &offset)
{
    while (offset < line.size() && isSpace(line.at(offset)))
        ++offset;
    const qsizetype start = offset;
    while (offset < line.size() && !isSpace(line.at(offset)))
        ++offset;
    return line.mid(start, offset - start);
}

// Parses type, blob and comment starting at offset; false when they are not a key.
bool parseKeyFields(const QByteArray &line, qsizetype offset, PublicKey &key)
{
    const QByteArray type = takeToken(line, offset);
    if (!keyTypes().contains(type))
        return false;
    const QByteArray blob = takeToken(line, offset);
    if (blob.isEmpty())
        return false;
    key.type = QString::fromLatin1(type);
    key.base64 = blob;
    key.comment = QString::fromUtf8(line.mid(offset)).trimmed();
    return true;
}

} // namespace

Result<PublicKey> PublicKey::parse(const QString &line)
{
    const QString text = line.trimmed();
    if (text.isEmpty())
        return Error{Core::Tr::tr("the public key is empty")};
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\0')
            return Error{Core::Tr::tr("a public key is one line: paste the content of the .pub "
                                      "file alone")};
    }
    if (text.contains(u"PRIVATE KEY"_s))
        return Error{Core::Tr::tr("this is a private key: never send it; send the .pub file's "
                                  "content instead")};
    const QByteArray bytes = text.toUtf8();
    PublicKey key;
    if (!parseKeyFields(bytes, 0, key))
        return Error{Core::Tr::tr("this is not an OpenSSH public key: it should start with "
                                  "ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa, then the key")};
    if (key.type.startsWith(u"ssh-dss"_s))
        return Error{Core::Tr::tr("DSA keys (ssh-dss) are no longer accepted by OpenSSH: make an "
                                  "ed25519 key")};
    if (key.type.contains(u"-cert-"_s))
        return Error{Core::Tr::tr("this is a certificate, not a public key")};
    static const QRegularExpression base64(u"^[A-Za-z0-9+/]+={0,2}$"_s);
    if (!base64.match(QString::fromLatin1(key.base64)).hasMatch() || key.base64.size() % 4 != 0)
        return Error{Core::Tr::tr("the key's data is not valid base64: was it cut or wrapped?")};
    const QByteArray blob = QByteArray::fromBase64(key.base64);
    qsizetype offset = 0;
    QByteArray embedded;
    if (!readString(blob, offset, embedded) || embedded != key.type.toLatin1())
        return Error{Core::Tr::tr("the key's data does not match its type %1").arg(key.type)};
    bool sizeOk = true;
    QByteArray field;
    if (key.type == u"ssh-ed25519") {
        sizeOk = readString(blob, offset, field) && field.size() == 32 && offset == blob.size();
    } else if (key.type == u"sk-ssh-ed25519@openssh.com") {
        QByteArray application;
        sizeOk = readString(blob, offset, field) && field.size() == 32
                 && readString(blob, offset, application) && offset == blob.size();
    } else if (key.type.startsWith(u"ecdsa-sha2-"_s) || key.type.startsWith(u"sk-ecdsa-"_s)) {
        QByteArray curve, point;
        sizeOk = readString(blob, offset, curve) && readString(blob, offset, point)
                 && !point.isEmpty() && point.at(0) == 0x04;
        if (sizeOk && key.type.startsWith(u"sk-"_s)) {
            QByteArray application;
            sizeOk = readString(blob, offset, application);
        }
        sizeOk = sizeOk && offset == blob.size();
    } else if (key.type == u"ssh-rsa") {
        QByteArray exponent, modulus;
        sizeOk = readString(blob, offset, exponent) && readString(blob, offset, modulus)
                 && offset == blob.size();
        // At least 2048 bits (OpenSSH refuses fewer than 1024; we ask for today's minimum).
        if (sizeOk && (modulus.size() - (modulus.startsWith('\0') ? 1 : 0)) * 8 < 2048)
            return Error{Core::Tr::tr("this RSA key is shorter than 2048 bits: make an ed25519 "
                                      "key")};
    }
    if (!sizeOk)
        return Error{Core::Tr::tr("the key's data is cut short or malformed")};
    return key;
}

QString PublicKey::fingerprint() const
{
    const QByteArray hash = QCryptographicHash::hash(QByteArray::fromBase64(base64),
                                                     QCryptographicHash::Sha256);
    return u"SHA256:"_s + QString::fromLatin1(hash.toBase64(QByteArray::OmitTrailingEquals));
}

QByteArray PublicKey::toLine() const
{
    QByteArray line = type.toLatin1() + ' ' + base64;
    if (!comment.isEmpty())
        line += ' ' + comment.toUtf8();
    return line;
}

AuthorizedKeys AuthorizedKeys::parse(const QByteArray &content)
{
    AuthorizedKeys file;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        end = end < 0 ? content.size() : end + 1;
        Line line;
        line.raw = content.mid(start, end - start);
        start = end;
        QByteArray text = line.raw;
        while (text.endsWith('\n') || text.endsWith('\r'))
            text.chop(1);
        qsizetype offset = 0;
        while (offset < text.size() && isSpace(text.at(offset)))
            ++offset;
        if (offset < text.size() && text.at(offset) != '#') {
            if (parseKeyFields(text, offset, line.key)) {
                line.isKey = true;
            } else {
                qsizetype after = offset;
                const QByteArray options = takeOptions(text, after);
                if (parseKeyFields(text, after, line.key)) {
                    line.isKey = true;
                    line.options = options;
                }
            }
        }
        file.m_lines.append(line);
    }
    return file;
}

QByteArray AuthorizedKeys::serialize() const
{
    QByteArray out;
    for (const Line &line : m_lines)
        out += line.raw;
    return out;
}

QList<PublicKey> AuthorizedKeys::keys() const
{
    QList<PublicKey> result;
    for (const Line &line : m_lines) {
        if (line.isKey)
            result.append(line.key);
    }
    return result;
}

bool AuthorizedKeys::contains(const PublicKey &key) const
{
    for (const Line &line : m_lines) {
        if (line.isKey && line.key.sameKey(key))
            return true;
    }
    return false;
}

Result<PublicKey> AuthorizedKeys::add(const QString &publicKeyLine)
{
    auto key = PublicKey::parse(publicKeyLine);
    if (!key)
        return key.error();
    if (contains(key.value()))
        return Error{Core::Tr::tr("this key (%1) is already authorized").arg(key->fingerprint())};
    // The last line keeps its bytes; it only gets the line ending it lacked, so the new key is a line of
    // its own. The file's line ending (CRLF when its last line has one) is used for the new line.
    QByteArray ending = "\n";
    if (!m_lines.isEmpty()) {
        Line &last = m_lines.last();
        if (!last.raw.endsWith('\n'))
            last.raw += '\n';
        else if (last.raw.endsWith("\r\n"))
            ending = "\r\n";
    }
    Line line;
    line.isKey = true;
    line.key = key.value();
    line.raw = key->toLine() + ending;
    m_lines.append(line);
    return key;
}

int AuthorizedKeys::remove(const PublicKey &key)
{
    const qsizetype before = m_lines.size();
    m_lines.removeIf([&key](const Line &line) { return line.isKey && line.key.sameKey(key); });
    return int(before - m_lines.size());
}

} // namespace Steward::Onboarding
