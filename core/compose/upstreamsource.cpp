// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/upstreamsource.h"

#include "core/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Steward::Compose {

std::optional<UpstreamRef> UpstreamRef::parse(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(?:([A-Za-z0-9_.-]+)/)?([A-Za-z0-9_.-]+)@([A-Za-z0-9_.+-]+)$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch() || match.captured(3).contains(u".."_s))
        return std::nullopt;
    UpstreamRef ref;
    ref.repo = match.captured(2);
    ref.ref = match.captured(3);
    ref.owner = match.captured(1);
    if (ref.owner.isEmpty()) {
        if (ref.repo == u"mastodon")
            ref.owner = u"mastodon"_s;
        else if (ref.repo == u"hometown")
            ref.owner = u"hometown-fork"_s;
        else
            return std::nullopt;
    }
    return ref;
}

QString UpstreamRef::toString() const
{
    return owner + u'/' + repo + u'@' + ref;
}

QUrl UpstreamRef::url(const QUrl &baseUrl) const
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + owner + u'/' + repo + u'/' + ref + u"/docker-compose.yml"_s);
    return url;
}

QString UpstreamRef::cachePath(const QString &cacheDir) const
{
    return cacheDir + u'/' + owner + u'/' + repo + u'/' + ref + u"/docker-compose.yml"_s;
}

UpstreamSource::UpstreamSource(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(defaultBaseUrl())
    , m_cacheDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/compose"_s)
{}

UpstreamSource::~UpstreamSource()
{
    cancel();
}

QUrl UpstreamSource::defaultBaseUrl()
{
    const QString env = qEnvironmentVariable("STEWARD_UPSTREAM_BASE_URL");
    return QUrl(env.isEmpty() ? u"https://raw.githubusercontent.com"_s : env);
}

void UpstreamSource::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void UpstreamSource::fetch(const UpstreamRef &ref)
{
    cancel();
    const QString cached = ref.cachePath(m_cacheDir);
    if (QFileInfo::exists(cached)) {
        auto doc = Document::fromFile(cached);
        if (doc)
            doc.value().name = ref.toString();
        Q_EMIT fetched(doc);
        return;
    }
    const QUrl url = ref.url(m_baseUrl);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(30'000);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, ref, cached, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError) {
            Q_EMIT fetched(
                Error{Core::Tr::tr("Cannot fetch %1 from %2: %3")
                          .arg(ref.toString(), url.toDisplayString(), reply->errorString())});
            return;
        }
        if (status != 0 && status != 200) {
            Q_EMIT fetched(Error{Core::Tr::tr("Cannot fetch %1 from %2: HTTP status %3")
                                     .arg(ref.toString(), url.toDisplayString())
                                     .arg(status)});
            return;
        }
        const QByteArray body = reply->readAll();
        auto doc = Document::fromBytes(body, ref.toString());
        if (doc) {
            // Cache only what we could read; a failed write only costs a later fetch.
            QDir().mkpath(QFileInfo(cached).absolutePath());
            QSaveFile file(cached);
            if (file.open(QIODevice::WriteOnly)) {
                file.write(body);
                file.commit();
            }
        }
        Q_EMIT fetched(doc);
    });
}

} // namespace Steward::Compose
