// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/ansiblereport.h"

#include "core/compose/composediff.h"
#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Steward::Runbook {

bool AnsibleReport::succeeded() const
{
    if (recap.isEmpty())
        return false;
    for (const Recap &r : recap) {
        if (r.failures > 0 || r.unreachable > 0)
            return false;
    }
    return true;
}

int AnsibleReport::changedCount() const
{
    int n = 0;
    for (const Recap &r : recap)
        n += r.changed;
    return n;
}

namespace {

QString diffText(const QJsonValue &value)
{
    QStringList parts;
    const QJsonArray diffs = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &v : diffs) {
        const QJsonObject d = v.toObject();
        if (d.contains(u"prepared"_s)) {
            parts.append(d.value(u"prepared"_s).toString());
            continue;
        }
        if (!d.contains(u"before"_s) && !d.contains(u"after"_s))
            continue;
        const QByteArray before = d.value(u"before"_s).toString().toUtf8();
        const QByteArray after = d.value(u"after"_s).toString().toUtf8();
        const QString patch
            = Compose::unifiedPatch(before,
                                    after,
                                    d.value(u"before_header"_s).toString(u"before"_s),
                                    d.value(u"after_header"_s).toString(u"after"_s));
        if (!patch.isEmpty())
            parts.append(patch);
    }
    return parts.join(u'\n');
}

} // namespace

Result<AnsibleReport> AnsibleReport::parse(const QByteArray &output)
{
    const qsizetype start = output.indexOf("\n{");
    const QByteArray json = output.startsWith('{')
                                ? output
                                : (start >= 0 ? output.mid(start + 1) : QByteArray());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Core::Tr::tr("ansible-playbook's output is not its JSON report: %1")
                         .arg(error.errorString())};
    AnsibleReport report;
    const QJsonObject root = doc.object();
    for (const QJsonValue &p : root.value(u"plays"_s).toArray()) {
        const QJsonObject play = p.toObject();
        const QString playName = play.value(u"play"_s).toObject().value(u"name"_s).toString();
        for (const QJsonValue &t : play.value(u"tasks"_s).toArray()) {
            const QJsonObject task = t.toObject();
            const QString taskName = task.value(u"task"_s).toObject().value(u"name"_s).toString();
            const QJsonObject hosts = task.value(u"hosts"_s).toObject();
            for (auto it = hosts.begin(); it != hosts.end(); ++it) {
                const QJsonObject h = it.value().toObject();
                TaskResult r;
                r.play = playName;
                r.task = taskName;
                r.host = it.key();
                r.status = h.value(u"unreachable"_s).toBool() ? u"unreachable"_s
                           : h.value(u"failed"_s).toBool()    ? u"failed"_s
                           : h.value(u"skipped"_s).toBool()   ? u"skipped"_s
                           : h.value(u"changed"_s).toBool()   ? u"changed"_s
                                                              : u"ok"_s;
                r.message = h.value(u"msg"_s).toString();
                if (h.contains(u"diff"_s))
                    r.diff = diffText(h.value(u"diff"_s));
                report.results.append(r);
            }
        }
    }
    const QJsonObject stats = root.value(u"stats"_s).toObject();
    for (auto it = stats.begin(); it != stats.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        Recap r;
        r.host = it.key();
        r.ok = s.value(u"ok"_s).toInt();
        r.changed = s.value(u"changed"_s).toInt();
        r.failures = s.value(u"failures"_s).toInt();
        r.unreachable = s.value(u"unreachable"_s).toInt();
        r.skipped = s.value(u"skipped"_s).toInt();
        report.recap.append(r);
    }
    return report;
}

QString AnsibleReport::toText() const
{
    QString text;
    QString play;
    for (const TaskResult &r : results) {
        if (r.play != play) {
            play = r.play;
            text += u"PLAY ["_s + play + u"]\n"_s;
        }
        text += u"TASK ["_s + r.task + u"] "_s + r.host + u": "_s + r.status;
        if (!r.message.isEmpty() && r.status != u"ok" && r.status != u"changed")
            text += u" — "_s + r.message;
        text += u'\n';
        if (!r.diff.isEmpty())
            text += r.diff + (r.diff.endsWith(u'\n') ? QString() : u"\n"_s);
    }
    text += u"PLAY RECAP\n"_s;
    for (const Recap &r : recap)
        text += u"%1 ok=%2 changed=%3 unreachable=%4 failed=%5 skipped=%6\n"_s.arg(r.host)
                    .arg(r.ok)
                    .arg(r.changed)
                    .arg(r.unreachable)
                    .arg(r.failures)
                    .arg(r.skipped);
    return text;
}

} // namespace Steward::Runbook
