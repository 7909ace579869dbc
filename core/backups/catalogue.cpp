// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backups/catalogue.h"

#include "core/tr.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Steward::Backups {

Result<NamingPattern> NamingPattern::compile(const QString &pattern)
{
    if (!pattern.contains(u"{timestamp}"_s))
        return Error{Core::Tr::tr("The naming pattern “%1” has no {timestamp}.").arg(pattern)};
    QString regex = u"^"_s;
    qsizetype i = 0;
    while (i < pattern.size()) {
        if (pattern.at(i) == u'{') {
            const qsizetype end = pattern.indexOf(u'}', i);
            if (end < 0)
                return Error{
                    Core::Tr::tr("The naming pattern “%1” has an unclosed “{”.").arg(pattern)};
            const QString field = pattern.mid(i + 1, end - i - 1);
            if (field == u"database")
                regex += u"(?<database>[^/]+?)"_s;
            else if (field == u"server")
                regex += u"(?<server>[^/]+?)"_s;
            else if (field == u"timestamp")
                regex
                    += u"(?<timestamp>\\d{4}-?\\d{2}-?\\d{2}[T_ -]?\\d{2}[:-]?\\d{2}[:-]?\\d{2}(?:\\.\\d+)?Z?)"_s;
            else
                return Error{
                    Core::Tr::tr("The naming pattern “%1” has an unknown field {%2} (known: "
                                 "{database}, {server}, {timestamp}).")
                        .arg(pattern, field)};
            i = end + 1;
        } else if (pattern.at(i) == u'*') {
            regex += u".*?"_s;
            ++i;
        } else {
            regex += QRegularExpression::escape(QString(pattern.at(i)));
            ++i;
        }
    }
    regex += u'$';
    NamingPattern p;
    p.m_pattern = pattern;
    p.m_regex = QRegularExpression(regex);
    if (!p.m_regex.isValid())
        return Error{Core::Tr::tr("The naming pattern “%1” cannot be used.").arg(pattern)};
    return p;
}

std::optional<NamingPattern::Match> NamingPattern::match(const QString &name) const
{
    const QRegularExpressionMatch m = m_regex.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    QString digits;
    for (const QChar c : m.captured(u"timestamp")) {
        if (c == u'.')
            break;
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() != 14)
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(digits, u"yyyyMMddHHmmss"_s);
    if (!time.isValid())
        return std::nullopt;
    Match result;
    result.time = QDateTime(time.date(), time.time(), QTimeZone::UTC);
    result.database = m.captured(u"database");
    result.server = m.captured(u"server");
    return result;
}

namespace {

double median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values.at(n / 2))
                 : (double(values.at(n / 2 - 1)) + double(values.at(n / 2))) / 2;
}

} // namespace

Catalogue Catalogue::build(const QString &serverName,
                           const BackupSettings &settings,
                           const QList<S3Object> &objects)
{
    Catalogue c;
    c.server = serverName;
    c.location = u"s3://"_s + settings.bucket + u'/' + settings.prefix;
    const Result<NamingPattern> pattern = NamingPattern::compile(settings.pattern);
    for (const S3Object &object : objects) {
        if (object.key.endsWith(u'/'))
            continue; // a "folder" marker
        BackupEntry e;
        e.key = object.key;
        e.name = object.key.startsWith(settings.prefix) ? object.key.mid(settings.prefix.size())
                                                        : object.key;
        e.size = object.size;
        e.lastModified = object.lastModified;
        e.time = object.lastModified;
        if (pattern) {
            if (const auto m = pattern->match(e.name)) {
                e.recognised = true;
                e.time = m->time;
                e.database = m->database;
                e.server = m->server;
                e.ours = (e.database.isEmpty() || e.database == settings.database)
                         && (e.server.isEmpty() || e.server == serverName);
            }
        }
        c.entries.append(e);
    }
    std::stable_sort(c.entries.begin(),
                     c.entries.end(),
                     [](const BackupEntry &a, const BackupEntry &b) {
                         return a.time < b.time || (a.time == b.time && a.key < b.key);
                     });
    QList<qint64> previous;
    for (BackupEntry &e : c.entries) {
        if (!e.ours)
            continue;
        const QList<qint64> window = previous.mid(
            std::max<qsizetype>(0, previous.size() - medianWindow));
        const double m = median(window);
        if (m > 0) {
            e.ratioToMedian = double(e.size) / m;
            e.suspicious = e.ratioToMedian < suspiciousRatio;
        }
        previous.append(e.size);
    }
    return c;
}

