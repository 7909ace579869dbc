// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/announcement.h"

#include "core/secrets/credentialkey.h"
#include "core/tr.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Steward::Runbook {

int Announcement::countCharacters(const QString &text)
{
    // StatusLengthValidator: URLs (http/https) count as 23, @user@domain as @user.
    static const QRegularExpression url(uR"(https?://[^\s<>"]+)"_s);
    static const QRegularExpression mention(uR"((?<![\w/])@(\w+)@[\w.-]+\w)"_s);
    QString t = text;
    t.replace(url, QString(urlCharacters, u'x'));
    t.replace(mention, u"@\\1"_s);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, t);
    int count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

QString Announcement::idempotencyKey(const QString &runId, const QString &stepId)
{
    return u"steward-"_s + runId + u'-' + stepId;
}

AnnouncementPost::AnnouncementPost(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

AnnouncementPost::~AnnouncementPost()
{
    wipeSecret(m_request.token);
    if (m_reply)
        m_reply->abort();
}

void AnnouncementPost::cancel()
{
    if (m_reply)
        m_reply->abort();
}

namespace {

QString apiError(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return o.value(u"error"_s).toString();
}

} // namespace

void AnnouncementPost::start(Request request)
{
    m_request = std::move(request);
    m_result = PostResult{};
    m_result.characters = Announcement::countCharacters(m_request.text + m_request.spoiler);
    QString base = m_request.base.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    m_request.base = QUrl(base);
    QNetworkRequest instanceRequest(QUrl(base + u"/api/v2/instance"_s));
    instanceRequest.setTransferTimeout(20000);
    m_reply = m_network->get(instanceRequest);
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        QNetworkReply *reply = m_reply;
        reply->deleteLater();
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            const QJsonObject instance = QJsonDocument::fromJson(reply->readAll()).object();
            const int max = instance.value(u"configuration"_s)
                                .toObject()
                                .value(u"statuses"_s)
                                .toObject()
                                .value(u"max_characters"_s)
                                .toInt(0);
            if (max > 0)
                m_result.maxCharacters = max;
        }
        // Without the instance's answer the default limit (500) is assumed; the post says the rest.
        if (m_result.characters > m_result.maxCharacters) {
            PostResult r = m_result;
            r.outcome = PostResult::Outcome::TooLong;
            r.message = Core::Tr::tr("The announcement has %1 characters; %2 allows %3. Shorten it "
                                     "before posting.")
                            .arg(r.characters)
                            .arg(m_request.base.host())
                            .arg(r.maxCharacters);
            finish(r);
            return;
        }
        post();
    });
}

void AnnouncementPost::post()
{
    QNetworkRequest r(QUrl(m_request.base.toString() + u"/api/v1/statuses"_s));
    r.setTransferTimeout(30000);
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QByteArray auth = "Bearer " + m_request.token.toUtf8();
    r.setRawHeader("Authorization", auth);
    wipeSecret(auth);
    wipeSecret(m_request.token);
    r.setRawHeader("Idempotency-Key", m_request.idempotencyKey.toUtf8());
    QJsonObject body{{u"status"_s, m_request.text}, {u"visibility"_s, m_request.visibility}};
    if (!m_request.spoiler.isEmpty())
        body.insert(u"spoiler_text"_s, m_request.spoiler);
    if (!m_request.language.isEmpty())
        body.insert(u"language"_s, m_request.language);
    if (!m_request.scheduledAt.isEmpty())
        body.insert(u"scheduled_at"_s, m_request.scheduledAt);
    m_reply = m_network->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        QNetworkReply *reply = m_reply;
        reply->deleteLater();
        m_reply = nullptr;
        PostResult result = m_result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        const QString host = m_request.base.host();
        switch (result.httpStatus) {
        case 0:
            result.outcome = PostResult::Outcome::NetworkError;
            result.message = Core::Tr::tr("%1 did not answer (%2). Retrying is safe: the same "
                                          "Idempotency-Key never makes a second post.")
                                 .arg(host, reply->errorString());
            break;
        case 200: {
            const QJsonObject o = QJsonDocument::fromJson(data).object();
            result.statusId = o.value(u"id"_s).toString();
            if (o.contains(u"scheduled_at"_s) && o.contains(u"params"_s)) {
                result.outcome = PostResult::Outcome::Scheduled;
                result.scheduledAt = QDateTime::fromString(o.value(u"scheduled_at"_s).toString(),
                                                           Qt::ISODateWithMs);
                result.message = Core::Tr::tr("Scheduled for %1 (scheduled status %2).")
                                     .arg(result.scheduledAt.toUTC().toString(
                                              u"yyyy-MM-dd HH:mm 'UTC'"_s),
                                          result.statusId);
            } else {
                result.outcome = PostResult::Outcome::Posted;
                result.url = o.value(u"url"_s).toString();
                result.message = Core::Tr::tr("Posted: %1").arg(result.url);
            }
            break;
        }
        case 401:
            result.outcome = PostResult::Outcome::BadToken;
            result.message = Core::Tr::tr(
                                 "%1 refused the admin token (%2). Store a valid token of the "
                                 "admin account in the keychain (Tools > Credentials, "
                                 "Mastodon token), then retry.")
                                 .arg(host, apiError(data));
            break;
        case 403:
            result.outcome = PostResult::Outcome::Forbidden;
            result.message = Core::Tr::tr("%1 does not let this token post (%2): it needs the "
                                          "write:statuses scope.")
                                 .arg(host, apiError(data));
            break;
        case 422:
            result.outcome = PostResult::Outcome::TooLong;
            result.message = Core::Tr::tr("%1 refused the text: %2").arg(host, apiError(data));
            break;
        case 429: {
            result.outcome = PostResult::Outcome::RateLimited;
            result.retryAt = QDateTime::fromString(QString::fromLatin1(
                                                       reply->rawHeader("X-RateLimit-Reset")),
                                                   Qt::ISODateWithMs);
            result.message = result.retryAt.isValid()
                                 ? Core::Tr::tr("%1 limits how often this account posts; try again "
                                                "after %2.")
                                       .arg(host, result.retryAt.toUTC().toString(u"HH:mm 'UTC'"_s))
                                 : Core::Tr::tr("%1 limits how often this account posts; try again "
                                                "later.")
                                       .arg(host);
            break;
        }
        default:
            if (result.httpStatus >= 500) {
                result.outcome = PostResult::Outcome::Unavailable;
                result.message = Core::Tr::tr("%1 answered %2: the site is down or shows the "
                                              "maintenance page. Post before maintenance starts.")
                                     .arg(host)
                                     .arg(result.httpStatus);
            } else {
                result.outcome = PostResult::Outcome::Refused;
                result.message = Core::Tr::tr("%1 answered %2: %3")
                                     .arg(host)
                                     .arg(result.httpStatus)
                                     .arg(apiError(data));
            }
            break;
        }
        finish(result);
    });
}

void AnnouncementPost::finish(PostResult result)
{
    emit finished(result);
}

} // namespace Steward::Runbook
