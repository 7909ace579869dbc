// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/transcript.h"

#include "core/runbook/steps.h"
#include "core/tr.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Steward::Runbook {

bool Redactor::isSecretKey(const QString &key)
{
    static const QRegularExpression re(u"SECRET|KEY|PASS|TOKEN|OTP|VAPID|PRIVATE|CREDENTIAL"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

void Redactor::addSecret(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() < 4 || m_secrets.contains(v))
        return;
    m_secrets.append(v);
    std::sort(m_secrets.begin(), m_secrets.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
}

void Redactor::addEnvFile(const QByteArray &env)
{
    for (const QByteArray &raw : env.split('\n')) {
        QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u"export "_s))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2
            && ((value.startsWith(u'"') && value.endsWith(u'"'))
                || (value.startsWith(u'\'') && value.endsWith(u'\''))))
            value = value.mid(1, value.size() - 2);
        if (isSecretKey(key))
            addSecret(value);
    }
}

QString Redactor::apply(const QString &text) const
{
    QString out = text;
    for (const QString &s : m_secrets)
        out.replace(s, replacement.toString());
    return out;
}

QByteArray Redactor::apply(const QByteArray &text) const
{
    QByteArray out = text;
    const QByteArray r = replacement.toString().toUtf8();
    for (const QString &s : m_secrets)
        out.replace(s.toUtf8(), r);
    return out;
}

QString outputKey(const QString &step, int attempt)
{
    return step + u'#' + QString::number(attempt);
}

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : u"–"_s;
}

// A fenced block long enough for what it holds.
QString fence(const QString &text, const QString &info = {})
{
    QString ticks = u"```"_s;
    while (text.contains(ticks))
        ticks += u'`';
    QString body = text;
    if (!body.endsWith(u'\n'))
        body += u'\n';
    return ticks + info + u'\n' + body + ticks + u'\n';
}

QString indent(const QString &text, int spaces)
{
    const QString pad(spaces, u' ');
    QStringList lines = text.split(u'\n');
    for (QString &l : lines) {
        if (!l.isEmpty())
            l = pad + l;
    }
    return lines.join(u'\n');
}

QString checkLines(const QList<CheckRecord> &checks)
{
    QString out;
    for (const CheckRecord &c : checks) {
        out += u"  - "_s + (c.passed ? u"✔ "_s : u"✘ "_s) + u"**"_s + c.title + u"**: "_s
               + c.message + u" ("_s + Core::Tr::tr("evidence: %1").arg(c.evidenceName) + u")\n"_s;
        if (!c.evidence.isEmpty())
            out += indent(fence(c.evidence), 4);
    }
    return out;
}

QString eventDetail(const Event &e)
{
    QStringList parts;
    if (e.attempt > 0)
        parts.append(Core::Tr::tr("attempt %1").arg(e.attempt));
    if (e.fields.contains(u"exit"_s))
        parts.append(Core::Tr::tr("exit %1").arg(e.integer(u"exit"_s)));
    if (e.fields.contains(u"passed"_s))
        parts.append(e.boolean(u"passed"_s) ? Core::Tr::tr("passed") : Core::Tr::tr("failed"));
    for (const QString &key : {u"by"_s,
                               u"reason"_s,
                               u"message"_s,
                               u"url"_s,
                               u"target"_s,
                               u"sha256"_s,
                               u"branch"_s,
                               u"commit"_s,
                               u"from"_s}) {
        const QString v = e.string(key);
        if (!v.isEmpty())
            parts.append(key + u": "_s + v);
    }
    return parts.join(u"; "_s).replace(u'|', u'/').replace(u'\n', u' ');
}

} // namespace

