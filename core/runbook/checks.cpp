// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/checks.h"

#include "core/releases/version.h"
#include "core/runbook/fields.h"
#include "core/servers/statusparsers.h"
#include "core/ssh/shellquote.h"
#include "core/tr.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Steward::Runbook {

// ------------------------------------------------------------------------------------------------ probes

Probe Probe::remote(const QStringList &argv, const QString &directory)
{
    Probe p;
    p.kind = Kind::Remote;
    p.argv = argv;
    p.directory = directory;
    return p;
}

Probe Probe::http(const QString &path)
{
    Probe p;
    p.kind = Kind::Http;
    p.path = path;
    return p;
}

Probe Probe::localFile(const QString &file)
{
    Probe p;
    p.kind = Kind::LocalFile;
    p.file = file;
    return p;
}

QString Probe::display(const Context &context) const
{
    switch (kind) {
    case Kind::Remote:
        if (directory.isEmpty())
            return Ssh::commandLine(argv);
        return QString::fromUtf8(Ssh::commandLineIn(directory.toUtf8(), [this] {
            QList<QByteArray> bytes;
            for (const QString &a : argv)
                bytes.append(a.toUtf8());
            return bytes;
        }()));
    case Kind::Http: {
        QString base = context.server.publicUrl;
        while (base.endsWith(u'/'))
            base.chop(1);
        return u"GET "_s + base + path;
    }
    case Kind::LocalFile:
        return Core::Tr::tr("read %1 on this computer").arg(file);
    }
    return {};
}

QString resolveDirectory(const QString &in, const Context &context)
{
    if (in.isEmpty() || in == u"compose")
        return context.server.composeDir;
    if (in == u"home")
        return {};
    return context.expand(in);
}

QString evidenceText(const QByteArray &output, int maxLines)
{
    QString text = QString::fromUtf8(output);
    while (text.endsWith(u'\n'))
        text.chop(1);
    QStringList lines = text.split(u'\n');
    if (lines.size() > maxLines) {
        const qsizetype cut = lines.size() - maxLines;
        lines = lines.mid(cut);
        lines.prepend(Core::Tr::tr("… (%n earlier lines)", nullptr, int(cut)));
    }
    return lines.join(u'\n');
}

namespace {

// The evidence of one remote probe: the command as sent, then what it printed.
QString remoteEvidence(const Probe &probe,
                       const ProbeResult &r,
                       const Context &context,
                       int maxLines = 20)
{
    QString text = u"$ "_s + probe.display(context);
    if (!r.error.isEmpty())
        return text + u'\n' + r.error;
    if (!r.out.isEmpty())
        text += u'\n' + evidenceText(r.out, maxLines);
    if (!r.err.isEmpty())
        text += u'\n' + evidenceText(r.err, maxLines);
    if (r.exitCode != 0)
        text += u'\n' + Core::Tr::tr("(exit status %1)").arg(r.exitCode);
    return text;
}

QString httpEvidence(const Probe &probe, const ProbeResult &r, const Context &context)
{
    QString text = probe.display(context);
    if (r.httpStatus == 0)
        return text + u" → "_s + (r.error.isEmpty() ? Core::Tr::tr("no answer") : r.error);
    text += u" → "_s + QString::number(r.httpStatus);
    const QString body = QString::fromUtf8(r.body.left(200)).simplified();
    if (!body.isEmpty())
        text += u" “"_s + body.left(120) + (body.size() > 120 ? u"…"_s : QString()) + u"”"_s;
    return text;
}

QString remoteFailure(const Probe &probe, const ProbeResult &r, const Context &context)
{
    if (!r.error.isEmpty())
        return Core::Tr::tr("Could not run “%1”: %2").arg(probe.display(context), r.error);
    return Core::Tr::tr("“%1” failed with exit status %2.")
        .arg(probe.display(context))
        .arg(r.exitCode);
}

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString hoursText(qint64 seconds)
{
    if (seconds < 3600)
        return Core::Tr::tr("%n minute(s)", nullptr, int(seconds / 60));
    return Core::Tr::tr("%n hour(s)", nullptr, int(seconds / 3600));
}

} // namespace

// ------------------------------------------------------------------------------------------------ backup

BackupFreshCheck::BackupFreshCheck(QString unit, int maxHours)
    : m_unit(std::move(unit))
    , m_maxHours(maxHours)
{}

QString BackupFreshCheck::name() const
{
    return u"backup-fresh"_s;
}

