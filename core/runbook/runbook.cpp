// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/runbook.h"

#include "core/releases/version.h"
#include "core/runbook/checks.h"
#include "core/runbook/fields.h"
#include "core/runbook/steps.h"
#include "core/runbook/yamlvalue.h"
#include "core/tr.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Steward::Runbook {

// ------------------------------------------------------------------------------------------------ context

QString Context::runDir() const
{
    return stateDir + u"/runs/"_s + runId;
}

QStringList Context::builtinVariables()
{
    return {u"server.name"_s,
            u"server.host"_s,
            u"server.user"_s,
            u"server.compose_dir"_s,
            u"server.public_url"_s,
            u"server.backup_unit"_s,
            u"run.id"_s,
            u"run.dir"_s,
            u"run.state_dir"_s,
            u"run.date"_s};
}

QHash<QString, QString> Context::variables() const
{
    QHash<QString, QString> v = parameters;
    v.insert(u"server.name"_s, server.name);
    v.insert(u"server.host"_s, server.host);
    v.insert(u"server.user"_s, server.user);
    v.insert(u"server.compose_dir"_s, server.composeDir);
    QString url = server.publicUrl;
    while (url.endsWith(u'/'))
        url.chop(1);
    v.insert(u"server.public_url"_s, url);
    v.insert(u"server.backup_unit"_s, server.backup.unit);
    v.insert(u"run.id"_s, runId);
    v.insert(u"run.dir"_s, runDir());
    v.insert(u"run.state_dir"_s, stateDir);
    // The day the run was made (its id starts with it), else today.
    const QDate made = QDate::fromString(runId.left(8), u"yyyyMMdd"_s);
    v.insert(u"run.date"_s, (made.isValid() ? made : now.toUTC().date()).toString(u"yyyy-MM-dd"_s));
    return v;
}

namespace {

// Walks text, calling onVariable(name, offset) for each ${name} and onText for the rest.
template<typename OnText, typename OnVariable>
void walkTemplate(const QString &text, OnText onText, OnVariable onVariable)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'$' && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next == u'$') {
                onText(QStringView(u"$"));
                i += 2;
                continue;
            }
            if (next == u'{') {
                const qsizetype end = text.indexOf(u'}', i + 2);
                if (end > 0) {
                    onVariable(text.mid(i + 2, end - i - 2).trimmed(), i);
                    i = end + 1;
                    continue;
                }
            }
        }
        onText(QStringView(text).mid(i, 1));
        ++i;
    }
}

} // namespace

QString Context::expand(const QString &text) const
{
    if (!text.contains(u'$'))
        return text;
    const QHash<QString, QString> values = variables();
    QString result;
    result.reserve(text.size());
    walkTemplate(
        text,
        [&result](QStringView t) { result += t; },
        [&result, &values](const QString &name, qsizetype) { result += values.value(name); });
    return result;
}

QStringList Context::expand(const QStringList &texts) const
{
    QStringList result;
    result.reserve(texts.size());
    for (const QString &t : texts)
        result.append(expand(t));
    return result;
}

TemplateCheck checkTemplate(const QString &text, const QStringList &known)
{
    TemplateCheck check;
    walkTemplate(
        text,
        [](QStringView) {},
        [&check, &known](const QString &name, qsizetype offset) {
            if (check.offset < 0 && !known.contains(name)) {
                check.unknown = name;
                check.offset = offset;
            }
        });
    return check;
}

// ------------------------------------------------------------------------------------------------ sizes

Result<qint64> parseDuration(const QString &text)
{
    static const QRegularExpression part(u"^(\\d+)(ms|s|m|h|d)"_s);
    QString rest = text.trimmed();
    if (rest.isEmpty())
        return Error{Core::Tr::tr("an empty duration")};
    qint64 total = 0;
    while (!rest.isEmpty()) {
        const auto m = part.match(rest);
        if (!m.hasMatch())
            return Error{Core::Tr::tr("“%1” is not a duration such as 90s, 5m or 1h30m").arg(text)};
        const qint64 n = m.captured(1).toLongLong();
        const QString unit = m.captured(2);
        const qint64 factor = unit == u"ms"  ? 1
                              : unit == u"s" ? 1000
                              : unit == u"m" ? 60000
                              : unit == u"h" ? 3600000
                                             : 86400000;
        total += n * factor;
        rest = rest.mid(m.capturedLength());
    }
    return total;
}

Result<qint64> parseSize(const QString &text)
{
    static const QRegularExpression re(u"^(\\d+(?:\\.\\d+)?)\\s*([KMGT]?)(i?B)?$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return Error{Core::Tr::tr("“%1” is not a size such as 512M or 10G").arg(text)};
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2).toUpper();
    const int shift = unit == u"K"   ? 10
                      : unit == u"M" ? 20
                      : unit == u"G" ? 30
                      : unit == u"T" ? 40
                                     : 0;
    return qint64(n * double(qint64(1) << shift));
}

// ------------------------------------------------------------------------------------------------ runbook

