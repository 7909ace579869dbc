// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releases/githubsource.h"

#include "core/releases/githubreleases.h"
#include "core/tr.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Steward::Releases {

GitHubSource::GitHubSource(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_cacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                       + u"/releases"_s)
{}

QUrl GitHubSource::firstPage() const
{
    if (!m_url.isEmpty())
        return m_url;
    QUrl url = m_baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) // "https://ghe.example/api/v3/" must not give "…/v3//repos"
        path.chop(1);
    url.setPath(path + u"/repos/"_s + m_repository + u"/releases"_s);
    url.setQuery(u"per_page=100"_s);
    return url;
}

QString GitHubSource::name() const
{
    return m_url.isEmpty() ? m_repository : m_url.toDisplayString();
}

QString GitHubSource::cacheFile() const
{
    if (!m_url.isEmpty()) {
        return m_cacheDirectory + u"/feed-"_s
               + QString::fromLatin1(
                   QCryptographicHash::hash(m_url.toEncoded(), QCryptographicHash::Sha1).toHex())
               + u".json"_s;
    }
    // One file per server and repository: a GitHub Enterprise and github.com never share a list.
    QUrl base = m_baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    const QByteArray server
        = QCryptographicHash::hash(base.toEncoded(), QCryptographicHash::Sha1).toHex().left(12);
    return m_cacheDirectory + u'/' + QString(m_repository).replace(u'/', u'_') + u'-'
           + QString::fromLatin1(server) + u".json"_s;
}

Result<QList<Release>> GitHubSource::cached() const
{
    QFile file(cacheFile());
    if (!file.open(QIODevice::ReadOnly))
        return Error{Core::Tr::tr("No saved release list for %1 yet.").arg(name())};
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    return GitHubReleases::parse(QJsonDocument(o.value(u"releases"_s).toArray()).toJson());
}

void GitHubSource::fetch()
{
    cancel();
    m_pages = {};
    m_etag.clear();
    get(firstPage(), true);
}

void GitHubSource::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void GitHubSource::get(const QUrl &url, bool conditional)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    request.setTransferTimeout(m_timeout);
    m_withToken = false;
    if (m_tokenProvider) {
        const QString token = m_tokenProvider();
        if (!token.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            m_withToken = true;
        }
    }
    if (conditional) {
        QFile file(cacheFile());
        if (file.open(QIODevice::ReadOnly)) {
            const QString etag
                = QJsonDocument::fromJson(file.readAll()).object().value(u"etag"_s).toString();
            if (!etag.isEmpty())
                request.setRawHeader("If-None-Match", etag.toUtf8());
        }
    }
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, conditional] {
        onReply(reply, conditional);
    });
}

void GitHubSource::fail(const Error &error)
{
    emit failed(error);
    if (auto saved = cached())
        emit finished(saved.value(), true);
}

void GitHubSource::onReply(QNetworkReply *reply, bool conditional)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 304 && conditional) {
        auto saved = cached();
        if (saved)
            emit finished(saved.value(), true);
        else
            emit failed(saved.error());
        return;
    }
    // The primary rate limit (X-RateLimit-Remaining: 0, reset at X-RateLimit-Reset) and the
    // secondary one (Retry-After: seconds or an HTTP date), on a 403 or a 429.
    const QByteArray retryAfter = reply->rawHeader("Retry-After").trimmed();
    const bool usedUp = reply->rawHeader("X-RateLimit-Remaining") == "0";
    if ((status == 403 || status == 429) && (usedUp || !retryAfter.isEmpty())) {
        QDateTime at;
        if (!retryAfter.isEmpty()) {
            bool seconds = false;
            const qint64 wait = retryAfter.toLongLong(&seconds);
            if (seconds) {
                at = QDateTime::currentDateTime().addSecs(wait);
            } else {
                // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
                at = QLocale::c().toDateTime(QString::fromLatin1(retryAfter),
                                             u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
                at.setTimeZone(QTimeZone::UTC);
                if (!at.isValid())
                    at = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
            }
        }
        if (!at.isValid() || usedUp) {
            const qint64 reset = reply->rawHeader("X-RateLimit-Reset").toLongLong();
            if (reset > 0)
                at = QDateTime::fromSecsSinceEpoch(reset);
        }
        const QString when = at.isValid() ? at.toLocalTime().toString(u"HH:mm"_s) : u"–"_s;
        QString message;
        if (!usedUp) {
            message = Core::Tr::tr("GitHub asks to slow down (secondary rate limit); try again at "
                                   "%1.")
                          .arg(when);
        } else if (m_withToken) {
            message = Core::Tr::tr("GitHub's rate limit for this token is used up; try again at "
                                   "%1.")
                          .arg(when);
        } else {
            message = Core::Tr::tr("GitHub's rate limit for anonymous requests is used up; try "
                                   "again at %1.")
                          .arg(when);
        }
        fail(Error{message});
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        fail(Error{
            Core::Tr::tr("GitHub did not answer within %1 seconds.").arg(m_timeout / 1000.0)});
        return;
    }
    if (status >= 400 || (status == 0 && reply->error() != QNetworkReply::NoError)) {
        fail(Error{status ? Core::Tr::tr("GitHub answered HTTP %1 for %2.")
                                .arg(status)
                                .arg(reply->url().toDisplayString())
                          : Core::Tr::tr("Could not reach GitHub: %1").arg(reply->errorString())});
        return;
    }
    if (conditional)
        m_etag = reply->rawHeader("ETag");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        fail(Error{Core::Tr::tr("GitHub's answer for %1 is not a JSON list of releases.")
                       .arg(reply->url().toDisplayString())});
        return;
    }
    for (const QJsonValue &v : doc.array())
        m_pages.append(v);

    // Link: <https://api.github.com/…&page=2>; rel="next", <…>; rel="last"
    static const QRegularExpression nextRe(u"<([^>]+)>\\s*;\\s*rel=\"next\""_s);
    const auto next = nextRe.match(QString::fromLatin1(reply->rawHeader("Link")));
    if (next.hasMatch()) {
        const QUrl url(next.captured(1));
        // Only follow pages on the server we asked, with its scheme: a token must never leave for
        // another host nor go out unencrypted (https → http).
        const QUrl first = firstPage();
        if (url.scheme() != first.scheme() || url.host() != first.host()
            || url.port() != first.port()) {
            fail(Error{Core::Tr::tr("GitHub's next page of releases is on another server (%1); "
                                    "it was not followed.")
                           .arg(url.toDisplayString(QUrl::RemoveQuery))});
            return;
        }
        get(url, false);
        return;
    }
    QDir().mkpath(m_cacheDirectory);
    QSaveFile file(cacheFile());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{u"etag"_s, QString::fromLatin1(m_etag)},
                                             {u"releases"_s, m_pages}})
                       .toJson(QJsonDocument::Compact));
        file.commit();
    }
    const auto releases = GitHubReleases::parse(QJsonDocument(m_pages).toJson());
    if (!releases) {
        emit failed(releases.error());
        return;
    }
    emit finished(releases.value(), false);
}

} // namespace Steward::Releases
