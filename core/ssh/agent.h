// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QLocalSocket>
#include <QObject>
#include <QString>

struct _LIBSSH2_SESSION;

namespace Steward::Ssh {

// An ssh-agent client over a non-blocking QLocalSocket (the agent protocol, draft-miller-ssh-agent): lists
// the agent's keys and has it sign. libssh2's own agent code reads its socket blocking, so an agent that asks
// the user to confirm a signature (ssh-add -c, KeePassXC, gpg-agent's pinentry) would freeze the thread;
// here the session goes on with its event loop and libssh2_userauth_publickey is called again once the
// answer is in (signCallback() answers LIBSSH2_ERROR_EAGAIN until then; libssh2 1.11 keeps its state and
// calls it again with the same data).
class Agent : public QObject
{
    Q_OBJECT

public:
    struct Identity
    {
        QByteArray blob;
        QString comment;
    };

    explicit Agent(QObject *parent = nullptr);
    ~Agent() override;

    // Connects and asks for the keys; changed() follows (listed, or failed: no keys).
    void start(const QString &socketPath);
    // Waiting for the agent (the list, or a signature): the session leaves libssh2 alone meanwhile.
    bool busy() const;
    const QList<Identity> &identities() const { return m_identities; }
    // Forgets a signature asked for a key that is done with (the next key starts afresh).
    void resetSignature();

    // libssh2's sign callback for libssh2_userauth_publickey; abstract points to the Agent.
    static int signCallback(_LIBSSH2_SESSION *session,
                            unsigned char **signature,
                            size_t *signatureLength,
                            const unsigned char *data,
                            size_t dataLength,
                            void **abstract);
    // The agent's flags for a signature of data (SSH_AGENT_RSA_SHA2_256/512 when the signature algorithm
    // in the userauth request is rsa-sha2-256/512), as libssh2 asks for it.
    static quint32 flagsFor(const QByteArray &data);

signals:
    // The agent answered (or the connection to it failed): time for the session to go on.
    void changed();

private:
    enum class State { Idle, Connecting, Listing, Signing, Signed, Refused, Failed };
    int sign(const QByteArray &data, QByteArray *signature);
    void send(quint8 type, const QByteArray &payload);
    void onReadyRead();
    void onMessage(const QByteArray &message);
    void fail();

    QLocalSocket m_socket;
    QByteArray m_buffer;
    State m_state = State::Idle;
    QList<Identity> m_identities;
    QByteArray m_signData;  // what the pending or finished signature is for
    QByteArray m_signature; // the raw signature (without its algorithm name)
};

} // namespace Steward::Ssh
