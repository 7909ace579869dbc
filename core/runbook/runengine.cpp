// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/runengine.h"

#include "core/buildinfo.h"
#include "core/compose/composediff.h"
#include "core/compose/composesummary.h"
#include "core/runbook/announcement.h"
#include "core/runbook/ansiblereport.h"
#include "core/runbook/configrepository.h"
#include "core/runbook/proberunner.h"
#include "core/runbook/runhistory.h"
#include "core/runbook/steps.h"
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/ssh/shellquote.h"
#include "core/ssh/transfer.h"
#include "core/tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryFile>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Steward::Runbook {

namespace {

QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME", u"someone"_s);
    return user + u'@' + QSysInfo::machineHostName();
}

// The checks as a journal event's members; their messages and evidence go through the redactor, as the
// output does (a probe's evidence may quote a configuration file or an environment).
QJsonObject checkArray(const QList<CheckRecord> &records, bool &passed, const Redactor &redactor)
{
    QJsonArray array;
    passed = true;
    for (const CheckRecord &r : records) {
        CheckRecord clean = r;
        clean.message = redactor.apply(r.message);
        clean.evidence = redactor.apply(r.evidence);
        array.append(clean.toJson());
        passed = passed && r.passed;
    }
    return {{u"passed"_s, passed}, {u"checks"_s, array}};
}

QString checksText(const QList<CheckRecord> &records)
{
    QString text;
    for (const CheckRecord &r : records) {
        text += (r.passed ? u"✔ "_s : u"✘ "_s) + r.title + u": "_s + r.message + u'\n';
        for (const QString &line : r.evidence.split(u'\n'))
            text += u"    "_s + line + u'\n';
    }
    return text;
}

} // namespace

RunEngine::RunEngine(const Server &server, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_network(network)
    , m_actor(defaultActor())
{
    m_reconnect.setInterval(3000);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (!m_session) {
            m_reconnect.stop();
            return;
        }
        const auto s = m_session->state();
        if (s == Ssh::Session::State::Lost || s == Ssh::Session::State::Disconnected)
            m_session->connectToHost();
    });
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(300);
    connect(&m_saveTimer, &QTimer::timeout, this, &RunEngine::saveLocalCopy);
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(3000);
    connect(&m_recheck, &QTimer::timeout, this, &RunEngine::tick);
}

RunEngine::~RunEngine()
{
    if (m_saveTimer.isActive())
        saveLocalCopy();
    delete m_work.data();
    if (m_watch)
        m_watch->cancel();
    for (const auto &f : std::as_const(m_follows)) {
        if (f)
            f->cancel();
    }
}

Ssh::Session *RunEngine::session() const
{
    return m_session;
}

void RunEngine::setSession(Ssh::Session *session)
{
    if (m_session == session)
        return;
    if (m_sessionConnection)
        disconnect(m_sessionConnection);
    m_session = session;
    if (session)
        m_sessionConnection = connect(session,
                                      &Ssh::Session::stateChanged,
                                      this,
                                      &RunEngine::onSessionState);
}

void RunEngine::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void RunEngine::fail(const QString &message)
{
    m_error = message;
    m_driving = false;
    setPhase(Phase::Failed);
    emit errorOccurred(message);
}

Context RunEngine::context(const QString &stepId) const
{
    Context c;
    c.server = m_server;
    c.parameters = m_parameters;
    c.runId = m_remote.runId;
    c.stateDir = m_remote.stateDir;
    c.stepId = stepId;
    c.now = QDateTime::currentDateTimeUtc();
    return c;
}

qsizetype RunEngine::stepIndex(const QString &stepId) const
{
    return m_book.indexOf(stepId);
}

// ------------------------------------------------------------------------------------------------ connection

void RunEngine::whenReady(std::function<void()> then)
{
    if (!m_session) {
        fail(Core::Tr::tr("No connection to %1.").arg(m_server.name));
        return;
    }
    if (m_session->state() == Ssh::Session::State::Ready) {
        then();
        return;
    }
    m_whenReady.append(std::move(then));
    const auto s = m_session->state();
    if (s == Ssh::Session::State::Disconnected || s == Ssh::Session::State::Lost)
        m_session->connectToHost();
    m_reconnect.start();
}

void RunEngine::onSessionState()
{
    if (!m_session)
        return;
    const auto s = m_session->state();
    if (s == Ssh::Session::State::Ready) {
        m_reconnect.stop();
        const auto pending = std::exchange(m_whenReady, {});
        for (const auto &f : pending)
            f();
        if (m_lost && m_attached) {
            m_lost = false;
            emit reconnected();
            readJournal([this] {
                startWatch();
                setPhase(Phase::Active);
                tick();
            });
        }
        return;
    }
    if (s == Ssh::Session::State::Lost || s == Ssh::Session::State::Closed) {
        if (m_attached && !m_lost && m_phase != Phase::Finished) {
            m_lost = true;
            ++m_generation;
            // Work of this engine that needed the connection is dropped: its step is recorded as
            // interrupted and done again after the reconnect (every such step is safe to repeat).
            if (m_inFlight >= 0) {
                if (m_inFlight < m_state.steps.size())
                    m_lostWork.insert(outputKey(m_book.steps.at(m_inFlight).id,
                                                m_state.steps.at(m_inFlight).attempts));
                delete m_work.data();
                m_inFlight = -1;
            }
            m_applying = -1;
            m_hold = nullptr;
            m_checking.clear();
            m_watch = nullptr;
            m_follows.clear();
            setPhase(Phase::Connecting);
            emit connectionLost(m_session->errorString());
        }
        if (s == Ssh::Session::State::Lost && (m_attached || !m_whenReady.isEmpty()))
            m_reconnect.start();
        else if (s == Ssh::Session::State::Closed && !m_whenReady.isEmpty()) {
            m_whenReady.clear();
            fail(m_session->errorString());
        }
    }
}

void RunEngine::remote(const QStringList &argv,
                       std::function<void(int, const QByteArray &, const QByteArray &)> done,
                       const QByteArray &input)
{
    const quint64 generation = m_generation;
    if (!m_session || m_session->state() != Ssh::Session::State::Ready) {
        QTimer::singleShot(0, this, [done] {
            done(-1, {}, Core::Tr::tr("Not connected.").toUtf8());
        });
        return;
    }
    Ssh::Command *command = m_session->run(argv, {}, this);
    auto out = std::make_shared<QByteArray>();
    auto err = std::make_shared<QByteArray>();
    connect(command, &Ssh::Command::stdoutReceived, this, [out](const QByteArray &d) { *out += d; });
    connect(command, &Ssh::Command::stderrReceived, this, [err](const QByteArray &d) { *err += d; });
    connect(command,
            &Ssh::Command::finished,
            this,
            [this, command, out, err, done, generation](int code, const QString &) {
                command->deleteLater();
                if (generation == m_generation)
                    done(code, *out, *err);
            });
    connect(command,
            &Ssh::Command::failed,
            this,
            [this, command, done, generation](const QString &message) {
                command->deleteLater();
                if (generation == m_generation)
                    done(-1, {}, message.toUtf8());
            });
    if (!input.isEmpty())
        command->write(input);
    command->closeStdin();
}

void RunEngine::appendEvents(const QList<QByteArray> &fields, std::function<void(bool)> done)
{
    remote(m_remote.append(fields),
           [this, done](int code, const QByteArray &out, const QByteArray &err) {
               if (code != 0) {
                   emit errorOccurred(Core::Tr::tr("Could not write to the run's journal on %1: %2")
                                          .arg(m_server.name, QString::fromUtf8(err).trimmed()));
                   m_inFlight = -1;
                   m_applying = -1;
                   dropHold();
                   if (done)
                       done(false);
                   return;
               }
               // The runner prints each event's number: wait until the journal brought the last one back.
               const QList<QByteArray> numbers = out.trimmed().split('\n');
               const int last = numbers.isEmpty() ? 0 : numbers.last().trimmed().toInt();
               if (done)
                   done(true);
               if (last > m_state.lastEvent())
                   m_waitFor = last;
               else
                   release();
           });
}

