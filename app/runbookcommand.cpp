// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runbookcommand.h"

#include "app/consoleservers.h"
#include "app/tr.h"
#include "core/runbook/dryrun.h"
#include "core/runbook/journal.h"
#include "core/runbook/remoterun.h"
#include "core/runbook/runbook.h"
#include "core/runbook/runbooklibrary.h"
#include "core/runbook/runengine.h"
#include "core/runbook/runhistory.h"
#include "core/runbook/steps.h"
#include "core/secrets/credentialkey.h"
#include "core/secrets/credentialstore.h"
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/ssh/transfer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Steward::RunbookCommand {

using Runbook::Event;
using Runbook::RunEngine;
using Runbook::RunState;
using Runbook::StepState;

namespace {

// ------------------------------------------------------------------------------------------------ signals

int interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char c = 'i';
    [[maybe_unused]] const auto n = ::write(interruptPipe[1], &c, 1);
}

// Ctrl-C (or TERM) calls stop once, from the event loop; a second one ends at once.
class Interrupts
{
public:
    Interrupts(QObject *context, std::function<void()> stop)
    {
        if (::pipe(interruptPipe) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, context, [this, stop] {
            char c;
            [[maybe_unused]] const auto n = ::read(interruptPipe[0], &c, 1);
            if (++m_count == 1)
                stop();
            else
                std::_Exit(130);
        });
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
    }
    ~Interrupts()
    {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        m_notifier.reset();
        if (interruptPipe[0] >= 0) {
            ::close(interruptPipe[0]);
            ::close(interruptPipe[1]);
            interruptPipe[0] = interruptPipe[1] = -1;
        }
    }
    Interrupts(const Interrupts &) = delete;
    Interrupts &operator=(const Interrupts &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_count = 0;
};

constexpr int InterruptedExit = 130;

// ------------------------------------------------------------------------------------------------ output

// What a run prints as it goes: stdout in text mode; stderr with --json, where stdout holds the JSON only.
class Console
{
public:
    explicit Console(bool json)
        : m_stream(json ? stderr : stdout)
    {}

    void line(const QString &text)
    {
        endLine();
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream);
        std::fputc('\n', m_stream);
        std::fflush(m_stream);
    }

    // A step's output, indented, as it comes (possibly in the middle of a line).
    void output(const QByteArray &data)
    {
        QByteArray text;
        for (const char c : data) {
            if (c == '\r')
                continue;
            if (!m_midLine) {
                text += "    ";
                m_midLine = true;
            }
            text += c;
            if (c == '\n')
                m_midLine = false;
        }
        std::fwrite(text.constData(), 1, size_t(text.size()), m_stream);
        std::fflush(m_stream);
    }

    void endLine()
    {
        if (m_midLine) {
            std::fputc('\n', m_stream);
            m_midLine = false;
        }
    }

private:
    FILE *m_stream;
    bool m_midLine = false;
};

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : QString();
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// "/path/file.yaml:12:5: message" (a compiler's form, which editors jump to).
QString located(const QString &path, const Error &error)
{
    QString where = path;
    if (error.line > 0) {
        where += u':' + QString::number(error.line);
        if (error.column > 0)
            where += u':' + QString::number(error.column);
    }
    QString message = error.message;
    if (message.startsWith(path + u": "_s))
        message = message.mid(path.size() + 2);
    return where.isEmpty() ? message : where + u": "_s + message;
}

QJsonObject errorJson(const QString &path, const Error &error)
{
    return {{u"message"_s, error.message},
            {u"path"_s, path},
            {u"line"_s, error.line},
            {u"column"_s, error.column}};
}

QString stepLabel(const Runbook::Runbook &book, const QString &stepId)
{
    const qsizetype i = book.indexOf(stepId);
    if (i < 0)
        return stepId;
    return u"[%1/%2] %3"_s.arg(i + 1).arg(book.steps.size()).arg(stepId);
}

QString stepTitle(const Runbook::Runbook &book, const QString &stepId)
{
    const Runbook::Step *step = book.step(stepId);
    return step ? step->title : stepId;
}

// One line for an event of the journal, as the run goes (or as it went, when a run is opened again).
QString eventLine(const Runbook::Runbook &book, const Event &e)
{
    const QString label = stepLabel(book, e.step);
    const QString by = e.string(u"by"_s);
    const QString reason = e.string(u"reason"_s);
    if (e.type == u"created")
        return App::Tr::tr("Run made by %1 at %2.").arg(by, when(e.time));
    if (e.type == u"started") {
        QString text = App::Tr::tr("▶ %1: %2 (attempt %3, by %4)")
                           .arg(label, stepTitle(book, e.step))
                           .arg(e.attempt)
                           .arg(by);
        const QString where = e.string(u"where"_s);
        const QString command = e.string(u"command"_s);
        if (where == u"server" && !command.isEmpty())
            text += u"\n    $ "_s + command;
        return text;
    }
    if (e.type == u"finished") {
        const int code = e.integer(u"exit"_s);
        const Runbook::Step *step = book.step(e.step);
        const bool gate = step && step->action
                          && step->action->where() == Runbook::StepAction::Where::Gate;
        if (code == 0)
            return gate ? App::Tr::tr("✔ %1: its checks passed").arg(label)
                        : App::Tr::tr("✔ %1: finished").arg(label);
        if (gate)
            return App::Tr::tr("✘ %1: blocked by its checks").arg(label);
        const QString message = e.string(u"message"_s);
        return message.isEmpty()
                   ? App::Tr::tr("✘ %1: failed with exit status %2").arg(label).arg(code)
                   : App::Tr::tr("✘ %1: failed: %2").arg(label, message);
    }
    if (e.type == u"verify")
        return e.boolean(u"passed"_s) ? App::Tr::tr("✔ %1: verified").arg(label)
                                      : App::Tr::tr("✘ %1: its verification failed").arg(label);
    if (e.type == u"approved")
        return reason.isEmpty() ? App::Tr::tr("✔ %1: approved by %2").arg(label, by)
                                : App::Tr::tr("✔ %1: approved by %2 (%3)").arg(label, by, reason);
    if (e.type == u"override")
        return App::Tr::tr("! %1: overridden by %2: %3").arg(label, by, reason);
    if (e.type == u"skipped")
        return App::Tr::tr("- %1: skipped by %2: %3").arg(label, by, reason);
    if (e.type == u"abandoned")
        return App::Tr::tr("! %1: interrupted: %2").arg(label, reason);
    if (e.type == u"rerun")
        return App::Tr::tr("↻ %1: to run again (%2: %3)").arg(label, by, reason);
    if (e.type == u"uploaded")
        return App::Tr::tr("  %1: uploaded %2 (SHA-256 %3)")
            .arg(label, e.string(u"target"_s), e.string(u"sha256"_s));
    if (e.type == u"committed")
        return App::Tr::tr("  %1: committed %2 on %3")
            .arg(label, e.string(u"commit"_s), e.string(u"branch"_s));
    if (e.type == u"posted")
        return App::Tr::tr("  %1: %2").arg(label, e.string(u"message"_s));
    if (e.type == u"ansible")
        return App::Tr::tr("  %1: ansible-playbook %2: %3 change(s)")
            .arg(label, e.string(u"phase"_s))
            .arg(e.integer(u"changed"_s, 0));
    if (e.type == u"stopped")
        return App::Tr::tr("■ Stopped by %1: %2").arg(by, reason);
    if (e.type == u"resumed")
        return App::Tr::tr("▶ Resumed by %1.").arg(by);
    if (e.type == u"done")
        return App::Tr::tr("■ Done (%1).").arg(when(e.time));
    return {};
}

QJsonObject stepJson(const Runbook::Step &step, const StepState &s)
{
    QJsonObject o{{u"id"_s, step.id},
                  {u"type"_s, step.type},
                  {u"title"_s, step.title},
                  {u"status"_s, StepState::statusName(s.status)},
                  {u"attempts"_s, s.attempts}};
    if (s.exitCode >= 0)
        o.insert(u"exit"_s, s.exitCode);
    if (s.started.isValid())
        o.insert(u"started"_s, iso(s.started));
    if (s.finished.isValid())
        o.insert(u"finished"_s, iso(s.finished));
    if (!s.message.isEmpty())
        o.insert(u"message"_s, s.message);
    if (!s.decidedBy.isEmpty())
        o.insert(u"decided_by"_s, s.decidedBy);
    if (!s.reason.isEmpty())
        o.insert(u"reason"_s, s.reason);
    return o;
}

// The step a run is at: the running one, else the cursor (-1 when every step is done).
qsizetype currentStep(const RunState &state)
{
    const qsizetype running = state.running();
    if (running >= 0)
        return running;
    const qsizetype cursor = state.cursor();
    return cursor < state.steps.size() ? cursor : -1;
}

// --------------------------------------------------------------------------------------- list and show

int listCommand(bool json)
{
    int code = ConsoleServers::Ok;
    QJsonArray array;
    QStringList lines;
    for (const Runbook::Library::Entry &e : Runbook::Library::entries()) {
        const QString where = e.shipped ? App::Tr::tr("shipped") : QDir::toNativeSeparators(e.path);
        if (!e.runbook.ok()) {
            code = ConsoleServers::Usage;
            array.append(QJsonObject{{u"path"_s, e.path},
                                     {u"shipped"_s, e.shipped},
                                     {u"valid"_s, false},
                                     {u"error"_s, errorJson(e.path, e.runbook.error())}});
            lines.append(App::Tr::tr("INVALID  %1").arg(located(e.path, e.runbook.error())));
            continue;
        }
        const Runbook::Runbook &book = e.runbook.value();
        array.append(QJsonObject{{u"id"_s, book.id},
                                 {u"title"_s, book.title},
                                 {u"description"_s, book.description},
                                 {u"path"_s, e.path},
                                 {u"shipped"_s, e.shipped},
                                 {u"valid"_s, true},
                                 {u"steps"_s, int(book.steps.size())}});
        lines.append(
            u"%1  %2  (%3, %4)"_s.arg(book.id,
                                      book.title,
                                      App::Tr::tr("%n step(s)", nullptr, int(book.steps.size())),
                                      where));
    }
    if (json)
        ConsoleServers::printJson(QJsonDocument(QJsonObject{{u"runbooks"_s, array}}));
    else
        ConsoleServers::print(lines.isEmpty() ? App::Tr::tr("No runbooks.") : lines.join(u'\n'));
    return code;
}

// A runbook by id or path; prints its error (with line and column) when it does not load.
std::optional<Runbook::Runbook> findRunbook(const ConsoleServers &servers, const QString &name)
{
    const auto found = Runbook::Library::find(name);
    if (found.ok())
        return found.value();
    const Error &e = found.error();
    if (e.line > 0) {
        // The path of the file: the name given, or the library's entry of that id.
        QString path = name;
        for (const Runbook::Library::Entry &entry : Runbook::Library::entries()) {
            if (entry.path.endsWith(u'/' + name + u".yaml"_s)
                || entry.path.endsWith(u'/' + name + u".yml"_s))
                path = entry.path;
        }
        servers.error(located(path, e));
    } else {
        servers.error(e.message);
    }
    return std::nullopt;
}

int showCommand(const ConsoleServers &servers, const QString &name, bool json)
{
    const auto found = findRunbook(servers, name);
    if (!found)
        return ConsoleServers::Usage;
    const Runbook::Runbook &book = *found;
    QJsonArray parameters;
    QJsonArray steps;
    QStringList lines;
    lines.append(u"%1: %2"_s.arg(book.id, book.title));
    if (!book.description.trimmed().isEmpty())
        lines.append(book.description.trimmed());
    lines.append(QString());
    lines.append(App::Tr::tr("Parameters (--set NAME=VALUE):"));
    for (const Runbook::Parameter &p : book.parameters) {
        QStringList traits{Runbook::Parameter::typeName(p.type)};
        if (p.required)
            traits.append(App::Tr::tr("required"));
        if (p.secret)
            traits.append(App::Tr::tr("secret"));
        if (!p.defaultValue.isEmpty())
            traits.append(App::Tr::tr("default: %1").arg(p.defaultValue));
        if (!p.choices.isEmpty())
            traits.append(App::Tr::tr("one of: %1").arg(p.choices.join(u", "_s)));
        lines.append(u"  %1 (%2): %3"_s.arg(p.name, traits.join(u", "_s), p.title));
        for (const QString &l : p.description.trimmed().split(u'\n', Qt::SkipEmptyParts))
            lines.append(u"      "_s + l.trimmed());
        QJsonObject o{{u"name"_s, p.name},
                      {u"title"_s, p.title},
                      {u"description"_s, p.description.trimmed()},
                      {u"type"_s, Runbook::Parameter::typeName(p.type)},
                      {u"required"_s, p.required},
                      {u"secret"_s, p.secret},
                      {u"default"_s, p.defaultValue}};
        if (!p.choices.isEmpty())
            o.insert(u"choices"_s, QJsonArray::fromStringList(p.choices));
        parameters.append(o);
    }
    lines.append(QString());
    lines.append(App::Tr::tr("Steps:"));
    for (qsizetype i = 0; i < book.steps.size(); ++i) {
        const Runbook::Step &s = book.steps.at(i);
        lines.append(u"  %1. %2 (%3): %4"_s.arg(i + 1).arg(s.id, s.type, s.title));
        for (const QString &l : s.explanation.trimmed().split(u'\n', Qt::SkipEmptyParts))
            lines.append(u"      "_s + l.trimmed());
        if (!s.needs.isEmpty())
            lines.append(u"      "_s + App::Tr::tr("needs: %1").arg(s.needs.join(u", "_s)));
        steps.append(QJsonObject{{u"id"_s, s.id},
                                 {u"type"_s, s.type},
                                 {u"title"_s, s.title},
                                 {u"explanation"_s, s.explanation.trimmed()},
                                 {u"needs"_s, QJsonArray::fromStringList(s.needs)}});
    }
    if (json)
        ConsoleServers::printJson(
            QJsonDocument(QJsonObject{{u"id"_s, book.id},
                                      {u"title"_s, book.title},
                                      {u"description"_s, book.description.trimmed()},
                                      {u"origin"_s, book.origin},
                                      {u"parameters"_s, parameters},
                                      {u"steps"_s, steps}}));
    else
        ConsoleServers::print(lines.join(u'\n'));
    return ConsoleServers::Ok;
}

// ------------------------------------------------------------------------------------------------ servers

// The one server a run is on: --server, or the inventory's only server.
std::optional<Server> oneServer(const ConsoleServers &servers)
{
    const QStringList names = servers.selectedNames();
    if (names.size() == 1)
        return servers.server(names.first());
    if (names.size() > 1) {
        servers.error(App::Tr::tr("a run is on one server: give --server once"));
        return std::nullopt;
    }
    if (servers.servers().size() == 1)
        return servers.servers().first();
    QStringList all;
    for (const Server &s : servers.servers())
        all.append(s.name);
    servers.error(all.isEmpty() ? App::Tr::tr("the inventory has no server")
                                : App::Tr::tr("choose the server with --server NAME (the inventory "
                                              "has: %1)")
                                      .arg(all.join(u", "_s)));
    return std::nullopt;
}

// The admin token for an announcement: STEWARD_MASTODON_TOKEN, else the lab's own token (--lab), else the
// keychain (Credentials, "Mastodon access token" of the server). Never printed.
RunEngine::TokenProvider tokenProvider(const ConsoleServers &servers)
{
    const QString labToken = servers.isLab()
                                 ? QFileInfo(servers.inventoryPath()).dir().filePath(u"http/token"_s)
                                 : QString();
    return [labToken](const Server &server,
                      QObject *context,
                      std::function<void(Result<QString>)> done) {
        QString token = qEnvironmentVariable("STEWARD_MASTODON_TOKEN").trimmed();
        if (token.isEmpty() && !labToken.isEmpty()) {
            QFile f(labToken);
            if (f.open(QIODevice::ReadOnly))
                token = QString::fromUtf8(f.readAll()).trimmed();
        }
        if (!token.isEmpty()) {
            done(token);
            wipeSecret(token);
            return;
        }
        auto *store = new CredentialStore(u"Steward"_s, context);
        store->read({CredentialKind::MastodonToken, server.name},
                    context,
                    [store, done, name = server.name](CredentialReply &reply) {
                        store->deleteLater();
                        if (reply.status == CredentialReply::Status::Ok) {
                            QString secret = reply.secret;
                            wipeSecret(reply.secret);
                            done(secret);
                            wipeSecret(secret);
                            return;
                        }
                        done(Error{reply.status == CredentialReply::Status::NotFound
                                       ? App::Tr::tr("There is no admin token for %1: keep one in "
                                                     "the keychain (Credentials, “Mastodon access "
                                                     "token”) or set STEWARD_MASTODON_TOKEN.")
                                             .arg(name)
                                       : App::Tr::tr("The keychain did not give the admin token of "
                                                     "%1: %2")
                                             .arg(name, reply.error.message)});
                    });
    };
}

// ------------------------------------------------------------------------------------------------ driving

struct DriveOptions
{
    bool json = false;
    QString approveAll; // --yes / --approve-all REASON
    bool retry = false; // resume --retry
};

// Follows a run (made by create, or opened by open) and drives it until it is done, stops for a person, or
// Ctrl-C; prints as it goes; returns the exit code. start() is called once the session is ready.
int drive(ConsoleServers &servers,
          const Server &server,
          RunEngine &engine,
          const DriveOptions &options,
          const std::function<void()> &start)
{
    Console console(options.json);
    QObject context;
    int code = -1;
    QString outcome;
    QString message;
    QString unreachable;
    bool begun = false;                      // the run was made or opened
    bool driven = false;                     // continueRun() or retry() was asked
    bool headed = false;                     // its first lines were printed
    std::unique_ptr<QSocketNotifier> answer; // a confirmation asked on the terminal
    QByteArray answerBuffer;
    // Deleted later: stopAsking() may be called from the notifier's own signal.
    const auto stopAsking = [&] {
        if (answer) {
            answer->setEnabled(false);
            answer.release()->deleteLater();
        }
    };

    const auto resumeHint = [&](const QString &extra) {
        return u"steward runbook resume %1 --server %2%3"_s.arg(engine.runId(), server.name, extra);
    };
    // Ends the command: nothing more is driven; the run stays as it is on the server.
    const auto end = [&](int exitCode, const QString &how, const QString &text) {
        if (code >= 0)
            return;
        code = exitCode;
        outcome = how;
        message = text;
        stopAsking();
        engine.detach();
        QCoreApplication::exit(0);
    };

    if (!options.approveAll.isEmpty())
        engine.setApproveAll(options.approveAll);

    QObject::connect(&engine, &RunEngine::phaseChanged, &context, [&](RunEngine::Phase phase) {
        if (phase == RunEngine::Phase::Failed) {
            end(ConsoleServers::Problem, u"error"_s, engine.errorString());
            return;
        }
        if (phase != RunEngine::Phase::Active || begun)
            return;
        begun = true;
        // After the journal was read (and its history printed): drive from the cursor.
        QTimer::singleShot(0, &context, [&] {
            if (code >= 0)
                return;
            driven = true;
            const qsizetype at = currentStep(engine.state());
            if (options.retry && at >= 0) {
                const auto s = engine.state().steps.at(at).status;
                if (s == StepState::Status::Failed || s == StepState::Status::Blocked
                    || s == StepState::Status::Interrupted) {
                    engine.retry(engine.runbook().steps.at(at).id);
                    return;
                }
            }
            engine.continueRun();
        });
    });
    QObject::connect(&engine, &RunEngine::eventAdded, &context, [&](const Event &e) {
        if (!headed) {
            headed = true;
            console.line(App::Tr::tr("Run %1 of “%2” on %3.")
                             .arg(engine.runId(), engine.runbook().title, server.name));
            console.line(
                App::Tr::tr("To watch it on the server: %1").arg(engine.remote().attachCommand()));
        }
        const QString text = eventLine(engine.runbook(), e);
        if (!text.isEmpty())
            console.line(text);
    });
    QObject::connect(&engine,
                     &RunEngine::outputReceived,
                     &context,
                     [&](const QString &, int, const QByteArray &data) { console.output(data); });
    QObject::connect(&engine, &RunEngine::errorOccurred, &context, [&](const QString &text) {
        console.endLine();
        servers.error(text);
    });
    QObject::connect(&engine, &RunEngine::connectionLost, &context, [&](const QString &why) {
        console.line(App::Tr::tr("The connection to %1 was lost (%2); trying again. A running step "
                                 "goes on on the server.")
                         .arg(server.name, why));
    });
    QObject::connect(&engine, &RunEngine::reconnected, &context, [&] {
        console.line(App::Tr::tr("Connected to %1 again.").arg(server.name));
    });
    QObject::connect(&engine, &RunEngine::finished, &context, [&] {
        if (engine.state().done) {
            // The transcript is uploaded and the tmux session closed before the command ends (or
            // after a while, if the connection is lost meanwhile: the run is done all the same).
            const auto done = [&] {
                end(ConsoleServers::Ok, u"done"_s, App::Tr::tr("The run is done."));
            };
            QObject::connect(&engine, &RunEngine::wrappedUp, &context, done);
            QTimer::singleShot(15000, &context, done);
        } else if (!driven) {
            // A stopped run opened by resume: continueRun() goes on with it.
            return;
        } else
            end(ConsoleServers::Problem,
                u"stopped"_s,
                App::Tr::tr("The run was stopped (%1). To go on: %2")
                    .arg(engine.state().stopReason, resumeHint(QString())));
    });
    QObject::connect(
        &engine,
        &RunEngine::decisionNeeded,
        &context,
        [&](RunEngine::Decision decision, const QString &stepId, const QString &text) {
            const QString title = stepTitle(engine.runbook(), stepId);
            switch (decision) {
            case RunEngine::Decision::Approve:
                if (answer)
                    return; // already asked on the terminal
                if (::isatty(STDIN_FILENO)) {
                    console.line(
                        App::Tr::tr("“%1” waits for approval:\n%2").arg(title, text.trimmed()));
                    std::fputs(qPrintable(App::Tr::tr("Approve? Type yes to approve, anything else "
                                                      "stops here: ")),
                               stderr);
                    std::fflush(stderr);
                    answer = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
                    QObject::connect(answer.get(),
                                     &QSocketNotifier::activated,
                                     &context,
                                     [&, stepId, title, text] {
                                         char buffer[256];
                                         const auto n = ::read(STDIN_FILENO, buffer, sizeof buffer);
                                         if (n > 0)
                                             answerBuffer.append(buffer, n);
                                         if (n > 0 && !answerBuffer.contains('\n'))
                                             return;
                                         const QString reply
                                             = QString::fromUtf8(answerBuffer).trimmed().toLower();
                                         answerBuffer.clear();
                                         stopAsking();
                                         if (reply == u"yes"_s || reply == u"y"_s) {
                                             engine.approve(stepId);
                                             return;
                                         }
                                         end(ConsoleServers::Problem,
                                             u"waiting"_s,
                                             App::Tr::tr("“%1” was not approved. The run waits "
                                                         "there; to go on: %2")
                                                 .arg(title, resumeHint(u" --yes"_s)));
                                     });
                    return;
                }
                end(ConsoleServers::Problem,
                    u"waiting"_s,
                    App::Tr::tr("“%1” waits for a person's approval:\n%2\nNothing was approved: "
                                "without a terminal, a confirmation needs --yes (or "
                                "--approve-all REASON). To approve it and go on: %3")
                        .arg(title, text.trimmed(), resumeHint(u" --yes"_s)));
                return;
            case RunEngine::Decision::StepFailed:
            case RunEngine::Decision::Interrupted:
                end(ConsoleServers::Problem,
                    decision == RunEngine::Decision::StepFailed ? u"failed"_s : u"interrupted"_s,
                    App::Tr::tr("%1\nThe run stopped at “%2”. Look at its output, set right what "
                                "went wrong, then try it again: %3")
                        .arg(text.trimmed(), title, resumeHint(u" --retry"_s)));
                return;
            case RunEngine::Decision::GateBlocked:
            case RunEngine::Decision::NeedsUnmet:
                end(ConsoleServers::Problem,
                    u"blocked"_s,
                    App::Tr::tr("%1\nThe run stopped at the gate “%2” (a gate is never passed by "
                                "--yes). Set right what it found, then check it again: %3; or "
                                "override it with a reason in Steward's window.")
                        .arg(text.trimmed(), title, resumeHint(u" --retry"_s)));
                return;
            }
        });

    Interrupts interrupts(&context, [&] {
        if (engine.runId().isEmpty() || !begun) {
            end(InterruptedExit, u"interrupted"_s, App::Tr::tr("Interrupted."));
            return;
        }
        end(InterruptedExit,
            u"detached"_s,
            App::Tr::tr("Stopped following. The run goes on in tmux on %1 (a running step finishes "
                        "there, and nothing new starts); to follow and drive it again: %2")
                .arg(server.name,
                     resumeHint(options.approveAll.isEmpty() ? QString() : u" --yes"_s)));
    });

    servers.connectTo(server, &context, [&](const Result<Ssh::Session *> &session) {
        if (!session) {
            unreachable = session.error().message;
            end(ConsoleServers::Unreachable, u"unreachable"_s, unreachable);
            return;
        }
        engine.setSession(session.value());
        engine.setTokenProvider(tokenProvider(servers));
        start();
    });
    QCoreApplication::exec();

    console.endLine();
    if (options.json) {
        QJsonObject o{{u"outcome"_s, outcome}, {u"message"_s, message}, {u"server"_s, server.name}};
        if (!engine.runId().isEmpty() && begun) {
            const RunState &state = engine.state();
            QJsonArray steps;
            for (qsizetype i = 0; i < engine.runbook().steps.size() && i < state.steps.size(); ++i)
                steps.append(stepJson(engine.runbook().steps.at(i), state.steps.at(i)));
            const qsizetype at = currentStep(state);
            o.insert(u"run_id"_s, engine.runId());
            o.insert(u"runbook"_s, engine.runbook().id);
            o.insert(u"title"_s, engine.runbook().title);
            o.insert(u"status"_s, state.statusName());
            o.insert(u"step"_s, at >= 0 ? engine.runbook().steps.at(at).id : QString());
            o.insert(u"attach"_s, engine.remote().attachCommand());
            o.insert(u"steps"_s, steps);
        }
        ConsoleServers::printJson(QJsonDocument(o));
        if (code != ConsoleServers::Ok)
            servers.error(message);
    } else if (code == ConsoleServers::Ok) {
        console.line(message);
    } else {
        servers.error(message);
    }
    return code;
}

QHash<QString, QString> settings(const ConsoleServers &servers, const QStringList &values, bool *ok)
{
    QHash<QString, QString> map;
    *ok = true;
    for (const QString &v : values) {
        const qsizetype eq = v.indexOf(u'=');
        if (eq <= 0) {
            servers.error(App::Tr::tr("--set takes NAME=VALUE, not “%1”").arg(v));
            *ok = false;
            return {};
        }
        map.insert(v.left(eq).trimmed(), v.mid(eq + 1));
    }
    return map;
}

int runCommand(ConsoleServers &servers,
               const QString &name,
               const QHash<QString, QString> &parameters,
               const DriveOptions &options)
{
    const auto book = findRunbook(servers, name);
    if (!book)
        return ConsoleServers::Usage;
    // Checked before anything is made on the server.
    if (const auto resolved = book->resolveParameters(parameters); !resolved.ok()) {
        servers.error(
            App::Tr::tr("%1 (see steward runbook show %2)").arg(resolved.error().message, book->id));
        return ConsoleServers::Usage;
    }
    const auto server = oneServer(servers);
    if (!server)
        return ConsoleServers::Usage;
    QNetworkAccessManager network;
    RunEngine engine(*server, &network);
    const Runbook::Runbook runbook = *book;
    return drive(servers, *server, engine, options, [&] { engine.create(runbook, parameters); });
}

// Every step with exactly what it will send, quoted; nothing is sent (no connection is made).
int dryRunCommand(ConsoleServers &servers,
                  const QString &name,
                  const QHash<QString, QString> &parameters,
                  bool json)
{
    const auto book = findRunbook(servers, name);
    if (!book)
        return ConsoleServers::Usage;
    const auto server = oneServer(servers);
    if (!server)
        return ConsoleServers::Usage;
    const auto dry = Runbook::DryRun::make(*book, *server, parameters);
    if (!dry) {
        servers.error(
            App::Tr::tr("%1 (see steward runbook show %2)").arg(dry.error().message, book->id));
        return ConsoleServers::Usage;
    }
    if (json)
        ConsoleServers::printJson(QJsonDocument(dry->json()));
    else
        ConsoleServers::print(dry->text());
    return ConsoleServers::Ok;
}

// A run as this computer kept it (the history database): its Markdown transcript, or the record as JSON.
// No inventory and no connection: it reads what was saved while the run was followed here.
int transcriptCommand(const ConsoleServers &servers,
                      const QString &runId,
                      const QString &server,
                      bool json)
{
    const auto found = Runbook::RunHistory().find(server, runId);
    if (!found) {
        servers.error(found.error().message);
        return ConsoleServers::Problem;
    }
    if (!found.value()) {
        servers.error(
            App::Tr::tr("no run %1 is kept on this computer (a run is kept once Steward has "
                        "followed it here; steward runbook status lists the server's runs)")
                .arg(runId));
        return ConsoleServers::Problem;
    }
    const Runbook::RunRecord &r = *found.value();
    if (json)
        ConsoleServers::printJson(QJsonDocument(QJsonObject{{u"server"_s, r.server},
                                                            {u"run"_s, r.runId},
                                                            {u"runbook"_s, r.runbookId},
                                                            {u"title"_s, r.title},
                                                            {u"status"_s, r.status},
                                                            {u"created"_s, iso(r.createdAt)},
                                                            {u"updated"_s, iso(r.updatedAt)},
                                                            {u"transcript"_s, r.transcript}}));
    else
        ConsoleServers::print(r.transcript.endsWith(u'\n') ? r.transcript.chopped(1) : r.transcript);
    return ConsoleServers::Ok;
}

int resumeCommand(ConsoleServers &servers,
                  const QString &runId,
                  const QHash<QString, QString> &secrets,
                  const DriveOptions &options)
{
    if (!Runbook::RemoteRun::isValidRunId(runId)) {
        servers.error(App::Tr::tr("“%1” is not a run id (such as 20261122-001000-mastodon-upgrade; "
                                  "steward runbook status lists them)")
                          .arg(runId));
        return ConsoleServers::Usage;
    }
    const auto server = oneServer(servers);
    if (!server)
        return ConsoleServers::Usage;
    QNetworkAccessManager network;
    RunEngine engine(*server, &network);
    return drive(servers, *server, engine, options, [&] { engine.open(runId, secrets); });
}

// ------------------------------------------------------------------------------------------------ status

struct RunReport
{
    QString runId;
    QString error;
    Runbook::Runbook book;
    RunState state;
};

int statusCommand(ConsoleServers &servers, bool json)
{
    const auto server = oneServer(servers);
    if (!server)
        return ConsoleServers::Usage;
    const QString stateDir = Runbook::RemoteRun::defaultStateDir(*server);
    QObject context;
    QList<RunReport> reports;
    QString failure;
    int code = ConsoleServers::Ok;
    QPointer<Ssh::Session> session;

    // Reads each run's runbook and journal in turn and folds them.
    std::function<void(qsizetype)> readRun = [&](qsizetype i) {
        if (i >= reports.size() || !session) {
            QCoreApplication::exit(0);
            return;
        }
        const Runbook::RemoteRun run{stateDir, reports.at(i).runId};
        Ssh::Transfer *book = session->readFile(run.runbookFile(), 1024 * 1024, &context);
        QObject::connect(book, &Ssh::Transfer::failed, &context, [&, book, i](const QString &why) {
            book->deleteLater();
            reports[i].error = why;
            readRun(i + 1);
        });
        QObject::connect(book, &Ssh::Transfer::finished, &context, [&, book, i, run] {
            book->deleteLater();
            const auto parsed = Runbook::parse(book->data(), run.runbookFile());
            if (!parsed.ok()) {
                reports[i].error = parsed.error().toString();
                readRun(i + 1);
                return;
            }
            reports[i].book = parsed.value();
            Ssh::Transfer *journal = session->readFile(run.journal(), 64 * 1024 * 1024, &context);
            QObject::connect(journal,
                             &Ssh::Transfer::failed,
                             &context,
                             [&, journal, i](const QString &why) {
                                 journal->deleteLater();
                                 reports[i].error = why;
                                 readRun(i + 1);
                             });
            QObject::connect(journal, &Ssh::Transfer::finished, &context, [&, journal, i] {
                journal->deleteLater();
                QList<Event> events;
                for (const QByteArray &line : journal->data().split('\n')) {
                    if (const auto e = Event::parse(line))
                        events.append(*e);
                }
                reports[i].state = RunState::fold(reports.at(i).book, reports.at(i).runId, events);
                readRun(i + 1);
            });
        });
    };

    servers.connectTo(*server, &context, [&](const Result<Ssh::Session *> &connected) {
        if (!connected) {
            failure = connected.error().message;
            code = ConsoleServers::Unreachable;
            QCoreApplication::exit(0);
            return;
        }
        session = connected.value();
        Ssh::Command *list = session->run(Runbook::RemoteRun::list(stateDir), {}, &context);
        auto out = std::make_shared<QByteArray>();
        QObject::connect(list, &Ssh::Command::stdoutReceived, &context, [out](const QByteArray &d) {
            *out += d;
        });
        QObject::connect(list, &Ssh::Command::failed, &context, [&, list](const QString &why) {
            list->deleteLater();
            failure = why;
            code = ConsoleServers::Problem;
            QCoreApplication::exit(0);
        });
        QObject::connect(list,
                         &Ssh::Command::finished,
                         &context,
                         [&, list, out](int, const QString &) {
                             list->deleteLater();
                             for (const Runbook::RunSummary &r : Runbook::parseRunList(*out))
                                 reports.append({r.runId, {}, {}, {}});
                             std::sort(reports.begin(),
                                       reports.end(),
                                       [](const RunReport &a, const RunReport &b) {
                                           return a.runId < b.runId;
                                       });
                             readRun(0);
                         });
        list->closeStdin();
    });
    QCoreApplication::exec();
    if (!failure.isEmpty()) {
        servers.error(failure);
        return code;
    }

    QJsonArray array;
    QStringList lines;
    for (const RunReport &r : std::as_const(reports)) {
        if (!r.error.isEmpty()) {
            array.append(QJsonObject{{u"run_id"_s, r.runId},
                                     {u"status"_s, u"unreadable"_s},
                                     {u"error"_s, r.error}});
            lines.append(App::Tr::tr("%1  unreadable: %2").arg(r.runId, r.error));
            continue;
        }
        const RunState &s = r.state;
        const qsizetype at = currentStep(s);
        qsizetype done = 0;
        for (const StepState &step : s.steps)
            done += step.isDone() ? 1 : 0;
        QJsonObject o{{u"run_id"_s, r.runId},
                      {u"runbook"_s, r.book.id},
                      {u"title"_s, r.book.title},
                      {u"status"_s, s.statusName()},
                      {u"by"_s, s.created.value(u"by"_s).toString()},
                      {u"created"_s, iso(s.createdAt)},
                      {u"steps_done"_s, int(done)},
                      {u"steps_total"_s, int(s.steps.size())},
                      {u"last_event"_s, s.lastEvent()}};
        if (s.endedAt.isValid())
            o.insert(u"ended"_s, iso(s.endedAt));
        if (!s.events.isEmpty())
            o.insert(u"last_event_time"_s, iso(s.events.last().time));
        QString where;
        if (at >= 0) {
            const Runbook::Step &step = r.book.steps.at(at);
            const StepState &st = s.steps.at(at);
            o.insert(u"step"_s, step.id);
            o.insert(u"step_title"_s, step.title);
            o.insert(u"step_status"_s, StepState::statusName(st.status));
            where = App::Tr::tr("at %1 (%2: %3)")
                        .arg(step.id, step.title, StepState::statusText(st.status).toLower());
        }
        if (s.stopped)
            o.insert(u"stop_reason"_s, s.stopReason);
        array.append(o);
        QString line = u"%1  %2"_s.arg(r.runId, s.statusName());
        if (!where.isEmpty() && !s.done)
            line += u"  "_s + where;
        line += u"  "_s
                + App::Tr::tr("%1 of %2 steps done; by %3, %4")
                      .arg(done)
                      .arg(s.steps.size())
                      .arg(s.created.value(u"by"_s).toString(), when(s.createdAt));
        if (s.stopped && !s.stopReason.isEmpty())
            line += u"; "_s + App::Tr::tr("stopped: %1").arg(s.stopReason);
        lines.append(line);
    }
    if (json)
        ConsoleServers::printJson(QJsonDocument(QJsonObject{{u"server"_s, server->name},
                                                            {u"state_dir"_s, stateDir},
                                                            {u"runs"_s, array}}));
    else
        ConsoleServers::print(lines.isEmpty() ? App::Tr::tr("No runs on %1.").arg(server->name)
                                              : lines.join(u'\n'));
    return ConsoleServers::Ok;
}

} // namespace

