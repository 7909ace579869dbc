// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logs/logtime.h"

#include "core/logs/logtypes.h"
#include "core/tr.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <chrono>

using namespace Qt::StringLiterals;

namespace Steward::Logs {

namespace {

// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

struct Civil
{
    qint64 year;
    unsigned month;
    unsigned day;
};

Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

bool digits(QByteArrayView t, qsizetype at, int n, int *value)
{
    if (at + n > t.size())
        return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = t[at + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

void put2(char *p, int v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
}

// "YYYY-MM-DD?HH:MM:SS" into buf (19 characters), sep between date and time.
void putDateTime(char *buf, qint64 secs, char sep)
{
    const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const qint64 rest = secs - days * 86400;
    const Civil c = civilFromDays(days);
    const int year = int(c.year);
    buf[0] = char('0' + (year / 1000) % 10);
    buf[1] = char('0' + (year / 100) % 10);
    buf[2] = char('0' + (year / 10) % 10);
    buf[3] = char('0' + year % 10);
    buf[4] = '-';
    put2(buf + 5, int(c.month));
    buf[7] = '-';
    put2(buf + 8, int(c.day));
    buf[10] = sep;
    put2(buf + 11, int(rest / 3600));
    buf[13] = ':';
    put2(buf + 14, int(rest / 60 % 60));
    buf[16] = ':';
    put2(buf + 17, int(rest % 60));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : (a - b + 1) / b;
}

QString offsetText(int offset)
{
    const char sign = offset < 0 ? '-' : '+';
    const int a = offset < 0 ? -offset : offset;
    char buf[6];
    buf[0] = sign;
    put2(buf + 1, a / 3600);
    buf[3] = ':';
    put2(buf + 4, a / 60 % 60);
    return QString::fromLatin1(buf, 6);
}

} // namespace

QString priorityName(int priority)
{
    static const char *const names[]
        = {"emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"};
    if (priority < 0 || priority > 7)
        return QString();
    return QString::fromLatin1(names[priority]);
}

int priorityFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    for (int p = 0; p <= 7; ++p) {
        if (n == priorityName(p) || n == QString::number(p))
            return p;
    }
    if (n == u"error"_s)
        return ErrorLevel;
    if (n == u"warn"_s)
        return Warning;
    if (n == u"critical"_s)
        return Critical;
    if (n == u"emergency"_s || n == u"panic"_s)
        return Emergency;
    return -2;
}

std::optional<qint64> parseRfc3339(QByteArrayView t, qsizetype *consumed)
{
    int year, month, day, hour, minute, second;
    if (!digits(t, 0, 4, &year) || t.size() < 19 || t[4] != '-' || !digits(t, 5, 2, &month)
        || t[7] != '-' || !digits(t, 8, 2, &day) || (t[10] != 'T' && t[10] != ' ' && t[10] != 't')
        || !digits(t, 11, 2, &hour) || t[13] != ':' || !digits(t, 14, 2, &minute) || t[16] != ':'
        || !digits(t, 17, 2, &second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    qsizetype i = 19;
    qint64 micros = 0;
    if (i < t.size() && (t[i] == '.' || t[i] == ',')) {
        ++i;
        int n = 0;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
            if (n < 6)
                micros = micros * 10 + (t[i] - '0');
            ++n;
            ++i;
        }
        if (n == 0)
            return std::nullopt;
        for (int k = n; k < 6; ++k)
            micros *= 10;
    }
    int offset = 0;
    if (i < t.size() && (t[i] == 'Z' || t[i] == 'z')) {
        ++i;
    } else if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
        int oh, om;
        if (!digits(t, i + 1, 2, &oh))
            return std::nullopt;
        qsizetype j = i + 3;
        if (j < t.size() && t[j] == ':')
            ++j;
        if (!digits(t, j, 2, &om))
            return std::nullopt;
        offset = (oh * 3600 + om * 60) * (t[i] == '-' ? -1 : 1);
        i = j + 2;
    } else {
        return std::nullopt; // a time without its zone is not what docker prints
    }
    const qint64 secs = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600
                        + minute * 60 + second - offset;
    if (consumed)
        *consumed = i;
    return secs * 1000000 + micros;
}

QByteArray formatRfc3339Utc(qint64 timeUs)
{
    const qint64 secs = floorDiv(timeUs, 1000000);
    const qint64 micros = timeUs - secs * 1000000;
    QByteArray out(27, Qt::Uninitialized);
    char *p = out.data();
    putDateTime(p, secs, 'T');
    p[19] = '.';
    qint64 m = micros;
    for (int k = 25; k >= 20; --k) {
        p[k] = char('0' + m % 10);
        m /= 10;
    }
    p[26] = 'Z';
    return out;
}

QString formatDisplay(qint64 timeUs, int utcOffsetSeconds)
{
    const qint64 local = timeUs + qint64(utcOffsetSeconds) * 1000000;
    const qint64 secs = floorDiv(local, 1000000);
    const int millis = int((local - secs * 1000000) / 1000);
    char buf[23];
    putDateTime(buf, secs, ' ');
    buf[19] = '.';
    buf[20] = char('0' + millis / 100);
    buf[21] = char('0' + millis / 10 % 10);
    buf[22] = char('0' + millis % 10);
    return QString::fromLatin1(buf, 23);
}

QString formatIsoPrecise(qint64 timeUs, int utcOffsetSeconds)
{
    const qint64 local = timeUs + qint64(utcOffsetSeconds) * 1000000;
    const qint64 secs = floorDiv(local, 1000000);
    qint64 micros = local - secs * 1000000;
    char buf[26];
    putDateTime(buf, secs, 'T');
    buf[19] = '.';
    for (int k = 25; k >= 20; --k) {
        buf[k] = char('0' + micros % 10);
        micros /= 10;
    }
    return QString::fromLatin1(buf, 26) + offsetText(utcOffsetSeconds);
}

int localUtcOffset(qint64 timeUs)
{
    return QDateTime::fromMSecsSinceEpoch(floorDiv(timeUs, 1000), QTimeZone::UTC)
        .toLocalTime()
        .offsetFromUtc();
}

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Result<qint64> parseTimeSpec(const QString &input, qint64 now)
{
    const QString text = input.trimmed();
    const auto bad = [&input] {
        return Error{Core::Tr::tr("Not a time: \"%1\" (for example 2024-11-22 00:10, 00:10, "
                                  "yesterday, -10min, 2h ago).")
                         .arg(input)};
    };
    if (text.isEmpty())
        return bad();
    const QDateTime localNow = QDateTime::fromMSecsSinceEpoch(now / 1000);
    const qint64 midnight = QDateTime(localNow.date(), QTime(0, 0)).toMSecsSinceEpoch() * 1000;
    if (text == u"now"_s)
        return now;
    if (text == u"today"_s)
        return midnight;
    if (text == u"yesterday"_s)
        return QDateTime(localNow.date().addDays(-1), QTime(0, 0)).toMSecsSinceEpoch() * 1000;
    if (text.startsWith(u'@')) {
        bool ok = false;
        const double secs = text.mid(1).toDouble(&ok);
        if (ok)
            return qint64(secs * 1e6);
        return bad();
    }
    // Relative: "-10min", "+1h", "2h ago", "1h30min ago".
    static const QRegularExpression span(
        uR"(^([-+])?\s*((?:\d+(?:\.\d+)?\s*[a-zA-Z]+\s*)+?)(\s+ago)?$)"_s);
    const QRegularExpressionMatch sm = span.match(text);
    if (sm.hasMatch() && (!sm.captured(1).isEmpty() || !sm.captured(3).isEmpty())) {
        static const QRegularExpression part(uR"((\d+(?:\.\d+)?)\s*([a-zA-Z]+))"_s);
        double total = 0;
        auto it = part.globalMatch(sm.captured(2));
        while (it.hasNext()) {
            const auto m = it.next();
            const QString unit = m.captured(2);
            double factor = 0;
            if (QStringList{u"us"_s, u"usec"_s}.contains(unit))
                factor = 1e-6;
            else if (QStringList{u"ms"_s, u"msec"_s}.contains(unit))
                factor = 1e-3;
            else if (QStringList{u"s"_s, u"sec"_s, u"second"_s, u"seconds"_s}.contains(unit))
                factor = 1;
            else if (QStringList{u"m"_s, u"min"_s, u"minute"_s, u"minutes"_s}.contains(unit))
                factor = 60;
            else if (QStringList{u"h"_s, u"hr"_s, u"hour"_s, u"hours"_s}.contains(unit))
                factor = 3600;
            else if (QStringList{u"d"_s, u"day"_s, u"days"_s}.contains(unit))
                factor = 86400;
            else if (QStringList{u"w"_s, u"week"_s, u"weeks"_s}.contains(unit))
                factor = 604800;
            else
                return bad();
            total += m.captured(1).toDouble() * factor;
        }
        const qint64 delta = qint64(total * 1e6);
        return sm.captured(1) == u"+"_s ? now + delta : now - delta;
    }
    // Absolute, with a zone: RFC 3339.
    const QByteArray utf8 = text.toUtf8();
    qsizetype used = 0;
    if (const auto t = parseRfc3339(utf8, &used); t && used == utf8.size())
        return *t;
    QString body = text;
    bool utc = false;
    if (body.endsWith(u" UTC"_s)) {
        body.chop(4);
        utc = true;
    }
    for (const QString &format : {u"yyyy-MM-dd HH:mm:ss.zzz"_s,
                                  u"yyyy-MM-dd HH:mm:ss"_s,
                                  u"yyyy-MM-dd HH:mm"_s,
                                  u"yyyy-MM-ddTHH:mm:ss"_s,
                                  u"yyyy-MM-ddTHH:mm"_s,
                                  u"yyyy-MM-dd"_s}) {
        QDateTime dt = QDateTime::fromString(body, format);
        if (dt.isValid()) {
            if (utc)
                dt.setTimeZone(QTimeZone::UTC);
            return dt.toMSecsSinceEpoch() * 1000;
        }
    }
    for (const QString &format : {u"HH:mm:ss"_s, u"HH:mm"_s}) {
        const QTime t = QTime::fromString(body, format);
        if (t.isValid()) {
            QDateTime dt(utc ? localNow.toUTC().date() : localNow.date(), t);
            if (utc)
                dt.setTimeZone(QTimeZone::UTC);
            return dt.toMSecsSinceEpoch() * 1000;
        }
    }
    return bad();
}

QString sourceStateName(SourceState state)
{
    switch (state) {
    case SourceState::Connecting:
        return Core::Tr::tr("connecting");
    case SourceState::Loading:
        return Core::Tr::tr("loading");
    case SourceState::Following:
        return Core::Tr::tr("following");
    case SourceState::Reconnecting:
        return Core::Tr::tr("connection lost, reconnecting");
    case SourceState::Ended:
        return Core::Tr::tr("ended");
    case SourceState::Failed:
        return Core::Tr::tr("failed");
    case SourceState::Stopped:
        return Core::Tr::tr("stopped");
    }
    return {};
}

QString SourceSpec::displayName() const
{
    switch (kind) {
    case SourceKind::Journal:
        return name.isEmpty() ? Core::Tr::tr("journal on %1").arg(server)
                              : Core::Tr::tr("%1 on %2").arg(name, server);
    case SourceKind::Compose:
        return Core::Tr::tr("%1 (compose) on %2").arg(name, server);
    case SourceKind::Command:
    case SourceKind::Text:
        return name;
    }
    return name;
}

} // namespace Steward::Logs
