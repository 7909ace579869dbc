// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/credentialstore.h"

#include "core/settings.h"
#include "core/tr.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Steward {

namespace {
// The key read by probe(); never written.
constexpr auto probeKey = "steward-probe/never-written";
constexpr int retryDelayMs = 300;

CredentialReply replyWith(CredentialReply::Status status, bool sessionOnly = false)
{
    CredentialReply reply;
    reply.status = status;
    reply.sessionOnly = sessionOnly;
    return reply;
}
} // namespace

struct CredentialStore::Pending
{
    Op op = Op::Read;
    CredentialKey key;
    QString secret; // Write only; wiped in finish()
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    int attempts = 0;
    bool isProbe = false;
    QTimer *timer = nullptr;
    QPointer<QKeychain::Job> job;
};

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

CredentialStore::~CredentialStore()
{
    // Jobs in flight are not ours to delete (QtKeychain finishes them on its own and they delete
    // themselves); their connections to us end with this object.
    for (Pending *pending : std::as_const(m_pending)) {
        wipeSecret(pending->secret);
        delete pending;
    }
    for (QString &secret : m_session)
        wipeSecret(secret);
}

QString CredentialStore::indexSettingsKey() const
{
    return u"credentials/"_s + m_service + u"/index"_s;
}

QString CredentialStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return Core::Tr::tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return Core::Tr::tr("Windows Credential Manager");
#else
    // QtKeychain picks KWallet on a Plasma desktop and the Secret Service (through libsecret) elsewhere.
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    if (desktop.contains(u"KDE"_s, Qt::CaseInsensitive))
        return Core::Tr::tr("KWallet");
    return Core::Tr::tr("Secret Service (libsecret)");
#endif
}

CredentialStore::Pending *CredentialStore::makePending(
    Op op, const CredentialKey &key, QString secret, QObject *context, Callback done)
{
    auto *pending = new Pending;
    pending->op = op;
    pending->key = key;
    pending->secret = std::move(secret);
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->done = std::move(done);
    return pending;
}

void CredentialStore::read(const CredentialKey &key, QObject *context, Callback done)
{
    auto *pending = makePending(Op::Read, key, {}, context, std::move(done));
    m_pending.append(pending);
    if (m_session.contains(key.id())) {
        // Kept for this session: answer from memory, still asynchronously.
        QTimer::singleShot(0, this, [this, pending] {
            CredentialReply reply = replyWith(CredentialReply::Status::Ok, true);
            reply.secret = m_session.value(pending->key.id());
            finish(pending, reply);
        });
        return;
    }
    startJob(pending);
}

void CredentialStore::write(const CredentialKey &key,
                            QString secret,
                            QObject *context,
                            Callback done)
{
    auto *pending = makePending(Op::Write, key, std::move(secret), context, std::move(done));
    m_pending.append(pending);
    startJob(pending);
}

void CredentialStore::remove(const CredentialKey &key, QObject *context, Callback done)
{
    auto *pending = makePending(Op::Delete, key, {}, context, std::move(done));
    m_pending.append(pending);
    if (m_session.contains(key.id())) {
        QTimer::singleShot(0, this, [this, pending] {
            QString secret = m_session.take(pending->key.id());
            wipeSecret(secret);
            CredentialReply reply = replyWith(CredentialReply::Status::Ok, true);
            finish(pending, reply);
            Q_EMIT entriesChanged();
        });
        return;
    }
    startJob(pending);
}

void CredentialStore::probe()
{
    auto *pending = makePending(Op::Read, {}, {}, nullptr, {});
    pending->isProbe = true;
    m_pending.append(pending);
    startJob(pending);
}

void CredentialStore::startJob(Pending *pending)
{
    ++pending->attempts;
    QKeychain::Job *job = nullptr;
    switch (pending->op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(pending->secret);
        job = write;
        break;
    }
    case Op::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Never a plaintext fallback: without a keychain we keep secrets in memory only.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(pending->isProbe ? QString::fromLatin1(probeKey) : pending->key.id());
    pending->job = job;
    if (!pending->timer) {
        pending->timer = new QTimer(this);
        pending->timer->setSingleShot(true);
        connect(pending->timer, &QTimer::timeout, this, [this, pending] { timedOut(pending); });
    }
    pending->timer->start(m_timeoutMs);
    // Connected before start().
    connect(job, &QKeychain::Job::finished, this, [this, pending](QKeychain::Job *finished) {
        jobFinished(pending, finished);
    });
    job->start();
}

