// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/servers/serveraction.h"

#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/ssh/shellquote.h"
#include "core/tr.h"

using namespace Qt::StringLiterals;

namespace Steward::Servers {

QStringList ServerAction::argv() const
{
    const QStringList compose{u"docker"_s, u"compose"_s};
    switch (kind) {
    case Kind::RestartService:
        return compose + QStringList{u"restart"_s, target};
    case Kind::StopService:
        return compose + QStringList{u"stop"_s, target};
    case Kind::StartService:
        return compose + QStringList{u"start"_s, target};
    case Kind::ScaleService:
        return compose + QStringList{u"scale"_s, target + u'=' + QString::number(replicas)};
    case Kind::Redeploy:
        return compose + QStringList{u"up"_s, u"-d"_s};
    case Kind::StartUnit:
        return {u"systemctl"_s, u"start"_s, u"--no-block"_s, u"--"_s, target};
    }
    return {};
}

QString ServerAction::workingDirectory(const Server &server) const
{
    return kind == Kind::StartUnit ? QString() : server.composeDir;
}

QString ServerAction::commandLine(const Server &server) const
{
    const QString dir = workingDirectory(server);
    const QString line = Ssh::commandLine(argv());
    if (dir.isEmpty())
        return line;
    return Ssh::commandLine(QStringList{u"cd"_s, u"--"_s, dir}) + u" && "_s + line;
}

QString ServerAction::title() const
{
    switch (kind) {
    case Kind::RestartService:
        return Core::Tr::tr("Restart %1").arg(target);
    case Kind::StopService:
        return Core::Tr::tr("Stop %1").arg(target);
    case Kind::StartService:
        return Core::Tr::tr("Start %1").arg(target);
    case Kind::ScaleService:
        return Core::Tr::tr("Scale %1 to %n", nullptr, replicas).arg(target);
    case Kind::Redeploy:
        return Core::Tr::tr("Redeploy (docker compose up -d)");
    case Kind::StartUnit:
        return Core::Tr::tr("Start %1 now").arg(target);
    }
    return {};
}

bool ServerAction::interruptsService() const
{
    return kind == Kind::RestartService || kind == Kind::StopService || kind == Kind::Redeploy
           || (kind == Kind::ScaleService && replicas == 0);
}

ActionRun::ActionRun(const Server &server, const ServerAction &action, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_action(action)
    , m_started(QDateTime::currentDateTimeUtc())
{}

ActionRun::~ActionRun()
{
    if (m_command)
        m_command->cancel();
}

void ActionRun::start(Ssh::Session *session)
{
    m_started = QDateTime::currentDateTimeUtc();
    Ssh::CommandOptions options;
    options.workingDirectory = m_action.workingDirectory(m_server);
    m_command = session->run(m_action.argv(), options, this);
    connect(m_command, &Ssh::Command::stdoutReceived, this, &ActionRun::append);
    connect(m_command, &Ssh::Command::stderrReceived, this, &ActionRun::append);
    connect(m_command, &Ssh::Command::finished, this, [this](int exitCode, const QString &signal) {
        m_exitCode = exitCode;
        if (!signal.isEmpty())
            m_error = Core::Tr::tr("stopped by signal %1").arg(signal);
        else if (exitCode != 0)
            m_error = Core::Tr::tr("exit status %1").arg(exitCode);
        finish(m_state == State::Cancelled ? State::Cancelled
               : exitCode == 0             ? State::Succeeded
                                           : State::Failed);
    });
    connect(m_command, &Ssh::Command::failed, this, [this](const QString &message) {
        m_error = message;
        finish(m_state == State::Cancelled ? State::Cancelled : State::Failed);
    });
}

void ActionRun::fail(const QString &message)
{
    if (m_started.isNull())
        m_started = QDateTime::currentDateTimeUtc();
    m_error = message;
    finish(State::Failed);
}

void ActionRun::cancel()
{
    if (m_state != State::Running || !m_command)
        return;
    m_state = State::Cancelled;
    m_command->cancel();
}

void ActionRun::append(const QByteArray &data)
{
    const qsizetype room = maxOutput - m_output.size();
    if (room <= 0) {
        m_dropped += data.size();
    } else {
        m_output += data.left(room);
        m_dropped += qMax<qsizetype>(0, data.size() - room);
    }
    emit outputReceived(data);
}

void ActionRun::finish(State state)
{
    if (!m_finished.isNull())
        return;
    m_state = state;
    m_finished = QDateTime::currentDateTimeUtc();
    emit finished(state);
}

} // namespace Steward::Servers
