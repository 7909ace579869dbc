// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/agent.h"

#include <QtEndian>

#include <libssh2.h>

#include <cstdlib>
#include <cstring>

namespace Steward::Ssh {

namespace {

// The agent protocol's message numbers and flags (draft-miller-ssh-agent).
constexpr quint8 RequestIdentities = 11;
constexpr quint8 IdentitiesAnswer = 12;
constexpr quint8 SignRequest = 13;
constexpr quint8 SignResponse = 14;
constexpr quint32 RsaSha2_256 = 2;
constexpr quint32 RsaSha2_512 = 4;
constexpr qsizetype MaxMessage = 256 * 1024; // OpenSSH's agent limit

// Reads SSH wire format (uint32 and length-prefixed strings) from a byte array.
class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_data(data)
    {}
    bool u32(quint32 *value)
    {
        if (m_data.size() - m_pos < 4)
            return false;
        *value = qFromBigEndian<quint32>(m_data.constData() + m_pos);
        m_pos += 4;
        return true;
    }
    bool byte(quint8 *value)
    {
        if (m_pos >= m_data.size())
            return false;
        *value = quint8(m_data.at(m_pos++));
        return true;
    }
    bool string(QByteArray *value)
    {
        quint32 length = 0;
        if (!u32(&length) || quint64(m_data.size() - m_pos) < length)
            return false;
        *value = m_data.mid(m_pos, qsizetype(length));
        m_pos += qsizetype(length);
        return true;
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

void appendU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendString(QByteArray &out, const QByteArray &value)
{
    appendU32(out, quint32(value.size()));
    out += value;
}

// The signature algorithm and the key blob of a publickey userauth request as libssh2 gives it to sign:
// string session id, byte 50, string user, string service, string "publickey", bool TRUE, string
// algorithm, string key blob.
bool parseSignData(const QByteArray &data, QByteArray *algorithm, QByteArray *blob)
{
    Reader r(data);
    QByteArray sessionId, user, service, method;
    quint8 type = 0, hasSignature = 0;
    return r.string(&sessionId) && r.byte(&type) && r.string(&user) && r.string(&service)
           && r.string(&method) && r.byte(&hasSignature) && r.string(algorithm) && r.string(blob);
}

} // namespace

Agent::Agent(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QLocalSocket::connected, this, [this] {
        m_state = State::Listing;
        send(RequestIdentities, {});
    });
    connect(&m_socket, &QLocalSocket::readyRead, this, &Agent::onReadyRead);
    connect(&m_socket, &QLocalSocket::errorOccurred, this, [this] { fail(); });
    connect(&m_socket, &QLocalSocket::disconnected, this, [this] { fail(); });
}

Agent::~Agent()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void Agent::start(const QString &socketPath)
{
    m_state = State::Connecting;
    m_socket.connectToServer(socketPath);
}

bool Agent::busy() const
{
    return m_state == State::Connecting || m_state == State::Listing || m_state == State::Signing;
}

void Agent::resetSignature()
{
    if (m_state == State::Signed || m_state == State::Refused)
        m_state = State::Idle;
    m_signData.clear();
    m_signature.fill('\0');
    m_signature.clear();
}

void Agent::fail()
{
    if (m_state == State::Failed || m_state == State::Signed)
        return; // a signature already in stays usable
    const bool wasBusy = busy();
    m_state = State::Failed;
    if (wasBusy)
        emit changed();
}

void Agent::send(quint8 type, const QByteArray &payload)
{
    QByteArray message;
    appendU32(message, quint32(payload.size() + 1));
    message += char(type);
    message += payload;
    m_socket.write(message);
}

void Agent::onReadyRead()
{
    m_buffer += m_socket.readAll();
    while (m_buffer.size() >= 4) {
        const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
        if (length == 0 || length > MaxMessage) {
            m_socket.abort();
            fail();
            return;
        }
        if (m_buffer.size() < qsizetype(length) + 4)
            return;
        const QByteArray message = m_buffer.mid(4, qsizetype(length));
        m_buffer.remove(0, qsizetype(length) + 4);
        onMessage(message);
    }
}

void Agent::onMessage(const QByteArray &message)
{
    const quint8 type = quint8(message.at(0));
    const QByteArray body = message.mid(1);
    if (m_state == State::Listing) {
        m_identities.clear();
        Reader r(body);
        quint32 count = 0;
        if (type == IdentitiesAnswer && r.u32(&count)) {
            for (quint32 i = 0; i < count; ++i) {
                Identity identity;
                QByteArray comment;
                if (!r.string(&identity.blob) || !r.string(&comment))
                    break;
                identity.comment = QString::fromUtf8(comment);
                m_identities.append(identity);
            }
        }
        m_state = State::Idle;
        emit changed();
        return;
    }
    if (m_state == State::Signing) {
        // string signature = string algorithm, string raw signature (what libssh2 wants).
        Reader outer(body);
        QByteArray signature;
        QByteArray algorithm;
        QByteArray raw;
        if (type == SignResponse && outer.string(&signature)) {
            Reader inner(signature);
            if (inner.string(&algorithm) && inner.string(&raw)) {
                m_signature = raw;
                m_state = State::Signed;
                raw.fill('\0');
                emit changed();
                return;
            }
        }
        // SSH_AGENT_FAILURE (5): refused, or not confirmed by the user.
        m_state = State::Refused;
        emit changed();
    }
}

quint32 Agent::flagsFor(const QByteArray &data)
{
    QByteArray algorithm;
    QByteArray blob;
    if (!parseSignData(data, &algorithm, &blob))
        return 0;
    if (algorithm == "rsa-sha2-512")
        return RsaSha2_512;
    if (algorithm == "rsa-sha2-256")
        return RsaSha2_256;
    return 0;
}

// 0 with the signature, LIBSSH2_ERROR_EAGAIN while the agent has not answered, an error when it refused.
int Agent::sign(const QByteArray &data, QByteArray *signature)
{
    if ((m_state == State::Signed || m_state == State::Refused) && data != m_signData)
        resetSignature(); // an answer for other data (another key): start again
    switch (m_state) {
    case State::Signed:
        *signature = m_signature;
        m_signature.fill('\0');
        m_signature.clear();
        m_signData.clear();
        m_state = State::Idle;
        return 0;
    case State::Refused:
        m_signData.clear();
        m_state = State::Idle;
        return LIBSSH2_ERROR_AGENT_PROTOCOL;
    case State::Signing:
        return LIBSSH2_ERROR_EAGAIN;
    case State::Idle: {
        QByteArray algorithm;
        QByteArray blob;
        if (!parseSignData(data, &algorithm, &blob))
            return LIBSSH2_ERROR_AGENT_PROTOCOL;
        QByteArray payload;
        appendString(payload, blob);
        appendString(payload, data);
        appendU32(payload, flagsFor(data));
        m_signData = data;
        m_state = State::Signing;
        send(SignRequest, payload);
        return LIBSSH2_ERROR_EAGAIN;
    }
    default:
        return LIBSSH2_ERROR_AGENT_PROTOCOL;
    }
}

int Agent::signCallback(_LIBSSH2_SESSION *,
                        unsigned char **signature,
                        size_t *signatureLength,
                        const unsigned char *data,
                        size_t dataLength,
                        void **abstract)
{
    auto *agent = static_cast<Agent *>(*abstract);
    QByteArray result;
    const int rc = agent->sign(QByteArray(reinterpret_cast<const char *>(data),
                                          qsizetype(dataLength)),
                               &result);
    if (rc != 0)
        return rc;
    // libssh2 frees it with the session's allocator (plain malloc).
    *signature = static_cast<unsigned char *>(malloc(size_t(result.size())));
    if (!*signature)
        return LIBSSH2_ERROR_ALLOC;
    memcpy(*signature, result.constData(), size_t(result.size()));
    *signatureLength = size_t(result.size());
    return 0;
}

} // namespace Steward::Ssh