void RunEngine::release()
{
    m_waitFor = 0;
    m_inFlight = -1;
    delete m_work.data();
    dropHold();
    // An approved ansible step: its approval is recorded now; the playbook is applied.
    if (m_applying >= 0) {
        const qsizetype i = std::exchange(m_applying, -1);
        const StepState &s = m_state.steps.at(i);
        if (s.status == StepState::Status::Running && s.where == u"laptop") {
            const int attempt = s.attempts;
            m_inFlight = i;
            beginHeld(m_book.steps.at(i).id,
                      attempt,
                      {},
                      [this, i, attempt](int code, const QByteArray &) {
                          if (code == 0) {
                              runAnsible(i, attempt, false);
                              return;
                          }
                          m_inFlight = -1;
                          tick();
                      });
            return;
        }
    }
    QTimer::singleShot(0, this, &RunEngine::tick);
}

void RunEngine::beginHeld(const QString &stepId,
                          int attempt,
                          const QByteArray &started,
                          std::function<void(int, const QByteArray &)> then)
{
    dropHold();
    const quint64 generation = m_generation;
    Ssh::Command *command = m_session->run(m_remote.hold(stepId, attempt, started), {}, this);
    m_hold = command;
    auto out = std::make_shared<QByteArray>();
    auto err = std::make_shared<QByteArray>();
    auto answered = std::make_shared<bool>(false);
    // The runner prints the event's number once recorded, then holds until its stdin closes.
    connect(command,
            &Ssh::Command::stdoutReceived,
            this,
            [this, out, answered, generation, then](const QByteArray &d) {
                *out += d;
                if (*answered || !out->contains('\n'))
                    return;
                *answered = true;
                if (generation == m_generation)
                    then(0, {});
            });
    connect(command, &Ssh::Command::stderrReceived, this, [err](const QByteArray &d) { *err += d; });
    const auto ended =
        [this, command, err, answered, generation, then, stepId, attempt, started](int code) {
            command->deleteLater();
            if (m_hold == command)
                m_hold = nullptr;
            if (*answered)
                return;
            *answered = true;
            if (generation != m_generation)
                return;
            // A run made by an older Steward keeps its older runner, which has no hold: begin alone.
            if (err->contains("unknown command") && !started.isEmpty()) {
                remote(m_remote.begin(stepId, attempt, started),
                       [then](int beginCode, const QByteArray &, const QByteArray &beginErr) {
                           then(beginCode, beginErr);
                       });
                return;
            }
            then(code == 0 ? 3 : code, *err);
        };
    connect(command, &Ssh::Command::finished, this, [ended](int code, const QString &) {
        ended(code);
    });
    connect(command, &Ssh::Command::failed, this, [ended, err](const QString &message) {
        *err += message.toUtf8();
        ended(-1);
    });
}

void RunEngine::dropHold()
{
    // The runner's stdin closes: it ends, and `alive` says nobody works on the step any more.
    if (Ssh::Command *hold = std::exchange(m_hold, nullptr))
        hold->closeStdin();
}

// ------------------------------------------------------------------------------------------------ opening

QByteArray RunEngine::startedFields(const Step &step,
                                    int attempt,
                                    const QString &where,
                                    const QJsonObject &more) const
{
    QJsonObject fields = more;
    fields.insert(u"where"_s, where);
    fields.insert(u"by"_s, m_actor);
    fields.insert(u"out"_s, RemoteRun::outFile(step.id, attempt));
    return eventFields(u"started"_s, step.id, attempt, fields);
}

void RunEngine::create(const Runbook &book, const QHash<QString, QString> &parameters, bool drive)
{
    m_book = book;
    const auto resolved = book.resolveParameters(parameters);
    if (!resolved.ok()) {
        fail(resolved.error().message);
        return;
    }
    m_parameters = resolved.value();
    for (const QString &secret : book.secretValues(m_parameters))
        m_redactor.addSecret(secret);
    m_remote.stateDir = m_stateDir.isEmpty() ? RemoteRun::defaultStateDir(m_server) : m_stateDir;
    m_remote.runId = RemoteRun::makeRunId(book.id, QDateTime::currentDateTimeUtc());
    m_driving = drive;
    setPhase(Phase::Connecting);
    whenReady([this, base = m_remote.runId] { openRun(base, 1); });
}

// The run's folder; a run of the same runbook started in the same second (by another volunteer, or just
// before) already has the id: the next free suffix is taken (…-probe-2), never the other run's folder.
void RunEngine::openRun(const QString &baseId, int attempt)
{
    m_remote.runId = RemoteRun::suffixedRunId(baseId, attempt);
    setPhase(Phase::Opening);
    remote(
        m_remote.makeDirs(),
        [this, baseId, attempt](int code, const QByteArray &, const QByteArray &err) {
            if (code == RemoteRun::RunExists && attempt < RemoteRun::MaxSuffix) {
                openRun(baseId, attempt + 1);
                return;
            }
            if (code != 0) {
                fail(Core::Tr::tr("Could not create the run's folder %1 on %2: %3")
                         .arg(m_remote.runDir(), m_server.name, QString::fromUtf8(err).trimmed()));
                return;
            }
            auto runner = std::make_shared<QTemporaryFile>();
            auto bookFile = std::make_shared<QTemporaryFile>();
            if (!runner->open() || !bookFile->open()) {
                fail(
                    Core::Tr::tr("Could not write a temporary file: %1").arg(runner->errorString()));
                return;
            }
            runner->write(RemoteRun::runnerScript());
            runner->flush();
            bookFile->write(m_book.source);
            bookFile->flush();
            Ssh::Transfer *up = m_session->upload(runner->fileName(), m_remote.runner(), {}, this);
            connect(up, &Ssh::Transfer::failed, this, [this, up](const QString &message) {
                up->deleteLater();
                fail(message);
            });
            connect(up, &Ssh::Transfer::finished, this, [this, up, runner, bookFile] {
                up->deleteLater();
                Ssh::Transfer *up2 = m_session->upload(bookFile->fileName(),
                                                       m_remote.runbookFile(),
                                                       {},
                                                       this);
                connect(up2, &Ssh::Transfer::failed, this, [this, up2](const QString &message) {
                    up2->deleteLater();
                    fail(message);
                });
                connect(up2, &Ssh::Transfer::finished, this, [this, up2, bookFile] {
                    up2->deleteLater();
                    QJsonObject params;
                    for (const Parameter &p : m_book.parameters) {
                        if (!p.secret)
                            params.insert(p.name, m_parameters.value(p.name));
                    }
                    const QJsonObject created{
                        {u"runbook"_s, m_book.id},
                        {u"title"_s, m_book.title},
                        {u"server"_s, m_server.name},
                        {u"by"_s, m_actor},
                        {u"steward"_s, QStringLiteral(STEWARD_VERSION)},
                        {u"parameters"_s, params},
                        {u"dir"_s, m_remote.runDir()},
                        {u"origin"_s, m_book.origin},
                        {u"sha256"_s,
                         QString::fromLatin1(
                             QCryptographicHash::hash(m_book.source, QCryptographicHash::Sha256)
                                 .toHex())},
                    };
                    remote(m_remote.init(eventFields(u"created"_s, {}, 0, created)),
                           [this](int initCode, const QByteArray &, const QByteArray &initErr) {
                               if (initCode != 0) {
                                   fail(Core::Tr::tr("Could not start the run's journal on %1: %2")
                                            .arg(m_server.name,
                                                 QString::fromUtf8(initErr).trimmed()));
                                   return;
                               }
                               m_attached = true;
                               readEnvForRedaction();
                               readJournal([this] {
                                   startWatch();
                                   setPhase(Phase::Active);
                                   tick();
                               });
                           });
                });
            });
        });
}

