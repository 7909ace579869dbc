// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/statuscommand.h"

#include "app/consoleservers.h"
#include "app/tr.h"
#include "core/servers/statusjson.h"
#include "core/servers/statusmonitor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Steward::StatusCommand {

using namespace Servers;

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : App::Tr::tr("never");
}

QString mark(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return u"ok"_s;
    case Severity::Warning:
        return u"WARN"_s;
    case Severity::Critical:
        return u"FAIL"_s;
    case Severity::Unreachable:
        return u"DOWN"_s;
    case Severity::Unknown:
        return u"?"_s;
    }
    return {};
}

QString partLine(const QString &name, const PartState &p, const QString &content)
{
    if (!p.error.isEmpty())
        return u"  %1: %2"_s.arg(name,
                                 p.stale() ? App::Tr::tr("could not read (%1); last read %2: %3")
                                                 .arg(p.error, when(p.refreshedAt), content)
                                           : App::Tr::tr("could not read (%1)").arg(p.error));
    if (!p.refreshedAt.isValid())
        return u"  %1: %2"_s.arg(name, App::Tr::tr("not read"));
    return u"  %1: %2"_s.arg(name, content);
}

QString text(const ServerStatus &s)
{
    QStringList lines;
    lines.append(u"%1  %2  (%3)"_s.arg(s.server, severityName(s.severity), when(s.lastRefresh)));
    for (const Finding &f : s.findings)
        lines.append(u"  [%1] %2"_s.arg(mark(f.severity), f.message));

    QStringList services;
    for (const ComposeService &c : s.services)
        services.append(c.health.isEmpty() ? u"%1 %2"_s.arg(c.service, c.state)
                                           : u"%1 %2/%3"_s.arg(c.service, c.state, c.health));
    lines.append(partLine(App::Tr::tr("services"), s.servicesState, services.join(u", "_s)));
    QStringList units;
    for (const UnitInfo &u : s.units) {
        if (u.exists())
            units.append(u"%1 %2 (%3)"_s.arg(u.id, u.activeState, u.result));
    }
    lines.append(partLine(App::Tr::tr("units"), s.unitsState, units.join(u", "_s)));
    QStringList timers;
    for (const TimerInfo &t : s.timers)
        timers.append(App::Tr::tr("%1 next %2").arg(t.unit, when(t.next)));
    lines.append(partLine(App::Tr::tr("timers"), s.timersState, timers.join(u", "_s)));
    QStringList disks;
    for (const Filesystem &f : s.filesystems) {
        if (f.size > 0 && !f.type.contains(u"tmpfs"_s))
            disks.append(u"%1 %2 % (%3 free)"_s.arg(f.mountPoint)
                             .arg(f.usePercent)
                             .arg(QLocale::c().formattedDataSize(f.available,
                                                                 1,
                                                                 QLocale::DataSizeIecFormat)));
    }
    lines.append(partLine(App::Tr::tr("disks"), s.disksState, disks.join(u", "_s)));
    if (s.health) {
        const auto probe = [](const HttpProbe &p) {
            return p.answered() ? u"HTTP %1 %2 ms"_s.arg(p.status).arg(p.elapsedMs) : p.error;
        };
        QString health = App::Tr::tr("web %1; streaming %2")
                             .arg(probe(s.health->web), probe(s.health->streaming));
        if (!s.health->version.isEmpty())
            health += u"; "_s + App::Tr::tr("version %1").arg(s.health->version);
        lines.append(u"  %1: %2"_s.arg(App::Tr::tr("health"), health));
    }
    return lines.join(u'\n');
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        App::Tr::tr("Refresh and print the status of the inventory's servers: compose services, "
                    "systemd units and timers, disks, and the instance's HTTP health."));
    parser.addHelpOption();
    ConsoleServers servers(u"status"_s);
    servers.addOptions(parser);
    parser.addOption(
        {u"format"_s, App::Tr::tr("text (default) or json."), u"text|json"_s, u"text"_s});
    parser.addOption({u"fail-on"_s,
                      App::Tr::tr("Exit 1 from this severity on: critical (default) or warning."),
                      u"critical|warning"_s,
                      u"critical"_s});
    parser.addOption({u"timeout"_s,
                      App::Tr::tr("Give up on a server after this many seconds (default 60)."),
                      u"seconds"_s,
                      u"60"_s});
    if (!parser.parse(QStringList{u"steward status"_s} + arguments)) {
        servers.error(parser.errorText());
        return ConsoleServers::Usage;
    }
    if (parser.isSet(u"help"_s)) {
        ConsoleServers::print(parser.helpText());
        return ConsoleServers::Ok;
    }
    const QString format = parser.value(u"format"_s);
    const QString failOn = parser.value(u"fail-on"_s);
    bool timeoutOk = false;
    const int timeout = parser.value(u"timeout"_s).toInt(&timeoutOk);
    if ((format != u"text"_s && format != u"json"_s)
        || (failOn != u"critical"_s && failOn != u"warning"_s) || !timeoutOk || timeout <= 0) {
        servers.error(App::Tr::tr("--format takes text or json, --fail-on critical or warning, "
                                  "--timeout a number of seconds"));
        return ConsoleServers::Usage;
    }
    if (const int code = servers.setUp(parser); code != ConsoleServers::Ok)
        return code;
    const ServerList selected = servers.selected();
    if (selected.isEmpty()) {
        servers.error(App::Tr::tr("the inventory has no server"));
        return ConsoleServers::Usage;
    }

    QNetworkAccessManager network;
    StatusMonitor monitor(servers.sessions(), &network);
    monitor.setServers(selected);
    // Batch mode: the sessions come from ConsoleServers' pool, whose host-key and secret questions are
    // refused with a message; connectTo() connects each server once, then the refresh runs over it.
    int pending = int(selected.size());
    QHash<QString, QString> refusals;
    for (const Server &s : selected) {
        servers.connectTo(s, &monitor, [&, name = s.name](const Result<Ssh::Session *> &session) {
            if (!session)
                refusals.insert(name, session.error().message);
            // Connected (or refused, with the reason kept): the refresh neither asks nor retries.
            monitor.refresh(name, false);
        });
    }
    QObject::connect(&monitor, &StatusMonitor::statusChanged, &monitor, [&] {
        if (--pending == 0)
            QCoreApplication::exit(0);
    });
    QTimer::singleShot(timeout * 1000, &monitor, [&] {
        servers.error(App::Tr::tr("gave up after %n seconds", nullptr, timeout));
        monitor.cancelAll();
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();

    int code = ConsoleServers::Ok;
    QJsonArray json;
    QStringList texts;
    for (const Server &s : selected) {
        ServerStatus status = monitor.status(s.name);
        if (refusals.contains(s.name)) {
            // The pool's own message for a refused key is terse: say why, as ssh -o BatchMode does.
            status.connectionError = refusals.value(s.name);
            evaluate(status, {}, QDateTime::currentDateTimeUtc());
        } else if (!status.lastRefresh.isValid()) {
            status.connectionError = App::Tr::tr("no answer within %n seconds", nullptr, timeout);
            evaluate(status, {}, QDateTime::currentDateTimeUtc());
        }
        if (status.severity == Severity::Unreachable)
            code = ConsoleServers::Unreachable;
        else if (code == ConsoleServers::Ok
                 && (status.severity == Severity::Critical
                     || (failOn == u"warning"_s && status.severity == Severity::Warning)))
            code = ConsoleServers::Problem;
        json.append(statusToJson(status));
        texts.append(text(status));
    }
    if (format == u"json"_s)
        ConsoleServers::printJson(QJsonDocument(QJsonObject{{u"servers"_s, json}}));
    else
        ConsoleServers::print(texts.join(u"\n\n"_s));
    return code;
}

} // namespace Steward::StatusCommand