int run(const QStringList &arguments)
{
    ConsoleServers servers(u"runbook"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        App::Tr::tr("Runbooks: the upgrade night as steps that run in tmux on the server, gated on "
                    "evidence and resumable (docs/runbook.md)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s,
                                 App::Tr::tr(
                                     "list, show NAME, dry-run NAME, run NAME, status, resume "
                                     "RUN-ID, or transcript RUN-ID"));
    servers.addOptions(parser);
    parser.addOption(
        {u"set"_s,
         App::Tr::tr("run, dry-run: a parameter's value (repeatable); resume: a secret "
                     "parameter's value again."),
         u"name=value"_s});
    parser.addOption({{u"yes"_s, u"y"_s},
                      App::Tr::tr("run, resume: approve every confirmation (recorded as approved "
                                  "on the command line). Gates are never passed by it.")});
    parser.addOption({u"approve-all"_s,
                      App::Tr::tr("run, resume: approve every confirmation with this reason, which "
                                  "goes into the transcript."),
                      App::Tr::tr("reason")});
    parser.addOption(
        {u"retry"_s, App::Tr::tr("resume: try the failed, blocked or interrupted step again.")});
    parser.addOption({u"json"_s, App::Tr::tr("Print JSON (progress goes to stderr).")});
    parser.addOption(
        {u"format"_s, App::Tr::tr("text (default) or json."), u"text|json"_s, u"text"_s});
    if (!parser.parse(QStringList{u"steward runbook"_s} + arguments)) {
        servers.error(parser.errorText());
        return ConsoleServers::Usage;
    }
    if (parser.isSet(u"help"_s)) {
        ConsoleServers::print(parser.helpText());
        return ConsoleServers::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString format = parser.value(u"format"_s);
    const bool json = parser.isSet(u"json"_s) || format == u"json"_s;
    const QString usage = App::Tr::tr(
        "usage: steward runbook list | show NAME | dry-run NAME [--set NAME=VALUE]… | run NAME "
        "[--set NAME=VALUE]… [--yes] | status | transcript RUN-ID | "
        "resume RUN-ID [--yes] [--retry]  [--lab | --inventory FILE] [--server NAME] [--json] (see "
        "--help)");
    static const QHash<QString, int> arity{{u"list"_s, 1},
                                           {u"show"_s, 2},
                                           {u"dry-run"_s, 2},
                                           {u"run"_s, 2},
                                           {u"status"_s, 1},
                                           {u"resume"_s, 2},
                                           {u"transcript"_s, 2}};
    if (!arity.contains(action) || positional.size() != arity.value(action)
        || (format != u"text"_s && format != u"json"_s)) {
        servers.error(usage);
        return ConsoleServers::Usage;
    }
    if (action == u"list"_s)
        return listCommand(json);
    if (action == u"show"_s)
        return showCommand(servers, positional.at(1), json);
    if (action == u"transcript"_s) {
        const QStringList names = parser.values(u"server"_s);
        if (names.size() > 1 || parser.isSet(u"lab"_s) || parser.isSet(u"inventory"_s)) {
            servers.error(App::Tr::tr("transcript reads this computer's history: give at most "
                                      "--server NAME"));
            return ConsoleServers::Usage;
        }
        return transcriptCommand(servers, positional.at(1), names.value(0), json);
    }

    DriveOptions options;
    options.json = json;
    options.retry = parser.isSet(u"retry"_s);
    if (parser.isSet(u"approve-all"_s)) {
        options.approveAll = parser.value(u"approve-all"_s).trimmed();
        if (options.approveAll.isEmpty()) {
            servers.error(App::Tr::tr("--approve-all needs a reason"));
            return ConsoleServers::Usage;
        }
    } else if (parser.isSet(u"yes"_s)) {
        options.approveAll = App::Tr::tr("approved on the command line (--yes)");
    }
    bool ok = true;
    const QHash<QString, QString> sets = settings(servers, parser.values(u"set"_s), &ok);
    if (!ok)
        return ConsoleServers::Usage;
    if (action == u"status"_s
        && (!sets.isEmpty() || options.retry || !options.approveAll.isEmpty())) {
        servers.error(usage);
        return ConsoleServers::Usage;
    }
    if (action == u"dry-run"_s && (options.retry || !options.approveAll.isEmpty())) {
        servers.error(usage);
        return ConsoleServers::Usage;
    }
    if (action == u"run"_s && options.retry) {
        servers.error(App::Tr::tr("--retry is for resume"));
        return ConsoleServers::Usage;
    }
    // The runbook is read (and its parameters checked) before the inventory: an invalid one is exit 2
    // without a connection.
    if ((action == u"run"_s || action == u"dry-run"_s) && !findRunbook(servers, positional.at(1)))
        return ConsoleServers::Usage;
    if (const int code = servers.setUp(parser); code != ConsoleServers::Ok)
        return code;
    if (action == u"status"_s)
        return statusCommand(servers, json);
    if (action == u"dry-run"_s)
        return dryRunCommand(servers, positional.at(1), sets, json);
    if (action == u"run"_s)
        return runCommand(servers, positional.at(1), sets, options);
    return resumeCommand(servers, positional.at(1), sets, options);
}

} // namespace Steward::RunbookCommand
