// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releases/releasenotes.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

namespace Steward::Releases {

// A line of a release's notes that justifies an action or a warning.
struct PlanEvidence
{
    Version release;
    QString text;
    int line = 0;
    bool inferred = false;
};

// One step of the upgrade checklist, with the releases that demand it.
struct PlanAction
{
    QString id; // stable: "backup", "dependency:PostgreSQL", "env:OTP_SECRET", "migrate-pre", ...
    QString title;
    QList<Version> releases;
    QList<PlanEvidence> evidence;
};

struct PlanWarning
{
    enum Kind {
        SkippedIntermediate,
        DependencyBump,
        BreakingChange,
        MissingNotes,
        Prerelease,
        Fork,
        ChangelogOnly, // the Mastodon notes come from a CHANGELOG.md only: stable-only patches missing
    };
    Kind kind = BreakingChange;
    QString message;
    std::optional<Version> release;
    QString evidence;

    static QString kindName(Kind kind);
};

// Everything an upgrade from one version to another demands, read from the release notes.
struct Plan
{
    Version from;
    Version to;
    QList<Release> releases; // from (excluded) to target (included), oldest first
    QList<PlanAction> actions;
    QList<PlanWarning> warnings;
    QList<PlanEvidence> securityFixes;
    std::optional<Version> latestPatch; // newest release of the current line
    std::optional<Version> nextLine;    // newest release of the next line
    // The strongest floor each dependency gets from the releases: "PostgreSQL" → "13" (or "> 12").
    QMap<QString, QString> dependencyFloors;
};

namespace Planner {

struct Options
{
    bool includePrereleases = false;
};

// Plans from `from` to `to` over releases of any order and of both forks (merged sources): a plan
// reads only the releases of the fork it plans (Mastodon → Mastodon: Mastodon releases only;
// Hometown → Hometown: Hometown releases and the Mastodon releases they merge; see
// docs/releases.md). Errors when the range is empty or the target is not in the notes.
Result<Plan> plan(const QList<Release> &releases,
                  const Version &from,
                  const Version &to,
                  const Options &options = {});

// Newest non-prerelease release of current's line (security), or of the next line when asked; of
// current's fork only (a Mastodon server is never offered a Hometown release, nor the reverse).
std::optional<Version> recommendedTarget(const QList<Release> &releases,
                                         const Version &current,
                                         bool nextLine = false);
// Newest non-prerelease release of the same fork as sameForkAs (Mastodon or Hometown).
std::optional<Version> latest(const QList<Release> &releases, const Version &sameForkAs);

QString toMarkdown(const Plan &plan);
QJsonObject toJson(const Plan &plan);

} // namespace Planner
} // namespace Steward::Releases