void RunEngine::open(const QString &runId, const QHash<QString, QString> &secretParameters)
{
    if (!RemoteRun::isValidRunId(runId)) {
        fail(Core::Tr::tr("“%1” is not a run id (such as 20261122-001000-mastodon-upgrade).")
                 .arg(runId));
        return;
    }
    m_remote.stateDir = m_stateDir.isEmpty() ? RemoteRun::defaultStateDir(m_server) : m_stateDir;
    m_remote.runId = runId;
    m_parameters = secretParameters;
    for (const QString &secret : secretParameters)
        m_redactor.addSecret(secret);
    setPhase(Phase::Connecting);
    whenReady([this] {
        setPhase(Phase::Opening);
        Ssh::Transfer *read = m_session->readFile(m_remote.runbookFile(), 1024 * 1024, this);
        connect(read, &Ssh::Transfer::failed, this, [this, read](const QString &message) {
            read->deleteLater();
            fail(Core::Tr::tr("No run %1 on %2: %3").arg(m_remote.runId, m_server.name, message));
        });
        connect(read, &Ssh::Transfer::finished, this, [this, read] {
            read->deleteLater();
            const auto book = parse(read->data(), m_server.name + u':' + m_remote.runbookFile());
            if (!book.ok()) {
                fail(Core::Tr::tr("The run's runbook on %1 cannot be read: %2")
                         .arg(m_server.name, book.error().toString()));
                return;
            }
            m_book = book.value();
            m_attached = true;
            readEnvForRedaction();
            readJournal([this] {
                const QJsonObject params = m_state.created.value(u"parameters"_s).toObject();
                for (auto it = params.begin(); it != params.end(); ++it) {
                    if (!m_parameters.contains(it.key()))
                        m_parameters.insert(it.key(), it.value().toString());
                }
                loadSavedOutputs();
                startWatch();
                setPhase(Phase::Active);
                tick();
            });
        });
    });
}

void RunEngine::readEnvForRedaction()
{
    if (!m_session)
        return;
    Ssh::Transfer *read = m_session->readFile(m_server.composeDir + u"/.env.production"_s,
                                              1024 * 1024,
                                              this);
    connect(read, &Ssh::Transfer::finished, this, [this, read] {
        read->deleteLater();
        m_redactor.addEnvFile(read->data());
    });
    connect(read, &Ssh::Transfer::failed, read, &QObject::deleteLater);
}

void RunEngine::readJournal(std::function<void()> then)
{
    Ssh::Transfer *read = m_session->readFile(m_remote.journal(), 64 * 1024 * 1024, this);
    const quint64 generation = m_generation;
    connect(read, &Ssh::Transfer::failed, this, [this, read](const QString &message) {
        read->deleteLater();
        if (!m_lost)
            fail(Core::Tr::tr("Could not read the run's journal on %1: %2")
                     .arg(m_server.name, message));
    });
    connect(read, &Ssh::Transfer::finished, this, [this, read, then, generation] {
        read->deleteLater();
        if (generation != m_generation)
            return;
        QList<Event> events;
        for (const QByteArray &line : read->data().split('\n')) {
            if (const auto e = Event::parse(line))
                events.append(*e);
        }
        addEvents(events);
        then();
    });
}

void RunEngine::startWatch()
{
    if (m_watch)
        m_watch->cancel();
    m_watchBuffer.clear();
    Ssh::Command *watch = m_session->run(m_remote.watch(m_state.lastEvent() + 1), {}, this);
    m_watch = watch;
    connect(watch, &Ssh::Command::stdoutReceived, this, &RunEngine::onWatchData);
    const auto ended = [this, watch] {
        watch->deleteLater();
        if (m_watch != watch)
            return;
        m_watch = nullptr;
        // An end that is not a lost connection (the server ended tail): watch again after a moment.
        if (!m_lost && m_attached && m_phase == Phase::Active)
            QTimer::singleShot(1000, this, [this] {
                if (!m_watch && !m_lost && m_attached && m_session
                    && m_session->state() == Ssh::Session::State::Ready)
                    readJournal([this] { startWatch(); });
            });
    };
    connect(watch, &Ssh::Command::finished, this, ended);
    connect(watch, &Ssh::Command::failed, this, ended);
}

