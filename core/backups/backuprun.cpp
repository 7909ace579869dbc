// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backups/backuprun.h"

#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Steward::Backups {

QList<JournalEntry> parseJournalJson(const QByteArray &text)
{
    QList<JournalEntry> entries;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.startsWith('{'))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed);
        if (!doc.isObject())
            continue;
        const QJsonObject o = doc.object();
        JournalEntry e;
        const qint64 usec = o.value(u"__REALTIME_TIMESTAMP"_s).toString().toLongLong();
        e.time = QDateTime::fromMSecsSinceEpoch(usec / 1000, QTimeZone::UTC);
        e.priority = o.value(u"PRIORITY"_s).toString(u"6"_s).toInt();
        e.identifier = o.value(u"SYSLOG_IDENTIFIER"_s).toString();
        const QJsonValue m = o.value(u"MESSAGE"_s);
        if (m.isArray()) {
            QByteArray bytes;
            for (const QJsonValue &b : m.toArray())
                bytes.append(char(b.toInt()));
            e.message = QString::fromUtf8(bytes);
        } else {
            e.message = m.toString();
        }
        entries.append(e);
    }
    return entries;
}

qint64 lastSuccessfulDurationMs(const QList<JournalEntry> &entries, const QString &unit)
{
    qint64 result = 0;
    QDateTime started;
    for (const JournalEntry &e : entries) {
        if (e.identifier != u"systemd")
            continue;
        // The entries are the unit's (journalctl -u): "Starting pg-dump-to-s3.service - …" (systemd 247 and
        // later) or "Starting Dump the Mastodon database to S3..." (older).
        Q_UNUSED(unit)
        if (e.message.startsWith(u"Starting "_s)) {
            started = e.time;
        } else if (started.isValid()
                   && (e.message.contains(u"Deactivated successfully"_s)
                       || e.message.startsWith(u"Finished "_s))) {
            result = started.msecsTo(e.time);
            started = QDateTime();
        } else if (e.message.contains(u"Failed with result"_s)
                   || e.message.startsWith(u"Failed to start"_s)) {
            started = QDateTime();
        }
    }
    return result;
}

QString failureReason(const QList<JournalEntry> &entries)
{
    QStringList errors;
    QStringList others;
    for (const JournalEntry &e : entries) {
        if (e.identifier == u"systemd")
            continue;
        if (e.priority <= 3)
            errors.append(e.message);
        else
            others.append(e.message);
    }
    if (!errors.isEmpty())
        return errors.join(u'\n');
    return others.mid(std::max<qsizetype>(0, others.size() - 3)).join(u'\n');
}

namespace {

// systemd's own last line of a run: the journal has everything of it once this arrived.
bool endsRun(const JournalEntry &e)
{
    return e.identifier == u"systemd"
           && (e.message.contains(u"Deactivated successfully"_s)
               || e.message.contains(u"Failed with result"_s)
               || e.message.startsWith(u"Finished "_s)
               || e.message.startsWith(u"Failed to start"_s));
}

} // namespace

