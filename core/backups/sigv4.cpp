// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backups/sigv4.h"

#include "core/secrets/credentialkey.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QProcessEnvironment>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Steward::Backups {

S3Credentials S3Credentials::fromPair(const QString &pair)
{
    S3Credentials c;
    const qsizetype colon = pair.indexOf(u':');
    if (colon <= 0 || colon == pair.size() - 1)
        return c;
    c.accessKeyId = pair.left(colon).trimmed();
    c.secretAccessKey = pair.mid(colon + 1).trimmed();
    return c;
}

S3Credentials S3Credentials::fromEnvironment()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    S3Credentials c;
    c.accessKeyId = env.value(u"AWS_ACCESS_KEY_ID"_s);
    c.secretAccessKey = env.value(u"AWS_SECRET_ACCESS_KEY"_s);
    c.sessionToken = env.value(u"AWS_SESSION_TOKEN"_s);
    if (c.isEmpty())
        return {};
    return c;
}

void S3Credentials::wipe()
{
    wipeSecret(secretAccessKey);
    wipeSecret(sessionToken);
    accessKeyId.clear();
}

namespace SigV4 {
namespace {

bool unreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
           || c == '_' || c == '.' || c == '~';
}

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

// Header values: trimmed, runs of spaces made one (as the AWS test suite expects, quotes or not).
QByteArray canonicalValue(const QByteArray &value)
{
    return value.simplified();
}

} // namespace

QByteArray uriEncode(const QByteArray &raw, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(raw.size() * 3);
    for (char c : raw) {
        if (unreserved(c) || (keepSlash && c == '/')) {
            out.append(c);
        } else {
            const auto b = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[b >> 4]);
            out.append(hex[b & 15]);
        }
    }
    return out;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray emptyPayloadHash()
{
    return sha256Hex(QByteArray());
}

QByteArray amzDate(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray canonicalQuery(const Pairs &query)
{
    Pairs encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append({uriEncode(name, false), uriEncode(value, false)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

namespace {

// Lower-case names, sorted; values of a repeated header joined by commas in the order given.
Pairs canonicalHeaders(const Pairs &headers)
{
    Pairs lower;
    for (const auto &[name, value] : headers) {
        const QByteArray n = name.trimmed().toLower();
        auto it = std::find_if(lower.begin(), lower.end(), [&n](const auto &p) {
            return p.first == n;
        });
        if (it != lower.end())
            it->second.append(',').append(canonicalValue(value));
        else
            lower.append({n, canonicalValue(value)});
    }
    std::stable_sort(lower.begin(), lower.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    return lower;
}

} // namespace

QByteArray signedHeaders(const Pairs &headers)
{
    QByteArray out;
    for (const auto &[name, value] : canonicalHeaders(headers)) {
        if (!out.isEmpty())
            out.append(';');
        out.append(name);
    }
    return out;
}

QByteArray canonicalRequest(const Request &request)
{
    QByteArray out = request.method + '\n' + uriEncode(request.path, true) + '\n'
                     + canonicalQuery(request.query) + '\n';
    for (const auto &[name, value] : canonicalHeaders(request.headers))
        out.append(name).append(':').append(value).append('\n');
    out.append('\n');
    out.append(signedHeaders(request.headers)).append('\n');
    out.append(request.payloadHash);
    return out;
}

QByteArray scope(const QDateTime &time, const QByteArray &region, const QByteArray &service)
{
    return time.toUTC().toString(u"yyyyMMdd"_s).toLatin1() + '/' + region + '/' + service
           + "/aws4_request";
}

QByteArray stringToSign(const QByteArray &canonical,
                        const QDateTime &time,
                        const QByteArray &region,
                        const QByteArray &service)
{
    return "AWS4-HMAC-SHA256\n" + amzDate(time) + '\n' + scope(time, region, service) + '\n'
           + sha256Hex(canonical);
}

QByteArray signature(const Request &request,
                     const S3Credentials &credentials,
                     const QDateTime &time,
                     const QByteArray &region,
                     const QByteArray &service)
{
    QByteArray secret = "AWS4" + credentials.secretAccessKey.toUtf8();
    QByteArray key = hmac(secret, time.toUTC().toString(u"yyyyMMdd"_s).toLatin1());
    wipeSecret(secret);
    key = hmac(key, region);
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    const QByteArray result
        = hmac(key, stringToSign(canonicalRequest(request), time, region, service)).toHex();
    wipeSecret(key);
    return result;
}

QByteArray authorization(const Request &request,
                         const S3Credentials &credentials,
                         const QDateTime &time,
                         const QByteArray &region,
                         const QByteArray &service)
{
    return "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() + '/'
           + scope(time, region, service) + ", SignedHeaders=" + signedHeaders(request.headers)
           + ", Signature=" + signature(request, credentials, time, region, service);
}

Pairs presign(const Request &request,
              const S3Credentials &credentials,
              const QDateTime &time,
              const QByteArray &region,
              const QByteArray &service,
              int expiresSeconds)
{
    Pairs added{
        {"X-Amz-Algorithm", "AWS4-HMAC-SHA256"},
        {"X-Amz-Credential", credentials.accessKeyId.toUtf8() + '/' + scope(time, region, service)},
        {"X-Amz-Date", amzDate(time)},
        {"X-Amz-Expires", QByteArray::number(expiresSeconds)},
    };
    if (!credentials.sessionToken.isEmpty())
        added.append({"X-Amz-Security-Token", credentials.sessionToken.toUtf8()});
    added.append({"X-Amz-SignedHeaders", signedHeaders(request.headers)});
    Request signedRequest = request;
    signedRequest.query += added;
    added.append({"X-Amz-Signature", signature(signedRequest, credentials, time, region, service)});
    return added;
}

} // namespace SigV4
} // namespace Steward::Backups
