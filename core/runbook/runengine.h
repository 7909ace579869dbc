// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/historydatabase.h"
#include "core/inventory/server.h"
#include "core/result.h"
#include "core/runbook/journal.h"
#include "core/runbook/remoterun.h"
#include "core/runbook/runbook.h"
#include "core/runbook/transcript.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Steward::Ssh {
class Command;
class Session;
} // namespace Steward::Ssh

namespace Steward::Runbook {

class ProbeRunner;

// One run of a runbook on one server: a core object that the Runbook panel and `steward runbook` both
// drive. Everything the run does is an event in its journal on the server (docs/runbook.md); the engine
// rebuilds its state from those events alone (RunState::fold) and acts on that state: it starts the
// cursor's step in the run's tmux session (or does a laptop step's work and records it), follows the
// running step's output, runs gates and verifications, and stops for a person where one decides
// (confirmations, failures, failed gates). When the connection drops the step carries on on the server;
// the engine connects again, reads what happened meanwhile and goes on.
class RunEngine : public QObject
{
    Q_OBJECT

public:
    enum class Phase {
        Idle,       // nothing yet
        Connecting, // waiting for the session (first time or after a loss)
        Opening,    // creating the run's folder, or reading its journal
        Active,     // watching the journal (and driving, when asked)
        Finished,   // done or stopped, and nothing runs
        Failed,     // could not create or open the run (errorString)
    };
    Q_ENUM(Phase)

    // What a person decides now.
    enum class Decision {
        Approve,     // a confirmation (or an ansible --check result) waits for approval
        StepFailed,  // retry, skip (with a reason) or stop
        GateBlocked, // retry, override (with a reason) or stop
        NeedsUnmet,  // a step it needs is not done: override (with a reason), skip or stop
        Interrupted, // what ran the step ended without finishing it: retry, skip or stop
    };
    Q_ENUM(Decision)

    // The admin token for announce: done(token) or done(error), once.
    using TokenProvider = std::function<
        void(const Server &server, QObject *context, std::function<void(Result<QString>)> done)>;

