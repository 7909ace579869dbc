// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/steps.h"

#include "core/runbook/fields.h"
#include "core/ssh/shellquote.h"
#include "core/tr.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Steward::Runbook {
namespace {

QString absoluteOnServer(const QString &path, const Context &context)
{
    if (path.startsWith(u'/'))
        return path;
    return context.server.composeDir + u'/' + path;
}

} // namespace

// ------------------------------------------------------------------------------------------------ command

CommandAction::CommandAction(QStringList argv, QString in)
    : m_argv(std::move(argv))
    , m_in(std::move(in))
{}

QStringList CommandAction::argv(const Context &context) const
{
    return context.expand(m_argv);
}

QString CommandAction::directory(const Context &context) const
{
    return resolveDirectory(m_in, context);
}

// ------------------------------------------------------------------------------------------------ check

CheckAction::CheckAction(QList<std::shared_ptr<const Check>> checks)
    : m_checks(std::move(checks))
{}

// ------------------------------------------------------------------------------------------------ confirm

ConfirmAction::ConfirmAction(QString prompt)
    : m_prompt(std::move(prompt))
{}

QString ConfirmAction::prompt(const Context &context) const
{
    return context.expand(m_prompt);
}

QStringList ConfirmAction::describe(const Context &context) const
{
    return {Core::Tr::tr("A volunteer approves: %1").arg(prompt(context))};
}

// ------------------------------------------------------------------------------------------------ backup

BackupAction::BackupAction(Mode mode, QString unit, int maxHours)
    : m_mode(mode)
    , m_unit(std::move(unit))
    , m_maxHours(maxHours)
{}

QStringList BackupAction::argv(const Context &context) const
{
    if (m_mode != Mode::Run)
        return {};
    // The unit's start waits for a oneshot unit to finish; its journal lines since then follow, so the
    // step's output shows what the backup did. Values come as arguments of the fixed program.
    static const QString script = uR"(unit=$1
since=$(date +%s)
echo "systemctl start $unit"
systemctl start "$unit"
rc=$?
journalctl -u "$unit" --since "@$since" --no-pager
exit $rc)"_s;
    const QString unit = m_unit.isEmpty() ? context.server.backup.unit : context.expand(m_unit);
    return {u"sh"_s, u"-c"_s, script, u"backup"_s, unit};
}

QList<std::shared_ptr<const Check>> BackupAction::checks() const
{
    if (m_mode != Mode::Fresh)
        return {};
    return {std::make_shared<BackupFreshCheck>(m_unit, m_maxHours)};
}

QList<std::shared_ptr<const Check>> BackupAction::impliedVerify() const
{
    // After a backup made now, the unit's state says it succeeded within the hour.
    if (m_mode != Mode::Run)
        return {};
    return {std::make_shared<BackupFreshCheck>(m_unit, 1)};
}

// ------------------------------------------------------------------------------------------------ snapshot

SnapshotAction::SnapshotAction(QStringList files, QString dir)
    : m_files(std::move(files))
    , m_dir(std::move(dir))
{}

QString SnapshotAction::snapshotDir(const Context &context) const
{
    if (!m_dir.isEmpty())
        return absoluteOnServer(context.expand(m_dir), context);
    return context.stateDir + u"/snapshots/"_s + context.runId;
}

QString SnapshotAction::script()
{
    return uR"(dest=$1
shift
umask 077
mkdir -p -- "$dest" || exit 1
chmod 700 -- "$dest" || exit 1
for f in "$@"; do
  cp -- "$f" "$dest/" || exit 1
  chmod 600 -- "$dest/${f##*/}" || exit 1
done
docker compose ps --format json --all >"$dest/containers.json" || exit 1
docker compose images --format json >"$dest/images.json" || exit 1
echo "Snapshot in $dest:"
cd -- "$dest" && ls -l && sha256sum -- *)"_s;
}

QStringList SnapshotAction::argv(const Context &context) const
{
    return QStringList{u"sh"_s, u"-c"_s, script(), u"snapshot"_s, snapshotDir(context)}
           + context.expand(m_files);
}

