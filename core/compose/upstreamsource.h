// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compose/composediff.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Steward::Compose {

// An upstream reference such as "mastodon@v4.2.0", "hometown@v1.0.5+3.4.0" or
// "owner/repo@ref": where its docker-compose.yml lives.
struct UpstreamRef
{
    QString owner;
    QString repo;
    QString ref;

    // nullopt when the text is not a reference (a file path then), or when a part is not a safe name.
    static std::optional<UpstreamRef> parse(const QString &text);
    // Owner, repository and ref are each one safe path component: not empty, letters, digits, "_",
    // "." and "-" (and "+" in the ref), neither "." nor containing "..". Only a valid reference has a
    // URL and a cache path, so that no reference can make a path outside the cache folder.
    bool isValid() const;
    // What a source given by the user is: a reference, or nullopt for a file. A path that exists is a
    // file even when it reads like a reference ("dir/file@x").
    static std::optional<UpstreamRef> fromSource(const QString &source);
    // A release tag ("v4.2.10", "v1.0.5+3.4.0", "4.2.0-rc.1") or a full commit SHA: its file never
    // changes. Anything else is taken for a branch ("main", "stable-4.3"), whose file does.
    bool isImmutable() const;
    QString toString() const; // "owner/repo@ref"
    QUrl url(const QUrl &baseUrl)
        const; // <base>/<owner>/<repo>/<ref>/docker-compose.yml; empty if invalid
    // <cacheDir>/<owner>/<repo>/<ref>/docker-compose.yml, always inside cacheDir; empty if invalid.
    QString cachePath(const QString &cacheDir) const;
};

// Reads a reference's docker-compose.yml from a local git repository (a Mastodon checkout) with libgit2:
// the blob at "<ref>:docker-compose.yml" (git_revparse_single), whatever the reference's owner/repo.
// Errors say which repository and reference, with libgit2's message.
Result<Document> readFromCheckout(const QString &repositoryPath, const UpstreamRef &ref);

// Fetches upstream docker-compose.yml files over QtNetwork (raw.githubusercontent.com by default,
// STEWARD_UPSTREAM_BASE_URL or setBaseUrl for tests) and keeps them in an on-disk cache. A tag's or a
// commit's file never changes, so its cached copy is used without asking the network again; a branch's
// cached copy is revalidated on every fetch (If-None-Match with the ETag it came with: 304 keeps it, 200
// replaces it).
class UpstreamSource : public QObject
{
    Q_OBJECT
public:
    explicit UpstreamSource(QObject *parent = nullptr);
    ~UpstreamSource() override;

    static QUrl defaultBaseUrl(); // the environment variable, else raw.githubusercontent.com
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setCacheDir(const QString &dir) { m_cacheDir = dir; }
    QString cacheDir() const { return m_cacheDir; } // default: CacheLocation/compose
    // A local git checkout to read references from instead of the network (empty: GitHub).
    void setCheckoutPath(const QString &path) { m_checkoutPath = path; }
    QString checkoutPath() const { return m_checkoutPath; }

    // Starts fetching; emits fetched() once, possibly before returning when the file is cached.
    void fetch(const UpstreamRef &ref);
    void cancel();

Q_SIGNALS:
    void fetched(const Steward::Result<Steward::Compose::Document> &document);

private:
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_baseUrl;
    QString m_cacheDir;
    QString m_checkoutPath;
};

} // namespace Steward::Compose