BackupRun::BackupRun(Ssh::Session *session, const Server &server, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_server(server)
    , m_unit(server.backup.unit)
{
    m_pollTimer.setInterval(1000);
    connect(&m_pollTimer, &QTimer::timeout, this, &BackupRun::poll);
}

BackupRun::~BackupRun()
{
    if (m_follower)
        m_follower->cancel();
}

bool BackupRun::isFinished() const
{
    return m_state == State::Succeeded || m_state == State::Failed || m_state == State::Cancelled;
}

qint64 BackupRun::elapsedMs() const
{
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

void BackupRun::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void BackupRun::start()
{
    if (!m_session) {
        finish(State::Failed, Core::Tr::tr("There is no connection to %1.").arg(m_server.name));
        return;
    }
    setState(State::Starting);
    m_clock.start();
    // The server's clock (the journal's), and the last runs for the expected duration.
    Ssh::Command *history
        = m_session->run({u"sh"_s,
                          u"-c"_s,
                          u"date +%s && exec journalctl -u \"$1\" -o json --no-pager -n 300"_s,
                          u"sh"_s,
                          m_unit},
                         {},
                         this);
    auto out = std::make_shared<QByteArray>();
    connect(history, &Ssh::Command::stdoutReceived, this, [out](const QByteArray &d) { *out += d; });
    connect(history, &Ssh::Command::failed, this, [this](const QString &message) {
        finish(State::Failed, message);
    });
    connect(history, &Ssh::Command::finished, this, [this, out, history] {
        history->deleteLater();
        const qsizetype nl = out->indexOf('\n');
        m_remoteStart = out->left(nl).trimmed().toLongLong();
        if (m_remoteStart <= 0) {
            finish(State::Failed, Core::Tr::tr("The server's clock could not be read."));
            return;
        }
        m_startedAt = QDateTime::fromSecsSinceEpoch(m_remoteStart, QTimeZone::UTC);
        m_expectedMs = lastSuccessfulDurationMs(parseJournalJson(out->mid(nl + 1)), m_unit);
        follow();
        Ssh::Command *starter = m_session->run({u"systemctl"_s, u"start"_s, u"--no-block"_s, m_unit},
                                               {},
                                               this);
        auto err = std::make_shared<QByteArray>();
        connect(starter, &Ssh::Command::stderrReceived, this, [err](const QByteArray &d) {
            *err += d;
        });
        connect(starter, &Ssh::Command::failed, this, [this](const QString &message) {
            finish(State::Failed, message);
        });
        connect(starter, &Ssh::Command::finished, this, [this, err, starter](int code) {
            starter->deleteLater();
            if (code != 0) {
                finish(State::Failed,
                       Core::Tr::tr("systemctl could not start %1: %2")
                           .arg(m_unit, QString::fromUtf8(err->trimmed())));
                return;
            }
            setState(State::Running);
            m_pollTimer.start();
            poll();
        });
    });
}

void BackupRun::follow()
{
    // exec: cancel()'s signal reaches journalctl itself (docs/ssh.md).
    m_follower = m_session->run({u"exec"_s,
                                 u"journalctl"_s,
                                 u"-u"_s,
                                 m_unit,
                                 u"-f"_s,
                                 u"-o"_s,
                                 u"json"_s,
                                 u"--no-pager"_s,
                                 u"--since"_s,
                                 u"@"_s + QString::number(m_remoteStart)},
                                {},
                                this);
    connect(m_follower, &Ssh::Command::stdoutReceived, this, [this](const QByteArray &d) {
        m_pending += d;
        const qsizetype nl = m_pending.lastIndexOf('\n');
        if (nl < 0)
            return;
        const QList<JournalEntry> entries = parseJournalJson(m_pending.left(nl + 1));
        m_pending.remove(0, nl + 1);
        for (const JournalEntry &e : entries) {
            m_entries.append(e);
            emit entryReceived(e);
            if (m_finishing && endsRun(e))
                QTimer::singleShot(0, this, &BackupRun::completeFinish);
        }
    });
}

void BackupRun::poll()
{
    if (isFinished() || m_poller || !m_session)
        return;
    emit progressed(elapsedMs(), m_expectedMs);
    m_poller = m_session->run(
        {u"systemctl"_s, u"show"_s, u"-p"_s, u"ActiveState"_s, u"-p"_s, u"Result"_s, m_unit},
        {},
        this);
    auto out = std::make_shared<QByteArray>();
    connect(m_poller, &Ssh::Command::stdoutReceived, this, [out](const QByteArray &d) {
        *out += d;
    });
    connect(m_poller, &Ssh::Command::failed, this, [this](const QString &message) {
        finish(State::Failed, message);
    });
    connect(m_poller, &Ssh::Command::finished, this, [this, out] {
        m_poller->deleteLater();
        m_poller = nullptr;
        QString active;
        QString result;
        for (const QByteArray &line : out->split('\n')) {
            if (line.startsWith("ActiveState="))
                active = QString::fromUtf8(line.mid(12)).trimmed();
            else if (line.startsWith("Result="))
                result = QString::fromUtf8(line.mid(7)).trimmed();
        }
        if (active == u"activating" || active == u"active" || active == u"reloading") {
            m_sawActivating = true;
            return;
        }
        // A oneshot unit goes back to inactive when it worked, failed when not. Before the job was
        // seen running, "inactive" may be the state before the start took effect: wait a little.
        if (active == u"failed") {
            finish(State::Failed);
        } else if (active == u"inactive" && (m_sawActivating || elapsedMs() > 5000)) {
            finish(result == u"success" || result.isEmpty() ? State::Succeeded : State::Failed);
        }
    });
}

void BackupRun::finish(State state, const QString &reason)
{
    if (isFinished() || m_finishing)
        return;
    m_finishing = true;
    m_pollTimer.stop();
    m_finishState = state;
    m_finishReason = reason;
    const bool complete = std::any_of(m_entries.cbegin(), m_entries.cend(), endsRun);
    if (state == State::Cancelled || !m_follower || complete) {
        completeFinish();
        return;
    }
    // Let the follower deliver the journal's last lines (the reason is among them): until systemd's
    // closing line arrives, or 3 s at most.
    QTimer::singleShot(3000, this, &BackupRun::completeFinish);
}

void BackupRun::completeFinish()
{
    if (isFinished())
        return;
    if (m_follower) {
        m_follower->cancel();
        m_follower = nullptr;
    }
    m_reason = m_finishReason;
    if (m_finishState == State::Failed && m_reason.isEmpty()) {
        m_reason = failureReason(m_entries);
        if (m_reason.isEmpty())
            m_reason = Core::Tr::tr("%1 failed; its journal says nothing more.").arg(m_unit);
    }
    setState(m_finishState);
    emit finished();
}

void BackupRun::cancel()
{
    finish(State::Cancelled);
}

} // namespace Steward::Backups
