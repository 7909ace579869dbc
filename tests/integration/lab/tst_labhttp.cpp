// SPDX-License-Identifier: GPL-3.0-or-later
// The lab's web front (lab/shims/labhttp.py) over real HTTP with QNetworkAccessManager, as Steward's
// health check and the announcement will reach it: starts lab/steward-lab in a temporary STEWARD_LAB_DIR,
// finds the front at the inventory entry's public URL, and checks /health, the streaming health and
// /api/v2/instance against the compose state (502 while a service is stopped, the running web image's
// version), the maintenance page, and the statuses stand-in (token, Idempotency-Key, scheduled_at, the
// character limit, the rate-limit fault) with what it records. The compose state is changed with the
// lab's own shims, run here with the lab's bin/ first on PATH.
#include "labfixture.h"

#include <QDateTime>
#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Steward;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString error;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QByteArray describe() const
    {
        return "HTTP " + QByteArray::number(status) + ' ' + error.toUtf8() + '\n' + body.left(400);
    }
};

using Header = std::pair<QByteArray, QByteArray>;

} // namespace

class TestLabHttp : public QObject
{
    Q_OBJECT

private:
    Test::LabFixture m_lab{
        {{u"STEWARD_LAB_ACCOUNTS"_s, u"200"_s}, {u"STEWARD_LAB_STATUSES"_s, u"2000"_s}}};
    QUrl m_base;
    QByteArray m_token;
    QNetworkAccessManager m_network;

    QString composeDir() const { return m_lab.dir() + u"/opt/mastodon"_s; }
    QString maintenanceFile() const { return composeDir() + u"/maintenance"_s; }
    QString postsFile() const { return m_lab.dir() + u"/http/statuses.jsonl"_s; }
    Test::LabFixture::Run lab(const QStringList &args) { return m_lab.lab(args); }
    // `docker compose …` through the lab's shims, on the lab's compose project.
    Test::LabFixture::Run compose(const QStringList &args)
    {
        return m_lab.local(m_lab.dir() + u"/bin/docker"_s,
                           QStringList{u"compose"_s, u"--project-directory"_s, composeDir()} + args);
    }

