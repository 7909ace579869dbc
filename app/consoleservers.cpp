// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/consoleservers.h"

#include "app/labcommand.h"
#include "app/tr.h"
#include "core/inventory/inventoryfile.h"
#include "core/secrets/credentialstore.h"
#include "core/secrets/sshsecrets.h"
#include "core/servers/sessionpool.h"
#include "core/ssh/session.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace Steward {

ConsoleServers::ConsoleServers(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_sessions(new Ssh::SessionPool(this))
{
    connect(m_sessions, &Ssh::SessionPool::sessionCreated, this, &ConsoleServers::watch);
}

ConsoleServers::~ConsoleServers() = default;

void ConsoleServers::addOptions(QCommandLineParser &parser, bool withServer)
{
    parser.addOption(
        {u"inventory"_s,
         App::Tr::tr("Use this inventory file instead of ~/.config/steward/inventory.yaml."),
         App::Tr::tr("file")});
    parser.addOption({u"lab"_s,
                      App::Tr::tr("Start (or reuse) the lab, the local rehearsal host, and use its "
                                  "inventory.")});
    if (withServer)
        parser.addOption({u"server"_s,
                          App::Tr::tr("Only this server of the inventory (repeatable); default: "
                                      "every server."),
                          App::Tr::tr("name")});
}

int ConsoleServers::setUp(const QCommandLineParser &parser)
{
    m_lab = parser.isSet(u"lab"_s);
    const QString inventory = parser.value(u"inventory"_s);
    if (m_lab && !inventory.isEmpty()) {
        error(App::Tr::tr("--lab uses the lab's inventory; leave out --inventory"));
        return Usage;
    }
    if (m_lab) {
        // The lab reports its progress on stdout: here it goes to stderr, so that stdout holds only the
        // command's own output (JSON stays parseable).
        QProcess lab;
        lab.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        lab.start(u"bash"_s, {LabCommand::script(), u"start"_s});
        if (!lab.waitForStarted() || !lab.waitForFinished(-1)) {
            error(lab.errorString());
            return Usage;
        }
        std::fputs(lab.readAllStandardOutput().constData(), stderr);
        if (lab.exitStatus() != QProcess::NormalExit || lab.exitCode() != 0) {
            error(App::Tr::tr("the lab did not start"));
            return lab.exitCode() ? lab.exitCode() : Usage;
        }
        m_inventoryPath = LabCommand::inventoryPath();
        if (m_inventoryPath.isEmpty()) {
            error(App::Tr::tr("the lab did not say where its inventory is"));
            return Usage;
        }
        // The lab wrote its host key beside its inventory: its server is known without a question.
        m_sessions
            ->setKnownHostsFile(u"lab"_s,
                                QFileInfo(m_inventoryPath).dir().filePath(u"ssh/known_hosts"_s));
    } else {
        m_inventoryPath = inventory.isEmpty() ? InventoryFile::defaultPath() : inventory;
        if (!QFileInfo::exists(m_inventoryPath)) {
            error(App::Tr::tr("there is no inventory at %1 (give one with --inventory FILE, or try "
                              "--lab)")
                      .arg(QDir::toNativeSeparators(m_inventoryPath)));
            return Usage;
        }
    }
    const auto loaded = InventoryFile(m_inventoryPath).load();
    if (!loaded) {
        error(App::Tr::tr("cannot read the inventory %1: %2")
                  .arg(QDir::toNativeSeparators(m_inventoryPath), loaded.error().toString()));
        return Usage;
    }
    m_servers = loaded->servers;
    if (parser.optionNames().contains(u"server"_s) || !parser.values(u"server"_s).isEmpty()) {
        for (const QString &name : parser.values(u"server"_s)) {
            if (!server(name)) {
                QStringList names;
                for (const Server &s : std::as_const(m_servers))
                    names.append(s.name);
                error(App::Tr::tr("there is no server “%1” in the inventory (it has: %2)")
                          .arg(name, names.join(u", "_s)));
                return Usage;
            }
            if (!m_selectedNames.contains(name))
                m_selectedNames.append(name);
        }
    }
    return Ok;
}

std::optional<Server> ConsoleServers::server(const QString &name) const
{
    for (const Server &s : m_servers) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

ServerList ConsoleServers::selected() const
{
    if (m_selectedNames.isEmpty())
        return m_servers;
    ServerList list;
    for (const QString &name : m_selectedNames)
        list.append(*server(name));
    return list;
}

void ConsoleServers::watch(const QString &serverName, Ssh::Session *session)
{
    connect(session,
            &Ssh::Session::hostKeyUnknown,
            this,
            [this, serverName, session](const QString &fingerprint,
                                        const QString &type,
                                        const QString &host) {
                m_refusals
                    .insert(serverName,
                            App::Tr::tr(
                                "the host key of %1 is not known (%2 %3). Headless commands never "
                                "accept a new key: check it with the server's administrator and "
                                "accept it once in Steward's window, or add it to "
                                "~/.ssh/known_hosts.")
                                .arg(host, type, fingerprint));
                session->refuseHostKey();
            });
    if (!m_secrets) {
        m_credentials = new CredentialStore(u"Steward"_s, this);
        m_secrets = new SshSecretBroker(m_credentials, this);
        // The keychain had nothing (or what it had was refused): nobody to ask in batch mode.
        connect(m_secrets,
                &SshSecretBroker::secretNeeded,
                this,
                [this](Ssh::Session *s, Ssh::Session::SecretKind, const QString &prompt, bool) {
                    const QString name = s->endpoint().alias;
                    m_refusals.insert(name,
                                      App::Tr::tr(
                                          "%1 (the keychain holds no answer, and headless "
                                          "commands never ask: load the key into ssh-agent, "
                                          "or keep the secret in the keychain from "
                                          "Steward's window)")
                                          .arg(prompt));
                    m_secrets->refuse(s);
                });
    }
    m_secrets->attach(session, serverName);
}

void ConsoleServers::connectTo(const Server &server,
                               QObject *context,
                               std::function<void(const Result<Ssh::Session *> &)> done)
{
    const Result<Ssh::Session *> made = m_sessions->session(server);
    if (!made) {
        QTimer::singleShot(0, context, [done, made] { done(made); });
        return;
    }
    Ssh::Session *session = made.value();
    if (session->state() == Ssh::Session::State::Lost
        || session->state() == Ssh::Session::State::Closed) {
        // Failed at once (a name that does not resolve...).
        const QString why = m_refusals.take(server.name);
        const Error failure{why.isEmpty() ? session->errorString() : why};
        QTimer::singleShot(0, context, [done, failure] { done(failure); });
        return;
    }
    if (session->state() == Ssh::Session::State::Ready) {
        QPointer<Ssh::Session> guard(session);
        QTimer::singleShot(0, context, [done, guard] {
            if (guard)
                done(guard.data());
            else
                done(Error{App::Tr::tr("the connection was closed")});
        });
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    const QString name = server.name;
    *connection = connect(session,
                          &Ssh::Session::stateChanged,
                          context,
                          [this, session, name, done, connection](Ssh::Session::State state) {
                              if (state == Ssh::Session::State::Ready) {
                                  QObject::disconnect(*connection);
                                  done(session);
                              } else if (state == Ssh::Session::State::Lost
                                         || state == Ssh::Session::State::Closed) {
                                  QObject::disconnect(*connection);
                                  const QString why = m_refusals.take(name);
                                  done(Error{why.isEmpty() ? session->errorString() : why});
                              }
                          });
}

void ConsoleServers::error(const QString &message) const
{
    std::fprintf(stderr, "steward %s: %s\n", qPrintable(m_name), message.toUtf8().constData());
}

void ConsoleServers::print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void ConsoleServers::printJson(const QJsonDocument &document)
{
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace Steward
