// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backups/s3client.h"

#include "core/tr.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Steward::Backups {

S3Location S3Location::fromSettings(const BackupSettings &settings)
{
    S3Location l;
    l.bucket = settings.bucket;
    l.prefix = settings.prefix;
    l.region = settings.region.isEmpty() ? u"us-east-1"_s : settings.region;
    if (settings.endpoint.isEmpty()) {
        l.endpoint = QUrl(u"https://s3.%1.amazonaws.com"_s.arg(l.region));
        l.pathStyle = settings.addressing == u"path";
    } else {
        l.endpoint = QUrl(settings.endpoint);
        l.pathStyle = settings.addressing != u"virtual";
    }
    return l;
}

QString S3Location::displayName() const
{
    return u"s3://"_s + bucket + u'/' + prefix;
}

QUrl S3Location::url(const QString &key) const
{
    QUrl u = endpoint;
    u.setQuery(QString());
    u.setFragment(QString());
    QByteArray path;
    if (pathStyle) {
        path = '/' + bucket.toUtf8() + '/' + key.toUtf8();
    } else {
        u.setHost(bucket + u'.' + endpoint.host());
        path = '/' + key.toUtf8();
    }
    if (key.isEmpty() && pathStyle)
        path.chop(1); // "/bucket"
    if (path.isEmpty())
        path = "/";
    u.setPath(QString::fromLatin1(SigV4::uriEncode(path, true)), QUrl::StrictMode);
    return u;
}

namespace {

QString xmlText(const QByteArray &xml, const QString &element)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == element)
            return reader.readElementText();
    }
    return {};
}

} // namespace

Error s3Error(const S3Location &location,
              QNetworkReply::NetworkError networkError,
              const QString &networkMessage,
              int httpStatus,
              const QByteArray &body,
              const QDateTime &serverDate,
              const QDateTime &localNow)
{
    const QString where = location.endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemovePath);
    if (httpStatus == 0) {
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
            return {Core::Tr::tr("The S3 endpoint %1 refused the connection: is it up, and is the "
                                 "endpoint in the inventory right?")
                        .arg(where)};
        case QNetworkReply::HostNotFoundError:
            return {Core::Tr::tr("The S3 endpoint's host %1 was not found (DNS).")
                        .arg(location.endpoint.host())};
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return {Core::Tr::tr("The S3 endpoint %1 did not answer in time.").arg(where)};
        case QNetworkReply::SslHandshakeFailedError:
            return {Core::Tr::tr("The TLS handshake with the S3 endpoint %1 failed: %2")
                        .arg(where, networkMessage)};
        default:
            return {Core::Tr::tr("Cannot reach the S3 endpoint %1: %2").arg(where, networkMessage)};
        }
    }
    const QString code = xmlText(body, u"Code"_s);
    const QString message = xmlText(body, u"Message"_s);
    if (code == u"InvalidAccessKeyId")
        return {
            Core::Tr::tr("%1 does not know this S3 access key (InvalidAccessKeyId): check the key "
                         "pair kept for this server in Credentials, or AWS_ACCESS_KEY_ID.")
                .arg(where)};
    if (code == u"SignatureDoesNotMatch")
        return {
            Core::Tr::tr("The S3 secret key does not match the access key (SignatureDoesNotMatch "
                         "at %1): check the key pair kept for this server in Credentials, or "
                         "AWS_SECRET_ACCESS_KEY.")
                .arg(where)};
    if (code == u"RequestTimeTooSkewed" || code == u"RequestExpired") {
        const qint64 skew = serverDate.isValid() ? std::llabs(serverDate.secsTo(localNow)) : -1;
        if (skew >= 0)
            return {Core::Tr::tr("This computer's clock is %1 minutes away from the S3 server's "
                                 "(%2): S3 refuses signatures more than 15 minutes off. Set the "
                                 "clock right (NTP) and try again.")
                        .arg(skew / 60)
                        .arg(code)};
        return {Core::Tr::tr("This computer's clock is too far from the S3 server's (%1): S3 "
                             "refuses signatures more than 15 minutes off. Set the clock right "
                             "(NTP) and try again.")
                    .arg(code)};
    }
    if (code == u"NoSuchBucket" || (httpStatus == 404 && code.isEmpty() && body.isEmpty()))
        return {Core::Tr::tr("There is no bucket “%1” at %2: check the bucket in the inventory.")
                    .arg(location.bucket, where)};
    if (code == u"NoSuchKey")
        return {Core::Tr::tr("The object is not in %1 (any more).").arg(location.displayName())};
    if (code == u"AccessDenied" || code == u"AllAccessDisabled" || httpStatus == 403)
        return {Core::Tr::tr("%1 refused access to %2 (%3): the key pair is known, but may not "
                             "read this bucket.")
                    .arg(where, location.displayName(), code.isEmpty() ? u"HTTP 403"_s : code)};
    if (!code.isEmpty())
        return {Core::Tr::tr("S3 at %1 answered %2 (HTTP %3): %4")
                    .arg(where, code)
                    .arg(httpStatus)
                    .arg(message)};
    return {Core::Tr::tr("%1 answered HTTP %2, which is not an S3 answer: is the endpoint right?")
                .arg(where)
                .arg(httpStatus)};
}