// ------------------------------------------------------------------------------------------------ compose-update

ComposeUpdateAction::ComposeUpdateAction(QString file, QString target, Commit commit)
    : m_file(std::move(file))
    , m_target(std::move(target))
    , m_commit(std::move(commit))
{}

QString ComposeUpdateAction::file(const Context &context) const
{
    return context.expand(m_file);
}

QString ComposeUpdateAction::target(const Context &context) const
{
    return absoluteOnServer(context.expand(m_target), context);
}

QStringList ComposeUpdateAction::describe(const Context &context) const
{
    QStringList lines;
    if (m_commit.enabled()) {
        lines.append(Core::Tr::tr("git (libgit2): commit %1 as %2 on branch %3 of %4")
                         .arg(file(context),
                              context.expand(m_commit.path),
                              context.expand(m_commit.branch),
                              context.expand(m_commit.repository)));
        if (m_commit.push)
            lines.append(Core::Tr::tr("git (libgit2): push branch %1 to origin")
                             .arg(context.expand(m_commit.branch)));
    }
    lines.append(
        Core::Tr::tr("SFTP upload %1 → %2 (a temporary file beside it, renamed over it; the "
                     "replaced file's mode kept)")
            .arg(file(context), target(context)));
    return lines;
}

QStringList ComposeUpdateAction::requirements(const Context &context) const
{
    return {Core::Tr::tr("the reviewed docker-compose.yml: %1").arg(file(context))};
}

QList<std::shared_ptr<const Check>> ComposeUpdateAction::impliedVerify() const
{
    return {std::make_shared<ComposeReviewedCheck>(m_file)};
}

// ------------------------------------------------------------------------------------------------ migrate

MigrateAction::MigrateAction(Phase phase, QString service)
    : m_phase(phase)
    , m_service(std::move(service))
{}

QStringList MigrateAction::argv(const Context &) const
{
    QStringList argv{u"docker"_s, u"compose"_s, u"run"_s, u"--rm"_s};
    if (m_phase == Phase::Pre)
        argv << u"-e"_s << u"SKIP_POST_DEPLOYMENT_MIGRATIONS=true"_s;
    argv << m_service << u"bundle"_s << u"exec"_s << u"rails"_s << u"db:migrate"_s;
    return argv;
}

// ------------------------------------------------------------------------------------------------ wait-healthy

WaitHealthyAction::WaitHealthyAction(qint64 timeoutMs, qint64 intervalMs, bool http)
    : m_timeoutMs(timeoutMs)
    , m_intervalMs(intervalMs)
    , m_check(std::make_shared<InstanceHealthCheck>(http, http))
{}

QStringList WaitHealthyAction::describe(const Context &context) const
{
    QStringList lines{Core::Tr::tr("Every %1 s for up to %2 s, until all pass:")
                          .arg(m_intervalMs / 1000)
                          .arg(m_timeoutMs / 1000)};
    for (const Probe &p : m_check->probes(context))
        lines.append(u"  "_s + p.display(context));
    return lines;
}

// ------------------------------------------------------------------------------------------------ maintenance

MaintenanceAction::MaintenanceAction(bool on, QString file, QString marker)
    : m_on(on)
    , m_file(std::move(file))
    , m_marker(std::move(marker))
{}

QStringList MaintenanceAction::argv(const Context &context) const
{
    const QString file = context.expand(m_file);
    if (m_on)
        return {u"touch"_s, u"--"_s, file};
    return {u"rm"_s, u"-f"_s, u"--"_s, file};
}

QList<std::shared_ptr<const Check>> MaintenanceAction::impliedVerify() const
{
    return {std::make_shared<MaintenancePageCheck>(m_on, m_marker)};
}

// ------------------------------------------------------------------------------------------------ announce

AnnounceAction::AnnounceAction(Spec spec)
    : m_spec(std::move(spec))
{}

QString AnnounceAction::text(const Context &context) const
{
    return context.expand(m_spec.text).trimmed();
}

QString AnnounceAction::scheduledAt(const Context &context) const
{
    return context.expand(m_spec.scheduledAt).trimmed();
}

