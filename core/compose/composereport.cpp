// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/composereport.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Steward::Compose {
namespace {

QJsonObject range(int start, int count)
{
    // Like a unified diff header: the 1-based first line, or for an empty range (count 0, an insertion
    // point) the line before it, 0 at the top ("-34,0": after line 34).
    return QJsonObject{{u"start"_s, count == 0 ? start : start + 1}, {u"count"_s, count}};
}

QJsonObject fieldJson(const FieldChange &f)
{
    QJsonObject o{{u"field"_s, f.field},
                  {u"description"_s, f.description},
                  {u"oldLine"_s, f.oldLine},
                  {u"newLine"_s, f.newLine}};
    o.insert(u"before"_s, f.before.isNull() && f.oldLine == 0 ? QJsonValue() : QJsonValue(f.before));
    o.insert(u"after"_s, f.after.isNull() && f.newLine == 0 ? QJsonValue() : QJsonValue(f.after));
    o.insert(u"added"_s, QJsonArray::fromStringList(f.added));
    o.insert(u"removed"_s, QJsonArray::fromStringList(f.removed));
    return o;
}

} // namespace

Result<Report> Report::compute(const Document &oldDoc,
                               const Document &newDoc,
                               const std::optional<Document> &deployed,
                               const Progress &progress)
{
    auto proceed = [&progress](int step) { return !progress || progress(step); };
    const Error cancelled{Core::Tr::tr("The comparison was cancelled.")};
    Report report;
    report.oldDoc = oldDoc;
    report.newDoc = newDoc;
    report.deployed = deployed;
    if (!proceed(0))
        return cancelled;
    // The line diff does not depend on the summary: it runs on a pool thread while the summary parses
    // both files (the whole report then takes about as long as the slower of the two, not their sum).
    // Every return below waits for it first, since it reads the documents.
    QFuture<LineDiff> diffing = QtConcurrent::run([&oldDoc, &newDoc] {
        return diffTexts(oldDoc.text, newDoc.text, u"docker-compose.yml"_s, u"docker-compose.yml"_s);
    });
    const auto finishDiff = qScopeGuard([&diffing] {
        if (diffing.isValid())
            diffing.waitForFinished();
    });
    auto summary = summarize(oldDoc, newDoc);
    if (!summary)
        return summary.error();
    report.summary = std::move(summary).value();
    if (deployed) {
        if (const auto valid = validateCompose(*deployed); !valid)
            return valid.error();
    }
    if (!proceed(1))
        return cancelled;
    LineDiff upstream = diffing.takeResult();
    report.upstreamChanges = std::move(upstream.changes);
    report.upstreamPatch = std::move(upstream.patch);
    if (deployed) {
        if (!proceed(2))
            return cancelled;
        report.threeWay = ThreeWay::analyse(oldDoc, newDoc, *deployed, report.upstreamChanges);
        // Computed here, off the GUI thread: what the panel shows first and the command prints.
        // Against the file's own bytes (CR LF, BOM), so that the patch applies to it.
        report.defaultMergedPatch = unifiedPatch(deployed->bytes(),
                                                 report.merged(),
                                                 u"docker-compose.yml"_s,
                                                 u"docker-compose.yml"_s);
    }
    if (!proceed(progressSteps))
        return cancelled;
    return report;
}

QByteArray Report::merged(const QList<bool> &accepted) const
{
    if (!threeWay || !deployed)
        return newDoc.text;
    return threeWay->merged(*deployed, accepted);
}

QString Report::mergedPatch(const QList<bool> &accepted) const
{
    if (!threeWay || !deployed)
        return upstreamPatch;
    if (accepted.isEmpty() || accepted == threeWay->defaultAcceptance())
        return defaultMergedPatch;
    return unifiedPatch(deployed->bytes(),
                        merged(accepted),
                        u"docker-compose.yml"_s,
                        u"docker-compose.yml"_s);
}

QJsonObject Report::toJson() const
{
    QJsonArray services;
    for (const ServiceChange &s : summary.services) {
        QJsonArray fields;
        for (const FieldChange &f : s.fields)
            fields.append(fieldJson(f));
        services.append(QJsonObject{{u"name"_s, s.name},
                                    {u"status"_s, serviceChangeKindKey(s.kind)},
                                    {u"oldLine"_s, s.oldLine},
                                    {u"newLine"_s, s.newLine},
                                    {u"changes"_s, fields}});
    }
    QJsonArray top;
    for (const FieldChange &f : summary.topLevel)
        top.append(fieldJson(f));

    QJsonArray hunks;
    QJsonObject counts{{u"missing"_s, 0}, {u"present"_s, 0}, {u"conflict"_s, 0}};
    if (threeWay) {
        const QList<bool> accepted = threeWay->defaultAcceptance();
        for (qsizetype i = 0; i < threeWay->hunks.size(); ++i) {
            const UpstreamHunk &h = threeWay->hunks.at(i);
            const QString status = hunkStatusKey(h.status);
            counts.insert(status, counts.value(status).toInt() + 1);
            hunks.append(QJsonObject{
                {u"index"_s, int(i)},
                {u"status"_s, status},
                {u"old"_s, range(h.upstream.oldStart, h.upstream.oldCount)},
                {u"new"_s, range(h.upstream.newStart, h.upstream.newCount)},
                {u"deployed"_s, range(h.deployedStart, h.deployedCount)},
                {u"removed"_s, QJsonArray::fromStringList(h.oldLines)},
                {u"added"_s, QJsonArray::fromStringList(h.newLines)},
                {u"deployedLines"_s, QJsonArray::fromStringList(h.deployedLines)},
                {u"acceptedByDefault"_s, accepted.at(i)},
            });
        }
    } else {
        for (qsizetype i = 0; i < upstreamChanges.size(); ++i) {
            const Change &c = upstreamChanges.at(i);
            hunks.append(QJsonObject{
                {u"index"_s, int(i)},
                {u"status"_s, QJsonValue()},
                {u"old"_s, range(c.oldStart, c.oldCount)},
                {u"new"_s, range(c.newStart, c.newCount)},
                {u"removed"_s, QJsonArray::fromStringList(oldDoc.lines.mid(c.oldStart, c.oldCount))},
                {u"added"_s, QJsonArray::fromStringList(newDoc.lines.mid(c.newStart, c.newCount))},
            });
        }
    }
    QJsonObject o{{u"old"_s, oldDoc.name},
                  {u"new"_s, newDoc.name},
                  {u"deployed"_s, deployed ? QJsonValue(deployed->name) : QJsonValue()},
                  {u"summary"_s, QJsonObject{{u"services"_s, services}, {u"topLevel"_s, top}}},
                  {u"hunks"_s, hunks},
                  {u"counts"_s, threeWay ? QJsonValue(counts) : QJsonValue()}};
    if (threeWay)
        o.insert(u"mergedParses"_s,
                 validateCompose(*Document::fromBytes(merged(), u"merged"_s)).ok());
    return o;
}

} // namespace Steward::Compose