QString Parameter::typeName(Type type)
{
    switch (type) {
    case Type::String:
        return u"string"_s;
    case Type::Version:
        return u"version"_s;
    case Type::File:
        return u"file"_s;
    case Type::Text:
        return u"text"_s;
    case Type::Bool:
        return u"bool"_s;
    case Type::DateTime:
        return u"datetime"_s;
    case Type::Choice:
        return u"choice"_s;
    }
    return {};
}

const Step *Runbook::step(const QString &id) const
{
    for (const Step &s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

qsizetype Runbook::indexOf(const QString &stepId) const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id == stepId)
            return i;
    }
    return -1;
}

const Parameter *Runbook::parameter(const QString &name) const
{
    for (const Parameter &p : parameters) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

Result<QHash<QString, QString>> Runbook::resolveParameters(const QHash<QString, QString> &given) const
{
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (!parameter(it.key()))
            return Error{
                Core::Tr::tr("the runbook has no parameter “%1” (it has: %2)").arg(it.key(), [this] {
                    QStringList names;
                    for (const Parameter &p : parameters)
                        names.append(p.name);
                    return names.join(u", "_s);
                }())};
    }
    QHash<QString, QString> values;
    for (const Parameter &p : parameters) {
        QString value = given.contains(p.name) ? given.value(p.name) : p.defaultValue;
        if (value.isEmpty()) {
            if (p.required)
                return Error{
                    Core::Tr::tr("the parameter “%1” (%2) is required").arg(p.name, p.title)};
            values.insert(p.name, QString());
            continue;
        }
        switch (p.type) {
        case Parameter::Type::Version:
            if (!Releases::Version::parse(value.trimmed()))
                return Error{Core::Tr::tr("“%1” is not a version (%2)").arg(value, p.name)};
            value = value.trimmed();
            break;
        case Parameter::Type::Bool: {
            const QString v = value.trimmed().toLower();
            if (v != u"true" && v != u"false")
                return Error{Core::Tr::tr("“%1” must be true or false").arg(p.name)};
            value = v;
            break;
        }
        case Parameter::Type::DateTime:
            if (!QDateTime::fromString(value.trimmed(), Qt::ISODate).isValid())
                return Error{
                    Core::Tr::tr("“%1” is not a date and time such as 2026-11-22T00:10:00Z (%2)")
                        .arg(value, p.name)};
            value = value.trimmed();
            break;
        case Parameter::Type::Choice:
            if (!p.choices.contains(value))
                return Error{
                    Core::Tr::tr("“%1” must be one of: %2").arg(p.name, p.choices.join(u", "_s))};
            break;
        case Parameter::Type::File: {
            const QFileInfo info(value);
            if (!info.isFile() || !info.isReadable())
                return Error{
                    Core::Tr::tr("%1: no readable file “%2” on this computer").arg(p.name, value)};
            value = info.absoluteFilePath();
            break;
        }
        case Parameter::Type::String:
        case Parameter::Type::Text:
            break;
        }
        values.insert(p.name, value);
    }
    return values;
}

QStringList Runbook::secretValues(const QHash<QString, QString> &values) const
{
    QStringList secrets;
    for (const Parameter &p : parameters) {
        if (p.secret && !values.value(p.name).isEmpty())
            secrets.append(values.value(p.name));
    }
    return secrets;
}

namespace {

const QRegularExpression &stepIdPattern()
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9-]{0,62}$"_s);
    return re;
}

const QRegularExpression &parameterNamePattern()
{
    static const QRegularExpression re(u"^[a-z][a-z0-9_]{0,62}$"_s);
    return re;
}

Parameter parseParameter(const YamlValue &node, QSet<QString> &names)
{
    Fields f(node, Core::Tr::tr("a parameter"), {});
    Parameter p;
    p.line = node.line;
    p.name = f.string(u"name"_s, true).trimmed();
    if (!parameterNamePattern().match(p.name).hasMatch())
        f.failKey(Core::Tr::tr("parameter name “%1”: use lower-case letters, digits and _")
                      .arg(p.name),
                  u"name"_s);
    if (names.contains(p.name) || Context::builtinVariables().contains(p.name))
        f.failKey(Core::Tr::tr("the parameter “%1” is defined twice").arg(p.name), u"name"_s);
    names.insert(p.name);
    Fields g(node, Core::Tr::tr("parameter “%1”").arg(p.name), {});
    g.raw(u"name"_s);
    p.title = g.string(u"title"_s, false, p.name);
    p.description = g.string(u"description"_s);
    const QString type = g.choice(
        u"type"_s,
        {u"string"_s, u"version"_s, u"file"_s, u"text"_s, u"bool"_s, u"datetime"_s, u"choice"_s},
        u"string"_s);
    for (Parameter::Type t : {Parameter::Type::String,
                              Parameter::Type::Version,
                              Parameter::Type::File,
                              Parameter::Type::Text,
                              Parameter::Type::Bool,
                              Parameter::Type::DateTime,
                              Parameter::Type::Choice}) {
        if (Parameter::typeName(t) == type)
            p.type = t;
    }
    p.required = g.boolean(u"required"_s, false);
    p.defaultValue = g.string(u"default"_s);
    p.choices = g.stringList(u"choices"_s);
    p.secret = g.boolean(u"secret"_s, false);
    if (p.type == Parameter::Type::Choice && p.choices.isEmpty())
        g.failKey(Core::Tr::tr("parameter “%1”: a choice needs “choices”").arg(p.name), u"type"_s);
    if (p.secret && !p.defaultValue.isEmpty())
        g.failKey(Core::Tr::tr("parameter “%1”: a secret has no default").arg(p.name), u"default"_s);
    g.finish();
    return p;
}