QString BackupFreshCheck::unit(const Context &context) const
{
    const QString unit = context.expand(m_unit);
    return unit.isEmpty() ? context.server.backup.unit : unit;
}

QString BackupFreshCheck::title(const Context &) const
{
    return Core::Tr::tr("A backup newer than %n hour(s)", nullptr, m_maxHours);
}

QString BackupFreshCheck::evidenceName(const Context &context) const
{
    return Core::Tr::tr("the last run of %1 on the server").arg(unit(context));
}

QList<Probe> BackupFreshCheck::probes(const Context &context) const
{
    return {Probe::remote({u"env"_s,
                           u"LC_ALL=C"_s,
                           u"TZ=UTC"_s,
                           u"systemctl"_s,
                           u"show"_s,
                           u"-p"_s,
                           u"Id,LoadState,ActiveState,SubState,Result,InactiveEnterTimestamp"_s,
                           u"--"_s,
                           unit(context)})};
}

CheckResult BackupFreshCheck::evaluate(const Context &context,
                                       const QList<ProbeResult> &results) const
{
    const Probe probe = probes(context).first();
    const ProbeResult &r = results.value(0);
    CheckResult c;
    c.evidence = remoteEvidence(probe, r, context);
    if (r.exitCode != 0) {
        c.message = remoteFailure(probe, r, context);
        return c;
    }
    const auto units = Servers::parseSystemctlShow(r.out);
    if (!units.ok() || units->isEmpty()) {
        c.message = Core::Tr::tr("Could not read the state of %1: %2")
                        .arg(unit(context), units.ok() ? QString() : units.error().message);
        return c;
    }
    const Servers::UnitInfo &u = units->first();
    if (!u.exists()) {
        c.message = Core::Tr::tr("The backup unit %1 does not exist on the server.").arg(u.id);
    } else if (u.activeState == u"activating") {
        c.message = Core::Tr::tr("A backup is running now; wait until %1 has finished.").arg(u.id);
    } else if (u.failed()) {
        c.message = Core::Tr::tr("The last backup failed (%1: %2).").arg(u.id, u.result);
    } else if (!u.inactiveEnter.isValid()) {
        c.message = Core::Tr::tr("%1 has not run since the server started.").arg(u.id);
    } else {
        const qint64 age = u.inactiveEnter.secsTo(context.now);
        const QString when = u.inactiveEnter.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
        if (age > qint64(m_maxHours) * 3600) {
            c.message = Core::Tr::tr("The last backup finished %1 ago (%2), more than %n hour(s).",
                                     nullptr,
                                     m_maxHours)
                            .arg(hoursText(age), when);
        } else {
            c.passed = true;
            c.message = Core::Tr::tr("The last backup finished %1 ago (%2) and succeeded.")
                            .arg(hoursText(std::max<qint64>(age, 0)), when);
        }
    }
    return c;
}

// ------------------------------------------------------------------------------------------------ disk

DiskFreeCheck::DiskFreeCheck(QString path, qint64 minBytes)
    : m_path(std::move(path))
    , m_minBytes(minBytes)
{}

QString DiskFreeCheck::name() const
{
    return u"disk-free"_s;
}

QString DiskFreeCheck::title(const Context &context) const
{
    const QString path = m_path.isEmpty() ? context.server.composeDir : context.expand(m_path);
    return Core::Tr::tr("At least %1 free for %2").arg(formatBytes(m_minBytes), path);
}

QString DiskFreeCheck::evidenceName(const Context &) const
{
    return Core::Tr::tr("df on the server");
}

QList<Probe> DiskFreeCheck::probes(const Context &context) const
{
    const QString path = m_path.isEmpty() ? context.server.composeDir : context.expand(m_path);
    return {Probe::remote(QStringList{u"env"_s, u"LC_ALL=C"_s} + Servers::dfArguments()
                          + QStringList{u"--"_s, path})};
}

