// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releases/releasenotes.h"

#include "core/tr.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringTokenizer>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Steward::Releases {

QString Finding::kindName(Kind kind)
{
    switch (kind) {
    case UpgradeNote:
        return u"upgrade-note"_s;
    case DatabaseMigration:
        return u"database-migration"_s;
    case PostDeploymentMigration:
        return u"post-deployment-migration"_s;
    case EnvironmentVariable:
        return u"environment-variable"_s;
    case DependencyMinimum:
        return u"dependency-minimum"_s;
    case SecurityFix:
        return u"security-fix"_s;
    case UpgradeFirst:
        return u"upgrade-first"_s;
    case BreakingChange:
        return u"breaking-change"_s;
    }
    return {};
}

bool Release::has(Finding::Kind kind) const
{
    return std::any_of(findings.cbegin(), findings.cend(), [kind](const Finding &f) {
        return f.kind == kind;
    });
}

QList<Finding> Release::findingsOf(Finding::Kind kind) const
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (f.kind == kind)
            out.append(f);
    }
    return out;
}

namespace ReleaseNotes {
namespace {

enum class Section { Other, Overview, Security, Removed, Dependencies, UpdateSteps, Fixed };

// The length of a Markdown list item's marker with the spaces after it: a bullet ("- ", "* ", "+ ")
// or a number ("6. ", "6) "); 0 when the line is no list item. By hand rather than a regular
// expression: it runs on every line of every release.
qsizetype listMarkerLength(QStringView line)
{
    qsizetype i = 0;
    if (line.startsWith(u'-') || line.startsWith(u'*') || line.startsWith(u'+')) {
        i = 1;
    } else {
        while (i < line.size() && line[i] >= u'0' && line[i] <= u'9')
            ++i;
        if (i == 0 || i == line.size() || (line[i] != u'.' && line[i] != u')'))
            return 0;
        ++i;
    }
    const qsizetype marker = i;
    // The ASCII white space of a regular expression's \s: space, tab, LF, VT, FF, CR.
    while (i < line.size() && (line[i] == u' ' || (line[i] >= u'\t' && line[i] <= u'\r')))
        ++i;
    return i > marker ? i : 0;
}

// A step of the upgrade instructions: "6. Run the …", "- Run …".
bool isStep(QStringView line)
{
    return listMarkerLength(line) > 0;
}

QString normalizedDependency(QStringView name)
{
    const QString n = name.toString().toLower();
    if (n.startsWith(u"postgres"))
        return u"PostgreSQL"_s;
    if (n.startsWith(u"node"))
        return u"Node.js"_s;
    if (n == u"ruby")
        return u"Ruby"_s;
    if (n == u"redis")
        return u"Redis"_s;
    return u"Elasticsearch"_s;
}

// Removes Markdown decoration from an evidence line: the list bullet ("- ", "* ", "+ ") or number
// ("6. "), bold markers ("**"), the trailing "\".
QString cleanEvidence(QStringView line)
{
    QStringView v = line.trimmed();
    if (v.endsWith(u'\\'))
        v.chop(1);
    v = v.mid(listMarkerLength(v));
    QString s = v.toString();
    if (v.contains(u'*'))
        s.remove(u"**"_s);
    return s.trimmed();
}

// QString::toLower with a plain loop for ASCII text (nearly every line), which Qt sends through the
// Unicode tables one character at a time.
QString lowered(const QString &s)
{
    QString out(s.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return s.toLower();
        *o++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
    }
    return out;
}

// The phrases the line rules look for, each with the cue it raises. A line is scanned once for all
// of them (cuesIn); a rule's regular expression runs only when the cue it cannot match without is
// there, and most lines raise none ("Fix … (#12345 by @someone)"). A contains() per phrase and a
// match per rule on every line were most of the time spent on a whole history.
enum Cue : quint32 {
    Advisory = 1u << 0,             // GHSA / CVE identifiers
    SecurityWording = 1u << 1,      // "security fix", "security release", …
    Dependency = 1u << 2,           // a dependency's name (kDep)
    SupportFor = 1u << 3,           // "… support for …" (removeSupportRe)
    Bumped = 1u << 4,               // "… has been bumped …" (bumpedRe)
    Recommended = 1u << 5,          // "recommended …" (recommendedRe)
    RequiresOrNeeds = 1u << 6,      // requiresRe
    Migration = 1u << 7,            // a step of the instructions about migrations
    RequiresMigrations = 1u << 8,   // said outright
    RequiresDbMigrations = 1u << 9, // the upgrade overview's flag
    Schema = 1u << 10,              // migrationRe
    UpdateTo = 1u << 11,            // upgradeThenRe
    ComingFrom = 1u << 12,          // comingFromRe
    Earlier = 1u << 13,             // earlierThanRe
    RollingLimit = 1u << 14,        // a rolling update's limit or state left behind
    Breaking = 1u << 15,
    RemoveSupportFor = 1u << 16,
    ManualStep = 1u << 17,
};

struct CuePhrase
{
    QStringView text; // lower case, ASCII
    quint32 cue;
};

constexpr CuePhrase kCuePhrases[] = {
    {u"ghsa-", Advisory},
    {u"cve-", Advisory},
    {u"security fix", SecurityWording},
    {u"security release", SecurityWording},
    {u"security vulnerabilit", SecurityWording},
    {u"ruby", Dependency},
    {u"postgres", Dependency},
    {u"redis", Dependency},
    {u"node", Dependency},
    {u"elasticsearch", Dependency},
    {u"opensearch", Dependency},
    {u"support for", SupportFor},
    {u"has been bumped", Bumped},
    {u"recommended ", Recommended},
    {u"require", RequiresOrNeeds},
    {u"need", RequiresOrNeeds},
    {u"migration", Migration},
    {u"requires database migrations", RequiresMigrations | RequiresDbMigrations},
    {u"requires migrations", RequiresMigrations},
    {u"migrat", Schema},
    {u"database", Schema},
    {u"foreign key", Schema},
    {u"constraint", Schema},
    {u"index", Schema},
    {u"column", Schema},
    {u"update to", UpdateTo},
    {u"upgrade to", UpdateTo},
    {u"coming from", ComingFrom},
    {u"earlier than", Earlier},
    {u"older than", Earlier},
    {u"prior to", Earlier},
    {u"before", Earlier},
    {u"pre-", Earlier},
    {u"not supported", RollingLimit},
    {u"breaks", RollingLimit},
    {u"zero-downtime", RollingLimit},
    {u"rolling update", RollingLimit},
    {u"rolling upgrade", RollingLimit},
    {u" is running", RollingLimit},
    {u" are running", RollingLimit},
    {u"cookie", RollingLimit},
    {u"session", RollingLimit},
    {u"breaking change", Breaking},
    {u"breaks ", Breaking},
    {u"no longer supported", Breaking},
    {u"has been removed", Breaking},
    {u"remove support for", RemoveSupportFor},
    {u"manual step", ManualStep},
    {u"administrators may need", ManualStep},
    {u"admins need to", ManualStep},
    {u"requires rebuilding", ManualStep},
};

// The cues of a lower-cased line: the same as a contains() of each phrase, in one pass.
quint32 cuesIn(QStringView lower)
{
    // The phrases by their first character (all ASCII).
    static const auto byFirst = [] {
        std::array<QList<const CuePhrase *>, 128> index;
        for (const CuePhrase &p : kCuePhrases)
            index[p.text.front().unicode()].append(&p);
        return index;
    }();
    quint32 cues = 0;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const char16_t c = lower[i].unicode();
        if (c >= byFirst.size())
            continue;
        for (const CuePhrase *p : byFirst[c]) {
            if ((cues & p->cue) != p->cue && i + p->text.size() <= lower.size()
                && std::equal(p->text.begin(), p->text.end(), lower.begin() + i)) {
                cues |= p->cue;
            }
        }
    }
    return cues;
}

struct Detector
{
    const Version &version;
    QList<Finding> findings;
    QSet<QString> seen;

