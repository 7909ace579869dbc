// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Steward::Runbook {

// The announcement toot: its length as Mastodon counts it, and its posting through
// POST /api/v1/statuses with the admin token, an Idempotency-Key (a retry within Mastodon's hour returns
// the first post instead of making a second) and an optional scheduled_at.
namespace Announcement {

// Characters as Mastodon's StatusLengthValidator counts them: a URL is 23 characters whatever its
// length, a remote mention @user@domain counts as @user, the rest as grapheme clusters.
int countCharacters(const QString &text);
constexpr int urlCharacters = 23;
constexpr int defaultMaxCharacters = 500;
// The key a step always sends, so that a retry (even from another Steward) never posts twice.
QString idempotencyKey(const QString &runId, const QString &stepId);

} // namespace Announcement

// What the server said about the post.
struct PostResult
{
    enum class Outcome {
        Posted,       // a status exists (maybe the one an earlier try made: same key)
        Scheduled,    // a scheduled status exists
        TooLong,      // refused before sending, or 422 from the server
        BadToken,     // 401: missing, unknown or revoked token
        Forbidden,    // 403: the token lacks write:statuses, or the account cannot post
        RateLimited,  // 429
        Unavailable,  // 5xx, the maintenance page
        NetworkError, // no answer
        Refused,      // any other answer
    };
    Outcome outcome = Outcome::NetworkError;
    QString statusId;
    QString url;
    QDateTime scheduledAt;
    int httpStatus = 0;
    int characters = 0;
    int maxCharacters = Announcement::defaultMaxCharacters;
    QDateTime retryAt; // RateLimited: X-RateLimit-Reset
    QString message;   // for the volunteer, translated, clear about what to do

    bool ok() const { return outcome == Outcome::Posted || outcome == Outcome::Scheduled; }
};

// Posts one announcement: reads the instance's character limit (GET /api/v2/instance), refuses a text
// over it before sending anything, then posts. finished() once.
class AnnouncementPost : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl base; // the instance's public URL
        QString token;
        QString text;
        QString visibility = QStringLiteral("public");
        QString spoiler;
        QString language;
        QString scheduledAt; // ISO 8601; empty: now
        QString idempotencyKey;
    };

    AnnouncementPost(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AnnouncementPost() override;
    // The token is wiped from the request once sent.
    void start(Request request);
    void cancel();

signals:
    void finished(const Steward::Runbook::PostResult &result);

private:
    void post();
    void finish(PostResult result);

    QNetworkAccessManager *m_network;
    Request m_request;
    PostResult m_result;
    QPointer<QNetworkReply> m_reply;
};

} // namespace Steward::Runbook