CheckResult DiskFreeCheck::evaluate(const Context &context, const QList<ProbeResult> &results) const
{
    const Probe probe = probes(context).first();
    const ProbeResult &r = results.value(0);
    CheckResult c;
    c.evidence = remoteEvidence(probe, r, context);
    if (r.exitCode != 0) {
        c.message = remoteFailure(probe, r, context);
        return c;
    }
    const auto filesystems = Servers::parseDf(r.out);
    if (!filesystems.ok() || filesystems->isEmpty()) {
        c.message = Core::Tr::tr("Could not read df's answer: %1")
                        .arg(filesystems.ok() ? QString() : filesystems.error().message);
        return c;
    }
    // df PATH prints the filesystem PATH is on; from a longer listing, the longest mount point above it.
    const QString path = m_path.isEmpty() ? context.server.composeDir : context.expand(m_path);
    Servers::Filesystem fs = filesystems->last();
    qsizetype best = -1;
    for (const Servers::Filesystem &f : filesystems.value()) {
        const bool above = path == f.mountPoint
                           || path.startsWith(f.mountPoint.endsWith(u'/') ? f.mountPoint
                                                                          : f.mountPoint + u'/');
        if (above && f.mountPoint.size() > best) {
            best = f.mountPoint.size();
            fs = f;
        }
    }
    c.passed = fs.available >= m_minBytes;
    c.message = c.passed
                    ? Core::Tr::tr("%1 is free on %2 (at least %3 needed).")
                          .arg(formatBytes(fs.available), fs.mountPoint, formatBytes(m_minBytes))
                    : Core::Tr::tr("Only %1 is free on %2; at least %3 is needed.")
                          .arg(formatBytes(fs.available), fs.mountPoint, formatBytes(m_minBytes));
    return c;
}

// ------------------------------------------------------------------------------------------------ compose

ComposeReviewedCheck::ComposeReviewedCheck(QString file)
    : m_file(std::move(file))
{}

QString ComposeReviewedCheck::name() const
{
    return u"compose-reviewed"_s;
}

QString ComposeReviewedCheck::title(const Context &) const
{
    return Core::Tr::tr("The server's docker-compose.yml is the reviewed file");
}

QString ComposeReviewedCheck::evidenceName(const Context &context) const
{
    return Core::Tr::tr("SHA-256 of %1 and of the server's docker-compose.yml")
        .arg(context.expand(m_file));
}

QList<Probe> ComposeReviewedCheck::probes(const Context &context) const
{
    return {Probe::remote({u"sha256sum"_s, u"--"_s, u"docker-compose.yml"_s},
                          context.server.composeDir),
            Probe::localFile(context.expand(m_file))};
}

CheckResult ComposeReviewedCheck::evaluate(const Context &context,
                                           const QList<ProbeResult> &results) const
{
    const QList<Probe> p = probes(context);
    const ProbeResult &remote = results.value(0);
    const ProbeResult &local = results.value(1);
    CheckResult c;
    c.evidence = remoteEvidence(p.at(0), remote, context);
    if (!local.error.isEmpty()) {
        c.message = Core::Tr::tr("The reviewed file cannot be read: %1").arg(local.error);
        return c;
    }
    const QString localSum = QString::fromLatin1(
        QCryptographicHash::hash(local.out, QCryptographicHash::Sha256).toHex());
    c.evidence += u'\n' + localSum + u"  "_s + p.at(1).file
                  + Core::Tr::tr(" (reviewed, %n byte(s))", nullptr, int(local.out.size()));
    if (remote.exitCode != 0) {
        c.message = remoteFailure(p.at(0), remote, context);
        return c;
    }
    const QString remoteSum = QString::fromLatin1(remote.out).section(u' ', 0, 0).trimmed();
    c.passed = remoteSum == localSum;
    c.message = c.passed
                    ? Core::Tr::tr("The server runs the reviewed docker-compose.yml (%1).")
                          .arg(localSum.left(12))
                    : Core::Tr::tr("The server's docker-compose.yml (%1) is not the reviewed file "
                                   "(%2).")
                          .arg(remoteSum.left(12), localSum.left(12));
    return c;
}

// ------------------------------------------------------------------------------------------------ version

RunningVersionCheck::RunningVersionCheck(Compare compare, QString version, QString service)
    : m_compare(compare)
    , m_version(std::move(version))
    , m_service(std::move(service))
{}

QString RunningVersionCheck::name() const
{
    return u"running-version"_s;
}

QString RunningVersionCheck::title(const Context &context) const
{
    const QString v = context.expand(m_version);
    switch (m_compare) {
    case Compare::Equals:
        return Core::Tr::tr("Mastodon %1 is running").arg(v);
    case Compare::Below:
        return Core::Tr::tr("The running Mastodon is older than %1").arg(v);
    case Compare::AtLeast:
        return Core::Tr::tr("The running Mastodon is %1 or newer").arg(v);
    }
    return {};
}

