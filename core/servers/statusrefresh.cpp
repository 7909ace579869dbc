// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/servers/statusrefresh.h"

#include "core/servers/healthcheck.h"
#include "core/servers/statusparsers.h"
#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/ssh/shellquote.h"
#include "core/tr.h"

#include <QFutureWatcher>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

namespace Steward::Servers {

namespace {

// The properties `systemctl show` is asked for (the parser reads these).
const QString kUnitProperties = u"Id,Description,LoadState,ActiveState,SubState,Result,"
                                u"ActiveEnterTimestamp,InactiveEnterTimestamp,StateChangeTimestamp"_s;

// The command of a part, as the user would type it: for messages.
QString commandOf(const QString &part, const Server &server)
{
    const BatchCommand batch = StatusRefresh::batchFor(server);
    for (const BatchCommand::Part &p : batch.parts()) {
        if (p.name == part)
            return Ssh::commandLine(p.argv);
    }
    return part;
}

// The first line of what a tool said on stderr, for a message.
QString firstLine(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    const qsizetype nl = trimmed.indexOf('\n');
    return QString::fromUtf8(nl < 0 ? trimmed : trimmed.left(nl)).left(300);
}

PartState *stateOf(ServerStatus &s, const QString &part)
{
    if (part == u"compose"_s)
        return &s.servicesState;
    if (part == u"units"_s)
        return &s.unitsState;
    if (part == u"timers"_s)
        return &s.timersState;
    if (part == u"df"_s)
        return &s.disksState;
    if (part == u"lsblk"_s || part == u"lvs"_s)
        return &s.volumesState;
    return nullptr;
}

} // namespace

QStringList StatusRefresh::defaultUnits()
{
    return {u"mastodon.service"_s,
            u"pg-dump-to-s3.service"_s,
            u"media-cleanup.service"_s,
            u"certbot.service"_s,
            u"docker.service"_s};
}

StatusRefresh::StatusRefresh(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_health(new HealthCheck(network, this))
{
    connect(m_health, &HealthCheck::finished, this, [this](const HealthReport &report) {
        m_status.health = report;
        m_status.healthState.triedAt = report.at;
        m_status.healthState.refreshedAt = report.at;
        m_status.healthState.error.clear();
        m_healthPending = false;
        maybeFinish();
    });
}

StatusRefresh::~StatusRefresh()
{
    cancel();
}

BatchCommand StatusRefresh::batchFor(const Server &server)
{
    BatchCommand batch;
    batch.add(u"compose"_s,
              {u"docker"_s, u"compose"_s, u"ps"_s, u"--format"_s, u"json"_s, u"--all"_s},
              server.composeDir);
    QStringList units = defaultUnits();
    QStringList unitArgs{u"systemctl"_s, u"show"_s, u"-p"_s, kUnitProperties, u"--"_s};
    unitArgs += units;
    batch.add(u"units"_s, unitArgs);
    batch.add(u"timers"_s, {u"systemctl"_s, u"list-timers"_s, u"--all"_s});
    batch.add(u"df"_s, dfArguments());
    batch.add(u"lsblk"_s, lsblkArguments());
    batch.add(u"lvs"_s, lvsArguments());
    return batch;
}

void StatusRefresh::start(const Server &server,
                          Ssh::Session *session,
                          const QString &connectionError,
                          const ServerStatus &previous,
                          const StatusThresholds &thresholds)
{
    cancel();
    ++m_generation;
    m_server = server;
    m_status = previous;
    m_status.server = server.name;
    m_status.connectionError = connectionError;
    m_status.channelsOpened = 0;
    m_thresholds = thresholds;
    m_out.clear();
    m_err.clear();
    m_running = true;
    m_elapsed.start();

    m_healthPending = !server.publicUrl.isEmpty();
    if (m_healthPending)
        m_health->start(QUrl(server.publicUrl));
    else
        m_status.health.reset();

    m_sshPending = session != nullptr;
    if (session) {
        m_status.channelsOpened = 1;
        m_command = session->runShell(batchFor(server).shellLine(), {}, this);
        connect(m_command, &Ssh::Command::stdoutReceived, this, [this](const QByteArray &d) {
            m_out += d;
        });
        connect(m_command, &Ssh::Command::stderrReceived, this, [this](const QByteArray &d) {
            m_err += d;
        });
        connect(m_command, &Ssh::Command::finished, this, &StatusRefresh::sshDone);
        connect(m_command, &Ssh::Command::failed, this, [this](const QString &message) {
            const QDateTime at = QDateTime::currentDateTimeUtc();
            const auto parts = BatchCommand::split(m_out, m_err);
            for (const BatchCommand::Output &p : parts) {
                if (p.exitCode)
                    applyPart(m_status, p, at);
            }
            markMissing(m_status, parts, message, at);
            m_status.connectionError = message;
            m_sshPending = false;
            maybeFinish();
        });
    } else if (!connectionError.isEmpty()) {
        // Not connected: every SSH part keeps its data, stale, with the reason.
        markMissing(m_status, {}, connectionError, QDateTime::currentDateTimeUtc());
    }
    if (!m_sshPending && !m_healthPending)
        QMetaObject::invokeMethod(this, &StatusRefresh::maybeFinish, Qt::QueuedConnection);
}

void StatusRefresh::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_health->cancel();
    if (m_command) {
        m_command->disconnect(this);
        m_command->cancel();
        m_command->deleteLater();
    }
}

void StatusRefresh::sshDone()
{
    if (m_command)
        m_command->deleteLater();
    // The parsers run on a pool thread: fifty servers answering in the same moment would otherwise
    // parse one after the other in a single pass of the GUI thread's event loop (bench_status measured
    // 65 ms of work without a break). The worker gets copies only; the SSH parts of its result are
    // taken back here, beside what the HTTP checks may have written meanwhile.
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QFuture<ServerStatus> parsing = QtConcurrent::run([status = m_status,
                                                       out = std::exchange(m_out, {}),
                                                       err = std::exchange(m_err, {}),
                                                       at]() mutable {
        const auto parts = BatchCommand::split(out, err);
        for (const BatchCommand::Output &p : parts)
            applyPart(status, p, at);
        markMissing(status, parts, Core::Tr::tr("the command stopped before this part"), at);
        return status;
    });
    auto *watcher = new QFutureWatcher<ServerStatus>(this);
    connect(watcher,
            &QFutureWatcher<ServerStatus>::finished,
            this,
            [this, watcher, generation = m_generation] {
                watcher->deleteLater();
                if (!m_running || !m_sshPending || generation != m_generation)
                    return; // cancelled, or started again, meanwhile
                const ServerStatus parsed = watcher->result();
                m_status.services = parsed.services;
                m_status.servicesState = parsed.servicesState;
                m_status.units = parsed.units;
                m_status.unitsState = parsed.unitsState;
                m_status.timers = parsed.timers;
                m_status.timersState = parsed.timersState;
                m_status.filesystems = parsed.filesystems;
                m_status.disksState = parsed.disksState;
                m_status.blockDevices = parsed.blockDevices;
                m_status.volumes = parsed.volumes;
                m_status.volumesState = parsed.volumesState;
                m_sshPending = false;
                maybeFinish();
            });
    watcher->setFuture(parsing);
}

void StatusRefresh::markMissing(ServerStatus &status,
                                const QList<BatchCommand::Output> &parts,
                                const QString &why,
                                const QDateTime &at)
{
    for (const QString &name : {u"compose"_s, u"units"_s, u"timers"_s, u"df"_s, u"lsblk"_s}) {
        const bool got = std::any_of(parts.cbegin(), parts.cend(), [&name](const auto &p) {
            return p.name == name && p.exitCode;
        });
        if (got)
            continue;
        if (PartState *state = stateOf(status, name)) {
            state->triedAt = at;
            state->error = why;
        }
    }
}

void StatusRefresh::applyPart(ServerStatus &status,
                              const BatchCommand::Output &part,
                              const QDateTime &at)
{
    PartState *state = stateOf(status, part.name);
    if (!state)
        return;
    state->triedAt = at;
    const Server none;
    const auto failed = [&](const QString &message) { state->error = message; };
    const auto ok = [&] {
        state->error.clear();
        state->refreshedAt = at;
    };
    if (!part.exitCode) {
        failed(Core::Tr::tr("%1: cut short").arg(commandOf(part.name, none)));
        return;
    }
    if (*part.exitCode == 127) {
        failed(Core::Tr::tr("%1: the command is not installed on the server (%2)")
                   .arg(commandOf(part.name, none), firstLine(part.err)));
        return;
    }
    if (part.name == u"compose"_s) {
        if (*part.exitCode != 0) {
            failed(Core::Tr::tr("%1 failed (exit status %2): %3")
                       .arg(commandOf(part.name, none))
                       .arg(*part.exitCode)
                       .arg(firstLine(part.err)));
            return;
        }
        const auto parsed = parseComposePs(part.out);
        if (!parsed)
            return failed(Core::Tr::tr("docker compose ps: %1").arg(parsed.error().message));
        status.services = parsed.value();
        ok();
    } else if (part.name == u"units"_s) {
        // systemctl show exits 0 even for unknown units (LoadState=not-found).
        if (*part.exitCode != 0 && part.out.isEmpty()) {
            failed(Core::Tr::tr("%1 failed (exit status %2): %3")
                       .arg(u"systemctl show"_s)
                       .arg(*part.exitCode)
                       .arg(firstLine(part.err)));
            return;
        }
        const auto parsed = parseSystemctlShow(part.out);
        if (!parsed)
            return failed(Core::Tr::tr("systemctl show: %1").arg(parsed.error().message));
        status.units = parsed.value();
        ok();
    } else if (part.name == u"timers"_s) {
        if (*part.exitCode != 0) {
            failed(Core::Tr::tr("%1 failed (exit status %2): %3")
                       .arg(u"systemctl list-timers --all"_s)
                       .arg(*part.exitCode)
                       .arg(firstLine(part.err)));
            return;
        }
        const auto parsed = parseListTimers(part.out);
        if (!parsed)
            return failed(Core::Tr::tr("systemctl list-timers: %1").arg(parsed.error().message));
        status.timers = parsed.value();
        ok();
    } else if (part.name == u"df"_s) {
        // df exits 1 when one filesystem could not be read, and still prints the others.
        const auto parsed = parseDf(part.out);
        if (!parsed)
            return failed(Core::Tr::tr("df: %1").arg(parsed.error().message));
        if (parsed->isEmpty() && *part.exitCode != 0)
            return failed(Core::Tr::tr("df failed (exit status %1): %2")
                              .arg(*part.exitCode)
                              .arg(firstLine(part.err)));
        status.filesystems = parsed.value();
        ok();
    } else if (part.name == u"lsblk"_s) {
        if (*part.exitCode != 0)
            return failed(Core::Tr::tr("lsblk failed (exit status %1): %2")
                              .arg(*part.exitCode)
                              .arg(firstLine(part.err)));
        const auto parsed = parseLsblk(part.out);
        if (!parsed)
            return failed(Core::Tr::tr("lsblk: %1").arg(parsed.error().message));
        status.blockDevices = parsed.value();
        ok();
    } else if (part.name == u"lvs"_s) {
        // Often refused to a user that is not root: a note on the layout, not a problem of the server.
        if (*part.exitCode != 0) {
            status.volumes.clear();
            return;
        }
        const auto parsed = parseLvs(part.out);
        if (parsed)
            status.volumes = parsed.value();
    }
}

void StatusRefresh::maybeFinish()
{
    if (!m_running || m_sshPending || m_healthPending)
        return;
    m_running = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_status.lastRefresh = now;
    evaluate(m_status, m_thresholds, now);
    emit finished(m_status);
}

} // namespace Steward::Servers