void RunEngine::onWatchData(const QByteArray &data)
{
    m_watchBuffer += data;
    QList<Event> events;
    qsizetype nl;
    while ((nl = m_watchBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_watchBuffer.left(nl);
        m_watchBuffer.remove(0, nl + 1);
        if (const auto e = Event::parse(line))
            events.append(*e);
    }
    if (!events.isEmpty())
        addEvents(events);
}

void RunEngine::addEvents(const QList<Event> &events)
{
    QList<Event> added;
    bool gap = false;
    for (const Event &e : events) {
        const int last = m_events.isEmpty() ? 0 : m_events.last().n;
        if (e.n <= last)
            continue;
        if (e.n != last + 1) {
            gap = true;
            break;
        }
        m_events.append(e);
        added.append(e);
    }
    if (!added.isEmpty()) {
        refold();
        for (const Event &e : std::as_const(added)) {
            emit eventAdded(e);
            // A server step that ended while its output was not followed (a lost connection, an engine
            // that opened the run late): the rest of its output is read from where it stopped.
            if (e.type == u"finished" && m_session && !m_lost) {
                const qsizetype i = stepIndex(e.step);
                const QString key = outputKey(e.step, e.attempt);
                if (i >= 0 && m_state.steps.at(i).where == u"server" && !m_follows.contains(key)
                    && m_followOffsets.contains(key))
                    follow(i, e.attempt);
            }
        }
    }
    if (gap && m_session && !m_lost) {
        readJournal([] {});
        return;
    }
    if (m_waitFor > 0 && m_state.lastEvent() >= m_waitFor)
        release();
    else if (!added.isEmpty())
        tick();
}

void RunEngine::refold()
{
    m_state = RunState::fold(m_book, m_remote.runId, m_events);
    // A decision that no longer applies (someone else decided, the step moved on) is cleared.
    if (!m_decisionStep.isEmpty()) {
        const qsizetype i = stepIndex(m_decisionStep);
        const auto s = i >= 0 ? m_state.steps.at(i).status : StepState::Status::Succeeded;
        const bool still = (m_decision == Decision::Approve && s == StepState::Status::Waiting)
                           || (m_decision == Decision::StepFailed && s == StepState::Status::Failed)
                           || (m_decision == Decision::GateBlocked
                               && s == StepState::Status::Blocked)
                           || (m_decision == Decision::Interrupted
                               && s == StepState::Status::Interrupted)
                           || (m_decision == Decision::NeedsUnmet
                               && s == StepState::Status::Pending);
        if (!still)
            clearDecision();
    }
    m_saveTimer.start();
    emit stateChanged();
}

void RunEngine::loadSavedOutputs()
{
    for (const Event &e : std::as_const(m_events)) {
        if (e.type != u"started")
            continue;
        const QString key = outputKey(e.step, e.attempt);
        const qsizetype i = stepIndex(e.step);
        if (m_outputs.contains(key) || i < 0)
            continue;
        const StepState &s = m_state.steps.at(i);
        if (s.status == StepState::Status::Running && s.attempts == e.attempt)
            continue; // followed
        Ssh::Transfer *read = m_session->readFile(m_remote.runDir() + u'/'
                                                      + RemoteRun::outFile(e.step, e.attempt),
                                                  16 * 1024 * 1024,
                                                  this);
        connect(read, &Ssh::Transfer::finished, this, [this, read, key] {
            read->deleteLater();
            if (!m_outputs.contains(key)) {
                m_followOffsets.insert(key, read->data().size());
                m_outputs.insert(key, m_redactor.apply(read->data()));
                m_saveTimer.start();
                emit stateChanged();
            }
        });
        connect(read, &Ssh::Transfer::failed, read, &QObject::deleteLater);
    }
}

void RunEngine::detach()
{
    m_driving = false;
    m_attached = false;
    ++m_generation;
    m_reconnect.stop();
    if (m_watch)
        m_watch->cancel();
    for (const auto &f : std::as_const(m_follows)) {
        if (f)
            f->cancel();
    }
    m_follows.clear();
    dropHold();
    m_recheck.stop();
    setPhase(Phase::Idle);
}

// ------------------------------------------------------------------------------------------------ driving

void RunEngine::askDecision(Decision decision, const QString &stepId, const QString &message)
{
    const qsizetype i = stepIndex(stepId);
    const QString key = QString::number(int(decision)) + u'#' + stepId + u'#'
                        + QString::number(i >= 0 ? m_state.steps.at(i).attempts : 0) + u'#'
                        + QString::number(m_state.lastEvent());
    if (key == m_decisionKey)
        return;
    m_decisionKey = key;
    m_decisionStep = stepId;
    m_decision = decision;
    m_decisionMessage = message;
    emit decisionNeeded(decision, stepId, message);
    emit stateChanged();
}

void RunEngine::clearDecision()
{
    m_decisionStep.clear();
    m_decisionMessage.clear();
    m_decisionKey.clear();
}

void RunEngine::tick()
{
    if (m_phase != Phase::Active || m_lost || !m_attached)
        return;
    const qsizetype running = m_state.running();
    // The running server step's output is followed whether this engine drives or watches.
    if (running >= 0 && m_state.steps.at(running).where == u"server"
        && !m_follows.contains(
            outputKey(m_book.steps.at(running).id, m_state.steps.at(running).attempts))
        && m_inFlight < 0 && m_checking.isEmpty())
        checkRunning(running);
    if (m_state.done || (m_state.stopped && running < 0)) {
        if (m_phase != Phase::Finished)
            closeRun();
        return;
    }
    if (!m_driving || m_inFlight >= 0 || m_waitFor > 0 || m_state.stopped)
        return;
    const qsizetype i = m_state.cursor();
    if (i >= m_book.steps.size()) {
        m_inFlight = i;
        appendEvents({eventFields(u"done"_s, {}, 0, {{u"by"_s, m_actor}})});
        return;
    }
    const Step &step = m_book.steps.at(i);
    const StepState &s = m_state.steps.at(i);
    switch (s.status) {
    case StepState::Status::Pending: {
        const QString need = m_state.unmetNeed(m_book, i);
        if (!need.isEmpty()) {
            askDecision(Decision::NeedsUnmet, step.id, need);
            return;
        }
        startStep(i, s.attempts + 1);
        return;
    }
    case StepState::Status::Running:
        if (s.where != u"server") {
            const QString key = outputKey(step.id, s.attempts);
            if (m_lostWork.remove(key)) {
                // This engine's own work on it was dropped with its connection.
                abandonLaptopStep(i,
                                  Core::Tr::tr("Steward stopped working on it before it ended (a "
                                               "lost connection)"));
                return;
            }
            checkLaptopStep(i);
        }
        return;
    case StepState::Status::Verifying:
        verify(i);
        return;
    case StepState::Status::Waiting: {
        if (!m_approveAll.isEmpty()) {
            approve(step.id, m_approveAll);
            return;
        }
        const auto *confirm = dynamic_cast<const ConfirmAction *>(step.action.get());
        askDecision(Decision::Approve,
                    step.id,
                    confirm ? confirm->prompt(context(step.id))
                            : Core::Tr::tr("Approve what ansible-playbook --check --diff showed."));
        return;
    }
    case StepState::Status::Failed:
        askDecision(Decision::StepFailed,
                    step.id,
                    s.message.isEmpty() ? Core::Tr::tr("“%1” failed with exit status %2.")
                                              .arg(step.title)
                                              .arg(s.exitCode)
                                        : s.message);
        return;
    case StepState::Status::Blocked: {
        QStringList failed;
        for (const CheckRecord &c : s.checks) {
            if (!c.passed)
                failed.append(c.title + u": "_s + c.message);
        }
        askDecision(Decision::GateBlocked, step.id, failed.join(u'\n'));
        return;
    }
    case StepState::Status::Interrupted:
        if (m_autoRetry.contains(step.id)) {
            m_autoRetry.remove(step.id);
            startStep(i, s.attempts + 1);
            return;
        }
        askDecision(Decision::Interrupted,
                    step.id,
                    Core::Tr::tr("“%1” was interrupted: %2").arg(step.title, s.message));
        return;
    case StepState::Status::Succeeded:
    case StepState::Status::Skipped:
    case StepState::Status::Overridden:
        return;
    }
}

// A laptop or gate step that runs, and not in this engine: another Steward may work on it now (its
// runner holds it, RemoteRun::hold), or one that was killed, restarted or lost its connection did.
void RunEngine::checkLaptopStep(qsizetype index)
{
    if (!m_checking.isEmpty() || m_recheck.isActive())
        return;
    const QString stepId = m_book.steps.at(index).id;
    const int attempt = m_state.steps.at(index).attempts;
    const QString key = outputKey(stepId, attempt);
    m_checking = key;
    remote(m_remote.alive(stepId, attempt),
           [this, index, key](int code, const QByteArray &, const QByteArray &) {
               m_checking.clear();
               const StepState &s = m_state.steps.at(index);
               if (s.status != StepState::Status::Running
                   || outputKey(m_book.steps.at(index).id, s.attempts) != key) {
                   tick();
                   return;
               }
               if (code < 0)
                   return; // not connected: the reconnect looks again
               if (code == 0) {
                   // Someone works on it: its finish comes through the journal; asked again later.
                   m_recheck.start();
                   return;
               }
               if (!m_driving || m_inFlight >= 0 || m_waitFor > 0 || m_state.stopped)
                   return;
               abandonLaptopStep(index,
                                 Core::Tr::tr("the Steward that worked on it stopped before it "
                                              "ended (a restart or a lost connection)"));
           });
}

// Recorded as interrupted; every laptop or gate step is safe to do again, so it is.
void RunEngine::abandonLaptopStep(qsizetype index, const QString &reason)
{
    const Step &step = m_book.steps.at(index);
    m_inFlight = index;
    appendEvents({eventFields(u"abandoned"_s,
                              step.id,
                              m_state.steps.at(index).attempts,
                              {{u"by"_s, m_actor}, {u"reason"_s, reason}})},
                 [this, id = step.id](bool ok) {
                     if (ok)
                         m_autoRetry.insert(id);
                 });
}

void RunEngine::checkRunning(qsizetype index)
{
    const Step &step = m_book.steps.at(index);
    const int attempt = m_state.steps.at(index).attempts;
    const QString key = outputKey(step.id, attempt);
    m_checking = key;
    remote(m_remote.alive(step.id, attempt),
           [this, index, attempt, key](int code, const QByteArray &, const QByteArray &) {
               m_checking.clear();
               const StepState &s = m_state.steps.at(index);
               if (s.status != StepState::Status::Running || s.attempts != attempt)
                   return tick();
               if (code == 0) {
                   follow(index, attempt);
                   return;
               }
               if (code < 0)
                   return; // not connected: the reconnect looks again
               // The runner is gone. Its finish may be on its way: read the journal once more first.
               readJournal([this, index, attempt] {
                   const StepState &again = m_state.steps.at(index);
                   if (again.status != StepState::Status::Running || again.attempts != attempt) {
                       tick();
                       return;
                   }
                   // Read what it printed before it went.
                   follow(index, attempt);
                   if (!m_driving)
                       return;
                   m_inFlight = index;
                   appendEvents(
                       {eventFields(u"abandoned"_s,
                                    m_book.steps.at(index).id,
                                    attempt,
                                    {{u"by"_s, m_actor},
                                     {u"reason"_s,
                                      Core::Tr::tr(
                                          "the runner on the server ended without recording "
                                          "how the step ended (was the server restarted?)")}})});
               });
           });
}

void RunEngine::follow(qsizetype index, int attempt)
{
    const Step &step = m_book.steps.at(index);
    const QString key = outputKey(step.id, attempt);
    if (m_follows.value(key))
        return;
    Ssh::Command *command
        = m_session->run(m_remote.follow(step.id, attempt, m_followOffsets.value(key)), {}, this);
    m_follows.insert(key, command);
    auto partial = std::make_shared<QByteArray>();
    const QString stepId = step.id;
    const auto deliver = [this, stepId, attempt, key](const QByteArray &lines) {
        const QByteArray clean = m_redactor.apply(lines);
        m_outputs[key] += clean;
        m_saveTimer.start();
        emit outputReceived(stepId, attempt, clean);
    };
    connect(command,
            &Ssh::Command::stdoutReceived,
            this,
            [this, key, partial, deliver](const QByteArray &data) {
                m_followOffsets[key] += data.size();
                *partial += data;
                const qsizetype nl = partial->lastIndexOf('\n');
                if (nl >= 0) {
                    deliver(partial->left(nl + 1));
                    partial->remove(0, nl + 1);
                }
            });
    const auto ended = [this, command, partial, deliver, key] {
        command->deleteLater();
        if (!partial->isEmpty())
            deliver(std::exchange(*partial, {}));
        if (m_follows.value(key) == command)
            m_follows.remove(key);
    };
    connect(command, &Ssh::Command::finished, this, ended);
    connect(command, &Ssh::Command::failed, this, ended);
}

void RunEngine::startStep(qsizetype index, int attempt)
{
    clearDecision();
    m_inFlight = index;
    const Step &step = m_book.steps.at(index);
    switch (step.action->where()) {
    case StepAction::Where::Server:
        startServerStep(index, attempt);
        return;
    case StepAction::Where::Gate:
        startGate(index, attempt);
        return;
    case StepAction::Where::Person:
        startPerson(index, attempt);
        return;
    case StepAction::Where::Laptop:
        startLaptopStep(index, attempt);
        return;
    }
}

void RunEngine::startServerStep(qsizetype index, int attempt)
{
    const Step &step = m_book.steps.at(index);
    const Context ctx = context(step.id);
    const QStringList argv = step.action->argv(ctx);
    const QString directory = step.action->directory(ctx);
    const QString line = RemoteRun::stepCommandLine(argv, directory);
    const QByteArray fields = startedFields(step,
                                            attempt,
                                            u"server"_s,
                                            // The journal records the command with secret values
                                            // replaced; the step's script (0600, in the run's 0700
                                            // folder) is the only place the server holds them.
                                            {{u"command"_s, m_redactor.apply(line)},
                                             {u"directory"_s, directory}});
    const QString key = outputKey(step.id, attempt);
    m_followOffsets.insert(key, 0);
    m_outputs.remove(key);
    remote(m_remote.start(step.id, attempt, fields, line),
           [this, index, attempt](int code, const QByteArray &out, const QByteArray &err) {
               if (code != 0) {
                   m_inFlight = -1;
                   emit errorOccurred(
                       Core::Tr::tr("“%1” did not start: %2")
                           .arg(m_book.steps.at(index).title, QString::fromUtf8(err).trimmed()));
                   readJournal([this] { tick(); });
                   return;
               }
               follow(index, attempt);
               const int n = out.trimmed().split('\n').last().toInt();
               if (n > m_state.lastEvent())
                   m_waitFor = n;
               else
                   release();
           });
}

void RunEngine::startGate(qsizetype index, int attempt)
{
    const Step &gateStep = m_book.steps.at(index);
    beginHeld(gateStep.id,
              attempt,
              startedFields(gateStep, attempt, u"gate"_s),
              [this, index, attempt](int code, const QByteArray &err) {
                  const Step &step = m_book.steps.at(index);
                  if (code != 0) {
                      m_inFlight = -1;
                      emit errorOccurred(Core::Tr::tr("“%1” did not start: %2")
                                             .arg(step.title, QString::fromUtf8(err).trimmed()));
                      return;
                  }
                  const Context ctx = context(step.id);
                  const auto checks = step.action->checks();
                  auto *runner = new ProbeRunner(m_session, m_network, this);
                  m_work = runner;
                  connect(runner,
                          &ProbeRunner::finished,
                          this,
                          [this, runner, index, attempt, checks, ctx] {
                              runner->deleteLater();
                              const QString id = m_book.steps.at(index).id;
                              const QList<CheckRecord> records
                                  = ProbeRunner::evaluate(ctx, checks, runner->results());
                              bool passed = true;
                              const QJsonObject gate = checkArray(records, passed, m_redactor);
                              laptopOutput(id,
                                           attempt,
                                           m_redactor.apply(checksText(records)).toUtf8());
                              appendEvents({eventFields(u"gate"_s, id, attempt, gate),
                                            eventFields(u"finished"_s,
                                                        id,
                                                        attempt,
                                                        {{u"exit"_s, passed ? 0 : 1}})});
                          });
                  runner->start(ctx, ProbeRunner::probesOf(ctx, checks));
              });
}

void RunEngine::startPerson(qsizetype index, int attempt)
{
    const Step &step = m_book.steps.at(index);
    const auto *confirm = dynamic_cast<const ConfirmAction *>(step.action.get());
    const QJsonObject more{{u"prompt"_s, confirm ? confirm->prompt(context(step.id)) : QString()}};
    remote(m_remote.begin(step.id, attempt, startedFields(step, attempt, u"person"_s, more)),
           [this, index](int code, const QByteArray &out, const QByteArray &err) {
               if (code != 0) {
                   m_inFlight = -1;
                   emit errorOccurred(
                       Core::Tr::tr("“%1” did not start: %2")
                           .arg(m_book.steps.at(index).title, QString::fromUtf8(err).trimmed()));
                   return;
               }
               const int n = out.trimmed().toInt();
               if (n > m_state.lastEvent())
                   m_waitFor = n;
               else
                   release();
           });
}

void RunEngine::startLaptopStep(qsizetype index, int attempt)
{
    const Step &laptopStep = m_book.steps.at(index);
    const Context ctx = context(laptopStep.id);
    QJsonObject more;
    const QStringList lines = laptopStep.action->describe(ctx);
    if (!lines.isEmpty())
        more.insert(u"command"_s, m_redactor.apply(lines.join(u'\n')));
    m_outputs.remove(outputKey(laptopStep.id, attempt));
    beginHeld(laptopStep.id,
              attempt,
              startedFields(laptopStep, attempt, u"laptop"_s, more),
              [this, index, attempt](int code, const QByteArray &err) {
                  const Step &step = m_book.steps.at(index);
                  if (code != 0) {
                      m_inFlight = -1;
                      emit errorOccurred(Core::Tr::tr("“%1” did not start: %2")
                                             .arg(step.title, QString::fromUtf8(err).trimmed()));
                      return;
                  }
                  const QString type = step.action->type();
                  if (type == u"compose-update")
                      runComposeUpdate(index, attempt);
                  else if (type == u"announce")
                      runAnnounce(index, attempt);
                  else if (type == u"wait-healthy")
                      runWaitHealthy(index, attempt);
                  else if (type == u"ansible")
                      runAnsible(index, attempt, true);
                  else
                      finishLaptopStep(step.id,
                                       attempt,
                                       1,
                                       Core::Tr::tr("Unknown step type %1.").arg(type));
              });
}

void RunEngine::laptopOutput(const QString &stepId, int attempt, const QByteArray &data)
{
    if (data.isEmpty())
        return;
    const QByteArray clean = m_redactor.apply(data);
    const QString key = outputKey(stepId, attempt);
    m_outputs[key] += clean;
    m_saveTimer.start();
    emit outputReceived(stepId, attempt, clean);
    // Kept on the server too, beside the server steps' outputs.
    remote(m_remote.write(stepId, attempt), [](int, const QByteArray &, const QByteArray &) {}, clean);
}

void RunEngine::finishLaptopStep(const QString &stepId,
                                 int attempt,
                                 int exitCode,
                                 const QString &message,
                                 const QList<QByteArray> &before)
{
    QList<QByteArray> fields = before;
    QJsonObject rest{{u"exit"_s, exitCode}};
    if (!message.isEmpty())
        rest.insert(u"message"_s, m_redactor.apply(message));
    fields.append(eventFields(u"finished"_s, stepId, attempt, rest));
    if (!message.isEmpty())
        laptopOutput(stepId, attempt, (message + u'\n').toUtf8());
    appendEvents(fields);
}

void RunEngine::runComposeUpdate(qsizetype index, int attempt)
{
    const Step &step = m_book.steps.at(index);
    const auto *action = dynamic_cast<const ComposeUpdateAction *>(step.action.get());
    const Context ctx = context(step.id);
    const QString file = action->file(ctx);
    const QString stepId = step.id;
    const auto doc = Compose::Document::fromFile(file);
    if (!doc.ok()) {
        finishLaptopStep(stepId,
                         attempt,
                         1,
                         Core::Tr::tr("The reviewed file cannot be read: %1")
                             .arg(doc.error().toString()));
        return;
    }
    if (const auto valid = Compose::validateCompose(doc.value()); !valid.ok()) {
        finishLaptopStep(stepId,
                         attempt,
                         1,
                         Core::Tr::tr("%1 is not a docker-compose file: %2")
                             .arg(file, valid.error().toString()));
        return;
    }
    const QByteArray bytes = doc->bytes();
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    laptopOutput(stepId,
                 attempt,
                 Core::Tr::tr("Reviewed file: %1 (%n byte(s), SHA-256 %2)",
                              nullptr,
                              int(bytes.size()))
                         .arg(file, sha)
                         .toUtf8()
                     + '\n');
    const QString target = action->target(ctx);
    const auto upload = [this, stepId, attempt, file, target, sha, bytes](QList<QByteArray> before) {
        Ssh::Transfer *up = m_session->upload(file, target, {}, this);
        m_work = up;
        connect(up,
                &Ssh::Transfer::failed,
                this,
                [this, up, stepId, attempt, target](const QString &message) {
                    up->deleteLater();
                    finishLaptopStep(stepId,
                                     attempt,
                                     1,
                                     Core::Tr::tr("The upload to %1 failed: %2")
                                         .arg(target, message));
                });
        connect(up,
                &Ssh::Transfer::finished,
                this,
                [this, up, stepId, attempt, target, sha, bytes, before] {
                    up->deleteLater();
                    QList<QByteArray> events = before;
                    events.append(eventFields(u"uploaded"_s,
                                              stepId,
                                              attempt,
                                              {{u"target"_s, target},
                                               {u"sha256"_s, sha},
                                               {u"bytes"_s, int(bytes.size())}}));
                    finishLaptopStep(stepId,
                                     attempt,
                                     0,
                                     Core::Tr::tr("Uploaded to %1 atomically.").arg(target),
                                     events);
                });
    };
    const ComposeUpdateAction::Commit &commit = action->commit();
    const QString repository = ctx.expand(commit.repository).trimmed();
    if (repository.isEmpty()) {
        upload({});
        return;
    }
    ConfigRepository::Commit c;
    c.repository = repository;
    c.branch = ctx.expand(commit.branch);
    c.path = ctx.expand(commit.path);
    c.message = ctx.expand(commit.message);
    c.push = commit.push;
    auto *watcher = new QFutureWatcher<Result<ConfigRepository::Outcome>>(this);
    m_work = watcher;
    connect(watcher,
            &QFutureWatcherBase::finished,
            this,
            [this, watcher, stepId, attempt, c, upload] {
                watcher->deleteLater();
                const auto outcome = watcher->result();
                if (!outcome.ok()) {
                    finishLaptopStep(stepId, attempt, 1, outcome.error().message);
                    return;
                }
                laptopOutput(stepId, attempt, outcome->log.toUtf8());
                upload({eventFields(u"committed"_s,
                                    stepId,
                                    attempt,
                                    {{u"repository"_s, c.repository},
                                     {u"branch"_s, c.branch},
                                     {u"path"_s, c.path},
                                     {u"commit"_s, outcome->commit},
                                     {u"pushed"_s, outcome->pushed}})});
            });
    watcher->setFuture(
        QtConcurrent::run([c, bytes] { return ConfigRepository::commitFile(c, bytes); }));
}

void RunEngine::runAnnounce(qsizetype index, int attempt)
{
    const Step &step = m_book.steps.at(index);
    const QString stepId = step.id;
    // Posted already (an earlier attempt whose finish was not recorded): never a second post.
    for (const Event &e : std::as_const(m_events)) {
        if (e.type == u"posted" && e.step == stepId) {
            finishLaptopStep(stepId,
                             attempt,
                             0,
                             Core::Tr::tr("Already posted by attempt %1: %2")
                                 .arg(e.attempt)
                                 .arg(e.string(u"message"_s)));
            return;
        }
    }
    if (!m_tokenProvider) {
        finishLaptopStep(stepId,
                         attempt,
                         1,
                         Core::Tr::tr("No keychain to read the admin token from."));
        return;
    }
    const auto *action = dynamic_cast<const AnnounceAction *>(step.action.get());
    const Context ctx = context(stepId);
    const QString text = action->text(ctx);
    const int characters = Announcement::countCharacters(text + ctx.expand(action->spec().spoiler));
    laptopOutput(stepId,
                 attempt,
                 (Core::Tr::tr("Announcement (%n character(s)):", nullptr, characters) + u'\n'
                  + text + u'\n')
                     .toUtf8());
    m_tokenProvider(m_server, this, [this, stepId, attempt, action, ctx, text](Result<QString> token) {
        if (!token.ok()) {
            finishLaptopStep(stepId, attempt, 1, token.error().message);
            return;
        }
        QString secret = token.value();
        m_redactor.addSecret(secret);
        auto *post = new AnnouncementPost(m_network, this);
        m_work = post;
        AnnouncementPost::Request request;
        request.base = QUrl(m_server.publicUrl);
        request.token = std::exchange(secret, {});
        request.text = text;
        request.visibility = action->spec().visibility;
        request.spoiler = ctx.expand(action->spec().spoiler);
        request.language = action->spec().language;
        request.scheduledAt = action->scheduledAt(ctx);
        request.idempotencyKey = Announcement::idempotencyKey(m_remote.runId, stepId);
        const QString key = request.idempotencyKey;
        connect(post,
                &AnnouncementPost::finished,
                this,
                [this, post, stepId, attempt, key, text](const PostResult &r) {
                    post->deleteLater();
                    laptopOutput(stepId,
                                 attempt,
                                 Core::Tr::tr("%1 of %2 characters allowed.")
                                         .arg(r.characters)
                                         .arg(r.maxCharacters)
                                         .toUtf8()
                                     + '\n');
                    if (!r.ok()) {
                        finishLaptopStep(stepId, attempt, 1, r.message);
                        return;
                    }
                    finishLaptopStep(stepId,
                                     attempt,
                                     0,
                                     r.message,
                                     {eventFields(u"posted"_s,
                                                  stepId,
                                                  attempt,
                                                  {{u"message"_s, r.message},
                                                   {u"id"_s, r.statusId},
                                                   {u"url"_s, r.url},
                                                   {u"scheduled"_s,
                                                    r.outcome == PostResult::Outcome::Scheduled},
                                                   {u"idempotency_key"_s, key},
                                                   {u"characters"_s, r.characters},
                                                   {u"text"_s, text}})});
                });
        post->start(request);
    });
}

void RunEngine::runWaitHealthy(qsizetype index, int attempt)
{
    const Step &step = m_book.steps.at(index);
    const auto *action = dynamic_cast<const WaitHealthyAction *>(step.action.get());
    const QString stepId = step.id;
    const qint64 timeoutMs = action->timeoutMs();
    pollChecks(
        stepId,
        {action->check()},
        timeoutMs,
        action->intervalMs(),
        [this, stepId, attempt](const QList<CheckRecord> &records, bool) {
            laptopOutput(stepId,
                         attempt,
                         (QDateTime::currentDateTimeUtc().toString(u"HH:mm:ss"_s) + u' '
                          + records.first().message + u'\n')
                             .toUtf8());
        },
        [this, stepId, attempt, timeoutMs](const QList<CheckRecord> &records, bool passed) {
            const CheckRecord &r = records.first();
            laptopOutput(stepId, attempt, (r.evidence + u'\n').toUtf8());
            if (passed)
                finishLaptopStep(stepId, attempt, 0, QString());
            else
                finishLaptopStep(stepId,
                                 attempt,
                                 1,
                                 Core::Tr::tr("Still not healthy after %n second(s): %1",
                                              nullptr,
                                              int(timeoutMs / 1000))
                                     .arg(r.message));
        });
}

void RunEngine::pollChecks(const QString &stepId,
                           const QList<std::shared_ptr<const Check>> &checks,
                           qint64 patienceMs,
                           qint64 intervalMs,
                           std::function<void(const QList<CheckRecord> &, bool)> eachRound,
                           std::function<void(const QList<CheckRecord> &, bool)> done)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto round = std::make_shared<std::function<void()>>();
    // The function is kept by the connections of the round in progress (its runner's, then its timer's),
    // never by itself: no cycle, and it goes with the engine's work (m_work) when that is dropped.
    std::weak_ptr<std::function<void()>> self = round;
    *round = [this, stepId, checks, patienceMs, intervalMs, eachRound, done, clock, self] {
        const auto me = self.lock();
        if (!me)
            return;
        const Context ctx = context(stepId);
        auto *runner = new ProbeRunner(m_session, m_network, this);
        m_work = runner;
        connect(runner,
                &ProbeRunner::finished,
                this,
                [this, runner, checks, patienceMs, intervalMs, eachRound, done, clock, ctx, me] {
                    runner->deleteLater();
                    // Evidence quotes what the server printed: it is redacted before anyone sees it.
                    QList<CheckRecord> records = ProbeRunner::evaluate(ctx,
                                                                       checks,
                                                                       runner->results());
                    bool passed = true;
                    for (CheckRecord &r : records) {
                        r.message = m_redactor.apply(r.message);
                        r.evidence = m_redactor.apply(r.evidence);
                        passed = passed && r.passed;
                    }
                    if (eachRound)
                        eachRound(records, passed);
                    if (passed || clock->elapsed() >= patienceMs) {
                        done(records, passed);
                        return;
                    }
                    auto *timer = new QTimer(this);
                    timer->setSingleShot(true);
                    m_work = timer;
                    connect(timer, &QTimer::timeout, this, [timer, me] {
                        timer->deleteLater();
                        (*me)();
                    });
                    timer->start(int(intervalMs));
                });
        runner->start(ctx, ProbeRunner::probesOf(ctx, checks));
    };
    (*round)();
}

