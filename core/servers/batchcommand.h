// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Steward::Servers {

// Several read-only commands run as one remote shell line on one channel, so that a refresh of a server
// costs one round trip however many tools it asks: each part's stdout, stderr and exit status come back
// separately, marked, and split again here. Every argument is quoted (Ssh::commandLine); the only shell
// syntax added is ours (markers, `cd --`, `;`). Parts run in order, each in its own subshell, so one that
// fails (a missing tool, a permission) never hides the others; LC_ALL=C and TZ=UTC keep the tools' output
// in the form the parsers read (English words, times in UTC whatever the server's zone).
class BatchCommand
{
public:
    struct Part
    {
        QString name;       // a short identifier ("compose", "units"...): letters, digits, '-'
        QStringList argv;   // the command
        QString workingDir; // empty: the login directory
    };

    // What one part printed and how it ended.
    struct Output
    {
        QString name;
        QByteArray out;
        QByteArray err;
        std::optional<int> exitCode; // none: the batch stopped before this part ended (cut short)
    };

    void add(const QString &name, const QStringList &argv, const QString &workingDir = {});
    const QList<Part> &parts() const { return m_parts; }

    // The shell line for Session::runShell.
    QByteArray shellLine() const;

    // Splits what the whole line printed back into its parts, in order. Parts that never started are
    // missing; text outside any part (a login banner) is dropped.
    static QList<Output> split(const QByteArray &out, const QByteArray &err);

private:
    QList<Part> m_parts;
};

} // namespace Steward::Servers
