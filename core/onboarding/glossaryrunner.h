// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/onboarding/glossary.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace Steward::Ssh {
class Command;
class Session;
} // namespace Steward::Ssh

namespace Steward::Onboarding {

// Runs one glossary entry on a server over its shared SSH session ("Try on the lab"), as an argument list,
// in the compose directory when the entry says so, and keeps its output. A command that changes state runs
// on the lab only: the server must be reached on a loopback address and its SSH sessions must carry the
// lab's mark (STEWARD_LAB_RUN, which the lab's sshd sets for every session; checked on the server before
// the command runs). Anything else is Refused and nothing runs. An interactive command (a console) is
// refused too: it needs a terminal. A following command (-f) is stopped after its followSeconds.
class GlossaryRunner : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, CheckingLab, Running, Succeeded, Failed, Refused, Cancelled };
    Q_ENUM(State)

    static constexpr qsizetype maxOutput = 1024 * 1024;
    static constexpr int timeoutMs = 120000;

    GlossaryRunner(const Server &server,
                   const GlossaryEntry &entry,
                   const QHash<QString, QString> &values = {},
                   QObject *parent = nullptr);
    ~GlossaryRunner() override;

    // The server may receive state-changing commands at all (loopback); the lab's mark is checked on start.
    static bool mayBeLab(const Server &server);

    // Starts on session (the server's, Ready or connecting). finished() follows, also for a refusal.
    void start(Ssh::Session *session);
    void cancel();

    State state() const { return m_state; }
    // stdout and stderr as they came, capped at maxOutput.
    const QByteArray &output() const { return m_output; }
    int exitCode() const { return m_exitCode; }
    // A following command that was stopped after followSeconds (its output is what came until then).
    bool stoppedFollowing() const { return m_stoppedFollowing; }
    QString errorString() const { return m_error; }
    const QStringList &argv() const { return m_argv; }

signals:
    void outputReceived(const QByteArray &data);
    void finished(Steward::Onboarding::GlossaryRunner::State state);

private:
    void checkLab();
    void runCommand();
    void append(const QByteArray &data);
    void finish(State state, const QString &error = {});

    Server m_server;
    GlossaryEntry m_entry;
    QHash<QString, QString> m_values;
    QStringList m_argv;
    QPointer<Ssh::Session> m_session;
    QPointer<Ssh::Command> m_command;
    QTimer m_follow;
    QByteArray m_probe;
    QByteArray m_output;
    State m_state = State::Idle;
    int m_exitCode = -1;
    bool m_stoppedFollowing = false;
    bool m_done = false;
    QString m_error;
};

} // namespace Steward::Onboarding
