// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releases/version.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Steward::Releases {
namespace {

struct Triple
{
    int major = 0, minor = 0, patch = 0;
    QString pre;
};

std::optional<Triple> parseTriple(QStringView text)
{
    static const QRegularExpression re(
        u"^(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,4}))?(?:-([0-9A-Za-z.-]+))?$"_s);
    const auto m = re.matchView(text);
    if (!m.hasMatch())
        return std::nullopt;
    Triple t;
    t.major = m.capturedView(1).toInt();
    t.minor = m.capturedView(2).toInt();
    t.patch = m.capturedView(3).isEmpty() ? 0 : m.capturedView(3).toInt();
    t.pre = m.captured(4);
    return t;
}

// SemVer precedence of prerelease identifiers; an empty prerelease ranks above any.
int comparePrerelease(const QString &a, const QString &b)
{
    if (a == b)
        return 0;
    if (a.isEmpty())
        return 1;
    if (b.isEmpty())
        return -1;
    const QStringList pa = a.split(u'.');
    const QStringList pb = b.split(u'.');
    for (qsizetype i = 0; i < std::min(pa.size(), pb.size()); ++i) {
        bool na = false, nb = false;
        const qlonglong ia = pa[i].toLongLong(&na);
        const qlonglong ib = pb[i].toLongLong(&nb);
        if (na && nb) {
            if (ia != ib)
                return ia < ib ? -1 : 1;
        } else if (na != nb) {
            return na ? -1 : 1;
        } else if (const int c = pa[i].compare(pb[i]); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return pa.size() == pb.size() ? 0 : (pa.size() < pb.size() ? -1 : 1);
}

int cmp(int a, int b)
{
    return a == b ? 0 : (a < b ? -1 : 1);
}

} // namespace

std::optional<Version> Version::parse(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'v') || text.startsWith(u'V'))
        text = text.mid(1);
    if (text.isEmpty())
        return std::nullopt;
    Version v;
    const qsizetype plus = text.indexOf(u'+');
    QStringView mastodonPart = text;
    if (plus >= 0) {
        QStringView left = text.left(plus);
        QStringView right = text.mid(plus + 1);
        static const QRegularExpression hometownSuffix(u"^hometown-v?(.+)$"_s,
                                                       QRegularExpression::CaseInsensitiveOption);
        if (const auto m = hometownSuffix.matchView(right); m.hasMatch()) {
            // Instance API shape: "4.0.2+hometown-1.1.1", "4.2.10+hometown-1.1.0-rc.1".
            const auto own = parseTriple(m.capturedView(1));
            if (!own)
                return std::nullopt;
            v.forkMajor = own->major;
            v.forkMinor = own->minor;
            v.forkPatch = own->patch;
            v.forkPrerelease = own->pre;
            mastodonPart = left;
        } else if (const auto fork = parseTriple(left), base = parseTriple(right); fork && base) {
            // Hometown tag shape: "v1.0.5+3.4.0", "v1.0.0-rc.1+3.3.0" (a Hometown prerelease).
            v.forkMajor = fork->major;
            v.forkMinor = fork->minor;
            v.forkPatch = fork->patch;
            v.forkPrerelease = fork->pre;
            mastodonPart = right;
        } else if (parseTriple(left)) {
            // Other build metadata ("4.2.0+glitch"): ignored, as SemVer says.
            mastodonPart = left;
        } else {
            return std::nullopt;
        }
    }
    const auto t = parseTriple(mastodonPart);
    if (!t)
        return std::nullopt;
    v.major = t->major;
    v.minor = t->minor;
    v.patch = t->patch;
    v.prerelease = t->pre;
    return v;
}

QString Version::toString() const
{
    QString base = u"%1.%2.%3"_s.arg(major).arg(minor).arg(patch);
    if (!prerelease.isEmpty())
        base += u'-' + prerelease;
    if (isHometown()) {
        return u"%1.%2.%3"_s.arg(forkMajor).arg(forkMinor).arg(forkPatch)
               + (forkPrerelease.isEmpty() ? QString() : u'-' + forkPrerelease) + u'+' + base;
    }
    return base;
}

Version Version::mastodon() const
{
    Version v = *this;
    v.forkMajor = -1;
    v.forkMinor = v.forkPatch = 0;
    v.forkPrerelease.clear();
    return v;
}

bool Version::sameLine(const Version &other) const
{
    if (isHometown() && other.isHometown())
        return forkMajor == other.forkMajor && forkMinor == other.forkMinor;
    return major == other.major && minor == other.minor;
}

int compare(const Version &a, const Version &b)
{
    // Lexicographic over (Mastodon version, fork or not, fork's version): a strict weak order over
    // Mastodon and Hometown together (comparing Hometown by its own number only when both are
    // Hometown would not be transitive across forks, and std::sort needs that).
    if (int c = cmp(a.major, b.major))
        return c;
    if (int c = cmp(a.minor, b.minor))
        return c;
    if (int c = cmp(a.patch, b.patch))
        return c;
    if (int c = comparePrerelease(a.prerelease, b.prerelease))
        return c;
    // The same Mastodon version: plain Mastodon sorts before a fork built on it.
    if (int c = cmp(a.isHometown() ? 1 : 0, b.isHometown() ? 1 : 0))
        return c;
    if (int c = cmp(a.forkMajor, b.forkMajor))
        return c;
    if (int c = cmp(a.forkMinor, b.forkMinor))
        return c;
    if (int c = cmp(a.forkPatch, b.forkPatch))
        return c;
    return comparePrerelease(a.forkPrerelease, b.forkPrerelease);
}

} // namespace Steward::Releases