void RunEngine::runAnsible(qsizetype index, int attempt, bool check)
{
    const Step &step = m_book.steps.at(index);
    const auto *action = dynamic_cast<const AnsibleAction *>(step.action.get());
    const QString stepId = step.id;
    const Context ctx = context(stepId);
    const QStringList argv = action->command(ctx, check && action->spec().checkFirst);
    const bool isCheck = check && action->spec().checkFirst;
    auto *process = new QProcess(this);
    m_work = process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANSIBLE_STDOUT_CALLBACK"_s, u"json"_s);
    env.insert(u"ANSIBLE_NOCOLOR"_s, u"1"_s);
    env.insert(u"ANSIBLE_HOST_KEY_CHECKING"_s, u"True"_s);
    process->setProcessEnvironment(env);
    laptopOutput(stepId,
                 attempt,
                 (u"$ ANSIBLE_STDOUT_CALLBACK=json "_s + Ssh::commandLine(argv) + u'\n').toUtf8());
    connect(process,
            &QProcess::finished,
            this,
            [this, process, stepId, attempt, isCheck, index](int code, QProcess::ExitStatus) {
                process->deleteLater();
                const QByteArray out = process->readAllStandardOutput();
                const QByteArray err = process->readAllStandardError();
                const auto report = AnsibleReport::parse(out);
                if (!report.ok()) {
                    laptopOutput(stepId, attempt, out + err);
                    finishLaptopStep(stepId, attempt, code ? code : 1, report.error().message);
                    return;
                }
                laptopOutput(stepId, attempt, report->toText().toUtf8());
                QJsonArray recap;
                for (const AnsibleReport::Recap &r : report->recap)
                    recap.append(QJsonObject{{u"host"_s, r.host},
                                             {u"ok"_s, r.ok},
                                             {u"changed"_s, r.changed},
                                             {u"failures"_s, r.failures},
                                             {u"unreachable"_s, r.unreachable}});
                const QByteArray ansibleEvent = eventFields(u"ansible"_s,
                                                            stepId,
                                                            attempt,
                                                            {{u"passed"_s, report->succeeded()},
                                                             {u"phase"_s,
                                                              isCheck ? u"check"_s : u"apply"_s},
                                                             {u"changed"_s, report->changedCount()},
                                                             {u"recap"_s, recap}});
                if (!report->succeeded() || code != 0) {
                    finishLaptopStep(
                        stepId,
                        attempt,
                        code ? code : 1,
                        isCheck
                            ? Core::Tr::tr("ansible-playbook --check failed; nothing was applied.")
                            : Core::Tr::tr("ansible-playbook failed."),
                        {ansibleEvent});
                    return;
                }
                if (isCheck) {
                    // What is approved: the check's report. The step waits for a volunteer.
                    appendEvents({ansibleEvent});
                    Q_UNUSED(index);
                    return;
                }
                finishLaptopStep(stepId,
                                 attempt,
                                 0,
                                 Core::Tr::tr("Applied: %n change(s).",
                                              nullptr,
                                              report->changedCount()),
                                 {ansibleEvent});
            });
    connect(process,
            &QProcess::errorOccurred,
            this,
            [this, process, stepId, attempt](QProcess::ProcessError e) {
                if (e != QProcess::FailedToStart)
                    return;
                process->deleteLater();
                finishLaptopStep(stepId,
                                 attempt,
                                 127,
                                 Core::Tr::tr("ansible-playbook could not start: %1")
                                     .arg(process->errorString()));
            });
    process->start(argv.first(), argv.mid(1));
}

