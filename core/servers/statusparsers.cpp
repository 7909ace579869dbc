// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/servers/statusparsers.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Steward::Servers {

namespace {

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> list = text.split('\n');
    for (QByteArray &l : list) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    return list;
}

QString jsonError(const QJsonParseError &error, int line = 0)
{
    return line > 0 ? Core::Tr::tr("line %1 is not valid JSON (%2 at character %3)")
                          .arg(line)
                          .arg(error.errorString())
                          .arg(error.offset)
                    : Core::Tr::tr("not valid JSON (%1 at character %2)")
                          .arg(error.errorString())
                          .arg(error.offset);
}

// Compose's CreatedAt: "2026-12-02 13:39:48 +0000 UTC"; the array shape's Created: seconds since the epoch.
QDateTime composeCreated(const QJsonObject &o)
{
    if (o.value(u"Created"_s).isDouble())
        return QDateTime::fromSecsSinceEpoch(qint64(o.value(u"Created"_s).toDouble()),
                                             QTimeZone::UTC);
    const QString text = o.value(u"CreatedAt"_s).toString();
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 3)
        return {};
    QDateTime t = QDateTime::fromString(words.at(0) + u' ' + words.at(1), u"yyyy-MM-dd HH:mm:ss"_s);
    if (!t.isValid())
        return {};
    const QString offset = words.at(2); // "+0000"
    int seconds = 0;
    if (offset.size() == 5 && (offset.startsWith(u'+') || offset.startsWith(u'-'))) {
        seconds = (offset.mid(1, 2).toInt() * 3600 + offset.mid(3, 2).toInt() * 60)
                  * (offset.startsWith(u'-') ? -1 : 1);
    }
    t.setTimeZone(QTimeZone::fromSecondsAheadOfUtc(seconds));
    return t.toUTC();
}

QStringList composePorts(const QJsonObject &o)
{
    QStringList ports;
    const QJsonArray publishers = o.value(u"Publishers"_s).toArray();
    for (const QJsonValue &v : publishers) {
        const QJsonObject p = v.toObject();
        const int published = p.value(u"PublishedPort"_s).toInt();
        if (published <= 0)
            continue;
        const QString url = p.value(u"URL"_s).toString();
        ports.append(u"%1%2->%3/%4"_s.arg(url.isEmpty() ? QString() : url + u':')
                         .arg(published)
                         .arg(p.value(u"TargetPort"_s).toInt())
                         .arg(p.value(u"Protocol"_s).toString(u"tcp"_s)));
    }
    if (ports.isEmpty() && o.value(u"Publishers"_s).isUndefined()) {
        // Only the Ports string: keep the published ones ("127.0.0.1:3000->3000/tcp").
        for (const QString &p : o.value(u"Ports"_s).toString().split(u", "_s, Qt::SkipEmptyParts)) {
            if (p.contains(u"->"_s))
                ports.append(p.trimmed());
        }
    }
    ports.removeDuplicates();
    return ports;
}

Result<ComposeService> composeService(const QJsonObject &o)
{
    ComposeService s;
    s.name = o.value(u"Name"_s).toString();
    if (s.name.isEmpty())
        s.name = o.value(u"Names"_s).toString();
    s.service = o.value(u"Service"_s).toString();
    s.state = o.value(u"State"_s).toString();
    if (s.name.isEmpty() || s.state.isEmpty())
        return Error{Core::Tr::tr("a container without a name or a state")};
    if (s.service.isEmpty()) {
        // Older shapes: the service is in the labels.
        static const QRegularExpression label(u"com\\.docker\\.compose\\.service=([^,]+)"_s);
        const auto m = label.match(o.value(u"Labels"_s).toString());
        s.service = m.hasMatch() ? m.captured(1) : s.name;
    }
    s.health = o.value(u"Health"_s).toString();
    s.image = o.value(u"Image"_s).toString();
    s.version = imageTag(s.image);
    s.status = o.value(u"Status"_s).toString();
    s.created = composeCreated(o);
    s.exitCode = o.value(u"ExitCode"_s).toInt();
    s.ports = composePorts(o);
    // "Restarting (1) 5 seconds ago": the state says it; Compose's JSON has no restart count.
    s.restarts = -1;
    return s;
}

QString field(const QList<std::pair<QString, QString>> &block, const QString &key)
{
    for (const auto &[k, v] : block) {
        if (k == key)
            return v;
    }
    return {};
}

