// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logs/logfeed.h"

#include "core/logs/ingestor.h"
#include "core/logs/logtime.h"
#include "core/logs/timeline.h"
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/tr.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Steward::Logs {

namespace {

QStringList journalBase(const SourceSpec &spec)
{
    QStringList
        argv{u"journalctl"_s,
             u"--no-pager"_s,
             u"--quiet"_s,
             u"--output"_s,
             spec.exportFormat ? u"export"_s : u"json"_s,
             // Every field whole (-o json leaves out those over 4096 bytes otherwise).
             u"--all"_s,
             u"--output-fields=MESSAGE,PRIORITY,_PID,SYSLOG_IDENTIFIER,_COMM,_SYSTEMD_UNIT"_s};
    if (!spec.name.isEmpty())
        argv << u"--unit"_s << spec.name;
    return argv;
}

QString epoch(qint64 us)
{
    return u"@"_s + QString::number(us / 1000000) + u"."_s
           + QString::number(us % 1000000).rightJustified(6, u'0');
}

QStringList composeBase(const SourceSpec &)
{
    return {u"docker"_s, u"compose"_s, u"logs"_s, u"--no-color"_s, u"--timestamps"_s};
}

} // namespace

QStringList historyCommand(const SourceSpec &spec)
{
    if (spec.historyLines <= 0 && spec.sinceUs <= 0)
        return {};
    if (spec.kind == SourceKind::Journal) {
        QStringList argv = journalBase(spec);
        if (spec.historyLines > 0)
            argv << u"--lines"_s << QString::number(spec.historyLines);
        if (spec.sinceUs > 0)
            argv << u"--since"_s << epoch(spec.sinceUs);
        return argv;
    }
    if (spec.kind == SourceKind::Compose) {
        QStringList argv = composeBase(spec);
        if (spec.historyLines > 0)
            argv << u"--tail"_s << QString::number(spec.historyLines);
        if (spec.sinceUs > 0)
            argv << u"--since"_s << QString::fromLatin1(formatRfc3339Utc(spec.sinceUs));
        argv << spec.name;
        return argv;
    }
    return {};
}

QStringList resumeCommand(const SourceSpec &spec, const ResumePoint &from)
{
    if (spec.kind == SourceKind::Journal) {
        QStringList argv = journalBase(spec);
        if (!from.cursor.isEmpty())
            argv << u"--after-cursor"_s << QString::fromLatin1(from.cursor);
        else if (from.sinceUs > 0)
            argv << u"--since"_s << epoch(from.sinceUs);
        else if (!from.fromStart && spec.follow)
            argv << u"--lines"_s << u"0"_s;
        if (spec.follow) {
            argv << u"--follow"_s;
            // -f shows the last 10 entries unless told: everything after the resume point instead.
            if (!from.cursor.isEmpty() || from.sinceUs > 0 || from.fromStart)
                argv << u"--no-tail"_s;
        }
        return argv;
    }
    if (spec.kind == SourceKind::Compose) {
        QStringList argv = composeBase(spec);
        if (spec.follow)
            argv << u"--follow"_s;
        if (from.sinceUs > 0)
            argv << u"--since"_s << QString::fromLatin1(formatRfc3339Utc(from.sinceUs));
        else if (!from.fromStart)
            argv << u"--tail"_s << u"0"_s;
        argv << spec.name;
        return argv;
    }
    return {};
}

// One source of a feed: runs its commands, follows its connection, keeps where to resume.
class FeedSource : public QObject
{
    Q_OBJECT

public:
    FeedSource(LogFeed *feed, int id, const SourceSpec &spec)
        : QObject(feed)
        , m_feed(feed)
        , m_id(id)
        , m_spec(spec)
    {
        m_retry.setSingleShot(true);
        connect(&m_retry, &QTimer::timeout, this, &FeedSource::connectSession);
        connect(m_feed->m_ingestor, &Ingestor::drained, this, [this](int source) {
            if (source == m_id)
                drained();
        });
    }

    SourceState state() const { return m_feed->m_timeline->source(m_id).state; }
    QStringList currentCommand() const { return m_command ? m_argv : QStringList(); }

    void start()
    {
        m_stopped = false;
        m_attempts = 0;
        if (m_spec.kind == SourceKind::Text)
            return;
        if (m_spec.kind == SourceKind::Command) {
            // A command handed over: nothing to start again.
            return;
        }
        setState(SourceState::Connecting);
        connectSession();
    }

    void stop()
    {
        m_stopped = true;
        m_retry.stop();
        if (m_command && m_command->state() != Ssh::Command::State::Finished
            && m_command->state() != Ssh::Command::State::Failed) {
            if (m_external) {
                // Not ours to cancel: stop listening.
                disconnect(m_command, nullptr, this, nullptr);
                m_command = nullptr;
                m_feed->m_ingestor->finish(m_id);
            } else {
                m_command->cancel();
            }
        }
        setState(SourceState::Stopped);
    }

    void watchCommand(Ssh::Command *command, const QByteArray &earlier)
    {
        m_external = true;
        m_command = command;
        if (!earlier.isEmpty())
            m_feed->m_ingestor->feed(m_id, earlier, 0, nowUs());
        const auto state = command->state();
        if (state == Ssh::Command::State::Finished || state == Ssh::Command::State::Failed) {
            m_exit = command->exitCode();
            m_signal = command->exitSignal();
            m_failure = command->errorString();
            m_phase = Phase::Follow;
            m_feed->m_ingestor->finish(m_id);
            return;
        }
        setState(SourceState::Following);
        m_phase = Phase::Follow;
        connectOutput(command);
    }

    void noteBatch(const IngestBatch &batch)
    {
        if (!batch.cursor.isEmpty())
            m_resume.cursor = batch.cursor;
        if (batch.lastTimeUs > 0)
            m_lastTimes[batch.stream] = batch.lastTimeUs;
    }

    void setPaused(bool paused)
    {
        if (!m_command)
            return;
        if (paused)
            m_command->pause();
        else
            m_command->resume();
    }

private:
    enum class Phase { None, History, Follow };

    void setState(SourceState state, const QString &message = QString())
    {
        m_feed->m_timeline->setSourceState(m_id, state, message);
        emit m_feed->sourceStateChanged(m_id);
        m_feed->checkHistory();
    }

    void connectSession()
    {
        if (m_stopped)
            return;
        if (!m_feed->m_provider) {
            setState(SourceState::Failed, Core::Tr::tr("No way to reach %1.").arg(m_spec.server));
            return;
        }
        m_feed->m_provider(m_spec.server, this, [this](const Result<Ssh::Session *> &r) {
            if (m_stopped)
                return;
            if (!r.ok()) {
                if (m_everConnected) {
                    retry(r.error().message);
                } else {
                    setState(SourceState::Failed, r.error().message);
                }
                return;
            }
            m_everConnected = true;
            m_attempts = 0;
            m_session = r.value();
            runNext();
        });
    }

    void retry(const QString &why)
    {
        const int delay = std::min(m_feed->m_retryMaxMs,
                                   m_feed->m_retryFirstMs << std::min(m_attempts, 10));
        ++m_attempts;
        setState(SourceState::Reconnecting,
                 Core::Tr::tr("%1; trying again in %n s", nullptr, std::max(1, delay / 1000))
                     .arg(why));
        m_retry.start(delay);
    }

    ResumePoint resumePoint() const
    {
        ResumePoint p;
        if (m_spec.kind == SourceKind::Journal)
            p.cursor = m_resume.cursor;
        if (m_spec.kind == SourceKind::Compose && !m_lastTimes.isEmpty()) {
            qint64 least = 0;
            for (const qint64 t : m_lastTimes)
                least = least == 0 ? t : std::min(least, t);
            p.sinceUs = least;
        }
        if (p.cursor.isEmpty() && p.sinceUs == 0) {
            p.sinceUs = m_spec.sinceUs;
            // The history ran and read nothing: what there is now is all new.
            p.fromStart = m_historyEmpty;
        }
        return p;
    }

    bool readSomething() const { return !m_resume.cursor.isEmpty() || !m_lastTimes.isEmpty(); }

    void runNext()
    {
        if (!m_session || m_stopped)
            return;
        QStringList argv;
        if (!m_historyDone) {
            const QStringList history = historyCommand(m_spec);
            if (history.isEmpty()) {
                m_historyDone = true; // none asked
            } else if (!m_historyRan || !readSomething()) {
                argv = history;
                m_phase = Phase::History;
                m_historyRan = true;
            } else {
                // The history was cut by a lost connection: read on from where it stood (following,
                // when asked, takes the rest of it too).
                argv = resumeCommand(m_spec, resumePoint());
                m_phase = m_spec.follow ? Phase::Follow : Phase::History;
                m_historyDone = m_spec.follow;
            }
        }
        if (argv.isEmpty()) {
            if (!m_spec.follow) {
                setState(SourceState::Ended);
                return;
            }
            argv = resumeCommand(m_spec, resumePoint());
            m_phase = Phase::Follow;
        }
        m_argv = argv;
        m_feed->m_ingestor->restart(m_id);
        m_stderr.clear();
        m_exit = -1;
        m_signal.clear();
        m_failure.clear();
        Ssh::Command *command = m_spec.kind == SourceKind::Compose
                                    ? m_session->runIn(m_spec.composeDir, argv, {}, this)
                                    : m_session->run(argv, {}, this);
        m_command = command;
        connectOutput(command);
        setState(m_phase == Phase::History ? SourceState::Loading : SourceState::Following);
        if (m_feed->m_paused)
            command->pause();
    }

    void connectOutput(Ssh::Command *command)
    {
        connect(command, &Ssh::Command::stdoutReceived, this, [this](const QByteArray &data) {
            m_feed->m_ingestor->feed(m_id, data, 0, nowUs());
        });
        connect(command, &Ssh::Command::stderrReceived, this, [this](const QByteArray &data) {
            if (m_external || m_spec.kind == SourceKind::Command) {
                m_feed->m_ingestor->feed(m_id, data, Stderr, nowUs());
                return;
            }
            if (m_stderr.size() < 8192)
                m_stderr += data.left(8192 - m_stderr.size());
        });
        connect(command,
                &Ssh::Command::finished,
                this,
                [this, command](int code, const QString &signal) {
                    if (command != m_command)
                        return;
                    m_exit = code;
                    m_signal = signal;
                    m_feed->m_ingestor->finish(m_id);
                });
        connect(command, &Ssh::Command::failed, this, [this, command](const QString &message) {
            if (command != m_command)
                return;
            m_failure = message.isEmpty() ? Core::Tr::tr("The command failed.") : message;
            m_feed->m_ingestor->finish(m_id);
        });
    }

    QString stderrText() const { return QString::fromUtf8(m_stderr).trimmed(); }

    // Everything the finished command printed is parsed: decide what comes next.
    void drained()
    {
        if (m_phase == Phase::None)
            return;
        Ssh::Command *command = m_command;
        const Phase phase = m_phase;
        m_phase = Phase::None;
        if (command && !m_external)
            command->deleteLater();
        m_command = nullptr;
        if (m_stopped) {
            setState(SourceState::Stopped);
            return;
        }
        if (m_spec.kind == SourceKind::Text) {
            setState(SourceState::Ended);
            return;
        }
        if (m_external) {
            if (!m_failure.isEmpty())
                setState(SourceState::Failed, m_failure);
            else if (!m_signal.isEmpty())
                setState(SourceState::Ended, Core::Tr::tr("killed by signal %1").arg(m_signal));
            else
                setState(SourceState::Ended, Core::Tr::tr("exited with status %1").arg(m_exit));
            return;
        }
        if (!m_failure.isEmpty()) {
            const bool lost = !m_session || m_session->state() != Ssh::Session::State::Ready;
            if (lost) {
                m_session = nullptr;
                retry(m_failure);
            } else {
                setState(SourceState::Failed, m_failure);
            }
            return;
        }
        if (m_exit != 0) {
            QString why = stderrText();
            if (why.isEmpty())
                why = m_signal.isEmpty() ? Core::Tr::tr("exited with status %1").arg(m_exit)
                                         : Core::Tr::tr("killed by signal %1").arg(m_signal);
            setState(SourceState::Failed, why);
            return;
        }
        if (phase == Phase::History) {
            m_historyDone = true;
            m_historyEmpty = !readSomething();
            if (m_spec.follow)
                runNext();
            else
                setState(SourceState::Ended, stderrText());
            return;
        }
        // A follow ends by itself when compose's containers stop (docker compose logs -f exits).
        setState(SourceState::Ended,
                 m_spec.kind == SourceKind::Compose
                     ? Core::Tr::tr("no container of %1 is running").arg(m_spec.name)
                     : stderrText());
    }

    LogFeed *m_feed;
    int m_id;
    SourceSpec m_spec;
    QPointer<Ssh::Session> m_session;
    QPointer<Ssh::Command> m_command;
    QStringList m_argv;
    bool m_external = false;
    bool m_stopped = false;
    bool m_everConnected = false;
    bool m_historyRan = false;
    bool m_historyDone = false;
    bool m_historyEmpty = false;
    Phase m_phase = Phase::None;
    int m_attempts = 0;
    QTimer m_retry;
    ResumePoint m_resume;
    QHash<QByteArray, qint64> m_lastTimes;
    QByteArray m_stderr;
    int m_exit = -1;
    QString m_signal;
    QString m_failure;

    friend class LogFeed;
};

LogFeed::LogFeed(QObject *parent)
    : QObject(parent)
    , m_timeline(new Timeline(this))
    , m_ingestor(new Ingestor(this))
{
    connect(m_ingestor, &Ingestor::batchReady, this, [this](const IngestBatchPtr &batch) {
        if (FeedSource *s = m_sources.value(batch->source))
            s->noteBatch(*batch);
        m_timeline->append(*batch);
    });
    connect(m_ingestor, &Ingestor::parseError, this, [this](int source, const QString &message) {
        if (source < m_timeline->sourceCount())
            m_timeline->setSourceState(source, SourceState::Failed, message);
        emit sourceStateChanged(source);
    });
    connect(m_ingestor, &Ingestor::backlogChanged, this, &LogFeed::updateFlow);
}

LogFeed::~LogFeed()
{
    for (FeedSource *s : std::as_const(m_sources)) {
        if (s->m_command && !s->m_external)
            s->m_command->cancel();
    }
}

void LogFeed::setSessionProvider(SessionProvider provider)
{
    m_provider = std::move(provider);
}

void LogFeed::setRetryDelays(int firstMs, int maxMs)
{
    m_retryFirstMs = firstMs;
    m_retryMaxMs = maxMs;
}

int LogFeed::open(const SourceSpec &spec)
{
    const int id = m_timeline->addSource(spec);
    m_ingestor->addSource(id, spec.kind, !spec.exportFormat);
    auto *source = new FeedSource(this, id, spec);
    m_sources.insert(id, source);
    source->start();
    return id;
}

int LogFeed::openCommand(const QString &label, Ssh::Command *command, const QByteArray &earlier)
{
    SourceSpec spec;
    spec.kind = SourceKind::Command;
    spec.name = label;
    spec.follow = true;
    const int id = m_timeline->addSource(spec);
    m_ingestor->addSource(id, SourceKind::Command);
    auto *source = new FeedSource(this, id, spec);
    m_sources.insert(id, source);
    source->watchCommand(command, earlier);
    return id;
}

int LogFeed::openText(const QString &label, const QByteArray &text, qint64 timeUs)
{
    SourceSpec spec;
    spec.kind = SourceKind::Text;
    spec.name = label;
    spec.follow = false;
    const int id = m_timeline->addSource(spec);
    m_ingestor->addSource(id, SourceKind::Text);
    auto *source = new FeedSource(this, id, spec);
    m_sources.insert(id, source);
    source->m_phase = FeedSource::Phase::Follow;
    source->m_external = true;
    source->m_exit = 0;
    m_timeline->setSourceState(id, SourceState::Loading);
    m_ingestor->feed(id, text, 0, timeUs > 0 ? timeUs : nowUs());
    m_ingestor->finish(id);
    return id;
}

void LogFeed::stop(int source)
{
    if (FeedSource *s = m_sources.value(source))
        s->stop();
}

void LogFeed::stopAll()
{
    for (FeedSource *s : std::as_const(m_sources)) {
        const SourceState st = s->state();
        if (st != SourceState::Ended && st != SourceState::Failed && st != SourceState::Stopped)
            s->stop();
    }
}

void LogFeed::restart(int source)
{
    FeedSource *s = m_sources.value(source);
    if (!s || s->m_spec.kind == SourceKind::Command || s->m_spec.kind == SourceKind::Text)
        return;
    if (s->m_command)
        return; // running
    s->start();
}

void LogFeed::remove(int source)
{
    stop(source);
    m_timeline->removeSource(source);
}

bool LogFeed::historyLoaded() const
{
    for (int i = 0; i < m_timeline->sourceCount(); ++i) {
        const SourceState st = m_timeline->source(i).state;
        if (st == SourceState::Connecting || st == SourceState::Loading)
            return false;
    }
    return true;
}

QStringList LogFeed::currentCommand(int source) const
{
    const FeedSource *s = m_sources.value(source);
    return s ? s->currentCommand() : QStringList();
}

void LogFeed::checkHistory()
{
    const bool loaded = historyLoaded();
    if (loaded && !m_historyLoaded) {
        m_historyLoaded = true;
        emit historyFinished();
    } else if (!loaded) {
        m_historyLoaded = false;
    }
}

void LogFeed::updateFlow()
{
    // Pause every remote command while more than 32 MiB wait to be parsed; resume under 8 MiB.
    const qint64 backlog = m_ingestor->backlog();
    const bool pause = m_paused ? backlog > 8 * 1024 * 1024 : backlog > 32 * 1024 * 1024;
    if (pause == m_paused)
        return;
    m_paused = pause;
    for (FeedSource *s : std::as_const(m_sources)) {
        if (!s->m_external)
            s->setPaused(pause);
    }
}

} // namespace Steward::Logs

#include "logfeed.moc"
