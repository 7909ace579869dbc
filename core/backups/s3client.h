// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backups/sigv4.h"
#include "core/inventory/server.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Steward::Backups {

// Where a server's backups are: endpoint, bucket, region and addressing, from its inventory settings.
struct S3Location
{
    QUrl endpoint; // scheme, host and port; for AWS https://s3.REGION.amazonaws.com
    QString bucket;
    QString prefix;
    QString region = QStringLiteral("us-east-1");
    bool pathStyle = true; // https://host/bucket/key, else https://bucket.host/key

    static S3Location fromSettings(const BackupSettings &settings);
    // "s3://bucket/prefix", for messages.
    QString displayName() const;
    // The URL of key (or of the bucket when key is empty), with its host, unsigned.
    QUrl url(const QString &key = {}) const;
};

// One object of a listing.
struct S3Object
{
    QString key;
    qint64 size = 0;
    QDateTime lastModified; // UTC
    QString etag;

    bool operator==(const S3Object &) const = default;
};

// What an S3 answer means for the user: pure, so that every error is tested (wrong key, no such bucket,
// clock skew, access denied, endpoint down, an answer that is not S3's).
Error s3Error(const S3Location &location,
              QNetworkReply::NetworkError networkError,
              const QString &networkMessage,
              int httpStatus,
              const QByteArray &body,
              const QDateTime &serverDate,
              const QDateTime &localNow);

// A ListObjectsV2 page: its objects, and the continuation token when there is more.
struct ListPage
{
    QList<S3Object> objects;
    bool truncated = false;
    QString nextToken;
};
Result<ListPage> parseListPage(const QByteArray &xml);

// Reads a bucket over the S3 API with QtNetwork and Signature V4: every page of a listing, a byte range of
// an object, presigned URLs. Asynchronous; callbacks run on this object's thread while context lives.
class S3Client : public QObject
{
    Q_OBJECT

public:
    explicit S3Client(QObject *parent = nullptr);
    ~S3Client() override;

    // Every object under location.prefix (each page of pageSize keys, 1000 at most, as S3 allows).
    void list(const S3Location &location,
              const S3Credentials &credentials,
              QObject *context,
              std::function<void(const Result<QList<S3Object>> &)> done,
              int pageSize = 1000);
    // Bytes [first, last] of key (an HTTP Range request).
    void readRange(const S3Location &location,
                   const S3Credentials &credentials,
                   const QString &key,
                   qint64 first,
                   qint64 last,
                   QObject *context,
                   std::function<void(const Result<QByteArray> &)> done);
    // A GET URL of key that anyone holding it may use until it expires: what a drill host downloads with,
    // so the key pair itself never leaves this computer.
    static QUrl presignedGet(const S3Location &location,
                             const S3Credentials &credentials,
                             const QString &key,
                             const QDateTime &now,
                             int expiresSeconds);

    // Milliseconds before a request is given up (endpoint silent). Default 30 s.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // How many requests were sent (tests count pages).
    int requestCount() const { return m_requests; }

private:
    using Reply = std::function<void(QNetworkReply *)>;
    void send(const S3Location &location,
              const S3Credentials &credentials,
              const QString &key,
              const SigV4::Pairs &query,
              const SigV4::Pairs &extraHeaders,
              QObject *context,
              Reply done);
    void listPage(const S3Location &location,
                  const S3Credentials &credentials,
                  const QString &token,
                  int pageSize,
                  QList<S3Object> collected,
                  QObject *context,
                  std::function<void(const Result<QList<S3Object>> &)> done);

    QNetworkAccessManager *m_network;
    int m_timeoutMs = 30000;
    int m_requests = 0;
};

} // namespace Steward::Backups