QString Transcript::toMarkdown(const Runbook &book,
                               const RunState &state,
                               const RunOutputs &outputs,
                               const Redactor &redactor)
{
    QString md;
    const QJsonObject &c = state.created;
    md += u"# "_s + book.title + u" — "_s + c.value(u"server"_s).toString() + u"\n\n"_s;
    md += u"- "_s + Core::Tr::tr("Run: `%1` (runbook `%2`)").arg(state.runId, book.id) + u'\n';
    md += u"- "_s
          + Core::Tr::tr("Started: %1 by %2")
                .arg(timeText(state.createdAt), c.value(u"by"_s).toString())
          + u'\n';
    QString outcome;
    if (state.done)
        outcome = Core::Tr::tr("done at %1").arg(timeText(state.endedAt));
    else if (state.stopped)
        outcome = Core::Tr::tr("stopped at %1 by %2: %3")
                      .arg(timeText(state.endedAt), state.stoppedBy, state.stopReason);
    else
        outcome = Core::Tr::tr("in progress (%1)").arg(state.statusName());
    md += u"- "_s + Core::Tr::tr("Outcome: %1").arg(outcome) + u'\n';
    const QJsonObject params = c.value(u"parameters"_s).toObject();
    if (!params.isEmpty()) {
        md += u"- "_s + Core::Tr::tr("Parameters:") + u'\n';
        for (const Parameter &p : book.parameters) {
            if (p.secret)
                md += u"  - `"_s + p.name + u"`: "_s + Core::Tr::tr("(secret, not recorded)")
                      + u'\n';
            else if (params.contains(p.name))
                md += u"  - `"_s + p.name + u"` = `"_s + params.value(p.name).toString() + u"`\n"_s;
        }
    }
    if (c.contains(u"dir"_s))
        md += u"- "_s + Core::Tr::tr("On the server: `%1`").arg(c.value(u"dir"_s).toString())
              + u'\n';
    md += u'\n';

    for (qsizetype i = 0; i < book.steps.size(); ++i) {
        const Step &step = book.steps.at(i);
        const StepState &s = state.steps.value(i);
        md += u"## "_s + QString::number(i + 1) + u". "_s + step.title + u" — "_s
              + StepState::statusText(s.status) + u"\n\n"_s;
        md += u"`"_s + step.id + u"` ("_s + step.type + u")\n\n"_s;
        for (int n : s.events) {
            const auto it = std::find_if(state.events.cbegin(),
                                         state.events.cend(),
                                         [n](const Event &e) { return e.n == n; });
            if (it == state.events.cend())
                continue;
            const Event &e = *it;
            const QString when = timeText(e.time);
            if (e.type == u"started") {
                md += u"- "_s
                      + Core::Tr::tr("Attempt %1 started %2 by %3")
                            .arg(e.attempt)
                            .arg(when, e.string(u"by"_s))
                      + u'\n';
                if (const QString cmd = e.string(u"command"_s); !cmd.isEmpty())
                    md += indent(fence(cmd, u"sh"_s), 2);
            } else if (e.type == u"finished") {
                md += u"- "_s
                      + Core::Tr::tr("Attempt %1 finished %2 with exit status %3")
                            .arg(e.attempt)
                            .arg(when)
                            .arg(e.integer(u"exit"_s));
                if (const QString m = e.string(u"message"_s); !m.isEmpty())
                    md += u": "_s + m;
                md += u'\n';
                const QByteArray out = outputs.value(outputKey(step.id, e.attempt));
                if (!out.isEmpty())
                    md += indent(fence(QString::fromUtf8(out)), 2);
            } else if (e.type == u"gate" || e.type == u"verify") {
                md += u"- "_s
                      + (e.type == u"gate" ? Core::Tr::tr("Gate, %1: %2")
                                           : Core::Tr::tr("Verification, %1: %2"))
                            .arg(when,
                                 e.boolean(u"passed"_s) ? Core::Tr::tr("passed")
                                                        : Core::Tr::tr("failed"))
                      + u'\n';
                QList<CheckRecord> records;
                for (const QJsonValue &v : e.fields.value(u"checks"_s).toArray())
                    records.append(CheckRecord::fromJson(v.toObject()));
                md += checkLines(records);
            } else if (e.type == u"approved") {
                md += u"- "_s + Core::Tr::tr("Approved %1 by %2").arg(when, e.string(u"by"_s));
                if (const QString r = e.string(u"reason"_s); !r.isEmpty())
                    md += u": "_s + r;
                md += u'\n';
            } else if (e.type == u"override") {
                md += u"- "_s
                      + Core::Tr::tr("Overridden %1 by %2: %3")
                            .arg(when, e.string(u"by"_s), e.string(u"reason"_s))
                      + u'\n';
            } else if (e.type == u"skipped") {
                md += u"- "_s
                      + Core::Tr::tr("Skipped %1 by %2: %3")
                            .arg(when, e.string(u"by"_s), e.string(u"reason"_s))
                      + u'\n';
            } else if (e.type == u"abandoned") {
                md += u"- "_s
                      + Core::Tr::tr("Attempt %1 interrupted (%2): %3")
                            .arg(e.attempt)
                            .arg(when, e.string(u"reason"_s))
                      + u'\n';
            } else if (e.type == u"rerun") {
                md += u"- "_s
                      + Core::Tr::tr("Run again %1 by %2: %3")
                            .arg(when, e.string(u"by"_s), e.string(u"reason"_s))
                      + u'\n';
            } else if (e.type == u"uploaded") {
                md += u"- "_s
                      + Core::Tr::tr("Uploaded %1 (SHA-256 %2, %3 bytes)")
                            .arg(e.string(u"target"_s), e.string(u"sha256"_s))
                            .arg(e.integer(u"bytes"_s))
                      + u'\n';
            } else if (e.type == u"committed") {
                md += u"- "_s
                      + Core::Tr::tr("Committed %1 on %2 (%3)%4")
                            .arg(e.string(u"path"_s),
                                 e.string(u"branch"_s),
                                 e.string(u"commit"_s),
                                 e.boolean(u"pushed"_s) ? Core::Tr::tr(", pushed") : QString())
                      + u'\n';
            } else if (e.type == u"posted") {
                md += u"- "_s
                      + Core::Tr::tr("Announcement %1: %2").arg(when, e.string(u"message"_s))
                      + u'\n';
                if (const QString text = e.string(u"text"_s); !text.isEmpty())
                    md += indent(fence(text), 2);
            } else {
                md += u"- "_s + e.type + u' ' + when + u": "_s + eventDetail(e) + u'\n';
            }
        }
        if (s.events.isEmpty())
            md += u"- "_s + Core::Tr::tr("Not run.") + u'\n';
        md += u'\n';
    }

    md += u"## "_s + Core::Tr::tr("Journal") + u"\n\n"_s;
    md += u"| # | "_s + Core::Tr::tr("time") + u" | "_s + Core::Tr::tr("event") + u" | "_s
          + Core::Tr::tr("step") + u" | "_s + Core::Tr::tr("detail")
          + u" |\n|---|---|---|---|---|\n"_s;
    for (const Event &e : state.events)
        md += u"| "_s + QString::number(e.n) + u" | "_s + timeText(e.time) + u" | "_s + e.type
              + u" | "_s + e.step + u" | "_s + eventDetail(e) + u" |\n"_s;
    return redactor.apply(md);
}

} // namespace Steward::Runbook
