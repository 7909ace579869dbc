// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logs/logtypes.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace Steward::Ssh {
class Command;
class Session;
} // namespace Steward::Ssh

namespace Steward::Logs {

class Ingestor;
class Timeline;
class FeedSource;

// How a feed reaches a server: calls done once the server's shared session is Ready (connecting it when it
// is not), or with why it is not. SessionPool::whenReady in the window, ConsoleServers::connectTo headless.
using SessionProvider = std::function<void(const QString &server,
                                           QObject *context,
                                           std::function<void(const Result<Ssh::Session *> &)> done)>;

// Where a source's next command starts: after a journal cursor, at a time (compose: the last timestamp
// read, whose repeated lines the ingestion drops), from the start of what there is, or from now.
struct ResumePoint
{
    QByteArray cursor;
    qint64 sinceUs = 0;
    bool fromStart = false;
};

// The remote commands a source runs, as argument lists (pure, for tests and for "Copy command"): its
// history (empty when none is asked), then what follows it (or reads the rest, when it does not follow).
QStringList historyCommand(const SourceSpec &spec);
QStringList resumeCommand(const SourceSpec &spec, const ResumePoint &from);

// Reads log sources into a Timeline: for each journal unit or compose service its history, then follows it
// (both cancellable), over the server's shared SSH session; a lost connection is retried (1 s, 2 s, 4 s...
// up to 15 s apart) and the source resumes after the last journal cursor (--after-cursor) or, for compose,
// from the last timestamp (--since, the repeated lines dropped), so that nothing is shown twice or missed.
// Also shows a command's output as it runs (a runbook or backup step) and text already collected. The
// bytes are parsed on the Ingestor's thread; the GUI thread only appends finished batches. When the parser
// falls behind (a source flooding faster than it parses), the remote commands are paused and the SSH
// window holds the server back.
class LogFeed : public QObject
{
    Q_OBJECT

public:
    explicit LogFeed(QObject *parent = nullptr);
    ~LogFeed() override;

    void setSessionProvider(SessionProvider provider);
    Timeline *timeline() const { return m_timeline; }

    // A journal unit or a compose service of a server; returns the source's number in the timeline.
    int open(const SourceSpec &spec);
    // The output of a command that is running (or ran): earlier is what it printed before it was handed
    // over. The command stays its owner's; the feed only listens.
    int openCommand(const QString &label, Ssh::Command *command, const QByteArray &earlier = {});
    // Text already collected (a finished step's output), its lines dated timeUs (0: now).
    int openText(const QString &label, const QByteArray &text, qint64 timeUs = 0);

    // Stops a source (its command is cancelled; its lines stay); stopAll() for every source.
    void stop(int source);
    void stopAll();
    // Starts a stopped, ended or failed source again, resuming where it stood.
    void restart(int source);
    // Removes the source from the view (stopping it).
    void remove(int source);

    // Every source has read its history (none is connecting or loading).
    bool historyLoaded() const;
    // The remote command a source runs now (for "Copy command"), empty when none.
    QStringList currentCommand(int source) const;

    // Reconnect delays, for tests (default 1 s doubling up to 15 s).
    void setRetryDelays(int firstMs, int maxMs);

signals:
    void sourceStateChanged(int source);
    void historyFinished(); // historyLoaded() became true

private:
    friend class FeedSource;
    void checkHistory();
    void updateFlow();

    Timeline *m_timeline;
    Ingestor *m_ingestor;
    SessionProvider m_provider;
    QHash<int, FeedSource *> m_sources;
    bool m_historyLoaded = true;
    bool m_paused = false;
    int m_retryFirstMs = 1000;
    int m_retryMaxMs = 15000;
};

} // namespace Steward::Logs
