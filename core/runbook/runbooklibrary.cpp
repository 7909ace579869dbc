// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/runbooklibrary.h"

#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Steward::Runbook::Library {

QString userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/runbooks"_s;
}

namespace {

Entry load(const QString &path, bool shipped)
{
    Entry e;
    e.path = path;
    e.shipped = shipped;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        e.runbook = Error{Core::Tr::tr("%1: %2").arg(path, f.errorString())};
        return e;
    }
    e.runbook = parse(f.read(2 * 1024 * 1024), path);
    if (e.runbook.ok())
        e.id = e.runbook->id;
    return e;
}

} // namespace

QList<Entry> entries()
{
    QList<Entry> list;
    const QDir shipped(u":/steward/runbooks"_s);
    for (const QString &name : shipped.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name))
        list.append(load(shipped.filePath(name), true));
    const QDir user(userFolder());
    for (const QString &name : user.entryList({u"*.yaml"_s, u"*.yml"_s}, QDir::Files, QDir::Name)) {
        Entry e = load(user.filePath(name), false);
        if (!e.id.isEmpty())
            list.removeIf([&e](const Entry &other) { return other.shipped && other.id == e.id; });
        list.append(e);
    }
    return list;
}

Result<Runbook> find(const QString &idOrPath)
{
    if (idOrPath.contains(u'/') || idOrPath.endsWith(u".yaml"_s) || idOrPath.endsWith(u".yml"_s)) {
        const Entry e = load(idOrPath, false);
        if (!e.runbook.ok()) {
            Error error = e.runbook.error();
            if (!error.message.startsWith(idOrPath))
                error.message = idOrPath + u": "_s + error.message;
            return error;
        }
        return e.runbook;
    }
    QStringList known;
    for (const Entry &e : entries()) {
        if (e.id == idOrPath)
            return e.runbook;
        if (!e.id.isEmpty())
            known.append(e.id);
    }
    return Error{Core::Tr::tr("no runbook “%1” (known: %2)").arg(idOrPath, known.join(u", "_s))};
}

} // namespace Steward::Runbook::Library