void RunEngine::verify(qsizetype index)
{
    const Step &step = m_book.steps.at(index);
    m_inFlight = index;
    const QString stepId = step.id;
    const int attempt = m_state.steps.at(index).attempts;
    auto checks = step.verify;
    checks += step.action->impliedVerify();
    pollChecks(stepId,
               checks,
               m_verifyPatienceMs,
               2000,
               {},
               [this, stepId, attempt](const QList<CheckRecord> &records, bool) {
                   bool passed = true;
                   const QJsonObject verified = checkArray(records, passed, m_redactor);
                   laptopOutput(stepId, attempt, checksText(records).toUtf8());
                   appendEvents({eventFields(u"verify"_s, stepId, attempt, verified)});
               });
}

// ------------------------------------------------------------------------------------------------ decisions

void RunEngine::continueRun()
{
    m_driving = true;
    if (m_state.stopped && m_phase != Phase::Failed) {
        if (m_phase == Phase::Finished)
            setPhase(Phase::Active);
        appendEvents({eventFields(u"resumed"_s, {}, 0, {{u"by"_s, m_actor}})});
        return;
    }
    tick();
}

void RunEngine::approve(const QString &stepId, const QString &reason)
{
    const qsizetype i = stepIndex(stepId);
    if (i < 0 || m_state.steps.at(i).status != StepState::Status::Waiting) {
        emit errorOccurred(Core::Tr::tr("Nothing waits for approval in “%1”.").arg(stepId));
        return;
    }
    clearDecision();
    const int attempt = m_state.steps.at(i).attempts;
    QJsonObject fields{{u"by"_s, m_actor}};
    if (!reason.isEmpty())
        fields.insert(u"reason"_s, reason);
    m_inFlight = i;
    if (m_book.steps.at(i).action->type() == u"ansible") {
        fields.insert(u"what"_s, u"ansible --check --diff"_s);
        // Applied once the approval came back through the journal (release()): until then the
        // step is this engine's work in flight, and what waits for the event must not end the apply.
        appendEvents({eventFields(u"approved"_s, stepId, attempt, fields)}, [this, i](bool ok) {
            if (ok)
                m_applying = i;
        });
        return;
    }
    appendEvents({eventFields(u"approved"_s, stepId, attempt, fields),
                  eventFields(u"finished"_s, stepId, attempt, {{u"exit"_s, 0}})});
}