const BackupEntry *Catalogue::newest() const
{
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->ours)
            return &*it;
    }
    return nullptr;
}

const BackupEntry *Catalogue::find(const QString &key) const
{
    for (const BackupEntry &e : entries) {
        if (e.key == key || e.name == key)
            return &e;
    }
    return nullptr;
}

int Catalogue::countOurs() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const BackupEntry &e) {
        return e.ours;
    }));
}

QString Freshness::statusKey(Status status)
{
    switch (status) {
    case Status::Fresh:
        return u"fresh"_s;
    case Status::Stale:
        return u"stale"_s;
    case Status::Empty:
        return u"empty"_s;
    case Status::Error:
        return u"error"_s;
    case Status::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString formatAge(qint64 seconds)
{
    if (seconds < 0)
        return Core::Tr::tr("in the future");
    if (seconds < 60)
        return Core::Tr::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return Core::Tr::tr("%1 min").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return Core::Tr::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return Core::Tr::tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QString formatSize(qint64 bytes)
{
    if (bytes < 1000)
        return Core::Tr::tr("%1 B").arg(bytes);
    const double kb = double(bytes) / 1000;
    if (kb < 1000)
        return Core::Tr::tr("%1 kB").arg(kb, 0, 'f', kb < 10 ? 1 : 0);
    const double mb = kb / 1000;
    if (mb < 1000)
        return Core::Tr::tr("%1 MB").arg(mb, 0, 'f', mb < 10 ? 1 : 0);
    const double gb = mb / 1000;
    return Core::Tr::tr("%1 GB").arg(gb, 0, 'f', gb < 10 ? 1 : 0);
}

Freshness assessFreshness(const Catalogue &catalogue, const QDateTime &now, int thresholdHours)
{
    Freshness f;
    f.thresholdHours = thresholdHours;
    f.checkedAt = now;
    const BackupEntry *newest = catalogue.newest();
    if (!newest) {
        f.status = Freshness::Status::Empty;
        f.message = catalogue.entries.isEmpty()
                        ? Core::Tr::tr("%1 holds no backups.").arg(catalogue.location)
                        : Core::Tr::tr("%1 holds %n object(s), none named as this server's backups "
                                       "(check the naming pattern).",
                                       nullptr,
                                       int(catalogue.entries.size()))
                              .arg(catalogue.location);
        return f;
    }
    f.newestKey = newest->key;
    f.newestTime = newest->time;
    f.newestSize = newest->size;
    f.ageSeconds = newest->time.secsTo(now);
    f.ratioToMedian = newest->ratioToMedian;
    f.suspicious = newest->suspicious;
    const bool stale = f.ageSeconds > qint64(thresholdHours) * 3600;
    f.status = stale ? Freshness::Status::Stale : Freshness::Status::Fresh;
    const QString age = formatAge(f.ageSeconds);
    if (stale && f.suspicious)
        f.message = Core::Tr::tr(
                        "The newest backup is %1 old (more than %2 h) and suspiciously small: "
                        "%3, %4 % of the median of the ones before it.")
                        .arg(age)
                        .arg(thresholdHours)
                        .arg(formatSize(f.newestSize))
                        .arg(qRound(f.ratioToMedian * 100));
    else if (stale)
        f.message = Core::Tr::tr("The newest backup is %1 old, more than %2 h: the backups have "
                                 "stopped.")
                        .arg(age)
                        .arg(thresholdHours);
    else if (f.suspicious)
        f.message = Core::Tr::tr(
                        "The newest backup (%1 old) is suspiciously small: %2, %3 % of the "
                        "median of the ones before it. A truncated dump looks like this.")
                        .arg(age, formatSize(f.newestSize))
                        .arg(qRound(f.ratioToMedian * 100));
    else
        f.message = Core::Tr::tr("The newest backup is %1 old (%2).")
                        .arg(age, formatSize(f.newestSize));
    return f;
}

Freshness freshnessError(const QString &message, const QDateTime &now)
{
    Freshness f;
    f.status = Freshness::Status::Error;
    f.message = message;
    f.checkedAt = now;
    return f;
}

} // namespace Steward::Backups
