// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runbook/checks.h"
#include "core/runbook/runbook.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Steward::Runbook {

class Fields;

// What a step's type does, as a small object: parsed from its keys, asked what it will send (the dry
// run), and run by the engine according to where it acts. Types: docs/runbook.md, "Step types".
class StepAction
{
public:
    enum class Where {
        Server, // a command in the run's tmux session on the server (argv, in directory)
        Laptop, // work Steward does from this computer (upload, HTTP, ansible), recorded on the server
        Gate, // checks on evidence; a failed one blocks until it passes or is overridden with a reason
        Person, // a volunteer approves
    };

    virtual ~StepAction() = default;
    virtual QString type() const = 0;
    virtual Where where() const = 0;
    // Server steps: the program and arguments, and where they run (empty: the login directory).
    virtual QStringList argv(const Context &) const { return {}; }
    virtual QString directory(const Context &context) const { return context.server.composeDir; }
    // Gate steps: the checks.
    virtual QList<std::shared_ptr<const Check>> checks() const { return {}; }
    // Checks the type itself runs after its work (maintenance: the HTTP answer).
    virtual QList<std::shared_ptr<const Check>> impliedVerify() const { return {}; }
    // Laptop and Person steps: what will be done, one line each, exact where there is a command (dry run).
    virtual QStringList describe(const Context &) const { return {}; }
    // What it needs besides the steps before it, translated ("the admin token of social.coop in the
    // keychain", "the reviewed docker-compose.yml (parameter compose)").
    virtual QStringList requirements(const Context &) const { return {}; }

    // Reads a step's type-specific keys; throws ParseFailure. Known types: types().
    static std::shared_ptr<const StepAction> parse(const QString &type, Fields &fields);
    static QStringList types();
};

// command: any program with its arguments, in the compose directory by default.
class CommandAction : public StepAction
{
public:
    CommandAction(QStringList argv, QString in);
    QString type() const override { return QStringLiteral("command"); }
    Where where() const override { return Where::Server; }
    QStringList argv(const Context &context) const override;
    QString directory(const Context &context) const override;

private:
    QStringList m_argv;
    QString m_in;
};

// check: a gate of one or more checks.
class CheckAction : public StepAction
{
public:
    explicit CheckAction(QList<std::shared_ptr<const Check>> checks);
    QString type() const override { return QStringLiteral("check"); }
    Where where() const override { return Where::Gate; }
    QList<std::shared_ptr<const Check>> checks() const override { return m_checks; }

private:
    QList<std::shared_ptr<const Check>> m_checks;
};

// confirm: a volunteer approves (who and when are recorded).
class ConfirmAction : public StepAction
{
public:
    explicit ConfirmAction(QString prompt);
    QString type() const override { return QStringLiteral("confirm"); }
    Where where() const override { return Where::Person; }
    QStringList describe(const Context &context) const override;
    QString prompt(const Context &context) const;

private:
    QString m_prompt;
};

// backup: mode run starts the backup unit and waits for it (its journal lines shown after); mode fresh
// requires a recent successful one (a gate).
class BackupAction : public StepAction
{
public:
    enum class Mode { Run, Fresh };
    BackupAction(Mode mode, QString unit, int maxHours);
    QString type() const override { return QStringLiteral("backup"); }
    Where where() const override { return m_mode == Mode::Run ? Where::Server : Where::Gate; }
    QStringList argv(const Context &context) const override;
    QString directory(const Context &) const override { return {}; }
    QList<std::shared_ptr<const Check>> checks() const override;
    QList<std::shared_ptr<const Check>> impliedVerify() const override;
    Mode mode() const { return m_mode; }

private:
    Mode m_mode;
    QString m_unit;
    int m_maxHours;
};

// snapshot: docker-compose.yml, .env.production and the running containers and image digests copied into
// a dated folder on the server (0700, files 0600), so that a rollback knows what ran.
class SnapshotAction : public StepAction
{
public:
    SnapshotAction(QStringList files, QString dir);
    QString type() const override { return QStringLiteral("snapshot"); }
    Where where() const override { return Where::Server; }
    QStringList argv(const Context &context) const override;
    // Where the snapshot goes: dir, or <state dir>/snapshots/<run id>.
    QString snapshotDir(const Context &context) const;
    // The fixed shell program the step runs (its values come as arguments).
    static QString script();

private:
    QStringList m_files;
    QString m_dir;
};

