// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/releases/runningversion.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace Steward::Ssh {
class Session;
class Command;
class Transfer;
} // namespace Steward::Ssh

namespace Steward::Releases {

// Finds the version a server runs, asking the most direct source first: `tootctl version` in the web
// container over SSH, then the image tag of the deployed docker-compose.yml over SFTP, then the public
// GET /api/v2/instance of the instance. Each source that does not answer leaves a note (why); the first
// that answers wins. Asynchronous, cancellable; one probe at a time per object.
class VersionProbe : public QObject
{
    Q_OBJECT

public:
    explicit VersionProbe(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~VersionProbe() override;

    // session may be null (no SSH): only the public API is asked.
    void probe(const Server &server, Ssh::Session *session);
    void cancel();
    bool isRunning() const { return m_running; }

    void setTimeout(int milliseconds) { m_timeout = milliseconds; }

    // The `tootctl version` output: one version line (Rails may print warnings before it).
    static Result<RunningVersion> fromTootctl(const QByteArray &output);

signals:
    void found(const QString &server,
               const Steward::Releases::RunningVersion &version,
               const QStringList &notes);
    void failed(const QString &server, const QStringList &notes);

private:
    void next();
    void tryTootctl();
    void tryCompose();
    void tryApi();
    void succeed(const RunningVersion &version);
    void note(const QString &source, const QString &why);

    QNetworkAccessManager *m_network;
    Server m_server;
    QPointer<Ssh::Session> m_session;
    int m_step = 0;
    bool m_running = false;
    int m_timeout = 20000;
    QStringList m_notes;
    QPointer<Ssh::Command> m_command;
    QPointer<Ssh::Transfer> m_transfer;
    QPointer<QNetworkReply> m_reply;
};

} // namespace Steward::Releases