qint64 parseSize(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isDouble())
        return qint64(v.toDouble());
    QString text = v.toString().trimmed();
    if (text.isEmpty()) {
        *ok = false;
        return 0;
    }
    bool numeric = false;
    const qint64 n = text.toLongLong(&numeric);
    if (numeric)
        return n;
    // Human units as lsblk prints them without -b: "476M", "100G", "1.5T" (powers of 1024).
    static const QString units = u"BKMGTPE"_s;
    const QChar unit = text.back().toUpper();
    const qsizetype power = units.indexOf(unit);
    if (power < 0) {
        *ok = false;
        return 0;
    }
    text.chop(1);
    const double value = text.toDouble(ok);
    return *ok ? qint64(value * double(qint64(1) << (10 * power))) : 0;
}

Result<BlockDevice> blockDevice(const QJsonObject &o, int depth)
{
    if (depth > 16)
        return Error{Core::Tr::tr("block devices nested too deep")};
    BlockDevice d;
    d.name = o.value(u"name"_s).toString();
    if (d.name.isEmpty())
        return Error{Core::Tr::tr("a block device without a name")};
    d.type = o.value(u"type"_s).toString();
    bool ok = false;
    d.size = parseSize(o.value(u"size"_s), &ok);
    if (!ok)
        return Error{Core::Tr::tr("the size of %1 is not a size").arg(d.name)};
    if (o.contains(u"mountpoints"_s)) {
        for (const QJsonValue &m : o.value(u"mountpoints"_s).toArray()) {
            if (m.isString() && !m.toString().isEmpty())
                d.mountPoints.append(m.toString());
        }
    } else if (o.value(u"mountpoint"_s).isString()) {
        d.mountPoints.append(o.value(u"mountpoint"_s).toString());
    }
    for (const QJsonValue &c : o.value(u"children"_s).toArray()) {
        auto child = blockDevice(c.toObject(), depth + 1);
        if (!child)
            return child.error();
        d.children.append(child.value());
    }
    return d;
}

} // namespace

QString imageTag(const QString &image)
{
    QString ref = image.section(u'@', 0, 0);
    const qsizetype slash = ref.lastIndexOf(u'/');
    const qsizetype colon = ref.lastIndexOf(u':');
    if (colon < 0 || colon < slash)
        return {};
    return ref.mid(colon + 1);
}

Result<QList<ComposeService>> parseComposePs(const QByteArray &output)
{
    const QByteArray text = output.trimmed();
    QList<ComposeService> services;
    if (text.isEmpty())
        return services; // no container at all: Compose prints nothing (or [])
    if (text.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            return Error{jsonError(error)};
        if (!doc.isArray())
            return Error{Core::Tr::tr("expected a list of containers")};
        for (const QJsonValue &v : doc.array()) {
            if (!v.isObject())
                return Error{Core::Tr::tr("expected a list of containers")};
            auto s = composeService(v.toObject());
            if (!s)
                return s.error();
            services.append(s.value());
        }
        return services;
    }
    int number = 0;
    for (const QByteArray &line : lines(text)) {
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return Error{jsonError(error, number), number, int(error.offset) + 1};
        if (!doc.isObject())
            return Error{Core::Tr::tr("line %1 is not a container").arg(number), number};
        auto s = composeService(doc.object());
        if (!s)
            return Error{s.error().message, number};
        services.append(s.value());
    }
    return services;
}

QDateTime parseSystemdTimestamp(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty() || text == u"n/a"_s || text == u"-"_s)
        return {};
    if (text.startsWith(u'@')) {
        bool ok = false;
        const qint64 seconds = text.mid(1).toLongLong(&ok);
        return ok ? QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC) : QDateTime();
    }
    // "Sun 2026-11-22 00:10:00 UTC": weekday, date, time, zone.
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 3)
        return {};
    const int first = words.at(0).contains(u'-') ? 0 : 1; // the weekday may be left out
    if (words.size() < first + 2)
        return {};
    QString time = words.at(first + 1);
    const qsizetype dot = time.indexOf(u'.'); // "00:10:00.123456" with --timestamp=us
    if (dot >= 0)
        time.truncate(dot);
    QDateTime t = QDateTime::fromString(words.at(first) + u' ' + time, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!t.isValid())
        return {};
    const QString zone = words.value(first + 2);
    if (zone.isEmpty() || zone == u"UTC"_s || zone == u"GMT"_s || zone == u"Z"_s) {
        t.setTimeZone(QTimeZone::UTC);
    } else if (zone.size() == 5 && (zone.startsWith(u'+') || zone.startsWith(u'-'))) {
        const int seconds = (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60)
                            * (zone.startsWith(u'-') ? -1 : 1);
        t.setTimeZone(QTimeZone::fromSecondsAheadOfUtc(seconds));
    } else {
        // Another zone's abbreviation (TZ was not UTC): read as this computer's local time.
        t.setTimeZone(QTimeZone::LocalTime);
    }
    return t.toUTC();
}

