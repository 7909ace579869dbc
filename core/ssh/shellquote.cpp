// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/shellquote.h"

using namespace Qt::StringLiterals;

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

QByteArray commandLineIn(const QByteArray &directory, const QList<QByteArray> &argv)
{
    return "cd -- " + quote(directory) + " && exec " + commandLine(argv);
}

namespace {
// tmux reads an argument that ends in ';' as a command separator; "x\;" is read back as "x;".
QString tmuxArgument(const QString &arg)
{
    if (!arg.endsWith(u';'))
        return arg;
    return arg.chopped(1) + u"\\;"_s;
}
} // namespace

QStringList tmuxSendLine(const QString &target, const QString &text, const QString &socket)
{
    QStringList argv{u"tmux"_s};
    if (!socket.isEmpty())
        argv << u"-S"_s << socket;
    argv << u"send-keys"_s << u"-l"_s << u"-t"_s << tmuxArgument(target) << u"--"_s
         << tmuxArgument(text);
    argv << u";"_s << u"send-keys"_s << u"-t"_s << tmuxArgument(target) << u"Enter"_s;
    return argv;
}

} // namespace Steward::Ssh
