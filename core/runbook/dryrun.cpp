// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/dryrun.h"

#include "core/runbook/announcement.h"
#include "core/runbook/remoterun.h"
#include "core/runbook/steps.h"
#include "core/tr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Steward::Runbook {

Result<DryRun> DryRun::make(const Runbook &book,
                            const Server &server,
                            const QHash<QString, QString> &values,
                            const QDateTime &now)
{
    const auto resolved = book.resolveParameters(values);
    if (!resolved)
        return resolved.error();
    Context context;
    context.server = server;
    context.parameters = resolved.value();
    context.now = now;
    context.runId = RemoteRun::makeRunId(book.id, now);
    context.stateDir = RemoteRun::defaultStateDir(server);
    DryRun dry;
    dry.runbookId = book.id;
    dry.runbookTitle = book.title;
    dry.serverName = server.name;
    dry.steps = RunEngine::dryRun(book, context);
    // Secret parameters never show, not even here.
    QStringList secrets = book.secretValues(resolved.value());
    secrets.removeAll(QString());
    // Longest first, so that a secret holding another is masked whole.
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
    auto mask = [&secrets](QString text) {
        for (const QString &secret : std::as_const(secrets))
            text.replace(secret, u"••••••"_s);
        return text;
    };
    for (const Step &step : book.steps) {
        const auto *announce = dynamic_cast<const AnnounceAction *>(step.action.get());
        if (!announce)
            continue;
        Context at = context;
        at.stepId = step.id;
        const QString text = mask(announce->text(at));
        dry.announcements.append({step.id, text, Announcement::countCharacters(text)});
    }
    for (RunEngine::PlannedStep &step : dry.steps) {
        step.title = mask(step.title);
        for (QString &line : step.lines)
            line = mask(line);
        for (QString &requirement : step.requirements)
            requirement = mask(requirement);
    }
    return dry;
}

QString DryRun::text() const
{
    QStringList out;
    out << Core::Tr::tr("Dry run of “%1” on %2: nothing is sent.").arg(runbookTitle, serverName)
        << QString();
    int n = 0;
    for (const RunEngine::PlannedStep &step : steps) {
        out << u"%1. %2 [%3]"_s.arg(++n).arg(step.title, step.type);
        for (const QString &requirement : step.requirements)
            out << u"    ⟵ "_s + requirement;
        for (const QString &line : step.lines)
            out << u"    "_s + line;
    }
    return out.join(u'\n');
}

QJsonObject DryRun::json() const
{
    QJsonArray list;
    for (const RunEngine::PlannedStep &step : steps)
        list.append(QJsonObject{{u"id"_s, step.id},
                                {u"title"_s, step.title},
                                {u"type"_s, step.type},
                                {u"requirements"_s, QJsonArray::fromStringList(step.requirements)},
                                {u"lines"_s, QJsonArray::fromStringList(step.lines)}});
    QJsonArray posts;
    for (const Post &a : announcements)
        posts.append(QJsonObject{{u"step"_s, a.stepId},
                                 {u"text"_s, a.text},
                                 {u"characters"_s, a.characters}});
    return QJsonObject{{u"runbook"_s, runbookId},
                       {u"title"_s, runbookTitle},
                       {u"server"_s, serverName},
                       {u"steps"_s, list},
                       {u"announcements"_s, posts}};
}

} // namespace Steward::Runbook
