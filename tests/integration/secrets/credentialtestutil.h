// SPDX-License-Identifier: GPL-3.0-or-later
// Waits for a CredentialStore operation in a test and captures every Qt message of the run.
#pragma once

#include "core/secrets/credentialstore.h"

#include <QMutex>
#include <QStringList>
#include <QTest>

#include <optional>

namespace Steward::Test {

struct Outcome
{
    std::optional<CredentialReply> reply;
    bool done() const { return reply.has_value(); }
};

inline CredentialReply waitFor(const std::shared_ptr<Outcome> &outcome, int ms = 20000)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome->done(), ms); }();
    return outcome->reply.value_or(CredentialReply{});
}

inline CredentialReply readNow(CredentialStore &store, const CredentialKey &key, QObject *context)
{
    auto outcome = std::make_shared<Outcome>();
    store.read(key, context, [outcome](CredentialReply &r) { outcome->reply = r; });
    return waitFor(outcome);
}

inline CredentialReply writeNow(CredentialStore &store,
                                const CredentialKey &key,
                                const QString &secret,
                                QObject *context)
{
    auto outcome = std::make_shared<Outcome>();
    store.write(key, secret, context, [outcome](CredentialReply &r) { outcome->reply = r; });
    return waitFor(outcome);
}

inline CredentialReply removeNow(CredentialStore &store, const CredentialKey &key, QObject *context)
{
    auto outcome = std::make_shared<Outcome>();
    store.remove(key, context, [outcome](CredentialReply &r) { outcome->reply = r; });
    return waitFor(outcome);
}

// Every message Qt or a library routes through qDebug/qWarning..., from installCapture() on.
inline QStringList &capturedMessages()
{
    static QStringList messages;
    return messages;
}

inline QMutex &captureMutex()
{
    static QMutex mutex;
    return mutex;
}

inline void installCapture()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &message) {
        QMutexLocker lock(&captureMutex());
        capturedMessages().append(QString::fromUtf8(context.category ? context.category : "") + u' '
                                  + message);
    });
}

} // namespace Steward::Test
