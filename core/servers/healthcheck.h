// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Steward::Servers {

// One HTTP request of a health check, as the laptop saw it.
struct HttpProbe
{
    QString path;          // "/health"
    int status = 0;        // HTTP status; 0: no answer (error says why)
    qint64 elapsedMs = -1; // time to the whole answer
    QString error;         // the network error, translated by Qt; empty when answered
    QByteArray body;       // the first 64 KiB

    bool answered() const { return status > 0; }
    bool ok() const { return status >= 200 && status < 300; }
};

// What the instance's public endpoints said, from the laptop (as a visitor sees it): Mastodon's web
// /health, the streaming server's /api/v1/streaming/health and /api/v2/instance (the running version).
struct HealthReport
{
    QUrl base;
    QDateTime at;
    HttpProbe web;
    HttpProbe streaming;
    HttpProbe instance;
    QString version;          // from /api/v2/instance, when it answered
    int maxCharacters = 0;    // its configuration.statuses.max_characters (0: unknown)
    bool maintenance = false; // 503 everywhere: the maintenance page is up
};

// Asks the three endpoints at once, each with a timeout; finished() once all have answered or failed.
// Cancellable; a new start() cancels the previous check.
class HealthCheck : public QObject
{
    Q_OBJECT

public:
    explicit HealthCheck(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HealthCheck() override;

    void start(const QUrl &publicUrl, int timeoutMs = 10000);
    void cancel();
    bool isRunning() const { return !m_replies.isEmpty(); }

    static const QString webPath;       // "/health"
    static const QString streamingPath; // "/api/v1/streaming/health"
    static const QString instancePath;  // "/api/v2/instance"

signals:
    void finished(const Steward::Servers::HealthReport &report);

private:
    void ask(HttpProbe HealthReport::*probe, const QString &path, int timeoutMs);
    void done();

    QNetworkAccessManager *m_network;
    HealthReport m_report;
    QList<QPointer<QNetworkReply>> m_replies;
    quint64 m_generation = 0;
};

} // namespace Steward::Servers