    Answer send(const QByteArray &verb,
                const QString &path,
                const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                const QByteArray &body = {},
                QHttpMultiPart *multipart = nullptr)
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setTransferTimeout(20000);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = multipart ? m_network.post(request, multipart)
                                         : m_network.sendCustomRequest(request, verb, body);
        if (multipart)
            multipart->setParent(reply);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Answer a;
        if (!reply->isFinished() && !finished.wait(30000)) {
            a.error = u"no answer"_s;
            reply->abort();
        }
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            a.headers.insert(name.toLower(), value);
        if (a.status == 0)
            a.error = reply->errorString();
        reply->deleteLater();
        return a;
    }
    Answer get(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", path, headers);
    }
    QList<std::pair<QByteArray, QByteArray>> auth(const QByteArray &token) const
    {
        return {{"Authorization", "Bearer " + token}};
    }
    // A form post of /api/v1/statuses with the lab's token, as curl --data-urlencode would send it.
    using Form = QList<std::pair<QString, QString>>;
    Answer post(const Form &form, const QByteArray &idempotencyKey = {})
    {
        QList<std::pair<QByteArray, QByteArray>> headers = auth(m_token);
        headers.append(Header("Content-Type", "application/x-www-form-urlencoded"));
        if (!idempotencyKey.isEmpty())
            headers.append(Header("Idempotency-Key", idempotencyKey));
        QByteArray body;
        for (const auto &[name, value] : form) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        return send("POST", u"/api/v1/statuses"_s, headers, body);
    }
    static Form form(const QString &status) { return {{u"status"_s, status}}; }
    QList<QJsonObject> posts() const
    {
        QList<QJsonObject> list;
        QFile f(postsFile());
        if (!f.open(QIODevice::ReadOnly))
            return list;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                list.append(QJsonDocument::fromJson(line).object());
        }
        return list;
    }
    void setMaintenance(bool on)
    {
        if (on) {
            QFile f(maintenanceFile());
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else {
            QFile::remove(maintenanceFile());
        }
    }
    static bool isNginxPage(const Answer &a, int code)
    {
        return a.header("Server") == "nginx" && a.header("Content-Type").startsWith("text/html")
               && a.body.contains(QByteArray("<center><h1>" + QByteArray::number(code) + ' '))
               && a.body.contains("<hr><center>nginx</center>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        QVERIFY2(m_lab.start(), qPrintable(m_lab.error()));
        // The front is the server's public URL in the lab's inventory entry.
        m_base = QUrl(m_lab.server().publicUrl);
        QCOMPARE(m_base.scheme(), u"http"_s);
        QCOMPARE(m_base.host(), u"127.0.0.1"_s);
        QCOMPARE(QString::number(m_base.port()), m_lab.env(u"LAB_HTTP_PORT"_s));
        QFile token(m_lab.dir() + u"/http/token"_s);
        QVERIFY(token.open(QIODevice::ReadOnly));
        m_token = token.readAll().trimmed();
        QVERIFY(m_token.size() >= 32);
        // status prints both.
        const auto r = lab({u"status"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(
                     QRegularExpression(u"^http +up +"_s
                                            + QRegularExpression::escape(m_base.toString()),
                                        QRegularExpression::MultilineOption)),
                 qPrintable(r.out));
        // Where the token is, never its value.
        QVERIFY2(r.out.contains(u"api token:   in "_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QString::fromUtf8(m_token)), qPrintable(r.out));
    }

    void cleanupTestCase() { m_lab.stop(); }

    // A failed check must not leave the maintenance page or a fault on, or a service stopped.
    void cleanup()
    {
        QFile::remove(maintenanceFile());
        m_lab.clearFaults();
    }

    void startAgainKeepsTheFront()
    {
        const auto r = lab({u"start"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(m_base.toString()));
        QCOMPARE(get(u"/health"_s).status, 200);
        const auto status = lab({u"status"_s});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains(m_base.toString()));
    }

    void health_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("web") << u"/health"_s << QByteArray("text/plain; charset=utf-8");
        QTest::newRow("streaming") << u"/api/v1/streaming/health"_s << QByteArray("text/plain");
    }
    void health()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        const Answer a = get(path);
        QVERIFY2(a.status == 200, a.describe());
        QCOMPARE(a.body, QByteArray("OK"));
        QCOMPARE(a.header("Content-Type"), contentType);
        QCOMPARE(a.header("Server"), QByteArray("nginx"));
    }

    void instanceIsTheRunningVersion()
    {
        const Answer a = get(u"/api/v2/instance"_s);
        QVERIFY2(a.status == 200, a.describe());
        QCOMPARE(a.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        const QJsonObject o = a.json();
        QCOMPARE(o.value(u"domain"_s).toString(), u"lab.invalid"_s);
        QCOMPARE(o.value(u"version"_s).toString(), u"4.2.10"_s);
        const auto tootctl = compose({u"exec"_s, u"web"_s, u"tootctl"_s, u"version"_s});
        QCOMPARE(tootctl.out.trimmed(), o.value(u"version"_s).toString());
        const QJsonObject statuses
            = o.value(u"configuration"_s).toObject().value(u"statuses"_s).toObject();
        QCOMPARE(statuses.value(u"max_characters"_s).toInt(), 500);
        QCOMPARE(statuses.value(u"characters_reserved_per_url"_s).toInt(), 23);
        QVERIFY(o.value(u"contact"_s).toObject().value(u"account"_s).isObject());
        QVERIFY(
            o.value(u"usage"_s).toObject().value(u"users"_s).toObject().contains(u"active_month"_s));
        QVERIFY(!o.contains(u"api_versions"_s)); // 4.3's
        // Anything else of the web service is Rails' JSON 404.
        const Answer missing = get(u"/api/v1/nothing-here"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(u"error"_s).toString(), u"Record not found"_s);
    }

    // nginx answers 502 with its own page for a service whose container is not running.
    void stoppedServiceIsBadGateway()
    {
        auto r = compose({u"stop"_s, u"web"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &path : {u"/health"_s, u"/api/v2/instance"_s}) {
            const Answer a = get(path);
            QCOMPARE(a.status, 502);
            QVERIFY2(isNginxPage(a, 502), a.describe());
        }
        QCOMPARE(get(u"/api/v1/streaming/health"_s).status, 200); // streaming is its own container
        r = compose({u"start"_s, u"web"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(get(u"/health"_s).status, 200);

        r = compose({u"stop"_s, u"streaming"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Answer streaming = get(u"/api/v1/streaming/health"_s);
        QCOMPARE(streaming.status, 502);
        QVERIFY2(isNginxPage(streaming, 502), streaming.describe());
        QCOMPARE(get(u"/health"_s).status, 200);
        r = compose({u"up"_s, u"-d"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(get(u"/api/v1/streaming/health"_s).status, 200);

        // Scaled to nothing is stopped too.
        r = compose({u"scale"_s, u"web=0"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(get(u"/health"_s).status, 502);
        r = compose({u"scale"_s, u"web=1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(get(u"/health"_s).status, 200);
    }

    void maintenancePage_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::newRow("health") << QByteArray("GET") << u"/health"_s;
        QTest::newRow("streaming") << QByteArray("GET") << u"/api/v1/streaming/health"_s;
        QTest::newRow("instance") << QByteArray("GET") << u"/api/v2/instance"_s;
        QTest::newRow("home") << QByteArray("GET") << u"/"_s;
        QTest::newRow("credentials")
            << QByteArray("GET") << u"/api/v1/accounts/verify_credentials"_s;
        QTest::newRow("post") << QByteArray("POST") << u"/api/v1/statuses"_s;
    }
    void maintenancePage()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        const qsizetype before = posts().size();
        setMaintenance(true);
        Answer a = send(verb, path, auth(m_token), "status=during+maintenance");
        QCOMPARE(a.status, 503);
        QCOMPARE(a.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY2(a.body.contains("<title>Down for maintenance - lab.invalid</title>"), a.describe());
        QCOMPARE(posts().size(), before);
        // Even with web stopped (the usual state during an upgrade), the page is what answers.
        QVERIFY(compose({u"stop"_s, u"web"_s}).exitCode == 0);
        QCOMPARE(send(verb, path, auth(m_token)).status, 503);
        QVERIFY(compose({u"start"_s, u"web"_s}).exitCode == 0);
        setMaintenance(false);
        a = send(verb, path, auth(m_token), verb == "POST" ? "status=after+maintenance" : "");
        QVERIFY2(a.status == 200 || (path == u"/"_s && a.status == 404), a.describe());
    }

    void verifyCredentials_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::newRow("none") << QByteArray() << 401;
        QTest::newRow("wrong") << QByteArray("Bearer not-the-token") << 401;
        QTest::newRow("not bearer") << QByteArray("Basic YWRtaW46YWRtaW4=") << 401;
        QTest::newRow("token") << QByteArray("Bearer ") << 200; // + the lab's token
    }
    void verifyCredentials()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        if (authorization == "Bearer ")
            authorization += m_token;
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append(Header("Authorization", authorization));
        const Answer a = get(u"/api/v1/accounts/verify_credentials"_s, headers);
        QVERIFY2(a.status == status, a.describe());
        if (status == 401) {
            QCOMPARE(a.json().value(u"error"_s).toString(), u"The access token is invalid"_s);
            QVERIFY(a.header("WWW-Authenticate").startsWith("Bearer realm=\"Doorkeeper\""));
            return;
        }
        const QJsonObject o = a.json();
        QCOMPARE(o.value(u"username"_s).toString(), u"admin"_s);
        QCOMPARE(o.value(u"acct"_s).toString(), u"admin"_s);
        QVERIFY(!o.value(u"id"_s).toString().isEmpty());
        QCOMPARE(o.value(u"source"_s).toObject().value(u"privacy"_s).toString(), u"public"_s);
        QVERIFY(o.value(u"role"_s).isObject());
    }

    void postNeedsTheToken()
    {
        const qsizetype before = posts().size();
        Answer a = send("POST",
                        u"/api/v1/statuses"_s,
                        {{"Authorization", "Bearer wrong"},
                         {"Content-Type", "application/x-www-form-urlencoded"}},
                        "status=hello");
        QCOMPARE(a.status, 401);
        QCOMPARE(a.json().value(u"error"_s).toString(), u"The access token is invalid"_s);
        a = send("POST", u"/api/v1/statuses"_s, {}, "status=hello");
        QCOMPARE(a.status, 401);
        QCOMPARE(posts().size(), before);
    }

    void postIsIdempotent()
    {
        const qsizetype before = posts().size();
        const QByteArray key = "steward-upgrade-"
                               + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QString text
            = u"Maintenance tonight: upgrading to 4.3.0 (about 30 minutes).\n\nThanks!"_s;
        const Answer first = post(form(text), key);
        QVERIFY2(first.status == 200, first.describe());
        const QJsonObject status = first.json();
        const QString id = status.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(status.value(u"visibility"_s).toString(), u"public"_s);
        QCOMPARE(
            status.value(u"content"_s).toString(),
            u"<p>Maintenance tonight: upgrading to 4.3.0 (about 30 minutes).</p><p>Thanks!</p>"_s);
        QCOMPARE(status.value(u"account"_s).toObject().value(u"username"_s).toString(), u"admin"_s);
        QVERIFY(QDateTime::fromString(status.value(u"created_at"_s).toString(), Qt::ISODateWithMs)
                    .isValid());
        QCOMPARE(first.header("X-RateLimit-Limit"), QByteArray("300"));
        QList<QJsonObject> recorded = posts();
        QCOMPARE(recorded.size(), before + 1);
        QCOMPARE(recorded.last().value(u"text"_s).toString(), text);
        QCOMPARE(recorded.last().value(u"idempotency_key"_s).toString(), QString::fromUtf8(key));

        // A retry with the same key (the connection dropped before the answer): the same status, no post.
        const Answer retry = post(form(u"something else entirely"_s), key);
        QVERIFY2(retry.status == 200, retry.describe());
        QCOMPARE(retry.json().value(u"id"_s).toString(), id);
        QCOMPARE(retry.json().value(u"content"_s), status.value(u"content"_s));
        QCOMPARE(posts().size(), before + 1);
        // Another key is another post; so is no key at all.
        const Answer other = post(form(text), key + "-2");
        QVERIFY2(other.status == 200, other.describe());
        QVERIFY(other.json().value(u"id"_s).toString() != id);
        QVERIFY(post(form(text)).status == 200);
        QCOMPARE(posts().size(), before + 3);
    }

    void postBodies()
    {
        const qsizetype before = posts().size();
        // JSON, as most clients send it.
        QList<std::pair<QByteArray, QByteArray>> headers = auth(m_token);
        headers.append(Header("Content-Type", "application/json"));
        Answer a = send("POST",
                        u"/api/v1/statuses"_s,
                        headers,
                        R"({"status":"JSON ü <b>","visibility":"unlisted","language":"de"})");
        QVERIFY2(a.status == 200, a.describe());
        QCOMPARE(a.json().value(u"visibility"_s).toString(), u"unlisted"_s);
        QCOMPARE(a.json().value(u"language"_s).toString(), u"de"_s);
        QCOMPARE(a.json().value(u"content"_s).toString(), u"<p>JSON ü &lt;b&gt;</p>"_s);
        // multipart/form-data, as QHttpMultiPart (and curl -F) send it.
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, u"form-data; name=\"status\""_s);
        part.setBody("multipart body");
        multipart->append(part);
        a = send("POST", u"/api/v1/statuses"_s, auth(m_token), {}, multipart);
        QVERIFY2(a.status == 200, a.describe());
        QCOMPARE(a.json().value(u"content"_s).toString(), u"<p>multipart body</p>"_s);
        QCOMPARE(posts().size(), before + 2);
        // Malformed JSON is Rails' 400.
        a = send("POST", u"/api/v1/statuses"_s, headers, "{\"status\":");
        QCOMPARE(a.status, 400);
        QCOMPARE(posts().size(), before + 2);
    }

    void postLength_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        const QString url = u"https://social.coop/"_s + QString(120, u'u'); // counts as 23
        QTest::newRow("500") << QString(500, u'a') << 200;
        QTest::newRow("501") << QString(501, u'a') << 422;
        QTest::newRow("476 and a URL") << QString(476, u'a') + u' ' + url << 200;
        QTest::newRow("477 and a URL") << QString(477, u'a') + u' ' + url << 422;
        QTest::newRow("500 accented") << QString(500, u'é') << 200;
        QTest::newRow("empty") << QString() << 422;
        QTest::newRow("blank") << u"  \n "_s << 422;
    }
    void postLength()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        const qsizetype before = posts().size();
        const Answer a = post(form(text));
        QVERIFY2(a.status == status, a.describe());
        if (status == 422) {
            const QString error = a.json().value(u"error"_s).toString();
            QCOMPARE(error,
                     text.trimmed().isEmpty()
                         ? u"Validation failed: Text can't be blank"_s
                         : u"Validation failed: Text character limit of 500 exceeded"_s);
            QCOMPARE(posts().size(), before);
        } else {
            QCOMPARE(posts().size(), before + 1);
        }
    }

    void postScheduled()
    {
        const qsizetype before = posts().size();
        QDateTime at = QDateTime::currentDateTimeUtc().addDays(1);
        at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
        Form q = form(u"Upgrade tomorrow"_s);
        q.append({u"scheduled_at"_s, at.toString(Qt::ISODate)});
        Answer a = post(q, "scheduled-1");
        QVERIFY2(a.status == 200, a.describe());
        QJsonObject o = a.json();
        QCOMPARE(o.value(u"params"_s).toObject().value(u"text"_s).toString(), u"Upgrade tomorrow"_s);
        QCOMPARE(QDateTime::fromString(o.value(u"scheduled_at"_s).toString(), Qt::ISODateWithMs),
                 at);
        QVERIFY(!o.contains(u"content"_s)); // a ScheduledStatus, not a Status
        QCOMPARE(posts().size(), before + 1);
        QVERIFY(posts().last().value(u"scheduled"_s).toBool());
        // The same key again: the same scheduled status.
        a = post(q, "scheduled-1");
        QCOMPARE(a.json().value(u"id"_s), o.value(u"id"_s));
        QCOMPARE(posts().size(), before + 1);
        // Less than five minutes ahead: posted now, as Mastodon does.
        q = form(u"Upgrade now"_s);
        q.append(
            {u"scheduled_at"_s, QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODate)});
        a = post(q);
        QVERIFY2(a.status == 200, a.describe());
        QCOMPARE(a.json().value(u"content"_s).toString(), u"<p>Upgrade now</p>"_s);
        // Too long and scheduled: a status is validated first, and Mastodon says only "Record invalid".
        q = form(QString(501, u'a'));
        q.append({u"scheduled_at"_s, at.toString(Qt::ISODate)});
        a = post(q);
        QCOMPARE(a.status, 422);
        QCOMPARE(a.json().value(u"error"_s).toString(), u"Record invalid"_s);
        // Not a time at all.
        q = form(u"when?"_s);
        q.append({u"scheduled_at"_s, u"tomorrow-ish"_s});
        QCOMPARE(post(q).status, 422);
        QCOMPARE(posts().size(), before + 2);
    }

    void postRateLimited()
    {
        const qsizetype before = posts().size();
        QCOMPARE(lab({u"fault"_s, u"rate-limit"_s, u"on"_s}).exitCode, 0);
        Answer a = post(form(u"throttled"_s), "throttled-1");
        QCOMPARE(a.status, 429);
        QCOMPARE(a.json().value(u"error"_s).toString(), u"Too many requests"_s);
        QCOMPARE(a.header("X-RateLimit-Limit"), QByteArray("300"));
        QCOMPARE(a.header("X-RateLimit-Remaining"), QByteArray("0"));
        const QDateTime reset = QDateTime::fromString(QString::fromLatin1(
                                                          a.header("X-RateLimit-Reset")),
                                                      Qt::ISODateWithMs);
        QVERIFY2(reset > QDateTime::currentDateTimeUtc(), a.header("X-RateLimit-Reset").constData());
        QCOMPARE(posts().size(), before);
        // Reading is not throttled.
        QCOMPARE(get(u"/api/v1/accounts/verify_credentials"_s, auth(m_token)).status, 200);
        QCOMPARE(lab({u"fault"_s, u"rate-limit"_s, u"off"_s}).exitCode, 0);
        // The retry with the same key goes through once the limit is lifted.
        a = post(form(u"throttled"_s), "throttled-1");
        QVERIFY2(a.status == 200, a.describe());
        QCOMPARE(posts().size(), before + 1);
        QCOMPARE(lab({u"faults"_s}).out.contains(u"rate-limit off"_s), true);
    }

    // After an upgrade the instance reports the new version, once `up -d` recreated web (not at pull).
    void versionFollowsTheUpgrade()
    {
        const QString upstream = QStringLiteral(STEWARD_SOURCE_DIR "/lab/mastodon/compose/");
        QFile::remove(composeDir() + u"/docker-compose.yml"_s);
        QVERIFY(QFile::copy(upstream + u"v4.3.0.docker-compose.yml"_s,
                            composeDir() + u"/docker-compose.yml"_s));
        QVERIFY(compose({u"pull"_s}).exitCode == 0);
        QCOMPARE(get(u"/api/v2/instance"_s).json().value(u"version"_s).toString(), u"4.2.10"_s);
        QVERIFY(compose({u"up"_s, u"-d"_s}).exitCode == 0);
        const Answer a = get(u"/api/v2/instance"_s);
        QVERIFY2(a.status == 200, a.describe());
        QCOMPARE(a.json().value(u"version"_s).toString(), u"4.3.0"_s);
        QCOMPARE(a.json().value(u"api_versions"_s).toObject().value(u"mastodon"_s).toInt(), 2);
        QCOMPARE(get(u"/api/v1/streaming/health"_s).status, 200); // 4.3's own streaming image
        // And back.
        QFile::remove(composeDir() + u"/docker-compose.yml"_s);
        QVERIFY(QFile::copy(upstream + u"v4.2.10.docker-compose.yml"_s,
                            composeDir() + u"/docker-compose.yml"_s));
        QVERIFY(compose({u"up"_s, u"-d"_s}).exitCode == 0);
        QCOMPARE(get(u"/api/v2/instance"_s).json().value(u"version"_s).toString(), u"4.2.10"_s);
    }

    void stopStopsTheFront()
    {
        const auto r = lab({u"stop"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, quint16(m_base.port()));
        QVERIFY(!socket.waitForConnected(2000));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
        QCOMPARE(get(u"/health"_s).status, 0);
        // And start brings it back on the same port.
        const auto again = lab({u"start"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QCOMPARE(get(u"/health"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestLabHttp)
#include "tst_labhttp.moc"