QString RunningVersionCheck::evidenceName(const Context &) const
{
    return Core::Tr::tr("tootctl version in the %1 container").arg(m_service);
}

QList<Probe> RunningVersionCheck::probes(const Context &context) const
{
    return {Probe::remote(
        {u"docker"_s, u"compose"_s, u"exec"_s, u"-T"_s, m_service, u"tootctl"_s, u"version"_s},
        context.server.composeDir)};
}

CheckResult RunningVersionCheck::evaluate(const Context &context,
                                          const QList<ProbeResult> &results) const
{
    const Probe probe = probes(context).first();
    const ProbeResult &r = results.value(0);
    CheckResult c;
    c.evidence = remoteEvidence(probe, r, context);
    if (r.exitCode != 0) {
        c.message = remoteFailure(probe, r, context);
        return c;
    }
    const QString runningText = QString::fromUtf8(r.out).trimmed().section(u'\n', -1).trimmed();
    const auto running = Releases::Version::parse(runningText);
    const auto wanted = Releases::Version::parse(context.expand(m_version));
    if (!running) {
        c.message = Core::Tr::tr("tootctl printed “%1”, which is not a version.").arg(runningText);
        return c;
    }
    if (!wanted) {
        c.message = Core::Tr::tr("“%1” is not a version.").arg(context.expand(m_version));
        return c;
    }
    const int cmp = compare(*running, *wanted);
    switch (m_compare) {
    case Compare::Equals:
        c.passed = cmp == 0;
        break;
    case Compare::Below:
        c.passed = cmp < 0;
        break;
    case Compare::AtLeast:
        c.passed = cmp >= 0;
        break;
    }
    c.message = Core::Tr::tr("The server runs Mastodon %1.").arg(running->toString());
    return c;
}

// ------------------------------------------------------------------------------------------------ migrations

PendingMigrationsCheck::PendingMigrationsCheck(int max, QString service, QString expected)
    : m_max(max)
    , m_service(std::move(service))
    , m_expected(std::move(expected))
{}

QString PendingMigrationsCheck::name() const
{
    return u"pending-migrations"_s;
}

QString PendingMigrationsCheck::title(const Context &) const
{
    if (m_max == 0)
        return Core::Tr::tr("No database migration is left to run");
    if (m_max < 0)
        return Core::Tr::tr("The database migrations the new images will run");
    return Core::Tr::tr("At most %n database migration(s) pending", nullptr, m_max);
}

QString PendingMigrationsCheck::evidenceName(const Context &) const
{
    return Core::Tr::tr("rails db:migrate:status in a one-off %1 container").arg(m_service);
}

QList<Probe> PendingMigrationsCheck::probes(const Context &context) const
{
    return {Probe::remote({u"docker"_s,
                           u"compose"_s,
                           u"run"_s,
                           u"--rm"_s,
                           m_service,
                           u"bundle"_s,
                           u"exec"_s,
                           u"rails"_s,
                           u"db:migrate:status"_s},
                          context.server.composeDir)};
}

CheckResult PendingMigrationsCheck::evaluate(const Context &context,
                                             const QList<ProbeResult> &results) const
{
    const Probe probe = probes(context).first();
    const ProbeResult &r = results.value(0);
    CheckResult c;
    if (r.exitCode != 0) {
        c.evidence = remoteEvidence(probe, r, context);
        c.message = remoteFailure(probe, r, context);
        return c;
    }
    static const QRegularExpression row(uR"(^\s*(up|down)\s+(\d{14})\s+(.*)$)"_s);
    QStringList pending;
    int rows = 0;
    for (const QString &line : QString::fromUtf8(r.out).split(u'\n')) {
        const auto m = row.match(line);
        if (!m.hasMatch())
            continue;
        ++rows;
        if (m.captured(1) == u"down")
            pending.append(m.captured(2) + u' ' + m.captured(3).trimmed());
    }
    c.evidence = u"$ "_s + probe.display(context) + u'\n'
                 + Core::Tr::tr("%n migration(s) known", nullptr, rows) + u", "_s
                 + Core::Tr::tr("%n pending", nullptr, int(pending.size()));
    for (qsizetype i = 0; i < pending.size() && i < 60; ++i)
        c.evidence += u"\n  down "_s + pending.at(i);
    if (pending.size() > 60)
        c.evidence += u"\n  …"_s;
    if (rows == 0) {
        c.message = Core::Tr::tr(
            "db:migrate:status listed no migration; its output is not understood.");
        return c;
    }
    c.passed = m_max < 0 || pending.size() <= m_max;
    c.message = pending.isEmpty()
                    ? Core::Tr::tr("Every migration has run.")
                    : Core::Tr::tr("%n migration(s) pending.", nullptr, int(pending.size()));
    if (const QString expected = context.expand(m_expected).trimmed(); !expected.isEmpty())
        c.message += u' ' + Core::Tr::tr("The upgrade plan expects: %1.").arg(expected);
    return c;
}

