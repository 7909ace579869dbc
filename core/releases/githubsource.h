// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releases/releasenotes.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Steward::Releases {

// Fetches a repository's releases from the GitHub REST API ("list releases"): follows the Link header's
// pages, asks with If-None-Match so that an unchanged list costs a 304, keeps the last list on disk so
// that planning works offline, and turns rate limits, HTTP errors, timeouts and malformed JSON into
// clear errors. Asynchronous; never blocks the caller's thread.
class GitHubSource : public QObject
{
    Q_OBJECT

public:
    explicit GitHubSource(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; } // default https://api.github.com
    void setRepository(const QString &ownerAndName) { m_repository = ownerAndName; }
    // A "list releases" URL to ask instead of <baseUrl>/repos/<repository>/releases (what
    // `steward plan --feed URL` is given); its pages are followed the same way.
    void setUrl(const QUrl &url) { m_url = url; }
    void setCacheDirectory(const QString &path) { m_cacheDirectory = path; }
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    // Hook for an optional token (e.g. from the keychain): called before each fetch; empty = anonymous.
    void setTokenProvider(std::function<QString()> provider)
    {
        m_tokenProvider = std::move(provider);
    }

    void fetch();
    void cancel();
    // The list saved by the last successful fetch, or an error when there is none.
    Result<QList<Release>> cached() const;

signals:
    // fromCache: the server said 304, or it failed and the saved list was used.
    void finished(const QList<Steward::Releases::Release> &releases, bool fromCache);
    // Also emitted before finished(…, true) when the saved list stands in for a failed fetch.
    void failed(const Steward::Error &error);

private:
    void get(const QUrl &url, bool conditional);
    void onReply(QNetworkReply *reply, bool conditional);
    void fail(const Error &error);
    QString cacheFile() const;
    QUrl firstPage() const;
    QString name() const; // the repository, or the URL when one was given

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl{QStringLiteral("https://api.github.com")};
    QString m_repository{QStringLiteral("mastodon/mastodon")};
    QUrl m_url;
    QString m_cacheDirectory;
    int m_timeout = 20000;
    std::function<QString()> m_tokenProvider;
    QPointer<QNetworkReply> m_reply;
    QJsonArray m_pages;
    QByteArray m_etag;
    bool m_withToken = false; // the requests carry a token (for the rate-limit message)
};

} // namespace Steward::Releases
