// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/backupcommand.h"

#include "app/consoleservers.h"
#include "app/tr.h"
#include "core/backups/backuprun.h"
#include "core/backups/cataloguesource.h"
#include "core/backups/drill.h"
#include "core/backups/drillhistory.h"
#include "core/history/historydatabase.h"
#include "core/secrets/credentialstore.h"
#include "core/servers/sessionpool.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Steward::BackupCommand {

using namespace Backups;

namespace {

int interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char c = 'i';
    [[maybe_unused]] const auto n = ::write(interruptPipe[1], &c, 1);
}

// Ctrl-C (or TERM) calls cancel once, from the event loop; a second one stops at once.
class Interrupts
{
public:
    explicit Interrupts(QObject *context, std::function<void()> cancel)
    {
        if (::pipe(interruptPipe) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, context, [this, cancel] {
            char c;
            [[maybe_unused]] const auto n = ::read(interruptPipe[0], &c, 1);
            if (++m_count == 1)
                cancel();
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

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_count = 0;
};

void progress(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : App::Tr::tr("unknown");
}

QJsonObject freshnessJson(const Freshness &f)
{
    return {{u"status"_s, Freshness::statusKey(f.status)},
            {u"healthy"_s, f.healthy()},
            {u"suspicious"_s, f.suspicious},
            {u"newest"_s, f.newestKey},
            {u"newest_time"_s, f.newestTime.toString(Qt::ISODate)},
            {u"newest_size"_s, f.newestSize},
            {u"age_seconds"_s, f.ageSeconds},
            {u"threshold_hours"_s, f.thresholdHours},
            {u"ratio_to_median"_s, f.ratioToMedian},
            {u"message"_s, f.message}};
}

QJsonValue drillAgeJson(const std::optional<DrillResult> &last, const DrillAge &age, int maxDays)
{
    QJsonObject o{{u"status"_s,
                   age.status == DrillAge::Status::Never     ? u"never"_s
                   : age.status == DrillAge::Status::Overdue ? u"overdue"_s
                                                             : u"recent"_s},
                  {u"max_age_days"_s, maxDays},
                  {u"message"_s, age.message}};
    if (last) {
        o.insert(u"age_seconds"_s, age.ageSeconds);
        o.insert(u"backup"_s, last->backupKey);
        o.insert(u"finished_at"_s, last->finishedAt.toString(Qt::ISODate));
        o.insert(u"total_ms"_s, last->totalMs);
    }
    return o;
}

QString drillText(const DrillResult &r)
{
    QStringList lines;
    lines.append(
        u"%1  drill %2  on %3  backup %4"_s.arg(r.server,
                                                DrillResult::outcomeKey(r.outcome).toUpper(),
                                                r.drillHost,
                                                r.backupKey.isEmpty() ? u"-"_s : r.backupKey));
    lines.append(u"  "_s + r.message);
    lines.append(
        App::Tr::tr("  stages: preflight %1 s, download %2 s, restore %3 s, verify %4 s, cleanup "
                    "%5 s; restore time %6 s (%7 jobs, %8 format)")
            .arg(QString::number(double(r.preflightMs) / 1000, 'f', 1),
                 QString::number(double(r.downloadMs) / 1000, 'f', 1),
                 QString::number(double(r.restoreMs) / 1000, 'f', 1),
                 QString::number(double(r.verifyMs) / 1000, 'f', 1),
                 QString::number(double(r.cleanupMs) / 1000, 'f', 1),
                 QString::number(double(r.totalMs) / 1000, 'f', 1))
            .arg(r.jobs)
            .arg(r.format.isEmpty() ? u"-"_s : r.format));
    for (const TableProof &t : r.verdict.tables)
        lines.append(u"  %1 %2  restored %3  production %4 (%5)%6"_s
                         .arg(t.ok ? u"ok  "_s : u"FAIL"_s,
                              t.table,
                              QString::number(t.restored),
                              QString::number(t.production),
                              t.productionExact ? App::Tr::tr("exact") : App::Tr::tr("estimated"),
                              t.note.isEmpty() ? QString() : u"  "_s + t.note));
    if (r.verdict.migrationsProduction > 0)
        lines.append(App::Tr::tr("  schema_migrations: %1 restored, %2 in production, %3 missing")
                         .arg(r.verdict.migrationsRestored)
                         .arg(r.verdict.migrationsProduction)
                         .arg(r.verdict.missingMigrations.size()));
    for (const QString &e : r.verdict.restoreErrors)
        lines.append(u"  pg_restore: "_s + e);
    for (const QString &left : r.leftBehind)
        lines.append(App::Tr::tr("  LEFT BEHIND: %1").arg(left));
    return lines.join(u'\n');
}

// The one server to act on: --server, or the only one with backup settings.
std::optional<Server> target(ConsoleServers &servers)
{
    const ServerList chosen = servers.selected();
    ServerList withBackups;
    for (const Server &s : chosen) {
        if (s.backup.configured())
            withBackups.append(s);
    }
    if (withBackups.size() == 1 && (servers.selectedNames().size() <= 1))
        return withBackups.first();
    if (withBackups.isEmpty())
        servers.error(
            servers.selectedNames().isEmpty()
                ? App::Tr::tr("no server of the inventory has backup settings (a “backup:” map)")
                : App::Tr::tr("%1 has no backup settings in the inventory")
                      .arg(servers.selectedNames().join(u", "_s)));
    else
        servers.error(App::Tr::tr("several servers have backups: choose one with --server"));
    return std::nullopt;
}

int listCommand(ConsoleServers &servers, const QString &format)
{
    CredentialStore store(u"Steward"_s);
    CatalogueSource source(&store);
    DrillHistory history{History::Database()};
    ServerList selected;
    for (const Server &s : servers.selected()) {
        if (s.backup.configured())
            selected.append(s);
    }
    if (selected.isEmpty()) {
        servers.error(App::Tr::tr(
            "no selected server has backup settings (a “backup:” map in the inventory)"));
        return ConsoleServers::Usage;
    }
    QHash<QString, Result<Catalogue>> results;
    for (const Server &s : selected) {
        source.load(s, &source, [&results, name = s.name, &selected](const Result<Catalogue> &c) {
            results.insert(name, c);
            if (results.size() == selected.size())
                QCoreApplication::exit(0);
        });
    }
    QCoreApplication::exec();

    int code = ConsoleServers::Ok;
    QJsonArray json;
    QStringList texts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Server &s : selected) {
        const auto found = results.constFind(s.name);
        const Result<Catalogue> &c = found.value();
        const Freshness f = c ? assessFreshness(c.value(), now, s.backup.freshHours)
                              : freshnessError(c.error().message, now);
        if (!f.healthy())
            code = ConsoleServers::Problem;
        const auto last = history.lastPassed(s.name);
        const DrillAge age = assessDrillAge(last, now, s.backup.drillMaxAgeDays);
        QJsonArray backups;
        QStringList lines;
        lines.append(
            u"%1  %2%3  %4"_s.arg(s.name,
                                  Freshness::statusKey(f.status).toUpper(),
                                  f.suspicious ? App::Tr::tr(", SUSPICIOUSLY SMALL") : QString(),
                                  c ? c->location : QString()));
        lines.append(u"  "_s + f.message);
        lines.append(u"  "_s + age.message);
        if (c) {
            for (const BackupEntry &e : c->entries) {
                backups.append(
                    QJsonObject{{u"key"_s, e.key},
                                {u"time"_s, e.time.toString(Qt::ISODate)},
                                {u"last_modified"_s, e.lastModified.toString(Qt::ISODate)},
                                {u"size"_s, e.size},
                                {u"database"_s, e.database},
                                {u"server"_s, e.server},
                                {u"recognised"_s, e.recognised},
                                {u"counts"_s, e.ours},
                                {u"ratio_to_median"_s, e.ratioToMedian},
                                {u"suspicious"_s, e.suspicious}});
                lines.append(
                    u"  %1  %2  %3%4"_s.arg(when(e.time),
                                            formatSize(e.size).rightJustified(8),
                                            e.key,
                                            e.suspicious    ? App::Tr::tr("  [suspiciously small]")
                                            : !e.recognised ? App::Tr::tr("  [not a backup name]")
                                            : !e.ours       ? App::Tr::tr("  [another database]")
                                                            : QString()));
            }
        }
        json.append(QJsonObject{{u"server"_s, s.name},
                                {u"location"_s, c ? c->location : QString()},
                                {u"freshness"_s, freshnessJson(f)},
                                {u"last_drill"_s, drillAgeJson(last, age, s.backup.drillMaxAgeDays)},
                                {u"backups"_s, backups}});
        texts.append(lines.join(u'\n'));
    }
    if (format == u"json"_s)
        ConsoleServers::printJson(QJsonDocument(QJsonObject{{u"servers"_s, json}}));
    else
        ConsoleServers::print(texts.join(u"\n\n"_s));
    return code;
}

int runCommand(ConsoleServers &servers, const QString &format)
{
    const auto server = target(servers);
    if (!server)
        return ConsoleServers::Usage;
    std::unique_ptr<BackupRun> run;
    QString unreachable;
    QObject context;
    servers.connectTo(*server, &context, [&](const Result<Ssh::Session *> &session) {
        if (!session) {
            unreachable = session.error().message;
            QCoreApplication::exit(0);
            return;
        }
        run = std::make_unique<BackupRun>(session.value(), *server);
        QObject::connect(run.get(),
                         &BackupRun::entryReceived,
                         &context,
                         [&format](const JournalEntry &e) {
                             if (format == u"text"_s)
                                 ConsoleServers::print(e.time.toLocalTime().toString(u"HH:mm:ss "_s)
                                                       + e.identifier + u": "_s + e.message);
                         });
        QObject::connect(run.get(),
                         &BackupRun::progressed,
                         &context,
                         [](qint64 elapsed, qint64 expected) {
                             if (expected > 0 && elapsed / 1000 % 10 == 0)
                                 progress(App::Tr::tr("%1 s of about %2 s")
                                              .arg(elapsed / 1000)
                                              .arg(expected / 1000));
                         });
        QObject::connect(run.get(), &BackupRun::finished, &context, [] {
            QCoreApplication::exit(0);
        });
        progress(App::Tr::tr("Starting %1 on %2…").arg(server->backup.unit, server->name));
        run->start();
    });
    Interrupts interrupts(&context, [&run] {
        if (run)
            run->cancel();
        else
            QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    if (!run) {
        servers.error(unreachable.isEmpty() ? App::Tr::tr("interrupted") : unreachable);
        return unreachable.isEmpty() ? ConsoleServers::Problem : ConsoleServers::Unreachable;
    }
    QJsonArray journal;
    for (const JournalEntry &e : run->entries())
        journal.append(QJsonObject{{u"time"_s, e.time.toString(Qt::ISODateWithMs)},
                                   {u"identifier"_s, e.identifier},
                                   {u"priority"_s, e.priority},
                                   {u"message"_s, e.message}});
    const QString outcome = run->state() == BackupRun::State::Succeeded   ? u"succeeded"_s
                            : run->state() == BackupRun::State::Cancelled ? u"cancelled"_s
                                                                          : u"failed"_s;
    if (format == u"json"_s) {
        ConsoleServers::printJson(
            QJsonDocument(QJsonObject{{u"server"_s, server->name},
                                      {u"unit"_s, run->unit()},
                                      {u"outcome"_s, outcome},
                                      {u"started_at"_s, run->startedAt().toString(Qt::ISODate)},
                                      {u"elapsed_ms"_s, run->elapsedMs()},
                                      {u"expected_ms"_s, run->expectedMs()},
                                      {u"reason"_s, run->reason()},
                                      {u"journal"_s, journal}}));
    } else if (run->state() == BackupRun::State::Succeeded) {
        ConsoleServers::print(
            App::Tr::tr("%1 succeeded in %2 s (the last successful run took %3 s).")
                .arg(run->unit())
                .arg(run->elapsedMs() / 1000)
                .arg(run->expectedMs() / 1000));
    } else {
        ConsoleServers::print(App::Tr::tr("%1 %2: %3").arg(run->unit(), outcome, run->reason()));
    }
    return run->state() == BackupRun::State::Succeeded ? ConsoleServers::Ok
                                                       : ConsoleServers::Problem;
}

int drillCommand(ConsoleServers &servers, const QCommandLineParser &parser, const QString &format)
{
    const auto server = target(servers);
    if (!server)
        return ConsoleServers::Usage;
    QString hostName = parser.value(u"drill-host"_s);
    if (hostName.isEmpty())
        hostName = server->backup.drillHost;
    if (hostName.isEmpty()) {
        servers.error(
            App::Tr::tr(
                "%1 has no drill host: give one with --drill-host, or set backup.drill.host "
                "in the inventory")
                .arg(server->name));
        return ConsoleServers::Usage;
    }
    const auto host = servers.server(hostName);
    if (!host) {
        servers.error(App::Tr::tr("there is no server “%1” in the inventory").arg(hostName));
        return ConsoleServers::Usage;
    }
    CredentialStore store(u"Steward"_s);
    CatalogueSource source(&store);
    DrillOptions options;
    options.backupKey = parser.value(u"backup"_s);
    options.keepDatabase = parser.isSet(u"keep"_s);
    QString unreachable;
    Drill drill(
        [&servers, &unreachable](const Server &s,
                                 QObject *context,
                                 std::function<void(const Result<Ssh::Session *> &)> done) {
            servers.connectTo(s,
                              context,
                              [&unreachable, done](const Result<Ssh::Session *> &session) {
                                  if (!session)
                                      unreachable = session.error().message;
                                  done(session);
                              });
        },
        &source,
        *server,
        *host,
        options);
    QObject::connect(&drill, &Drill::logged, &drill, [](const QString &line) { progress(line); });
    QObject::connect(&drill, &Drill::finished, &drill, [] { QCoreApplication::exit(0); });
    Interrupts interrupts(&drill, [&drill] { drill.cancel(); });
    drill.start();
    QCoreApplication::exec();
    const DrillResult &r = drill.result();
    const auto recorded = DrillHistory(History::Database()).record(r);
    if (!recorded)
        servers.error(recorded.error().message);
    if (format == u"json"_s)
        ConsoleServers::printJson(QJsonDocument(r.toJson()));
    else
        ConsoleServers::print(drillText(r));
    if (r.passed())
        return ConsoleServers::Ok;
    return !unreachable.isEmpty() && r.failedStage == u"preflight"_s ? ConsoleServers::Unreachable
                                                                     : ConsoleServers::Problem;
}

} // namespace

int run(const QStringList &arguments)
{
    ConsoleServers servers(u"backup"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(App::Tr::tr(
        "The database backups of the inventory's servers: list the catalogue and its freshness, "
        "run the backup unit now, or run a restore drill."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s, App::Tr::tr("list, run or drill"));
    servers.addOptions(parser);
    parser.addOption({u"drill-host"_s,
                      App::Tr::tr("drill: restore on this inventory server."),
                      App::Tr::tr("name")});
    parser.addOption({u"backup"_s,
                      App::Tr::tr("drill: this object key (default: the newest backup)."),
                      App::Tr::tr("key")});
    parser.addOption(
        {u"keep"_s, App::Tr::tr("drill: keep the scratch database when the drill passes.")});
    parser.addOption({u"format"_s, App::Tr::tr("text (default) or json."), u"format"_s, u"text"_s});
    if (!parser.parse(QStringList{u"steward backup"_s} + arguments)) {
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
    if (positional.size() != 1
        || (action != u"list"_s && action != u"run"_s && action != u"drill"_s)
        || (format != u"text"_s && format != u"json"_s)) {
        servers.error(
            App::Tr::tr("usage: steward backup list|run|drill [--server NAME] [--drill-host NAME] "
                        "[--backup KEY] [--keep] [--format text|json] (see --help)"));
        return ConsoleServers::Usage;
    }
    if (const int code = servers.setUp(parser); code != ConsoleServers::Ok)
        return code;
    if (action == u"list"_s)
        return listCommand(servers, format);
    if (action == u"run"_s)
        return runCommand(servers, format);
    return drillCommand(servers, parser, format);
}

} // namespace Steward::BackupCommand
