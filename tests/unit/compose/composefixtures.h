// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real upstream docker-compose.yml files in tests/data/compose/, for every compose test (unit, GUI,
// integration, benchmark, fuzz): one loader instead of a copy in each test.

#include "core/compose/composediff.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cstdlib>

namespace Steward::Compose::Fixtures {

inline QString directory()
{
    return QStringLiteral(STEWARD_TEST_DATA "/compose");
}

// "v4.2.10" -> <tests/data>/compose/v4.2.10.docker-compose.yml
inline QString path(const QString &name)
{
    return directory() + u'/' + name + QStringLiteral(".docker-compose.yml");
}

// Every fixture's name ("v3.1.2", "deployed-v4.2.10-local", ...), sorted.
inline QStringList names()
{
    QStringList names;
    const QStringList files = QDir(directory())
                                  .entryList({QStringLiteral("*.docker-compose.yml")},
                                             QDir::Files,
                                             QDir::Name);
    for (const QString &file : files)
        names.append(file.chopped(int(qstrlen(".docker-compose.yml"))));
    return names;
}

// The raw bytes; an unreadable fixture is a broken checkout: the test program stops with a message.
inline QByteArray bytes(const QString &name)
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read fixture %s: %s",
               qPrintable(file.fileName()),
               qPrintable(file.errorString()));
    return file.readAll();
}

inline Document document(const QString &name)
{
    const auto doc = Document::fromFile(path(name));
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return *doc;
}

} // namespace Steward::Compose::Fixtures
