// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/plancommand.h"

#include "app/tr.h"
#include "core/releases/githubreleases.h"
#include "core/releases/githubsource.h"
#include "core/releases/planner.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Steward::PlanCommand {
namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "steward plan: %s\n", qPrintable(message));
}

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(App::Tr::tr("cannot read “%1”: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

// A "list releases" URL through GitHubSource, as the panel fetches: every page (Link rel="next"),
// GITHUB_TOKEN when set, the saved copy when GitHub fails, GitHub's rate-limit message. A headless
// command may wait for its download: there is no window to keep responsive.
std::optional<QList<Releases::Release>> fetchFeed(const QUrl &url)
{
    QNetworkAccessManager network;
    Releases::GitHubSource source(&network);
    source.setUrl(url);
    source.setTimeout(30000);
    const QString token = qEnvironmentVariable("GITHUB_TOKEN");
    if (!token.isEmpty())
        source.setTokenProvider([token] { return token; });
    std::optional<QList<Releases::Release>> releases;
    QStringList errors;
    QEventLoop loop;
    QObject::connect(&source,
                     &Releases::GitHubSource::finished,
                     &loop,
                     [&](const QList<Releases::Release> &list, bool) {
                         releases = list;
                         loop.quit();
                     });
    QObject::connect(&source, &Releases::GitHubSource::failed, &loop, [&](const Error &error) {
        errors.append(error.message);
        // The saved copy, when there is one, arrives at once (finished(…, true)); else done.
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
    });
    source.fetch();
    loop.exec();
    for (const QString &error : std::as_const(errors)) {
        fail(releases
                 ? App::Tr::tr("%1 (%2: using the saved copy)").arg(error, url.toDisplayString())
                 : App::Tr::tr("cannot fetch %1: %2").arg(url.toDisplayString(), error));
    }
    return releases;
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        App::Tr::tr("Print the upgrade plan between two Mastodon versions."));
    const QCommandLineOption from(u"from"_s,
                                  App::Tr::tr("The running version."),
                                  App::Tr::tr("version"));
    const QCommandLineOption to(u"to"_s,
                                App::Tr::tr(
                                    "The target version, or “latest”, “patch” (newest of the "
                                    "current line) or “next” (newest of the next line)."),
                                App::Tr::tr("version"));
    const QCommandLineOption changelog(u"changelog"_s,
                                       App::Tr::tr("Read the notes from this CHANGELOG.md."),
                                       App::Tr::tr("file"));
    const QCommandLineOption feed(u"feed"_s,
                                  App::Tr::tr("Read the notes from a GitHub “list releases” JSON: "
                                              "a URL (every page; GITHUB_TOKEN is sent when set) "
                                              "or a file."),
                                  App::Tr::tr("url"));
    const QCommandLineOption format(u"format"_s,
                                    App::Tr::tr("markdown (default) or json."),
                                    u"markdown|json"_s,
                                    u"markdown"_s);
    const QCommandLineOption prereleases(u"include-prereleases"_s,
                                         App::Tr::tr("Include betas and release candidates."));
    parser.addHelpOption();
    parser.addOptions({from, to, changelog, feed, format, prereleases});
    if (!parser.parse(QStringList{u"steward plan"_s} + arguments)) {
        fail(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!parser.isSet(from) || !parser.isSet(to)) {
        fail(App::Tr::tr("--from and --to are required"));
        return 2;
    }
    if (!parser.isSet(changelog) && !parser.isSet(feed)) {
        fail(App::Tr::tr("give the notes with --changelog FILE or --feed URL"));
        return 2;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"markdown" && fmt != u"json") {
        fail(App::Tr::tr("--format takes “markdown” or “json”, not “%1”").arg(fmt));
        return 2;
    }
    const auto current = Releases::Version::parse(parser.value(from));
    if (!current) {
        fail(App::Tr::tr("“%1” is not a version such as 4.2.10 or v4.3.0-rc.1")
                 .arg(parser.value(from)));
        return 2;
    }

    QList<QList<Releases::Release>> sources;
    for (const QString &path : parser.values(changelog)) {
        const auto bytes = readFile(path);
        if (!bytes)
            return 1;
        auto parsed = Releases::ReleaseNotes::parseChangelog(QString::fromUtf8(*bytes));
        if (!parsed) {
            fail(App::Tr::tr("%1: %2").arg(path, parsed.error().toString()));
            return 1;
        }
        sources.append(std::move(parsed).value());
    }
    for (const QString &location : parser.values(feed)) {
        const QUrl url(location);
        const bool remote = url.scheme() == u"http" || url.scheme() == u"https";
        if (remote) {
            auto fetched = fetchFeed(url);
            if (!fetched)
                return 1;
            sources.append(std::move(*fetched));
            continue;
        }
        const auto bytes = readFile(url.isLocalFile() ? url.toLocalFile() : location);
        if (!bytes)
            return 1;
        auto parsed = Releases::GitHubReleases::parse(*bytes);
        if (!parsed) {
            fail(App::Tr::tr("%1: %2").arg(location, parsed.error().toString()));
            return 1;
        }
        sources.append(std::move(parsed).value());
    }
    const QList<Releases::Release> releases = Releases::ReleaseNotes::merge(sources);

    const QString target = parser.value(to);
    std::optional<Releases::Version> goal;
    if (target == u"latest")
        goal = Releases::Planner::latest(releases, *current);
    else if (target == u"patch")
        goal = Releases::Planner::recommendedTarget(releases, *current, false);
    else if (target == u"next")
        goal = Releases::Planner::recommendedTarget(releases, *current, true);
    else
        goal = Releases::Version::parse(target);
    if (!goal) {
        fail(
            App::Tr::tr("“%1” is not a version such as 4.2.10, nor one the notes hold").arg(target));
        return 2;
    }
    Releases::Planner::Options options;
    options.includePrereleases = parser.isSet(prereleases);
    const auto plan = Releases::Planner::plan(releases, *current, *goal, options);
    if (!plan) {
        fail(plan.error().toString());
        return 1;
    }
    if (fmt == u"json") {
        std::fputs(QJsonDocument(Releases::Planner::toJson(*plan))
                       .toJson(QJsonDocument::Indented)
                       .constData(),
                   stdout);
    } else {
        std::fputs(Releases::Planner::toMarkdown(*plan).toUtf8().constData(), stdout);
    }
    return 0;
}

} // namespace Steward::PlanCommand