    RunEngine(const Server &server, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~RunEngine() override;

    // The server's shared session. The engine reconnects it after a loss while it drives.
    void setSession(Ssh::Session *session);
    Ssh::Session *session() const; // out of line: Ssh::Session is only declared here
    void setTokenProvider(TokenProvider provider) { m_tokenProvider = std::move(provider); }
    // Who acts, for the journal: "alice@laptop".
    void setActor(const QString &actor) { m_actor = actor; }
    // Where the run is kept locally (RunHistory; default: the history database in the data folder).
    void setHistory(const History::Database &database) { m_history = database; }
    QString actor() const { return m_actor; }
    // The state folder on the server; by default <compose_dir>/.steward.
    void setStateDir(const QString &dir) { m_stateDir = dir; }
    // Confirmations are approved with this reason, recorded as such; gates are never passed by it.
    void setApproveAll(const QString &reason) { m_approveAll = reason; }
    // How often the connection is tried again after a loss (ms).
    void setReconnectInterval(int ms) { m_reconnect.setInterval(ms); }
    // How long a verification is asked again before it fails (ms; 0: once).
    void setVerifyPatience(int ms) { m_verifyPatienceMs = ms; }

    // A new run: creates its folder, runner, runbook copy and journal on the server, then drives it
    // when drive is true. parameters: as given (resolved here; secret ones are kept in memory only).
    void create(const Runbook &book, const QHash<QString, QString> &parameters, bool drive = true);
    // An existing run: reads its runbook and journal from the server and watches it. parameters: the
    // secret ones (never on the server), others come from its journal.
    void open(const QString &runId, const QHash<QString, QString> &secretParameters = {});

    // Drive from the cursor (after open(), or after stop to go on: records "resumed").
    void continueRun();
    // Decisions. reason: typed by the volunteer (required for skip, override, rerun, resumeFrom).
    void approve(const QString &stepId, const QString &reason = {});
    void retry(const QString &stepId);
    void skip(const QString &stepId, const QString &reason);
    void override(const QString &stepId, const QString &reason);
    void rerun(const QString &stepId, const QString &reason);
    // Goes on from stepId: the steps before it that are not done are skipped with the reason; a done
    // step is run again (recorded as a rerun with the reason).
    void resumeFrom(const QString &stepId, const QString &reason);
    // Stops after the running step (which finishes on the server); records "stopped".
    void stop(const QString &reason);
    // Stops watching and driving; the run stays as it is on the server.
    void detach();

    Phase phase() const { return m_phase; }
    bool isDriving() const { return m_driving; }
    QString errorString() const { return m_error; }
    const Runbook &runbook() const { return m_book; }
    const RunState &state() const { return m_state; }
    const RemoteRun &remote() const { return m_remote; }
    const Server &server() const { return m_server; }
    QString runId() const { return m_remote.runId; }
    // The context of a step (or of the run, for an empty id): templates expanded with the run's values.
    Context context(const QString &stepId = {}) const;
    // The outputs seen, per step and attempt, redacted.
    const RunOutputs &outputs() const { return m_outputs; }
    const Redactor &redactor() const { return m_redactor; }
    QString transcript() const;
    // The decision pending now, if any (kind and step); decisionStep empty when none.
    QString decisionStep() const { return m_decisionStep; }
    Decision decision() const { return m_decision; }
    QString decisionMessage() const { return m_decisionMessage; }

    // The dry run: for each step, exactly what it will send or do, quoted.
    struct PlannedStep
    {
        QString id;
        QString title;
        QString type;
        QStringList lines;
        QStringList requirements;
    };
    static QList<PlannedStep> dryRun(const Runbook &book, const Context &context);

signals:
    void phaseChanged(Steward::Runbook::RunEngine::Phase phase);
    // The state was rebuilt (a new event, a decision).
    void stateChanged();
    void eventAdded(const Steward::Runbook::Event &event);
    // Output of a step as it comes (redacted).
    void outputReceived(const QString &stepId, int attempt, const QByteArray &data);
    void decisionNeeded(Steward::Runbook::RunEngine::Decision decision,
                        const QString &stepId,
                        const QString &message);
    // The connection dropped; the engine tries again.
    void connectionLost(const QString &message);
    void reconnected();
    // A refusal or a failure of something asked (not of a step): said to the volunteer.
    void errorOccurred(const QString &message);
    // The run ended: done or stopped (state().done / state().stopped).
    void finished();
    // After finished: the transcript's upload and the tmux session's end (a done run) are over, or
    // failed. Not emitted when the connection was lost or the engine detached meanwhile.
    void wrappedUp();

private:
    void openRun(const QString &baseId, int attempt);
    void setPhase(Phase phase);
    void release();
    // Starts a laptop or gate step's attempt (started: its event) and holds it on the server while this
    // engine works on it (RemoteRun::hold); then(0) once recorded, else then(exit code, why).
    void beginHeld(const QString &stepId,
                   int attempt,
                   const QByteArray &started,
                   std::function<void(int code, const QByteArray &err)> then);
    void dropHold();
    // What another Steward may be doing: a laptop or gate step running without this engine.
    void checkLaptopStep(qsizetype index);
    void abandonLaptopStep(qsizetype index, const QString &reason);
    // The checks every intervalMs until they pass or patienceMs has gone by; eachRound sees every
    // round's records, done the last round's; both redacted.
    void pollChecks(const QString &stepId,
                    const QList<std::shared_ptr<const Check>> &checks,
                    qint64 patienceMs,
                    qint64 intervalMs,
                    std::function<void(const QList<CheckRecord> &records, bool passed)> eachRound,
                    std::function<void(const QList<CheckRecord> &records, bool passed)> done);
    void fail(const QString &message);
    void whenReady(std::function<void()> then);
    void onSessionState();
    void remote(const QStringList &argv,
                std::function<void(int exitCode, const QByteArray &out, const QByteArray &err)> done,
                const QByteArray &input = {});
    void appendEvents(const QList<QByteArray> &fields, std::function<void(bool ok)> done = {});
    void readJournal(std::function<void()> then);
    void startWatch();
    void onWatchData(const QByteArray &data);
    void addEvents(const QList<Event> &events);
    void refold();
    void tick();
    void startStep(qsizetype index, int attempt);
    void startServerStep(qsizetype index, int attempt);
    void startGate(qsizetype index, int attempt);
    void startPerson(qsizetype index, int attempt);
    void startLaptopStep(qsizetype index, int attempt);
    void runComposeUpdate(qsizetype index, int attempt);
    void runAnnounce(qsizetype index, int attempt);
    void runWaitHealthy(qsizetype index, int attempt);
    void runAnsible(qsizetype index, int attempt, bool check);
    void verify(qsizetype index);
    void follow(qsizetype index, int attempt);
    void checkRunning(qsizetype index);
    void laptopOutput(const QString &stepId, int attempt, const QByteArray &data);
    void finishLaptopStep(const QString &stepId,
                          int attempt,
                          int exitCode,
                          const QString &message,
                          const QList<QByteArray> &before = {});
    void askDecision(Decision decision, const QString &stepId, const QString &message);
    void clearDecision();
    void closeRun();
    void readEnvForRedaction();
    qsizetype stepIndex(const QString &stepId) const;
    QByteArray startedFields(const Step &step,
                             int attempt,
                             const QString &where,
                             const QJsonObject &more = {}) const;
    void loadSavedOutputs();
    void saveLocalCopy();

    Server m_server;
    QNetworkAccessManager *m_network;
    QPointer<Ssh::Session> m_session;
    TokenProvider m_tokenProvider;
    QString m_actor;
    QString m_stateDir;
    QString m_approveAll;
    int m_verifyPatienceMs = 30000;

    Runbook m_book;
    QHash<QString, QString> m_parameters; // resolved, secrets included (memory only)
    RemoteRun m_remote;
    QList<Event> m_events;
    RunState m_state;
    RunOutputs m_outputs;
    Redactor m_redactor;
    QHash<QString, qint64> m_followOffsets; // step#attempt → bytes received from the server's file

    Phase m_phase = Phase::Idle;
    bool m_driving = false;
    bool m_attached = false;
    bool m_lost = false;
    QString m_error;
    QPointer<Ssh::Command> m_watch;
    QByteArray m_watchBuffer;
    QHash<QString, QPointer<Ssh::Command>> m_follows; // step#attempt → the tail of its output file
    qsizetype m_inFlight = -1; // the step this engine works on now (laptop, gate, verification, start)
    int m_waitFor = 0;         // the journal event whose arrival ends the work in flight
    qsizetype m_applying = -1; // an approved ansible step: applied once its approval is recorded
    QPointer<Ssh::Command>
        m_hold; // holds the laptop or gate step this engine works on (RemoteRun::hold)
    QSet<QString> m_lostWork;  // step#attempt this engine worked on when its connection dropped
    QTimer m_recheck;          // asks again whether another Steward still works on a step
    QString m_checking;        // step#attempt whose runner is being asked whether it lives
    QSet<QString> m_autoRetry; // steps interrupted by this engine's own loss: done again
    QPointer<QObject> m_work;  // what does it (a probe runner, a post, a process)
    QString m_decisionStep;
    Decision m_decision = Decision::Approve;
    QString m_decisionMessage;
    QString m_decisionKey;
    QTimer m_reconnect;
    QList<std::function<void()>> m_whenReady;
    quint64 m_generation = 0; // bumped when the connection is lost: late answers are dropped
    QMetaObject::Connection m_sessionConnection;
    QTimer m_saveTimer;
    History::Database m_history;
};

} // namespace Steward::Runbook
