// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/shellquote.h"

namespace Steward::Ssh {

namespace {

bool isSafe(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
           || c == '-' || c == '.' || c == '/' || c == ',' || c == ':' || c == '@' || c == '%'
           || c == '+';
}

} // namespace

QByteArray quote(const QByteArray &arg)
{
    if (arg.isEmpty())
        return QByteArrayLiteral("''");
    bool safe = true;
    for (char c : arg) {
        if (!isSafe(c)) {
            safe = false;
            break;
        }
    }
    // A leading dash stays bare: the shell passes it on unchanged (the called program decides what an
    // option is). '=' is quoted because a first word with '=' would be read as an assignment.
    if (safe)
        return arg;
    QByteArray out;
    out.reserve(arg.size() + 2);
    out += '\'';
    for (char c : arg) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    out += '\'';
    return out;
}

QString quote(const QString &arg)
{
    return QString::fromUtf8(quote(arg.toUtf8()));
}

QByteArray commandLine(const QList<QByteArray> &argv)
{
    QByteArray out;
    for (const QByteArray &arg : argv) {
        if (!out.isEmpty())
            out += ' ';
        out += quote(arg);
    }
    return out;
}

QString commandLine(const QStringList &argv)
{
    QList<QByteArray> bytes;
    bytes.reserve(argv.size());
    for (const QString &arg : argv)
        bytes.append(arg.toUtf8());
    return QString::fromUtf8(commandLine(bytes));
}

} // namespace Steward::Ssh
