// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/composediffcommand.h"

#include "app/tr.h"
#include "core/compose/composecomparison.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Steward {
namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "steward compose-diff: %s\n", qPrintable(message));
}

} // namespace

int runComposeDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        App::Tr::tr("Compare upstream docker-compose.yml files (OLD, NEW) and, when given, our "
                    "DEPLOYED copy. Each may be a file or an upstream reference such as "
                    "mastodon@v4.2.0 (fetched from GitHub, or read from --checkout)."));
    parser.addHelpOption();
    const QCommandLineOption format(u"format"_s,
                                    App::Tr::tr("Output: summary, json, patch or merged."),
                                    u"summary|json|patch|merged"_s,
                                    u"summary"_s);
    const QCommandLineOption baseUrl(u"upstream-base-url"_s,
                                     App::Tr::tr(
                                         "Fetch upstream files from this base URL instead of "
                                         "raw.githubusercontent.com."),
                                     App::Tr::tr("url"));
    const QCommandLineOption checkout(u"checkout"_s,
                                      App::Tr::tr(
                                          "Read upstream references (mastodon@v4.2.10) from this "
                                          "local git repository instead of GitHub."),
                                      App::Tr::tr("path"));
    parser.addOptions({format, baseUrl, checkout});
    parser.addPositionalArgument(u"OLD"_s, App::Tr::tr("The upstream file before the upgrade."));
    parser.addPositionalArgument(u"NEW"_s, App::Tr::tr("The upstream file after the upgrade."));
    parser.addPositionalArgument(u"DEPLOYED"_s,
                                 App::Tr::tr("Our deployed copy (optional)."),
                                 u"[DEPLOYED]"_s);
    if (!parser.parse(QStringList{u"steward compose-diff"_s} + arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    const QString outputFormat = parser.value(format);
    static const QStringList formats{u"summary"_s, u"json"_s, u"patch"_s, u"merged"_s};
    if (files.size() < 2 || files.size() > 3) {
        printError(App::Tr::tr("expected OLD NEW [DEPLOYED]; see steward compose-diff --help"));
        return 2;
    }
    if (!formats.contains(outputFormat)) {
        printError(App::Tr::tr("--format takes summary, json, patch or merged, not “%1”")
                       .arg(outputFormat));
        return 2;
    }
    // The comparison the panel runs, without a window: the application's own loop runs until it
    // finishes (fetches are asynchronous; reading and the report run on a worker).
    Compose::ComparisonRequest request;
    request.oldSource = files.at(0);
    request.newSource = files.at(1);
    request.deployedSource = files.value(2);
    request.checkoutPath = parser.value(checkout);
    if (parser.isSet(baseUrl))
        request.baseUrl = QUrl(parser.value(baseUrl));
    Compose::ComposeComparison comparison;
    std::optional<Result<Compose::Comparison>> result;
    QObject::connect(&comparison,
                     &Compose::ComposeComparison::finished,
                     &comparison,
                     [&result](const Result<Compose::Comparison> &comparisonResult) {
                         result = comparisonResult;
                         QCoreApplication::quit();
                     });
    comparison.start(request); // finished() comes later, from the loop
    QCoreApplication::exec();
    if (!result) {
        printError(App::Tr::tr("the comparison did not finish"));
        return 1;
    }
    if (!*result) {
        printError(result->error().toString());
        return 1;
    }
    const Compose::Report *report = &result->value().report;
    const std::optional<Compose::Document> &deployed = report->deployed;
    QByteArray out;
    if (outputFormat == u"summary") {
        out = report->summary.toText().toUtf8();
        if (report->threeWay) {
            QStringList lines;
            for (const auto &h : report->threeWay->hunks) {
                const QString &name = deployed->name;
                if (h.upstream.oldCount == 0) {
                    // A pure insertion, numbered like git's "-N,0": after line N (0: at the top).
                    const int after = h.upstream.oldStart;
                    switch (h.status) {
                    case Compose::HunkStatus::Missing:
                        lines.append(
                            App::Tr::tr("upstream lines added after line %1: not yet in %2")
                                .arg(after)
                                .arg(name));
                        break;
                    case Compose::HunkStatus::Present:
                        lines.append(
                            App::Tr::tr("upstream lines added after line %1: already in %2")
                                .arg(after)
                                .arg(name));
                        break;
                    case Compose::HunkStatus::Conflict:
                        lines.append(App::Tr::tr("upstream lines added after line %1: conflicts "
                                                 "with a local change in %2")
                                         .arg(after)
                                         .arg(name));
                        break;
                    }
                    continue;
                }
                const int first = h.upstream.oldStart + 1;
                const int last = h.upstream.oldEnd();
                switch (h.status) {
                case Compose::HunkStatus::Missing:
                    lines.append(App::Tr::tr("upstream lines %1-%2: not yet in %3")
                                     .arg(first)
                                     .arg(last)
                                     .arg(name));
                    break;
                case Compose::HunkStatus::Present:
                    lines.append(App::Tr::tr("upstream lines %1-%2: already in %3")
                                     .arg(first)
                                     .arg(last)
                                     .arg(name));
                    break;
                case Compose::HunkStatus::Conflict:
                    lines.append(
                        App::Tr::tr("upstream lines %1-%2: conflicts with a local change in %3")
                            .arg(first)
                            .arg(last)
                            .arg(name));
                    break;
                }
            }
            out += (lines.join(u'\n') + u'\n').toUtf8();
        }
    } else if (outputFormat == u"json") {
        out = QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    } else if (outputFormat == u"patch") {
        out = report->mergedPatch().toUtf8();
    } else {
        out = report->merged();
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}

} // namespace Steward