QStringList AnnounceAction::describe(const Context &context) const
{
    QString base = context.server.publicUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    QStringList lines{u"POST "_s + base + u"/api/v1/statuses"_s,
                      Core::Tr::tr(
                          "  Authorization: Bearer (the admin token of %1, from the keychain)")
                          .arg(context.server.name),
                      u"  Idempotency-Key: steward-"_s + context.runId + u'-' + context.stepId,
                      u"  visibility="_s + m_spec.visibility
                          + (m_spec.language.isEmpty() ? QString()
                                                       : u" language="_s + m_spec.language)};
    if (const QString at = scheduledAt(context); !at.isEmpty())
        lines.append(u"  scheduled_at="_s + at);
    for (const QString &line : text(context).split(u'\n'))
        lines.append(u"  > "_s + line);
    return lines;
}

QStringList AnnounceAction::requirements(const Context &context) const
{
    return {Core::Tr::tr("the Mastodon admin token of %1 in the keychain").arg(context.server.name)};
}

// ------------------------------------------------------------------------------------------------ ansible

AnsibleAction::AnsibleAction(Spec spec)
    : m_spec(std::move(spec))
{}

QStringList AnsibleAction::command(const Context &context, bool check) const
{
    QStringList argv{u"ansible-playbook"_s, u"-i"_s, context.expand(m_spec.inventory)};
    if (!m_spec.limit.isEmpty())
        argv << u"--limit"_s << context.expand(m_spec.limit);
    for (const QString &var : m_spec.extraVars)
        argv << u"-e"_s << context.expand(var);
    if (check)
        argv << u"--check"_s << u"--diff"_s;
    argv << u"--"_s << context.expand(m_spec.playbook);
    return argv;
}

QStringList AnsibleAction::describe(const Context &context) const
{
    QStringList lines;
    if (m_spec.checkFirst)
        lines.append(u"ANSIBLE_STDOUT_CALLBACK=json "_s + Ssh::commandLine(command(context, true))
                     + Core::Tr::tr("   (shown first, approved)"));
    lines.append(u"ANSIBLE_STDOUT_CALLBACK=json "_s + Ssh::commandLine(command(context, false)));
    return lines;
}

QStringList AnsibleAction::requirements(const Context &) const
{
    return {Core::Tr::tr("ansible-playbook on this computer (Debian's ansible-core)")};
}

// ------------------------------------------------------------------------------------------------ parsing

QStringList StepAction::types()
{
    return {u"check"_s,
            u"command"_s,
            u"confirm"_s,
            u"backup"_s,
            u"snapshot"_s,
            u"compose-update"_s,
            u"migrate"_s,
            u"wait-healthy"_s,
            u"maintenance"_s,
            u"announce"_s,
            u"ansible"_s};
}

