// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releases/versionprobe.h"

#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/ssh/transfer.h"
#include "core/tr.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Steward::Releases {

VersionProbe::VersionProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

VersionProbe::~VersionProbe()
{
    cancel();
}

Result<RunningVersion> VersionProbe::fromTootctl(const QByteArray &output)
{
    // The last line that is a version: Ruby and Rails may warn on stdout before it.
    const QList<QByteArray> lines = output.trimmed().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = QString::fromUtf8(it->trimmed());
        if (const auto version = Version::parse(line))
            return RunningVersion{*version, u"tootctl version"_s, line};
    }
    return Error{Core::Tr::tr("`tootctl version` printed no version (“%1”).")
                     .arg(QString::fromUtf8(output.trimmed().left(200)))};
}

void VersionProbe::probe(const Server &server, Ssh::Session *session)
{
    cancel();
    m_server = server;
    m_session = session;
    m_notes.clear();
    m_step = 0;
    m_running = true;
    next();
}

void VersionProbe::cancel()
{
    m_running = false;
    if (m_command) {
        m_command->disconnect(this);
        m_command->cancel();
        m_command->deleteLater();
    }
    if (m_transfer) {
        m_transfer->disconnect(this);
        m_transfer->cancel();
        m_transfer->deleteLater();
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void VersionProbe::note(const QString &source, const QString &why)
{
    m_notes.append(Core::Tr::tr("%1: %2").arg(source, why));
}

void VersionProbe::succeed(const RunningVersion &version)
{
    m_running = false;
    emit found(m_server.name, version, m_notes);
}

void VersionProbe::next()
{
    if (!m_running)
        return;
    switch (m_step++) {
    case 0:
        tryTootctl();
        return;
    case 1:
        tryCompose();
        return;
    case 2:
        tryApi();
        return;
    default:
        m_running = false;
        emit failed(m_server.name, m_notes);
        return;
    }
}

void VersionProbe::tryTootctl()
{
    if (!m_session) {
        note(u"tootctl version"_s, Core::Tr::tr("no SSH connection"));
        next();
        return;
    }
    // In the compose directory, as the upgrade notes run it; -T: no terminal.
    Ssh::Command *command = m_session->runIn(
        m_server.composeDir,
        {u"docker"_s, u"compose"_s, u"exec"_s, u"-T"_s, u"web"_s, u"tootctl"_s, u"version"_s},
        {},
        this);
    m_command = command;
    auto output = std::make_shared<QByteArray>();
    auto errors = std::make_shared<QByteArray>();
    connect(command, &Ssh::Command::stdoutReceived, this, [output](const QByteArray &d) {
        if (output->size() < 64 * 1024)
            *output += d;
    });
    connect(command, &Ssh::Command::stderrReceived, this, [errors](const QByteArray &d) {
        if (errors->size() < 64 * 1024)
            *errors += d;
    });
    connect(command, &Ssh::Command::finished, this, [this, command, output, errors](int code) {
        command->deleteLater();
        if (code == 0) {
            const Result<RunningVersion> version = fromTootctl(*output);
            if (version) {
                succeed(version.value());
                return;
            }
            note(u"tootctl version"_s, version.error().message);
        } else {
            const QString err = QString::fromUtf8(errors->trimmed()).section(u'\n', -1);
            note(u"tootctl version"_s,
                 err.isEmpty() ? Core::Tr::tr("exit status %1").arg(code) : err);
        }
        next();
    });
    connect(command, &Ssh::Command::failed, this, [this, command](const QString &message) {
        command->deleteLater();
        note(u"tootctl version"_s, message);
        next();
    });
    QTimer::singleShot(m_timeout, command, [this, command] {
        if (m_command == command && command->state() != Ssh::Command::State::Finished) {
            command->disconnect(this);
            command->cancel();
            command->deleteLater();
            note(u"tootctl version"_s, Core::Tr::tr("no answer in %1 s").arg(m_timeout / 1000));
            next();
        }
    });
}

void VersionProbe::tryCompose()
{
    if (!m_session) {
        note(u"docker-compose.yml"_s, Core::Tr::tr("no SSH connection"));
        next();
        return;
    }
    const QString path = m_server.composeDir + u"/docker-compose.yml"_s;
    Ssh::Transfer *transfer = m_session->readFile(path, 4 * 1024 * 1024, this);
    m_transfer = transfer;
    connect(transfer, &Ssh::Transfer::finished, this, [this, transfer] {
        transfer->deleteLater();
        const Result<RunningVersion> version = RunningVersion::fromCompose(
            QString::fromUtf8(transfer->data()));
        if (version) {
            succeed(version.value());
            return;
        }
        note(u"docker-compose.yml"_s, version.error().message);
        next();
    });
    connect(transfer, &Ssh::Transfer::failed, this, [this, transfer](const QString &message) {
        transfer->deleteLater();
        note(u"docker-compose.yml"_s, message);
        next();
    });
}

void VersionProbe::tryApi()
{
    const QUrl base(m_server.publicUrl);
    if (m_server.publicUrl.isEmpty() || !base.isValid()
        || (base.scheme() != u"https"_s && base.scheme() != u"http"_s)) {
        note(u"/api/v2/instance"_s, Core::Tr::tr("the server has no public URL"));
        next();
        return;
    }
    QUrl url = base;
    url.setPath(u"/api/v2/instance"_s);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeout);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            note(u"/api/v2/instance"_s, reply->errorString());
            next();
            return;
        }
        const Result<RunningVersion> version = RunningVersion::fromInstanceJson(
            reply->read(1024 * 1024));
        if (version) {
            succeed(version.value());
            return;
        }
        note(u"/api/v2/instance"_s, version.error().message);
        next();
    });
}

} // namespace Steward::Releases