// ------------------------------------------------------------------------------------------------ health

InstanceHealthCheck::InstanceHealthCheck(bool http, bool streaming)
    : m_http(http)
    , m_streaming(streaming)
{}

QString InstanceHealthCheck::name() const
{
    return u"health"_s;
}

QString InstanceHealthCheck::title(const Context &) const
{
    return Core::Tr::tr("Mastodon is up and healthy");
}

QString InstanceHealthCheck::evidenceName(const Context &) const
{
    return Core::Tr::tr("docker compose ps on the server and the public health endpoints");
}

QList<Probe> InstanceHealthCheck::probes(const Context &context) const
{
    QList<Probe> p{
        Probe::remote({u"docker"_s, u"compose"_s, u"ps"_s, u"--format"_s, u"json"_s, u"--all"_s},
                      context.server.composeDir)};
    if (m_http && !context.server.publicUrl.isEmpty()) {
        p.append(Probe::http(u"/health"_s));
        if (m_streaming)
            p.append(Probe::http(u"/api/v1/streaming/health"_s));
    }
    return p;
}

CheckResult InstanceHealthCheck::evaluate(const Context &context,
                                          const QList<ProbeResult> &results) const
{
    const QList<Probe> p = probes(context);
    CheckResult c;
    QStringList problems;
    const ProbeResult &ps = results.value(0);
    QStringList lines{u"$ "_s + p.at(0).display(context)};
    if (ps.exitCode != 0) {
        problems.append(remoteFailure(p.at(0), ps, context));
    } else if (const auto services = Servers::parseComposePs(ps.out); !services.ok()) {
        problems.append(Core::Tr::tr("docker compose ps: %1").arg(services.error().message));
    } else if (services->isEmpty()) {
        problems.append(Core::Tr::tr("No container exists."));
    } else {
        for (const Servers::ComposeService &s : services.value()) {
            lines.append(u"  "_s + s.service + u": "_s + s.status
                         + (s.image.isEmpty() ? QString() : u" ("_s + s.image + u')'));
            if (!s.isRunning())
                problems.append(Core::Tr::tr("%1 is not running (%2).").arg(s.service, s.status));
            else if (s.health == u"unhealthy" || s.health == u"starting")
                problems.append(Core::Tr::tr("%1 is %2.").arg(s.service, s.health));
        }
    }
    for (qsizetype i = 1; i < p.size(); ++i) {
        const ProbeResult &r = results.value(i);
        lines.append(httpEvidence(p.at(i), r, context));
        if (r.httpStatus != 200)
            problems.append(
                Core::Tr::tr("%1 answered %2.")
                    .arg(p.at(i).path,
                         r.httpStatus ? QString::number(r.httpStatus)
                                      : (r.error.isEmpty() ? Core::Tr::tr("nothing") : r.error)));
    }
    c.evidence = lines.join(u'\n');
    c.passed = problems.isEmpty();
    c.message = c.passed ? Core::Tr::tr("Every service runs and the health endpoints answer 200.")
                         : problems.join(u' ');
    return c;
}

// ------------------------------------------------------------------------------------------------ dependency

DependencyCheck::DependencyCheck(Dependency dependency, QString minimum, QString service)
    : m_dependency(dependency)
    , m_minimum(std::move(minimum))
    , m_service(std::move(service))
{}

QString DependencyCheck::dependencyName(Dependency dependency)
{
    return dependency == Dependency::PostgreSQL ? u"PostgreSQL"_s : u"Redis"_s;
}

QString DependencyCheck::name() const
{
    return u"dependency"_s;
}

QString DependencyCheck::title(const Context &context) const
{
    if (context.expand(m_minimum).trimmed().isEmpty())
        return Core::Tr::tr("The %1 version").arg(dependencyName(m_dependency));
    return Core::Tr::tr("%1 %2 or newer")
        .arg(dependencyName(m_dependency), context.expand(m_minimum));
}

QString DependencyCheck::evidenceName(const Context &) const
{
    return Core::Tr::tr("the version the %1 container runs").arg(m_service);
}

