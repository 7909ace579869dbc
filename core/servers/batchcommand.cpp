// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/servers/batchcommand.h"

#include "core/ssh/shellquote.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Steward::Servers {

namespace {

// A record separator, then a word no tool prints at the start of a line.
constexpr char kBegin[] = "\036steward-part ";
constexpr char kEnd[] = "\036steward-exit ";

bool validName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
            return false;
    }
    return true;
}

} // namespace

void BatchCommand::add(const QString &name, const QStringList &argv, const QString &workingDir)
{
    Q_ASSERT(validName(name));
    Q_ASSERT(!argv.isEmpty());
    m_parts.append({name, argv, workingDir});
}

QByteArray BatchCommand::shellLine() const
{
    QByteArray line = "export LC_ALL=C TZ=UTC; ";
    for (const Part &part : m_parts) {
        const QByteArray name = part.name.toUtf8(); // validName: nothing to quote
        line += "printf '\\036steward-part %s\\n' " + name + "; printf '\\036steward-part %s\\n' "
                + name + " >&2; (";
        if (!part.workingDir.isEmpty())
            line += Ssh::commandLine(QStringList{u"cd"_s, u"--"_s, part.workingDir}).toUtf8()
                    + " && ";
        line += Ssh::commandLine(part.argv).toUtf8();
        line += ") </dev/null; printf '\\036steward-exit %s %d\\n' " + name + " \"$?\"; ";
    }
    return line;
}

QList<BatchCommand::Output> BatchCommand::split(const QByteArray &out, const QByteArray &err)
{
    QList<Output> parts;
    QHash<QString, qsizetype> index;

    // stdout: begin marker, the part's output, end marker with the exit status.
    qsizetype pos = out.indexOf(kBegin);
    while (pos >= 0) {
        const qsizetype nameStart = pos + qsizetype(sizeof(kBegin) - 1);
        const qsizetype nameEnd = out.indexOf('\n', nameStart);
        if (nameEnd < 0)
            break;
        Output part;
        part.name = QString::fromUtf8(out.mid(nameStart, nameEnd - nameStart));
        const qsizetype bodyStart = nameEnd + 1;
        const qsizetype end = out.indexOf(kEnd, bodyStart);
        const qsizetype nextBegin = out.indexOf(kBegin, bodyStart);
        if (end >= 0 && (nextBegin < 0 || end < nextBegin)) {
            // The part's output may not end with a newline: the marker then follows on the same line.
            part.out = out.mid(bodyStart, end - bodyStart);
            const qsizetype statusStart = end + qsizetype(sizeof(kEnd) - 1);
            const qsizetype statusEnd = out.indexOf('\n', statusStart);
            const QByteArray words = out.mid(statusStart,
                                             statusEnd < 0 ? -1 : statusEnd - statusStart);
            bool ok = false;
            const int code = words.split(' ').value(1).toInt(&ok);
            if (ok && words.split(' ').value(0) == part.name.toUtf8())
                part.exitCode = code;
            pos = nextBegin;
        } else {
            part.out = out.mid(bodyStart, nextBegin < 0 ? -1 : nextBegin - bodyStart);
            pos = nextBegin;
        }
        index.insert(part.name, parts.size());
        parts.append(part);
    }

    // stderr: begin markers only; each part's errors run until the next marker.
    pos = err.indexOf(kBegin);
    while (pos >= 0) {
        const qsizetype nameStart = pos + qsizetype(sizeof(kBegin) - 1);
        const qsizetype nameEnd = err.indexOf('\n', nameStart);
        if (nameEnd < 0)
            break;
        const QString name = QString::fromUtf8(err.mid(nameStart, nameEnd - nameStart));
        const qsizetype next = err.indexOf(kBegin, nameEnd + 1);
        const QByteArray text = err.mid(nameEnd + 1, next < 0 ? -1 : next - nameEnd - 1);
        if (const auto it = index.constFind(name); it != index.cend())
            parts[*it].err = text;
        pos = next;
    }
    return parts;
}

} // namespace Steward::Servers
