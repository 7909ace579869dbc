// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/secrets/credentialkey.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace QKeychain {
class Job;
}

namespace Steward {

// What a credential operation came to. `secret` is set only for a successful read; the receiver wipes it
// (wipeSecret) once used.
struct CredentialReply
{
    enum class Status { Ok, NotFound, Failed };
    Status status = Status::Failed;
    QString secret;
    Error error;
    // True when the keychain was unavailable and the secret is (or was) kept in memory for this session.
    bool sessionOnly = false;
};

// Steward's one asynchronous credential store over QtKeychain. Secrets are keyed by CredentialKey; since a
// keychain cannot be listed, Steward keeps its own index of keys (never values) in its settings. Every job
// is connected before it starts, has a timeout, and is retried once when no backend answered. When the
// keychain is unavailable the store says so (available() and availabilityChanged) and keeps secrets in
// memory for the session only; it never writes a secret anywhere else.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability { Unknown, Available, Unavailable };
    using Callback = std::function<void(CredentialReply &)>;

    // service: the keychain's namespace ("Steward"; tests use their own).
    explicit CredentialStore(const QString &service = QStringLiteral("Steward"),
                             QObject *parent = nullptr);
    ~CredentialStore() override;

    // The callbacks run on this thread, only while `context` lives.
    void read(const CredentialKey &key, QObject *context, Callback done);
    // `secret` is wiped by the store once handed to the keychain.
    void write(const CredentialKey &key, QString secret, QObject *context, Callback done);
    void remove(const CredentialKey &key, QObject *context, Callback done);
    // Asks the keychain once whether it answers (a read of a key that is never written).
    void probe();

    // What Steward has stored, sorted by server then kind: keychain entries from the index, then those
    // kept for this session only.
    QList<CredentialKey> entries() const;
    bool isSessionOnly(const CredentialKey &key) const;

    Availability availability() const { return m_availability; }
    // Why the keychain is unavailable, for the user (empty otherwise).
    QString unavailableReason() const { return m_unavailableReason; }
    // The keychain backend QtKeychain uses here ("Secret Service (libsecret)", "KWallet", ...).
    QString backendName() const;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    // Settings key of this service's index in steward.conf.
    QString indexSettingsKey() const;

Q_SIGNALS:
    void entriesChanged();
    void availabilityChanged();

private:
    enum class Op { Read, Write, Delete };
    struct Pending;
    static Pending *makePending(
        Op op, const CredentialKey &key, QString secret, QObject *context, Callback done);
    void startJob(Pending *pending);
    void jobFinished(Pending *pending, QKeychain::Job *job);
    void timedOut(Pending *pending);
    void finish(Pending *pending, CredentialReply &reply);
    void fallBackToSession(Pending *pending, const QString &reason);
    void setAvailability(Availability availability, const QString &reason = {});
    QStringList loadIndex() const;
    void saveIndex(const QStringList &index) const;
    void addToIndex(const CredentialKey &key);
    void removeFromIndex(const CredentialKey &key);

    QString m_service;
    int m_timeoutMs = 30000;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
    QHash<QString, QString> m_session; // keychain unavailable: id -> secret, memory only
    QList<Pending *> m_pending;
};

} // namespace Steward