std::shared_ptr<const StepAction> StepAction::parse(const QString &type, Fields &f)
{
    if (type == u"command") {
        const QStringList argv = f.templList(u"run"_s, true);
        return std::make_shared<CommandAction>(argv, f.templ(u"in"_s, false, u"compose"_s));
    }
    if (type == u"check") {
        const YamlValue *list = f.raw(u"checks"_s);
        if (!list || !list->isList() || list->items.isEmpty())
            f.failKey(Core::Tr::tr("%1 needs “checks”, a list such as [{check: backup-fresh}]")
                          .arg(f.what()),
                      u"type"_s);
        QList<std::shared_ptr<const Check>> checks;
        for (qsizetype i = 0; i < list->items.size(); ++i) {
            Fields cf(list->items.at(i),
                      Core::Tr::tr("%1, check %2").arg(f.what()).arg(i + 1),
                      f.known());
            checks.append(Check::parse(cf));
        }
        return std::make_shared<CheckAction>(checks);
    }
    if (type == u"confirm")
        return std::make_shared<ConfirmAction>(f.templ(u"prompt"_s, true));
    if (type == u"backup") {
        const QString mode = f.choice(u"mode"_s, {u"run"_s, u"fresh"_s}, u"run"_s);
        const QString unit = f.templ(u"unit"_s);
        const int maxHours = f.integer(u"max_hours"_s,
                                       1,
                                       24 * 366,
                                       BackupSettings::defaultFreshHours);
        return std::make_shared<BackupAction>(mode == u"run" ? BackupAction::Mode::Run
                                                             : BackupAction::Mode::Fresh,
                                              unit,
                                              maxHours);
    }
    if (type == u"snapshot") {
        QStringList files = f.templList(u"files"_s);
        if (!f.has(u"files"_s))
            files = {u"docker-compose.yml"_s, u".env.production"_s};
        return std::make_shared<SnapshotAction>(files, f.templ(u"dir"_s));
    }
    if (type == u"compose-update") {
        const QString file = f.templ(u"file"_s, true);
        const QString target = f.templ(u"target"_s, false, u"docker-compose.yml"_s);
        ComposeUpdateAction::Commit commit;
        if (const YamlValue *c = f.raw(u"commit"_s); c && !c->isNull()) {
            Fields cf(*c, Core::Tr::tr("%1, commit").arg(f.what()), f.known());
            commit.repository = cf.templ(u"repository"_s, true);
            commit.branch = cf.templ(u"branch"_s, true);
            commit.path = cf.templ(u"path"_s, false, u"docker-compose.yml"_s);
            commit.message = cf.templ(u"message"_s,
                                      false,
                                      u"docker-compose.yml reviewed with Steward"_s);
            commit.push = cf.boolean(u"push"_s, true);
            cf.finish();
        }
        return std::make_shared<ComposeUpdateAction>(file, target, commit);
    }
    if (type == u"migrate") {
        const QString phase = f.choice(u"phase"_s, {u"pre"_s, u"post"_s}, QString());
        if (phase.isEmpty())
            f.failKey(Core::Tr::tr("%1 needs “phase”: pre or post").arg(f.what()), u"type"_s);
        return std::make_shared<MigrateAction>(phase == u"pre" ? MigrateAction::Phase::Pre
                                                               : MigrateAction::Phase::Post,
                                               f.string(u"service"_s, false, u"web"_s));
    }
    if (type == u"wait-healthy") {
        const qint64 timeout = f.duration(u"timeout"_s, 5 * 60 * 1000);
        const qint64 interval = f.duration(u"interval"_s, 5000);
        return std::make_shared<WaitHealthyAction>(timeout, interval, f.boolean(u"http"_s, true));
    }
    if (type == u"maintenance") {
        const QString mode = f.choice(u"mode"_s, {u"on"_s, u"off"_s}, QString());
        if (mode.isEmpty())
            f.failKey(Core::Tr::tr("%1 needs “mode”: on or off").arg(f.what()), u"type"_s);
        const QString file = f.templ(u"file"_s, false, u"maintenance"_s);
        return std::make_shared<MaintenanceAction>(mode == u"on",
                                                   file,
                                                   f.string(u"marker"_s, false, u"maintenance"_s));
    }
    if (type == u"announce") {
        AnnounceAction::Spec spec;
        spec.text = f.templ(u"text"_s, true);
        spec.visibility = f.choice(u"visibility"_s,
                                   {u"public"_s, u"unlisted"_s, u"private"_s, u"direct"_s},
                                   u"public"_s);
        spec.scheduledAt = f.templ(u"scheduled_at"_s);
        spec.language = f.string(u"language"_s);
        spec.spoiler = f.templ(u"spoiler"_s);
        return std::make_shared<AnnounceAction>(spec);
    }
    if (type == u"ansible") {
        AnsibleAction::Spec spec;
        spec.playbook = f.templ(u"playbook"_s, true);
        spec.inventory = f.templ(u"inventory"_s, true);
        spec.limit = f.templ(u"limit"_s);
        spec.extraVars = f.templList(u"extra_vars"_s);
        spec.checkFirst = f.boolean(u"check_first"_s, true);
        return std::make_shared<AnsibleAction>(spec);
    }
    f.failKey(Core::Tr::tr("%1: unknown type “%2” (known: %3)")
                  .arg(f.what(), type, types().join(u", "_s)),
              u"type"_s);
}

} // namespace Steward::Runbook