QList<Probe> DependencyCheck::probes(const Context &context) const
{
    const QStringList version = m_dependency == Dependency::PostgreSQL
                                    ? QStringList{u"postgres"_s, u"--version"_s}
                                    : QStringList{u"redis-server"_s, u"--version"_s};
    return {Probe::remote(QStringList{u"docker"_s, u"compose"_s, u"exec"_s, u"-T"_s, m_service}
                              + version,
                          context.server.composeDir)};
}

QString DependencyCheck::versionFrom(Dependency dependency, const QByteArray &output)
{
    static const QRegularExpression postgres(uR"(\(PostgreSQL\)\s+(\d+(?:\.\d+)*))"_s);
    static const QRegularExpression redis(uR"(\bv=(\d+(?:\.\d+)*))"_s);
    const auto m = (dependency == Dependency::PostgreSQL ? postgres : redis)
                       .match(QString::fromUtf8(output));
    return m.hasMatch() ? m.captured(1) : QString();
}

int DependencyCheck::compareVersions(const QString &a, const QString &b)
{
    const QStringList x = a.split(u'.');
    const QStringList y = b.split(u'.');
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        const int p = x.value(i, u"0"_s).toInt();
        const int q = y.value(i, u"0"_s).toInt();
        if (p != q)
            return p < q ? -1 : 1;
    }
    return 0;
}

CheckResult DependencyCheck::evaluate(const Context &context,
                                      const QList<ProbeResult> &results) const
{
    const Probe probe = probes(context).first();
    const ProbeResult &r = results.value(0);
    CheckResult c;
    c.evidence = remoteEvidence(probe, r, context);
    if (r.exitCode != 0) {
        c.message = remoteFailure(probe, r, context);
        return c;
    }
    const QString version = versionFrom(m_dependency, r.out);
    const QString minimum = context.expand(m_minimum).trimmed();
    if (minimum.isEmpty() && !version.isEmpty()) {
        c.passed = true;
        c.message = Core::Tr::tr("%1 %2 runs (no minimum given).")
                        .arg(dependencyName(m_dependency), version);
        return c;
    }
    if (version.isEmpty()) {
        c.message = Core::Tr::tr("No %1 version in the answer.").arg(dependencyName(m_dependency));
        return c;
    }
    c.passed = compareVersions(version, minimum) >= 0;
    c.message = c.passed ? Core::Tr::tr("%1 %2 runs (%3 or newer needed).")
                               .arg(dependencyName(m_dependency), version, minimum)
                         : Core::Tr::tr("%1 %2 runs; the release needs %3 or newer.")
                               .arg(dependencyName(m_dependency), version, minimum);
    return c;
}

// ------------------------------------------------------------------------------------------------ maintenance

MaintenancePageCheck::MaintenancePageCheck(bool on, QString marker)
    : m_on(on)
    , m_marker(std::move(marker))
{}

QString MaintenancePageCheck::name() const
{
    return u"maintenance-page"_s;
}

QString MaintenancePageCheck::title(const Context &) const
{
    return m_on ? Core::Tr::tr("Visitors see the maintenance page")
                : Core::Tr::tr("Visitors reach Mastodon again");
}

QString MaintenancePageCheck::evidenceName(const Context &context) const
{
    return Core::Tr::tr("the answer of %1 from this computer").arg(context.server.publicUrl);
}

QList<Probe> MaintenancePageCheck::probes(const Context &) const
{
    return {Probe::http(m_on ? u"/"_s : u"/health"_s)};
}

CheckResult MaintenancePageCheck::evaluate(const Context &context,
                                           const QList<ProbeResult> &results) const
{
    const Probe probe = probes(context).first();
    const ProbeResult &r = results.value(0);
    CheckResult c;
    c.evidence = httpEvidence(probe, r, context);
    if (r.httpStatus == 0) {
        c.message = Core::Tr::tr("%1 did not answer: %2").arg(probe.display(context), r.error);
        return c;
    }
    const bool page = QString::fromUtf8(r.body).contains(m_marker, Qt::CaseInsensitive);
    if (m_on) {
        c.passed = r.httpStatus == 503 && page;
        c.message = c.passed ? Core::Tr::tr("The site answers 503 with the maintenance page.")
                    : r.httpStatus == 503
                        ? Core::Tr::tr(
                              "The site answers 503, but not with the maintenance page (no "
                              "“%1” in it).")
                              .arg(m_marker)
                        : Core::Tr::tr("The site answers %1, not 503: maintenance mode is not on.")
                              .arg(r.httpStatus);
    } else {
        c.passed = r.httpStatus == 200;
        c.message = c.passed ? Core::Tr::tr("/health answers 200 again.")
                             : Core::Tr::tr("/health answers %1, not 200.").arg(r.httpStatus);
    }
    return c;
}

