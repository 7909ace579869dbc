// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/logscommand.h"

#include "app/consoleservers.h"
#include "app/tr.h"
#include "core/logs/linestore.h"
#include "core/logs/logfeed.h"
#include "core/logs/logfilter.h"
#include "core/logs/logtime.h"
#include "core/logs/mergedrows.h"
#include "core/logs/textmatcher.h"
#include "core/logs/timeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Steward::LogsCommand {

using namespace Logs;

namespace {

int interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char c = 'i';
    [[maybe_unused]] const auto n = ::write(interruptPipe[1], &c, 1);
}

// SIGINT and SIGTERM end the command from the event loop (the lines read so far are printed first).
class Interrupts
{
public:
    Interrupts(QObject *context, const std::function<void()> &stop)
    {
        if (::pipe(interruptPipe) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, context, [stop] {
            char c;
            [[maybe_unused]] const auto n = ::read(interruptPipe[0], &c, 1);
            stop();
        });
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
    }
    ~Interrupts()
    {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        m_notifier.reset();
        if (interruptPipe[0] >= 0) {
            ::close(interruptPipe[0]);
            ::close(interruptPipe[1]);
            interruptPipe[0] = interruptPipe[1] = -1;
        }
    }
    Interrupts(const Interrupts &) = delete;
    Interrupts &operator=(const Interrupts &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

void appendHex(QByteArray &out, uint value, int digits, const char *prefix)
{
    static const char hex[] = "0123456789abcdef";
    out.append(prefix);
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out.append(hex[(value >> shift) & 0xf]);
}

// Prints the lines of a feed's timeline in time order: each flush merges the lines appended to every
// stream since the last one (MergedRows over what the filter kept) and writes them to stdout.
class Printer
{
public:
    struct Options
    {
        LogFilter filter;
        bool json = false;
        bool tagSources = false; // several sources: each line says which
        bool tagServers = false; // several servers: the tag names the server too
    };

    Printer(const Timeline *timeline, Options options)
        : m_timeline(timeline)
        , m_options(std::move(options))
    {}

    void flush()
    {
        const int streams = m_timeline->streamCount();
        m_printed.resize(size_t(streams), 0);
        MergedRows rows;
        for (int s = 0; s < streams; ++s) {
            const LineStore *store = m_timeline->store(s);
            rows.addStream(store);
            const qint64 to = store->size();
            std::vector<quint32> lines;
            if (m_printed[size_t(s)] < to)
                scanLines(*store, m_printed[size_t(s)], to, m_options.filter, nullptr, lines);
            m_printed[size_t(s)] = to;
            const auto visible = qint64(lines.size());
            rows.setLines(s, std::move(lines), visible);
        }
        rows.rebuild();
        if (rows.count() == 0)
            return;
        QByteArray out;
        for (qint64 row = 0; row < rows.count(); ++row) {
            const MergedRows::Ref ref = rows.at(row);
            writeLine(out, ref.stream, m_timeline->store(ref.stream)->line(ref.line));
            if (out.size() > (1 << 20)) {
                write(out);
                out.clear();
            }
        }
        write(out);
    }

private:
    static void write(const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return;
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    }

    QString tag(int stream) const
    {
        const SourceSpec &spec = m_timeline->source(m_timeline->streamSource(stream)).spec;
        QString name = spec.name.isEmpty() ? u"journal"_s : spec.name;
        return m_options.tagServers ? spec.server + u':' + name : name;
    }

    void writeLine(QByteArray &out, int stream, const LineStore::Line &line) const
    {
        const LineStore *store = m_timeline->store(stream);
        const qint64 time = line.timeUs ? line.timeUs : line.keyUs;
        const QString when = time ? formatIsoPrecise(time, localUtcOffset(time)) : u"-"_s;
        const QByteArray origin = escapeText(store->origin(line.origin));
        const QByteArray message = escapeText(line.text);
        if (m_options.json) {
            const SourceSpec &spec = m_timeline->source(m_timeline->streamSource(stream)).spec;
            QJsonObject o{
                {u"time"_s, time ? QJsonValue(when) : QJsonValue()},
                {u"time_us"_s, time ? QJsonValue(time) : QJsonValue()},
                {u"server"_s, spec.server},
                {u"kind"_s, spec.kind == SourceKind::Compose ? u"compose"_s : u"journal"_s},
                {u"source"_s, spec.name},
                {u"origin"_s, QString::fromUtf8(origin)},
                {u"priority"_s, line.priority >= 0 ? QJsonValue(int(line.priority)) : QJsonValue()},
                {u"priority_name"_s,
                 line.priority >= 0 ? QJsonValue(priorityName(line.priority)) : QJsonValue()},
                {u"message"_s, QString::fromUtf8(message)},
                {u"continuation"_s, (line.flags & Continuation) != 0},
                {u"truncated"_s, (line.flags & Truncated) != 0},
            };
            out += QJsonDocument(o).toJson(QJsonDocument::Compact);
            out += '\n';
            return;
        }
        out += when.toUtf8();
        if (m_options.tagSources) {
            out += " [";
            out += escapeText(tag(stream).toUtf8());
            out += ']';
        }
        if (!origin.isEmpty()) {
            out += ' ';
            out += origin;
            if (m_timeline->source(m_timeline->streamSource(stream)).spec.kind
                == SourceKind::Journal)
                out += ':';
        }
        out += ' ';
        out += message;
        if (line.flags & Truncated)
            out += " [...]";
        out += '\n';
    }

    const Timeline *m_timeline;
    Options m_options;
    std::vector<qint64> m_printed; // lines of each stream already looked at
};

struct Request
{
    QStringList units;
    QStringList services;
    int lines = 100;
    qint64 sinceUs = 0;
    bool follow = false;
    bool json = false;
    LogFilter filter;
};

void say(const QString &text)
{
    std::fprintf(stderr, "steward logs: %s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

} // namespace

QByteArray escapeText(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const uchar *end = p + text.size();
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t') || c == 0x7f)
                appendHex(out, c, 2, "\\x");
            else
                out.append(char(c));
            ++p;
            continue;
        }
        int length = 0;
        uint cp = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            cp = c & 0x07;
        }
        bool valid = length > 0 && end - p >= length;
        for (int k = 1; valid && k < length; ++k) {
            if ((p[k] & 0xc0) != 0x80)
                valid = false;
            else
                cp = (cp << 6) | (p[k] & 0x3f);
        }
        if (valid
            && ((length == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)))
                || (length == 4 && (cp < 0x10000 || cp > 0x10ffff))))
            valid = false; // overlong, a surrogate, beyond Unicode
        if (!valid) {
            appendHex(out, c, 2, "\\x");
            ++p;
            continue;
        }
        if ((cp >= 0x80 && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e)
            || (cp >= 0x2066 && cp <= 0x2069))
            appendHex(out, cp, 4, "\\u"); // C1 controls, bidirectional overrides and isolates
        else
            out.append(reinterpret_cast<const char *>(p), length);
        p += length;
    }
    return out;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        App::Tr::tr("Print the journals of systemd units and the logs of compose services of a "
                    "server, merged in time order."));
    parser.addHelpOption();
    ConsoleServers servers(u"logs"_s);
    servers.addOptions(parser);
    parser.addOption({u"unit"_s,
                      App::Tr::tr("A systemd unit's journal (repeatable). Without --unit and "
                                  "--service: the whole journal."),
                      App::Tr::tr("unit")});
    parser.addOption({u"service"_s,
                      App::Tr::tr("A compose service's logs (repeatable), in the server's compose "
                                  "folder."),
                      App::Tr::tr("service")});
    parser.addOption(
        {u"since"_s,
         App::Tr::tr("Lines from this time on: \"2024-11-22 00:10\", \"-10min\", \"2h "
                     "ago\", \"today\", \"@EPOCH\"... (local time unless it says UTC)."),
         App::Tr::tr("time")});
    parser.addOption(
        {u"lines"_s,
         App::Tr::tr("The last N lines of each source (default 100; with --since: every "
                     "line since)."),
         u"N"_s});
    parser.addOption(
        {u"follow"_s, App::Tr::tr("Then print new lines as they come, until interrupted.")});
    parser.addOption({u"grep"_s,
                      App::Tr::tr("Only lines containing this text (without case unless it has an "
                                  "upper case letter)."),
                      App::Tr::tr("pattern")});
    parser.addOption({u"regex"_s, App::Tr::tr("--grep is a regular expression (PCRE).")});
    parser.addOption({u"priority"_s,
                      App::Tr::tr("Only lines of this level or more severe: emerg, alert, crit, "
                                  "err, warning, notice, info, debug (or 0-7)."),
                      App::Tr::tr("level")});
    parser.addOption({u"json"_s, App::Tr::tr("One JSON object a line (docs/logs.md).")});
    if (!parser.parse(QStringList{u"steward logs"_s} + arguments)) {
        servers.error(parser.errorText());
        return ConsoleServers::Usage;
    }
    if (parser.isSet(u"help"_s)) {
        ConsoleServers::print(parser.helpText());
        return ConsoleServers::Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        servers.error(App::Tr::tr("unexpected argument “%1” (see steward logs --help)")
                          .arg(parser.positionalArguments().first()));
        return ConsoleServers::Usage;
    }

    Request request;
    request.units = parser.values(u"unit"_s);
    request.services = parser.values(u"service"_s);
    request.follow = parser.isSet(u"follow"_s);
    request.json = parser.isSet(u"json"_s);
    if (parser.isSet(u"since"_s)) {
        const auto since = parseTimeSpec(parser.value(u"since"_s), nowUs());
        if (!since) {
            servers.error(App::Tr::tr("--since: %1").arg(since.error().message));
            return ConsoleServers::Usage;
        }
        request.sinceUs = *since;
        request.lines = 0;
    }
    if (parser.isSet(u"lines"_s)) {
        bool ok = false;
        request.lines = parser.value(u"lines"_s).toInt(&ok);
        if (!ok || request.lines < 0) {
            servers.error(App::Tr::tr("--lines takes a number of lines (0 or more)"));
            return ConsoleServers::Usage;
        }
    }
    if (parser.isSet(u"priority"_s)) {
        const int p = priorityFromName(parser.value(u"priority"_s));
        if (p < 0) {
            servers.error(App::Tr::tr("--priority: unknown level “%1” (emerg, alert, crit, err, "
                                      "warning, notice, info, debug, or 0-7)")
                              .arg(parser.value(u"priority"_s)));
            return ConsoleServers::Usage;
        }
        request.filter.maxPriority = p;
        request.filter.keepUnleveled = false;
    }
    if (parser.isSet(u"regex"_s) && !parser.isSet(u"grep"_s)) {
        servers.error(App::Tr::tr("--regex goes with --grep PATTERN"));
        return ConsoleServers::Usage;
    }
    if (parser.isSet(u"grep"_s)) {
        const auto matcher = TextMatcher::create(parser.value(u"grep"_s),
                                                 parser.isSet(u"regex"_s)
                                                     ? TextMatcher::Syntax::RegularExpression
                                                     : TextMatcher::Syntax::Text);
        if (!matcher) {
            servers.error(App::Tr::tr("--grep: %1").arg(matcher.error().message));
            return ConsoleServers::Usage;
        }
        request.filter.text = *matcher;
    }
    if (const int code = servers.setUp(parser); code != ConsoleServers::Ok)
        return code;
    ServerList selected;
    if (!servers.selectedNames().isEmpty()) {
        selected = servers.selected();
    } else if (servers.servers().size() == 1) {
        selected = servers.servers();
    } else {
        servers.error(servers.servers().isEmpty()
                          ? App::Tr::tr("the inventory has no server")
                          : App::Tr::tr("say which server with --server NAME"));
        return ConsoleServers::Usage;
    }

    LogFeed feed;
    QSet<QString> unreachable;
    feed.setSessionProvider(
        [&servers, &unreachable](const QString &name,
                                 QObject *context,
                                 std::function<void(const Result<Ssh::Session *> &)> done) {
            const std::optional<Server> server = servers.server(name);
            if (!server) {
                done(Error{App::Tr::tr("there is no server “%1” in the inventory").arg(name)});
                return;
            }
            servers.connectTo(*server,
                              context,
                              [&unreachable, name, done](const Result<Ssh::Session *> &session) {
                                  if (!session)
                                      unreachable.insert(name);
                                  else
                                      unreachable.remove(name);
                                  done(session);
                              });
        });

    QList<int> sources;
    for (const Server &server : std::as_const(selected)) {
        SourceSpec spec;
        spec.server = server.name;
        spec.historyLines = request.lines;
        spec.sinceUs = request.sinceUs;
        spec.follow = request.follow;
        spec.kind = SourceKind::Journal;
        QStringList units = request.units;
        if (units.isEmpty() && request.services.isEmpty())
            units.append(QString()); // the whole journal
        for (const QString &unit : std::as_const(units)) {
            spec.name = unit;
            sources.append(feed.open(spec));
        }
        spec.kind = SourceKind::Compose;
        spec.composeDir = server.composeDir;
        for (const QString &service : std::as_const(request.services)) {
            spec.name = service;
            sources.append(feed.open(spec));
        }
    }

    Printer::Options options;
    options.filter = request.filter;
    options.json = request.json;
    options.tagSources = sources.size() > 1;
    options.tagServers = selected.size() > 1;
    Printer printer(feed.timeline(), options);

    // Until the history is read, lines wait (so that the sources' histories merge in time order); then
    // what comes is printed every 100 ms.
    bool historyRead = false;
    QTimer flushTimer;
    flushTimer.setSingleShot(true);
    flushTimer.setInterval(100);
    QObject::connect(&flushTimer, &QTimer::timeout, &feed, [&printer] { printer.flush(); });
    QObject::connect(feed.timeline(),
                     &Timeline::linesAppended,
                     &feed,
                     [&historyRead, &flushTimer](int, qint64, qint64) {
                         if (historyRead && !flushTimer.isActive())
                             flushTimer.start();
                     });

    QHash<int, SourceState> reported;
    auto finished = [&](SourceState st) {
        return st == SourceState::Ended || st == SourceState::Failed || st == SourceState::Stopped;
    };
    auto allFinished = [&] {
        for (const int id : std::as_const(sources)) {
            if (!finished(feed.timeline()->source(id).state))
                return false;
        }
        return true;
    };
    auto exitCode = [&] {
        int code = ConsoleServers::Ok;
        for (const int id : std::as_const(sources)) {
            const Timeline::Source &s = feed.timeline()->source(id);
            if (s.state != SourceState::Failed)
                continue;
            if (unreachable.contains(s.spec.server))
                return int(ConsoleServers::Unreachable);
            code = ConsoleServers::Problem;
        }
        return code;
    };
    bool done = false;
    auto finish = [&] {
        if (done)
            return;
        done = true;
        flushTimer.stop();
        printer.flush();
        // Queued: this may run before the event loop does (a source refused at once).
        QMetaObject::invokeMethod(&feed, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    };
    QObject::connect(&feed, &LogFeed::sourceStateChanged, &feed, [&](int id) {
        const Timeline::Source &s = feed.timeline()->source(id);
        const SourceState previous = reported.value(id, SourceState::Connecting);
        reported.insert(id, s.state);
        if (s.state == SourceState::Failed && previous != SourceState::Failed) {
            say(App::Tr::tr("%1: %2").arg(s.spec.displayName(),
                                          s.message.isEmpty() ? sourceStateName(s.state)
                                                              : s.message));
        } else if (s.state == SourceState::Reconnecting && previous != SourceState::Reconnecting) {
            say(App::Tr::tr("%1: %2").arg(s.spec.displayName(), s.message));
        } else if (s.state == SourceState::Following && previous == SourceState::Reconnecting) {
            say(App::Tr::tr("%1: following again").arg(s.spec.displayName()));
        } else if (s.state == SourceState::Ended && request.follow && !s.message.isEmpty()) {
            say(App::Tr::tr("%1: %2").arg(s.spec.displayName(), s.message));
        }
        if (historyRead && allFinished())
            finish();
    });
    QObject::connect(&feed, &LogFeed::historyFinished, &feed, [&] {
        if (historyRead)
            return;
        historyRead = true;
        printer.flush();
        if (!request.follow || allFinished())
            finish();
    });
    Interrupts interrupts(&feed, [&] {
        feed.stopAll();
        finish();
    });

    QCoreApplication::exec();
    return exitCode();
}

} // namespace Steward::LogsCommand
