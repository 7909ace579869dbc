// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/proberunner.h"

#include "core/ssh/command.h"
#include "core/ssh/session.h"
#include "core/tr.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Steward::Runbook {

ProbeRunner::ProbeRunner(Ssh::Session *session, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_network(network)
{}

ProbeRunner::~ProbeRunner()
{
    for (const QPointer<QObject> &job : std::as_const(m_jobs)) {
        if (auto *command = qobject_cast<Ssh::Command *>(job.data()))
            command->cancel();
        if (auto *reply = qobject_cast<QNetworkReply *>(job.data()))
            reply->abort();
    }
}

QList<Probe> ProbeRunner::probesOf(const Context &context,
                                   const QList<std::shared_ptr<const Check>> &checks)
{
    QList<Probe> probes;
    for (const auto &check : checks)
        probes += check->probes(context);
    return probes;
}

QList<CheckRecord> ProbeRunner::evaluate(const Context &context,
                                         const QList<std::shared_ptr<const Check>> &checks,
                                         const QList<ProbeResult> &results)
{
    QList<CheckRecord> records;
    qsizetype at = 0;
    for (const auto &check : checks) {
        const qsizetype count = check->probes(context).size();
        const CheckResult r = check->evaluate(context, results.mid(at, count));
        at += count;
        CheckRecord record;
        record.name = check->name();
        record.title = check->title(context);
        record.evidenceName = check->evidenceName(context);
        record.passed = r.passed;
        record.message = r.message;
        record.evidence = r.evidence;
        records.append(record);
    }
    return records;
}

void ProbeRunner::start(const Context &context, const QList<Probe> &probes, int timeoutMs)
{
    m_results = QList<ProbeResult>(probes.size());
    m_done = QList<bool>(probes.size(), false);
    m_pending = int(probes.size());
    if (probes.isEmpty()) {
        QMetaObject::invokeMethod(this, &ProbeRunner::finished, Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < probes.size(); ++i) {
        const Probe &probe = probes.at(i);
        switch (probe.kind) {
        case Probe::Kind::Remote: {
            if (!m_session) {
                ProbeResult r;
                r.error = Core::Tr::tr("Not connected to the server.");
                QMetaObject::invokeMethod(this, [this, i, r] { done(i, r); }, Qt::QueuedConnection);
                break;
            }
            Ssh::CommandOptions options;
            options.timeoutMs = timeoutMs;
            Ssh::Command *command = probe.directory.isEmpty()
                                        ? m_session->run(probe.argv, options, this)
                                        : m_session->runIn(probe.directory,
                                                           probe.argv,
                                                           options,
                                                           this);
            m_jobs.append(command);
            auto out = std::make_shared<QByteArray>();
            auto err = std::make_shared<QByteArray>();
            connect(command, &Ssh::Command::stdoutReceived, this, [out](const QByteArray &d) {
                if (out->size() < 4 * 1024 * 1024)
                    *out += d;
            });
            connect(command, &Ssh::Command::stderrReceived, this, [err](const QByteArray &d) {
                if (err->size() < 1024 * 1024)
                    *err += d;
            });
            connect(command,
                    &Ssh::Command::finished,
                    this,
                    [this, i, out, err, command](int code, const QString &signal) {
                        ProbeResult r;
                        r.exitCode = code;
                        r.out = *out;
                        r.err = *err;
                        if (!signal.isEmpty())
                            r.error = Core::Tr::tr("killed by signal %1").arg(signal);
                        command->deleteLater();
                        done(i, r);
                    });
            connect(command, &Ssh::Command::failed, this, [this, i, command](const QString &message) {
                ProbeResult r;
                r.error = message;
                command->deleteLater();
                done(i, r);
            });
            break;
        }
        case Probe::Kind::Http: {
            QString base = context.server.publicUrl;
            while (base.endsWith(u'/'))
                base.chop(1);
            QNetworkRequest request(QUrl(base + probe.path));
            request.setTransferTimeout(std::min(timeoutMs, 30000));
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
            request.setRawHeader("User-Agent", "Steward runbook check");
            QNetworkReply *reply = m_network->get(request);
            m_jobs.append(reply);
            connect(reply, &QNetworkReply::finished, this, [this, i, reply] {
                ProbeResult r;
                r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                r.body = reply->read(64 * 1024);
                if (r.httpStatus == 0)
                    r.error = reply->errorString();
                reply->deleteLater();
                done(i, r);
            });
            break;
        }
        case Probe::Kind::LocalFile: {
            ProbeResult r;
            QFile f(probe.file);
            if (!f.open(QIODevice::ReadOnly)) {
                r.error = f.errorString();
            } else if (f.size() > 16 * 1024 * 1024) {
                r.error = Core::Tr::tr("larger than 16 MiB");
            } else {
                r.out = f.readAll();
                r.exitCode = 0;
            }
            QMetaObject::invokeMethod(this, [this, i, r] { done(i, r); }, Qt::QueuedConnection);
            break;
        }
        }
    }
}

void ProbeRunner::done(qsizetype index, const ProbeResult &result)
{
    if (index >= m_done.size() || m_done.at(index))
        return;
    m_done[index] = true;
    m_results[index] = result;
    if (--m_pending == 0)
        emit finished();
}

} // namespace Steward::Runbook
