// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Steward::Runbook {

class StepAction;
class Check;

// A value a run is given (`--set version=v4.3.0`): the target version, the reviewed compose file...
struct Parameter
{
    enum class Type {
        String,
        Version,  // a Mastodon version: v4.3.0, 4.3.0-rc.1
        File,     // a file on this computer (the reviewed docker-compose.yml)
        Text,     // several lines
        Bool,     // true / false
        DateTime, // ISO 8601 (2026-11-22T00:10:00Z), for a scheduled announcement
        Choice,   // one of choices
    };

    QString name;
    QString title;
    QString description;
    Type type = Type::String;
    bool required = false;
    QString defaultValue;
    QStringList choices;
    // Never written to the server's journal nor the transcript (asked again when a run is resumed).
    bool secret = false;
    int line = 0;

    static QString typeName(Type type);
};

// What the ${...} of a runbook refer to while it runs: its parameters, the server and the run.
// Template syntax: ${name} is replaced by the value, $$ is a dollar sign; any other $ stays as it is.
// A value is never split or re-read: an argument made from a template stays one argument.
struct Context
{
    Server server;
    QHash<QString, QString> parameters; // validated, defaults filled
    QString runId;                      // 20261122-001000-mastodon-upgrade
    QString stateDir;                   // <compose_dir>/.steward on the server
    QString stepId;                     // the step being expanded, when there is one
    QDateTime now = QDateTime::currentDateTimeUtc();

    QString runDir() const; // stateDir/runs/runId
    // Every name a template may use, with its value here.
    QHash<QString, QString> variables() const;
    QString expand(const QString &text) const;
    QStringList expand(const QStringList &texts) const;

    // The names every runbook may use besides its parameters.
    static QStringList builtinVariables();
};

// Checks a template: every ${name} is known. Returns the first unknown name's offset, or -1.
struct TemplateCheck
{
    QString unknown;
    qsizetype offset = -1;
};
TemplateCheck checkTemplate(const QString &text, const QStringList &known);

// One step of a runbook: what it does (its type's action), for whom (title, explanation), and which steps
// must be done before it (needs: completed, skipped with a reason, or overridden).
struct Step
{
    QString id; // [a-z0-9][a-z0-9-]*, unique in the runbook
    QString type;
    QString title;
    QString explanation;
    QStringList needs;
    std::shared_ptr<const StepAction> action;
    // Checks run after the step's own work succeeded (maintenance adds its HTTP check itself).
    QList<std::shared_ptr<const Check>> verify;
    int line = 0;
    int column = 0;
};

// A runbook: parameters and steps, read from YAML (docs/runbook.md) and validated on load.
struct Runbook
{
    static constexpr int formatVersion = 1;

    QString id; // mastodon-upgrade
    QString title;
    QString description;
    QList<Parameter> parameters;
    QList<Step> steps;
    QString origin;    // where it was read from: ":/steward/runbooks/…" or a path
    QByteArray source; // the text it was read from (copied to the run's folder on the server)

    const Step *step(const QString &id) const;
    qsizetype indexOf(const QString &stepId) const;
    const Parameter *parameter(const QString &name) const;

    // The values of a run: given ones checked against the parameters (unknown names, types, required),
    // defaults filled in. File parameters must name a readable file.
    Result<QHash<QString, QString>> resolveParameters(const QHash<QString, QString> &given) const;
    // The names of the secret parameters' values (for redaction).
    QStringList secretValues(const QHash<QString, QString> &values) const;
};

// Reads and validates a runbook: unknown keys, wrong types, duplicate ids, unknown step types or
// checks, needs naming unknown or later steps, templates naming unknown variables: each an Error with
// line and column.
Result<Runbook> parse(const QByteArray &yaml, const QString &origin = {});

// "90s", "5m", "1h30m", "2h": milliseconds; an Error for anything else.
Result<qint64> parseDuration(const QString &text);
// "10G", "512M", "2GiB", "1T", "1000000": bytes (K/M/G/T powers of 1024).
Result<qint64> parseSize(const QString &text);

} // namespace Steward::Runbook
