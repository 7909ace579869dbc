// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releases/releasenotes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>

class QSettings;
class QThread;

namespace Steward::Releases {

class ReleaseFeedWorker;

// The release notes the panel shows: each configured GitHub repository (mastodon/mastodon,
// hometown-fork/hometown) through a GitHubSource, its on-disk copy when the network fails, and,
// per repository, a CHANGELOG.md (bundled or given) for a Mastodon repository that yielded nothing
// (or when no repository yielded anything). Fetching, parsing and merging run on a worker thread of
// the feed's own; loaded() is delivered on the feed's thread.
class ReleaseFeed : public QObject
{
    Q_OBJECT

public:
    // Where one source's releases came from.
    enum class Origin {
        Network,   // GitHub answered with the list
        Cache,     // GitHub said 304, or failed and the saved list stood in
        Changelog, // a CHANGELOG.md file
        Nothing,   // failed, nothing saved
    };
    Q_ENUM(Origin)

    struct SourceStatus
    {
        QString name; // "mastodon/mastodon", "CHANGELOG.md"
        Origin origin = Origin::Nothing;
        int releases = 0;
        // Changelog: the repositories it stands in for (they yielded nothing: no answer and no
        // saved copy); empty when it stands in because no repository is configured or answered.
        QStringList standsInFor;
    };

    struct Outcome
    {
        QList<Release> releases; // merged, newest first
        QList<SourceStatus> sources;
        QList<Error> errors; // each failed fetch (rate limit, HTTP, timeout), also when a copy stood in
    };

    static constexpr auto defaultBaseUrl = "https://api.github.com";
    static QStringList defaultRepositories();
    // The CHANGELOG.md compiled into Steward.
    static QString bundledChangelog();
    // A repository whose releases Mastodon's CHANGELOG.md holds: "mastodon/mastodon" or a mirror
    // ("someone/mastodon"); not Hometown.
    static bool isMastodonRepository(const QString &ownerAndName);

    explicit ReleaseFeed(QObject *parent = nullptr);
    ~ReleaseFeed() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setRepositories(const QStringList &ownerAndNames) { m_repositories = ownerAndNames; }
    QStringList repositories() const { return m_repositories; }
    void setCacheDirectory(const QString &path)
    {
        m_cacheDirectory = path;
    } // empty: GitHubSource's
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    // Mastodon's CHANGELOG.md: stands in for a Mastodon repository (…/mastodon) that yielded no
    // releases, or for all when none did; empty: none. Default: bundledChangelog().
    void setChangelogFile(const QString &path) { m_changelog = path; }
    // Hook for an optional GitHub token (the keychain): asked on this thread when load() starts.
    void setTokenProvider(std::function<QString()> provider)
    {
        m_tokenProvider = std::move(provider);
    }

    // Reads [releases] baseUrl, repositories (a list) and changelog from Steward's settings;
    // missing keys keep the defaults.
    void applySettings(const QSettings &settings);

    // Starts fetching (cancelling a running fetch); loaded() or cancelled() follows.
    void load();
    void cancel();
    bool isLoading() const { return m_loading; }

signals:
    void started(int sources);
    void progressed(int done, int total);
    void loaded(const Steward::Releases::ReleaseFeed::Outcome &outcome);
    void cancelled();

private:
    friend class ReleaseFeedWorker;
    void ensureWorker();

    QUrl m_baseUrl{QString::fromLatin1(defaultBaseUrl)};
    QStringList m_repositories = defaultRepositories();
    QString m_cacheDirectory;
    QString m_changelog = bundledChangelog();
    int m_timeout = 20000;
    std::function<QString()> m_tokenProvider;
    QThread *m_thread = nullptr;
    ReleaseFeedWorker *m_worker = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Steward::Releases

Q_DECLARE_METATYPE(Steward::Releases::ReleaseFeed::Outcome)
