// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/onboarding/glossaryrunner.h"

#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/tr.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Steward::Onboarding {

GlossaryRunner::GlossaryRunner(const Server &server,
                               const GlossaryEntry &entry,
                               const QHash<QString, QString> &values,
                               QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_entry(entry)
    , m_values(values)
{
    m_follow.setSingleShot(true);
    connect(&m_follow, &QTimer::timeout, this, [this] {
        if (m_state != State::Running || !m_command)
            return;
        m_stoppedFollowing = true;
        m_command->cancel();
    });
}

GlossaryRunner::~GlossaryRunner()
{
    if (m_command)
        m_command->cancel();
}

bool GlossaryRunner::mayBeLab(const Server &server)
{
    const QString host = server.host.trimmed().toLower();
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void GlossaryRunner::start(Ssh::Session *session)
{
    if (m_state != State::Idle)
        return;
    m_session = session;
    if (m_entry.interactive) {
        finish(State::Refused,
               Core::Tr::tr("“%1” needs a terminal: copy it and run it in one").arg(m_entry.title));
        return;
    }
    const auto argv = m_entry.resolvedArgv(m_values);
    if (!argv) {
        finish(State::Failed, argv.error().message);
        return;
    }
    m_argv = argv.value();
    if (!session) {
        finish(State::Failed, Core::Tr::tr("not connected to %1").arg(m_server.name));
        return;
    }
    if (!m_entry.changesState) {
        runCommand();
        return;
    }
    if (!mayBeLab(m_server)) {
        finish(State::Refused,
               Core::Tr::tr("“%1” changes the server's state: from here it runs on the lab only, "
                            "and %2 is not the lab")
                   .arg(m_entry.title, m_server.name));
        return;
    }
    checkLab();
}

void GlossaryRunner::checkLab()
{
    m_state = State::CheckingLab;
    // The lab's sshd gives every session STEWARD_LAB_RUN (lab/README.md); printenv exits 1 without it.
    Ssh::CommandOptions options;
    options.timeoutMs = 20000;
    m_command = m_session->run(QStringList{u"printenv"_s, u"STEWARD_LAB_RUN"_s}, options, this);
    connect(m_command, &Ssh::Command::stdoutReceived, this, [this](const QByteArray &data) {
        if (m_probe.size() < 4096)
            m_probe += data;
    });
    connect(m_command, &Ssh::Command::finished, this, [this](int exitCode, const QString &) {
        m_command = nullptr;
        if (m_state != State::CheckingLab)
            return;
        if (exitCode != 0 || m_probe.trimmed().isEmpty()) {
            finish(State::Refused,
                   Core::Tr::tr("“%1” changes the server's state: from here it runs on the lab "
                                "only, and %2 is not the lab (its sessions do not carry the lab's "
                                "mark)")
                       .arg(m_entry.title, m_server.name));
            return;
        }
        runCommand();
    });
    connect(m_command, &Ssh::Command::failed, this, [this](const QString &message) {
        m_command = nullptr;
        if (m_state == State::CheckingLab)
            finish(State::Failed, message);
    });
}

void GlossaryRunner::runCommand()
{
    m_state = State::Running;
    Ssh::CommandOptions options;
    options.workingDirectory = m_entry.workingDirectory(m_server);
    options.timeoutMs = timeoutMs;
    m_command = m_session->run(m_argv, options, this);
    connect(m_command, &Ssh::Command::started, this, [this] {
        if (m_entry.followSeconds > 0)
            m_follow.start(m_entry.followSeconds * 1000);
    });
    connect(m_command, &Ssh::Command::stdoutReceived, this, &GlossaryRunner::append);
    connect(m_command, &Ssh::Command::stderrReceived, this, &GlossaryRunner::append);
    connect(m_command, &Ssh::Command::finished, this, [this](int exitCode, const QString &signal) {
        m_command = nullptr;
        m_follow.stop();
        m_exitCode = exitCode;
        if (m_state == State::Cancelled) {
            finish(State::Cancelled);
        } else if (m_stoppedFollowing) {
            finish(State::Succeeded);
        } else if (!signal.isEmpty()) {
            finish(State::Failed, Core::Tr::tr("stopped by signal %1").arg(signal));
        } else if (exitCode != 0) {
            finish(State::Failed, Core::Tr::tr("exit status %1").arg(exitCode));
        } else {
            finish(State::Succeeded);
        }
    });
    connect(m_command, &Ssh::Command::failed, this, [this](const QString &message) {
        m_command = nullptr;
        m_follow.stop();
        if (m_state == State::Cancelled)
            finish(State::Cancelled);
        else if (m_stoppedFollowing)
            finish(State::Succeeded);
        else
            finish(State::Failed, message);
    });
}

void GlossaryRunner::cancel()
{
    if (m_state != State::Running && m_state != State::CheckingLab)
        return;
    const bool checking = m_state == State::CheckingLab;
    m_state = State::Cancelled;
    if (m_command)
        m_command->cancel();
    if (checking)
        finish(State::Cancelled);
}

void GlossaryRunner::append(const QByteArray &data)
{
    const qsizetype room = maxOutput - m_output.size();
    if (room > 0)
        m_output += data.left(room);
    emit outputReceived(data);
}

void GlossaryRunner::finish(State state, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_state = state;
    m_error = error;
    emit finished(state);
}

} // namespace Steward::Onboarding