void CredentialStore::jobFinished(Pending *pending, QKeychain::Job *job)
{
    if (!m_pending.contains(pending) || pending->job != job)
        return; // timed out earlier
    pending->timer->stop();
    pending->job = nullptr;
    const QKeychain::Error error = job->error();

    if (error == QKeychain::NoBackendAvailable && pending->attempts < 2) {
        // The Secret Service may be starting (D-Bus activation): one retry.
        QTimer::singleShot(retryDelayMs, this, [this, pending] {
            if (m_pending.contains(pending))
                startJob(pending);
        });
        return;
    }

    CredentialReply reply;
    switch (error) {
    case QKeychain::NoError:
        setAvailability(Availability::Available);
        reply.status = CredentialReply::Status::Ok;
        if (pending->op == Op::Read && !pending->isProbe)
            reply.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        if (!pending->isProbe) {
            if (pending->op == Op::Write)
                addToIndex(pending->key);
            else if (pending->op == Op::Delete)
                removeFromIndex(pending->key);
        }
        break;
    case QKeychain::EntryNotFound:
        setAvailability(Availability::Available);
        if (pending->op == Op::Delete) {
            reply.status = CredentialReply::Status::Ok;
            removeFromIndex(pending->key);
        } else {
            reply.status = CredentialReply::Status::NotFound;
        }
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
        fallBackToSession(pending, job->errorString());
        return;
    case QKeychain::OtherError:
        // libsecret reports a missing D-Bus session bus or Secret Service this way.
        if (m_availability != Availability::Available) {
            fallBackToSession(pending, job->errorString());
            return;
        }
        [[fallthrough]];
    default:
        reply.status = CredentialReply::Status::Failed;
        reply.error.message = Core::Tr::tr("The keychain refused: %1").arg(job->errorString());
        break;
    }
    finish(pending, reply);
}

void CredentialStore::timedOut(Pending *pending)
{
    if (pending->job)
        disconnect(pending->job, nullptr, this, nullptr);
    pending->job = nullptr;
    CredentialReply reply;
    reply.status = CredentialReply::Status::Failed;
    reply.error.message = Core::Tr::tr("The keychain did not answer within %n second(s).",
                                       nullptr,
                                       m_timeoutMs / 1000);
    finish(pending, reply);
}

void CredentialStore::fallBackToSession(Pending *pending, const QString &reason)
{
    setAvailability(Availability::Unavailable, reason);
    CredentialReply reply;
    reply.sessionOnly = true;
    const QString id = pending->key.id();
    switch (pending->op) {
    case Op::Read:
        if (m_session.contains(id)) {
            reply.status = CredentialReply::Status::Ok;
            reply.secret = m_session.value(id);
        } else {
            reply.status = CredentialReply::Status::NotFound;
        }
        break;
    case Op::Write:
        if (!pending->isProbe) {
            wipeSecret(m_session[id]);
            m_session.insert(id, pending->secret);
            reply.status = CredentialReply::Status::Ok;
            Q_EMIT entriesChanged();
        }
        break;
    case Op::Delete: {
        QString old = m_session.take(id);
        wipeSecret(old);
        reply.status = CredentialReply::Status::Ok;
        Q_EMIT entriesChanged();
        break;
    }
    }
    finish(pending, reply);
}

void CredentialStore::finish(Pending *pending, CredentialReply &reply)
{
    m_pending.removeOne(pending);
    if (pending->timer)
        pending->timer->deleteLater();
    wipeSecret(pending->secret);
    if (pending->done && (!pending->hasContext || pending->context))
        pending->done(reply);
    wipeSecret(reply.secret);
    delete pending;
}

void CredentialStore::setAvailability(Availability availability, const QString &reason)
{
    if (availability == m_availability && reason == m_unavailableReason)
        return;
    m_availability = availability;
    m_unavailableReason = availability == Availability::Unavailable ? reason : QString();
    Q_EMIT availabilityChanged();
}

QList<CredentialKey> CredentialStore::entries() const
{
    QList<CredentialKey> keychain;
    for (const QString &id : loadIndex()) {
        if (const auto key = CredentialKey::fromId(id))
            keychain.append(*key);
    }
    QList<CredentialKey> session;
    for (auto it = m_session.cbegin(); it != m_session.cend(); ++it) {
        if (const auto key = CredentialKey::fromId(it.key()); key && !keychain.contains(*key))
            session.append(*key);
    }
    const auto order = [](const CredentialKey &a, const CredentialKey &b) {
        const int byServer = a.server.compare(b.server, Qt::CaseInsensitive);
        return byServer != 0 ? byServer < 0 : int(a.kind) < int(b.kind);
    };
    std::sort(keychain.begin(), keychain.end(), order);
    std::sort(session.begin(), session.end(), order);
    return keychain + session;
}

bool CredentialStore::isSessionOnly(const CredentialKey &key) const
{
    return m_session.contains(key.id());
}

QStringList CredentialStore::loadIndex() const
{
    return openSettings()->value(indexSettingsKey()).toStringList();
}

void CredentialStore::saveIndex(const QStringList &index) const
{
    const auto settings = openSettings();
    if (index.isEmpty())
        settings->remove(indexSettingsKey());
    else
        settings->setValue(indexSettingsKey(), index);
}

void CredentialStore::addToIndex(const CredentialKey &key)
{
    QStringList index = loadIndex();
    if (index.contains(key.id()))
        return;
    index.append(key.id());
    saveIndex(index);
    Q_EMIT entriesChanged();
}

void CredentialStore::removeFromIndex(const CredentialKey &key)
{
    QStringList index = loadIndex();
    if (!index.removeAll(key.id()))
        return;
    saveIndex(index);
    Q_EMIT entriesChanged();
}

} // namespace Steward
