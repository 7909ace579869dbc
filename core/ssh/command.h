// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ssh/job.h"
#include "core/ssh/session.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace Steward::Ssh {

struct CommandPrivate;

// One remote command on its own channel of a Session. stdout and stderr arrive separately, as they come,
// binary-safe; finished() gives the exit status or the signal. pause() stops reading (the SSH window then
// stops the server), so output of any size streams in bounded memory. cancel() stops the remote process.
class Command : public Job
{
    Q_OBJECT

public:
    enum class State { Waiting, Opening, Running, Closing, Finished, Failed };
    Q_ENUM(State)

    ~Command() override;

    State state() const;
    int exitCode() const;       // -1 when killed by a signal or not finished
    QString exitSignal() const; // "TERM", "KILL"... empty when it exited
    QString errorString() const;

    // Sends bytes to the command's stdin (buffered until the channel takes them).
    void write(const QByteArray &data);
    // Sends EOF once everything written has been sent.
    void closeStdin();
    // Stops the remote process: a TERM signal request; a process still there after 2 s gets KILL and its
    // channel is closed (with a PTY the remote side also gets SIGHUP). finished() follows, or failed()
    // when the server did not close the channel 2 s later still (the session frees it when it does).
    void cancel();
    // Flow control for a consumer that lags: while paused, nothing is read from the channel.
    void pause();
    void resume();

signals:
    void started();
    void stdoutReceived(const QByteArray &data);
    void stderrReceived(const QByteArray &data);
    void finished(int exitCode, const QString &exitSignal);
    void failed(const QString &message);

protected:
    bool service(bool &wantMore) override;
    void abort(const QString &message) override;
    bool needsOpening() const override;
    bool isActive() const override;
    bool isBusy() const override;
    bool wantsSocket() const override;

private:
    friend class Session;
    void stop(const QString &failure);
    void stopTimeout();
    void finishStop();
    Command(Session *session,
            const QByteArray &commandLine,
            const CommandOptions &options,
            QObject *parent);

    std::unique_ptr<CommandPrivate> d;
};

} // namespace Steward::Ssh
