// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/onboarding/glossary.h"

#include "core/onboarding/yamlfields.h"
#include "core/ssh/shellquote.h"
#include "core/tr.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Steward::Onboarding {

namespace {

using Yaml::YamlValue;

const QRegularExpression &placeholder()
{
    static const QRegularExpression re(u"\\{([A-Z][A-Z0-9_]*)\\}"_s);
    return re;
}

QSet<QString> placeholdersIn(const QStringList &argv)
{
    QSet<QString> names;
    for (const QString &arg : argv) {
        auto it = placeholder().globalMatch(arg);
        while (it.hasNext())
            names.insert(it.next().captured(1));
    }
    return names;
}

GlossaryParameter parseParameter(const YamlValue &node)
{
    Yaml::requireMap(node, Core::Tr::tr("each parameter must be a mapping of keys to values"));
    Yaml::checkKeys(node, {u"name"_s, u"description"_s, u"example"_s});
    GlossaryParameter p;
    p.name = Yaml::requiredString(node, u"name"_s);
    static const QRegularExpression name(u"^[A-Z][A-Z0-9_]*$"_s);
    if (!name.match(p.name).hasMatch())
        Yaml::fail(*node.value(u"name"_s),
                   Core::Tr::tr("a parameter's “name” is written in capitals, such as UNIT"));
    p.description = Yaml::requiredString(node, u"description"_s);
    p.example = Yaml::requiredString(node, u"example"_s);
    const QString problem = parameterValueProblem(p.example);
    if (!problem.isEmpty())
        Yaml::fail(*node.value(u"example"_s), problem);
    return p;
}

GlossaryEntry parseEntry(const YamlValue &node)
{
    Yaml::requireMap(node, Core::Tr::tr("each command must be a mapping of keys to values"));
    Yaml::checkKeys(node,
                    {u"id"_s,
                     u"title"_s,
                     u"argv"_s,
                     u"where"_s,
                     u"changes_state"_s,
                     u"interactive"_s,
                     u"follow_seconds"_s,
                     u"what"_s,
                     u"when"_s,
                     u"output"_s,
                     u"sample"_s,
                     u"parameters"_s});
    GlossaryEntry e;
    e.line = node.line;
    e.id = Yaml::requiredString(node, u"id"_s);
    static const QRegularExpression id(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    if (!id.match(e.id).hasMatch())
        Yaml::fail(*node.value(u"id"_s),
                   Core::Tr::tr("“id” must be lowercase letters, digits, '.', '_' or '-' "
                                "(at most 64), such as compose-ps"));
    e.title = Yaml::requiredString(node, u"title"_s);
    const YamlValue *argv = node.value(u"argv"_s);
    if (!argv)
        Yaml::fail(node, Core::Tr::tr("“argv” is missing"));
    if (!argv->isList() || argv->items.isEmpty())
        Yaml::fail(*argv,
                   Core::Tr::tr("“argv” must be a list of arguments, such as [docker, compose, "
                                "ps]: each element reaches the program as one argument"));
    for (const YamlValue &item : argv->items) {
        if (!item.isScalar() || item.scalar.isEmpty())
            Yaml::fail(item, Core::Tr::tr("each argument of “argv” must be a non-empty value"));
        e.argv.append(item.scalar);
    }
    if (const YamlValue *v = Yaml::optional(node, u"where"_s)) {
        const QString where = Yaml::string(*v, u"where"_s, true);
        if (where == u"compose_dir")
            e.where = GlossaryEntry::Where::ComposeDir;
        else if (where == u"home")
            e.where = GlossaryEntry::Where::Home;
        else
            Yaml::fail(*v, Core::Tr::tr("“where” must be compose_dir or home"));
    }
    const YamlValue *changes = node.value(u"changes_state"_s);
    if (!changes)
        Yaml::fail(node,
                   Core::Tr::tr("command “%1” must say whether it changes state "
                                "(“changes_state: true” or false)")
                       .arg(e.id));
    e.changesState = Yaml::boolean(*changes, u"changes_state"_s);
    if (const YamlValue *v = Yaml::optional(node, u"interactive"_s))
        e.interactive = Yaml::boolean(*v, u"interactive"_s);
    if (const YamlValue *v = Yaml::optional(node, u"follow_seconds"_s))
        e.followSeconds = Yaml::integer(*v, u"follow_seconds"_s, 1, Glossary::maxFollowSeconds);
    e.what = Yaml::requiredString(node, u"what"_s);
    e.when = Yaml::requiredString(node, u"when"_s);
    e.output = Yaml::requiredString(node, u"output"_s);
    // A sample is required (it may be empty: `systemctl start` says nothing), except for a command that
    // needs a terminal.
    if (const YamlValue *v = node.value(u"sample"_s)) {
        if (!v->isScalar() && !v->isNull())
            Yaml::fail(*v, Core::Tr::tr("“sample” must be text (a block with |)"));
        e.sample = v->scalar;
    } else if (!e.interactive) {
        Yaml::fail(node,
                   Core::Tr::tr("command “%1” has no “sample”: paste the real output of a run on "
                                "the lab")
                       .arg(e.id));
    }
    QHash<QString, const YamlValue *> parameterNodes;
    if (const YamlValue *v = Yaml::optional(node, u"parameters"_s)) {
        if (!v->isList())
            Yaml::fail(*v, Core::Tr::tr("“parameters” must be a list"));
        for (const YamlValue &item : v->items) {
            GlossaryParameter p = parseParameter(item);
            if (parameterNodes.contains(p.name))
                Yaml::fail(item, Core::Tr::tr("the parameter “%1” is given twice").arg(p.name));
            parameterNodes.insert(p.name, &item);
            e.parameters.append(std::move(p));
        }
    }
    const QSet<QString> used = placeholdersIn(e.argv);
    for (const QString &name : used) {
        if (!parameterNodes.contains(name))
            Yaml::fail(*argv,
                       Core::Tr::tr("“argv” uses {%1}, which is not among the “parameters”")
                           .arg(name));
    }
    for (const GlossaryParameter &p : std::as_const(e.parameters)) {
        if (!used.contains(p.name))
            Yaml::fail(*parameterNodes.value(p.name),
                       Core::Tr::tr("the parameter “%1” is not used in “argv”").arg(p.name));
    }
    if (e.interactive && e.followSeconds > 0)
        Yaml::fail(node,
                   Core::Tr::tr("command “%1” cannot be both interactive and followed").arg(e.id));
    return e;
}

} // namespace

QString parameterValueProblem(const QString &value)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9@._:+=][A-Za-z0-9@._:+=-]{0,127}$"_s);
    if (value.isEmpty())
        return Core::Tr::tr("an empty value");
    if (!safe.match(value).hasMatch())
        return Core::Tr::tr("“%1” is not a name, unit or number (letters, digits and @ . _ : + = "
                            "-, not starting with -)")
            .arg(value);
    return {};
}

