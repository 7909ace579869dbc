// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/servers/sessionpool.h"

#include "core/tr.h"

#include <QDir>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Steward::Ssh {

SessionPool::SessionPool(QObject *parent)
    : QObject(parent)
{}

SessionPool::~SessionPool()
{
    for (const QPointer<Session> &session : std::as_const(m_sessions))
        delete session.data();
}

void SessionPool::setSshConfig(const SshConfig &config)
{
    m_config = config;
}

void SessionPool::setKnownHostsFile(const QString &serverName, const QString &path)
{
    m_knownHosts.insert(serverName, path);
}

const SshConfig &SessionPool::config()
{
    if (!m_config)
        m_config = SshConfig::load(SshConfig::defaultPath());
    return *m_config;
}

Result<Endpoint> SessionPool::endpointFor(const Server &server)
{
    if (server.host.trimmed().isEmpty())
        return Error{Core::Tr::tr("The server %1 has no host to connect to.").arg(server.name)};
    Result<Endpoint> resolved = Endpoint::fromSshConfig(config(), server.host);
    if (!resolved)
        return Error{
            Core::Tr::tr("Cannot connect to %1: %2").arg(server.name, resolved.error().message)};
    Endpoint e = std::move(resolved).value();
    e.alias = server.name;
    if (server.port != Server::defaultPort)
        e.port = server.port;
    if (!server.user.isEmpty())
        e.user = server.user;
    if (!server.identityFile.isEmpty()) {
        QString file = server.identityFile;
        if (file.startsWith(u"~/"_s))
            file = QDir::homePath() + file.mid(1);
        e.identityFiles.prepend(file);
    }
    if (e.keepaliveSeconds == 0)
        e.keepaliveSeconds = DefaultKeepaliveSeconds;
    if (const QString known = m_knownHosts.value(server.name); !known.isEmpty())
        e.userKnownHostsFile = known;
    return e;
}

Result<Session *> SessionPool::session(const Server &server)
{
    QPointer<Session> session = m_sessions.value(server.name);
    if (session && !(m_servers.value(server.name) == server)) {
        forget(server.name); // edited since: a new endpoint
        session = nullptr;
    }
    if (!session) {
        Result<Endpoint> endpoint = endpointFor(server);
        if (!endpoint)
            return endpoint.error();
        session = new Session(endpoint.value(), this);
        m_sessions.insert(server.name, session);
        m_servers.insert(server.name, server);
        const QString name = server.name;
        Session *s = session;
        connect(s, &Session::stateChanged, this, [this, name, s](Session::State state) {
            emit stateChanged(name, state, s->errorString());
        });
        emit sessionCreated(name, s);
    }
    const Session::State state = session->state();
    if (state == Session::State::Disconnected || state == Session::State::Lost
        || state == Session::State::Closed)
        session->connectToHost();
    return session.data();
}

SessionConnector SessionPool::connector()
{
    // The pool outlives what it is given to (the window's panels); as whenReady, done needs context alive.
    return [this](const Server &server,
                  QObject *context,
                  std::function<void(const Result<Session *> &)> done) {
        whenReady(server, true, context, std::move(done));
    };
}

void SessionPool::whenReady(const Server &server,
                            bool connect,
                            QObject *context,
                            std::function<void(const Result<Session *> &)> done)
{
    const auto later = [context, done](const Result<Session *> &result) {
        QTimer::singleShot(0, context, [done, result] { done(result); });
    };
    Session *s = nullptr;
    if (connect) {
        const Result<Session *> made = session(server);
        if (!made)
            return later(made.error());
        s = made.value();
    } else {
        s = existing(server.name);
        if (!s)
            return later(Error{Core::Tr::tr("Not connected to %1.").arg(server.name)});
        if (!(m_servers.value(server.name) == server)) // edited since: connect anew only when asked
            return later(Error{Core::Tr::tr("Not connected to %1.").arg(server.name)});
    }
    switch (s->state()) {
    case Session::State::Ready:
        return later(s);
    case Session::State::Lost:
    case Session::State::Closed:
    case Session::State::Disconnected:
        if (!connect)
            return later(Error{s->errorString().isEmpty()
                                   ? Core::Tr::tr("Not connected to %1.").arg(server.name)
                                   : s->errorString()});
        if (s->state() != Session::State::Disconnected)
            return later(Error{s->errorString()}); // failed at once
        break;
    case Session::State::Connecting:
    case Session::State::Authenticating:
        break;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    QPointer<Session> guard(s);
    *connection = QObject::connect(s,
                                   &Session::stateChanged,
                                   context,
                                   [guard, done, connection](Session::State state) {
                                       if (state == Session::State::Ready) {
                                           QObject::disconnect(*connection);
                                           done(guard.data());
                                       } else if (state == Session::State::Lost
                                                  || state == Session::State::Closed) {
                                           QObject::disconnect(*connection);
                                           done(Error{guard ? guard->errorString() : QString()});
                                       }
                                   });
}

Session *SessionPool::existing(const QString &serverName) const
{
    return m_sessions.value(serverName);
}

void SessionPool::forget(const QString &serverName)
{
    QPointer<Session> session = m_sessions.take(serverName);
    m_servers.remove(serverName);
    if (session) {
        session->disconnect(this);
        session->close();
        session->deleteLater();
        emit stateChanged(serverName, Session::State::Disconnected, QString());
    }
}

QStringList SessionPool::serverNames() const
{
    return m_sessions.keys();
}

} // namespace Steward::Ssh