Result<QList<UnitInfo>> parseSystemctlShow(const QByteArray &output)
{
    QList<UnitInfo> units;
    QList<std::pair<QString, QString>> block;
    int number = 0;
    const auto flush = [&]() -> std::optional<Error> {
        if (block.isEmpty())
            return std::nullopt;
        UnitInfo u;
        u.id = field(block, u"Id"_s);
        if (u.id.isEmpty())
            return Error{Core::Tr::tr("a unit without an Id (line %1)").arg(number), number};
        u.description = field(block, u"Description"_s);
        u.loadState = field(block, u"LoadState"_s);
        u.activeState = field(block, u"ActiveState"_s);
        u.subState = field(block, u"SubState"_s);
        u.result = field(block, u"Result"_s);
        u.activeEnter = parseSystemdTimestamp(field(block, u"ActiveEnterTimestamp"_s));
        u.inactiveEnter = parseSystemdTimestamp(field(block, u"InactiveEnterTimestamp"_s));
        u.stateChange = parseSystemdTimestamp(field(block, u"StateChangeTimestamp"_s));
        if (u.loadState.isEmpty() || u.activeState.isEmpty())
            return Error{Core::Tr::tr("%1: no LoadState or ActiveState (cut short?)").arg(u.id),
                         number};
        units.append(u);
        block.clear();
        return std::nullopt;
    };
    for (const QByteArray &raw : lines(output)) {
        ++number;
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty()) {
            if (auto e = flush())
                return *e;
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return Error{Core::Tr::tr("line %1 is not Key=Value: “%2”")
                             .arg(number)
                             .arg(line.left(80)),
                         number};
        block.append({line.left(eq), line.mid(eq + 1)});
    }
    if (auto e = flush())
        return *e;
    return units;
}

Result<QList<TimerInfo>> parseListTimers(const QByteArray &output)
{
    const QList<QByteArray> all = lines(output);
    qsizetype header = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).startsWith("NEXT") && all.at(i).contains("ACTIVATES")) {
            header = i;
            break;
        }
    }
    QList<TimerInfo> timers;
    if (header < 0) {
        // "0 timers listed." alone is an empty list; anything else is not list-timers' output.
        for (const QByteArray &l : all) {
            if (l.trimmed().startsWith("0 timers listed"))
                return timers;
        }
        return Error{Core::Tr::tr("no NEXT … ACTIVATES header")};
    }
    const QString head = QString::fromUtf8(all.at(header));
    const QStringList names{u"NEXT"_s, u"LEFT"_s, u"LAST"_s, u"PASSED"_s, u"UNIT"_s, u"ACTIVATES"_s};
    QList<qsizetype> starts;
    for (const QString &name : names) {
        static const QRegularExpression word(u"\\S+"_s);
        qsizetype at = -1;
        for (auto it = word.globalMatch(head); it.hasNext();) {
            const auto m = it.next();
            if (m.captured() == name) {
                at = m.capturedStart();
                break;
            }
        }
        if (at < 0)
            return Error{Core::Tr::tr("the header has no %1 column").arg(name)};
        starts.append(at);
    }
    bool ended = false;
    for (qsizetype i = header + 1; i < all.size(); ++i) {
        const QString line = QString::fromUtf8(all.at(i));
        if (line.trimmed().isEmpty()) {
            ended = true;
            break;
        }
        const auto cell = [&](int column) {
            const qsizetype from = starts.at(column);
            const qsizetype to = column + 1 < starts.size() ? starts.at(column + 1) : line.size();
            return line.mid(from, to - from).trimmed();
        };
        TimerInfo t;
        t.next = parseSystemdTimestamp(cell(0));
        t.last = parseSystemdTimestamp(cell(2));
        // UNIT and ACTIVATES are single words: take them from the end, so that a wider cell before them
        // (a systemd that pads differently) cannot shift them.
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        if (words.size() < 2)
            return Error{Core::Tr::tr("line %1 is cut short").arg(i + 1), int(i + 1)};
        t.unit = words.at(words.size() - 2);
        t.activates = words.last();
        if (!t.unit.contains(u'.') || !t.activates.contains(u'.'))
            return Error{Core::Tr::tr("line %1 has no timer and unit: “%2”")
                             .arg(i + 1)
                             .arg(line.left(80)),
                         int(i + 1)};
        if ((cell(0) != u"-"_s && cell(0) != u"n/a"_s && !t.next.isValid())
            || (cell(2) != u"-"_s && cell(2) != u"n/a"_s && !cell(2).isEmpty() && !t.last.isValid()))
            return Error{Core::Tr::tr("line %1: a time that cannot be read: “%2”")
                             .arg(i + 1)
                             .arg(line.left(80)),
                         int(i + 1)};
        timers.append(t);
    }
    if (!ended)
        return Error{Core::Tr::tr("the list ends without its “timers listed” line (cut short?)")};
    return timers;
}