Result<ListPage> parseListPage(const QByteArray &xml)
{
    ListPage page;
    QXmlStreamReader reader(xml);
    bool sawRoot = false;
    S3Object current;
    bool inContents = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = reader.name();
            if (name == u"ListBucketResult") {
                sawRoot = true;
            } else if (name == u"Contents") {
                inContents = true;
                current = S3Object();
            } else if (inContents && name == u"Key") {
                current.key = reader.readElementText();
            } else if (inContents && name == u"Size") {
                current.size = reader.readElementText().toLongLong();
            } else if (inContents && name == u"LastModified") {
                current.lastModified
                    = QDateTime::fromString(reader.readElementText(), Qt::ISODateWithMs).toUTC();
            } else if (inContents && name == u"ETag") {
                current.etag = reader.readElementText().remove(u'"');
            } else if (!inContents && name == u"IsTruncated") {
                page.truncated = reader.readElementText().trimmed() == u"true";
            } else if (!inContents && name == u"NextContinuationToken") {
                page.nextToken = reader.readElementText();
            }
        } else if (token == QXmlStreamReader::EndElement && reader.name() == u"Contents") {
            inContents = false;
            page.objects.append(current);
        }
    }
    if (reader.hasError() || !sawRoot)
        return Error{Core::Tr::tr("The S3 listing could not be read (%1).")
                         .arg(reader.hasError() ? reader.errorString() : u"no ListBucketResult"_s)};
    if (page.truncated && page.nextToken.isEmpty())
        return Error{
            Core::Tr::tr("The S3 listing says there is more but gives no continuation token.")};
    return page;
}

S3Client::S3Client(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

S3Client::~S3Client() = default;

void S3Client::send(const S3Location &location,
                    const S3Credentials &credentials,
                    const QString &key,
                    const SigV4::Pairs &query,
                    const SigV4::Pairs &extraHeaders,
                    QObject *context,
                    Reply done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QUrl url = location.url(key);
    SigV4::Request request;
    request.path = QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1());
    request.query = query;
    request.payloadHash = SigV4::emptyPayloadHash();
    const QByteArray host = url.host().toUtf8()
                            + (url.port() > 0 ? ':' + QByteArray::number(url.port()) : QByteArray());
    request.headers = {{"Host", host},
                       {"x-amz-content-sha256", request.payloadHash},
                       {"x-amz-date", SigV4::amzDate(now)}};
    if (!credentials.sessionToken.isEmpty())
        request.headers.append({"x-amz-security-token", credentials.sessionToken.toUtf8()});
    request.headers += extraHeaders;
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(SigV4::canonicalQuery(query)), QUrl::StrictMode);

    QNetworkRequest req(url);
    for (const auto &[name, value] : std::as_const(request.headers)) {
        if (name != "Host")
            req.setRawHeader(name, value);
    }
    req.setRawHeader("Authorization",
                     SigV4::authorization(request, credentials, now, location.region.toUtf8(), "s3"));
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    ++m_requests;
    QNetworkReply *reply = m_network->get(req);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done] {
        reply->deleteLater();
        if (guard)
            done(reply);
    });
}

