// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Steward::Releases {

// A Mastodon release version ("v4.2.10", "4.3.0-beta.1", "4.3.0-rc.2"), optionally of the Hometown fork,
// whose tags carry both numbers ("v1.0.5+3.4.0": Hometown 1.0.5 on Mastodon 3.4.0; the instance API
// reports "3.4.0+hometown-1.0.5"; prereleases "v1.0.0-rc.1+3.3.0", "4.2.10+hometown-1.1.0-rc.1").
// Ordered like SemVer (prereleases before the release) by the Mastodon version first, a fork after
// the Mastodon it is built on, then by the fork's own number: one strict weak order over both forks.
struct Version
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString prerelease; // "beta.1", "rc.2"; empty for a release
    // Hometown: its own version; major < 0 when this is plain Mastodon.
    int forkMajor = -1;
    int forkMinor = 0;
    int forkPatch = 0;
    QString forkPrerelease; // Hometown's own prerelease: "rc.1" of "v1.0.0-rc.1+3.3.0"

    static std::optional<Version> parse(QStringView text);

    bool isPrerelease() const { return !prerelease.isEmpty() || !forkPrerelease.isEmpty(); }
    bool isHometown() const { return forkMajor >= 0; }
    // "4.2.10", "4.3.0-beta.1", "1.0.5+3.4.0" (Hometown's tag shape, without the leading v).
    QString toString() const;
    // The Mastodon version underneath (for Hometown: the Mastodon it is based on).
    Version mastodon() const;
    // Same major.minor line.
    bool sameLine(const Version &other) const;

    friend int compare(const Version &a, const Version &b);
    friend bool operator==(const Version &a, const Version &b) { return compare(a, b) == 0; }
    friend bool operator<(const Version &a, const Version &b) { return compare(a, b) < 0; }
    friend bool operator<=(const Version &a, const Version &b) { return compare(a, b) <= 0; }
    friend bool operator>(const Version &a, const Version &b) { return compare(a, b) > 0; }
};

int compare(const Version &a, const Version &b);

} // namespace Steward::Releases