QStringList dfArguments()
{
    return {u"df"_s, u"-P"_s, u"-T"_s, u"-B1"_s};
}

Result<QList<Filesystem>> parseDf(const QByteArray &output)
{
    const QList<QByteArray> all = lines(output);
    QList<Filesystem> filesystems;
    if (output.trimmed().isEmpty())
        return Error{Core::Tr::tr("df printed nothing")};
    if (!all.first().startsWith("Filesystem") || !all.first().contains("Mounted on"))
        return Error{Core::Tr::tr("no Filesystem … Mounted on header")};
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QString line = QString::fromUtf8(all.at(i));
        if (line.trimmed().isEmpty())
            continue;
        // Six fields, then the mount point, which may hold spaces.
        static const QRegularExpression row(
            u"^(\\S+)\\s+(\\S+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+|-)%?\\s+(/.*)$"_s);
        const auto m = row.match(line);
        if (!m.hasMatch())
            return Error{Core::Tr::tr("line %1 is not a filesystem: “%2”")
                             .arg(i + 1)
                             .arg(line.left(80)),
                         int(i + 1)};
        Filesystem f;
        f.source = m.captured(1);
        f.type = m.captured(2);
        f.size = m.captured(3).toLongLong();
        f.used = m.captured(4).toLongLong();
        f.available = m.captured(5).toLongLong();
        f.usePercent = m.captured(6) == u"-"_s ? 0 : m.captured(6).toInt();
        f.mountPoint = m.captured(7);
        filesystems.append(f);
    }
    return filesystems;
}

QStringList lsblkArguments()
{
    return {u"lsblk"_s, u"-J"_s, u"-b"_s};
}

Result<QList<BlockDevice>> parseLsblk(const QByteArray &output)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(output, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{jsonError(error)};
    if (!doc.object().value(u"blockdevices"_s).isArray())
        return Error{Core::Tr::tr("no “blockdevices” list")};
    QList<BlockDevice> devices;
    for (const QJsonValue &v : doc.object().value(u"blockdevices"_s).toArray()) {
        auto d = blockDevice(v.toObject(), 0);
        if (!d)
            return d.error();
        devices.append(d.value());
    }
    return devices;
}

QStringList lvsArguments()
{
    return {u"lvs"_s, u"--reportformat"_s, u"json"_s, u"--units"_s, u"b"_s, u"--nosuffix"_s};
}

Result<QList<LogicalVolume>> parseLvs(const QByteArray &output)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(output, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{jsonError(error)};
    if (!doc.object().value(u"report"_s).isArray())
        return Error{Core::Tr::tr("no “report” list")};
    QList<LogicalVolume> volumes;
    for (const QJsonValue &report : doc.object().value(u"report"_s).toArray()) {
        for (const QJsonValue &lv : report.toObject().value(u"lv"_s).toArray()) {
            const QJsonObject o = lv.toObject();
            LogicalVolume v;
            v.name = o.value(u"lv_name"_s).toString();
            v.volumeGroup = o.value(u"vg_name"_s).toString();
            v.attributes = o.value(u"lv_attr"_s).toString();
            bool ok = false;
            v.size = parseSize(o.value(u"lv_size"_s), &ok);
            if (v.name.isEmpty() || !ok)
                return Error{Core::Tr::tr("a logical volume without a name or a size")};
            volumes.append(v);
        }
    }
    return volumes;
}

} // namespace Steward::Servers
