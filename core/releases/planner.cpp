// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releases/planner.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Steward::Releases {

QString PlanWarning::kindName(Kind kind)
{
    switch (kind) {
    case SkippedIntermediate:
        return u"skipped-intermediate"_s;
    case DependencyBump:
        return u"dependency-bump"_s;
    case BreakingChange:
        return u"breaking-change"_s;
    case MissingNotes:
        return u"missing-notes"_s;
    case Prerelease:
        return u"prerelease"_s;
    case Fork:
        return u"fork"_s;
    case ChangelogOnly:
        return u"changelog-only"_s;
    }
    return {};
}

namespace Planner {
namespace {

// A dependency floor as comparable numbers; "> 12" is stronger than "12" and weaker than "13".
struct Floor
{
    QList<int> numbers;
    bool exclusive = false;

    static Floor parse(const QString &minimum)
    {
        Floor f;
        QString s = minimum.trimmed();
        if (s.startsWith(u'>')) {
            f.exclusive = true;
            s = s.mid(1).trimmed();
        }
        for (const QString &part : s.split(u'.'))
            f.numbers.append(part.toInt());
        return f;
    }
    friend bool operator<(const Floor &a, const Floor &b)
    {
        for (qsizetype i = 0; i < std::max(a.numbers.size(), b.numbers.size()); ++i) {
            const int x = i < a.numbers.size() ? a.numbers[i] : 0;
            const int y = i < b.numbers.size() ? b.numbers[i] : 0;
            if (x != y)
                return x < y;
        }
        return !a.exclusive && b.exclusive;
    }
};

bool sameFork(const Version &a, const Version &b)
{
    return a.isHometown() == b.isHometown();
}

// Which releases an upgrade from `from` to `to` goes through (docs/releases.md, "Forks"):
// - Mastodon → Mastodon: the Mastodon releases with from < v <= to, never a Hometown release;
// - Hometown → Hometown: the Hometown releases with from < v <= to, and the Mastodon releases the
//   upgrade merges (from's Mastodon < v <= to's Mastodon): their migrations, dependency floors and
//   environment variables apply to a Hometown server too;
// - across forks: the Mastodon releases up to the target's Mastodon version, and the target itself.
bool inPlan(const Version &v, const Version &from, const Version &to)
{
    if (v.isHometown()) {
        if (from.isHometown() && to.isHometown())
            return from < v && v <= to;
        return v == to;
    }
    return from.mastodon() < v && v <= to.mastodon();
}

void addTo(QList<PlanAction> &actions,
           const QString &id,
           const QString &title,
           const Release &r,
           const Finding *f)
{
    auto it = std::find_if(actions.begin(), actions.end(), [&id](const PlanAction &a) {
        return a.id == id;
    });
    if (it == actions.end()) {
        actions.append(PlanAction{id, title, {}, {}});
        it = actions.end() - 1;
    }
    if (!it->releases.contains(r.version))
        it->releases.append(r.version);
    if (f)
        it->evidence.append(PlanEvidence{r.version, f->evidence, f->line, f->inferred});
}

QJsonObject evidenceJson(const PlanEvidence &e)
{
    QJsonObject o{{u"release"_s, e.release.toString()}, {u"text"_s, e.text}};
    if (e.line > 0)
        o.insert(u"line"_s, e.line);
    if (e.inferred)
        o.insert(u"inferred"_s, true);
    return o;
}

QString versionList(const QList<Version> &versions)
{
    QStringList s;
    for (const Version &v : versions)
        s.append(v.toString());
    return s.join(u", "_s);
}

} // namespace

std::optional<Version> latest(const QList<Release> &releases, const Version &sameForkAs)
{
    std::optional<Version> best;
    for (const Release &r : releases) {
        if (!r.isPrerelease() && sameFork(r.version, sameForkAs) && (!best || *best < r.version))
            best = r.version;
    }
    return best;
}

std::optional<Version> recommendedTarget(const QList<Release> &releases,
                                         const Version &current,
                                         bool nextLine)
{
    std::optional<Version> best;
    if (!nextLine) {
        for (const Release &r : releases) {
            if (!r.isPrerelease() && sameFork(r.version, current) && r.version.sameLine(current)
                && current <= r.version && (!best || *best < r.version))
                best = r.version;
        }
        return best;
    }
    // The smallest line above the current one (of the same fork), then its newest release.
    std::optional<Version> lineStart;
    for (const Release &r : releases) {
        if (r.isPrerelease() || !sameFork(r.version, current) || r.version.sameLine(current)
            || r.version < current)
            continue;
        if (!lineStart || r.version < *lineStart)
            lineStart = r.version;
    }
    if (!lineStart)
        return std::nullopt;
    return recommendedTarget(releases, *lineStart, false);
}

Result<Plan> plan(const QList<Release> &releases,
                  const Version &from,
                  const Version &to,
                  const Options &options)
{
    Plan p;
    p.from = from;
    p.to = to;
    if (!(from < to)) {
        return Error{Core::Tr::tr("The target %1 is not newer than the current version %2.")
                         .arg(to.toString(), from.toString())};
    }
    const bool targetKnown = std::any_of(releases.cbegin(), releases.cend(), [&](const Release &r) {
        return r.version == to;
    });
    if (!targetKnown) {
        const auto newest = latest(releases, to);
        return Error{Core::Tr::tr("Version %1 is not in the release notes; the newest there is %2.")
                         .arg(to.toString(), newest ? newest->toString() : u"–"_s)};
    }
    const bool withPre = options.includePrereleases || to.isPrerelease();
    for (const Release &r : releases) {
        if (inPlan(r.version, from, to) && (withPre || !r.isPrerelease() || r.version == to))
            p.releases.append(r);
    }
    std::sort(p.releases.begin(), p.releases.end(), [](const Release &a, const Release &b) {
        return a.version < b.version;
    });

    const Version mFrom = from.mastodon();
    const Version mTo = to.mastodon();
    if (from.isHometown() && to.isHometown()) {
        if (mFrom < mTo) {
            p.warnings.append({PlanWarning::Fork,
                               Core::Tr::tr("Hometown %1 merges Mastodon %2 → %3: this plan also "
                                            "reads the notes of those Mastodon releases.")
                                   .arg(to.toString(), mFrom.toString(), mTo.toString()),
                               std::nullopt,
                               {}});
        }
    } else if (from.isHometown() || to.isHometown()) {
        p.warnings.append({PlanWarning::Fork,
                           Core::Tr::tr("This plan changes forks (%1 → %2): it reads the notes of "
                                        "the Mastodon releases up to %3 and of %2 only; read both "
                                        "projects' notes.")
                               .arg(from.toString(), to.toString(), mTo.toString()),
                           std::nullopt,
                           {}});
    }
    // The target is in the notes (checked above): a prerelease by its version or GitHub's flag.
    const bool targetPrerelease = std::any_of(releases.cbegin(),
                                              releases.cend(),
                                              [&](const Release &r) {
                                                  return r.version == to && r.isPrerelease();
                                              });
    if (targetPrerelease) {
        p.warnings.append({PlanWarning::Prerelease,
                           Core::Tr::tr("%1 is a prerelease.").arg(to.toString()),
                           to,
                           {}});
    }
    // Mastodon feature releases missing from the notes: the checklist cannot be complete without
    // them (a Hometown upgrade merges them too).
    for (int major = mFrom.major; major <= mTo.major; ++major) {
        const int firstMinor = major == mFrom.major ? mFrom.minor + 1 : 0;
        const int lastMinor = major == mTo.major ? mTo.minor : -1;
        for (int minor = firstMinor; lastMinor < 0 ? false : minor <= lastMinor; ++minor) {
            const bool known = std::any_of(p.releases.cbegin(),
                                           p.releases.cend(),
                                           [&](const Release &r) {
                                               const Version &k = r.version;
                                               return !k.isHometown() && k.major == major
                                                      && k.minor == minor && k.patch == 0
                                                      && !k.isPrerelease();
                                           });
            if (!known) {
                p.warnings.append(
                    {PlanWarning::MissingNotes,
                     Core::Tr::tr("The notes do not cover %1.%2.0: its upgrade notes, migrations "
                                  "and dependency changes are missing from this plan.")
                         .arg(major)
                         .arg(minor),
                     std::nullopt,
                     {}});
            }
        }
    }

    // The checklist, in the order of an upgrade night.
    QList<PlanAction> deps, env, notes, pre, post;
    QMap<QString, std::pair<Floor, QString>> floors; // dependency → strongest floor and its text
    for (const Release &r : p.releases) {
        // A rolling-update limit crossed: the newest version the release wants to be updated from.
        const Finding *limit = nullptr;
        std::optional<Version> needed;
        for (const Finding &f : r.findings) {
            const auto v = f.kind == Finding::UpgradeFirst ? Version::parse(f.detail)
                                                           : std::nullopt;
            if (v && mFrom < v->mastodon() && (!needed || *needed < *v)) {
                needed = v;
                limit = &f;
            }
        }
        if (limit) {
            p.warnings.append(
                {PlanWarning::SkippedIntermediate,
                 Core::Tr::tr("%1 does not support updating from before %2: upgrade to the latest "
                              "%3 first, or stop every Mastodon process during the upgrade.")
                     .arg(r.version.toString(),
                          limit->detail,
                          u"%1.%2"_s.arg(needed->major).arg(needed->minor)),
                 r.version,
                 limit->evidence});
        }
        for (const Finding &f : r.findings) {
            switch (f.kind) {
            case Finding::DependencyMinimum: {
                addTo(deps, u"dependency:"_s + f.detail, QString(), r, &f);
                if (!f.recommended) {
                    const Floor floor = Floor::parse(f.minimum);
                    auto it = floors.find(f.detail);
                    if (it == floors.end() || it->first < floor)
                        floors.insert(f.detail, {floor, f.minimum});
                    p.warnings.append(
                        {PlanWarning::DependencyBump,
                         Core::Tr::tr("%1 %2 needs %3 %4.")
                             .arg(r.version.isHometown() ? u"Hometown"_s : u"Mastodon"_s,
                                  r.version.toString(),
                                  f.detail,
                                  f.minimum.startsWith(u'>')
                                      ? Core::Tr::tr("newer than %1").arg(f.minimum.mid(1).trimmed())
                                      : Core::Tr::tr("%1 or newer").arg(f.minimum)),
                         r.version,
                         f.evidence});
                }
                break;
            }
            case Finding::EnvironmentVariable:
                addTo(env,
                      u"env:"_s + f.detail,
                      Core::Tr::tr("Review the environment variable %1 in .env.production")
                          .arg(f.detail),
                      r,
                      &f);
                break;
            case Finding::UpgradeNote:
                addTo(notes,
                      u"upgrade-notes"_s,
                      Core::Tr::tr("Read the upgrade notes of each release listed"),
                      r,
                      &f);
                break;
            case Finding::DatabaseMigration:
                addTo(pre,
                      u"migrate-pre"_s,
                      Core::Tr::tr("Run the pre-deployment database migrations "
                                   "(SKIP_POST_DEPLOYMENT_MIGRATIONS=true rails db:migrate)"),
                      r,
                      &f);
                break;
            case Finding::PostDeploymentMigration:
                addTo(post,
                      u"migrate-post"_s,
                      Core::Tr::tr("Run the post-deployment database migrations (rails db:migrate) "
                                   "once the new version runs"),
                      r,
                      &f);
                // Post-deployment migrations imply the pre-deployment run as well.
                addTo(pre,
                      u"migrate-pre"_s,
                      Core::Tr::tr("Run the pre-deployment database migrations "
                                   "(SKIP_POST_DEPLOYMENT_MIGRATIONS=true rails db:migrate)"),
                      r,
                      nullptr);
                break;
            case Finding::SecurityFix:
                p.securityFixes.append({r.version, f.evidence, f.line, f.inferred});
                break;
            case Finding::UpgradeFirst:
                break; // below: the strongest of the release's limits
            case Finding::BreakingChange:
                p.warnings.append({PlanWarning::BreakingChange,
                                   Core::Tr::tr("Breaking change in %1.").arg(r.version.toString()),
                                   r.version,
                                   f.evidence});
                break;
            }
        }
    }
    for (auto it = floors.cbegin(); it != floors.cend(); ++it)
        p.dependencyFloors.insert(it.key(), it->second);
    for (PlanAction &a : deps) {
        const QString name = a.id.mid(QStringLiteral("dependency:").size());
        const auto it = floors.constFind(name);
        if (it == floors.cend()) {
            a.title = Core::Tr::tr("Consider the recommended %1 version").arg(name);
        } else if (it->second.startsWith(u'>')) {
            a.title = Core::Tr::tr("Make sure %1 is newer than %2")
                          .arg(name, it->second.mid(1).trimmed());
        } else {
            a.title = Core::Tr::tr("Make sure %1 is %2 or newer").arg(name, it->second);
        }
    }

    p.actions.append({u"backup"_s,
                      Core::Tr::tr("Back up the database (pg_dump -Fc) and .env.production"),
                      {},
                      {}});
    p.actions += notes;
    p.actions += deps;
    p.actions += env;
    p.actions.append({u"deploy"_s,
                      Core::Tr::tr("Check out or pull %1 and build or pull the images")
                          .arg(u"v"_s + to.toString()),
                      {to},
                      {}});
    p.actions += pre;
    p.actions.append({u"restart"_s, Core::Tr::tr("Restart every Mastodon process"), {to}, {}});
    p.actions += post;

    p.latestPatch = recommendedTarget(releases, from, false);
    p.nextLine = recommendedTarget(releases, from, true);

    // Mastodon's CHANGELOG.md lives on main: the patch releases made only on stable branches
    // (4.4.22 while main's CHANGELOG stops at 4.4.8) are not in it, so without GitHub's list the
    // latest patch said here may be stale.
    bool mastodon = false, listedByGitHub = false;
    for (const Release &r : releases) {
        if (r.version.isHometown())
            continue;
        mastodon = true;
        listedByGitHub |= r.source == u"GitHub" || r.sources.contains(u"GitHub"_s);
    }
    if (!from.isHometown() && mastodon && !listedByGitHub) {
        p.warnings.append(
            {PlanWarning::ChangelogOnly,
             p.latestPatch
                 ? Core::Tr::tr("These notes come from Mastodon's CHANGELOG.md only, which lacks "
                                "the patch releases made only on stable branches: the latest "
                                "patch of %1.%2 may be newer than %3; check GitHub's releases.")
                       .arg(from.major)
                       .arg(from.minor)
                       .arg(p.latestPatch->toString())
                 : Core::Tr::tr("These notes come from Mastodon's CHANGELOG.md only, which lacks "
                                "the patch releases made only on stable branches: a newer patch "
                                "than those listed may exist; check GitHub's releases."),
             std::nullopt,
             {}});
    }
    return p;
}

QString toMarkdown(const Plan &p)
{
    QString out;
    out += u"# "_s + Core::Tr::tr("Upgrade plan: %1 → %2").arg(p.from.toString(), p.to.toString())
           + u"\n\n"_s;
    out += u"## "_s + Core::Tr::tr("Releases") + u"\n\n"_s;
    for (const Release &r : p.releases) {
        QStringList badges;
        if (r.has(Finding::SecurityFix))
            badges.append(Core::Tr::tr("security"));
        if (r.has(Finding::DatabaseMigration) || r.has(Finding::PostDeploymentMigration))
            badges.append(Core::Tr::tr("migrations"));
        if (r.has(Finding::BreakingChange))
            badges.append(Core::Tr::tr("breaking"));
        out += u"- "_s + r.version.toString()
               + (r.date.isValid() ? u" ("_s + r.date.toString(Qt::ISODate) + u')' : QString())
               + (badges.isEmpty() ? QString() : u" — "_s + badges.join(u", "_s)) + u'\n';
    }
    out += u"\n## "_s + Core::Tr::tr("Checklist") + u"\n\n"_s;
    for (const PlanAction &a : p.actions) {
        out += u"- [ ] "_s + a.title;
        if (!a.releases.isEmpty())
            out += u" ("_s + versionList(a.releases) + u')';
        out += u'\n';
        for (const PlanEvidence &e : a.evidence) {
            out += u"  - "_s + e.release.toString() + u": "_s + e.text
                   + (e.inferred ? u" "_s + Core::Tr::tr("(inferred)") : QString()) + u'\n';
        }
    }
    if (!p.warnings.isEmpty()) {
        out += u"\n## "_s + Core::Tr::tr("Warnings") + u"\n\n"_s;
        for (const PlanWarning &w : p.warnings) {
            out += u"- "_s + w.message + u'\n';
            // The evidence as a nested item: a "> quote" there would swallow the next warning
            // (lazy continuation) now that evidence carries no list bullet of its own.
            if (!w.evidence.isEmpty())
                out += u"  - "_s + w.evidence + u'\n';
        }
    }
    if (!p.securityFixes.isEmpty()) {
        out += u"\n## "_s + Core::Tr::tr("Security fixes") + u"\n\n"_s;
        for (const PlanEvidence &e : p.securityFixes)
            out += u"- "_s + e.release.toString() + u": "_s + e.text + u'\n';
    }
    out += u"\n## "_s + Core::Tr::tr("Recommended targets") + u"\n\n"_s;
    out += u"- "_s
           + Core::Tr::tr("Latest patch of the current line: %1")
                 .arg(p.latestPatch ? p.latestPatch->toString() : Core::Tr::tr("none"))
           + u'\n';
    out += u"- "_s
           + Core::Tr::tr("Next line: %1")
                 .arg(p.nextLine ? p.nextLine->toString() : Core::Tr::tr("none"))
           + u'\n';
    return out;
}

QJsonObject toJson(const Plan &p)
{
    QJsonArray releases;
    for (const Release &r : p.releases) {
        QJsonArray findings;
        for (const Finding &f : r.findings) {
            QJsonObject o{{u"kind"_s, Finding::kindName(f.kind)}, {u"evidence"_s, f.evidence}};
            if (!f.detail.isEmpty())
                o.insert(u"detail"_s, f.detail);
            if (!f.minimum.isEmpty())
                o.insert(u"minimum"_s, f.minimum);
            if (f.recommended)
                o.insert(u"recommended"_s, true);
            if (f.inferred)
                o.insert(u"inferred"_s, true);
            if (f.line > 0)
                o.insert(u"line"_s, f.line);
            findings.append(o);
        }
        QJsonObject o{{u"version"_s, r.version.toString()},
                      {u"tag"_s, r.tag},
                      {u"source"_s, r.source},
                      {u"prerelease"_s, r.isPrerelease()},
                      {u"findings"_s, findings}};
        if (r.date.isValid())
            o.insert(u"date"_s, r.date.toString(Qt::ISODate));
        releases.append(o);
    }
    QJsonArray actions;
    for (const PlanAction &a : p.actions) {
        QJsonArray rel, ev;
        for (const Version &v : a.releases)
            rel.append(v.toString());
        for (const PlanEvidence &e : a.evidence)
            ev.append(evidenceJson(e));
        actions.append(QJsonObject{{u"id"_s, a.id},
                                   {u"title"_s, a.title},
                                   {u"releases"_s, rel},
                                   {u"evidence"_s, ev}});
    }
    QJsonArray warnings;
    for (const PlanWarning &w : p.warnings) {
        QJsonObject o{{u"kind"_s, PlanWarning::kindName(w.kind)}, {u"message"_s, w.message}};
        if (w.release)
            o.insert(u"release"_s, w.release->toString());
        if (!w.evidence.isEmpty())
            o.insert(u"evidence"_s, w.evidence);
        warnings.append(o);
    }
    QJsonArray security;
    for (const PlanEvidence &e : p.securityFixes)
        security.append(evidenceJson(e));
    QJsonObject recommended;
    recommended.insert(u"latestPatch"_s,
                       p.latestPatch ? QJsonValue(p.latestPatch->toString()) : QJsonValue());
    recommended.insert(u"nextLine"_s,
                       p.nextLine ? QJsonValue(p.nextLine->toString()) : QJsonValue());
    return QJsonObject{{u"from"_s, p.from.toString()},
                       {u"to"_s, p.to.toString()},
                       {u"releases"_s, releases},
                       {u"actions"_s, actions},
                       {u"warnings"_s, warnings},
                       {u"securityFixes"_s, security},
                       {u"recommended"_s, recommended}};
}

} // namespace Planner
} // namespace Steward::Releases
