// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Steward::Onboarding {

// A value a command needs ({UNIT} in `journalctl -f -u {UNIT}`): what it is, and the value used on the lab.
struct GlossaryParameter
{
    QString name; // UPPER_CASE, as written in the argv: {UNIT}
    QString description;
    QString example; // what "Try on the lab" fills in
    bool operator==(const GlossaryParameter &) const = default;
};

// One command of the group's glossary (commands.yaml, docs/onboarding.md): the argument list, where it runs,
// what it does, when to use it, what its output means, a real output sample, and whether it changes state
// (such commands are tried on the lab only).
struct GlossaryEntry
{
    enum class Where { Home, ComposeDir };

    QString id;
    QString title;
    QStringList argv; // may hold {NAME} placeholders of parameters
    Where where = Where::Home;
    bool changesState = false;
    bool interactive = false; // needs a terminal (a console): copied, never tried from here
    int followSeconds = 0; // follows output until stopped (-f): tried for this long, then stopped
    QString what;
    QString when;
    QString output; // what its output means
    QString sample; // a real output sample (from the lab)
    QList<GlossaryParameter> parameters;
    int line = 0;

    // The argv with each {NAME} replaced by values[NAME], or by the parameter's example when values has
    // none. Values are checked: names, units, numbers only (letters, digits, @ . _ : + - =), never a
    // leading '-', so that a value can never become an option or more than one argument.
    Result<QStringList> resolvedArgv(const QHash<QString, QString> &values = {}) const;
    // What to paste in a terminal on server: "cd -- /opt/mastodon && docker compose ps".
    Result<QString> commandLine(const Server &server,
                                const QHash<QString, QString> &values = {}) const;
    QString workingDirectory(const Server &server) const;
    bool operator==(const GlossaryEntry &) const = default;
};

struct Glossary
{
    static constexpr int formatVersion = 1;
    static constexpr qint64 maxFileSize = 1024 * 1024;
    static constexpr int maxFollowSeconds = 60;

    QList<GlossaryEntry> entries;
    const GlossaryEntry *entry(const QString &id) const;
};

// Parses commands.yaml; an Error with line and column otherwise.
Result<Glossary> parseGlossary(const QByteArray &yaml);

// Whether value may fill a parameter (see resolvedArgv); empty when it may, else why not.
QString parameterValueProblem(const QString &value);

} // namespace Steward::Onboarding