namespace {

Error errorOf(const S3Location &location, QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QDateTime serverDate = QDateTime::fromString(QString::fromLatin1(
                                                           reply->rawHeader("Date")),
                                                       Qt::RFC2822Date);
    return s3Error(location,
                   reply->error(),
                   reply->errorString(),
                   status,
                   body,
                   serverDate,
                   QDateTime::currentDateTimeUtc());
}

} // namespace

void S3Client::list(const S3Location &location,
                    const S3Credentials &credentials,
                    QObject *context,
                    std::function<void(const Result<QList<S3Object>> &)> done,
                    int pageSize)
{
    listPage(location, credentials, QString(), std::clamp(pageSize, 1, 1000), {}, context, done);
}

void S3Client::listPage(const S3Location &location,
                        const S3Credentials &credentials,
                        const QString &token,
                        int pageSize,
                        QList<S3Object> collected,
                        QObject *context,
                        std::function<void(const Result<QList<S3Object>> &)> done)
{
    SigV4::Pairs query{{"list-type", "2"},
                       {"max-keys", QByteArray::number(pageSize)},
                       {"prefix", location.prefix.toUtf8()}};
    if (!token.isEmpty())
        query.append({"continuation-token", token.toUtf8()});
    send(location,
         credentials,
         QString(),
         query,
         {},
         context,
         [this, location, credentials, pageSize, collected, context, done](
             QNetworkReply *reply) mutable {
             const QByteArray body = reply->readAll();
             const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
             if (reply->error() != QNetworkReply::NoError || status != 200) {
                 done(errorOf(location, reply, body));
                 return;
             }
             const Result<ListPage> page = parseListPage(body);
             if (!page) {
                 done(page.error());
                 return;
             }
             collected += page->objects;
             if (!page->truncated) {
                 done(collected);
                 return;
             }
             listPage(location, credentials, page->nextToken, pageSize, collected, context, done);
         });
}

void S3Client::readRange(const S3Location &location,
                         const S3Credentials &credentials,
                         const QString &key,
                         qint64 first,
                         qint64 last,
                         QObject *context,
                         std::function<void(const Result<QByteArray> &)> done)
{
    const QByteArray range = "bytes=" + QByteArray::number(first) + '-' + QByteArray::number(last);
    send(location,
         credentials,
         key,
         {},
         {{"Range", range}},
         context,
         [location, done](QNetworkReply *reply) {
             const QByteArray body = reply->readAll();
             const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
             if (reply->error() != QNetworkReply::NoError || (status != 206 && status != 200)) {
                 done(errorOf(location, reply, body));
                 return;
             }
             done(body);
         });
}

QUrl S3Client::presignedGet(const S3Location &location,
                            const S3Credentials &credentials,
                            const QString &key,
                            const QDateTime &now,
                            int expiresSeconds)
{
    QUrl url = location.url(key);
    SigV4::Request request;
    request.path = QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1());
    request.headers = {
        {"Host",
         url.host().toUtf8()
             + (url.port() > 0 ? ':' + QByteArray::number(url.port()) : QByteArray())}};
    request.payloadHash = "UNSIGNED-PAYLOAD";
    const SigV4::Pairs query
        = SigV4::presign(request, credentials, now, location.region.toUtf8(), "s3", expiresSeconds);
    url.setQuery(QString::fromLatin1(SigV4::canonicalQuery(query)), QUrl::StrictMode);
    return url;
}

} // namespace Steward::Backups