void RunEngine::retry(const QString &stepId)
{
    const qsizetype i = stepIndex(stepId);
    if (i < 0)
        return;
    const StepState &s = m_state.steps.at(i);
    m_driving = true;
    if (s.status == StepState::Status::Verifying) {
        verify(i);
        return;
    }
    if (s.status != StepState::Status::Failed && s.status != StepState::Status::Blocked
        && s.status != StepState::Status::Interrupted) {
        emit errorOccurred(
            Core::Tr::tr("“%1” is %2; only a failed, blocked or interrupted step is retried.")
                .arg(m_book.steps.at(i).title, StepState::statusText(s.status).toLower()));
        return;
    }
    if (m_inFlight >= 0)
        return;
    startStep(i, s.attempts + 1);
}

void RunEngine::skip(const QString &stepId, const QString &reason)
{
    const qsizetype i = stepIndex(stepId);
    if (i < 0 || reason.trimmed().isEmpty()) {
        emit errorOccurred(Core::Tr::tr("Skipping a step needs a reason."));
        return;
    }
    const auto status = m_state.steps.at(i).status;
    if (status == StepState::Status::Running || m_state.steps.at(i).isDone()) {
        emit errorOccurred(
            Core::Tr::tr("“%1” is %2 and cannot be skipped.")
                .arg(m_book.steps.at(i).title, StepState::statusText(status).toLower()));
        return;
    }
    clearDecision();
    m_inFlight = i;
    appendEvents({eventFields(u"skipped"_s,
                              stepId,
                              0,
                              {{u"by"_s, m_actor}, {u"reason"_s, reason.trimmed()}})});
}

