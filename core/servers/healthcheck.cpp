// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/servers/healthcheck.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

using namespace Qt::StringLiterals;

namespace Steward::Servers {

const QString HealthCheck::webPath = u"/health"_s;
const QString HealthCheck::streamingPath = u"/api/v1/streaming/health"_s;
const QString HealthCheck::instancePath = u"/api/v2/instance"_s;

namespace {
constexpr qint64 kMaxBody = 64 * 1024;
} // namespace

HealthCheck::HealthCheck(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

HealthCheck::~HealthCheck()
{
    cancel();
}

void HealthCheck::cancel()
{
    ++m_generation;
    const auto replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void HealthCheck::start(const QUrl &publicUrl, int timeoutMs)
{
    cancel();
    m_report = HealthReport{};
    m_report.base = publicUrl;
    m_report.at = QDateTime::currentDateTimeUtc();
    ask(&HealthReport::web, webPath, timeoutMs);
    ask(&HealthReport::streaming, streamingPath, timeoutMs);
    ask(&HealthReport::instance, instancePath, timeoutMs);
}

void HealthCheck::ask(HttpProbe HealthReport::*probe, const QString &path, int timeoutMs)
{
    QUrl url = m_report.base;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Steward health check"_s);
    (m_report.*probe).path = path;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_network->get(request);
    m_replies.append(reply);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, probe, timer, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_replies.removeAll(reply);
        HttpProbe &p = m_report.*probe;
        p.elapsedMs = timer->elapsed();
        p.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        p.body = reply->read(kMaxBody);
        if (p.status == 0)
            p.error = reply->errorString();
        if (m_replies.isEmpty())
            done();
    });
}

void HealthCheck::done()
{
    HealthReport &r = m_report;
    if (r.instance.ok()) {
        const QJsonObject instance = QJsonDocument::fromJson(r.instance.body).object();
        r.version = instance.value(u"version"_s).toString();
        r.maxCharacters = instance.value(u"configuration"_s)
                              .toObject()
                              .value(u"statuses"_s)
                              .toObject()
                              .value(u"max_characters"_s)
                              .toInt();
    }
    r.maintenance = r.web.status == 503 && r.instance.status == 503;
    emit finished(r);
}

} // namespace Steward::Servers
