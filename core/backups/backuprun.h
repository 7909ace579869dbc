// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace Steward::Ssh {
class Command;
class Session;
} // namespace Steward::Ssh

namespace Steward::Backups {

// One entry of `journalctl -o json`.
struct JournalEntry
{
    QDateTime time; // UTC
    int priority = 6;
    QString identifier; // SYSLOG_IDENTIFIER ("systemd", "pg-dump-to-s3")
    QString message;
};

// Lines of `journalctl -o json` (one object a line; MESSAGE as a string or, for bytes that are not UTF-8,
// an array of numbers). Lines that are not JSON objects are skipped.
QList<JournalEntry> parseJournalJson(const QByteArray &text);

// The newest complete successful run of unit in entries: systemd's "Starting …" to its "Deactivated
// successfully" (or "Finished …"). Milliseconds; 0 when there is none.
qint64 lastSuccessfulDurationMs(const QList<JournalEntry> &entries, const QString &unit);

// Why a run failed, from its journal lines: its error lines (priority err or worse, not systemd's own
// summary) in order, else the last lines that are not systemd's.
QString failureReason(const QList<JournalEntry> &entries);

// Starts the backup unit now (`systemctl start --no-block`), follows it live from its journal, and says how
// it ended: elapsed time against the last successful run's duration as progress, and on failure the
// journal's reason. Cancel stops following; the unit itself goes on (a backup is never killed halfway by
// Steward).
class BackupRun : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Starting, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    BackupRun(Ssh::Session *session, const Server &server, QObject *parent = nullptr);
    ~BackupRun() override;

    void start();
    void cancel();

    State state() const { return m_state; }
    bool isFinished() const;
    qint64 elapsedMs() const;
    // The last successful run's duration (the progress bar's 100 %); 0 when unknown.
    qint64 expectedMs() const { return m_expectedMs; }
    QDateTime startedAt() const { return m_startedAt; } // the server's clock, UTC
    QList<JournalEntry> entries() const { return m_entries; }
    QString reason() const { return m_reason; } // on failure
    QString unit() const { return m_unit; }

signals:
    void stateChanged(Steward::Backups::BackupRun::State state);
    void entryReceived(const Steward::Backups::JournalEntry &entry);
    void progressed(qint64 elapsedMs, qint64 expectedMs);
    void finished();

private:
    void follow();
    void poll();
    void finish(State state, const QString &reason = {});
    void completeFinish();
    void setState(State state);

    QPointer<Ssh::Session> m_session;
    Server m_server;
    QString m_unit;
    State m_state = State::Idle;
    qint64 m_expectedMs = 0;
    qint64 m_remoteStart = 0; // epoch seconds on the server
    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    QList<JournalEntry> m_entries;
    QByteArray m_pending;
    QString m_reason;
    QPointer<Ssh::Command> m_follower;
    QPointer<Ssh::Command> m_poller;
    QTimer m_pollTimer;
    bool m_sawActivating = false;
    bool m_finishing = false;
    State m_finishState = State::Idle;
    QString m_finishReason;
};

} // namespace Steward::Backups
