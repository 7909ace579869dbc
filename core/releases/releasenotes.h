// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releases/version.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Steward::Releases {

// One thing a release asks of the people upgrading, found in its notes, with the line that says so.
struct Finding
{
    enum Kind {
        UpgradeNote,             // an upgrade overview flag or a manual step
        DatabaseMigration,       // pre-deployment database migrations
        PostDeploymentMigration, // migrations run after the new code is live
        EnvironmentVariable, // an environment variable added, changed or removed (detail: its name)
        DependencyMinimum,   // detail: "PostgreSQL", minimum: "13" (or "> 12")
        SecurityFix,         // detail: GHSA / CVE identifier, or empty for security wording
        UpgradeFirst,        // detail: the version to be on before this one (rolling update limit)
        BreakingChange,
    };
    Kind kind = UpgradeNote;
    QString detail;
    QString minimum;          // DependencyMinimum: "13", "> 20", "3.1"
    bool recommended = false; // DependencyMinimum: a recommendation, not a floor
    bool inferred = false; // not said by the notes but implied (a feature release ships migrations)
    QString evidence;      // the line of the notes, trimmed
    int line = 0;          // 1-based in the source text; 0 when unknown

    static QString kindName(Kind kind); // stable id for JSON: "database-migration", ...
};

// One release as read from a source (a CHANGELOG.md section or a GitHub release body).
struct Release
{
    Version version;
    QString tag; // as written: "v4.3.0", "4.4.0"
    QDate date;
    QString notes;       // the Markdown body
    QString source;      // "CHANGELOG.md", "GitHub": where the notes shown come from
    QStringList sources; // every source that listed this release (merge() joins them)
    QString url;
    bool prerelease = false; // GitHub's flag (also on a tag without -beta/-rc)
    QList<Finding> findings;

    // A prerelease by GitHub's flag or by its version ("-rc.1", a Hometown "-rc.1").
    bool isPrerelease() const { return prerelease || version.isPrerelease(); }
    bool has(Finding::Kind kind) const;
    QList<Finding> findingsOf(Finding::Kind kind) const;
};

namespace ReleaseNotes {

// Splits a Keep a Changelog file into releases ("## [4.4.0] - 2025-07-08", tolerating "## |4.2.11]",
// "## [v3.1.2]" and stray "## Fixed" headings) and detects the findings of each.
Result<QList<Release>> parseChangelog(const QString &text, const QString &sourceName = {});

// Reads one GitHub release body (Upgrade overview, Changelog, Upgrade notes, Dependencies, Update steps).
Release parseReleaseBody(const Version &version, const QString &body, int firstLine = 1);

// The findings in a Markdown text; firstLine numbers its first line.
QList<Finding> detect(const Version &version, const QString &markdown, int firstLine = 1);

// Migration files added in Mastodon's repository between two tags: db/migrate (pre-deployment) and
// db/post_migrate (post-deployment), e.g. v4.0.2 → v4.1.0: 0 and 1.
struct MigrationCount
{
    Version from;
    Version to;
    int pre = 0;
    int post = 0;
};
// Reads "from_tag<TAB>to_tag<TAB>pre<TAB>post" lines (a header line is skipped).
Result<QList<MigrationCount>> parseMigrationCounts(const QString &tsv);
// The counts compiled into Steward (:/steward/releases/migrations.tsv).
const QList<MigrationCount> &bundledMigrationCounts();
// The count of exactly this release: a feature release counted from a release of an earlier line,
// or a patch release counted from the patch before it; none when only wider ranges are counted.
std::optional<MigrationCount> migrationCountFor(const Version &version,
                                                const QList<MigrationCount> &counts);

// Merges releases of several sources: one per version, newest first, notes of the richer source kept
// and findings unioned without duplicates.
QList<Release> merge(const QList<QList<Release>> &sources);

} // namespace ReleaseNotes
} // namespace Steward::Releases