Result<QStringList> GlossaryEntry::resolvedArgv(const QHash<QString, QString> &values) const
{
    QHash<QString, QString> filled;
    for (const GlossaryParameter &p : parameters) {
        const QString value = values.value(p.name, p.example);
        const QString problem = parameterValueProblem(value);
        if (!problem.isEmpty())
            return Error{Core::Tr::tr("%1: %2").arg(p.name, problem)};
        filled.insert(p.name, value);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!filled.contains(it.key()))
            return Error{Core::Tr::tr("“%1” has no parameter %2").arg(id, it.key())};
    }
    QStringList result;
    result.reserve(argv.size());
    for (const QString &arg : argv) {
        QString out;
        qsizetype last = 0;
        auto it = placeholder().globalMatch(arg);
        while (it.hasNext()) {
            const auto m = it.next();
            out += QStringView(arg).mid(last, m.capturedStart() - last);
            out += filled.value(m.captured(1));
            last = m.capturedEnd();
        }
        out += QStringView(arg).mid(last);
        result.append(out);
    }
    return result;
}

QString GlossaryEntry::workingDirectory(const Server &server) const
{
    return where == Where::ComposeDir ? server.composeDir : QString();
}

Result<QString> GlossaryEntry::commandLine(const Server &server,
                                           const QHash<QString, QString> &values) const
{
    const auto resolved = resolvedArgv(values);
    if (!resolved)
        return resolved.error();
    const QString line = Ssh::commandLine(resolved.value());
    const QString dir = workingDirectory(server);
    if (dir.isEmpty())
        return line;
    return QString(Ssh::commandLine(QStringList{u"cd"_s, u"--"_s, dir}) + u" && "_s + line);
}

const GlossaryEntry *Glossary::entry(const QString &id) const
{
    for (const GlossaryEntry &e : entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

Result<Glossary> parseGlossary(const QByteArray &yaml)
{
    auto loaded = Yaml::load(yaml, Glossary::maxFileSize);
    if (!loaded)
        return loaded.error();
    const YamlValue &root = loaded.value();
    Glossary glossary;
    if (root.isNull())
        return glossary;
    try {
        Yaml::requireMap(root,
                         Core::Tr::tr("the glossary must be a mapping with a “commands” list"));
        Yaml::checkKeys(root, {u"version"_s, u"commands"_s});
        Yaml::checkVersion(root, Glossary::formatVersion);
        const YamlValue *list = Yaml::optional(root, u"commands"_s);
        if (!list)
            return glossary;
        if (!list->isList())
            Yaml::fail(*list, Core::Tr::tr("“commands” must be a list"));
        QSet<QString> ids;
        for (const YamlValue &item : list->items) {
            GlossaryEntry e = parseEntry(item);
            if (ids.contains(e.id))
                Yaml::fail(*item.value(u"id"_s),
                           Core::Tr::tr("the id “%1” is used twice").arg(e.id));
            ids.insert(e.id);
            glossary.entries.append(std::move(e));
        }
    } catch (const YamlFail &failure) {
        return failure.error;
    }
    return glossary;
}

} // namespace Steward::Onboarding
