// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace Steward {

// What ssh_config(5) says for one host, after applying every matching block (first value wins,
// IdentityFile accumulates), as OpenSSH does.
struct SshHostConfig
{
    QString alias;    // what was asked for
    QString hostName; // HostName (with %h expanded), else the alias
    std::optional<QString> user;
    std::optional<int> port;
    QStringList identityFiles; // ~ and %d, %u, %h, %r expanded
    bool identitiesOnly = false;
    QString proxyJump;           // "none" is returned as empty
    int serverAliveInterval = 0; // seconds, 0 = off
    int serverAliveCountMax = 3;
    int connectTimeout = 0; // seconds, 0 = system default
    QString userKnownHostsFile;
    QString strictHostKeyChecking;
};

// A parsed ~/.ssh/config (with its Includes). Malformed lines are reported, skipped, and never fatal.
class SshConfig
{
public:
    struct Option
    {
        QString keyword; // lower case
        QStringList args;
        QString file;
        int line = 0;
    };
    struct Block
    {
        enum Kind { Global, Host, Match };
        Kind kind = Global;
        QStringList patterns; // Host patterns, or the Match criteria
        QList<Option> options;
        // The Host or Match blocks an Include of this block's file was written in, outermost first: the
        // block applies only when they match too (OpenSSH never matches inside a skipped Include).
        QList<std::pair<Kind, QStringList>> enclosing;
    };
    struct Warning
    {
        QString file;
        int line = 0;
        QString message;
    };

    // Loads an Include argument (a file name or glob, already made absolute): the files' (path, bytes).
    using IncludeLoader
        = std::function<QList<std::pair<QString, QByteArray>>(const QString &pattern)>;

    // Parses config text. Relative Include paths are taken from includeBase (~/.ssh for a user config).
    static SshConfig parse(const QByteArray &text,
                           const QString &fileName = QString(),
                           const QString &includeBase = QString(),
                           const IncludeLoader &loader = {});
    // Reads a config file from disk, following Include. A missing file is an empty config.
    static SshConfig load(const QString &path);
    // ~/.ssh/config
    static QString defaultPath();

    SshHostConfig resolve(const QString &host, const QString &localUser = QString()) const;
    // Host aliases that name one host (no wildcard, no negation), in file order, without duplicates.
    QStringList concreteHosts() const;

    const QList<Block> &blocks() const { return m_blocks; }
    const QList<Warning> &warnings() const { return m_warnings; }

    // ssh_config pattern matching: *, ? and a pattern list with !negation, case-insensitive.
    static bool matchPatternList(const QString &host, const QStringList &patterns);
    // Splits a config line's arguments: whitespace separated, "double quotes" group.
    static std::optional<QStringList> splitArguments(const QString &text);

private:
    void parseInto(const QByteArray &text,
                   const QString &fileName,
                   const QString &includeBase,
                   const IncludeLoader &loader,
                   int depth,
                   const QList<std::pair<Block::Kind, QStringList>> &enclosing = {});

    QList<Block> m_blocks;
    QList<Warning> m_warnings;
    QStringList m_ignoreUnknown; // IgnoreUnknown patterns seen so far
};

} // namespace Steward
