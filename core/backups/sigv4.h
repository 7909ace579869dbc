// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace Steward::Backups {

// An S3 key pair (and the session token of temporary credentials). Never logged, never written: callers
// wipe() it once the requests are signed.
struct S3Credentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;

    bool isEmpty() const { return accessKeyId.isEmpty() || secretAccessKey.isEmpty(); }
    // "ACCESS_KEY_ID:SECRET_ACCESS_KEY", as the keychain keeps the S3 pair (docs/secrets.md). Empty on a
    // malformed line.
    static S3Credentials fromPair(const QString &pair);
    // AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), as awscli reads them; empty when
    // either is missing.
    static S3Credentials fromEnvironment();
    void wipe();
};

// AWS Signature Version 4 (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html), for S3
// requests made with QtNetwork: the canonical request, the string to sign, the derived key and the
// Authorization header or the query of a presigned URL. Pure functions, tested against AWS's published
// test vectors (tests/data/backups/sigv4/).
namespace SigV4 {

using Pairs = QList<QPair<QByteArray, QByteArray>>;

struct Request
{
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray path = QByteArrayLiteral(
        "/");               // raw (not percent-encoded); S3 paths are never normalised
    Pairs query;            // raw names and values, in any order
    Pairs headers;          // the headers to sign (Host included), as sent
    QByteArray payloadHash; // hex SHA-256 of the body, or "UNSIGNED-PAYLOAD"
};

// RFC 3986 unreserved characters stay, every other byte is %XX (upper case); '/' stays when keepSlash.
QByteArray uriEncode(const QByteArray &raw, bool keepSlash);
QByteArray emptyPayloadHash();
QByteArray sha256Hex(const QByteArray &data);

QByteArray canonicalQuery(const Pairs &query);
QByteArray signedHeaders(const Pairs &headers);
QByteArray canonicalRequest(const Request &request);
// "20150830/us-east-1/service/aws4_request"
QByteArray scope(const QDateTime &time, const QByteArray &region, const QByteArray &service);
QByteArray stringToSign(const QByteArray &canonicalRequest,
                        const QDateTime &time,
                        const QByteArray &region,
                        const QByteArray &service);
QByteArray signature(const Request &request,
                     const S3Credentials &credentials,
                     const QDateTime &time,
                     const QByteArray &region,
                     const QByteArray &service);
// "AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…"
QByteArray authorization(const Request &request,
                         const S3Credentials &credentials,
                         const QDateTime &time,
                         const QByteArray &region,
                         const QByteArray &service);
// Query-string signing: the X-Amz-* parameters (signature last) to append to request.query for a URL
// valid expiresSeconds from time. Only the headers of request (usually Host alone) are signed.
Pairs presign(const Request &request,
              const S3Credentials &credentials,
              const QDateTime &time,
              const QByteArray &region,
              const QByteArray &service,
              int expiresSeconds);
// "20150830T123600Z"
QByteArray amzDate(const QDateTime &time);

} // namespace SigV4
} // namespace Steward::Backups