// ------------------------------------------------------------------------------------------------ http

HttpCheck::HttpCheck(QString path, int status, QString contains)
    : m_path(std::move(path))
    , m_status(status)
    , m_contains(std::move(contains))
{}

QString HttpCheck::name() const
{
    return u"http"_s;
}

QString HttpCheck::title(const Context &context) const
{
    return Core::Tr::tr("%1 answers %2").arg(context.expand(m_path)).arg(m_status);
}

QString HttpCheck::evidenceName(const Context &context) const
{
    return Core::Tr::tr("the answer of %1 from this computer").arg(context.server.publicUrl);
}

QList<Probe> HttpCheck::probes(const Context &context) const
{
    return {Probe::http(context.expand(m_path))};
}

CheckResult HttpCheck::evaluate(const Context &context, const QList<ProbeResult> &results) const
{
    const Probe probe = probes(context).first();
    const ProbeResult &r = results.value(0);
    CheckResult c;
    c.evidence = httpEvidence(probe, r, context);
    if (r.httpStatus == 0) {
        c.message = Core::Tr::tr("%1 did not answer: %2").arg(probe.display(context), r.error);
        return c;
    }
    const bool contains = m_contains.isEmpty()
                          || QString::fromUtf8(r.body).contains(m_contains, Qt::CaseInsensitive);
    c.passed = r.httpStatus == m_status && contains;
    c.message = r.httpStatus != m_status
                    ? Core::Tr::tr("It answered %1, not %2.").arg(r.httpStatus).arg(m_status)
                : contains
                    ? Core::Tr::tr("It answered %1.").arg(r.httpStatus)
                    : Core::Tr::tr("It answered %1 without “%2”.").arg(r.httpStatus).arg(m_contains);
    return c;
}

// ------------------------------------------------------------------------------------------------ command

CommandCheck::CommandCheck(
    QString title, QStringList argv, QString directory, int exitCode, QString expect)
    : m_title(std::move(title))
    , m_argv(std::move(argv))
    , m_directory(std::move(directory))
    , m_exitCode(exitCode)
    , m_expect(std::move(expect))
{}

QString CommandCheck::name() const
{
    return u"command"_s;
}

QString CommandCheck::title(const Context &context) const
{
    return m_title.isEmpty() ? Ssh::commandLine(context.expand(m_argv)) : context.expand(m_title);
}

QString CommandCheck::evidenceName(const Context &context) const
{
    return Core::Tr::tr("the output of %1").arg(Ssh::commandLine(context.expand(m_argv)));
}

QList<Probe> CommandCheck::probes(const Context &context) const
{
    return {Probe::remote(context.expand(m_argv), resolveDirectory(m_directory, context))};
}

CheckResult CommandCheck::evaluate(const Context &context, const QList<ProbeResult> &results) const
{
    const Probe probe = probes(context).first();
    const ProbeResult &r = results.value(0);
    CheckResult c;
    c.evidence = remoteEvidence(probe, r, context);
    if (!r.error.isEmpty()) {
        c.message = remoteFailure(probe, r, context);
        return c;
    }
    if (r.exitCode != m_exitCode) {
        c.message = Core::Tr::tr("It exited with status %1, not %2.").arg(r.exitCode).arg(m_exitCode);
        return c;
    }
    if (!m_expect.isEmpty()) {
        const QRegularExpression re(m_expect, QRegularExpression::MultilineOption);
        if (!re.match(QString::fromUtf8(r.out)).hasMatch()) {
            c.message = Core::Tr::tr("Its output does not match “%1”.").arg(m_expect);
            return c;
        }
    }
    c.passed = true;
    c.message = Core::Tr::tr("It exited with status %1 as expected.").arg(r.exitCode);
    return c;
}

// ------------------------------------------------------------------------------------------------ parsing

QStringList Check::names()
{
    return {u"backup-fresh"_s,
            u"disk-free"_s,
            u"compose-reviewed"_s,
            u"running-version"_s,
            u"pending-migrations"_s,
            u"health"_s,
            u"dependency"_s,
            u"maintenance-page"_s,
            u"http"_s,
            u"command"_s};
}

