// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real upstream docker-compose.yml files in tests/data/compose/, for every compose test (unit, GUI,
// integration, benchmark, fuzz): one loader instead of a copy in each test.

#include "core/compose/composediff.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <utility>

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

// A generated docker-compose.yml pair of 100k lines and more (one service with 100k environment
// entries): in the new file every 500th entry is changed and every 777th removed.
inline std::pair<QByteArray, QByteArray> hundredThousandLinePair()
{
    QByteArray a
        = "services:\n  web:\n    image: ghcr.io/mastodon/mastodon:v4.2.10\n    environment:\n";
    QByteArray b
        = "services:\n  web:\n    image: ghcr.io/mastodon/mastodon:v4.3.0\n    environment:\n";
    for (int i = 0; i < 100'000; ++i) {
        const QByteArray line = "      - VAR_" + QByteArray::number(i) + "=value"
                                + QByteArray::number(i % 97) + "\n";
        a += line;
        if (i % 500 == 3)
            b += "      - VAR_" + QByteArray::number(i) + "=changed\n";
        else if (i % 777 != 5)
            b += line;
    }
    return {a, b};
}

// A git repository made in `dir` with the git binary: one commit per fixture, the file committed as
// docker-compose.yml and tagged with the fixture's name ("v4.2.10"). Returns what went wrong, or an
// empty string.
inline QString makeCheckout(const QString &dir, const QStringList &tags)
{
    auto git = [&dir](const QStringList &arguments) -> QString {
        QProcess process;
        process.setWorkingDirectory(dir);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("git"),
                      QStringList{QStringLiteral("-c"),
                                  QStringLiteral("user.name=Steward tests"),
                                  QStringLiteral("-c"),
                                  QStringLiteral("user.email=tests@steward.invalid"),
                                  QStringLiteral("-c"),
                                  QStringLiteral("commit.gpgsign=false")}
                          + arguments);
        if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0)
            return QStringLiteral("git ") + arguments.join(u' ') + QStringLiteral(": ")
                   + QString::fromLocal8Bit(process.readAll()) + process.errorString();
        return {};
    };
    if (QString error = git({QStringLiteral("init"), QStringLiteral("-q")}); !error.isEmpty())
        return error;
    const QString target = dir + QStringLiteral("/docker-compose.yml");
    for (const QString &tag : tags) {
        QFile::remove(target);
        if (!QFile::copy(path(tag), target))
            return QStringLiteral("cannot copy ") + path(tag);
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("add"), QStringLiteral("docker-compose.yml")},
              QStringList{QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), tag},
              QStringList{QStringLiteral("tag"), tag}}) {
            if (QString error = git(arguments); !error.isEmpty())
                return error;
        }
    }
    return {};
}

} // namespace Steward::Compose::Fixtures