    void add(Finding::Kind kind,
             const QString &detail,
             const QString &evidence,
             int line,
             const QString &minimum = {},
             bool recommended = false)
    {
        const QString key = QString::number(kind) + u'\x1f' + detail + u'\x1f' + evidence;
        if (seen.contains(key))
            return;
        seen.insert(key);
        Finding f;
        f.kind = kind;
        f.detail = detail;
        f.minimum = minimum;
        f.recommended = recommended;
        f.evidence = evidence;
        f.line = line;
        findings.append(f);
    }
};

const QString kDep = u"(ruby|postgres(?:ql)?|redis|node(?:\\.?js)?|elasticsearch|opensearch)"_s;
const QString kNum = u"(\\d+(?:\\.\\d+)*)"_s;

} // namespace

QList<Finding> detect(const Version &version, const QString &markdown, int firstLine)
{
    static const QRegularExpression
        advisoryRe(u"\\b(GHSA(?:-[0-9a-z]{4}){3}|CVE-\\d{4}-\\d{4,})\\b"_s,
                   QRegularExpression::CaseInsensitiveOption);
    // `NAME` or `NAME=value` (`MASTODON_USE_LIBVIPS=true`).
    static const QRegularExpression envRe(u"`([A-Z][A-Z0-9_]{2,})(?:=[^`\\s]*)?`"_s);
    // Ruby constants written like environment variables (`HASHTAG_INVALID_CHARS_RE`).
    static const QRegularExpression rubyConstantRe(u"_(?:RE|REGEX|REGEXP|PATTERN)$"_s);
    static const QRegularExpression removeSupportRe(u"remove(?:d)? support for (?:eol |the )?"_s
                                                        + kDep + u"(?: version)?\\s*(<\\s*)?v?"_s
                                                        + kNum
                                                        + u"(\\s+and (?:earlier|older|below))?"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bumpedRe(u"minimal supported version for "_s + kDep
                                                 + u" has been bumped to "_s + kNum,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression depListRe(u"^[-*]\\s+"_s + kDep + u"[^:]*:\\s*v?"_s + kNum,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression recommendedRe(u"recommended "_s + kDep + u" version to v?"_s
                                                      + kNum,
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression requiresRe(u"(?:requires?|needs?) "_s + kDep + u" v?"_s + kNum
                                                   + u"(?:\\.x)? or (?:newer|later|above)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression upgradeThenRe(
        u"(?:update|upgrade) to (?:the )?(?:latest )?(?:mastodon )?v?(\\d+\\.\\d+(?:\\.\\d+)?)\\W+(?:first|then)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression earlierThanRe(
        u"(?:earlier than|older than|prior to|before|pre-)\\s*(?:mastodon\\s+)?v?(\\d+\\.\\d+(?:\\.\\d+)?)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression
        comingFromRe(u"coming from v?(\\d+\\.\\d+(?:\\.\\d+)?) or newer"_s,
                     QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression
        migrationRe(u"database migration|db:migrate|add(?:ed)? (?:a )?migration|migration "
                    u"breakpoint|database schema|"
                    "foreign key|uniqueness constraint|appropriate index|database column|"
                    "columns? from [\\w` ]*table|index(?:es)? from (?:the )?database"_s,
                    QRegularExpression::CaseInsensitiveOption);

    Detector d{version, {}, {}};
    Section section = Section::Other;
    // Under "## Upgrade overview" or "## Upgrade notes" (and their subsections, e.g. "### Update
    // steps"): where a GitHub release body speaks to the admin, as opposed to the changelog.
    bool instructions = false;
    bool inFence = false;
    int lineNo = firstLine - 1;
    for (const QStringView raw : QStringTokenizer(markdown, u'\n')) {
        ++lineNo;
        const QStringView line = raw.trimmed();
        if (line.startsWith(u"```")) {
            inFence = !inFence;
            continue;
        }
        if (inFence || line.isEmpty())
            continue;
        if (line.startsWith(u'#')) {
            const QString h = line.toString().remove(u'#').trimmed().toLower();
            if (line.startsWith(u"## ")) {
                instructions = h.startsWith(u"upgrade overview") || h.startsWith(u"upgrade notes")
                               || h.startsWith(u"update steps");
            }
            if (h.startsWith(u"upgrade overview"))
                section = Section::Overview;
            else if (h == u"security")
                section = Section::Security;
            else if (h == u"removed")
                section = Section::Removed;
            else if (h == u"dependencies")
                section = Section::Dependencies;
            else if (h == u"fixed")
                section = Section::Fixed;
            else if (h.startsWith(u"update steps") || h == u"non-docker"
                     || h == u"when using docker")
                section = Section::UpdateSteps;
            else
                section = Section::Other;
            continue;
        }
        const QString evidence = cleanEvidence(line);
        const QString lower = lowered(evidence);
        const bool entry = line.startsWith(u"- ") || line.startsWith(u"* ");
        const quint32 cues = cuesIn(lower);
        const auto cue = [cues](quint32 c) { return (cues & c) != 0; };
        const auto has = [&lower](QStringView phrase) { return lower.contains(phrase); };

        // Security fixes: advisory identifiers anywhere, every entry of a Security section, wording.
        bool advisory = false;
        for (auto it = cue(Advisory) ? advisoryRe.globalMatch(evidence)
                                     : QRegularExpressionMatchIterator();
             it.hasNext();) {
            const QString id = it.next().captured(1);
            // Canonical spellings: "GHSA-7jvv-fhmg-wpfw", "CVE-2026-8461".
            d.add(Finding::SecurityFix,
                  id.left(5).toUpper() + id.mid(5).toLower(),
                  evidence,
                  lineNo);
            advisory = true;
        }
        if (!advisory && ((section == Section::Security && entry) || cue(SecurityWording))) {
            d.add(Finding::SecurityFix, QString(), evidence, lineNo);
        }

        // Dependency floors and recommendations.
        auto addDep = [&](const QRegularExpressionMatch &m, const QString &minimum, bool rec) {
            d.add(Finding::DependencyMinimum,
                  normalizedDependency(m.capturedView(1)),
                  evidence,
                  lineNo,
                  minimum,
                  rec);
        };
        const auto matchIf = [&evidence](bool may, const QRegularExpression &re) {
            return may ? re.match(evidence) : QRegularExpressionMatch();
        };
        if (!cue(Dependency)) {
            // None of kDep: no floor nor recommendation.
        } else if (const auto m = matchIf(cue(SupportFor), removeSupportRe); m.hasMatch()) {
            // "< 20": 20 is the floor; "13" or "12 and earlier": anything newer.
            addDep(m, m.capturedView(2).isEmpty() ? u"> "_s + m.captured(3) : m.captured(3), false);
        } else if (const auto m2 = matchIf(cue(Bumped), bumpedRe); m2.hasMatch()) {
            addDep(m2, m2.captured(2), false);
        } else if (const auto m3 = section == Section::Dependencies ? depListRe.matchView(line)
                                                                    : QRegularExpressionMatch();
                   m3.hasMatch()) {
            addDep(m3, m3.captured(2), false);
        } else if (const auto m4 = matchIf(cue(Recommended), recommendedRe); m4.hasMatch()) {
            addDep(m4, m4.captured(2), true);
        } else if (const auto m5 = matchIf(cue(RequiresOrNeeds), requiresRe); m5.hasMatch()) {
            addDep(m5, m5.captured(2), false);
        }

        // Environment variables an admin may have to set, change or remove. Not: the commands of the
        // update steps, fixes (they change behaviour, not configuration), Docker build arguments,
        // development-only switches, the variables of the upgrade procedure itself, and existing
        // variables named for comparison ("analogous to `SMTP_PORT`").
        // Names are backticked: a line without a backtick names none.
        const auto devOnly = [&] {
            return has(u"test coverage") || has(u"development") || has(u"in tests")
                   || has(u"devcontainer");
        };
        const auto buildArg = [&] { return evidence.contains(u"`ARG`"_s) || has(u"build arg"); };
        if (section != Section::UpdateSteps && section != Section::Fixed && evidence.contains(u'`')
            && !devOnly() && !buildArg()) {
            const bool saysEnv = lower.contains(u"environment variable");
            qsizetype comparisonFrom = -1;
            for (const QString &marker : {u"analogous to"_s, u"similar to"_s, u"same as"_s}) {
                const qsizetype at = lower.indexOf(marker);
                if (at >= 0 && (comparisonFrom < 0 || at < comparisonFrom))
                    comparisonFrom = at;
            }
            for (auto it = envRe.globalMatch(evidence); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString name = m.captured(1);
                if (comparisonFrom >= 0 && m.capturedStart(1) > comparisonFrom)
                    continue;
                if (name == u"SKIP_POST_DEPLOYMENT_MIGRATIONS" || name == u"RAILS_ENV"
                    || name == u"NODE_ENV")
                    continue;
                if (!saysEnv
                    && (rubyConstantRe.match(name).hasMatch() || lower.contains(u"constant")))
                    continue;
                if (name.contains(u'_') || saysEnv)
                    d.add(Finding::EnvironmentVariable, name, evidence, lineNo);
            }
        }

        // Database migrations, stated where the notes speak to the admin: a step of the upgrade
        // instructions ("6. Run the *pre-deployment* database migrations …", "8. Run the
        // *post-deployment* …"; the overview flag is handled with the upgrade notes below). Not any
        // mention: the procedure's own SKIP_POST_DEPLOYMENT_MIGRATIONS names no post-deployment
        // migration, and "read the notes, they often require … migrations" states none.
        if (instructions && section != Section::Overview) {
            if (cue(Migration) && isStep(line)) {
                if (lower.contains(u"pre-deployment") || lower.contains(u"pre deployment"))
                    d.add(Finding::DatabaseMigration, QString(), evidence, lineNo);
                else if (lower.contains(u"post-deployment") || lower.contains(u"post deployment"))
                    d.add(Finding::PostDeploymentMigration, QString(), evidence, lineNo);
                else if (lower.contains(u"db:migrate"))
                    d.add(Finding::DatabaseMigration, QString(), evidence, lineNo);
            }
        } else if (section != Section::Fixed && cue(RequiresMigrations)) {
            // Said outright, e.g. in a fork's prose notes: "Requires database migrations."
            d.add(Finding::DatabaseMigration, QString(), evidence, lineNo);
        } else if (!instructions && entry && section != Section::Fixed && !lower.startsWith(u"fix")
                   && cue(Schema) && migrationRe.match(evidence).hasMatch()) {
            // A changelog entry that changes the schema ("Change database schema …", "Add
            // migration …", foreign keys, indexes): migrations ship, of a kind the changelog does
            // not say; counted as pre-deployment. Fixes to migrations ("Fix … database
            // migrations failing") add none.
            d.add(Finding::DatabaseMigration, QString(), evidence, lineNo);
        }

        // "Upgrade to X first" and rolling-update limits.
        if (const auto m = matchIf(cue(UpdateTo), upgradeThenRe); m.hasMatch()) {
            d.add(Finding::UpgradeFirst, m.captured(1), evidence, lineNo);
        } else if (const auto m2 = matchIf(cue(ComingFrom), comingFromRe); m2.hasMatch()) {
            d.add(Finding::UpgradeFirst, m2.captured(1), evidence, lineNo);
        } else if (const auto m3 = matchIf(cue(Earlier) && cue(RollingLimit), earlierThanRe);
                   m3.hasMatch()) {
            // A rolling-update limit ("not supported", "breaks", "zero-downtime", …), also state
            // that older versions leave behind and the new one no longer reads: "no pre-4.2.0
            // Mastodon web server is running", "Remove support for pre-Mastodon 4.3.0 cookies"
            // (sessions of a skipped version are lost).
            d.add(Finding::UpgradeFirst, m3.captured(1), evidence, lineNo);
        }

        // Breaking changes.
        const bool critical = line.startsWith(u"‼");
        if (critical || cue(Breaking)
            || (entry && line.mid(2).startsWith(u"**remove", Qt::CaseInsensitive))
            || (entry && section == Section::Removed && cue(RemoveSupportFor))) {
            d.add(Finding::BreakingChange, QString(), evidence, lineNo);
        }

        // Upgrade notes: the flags of the upgrade overview and manual steps in the text.
        if (section == Section::Overview
            && (critical || line.startsWith(u":warning:") || line.startsWith(u"⚠")
                || line.startsWith(u"ℹ"))) {
            d.add(Finding::UpgradeNote, QString(), evidence, lineNo);
            if (cue(RequiresDbMigrations))
                d.add(Finding::DatabaseMigration, QString(), evidence, lineNo);
        } else if (cue(ManualStep)) {
            d.add(Finding::UpgradeNote, QString(), evidence, lineNo);
        }
    }

    // Migrations the text does not state: the counts of migration files added in Mastodon's
    // repository when known for this release (migrations.tsv: v4.0.2 → v4.1.0 added no
    // pre-deployment migration and one post-deployment), else, for a feature release (x.y.0), both
    // kinds as likely. Marked inferred; a source that states them replaces the inference on merge.
    if (!version.isPrerelease() && !version.isHometown()) {
        const auto has = [&](Finding::Kind k) {
            return std::any_of(d.findings.cbegin(), d.findings.cend(), [k](const Finding &f) {
                return f.kind == k;
            });
        };
        const auto inferred = [&](Finding::Kind k, const QString &why) {
            if (!has(k)) {
                d.add(k, QString(), why, 0);
                d.findings.last().inferred = true;
            }
        };
        if (const auto count = migrationCountFor(version, bundledMigrationCounts())) {
            const QString range = u"v"_s + count->from.toString() + u" → v"_s
                                  + count->to.toString();
            if (count->pre > 0) {
                inferred(Finding::DatabaseMigration,
                         Core::Tr::tr("Pre-deployment migration files added in %1: %2 "
                                      "(migrations.tsv)")
                             .arg(range)
                             .arg(count->pre));
            }
            if (count->post > 0) {
                inferred(Finding::PostDeploymentMigration,
                         Core::Tr::tr("Post-deployment migration files added in %1: %2 "
                                      "(migrations.tsv)")
                             .arg(range)
                             .arg(count->post));
            }
        } else if (version.patch == 0) {
            const QString why = Core::Tr::tr("Feature release %1: likely (most feature releases "
                                             "ship database migrations; these notes do not say)")
                                    .arg(version.toString());
            inferred(Finding::DatabaseMigration, why);
            inferred(Finding::PostDeploymentMigration, why);
        }
    }
    return d.findings;
}

Result<QList<MigrationCount>> parseMigrationCounts(const QString &tsv)
{
    QList<MigrationCount> counts;
    int lineNo = 0;
    for (const QString &raw : tsv.split(u'\n')) {
        ++lineNo;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u"from_tag") || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        bool preOk = false, postOk = false;
        MigrationCount c;
        const auto from = Version::parse(cells.value(0));
        const auto to = Version::parse(cells.value(1));
        c.pre = cells.value(2).toInt(&preOk);
        c.post = cells.value(3).toInt(&postOk);
        if (cells.size() < 4 || !from || !to || !preOk || !postOk) {
            return Error{Core::Tr::tr("Line %1 of the migration counts is not “from_tag, to_tag, "
                                      "pre-deployment count, post-deployment count”: %2")
                             .arg(lineNo)
                             .arg(line)};
        }
        c.from = *from;
        c.to = *to;
        counts.append(c);
    }
    return counts;
}

const QList<MigrationCount> &bundledMigrationCounts()
{
    static const QList<MigrationCount> counts = [] {
        QFile file(u":/steward/releases/migrations.tsv"_s);
        if (!file.open(QIODevice::ReadOnly))
            return QList<MigrationCount>();
        auto parsed = parseMigrationCounts(QString::fromUtf8(file.readAll()));
        return parsed ? parsed.value() : QList<MigrationCount>();
    }();
    return counts;
}

std::optional<MigrationCount> migrationCountFor(const Version &version,
                                                const QList<MigrationCount> &counts)
{
    for (const MigrationCount &c : counts) {
        if (!(c.to == version))
            continue;
        // A feature release counted from a release of an earlier line (its patches add none in
        // between: they are not part of the count), or a patch counted from the patch before it.
        const bool feature = version.patch == 0 && c.from < version && !c.from.sameLine(version);
        const bool nextPatch = c.from.sameLine(version) && c.from.patch + 1 == version.patch;
        if (feature || nextPatch)
            return c;
    }
    return std::nullopt;
}

Result<QList<Release>> parseChangelog(const QString &text, const QString &sourceName)
{
    // "## [4.4.0] - 2025-07-08", "## |4.2.11] - 2024-08-16", "## [v3.1.2] - 2020-02-27", "## 4.0.0".
    static const QRegularExpression headingRe(u"^##\\s+[\\[|]?\\s*v?(\\d+\\.\\d+(?:\\.\\d+)?(?:-[0-"
                                              u"9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?)\\s*\\]?"
                                              "(?:\\s*[-–—]\\s*(\\d{4}-\\d{2}-\\d{2}))?"_s);
    QList<Release> releases;
    const QString normalized = QString(text).remove(u'\r');
    const QStringList lines = normalized.split(u'\n');
    int start = -1;
    auto finish = [&](int end) {
        if (start < 0 || releases.isEmpty())
            return;
        Release &r = releases.last();
        const QString body = lines.mid(start + 1, end - start - 1).join(u'\n');
        r.notes = body.trimmed();
        r.findings = detect(r.version, body, start + 2);
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (!line.startsWith(u"## "))
            continue;
        const auto m = headingRe.match(line);
        if (!m.hasMatch())
            continue; // "## Fixed", "## [Unreleased]": part of the current section
        const auto version = Version::parse(m.capturedView(1));
        if (!version)
            continue;
        finish(i);
        Release r;
        r.version = *version;
        r.tag = m.captured(1);
        r.date = QDate::fromString(m.captured(2), Qt::ISODate);
        r.source = sourceName.isEmpty() ? u"CHANGELOG.md"_s : sourceName;
        r.sources = {r.source};
        r.prerelease = version->isPrerelease();
        releases.append(r);
        start = i;
    }
    finish(int(lines.size()));
    if (releases.isEmpty()) {
        return Error{
            Core::Tr::tr("No release headings such as “## [4.4.0] - 2025-07-08” were found; "
                         "is this a Mastodon CHANGELOG.md?")};
    }
    return releases;
}

Release parseReleaseBody(const Version &version, const QString &body, int firstLine)
{
    Release r;
    r.version = version;
    r.tag = u"v"_s + version.toString();
    r.notes = QString(body).remove(u'\r').trimmed();
    r.source = u"GitHub"_s;
    r.sources = {r.source};
    r.prerelease = version.isPrerelease();
    r.findings = detect(version, QString(body).remove(u'\r'), firstLine);
    return r;
}

QList<Release> merge(const QList<QList<Release>> &sources)
{
    QList<Release> out;
    QHash<QString, qsizetype> index;
    for (const QList<Release> &source : sources) {
        for (const Release &r : source) {
            const QString key = r.version.toString();
            const auto it = index.constFind(key);
            if (it == index.cend()) {
                index.insert(key, out.size());
                out.append(r);
                continue;
            }
            Release &existing = out[*it];
            for (const QString &name : r.sources) {
                if (!existing.sources.contains(name))
                    existing.sources.append(name);
            }
            if (r.notes.size() > existing.notes.size()) {
                existing.notes = r.notes;
                existing.source = r.source;
                existing.url = r.url.isEmpty() ? existing.url : r.url;
            }
            if (!existing.date.isValid())
                existing.date = r.date;
            existing.prerelease |= r.prerelease; // GitHub's flag, also on a tag without -rc
            for (const Finding &f : r.findings) {
                const bool dup = std::any_of(existing.findings.cbegin(),
                                             existing.findings.cend(),
                                             [&f](const Finding &e) {
                                                 return e.kind == f.kind && e.detail == f.detail
                                                        && e.evidence == f.evidence;
                                             });
                if (!dup)
                    existing.findings.append(f);
            }
            // An inferred finding is dropped once a source states the same kind.
            for (Finding::Kind k : {Finding::DatabaseMigration, Finding::PostDeploymentMigration}) {
                const bool stated = std::any_of(existing.findings.cbegin(),
                                                existing.findings.cend(),
                                                [k](const Finding &e) {
                                                    return e.kind == k && !e.inferred;
                                                });
                if (stated) {
                    existing.findings.removeIf(
                        [k](const Finding &e) { return e.kind == k && e.inferred; });
                }
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const Release &a, const Release &b) {
        return b.version < a.version;
    });
    return out;
}

} // namespace ReleaseNotes
} // namespace Steward::Releases
