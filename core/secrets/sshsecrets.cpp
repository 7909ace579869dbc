// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/sshsecrets.h"

#include "core/secrets/credentialstore.h"
#include "core/tr.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Steward {

struct SshSecretBroker::Pending
{
    QString server;
    // The request being answered.
    Ssh::Session::SecretKind kind = Ssh::Session::SecretKind::Password;
    CredentialKey key;
    // Subjects already offered from the keychain in this connection, and whether the last answer for
    // each came from there.
    QSet<QString> triedStore;
    QHash<QString, bool> fromStore;
    // Typed answers to keep once the session is Ready (id -> secret).
    QHash<QString, QByteArray> toRemember;
    QHash<QString, CredentialKey> keys;

    void wipe()
    {
        for (QByteArray &secret : toRemember)
            wipeSecret(secret);
        toRemember.clear();
    }
};

SshSecretBroker::SshSecretBroker(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

SshSecretBroker::~SshSecretBroker()
{
    for (Pending *p : std::as_const(m_sessions)) {
        p->wipe();
        delete p;
    }
}

CredentialKey SshSecretBroker::keyFor(Ssh::Session::SecretKind kind,
                                      const QString &subject,
                                      const QString &server,
                                      const QString &targetSubject)
{
    if (kind == Ssh::Session::SecretKind::KeyPassphrase)
        return {CredentialKind::SshKeyPassphrase, subject};
    return {CredentialKind::SshPassword,
            subject == targetSubject && !server.isEmpty() ? server : subject};
}

void SshSecretBroker::attach(Ssh::Session *session, const QString &server)
{
    if (m_sessions.contains(session)) {
        m_sessions.value(session)->server = server;
        return;
    }
    auto *pending = new Pending;
    pending->server = server;
    m_sessions.insert(session, pending);
    connect(session,
            &Ssh::Session::secretRequested,
            this,
            [this, session](Ssh::Session::SecretKind kind,
                            const QString &prompt,
                            const QString &subject) { onRequest(session, kind, prompt, subject); });
    connect(session, &Ssh::Session::stateChanged, this, [this, session](Ssh::Session::State state) {
        onState(session, state);
    });
    connect(session, &QObject::destroyed, this, [this, session] {
        if (Pending *p = m_sessions.take(session)) {
            p->wipe();
            delete p;
        }
    });
}

void SshSecretBroker::onRequest(Ssh::Session *session,
                                Ssh::Session::SecretKind kind,
                                const QString &prompt,
                                const QString &subject)
{
    Pending *p = m_sessions.value(session);
    if (!p)
        return;
    if (kind == Ssh::Session::SecretKind::Prompt) {
        // The server's own question (a one-time code...): the user answers it each time; never read from
        // nor kept in the keychain.
        p->kind = kind;
        p->key = {};
        emit secretNeeded(session, kind, prompt, false);
        return;
    }
    const CredentialKey key = keyFor(kind, subject, p->server, session->passwordSubject());
    p->kind = kind;
    p->key = key;
    p->keys.insert(key.id(), key);
    const bool again = p->triedStore.contains(subject) || p->toRemember.contains(key.id());
    // Asked again for the same thing: the last answer was wrong; never keep it.
    if (p->toRemember.contains(key.id()))
        wipeSecret(p->toRemember[key.id()]);
    p->toRemember.remove(key.id());
    if (p->fromStore.value(subject)) {
        m_stale.insert(key.id());
        p->fromStore.insert(subject, false);
    }
    if (!p->triedStore.contains(subject) && !m_stale.contains(key.id()) && m_store) {
        p->triedStore.insert(subject);
        QPointer<Ssh::Session> guard(session);
        m_store->read(key, this, [this, guard, kind, prompt, subject](CredentialReply &reply) {
            Pending *state = guard ? m_sessions.value(guard) : nullptr;
            if (!state) {
                wipeSecret(reply.secret);
                return;
            }
            if (reply.status == CredentialReply::Status::Ok) {
                state->fromStore.insert(subject, true);
                QByteArray secret = reply.secret.toUtf8();
                wipeSecret(reply.secret);
                guard->provideSecret(secret);
                wipeSecret(secret);
                return;
            }
            emit secretNeeded(guard, kind, prompt, false);
        });
        return;
    }
    QString text = prompt;
    if (m_stale.contains(key.id()) && again)
        text = (kind == Ssh::Session::SecretKind::KeyPassphrase
                    ? Core::Tr::tr("The passphrase kept in the keychain was refused.")
                    : Core::Tr::tr("The password kept in the keychain was refused."))
               + u' ' + prompt;
    emit secretNeeded(session, kind, text, again);
}

void SshSecretBroker::answer(Ssh::Session *session, const QByteArray &secret, bool remember)
{
    Pending *p = m_sessions.value(session);
    if (!p)
        return;
    if (remember && p->kind != Ssh::Session::SecretKind::Prompt)
        p->toRemember.insert(p->key.id(), secret);
    session->provideSecret(secret);
}

void SshSecretBroker::refuse(Ssh::Session *session)
{
    if (Pending *p = m_sessions.value(session))
        p->toRemember.remove(p->key.id());
    session->refuseSecret();
}

void SshSecretBroker::onState(Ssh::Session *session, Ssh::Session::State state)
{
    Pending *p = m_sessions.value(session);
    if (!p)
        return;
    if (state == Ssh::Session::State::Ready) {
        // Everything typed for this connection worked: keep what the user asked to keep.
        for (auto it = p->toRemember.begin(); it != p->toRemember.end(); ++it) {
            const CredentialKey key = p->keys.value(it.key());
            m_stale.remove(key.id());
            if (!m_store)
                continue;
            m_store->write(key, QString::fromUtf8(it.value()), this, [this, key](CredentialReply &r) {
                if (r.status == CredentialReply::Status::Ok)
                    emit remembered(key);
                else
                    emit rememberFailed(key, r.error.message);
            });
        }
        p->wipe();
    }
    if (state == Ssh::Session::State::Ready || state == Ssh::Session::State::Lost
        || state == Ssh::Session::State::Closed) {
        p->wipe();
        p->triedStore.clear();
        p->fromStore.clear();
    }
}

} // namespace Steward