void RunEngine::override(const QString &stepId, const QString &reason)
{
    const qsizetype i = stepIndex(stepId);
    if (i < 0 || reason.trimmed().isEmpty()) {
        emit errorOccurred(Core::Tr::tr("Overriding needs a reason."));
        return;
    }
    const StepState &s = m_state.steps.at(i);
    QString what;
    if (s.status == StepState::Status::Blocked)
        what = u"gate"_s;
    else if (s.status == StepState::Status::Pending && !m_state.unmetNeed(m_book, i).isEmpty())
        what = u"needs"_s;
    if (what.isEmpty()) {
        emit errorOccurred(Core::Tr::tr("“%1” is not blocked: there is nothing to override.")
                               .arg(m_book.steps.at(i).title));
        return;
    }
    clearDecision();
    m_inFlight = i;
    appendEvents(
        {eventFields(u"override"_s,
                     stepId,
                     s.attempts,
                     {{u"by"_s, m_actor}, {u"reason"_s, reason.trimmed()}, {u"what"_s, what}})});
}

void RunEngine::rerun(const QString &stepId, const QString &reason)
{
    const qsizetype i = stepIndex(stepId);
    if (i < 0 || reason.trimmed().isEmpty()) {
        emit errorOccurred(Core::Tr::tr("Running a step again needs a reason."));
        return;
    }
    if (!m_state.steps.at(i).isDone()) {
        emit errorOccurred(
            Core::Tr::tr("“%1” has not completed; retry it instead.").arg(m_book.steps.at(i).title));
        return;
    }
    m_inFlight = i;
    appendEvents(
        {eventFields(u"rerun"_s, stepId, 0, {{u"by"_s, m_actor}, {u"reason"_s, reason.trimmed()}})});
}

void RunEngine::resumeFrom(const QString &stepId, const QString &reason)
{
    const qsizetype i = stepIndex(stepId);
    if (i < 0 || reason.trimmed().isEmpty()) {
        emit errorOccurred(Core::Tr::tr("Resuming from a chosen step needs a reason."));
        return;
    }
    if (m_state.running() >= 0) {
        emit errorOccurred(Core::Tr::tr("A step is running; wait until it has finished."));
        return;
    }
    QList<QByteArray> fields;
    for (qsizetype j = 0; j < i; ++j) {
        if (!m_state.steps.at(j).isDone())
            fields.append(
                eventFields(u"skipped"_s,
                            m_book.steps.at(j).id,
                            0,
                            {{u"by"_s, m_actor},
                             {u"reason"_s,
                              Core::Tr::tr("resumed from “%1”: %2").arg(stepId, reason.trimmed())}}));
    }
    if (m_state.stopped)
        fields.append(eventFields(u"resumed"_s, {}, 0, {{u"by"_s, m_actor}, {u"from"_s, stepId}}));
    if (m_state.steps.at(i).isDone())
        fields.append(eventFields(u"rerun"_s,
                                  stepId,
                                  0,
                                  {{u"by"_s, m_actor}, {u"reason"_s, reason.trimmed()}}));
    m_driving = true;
    clearDecision();
    if (fields.isEmpty()) {
        tick();
        return;
    }
    if (m_phase == Phase::Finished)
        setPhase(Phase::Active);
    m_inFlight = i;
    appendEvents(fields);
}

void RunEngine::stop(const QString &reason)
{
    m_driving = false;
    clearDecision();
    if (m_state.stopped || m_state.done)
        return;
    appendEvents(
        {eventFields(u"stopped"_s,
                     {},
                     0,
                     {{u"by"_s, m_actor},
                      {u"reason"_s,
                       reason.trimmed().isEmpty() ? Core::Tr::tr("stopped") : reason.trimmed()}})});
}

void RunEngine::closeRun()
{
    m_driving = false;
    setPhase(Phase::Finished);
    saveLocalCopy();
    // The transcript beside the journal on the server; the tmux session ends when nothing runs.
    auto pending = std::make_shared<int>(1);
    const auto settled = [this, pending] {
        if (--*pending == 0)
            emit wrappedUp();
    };
    auto file = std::make_shared<QTemporaryFile>();
    if (m_session && file->open()) {
        file->write(transcript().toUtf8());
        file->flush();
        Ssh::Transfer *up = m_session->upload(file->fileName(), m_remote.transcriptFile(), {}, this);
        ++*pending;
        connect(up, &Ssh::Transfer::finished, this, [up, file, settled] {
            up->deleteLater();
            settled();
        });
        connect(up, &Ssh::Transfer::failed, this, [up, file, settled] {
            up->deleteLater();
            settled();
        });
    }
    if (m_state.done && m_state.running() < 0) {
        ++*pending;
        remote(m_remote.close(),
               [settled](int, const QByteArray &, const QByteArray &) { settled(); });
    }
    QTimer::singleShot(0, this, settled);
    emit finished();
}

QString RunEngine::transcript() const
{
    return Transcript::toMarkdown(m_book, m_state, m_outputs, m_redactor);
}

// ------------------------------------------------------------------------------------------------ local copy

void RunEngine::saveLocalCopy()
{
    // The local copy is a row of the history database (RunHistory): the journal as read and the
    // transcript, both redacted, replaced at each save.
    if (m_remote.runId.isEmpty() || m_events.isEmpty())
        return;
    RunRecord record;
    record.server = m_server.name;
    record.runId = m_remote.runId;
    record.runbookId = m_book.id;
    record.title = m_book.title;
    record.status = m_state.statusName();
    record.createdAt = m_state.createdAt;
    record.updatedAt = QDateTime::currentDateTimeUtc();
    for (const Event &e : std::as_const(m_events))
        record.journal += m_redactor.apply(e.line) + '\n';
    record.transcript = transcript();
    if (const auto saved = RunHistory(m_history).record(record); !saved)
        qWarning().noquote() << saved.error().message;
}

// ------------------------------------------------------------------------------------------------ dry run

QList<RunEngine::PlannedStep> RunEngine::dryRun(const Runbook &book, const Context &base)
{
    QList<PlannedStep> plan;
    RemoteRun run{base.stateDir, base.runId};
    for (const Step &step : book.steps) {
        Context ctx = base;
        ctx.stepId = step.id;
        PlannedStep p;
        p.id = step.id;
        p.title = ctx.expand(step.title);
        p.type = step.type;
        p.requirements = step.action->requirements(ctx);
        switch (step.action->where()) {
        case StepAction::Where::Server: {
            const QString line = RemoteRun::stepCommandLine(step.action->argv(ctx),
                                                            step.action->directory(ctx));
            p.lines.append(Core::Tr::tr("In tmux on the server (%1):").arg(run.session()));
            p.lines.append(u"  "_s + line);
            p.lines.append(Core::Tr::tr("Sent as:"));
            p.lines.append(
                u"  "_s
                + Ssh::commandLine(run.start(step.id,
                                             1,
                                             "\"type\":\"started\",\"step\":\"" + step.id.toUtf8()
                                                 + "\",\"attempt\":1,…",
                                             line)));
            break;
        }
        case StepAction::Where::Gate:
            for (const auto &check : step.action->checks()) {
                p.lines.append(Core::Tr::tr("Check: %1 (evidence: %2)")
                                   .arg(check->title(ctx), check->evidenceName(ctx)));
                for (const Probe &probe : check->probes(ctx))
                    p.lines.append(u"  "_s + probe.display(ctx));
            }
            break;
        case StepAction::Where::Person:
        case StepAction::Where::Laptop:
            p.lines += step.action->describe(ctx);
            break;
        }
        auto verify = step.verify;
        verify += step.action->impliedVerify();
        for (const auto &check : verify) {
            p.lines.append(Core::Tr::tr("Then verified: %1 (evidence: %2)")
                               .arg(check->title(ctx), check->evidenceName(ctx)));
            for (const Probe &probe : check->probes(ctx))
                p.lines.append(u"  "_s + probe.display(ctx));
        }
        plan.append(p);
    }
    return plan;
}

} // namespace Steward::Runbook