// compose-update: the reviewed docker-compose.yml (a file on this computer) uploaded over the server's
// one atomically; optionally committed on a branch of the group's configuration repository and pushed.
class ComposeUpdateAction : public StepAction
{
public:
    struct Commit
    {
        QString repository; // template: a local clone
        QString branch;     // template
        QString path;       // template: the file's path in the repository
        QString message;    // template
        bool push = true;
        bool enabled() const { return !repository.isEmpty(); }
    };
    ComposeUpdateAction(QString file, QString target, Commit commit);
    QString type() const override { return QStringLiteral("compose-update"); }
    Where where() const override { return Where::Laptop; }
    QStringList describe(const Context &context) const override;
    QStringList requirements(const Context &context) const override;
    QList<std::shared_ptr<const Check>> impliedVerify() const override;
    QString file(const Context &context) const;
    // The absolute path on the server.
    QString target(const Context &context) const;
    const Commit &commit() const { return m_commit; }

private:
    QString m_file;
    QString m_target;
    Commit m_commit;
};

// migrate: Rails' migrations in a one-off container: pre (SKIP_POST_DEPLOYMENT_MIGRATIONS=true, before the
// new version starts) or post (after it runs).
class MigrateAction : public StepAction
{
public:
    enum class Phase { Pre, Post };
    MigrateAction(Phase phase, QString service);
    QString type() const override { return QStringLiteral("migrate"); }
    Where where() const override { return Where::Server; }
    QStringList argv(const Context &context) const override;
    Phase phase() const { return m_phase; }

private:
    Phase m_phase;
    QString m_service;
};

// wait-healthy: the health check asked again every interval until it passes, or fails after timeout.
class WaitHealthyAction : public StepAction
{
public:
    WaitHealthyAction(qint64 timeoutMs, qint64 intervalMs, bool http);
    QString type() const override { return QStringLiteral("wait-healthy"); }
    Where where() const override { return Where::Laptop; }
    QStringList describe(const Context &context) const override;
    std::shared_ptr<const Check> check() const { return m_check; }
    qint64 timeoutMs() const { return m_timeoutMs; }
    qint64 intervalMs() const { return m_intervalMs; }

private:
    qint64 m_timeoutMs;
    qint64 m_intervalMs;
    std::shared_ptr<const Check> m_check;
};

// maintenance: on creates the file the web server checks (503 and the maintenance page), off removes it;
// either is verified over HTTP from this computer.
class MaintenanceAction : public StepAction
{
public:
    MaintenanceAction(bool on, QString file, QString marker);
    QString type() const override { return QStringLiteral("maintenance"); }
    Where where() const override { return Where::Server; }
    QStringList argv(const Context &context) const override;
    QList<std::shared_ptr<const Check>> impliedVerify() const override;
    bool on() const { return m_on; }

private:
    bool m_on;
    QString m_file;
    QString m_marker;
};

// announce: a status posted with the admin account's token (from the keychain) through
// POST /api/v1/statuses with an Idempotency-Key, optionally scheduled.
class AnnounceAction : public StepAction
{
public:
    struct Spec
    {
        QString text; // template
        QString visibility = QStringLiteral("public");
        QString scheduledAt; // template; empty: now
        QString language;
        QString spoiler; // template (content warning)
    };
    explicit AnnounceAction(Spec spec);
    QString type() const override { return QStringLiteral("announce"); }
    Where where() const override { return Where::Laptop; }
    QStringList describe(const Context &context) const override;
    QStringList requirements(const Context &context) const override;
    const Spec &spec() const { return m_spec; }
    QString text(const Context &context) const;
    QString scheduledAt(const Context &context) const;

private:
    Spec m_spec;
};

// ansible: a playbook run with Debian's ansible-playbook from this computer against inventory hosts:
// first with --check --diff (what is approved), then applied; events read from its JSON output.
class AnsibleAction : public StepAction
{
public:
    struct Spec
    {
        QString playbook;      // template: a path on this computer
        QString inventory;     // template
        QString limit;         // template
        QStringList extraVars; // templates, "name=value"
        bool checkFirst = true;
    };
    explicit AnsibleAction(Spec spec);
    QString type() const override { return QStringLiteral("ansible"); }
    Where where() const override { return Where::Laptop; }
    QStringList describe(const Context &context) const override;
    QStringList requirements(const Context &context) const override;
    // The local command: ansible-playbook with its arguments; check adds --check --diff.
    QStringList command(const Context &context, bool check) const;
    const Spec &spec() const { return m_spec; }

private:
    Spec m_spec;
};

} // namespace Steward::Runbook