std::shared_ptr<const Check> Check::parse(Fields &f)
{
    const QString name = f.string(u"check"_s, true).trimmed();
    std::shared_ptr<const Check> check;
    if (name == u"backup-fresh") {
        const QString unit = f.templ(u"unit"_s);
        check = std::make_shared<BackupFreshCheck>(unit,
                                                   f.integer(u"max_hours"_s,
                                                             1,
                                                             24 * 366,
                                                             BackupSettings::defaultFreshHours));
    } else if (name == u"disk-free") {
        const QString path = f.templ(u"path"_s);
        check = std::make_shared<DiskFreeCheck>(path, f.size(u"min"_s, qint64(10) << 30));
    } else if (name == u"compose-reviewed") {
        check = std::make_shared<ComposeReviewedCheck>(f.templ(u"file"_s, true));
    } else if (name == u"running-version") {
        const QString service = f.string(u"service"_s, false, u"web"_s);
        int given = 0;
        RunningVersionCheck::Compare compare = RunningVersionCheck::Compare::Equals;
        QString version;
        for (const auto &[key, kind] :
             {std::pair{u"equals"_s, RunningVersionCheck::Compare::Equals},
              std::pair{u"below"_s, RunningVersionCheck::Compare::Below},
              std::pair{u"at_least"_s, RunningVersionCheck::Compare::AtLeast}}) {
            if (f.has(key)) {
                ++given;
                compare = kind;
                version = f.templ(key, true);
            }
        }
        if (given != 1)
            f.fail(Core::Tr::tr("%1: running-version needs exactly one of equals, below, at_least")
                       .arg(f.what()),
                   f.map());
        check = std::make_shared<RunningVersionCheck>(compare, version, service);
    } else if (name == u"pending-migrations") {
        const int max = f.integer(u"max"_s, -1, 100000, -1);
        const QString service = f.string(u"service"_s, false, u"web"_s);
        check = std::make_shared<PendingMigrationsCheck>(max, service, f.templ(u"expected"_s));
    } else if (name == u"health") {
        const bool http = f.boolean(u"http"_s, true);
        check = std::make_shared<InstanceHealthCheck>(http, f.boolean(u"streaming"_s, true));
    } else if (name == u"dependency") {
        const QString dep = f.choice(u"name"_s, {u"postgresql"_s, u"redis"_s}, QString());
        if (dep.isEmpty())
            f.failKey(Core::Tr::tr("%1: dependency needs a name (postgresql or redis)").arg(f.what()),
                      u"check"_s);
        const auto kind = dep == u"postgresql" ? DependencyCheck::Dependency::PostgreSQL
                                               : DependencyCheck::Dependency::Redis;
        const QString minimum = f.templ(u"min"_s, true);
        check = std::make_shared<DependencyCheck>(
            kind,
            minimum,
            f.string(u"service"_s,
                     false,
                     kind == DependencyCheck::Dependency::PostgreSQL ? u"db"_s : u"redis"_s));
    } else if (name == u"maintenance-page") {
        const bool on = f.boolean(u"on"_s, true);
        check = std::make_shared<MaintenancePageCheck>(on,
                                                       f.string(u"marker"_s,
                                                                false,
                                                                u"maintenance"_s));
    } else if (name == u"http") {
        const QString path = f.templ(u"path"_s, true);
        const int status = f.integer(u"status"_s, 100, 599, 200);
        check = std::make_shared<HttpCheck>(path, status, f.string(u"contains"_s));
    } else if (name == u"command") {
        const QString title = f.templ(u"title"_s);
        const QStringList argv = f.templList(u"run"_s, true);
        const QString in = f.templ(u"in"_s, false, u"compose"_s);
        const int exitCode = f.integer(u"exit"_s, 0, 255, 0);
        const QString expect = f.string(u"expect"_s);
        if (!expect.isEmpty() && !QRegularExpression(expect).isValid())
            f.failKey(Core::Tr::tr("%1: “expect” is not a valid regular expression").arg(f.what()),
                      u"expect"_s);
        check = std::make_shared<CommandCheck>(title, argv, in, exitCode, expect);
    } else {
        f.failKey(Core::Tr::tr("%1: unknown check “%2” (known: %3)")
                      .arg(f.what(), name, names().join(u", "_s)),
                  u"check"_s);
    }
    f.finish();
    return check;
}

} // namespace Steward::Runbook