Step parseStep(const YamlValue &node, const QStringList &known, const QList<Step> &before)
{
    Fields head(node, Core::Tr::tr("a step"), known);
    Step step;
    step.line = node.line;
    step.column = node.column;
    step.id = head.string(u"id"_s, true).trimmed();
    if (!stepIdPattern().match(step.id).hasMatch())
        head.failKey(Core::Tr::tr("step id “%1”: use lower-case letters, digits and -").arg(step.id),
                     u"id"_s);
    for (const Step &s : before) {
        if (s.id == step.id)
            head.failKey(Core::Tr::tr("the step id “%1” is used twice").arg(step.id), u"id"_s);
    }
    Fields f(node, Core::Tr::tr("step “%1”").arg(step.id), known);
    f.raw(u"id"_s);
    step.type = f.string(u"type"_s, true).trimmed();
    step.title = f.templ(u"title"_s, true);
    step.explanation = f.templ(u"explanation"_s);
    step.needs = f.stringList(u"needs"_s);
    for (const QString &need : step.needs) {
        bool found = false;
        for (const Step &s : before)
            found = found || s.id == need;
        if (!found)
            f.failKey(Core::Tr::tr("step “%1” needs “%2”, which is not a step before it")
                          .arg(step.id, need),
                      u"needs"_s);
    }
    if (const YamlValue *verify = f.raw(u"verify"_s); verify && !verify->isNull()) {
        if (!verify->isList())
            f.failKey(Core::Tr::tr("step “%1”: “verify” must be a list of checks").arg(step.id),
                      u"verify"_s);
        for (qsizetype i = 0; i < verify->items.size(); ++i) {
            Fields cf(verify->items.at(i),
                      Core::Tr::tr("step “%1”, verify %2").arg(step.id).arg(i + 1),
                      known);
            step.verify.append(Check::parse(cf));
        }
    }
    step.action = StepAction::parse(step.type, f);
    f.finish();
    return step;
}

} // namespace

Result<Runbook> parse(const QByteArray &yaml, const QString &origin)
{
    if (yaml.size() > 1024 * 1024)
        return Error{Core::Tr::tr("the file is larger than 1 MiB; it is not a runbook")};
    const auto tree = YamlValue::parse(yaml);
    if (!tree.ok())
        return tree.error();
    try {
        const YamlValue &root = tree.value();
        if (root.isNull())
            return Error{Core::Tr::tr("the runbook is empty")};
        Fields f(root, Core::Tr::tr("the runbook"), {});
        Runbook book;
        book.origin = origin;
        book.source = yaml;
        const YamlValue *version = f.raw(u"runbook"_s);
        if (!version)
            return Error{Core::Tr::tr(
                             "not a runbook: the first key must be “runbook: %1” (the format's "
                             "version)")
                             .arg(Runbook::formatVersion),
                         1,
                         1};
        if (!version->isScalar()
            || version->scalar.trimmed() != QString::number(Runbook::formatVersion))
            f.fail(Core::Tr::tr(
                       "runbook format %1 is not known to this Steward (it reads format %2)")
                       .arg(version->scalar, QString::number(Runbook::formatVersion)),
                   *version);
        book.id = f.string(u"id"_s, true).trimmed();
        if (!stepIdPattern().match(book.id).hasMatch())
            f.failKey(Core::Tr::tr("runbook id “%1”: use lower-case letters, digits and -")
                          .arg(book.id),
                      u"id"_s);
        book.title = f.string(u"title"_s, true);
        book.description = f.string(u"description"_s);
        QSet<QString> names;
        if (const YamlValue *params = f.raw(u"parameters"_s); params && !params->isNull()) {
            if (!params->isList())
                f.failKey(Core::Tr::tr("“parameters” must be a list"), u"parameters"_s);
            for (const YamlValue &p : params->items)
                book.parameters.append(parseParameter(p, names));
        }
        QStringList known = Context::builtinVariables();
        for (const Parameter &p : book.parameters)
            known.append(p.name);
        const YamlValue *steps = f.raw(u"steps"_s);
        if (!steps || !steps->isList() || steps->items.isEmpty())
            f.fail(Core::Tr::tr("the runbook needs “steps”, a list of steps"),
                   steps ? *steps : root);
        for (const YamlValue &s : steps->items)
            book.steps.append(parseStep(s, known, book.steps));
        f.finish();
        return book;
    } catch (const ParseFailure &failure) {
        return failure.error;
    }
}

} // namespace Steward::Runbook
