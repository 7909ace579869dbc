// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inventory/ansibleinventory.h"

#include "core/inventory/inventory.h"
#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace Steward {

QString AnsibleImport::methodDescription() const
{
    switch (method) {
    case Method::AnsibleInventory:
        return Core::Tr::tr(
            "Read with ansible-inventory (group and host variables resolved by Ansible).");
    case Method::IniFile:
        return Core::Tr::tr(
            "ansible-inventory is not installed: read with Steward's own INI inventory reader "
            "(inline variables, [group:vars], group_vars/ and host_vars/; no plugins, no "
            "templates).");
    case Method::YamlFile:
        return Core::Tr::tr(
            "ansible-inventory is not installed: read with Steward's own YAML inventory reader "
            "(hosts, vars, children, group_vars/ and host_vars/; no plugins, no templates).");
    }
    return {};
}

namespace Ansible {

namespace {

const QString kAll = u"all"_s;
const QString kUngrouped = u"ungrouped"_s;

// The first of these variables that is set (Ansible's current name first, then its older aliases).
QString firstOf(const Vars &vars, std::initializer_list<QString> names, QString *which = nullptr)
{
    for (const QString &name : names) {
        const auto it = vars.constFind(name);
        if (it != vars.cend() && !it->isEmpty()) {
            if (which)
                *which = name;
            return *it;
        }
    }
    return {};
}

// Ansible's connection plugins that speak SSH (what Steward can use in its place).
bool isSshConnection(const QString &connection)
{
    static const QSet<QString> ssh{u"ssh"_s,
                                   u"smart"_s,
                                   u"paramiko"_s,
                                   u"paramiko_ssh"_s,
                                   u"ansible.builtin.ssh"_s,
                                   u"ansible.builtin.paramiko_ssh"_s,
                                   u"ansible.netcommon.libssh"_s,
                                   u"libssh"_s};
    return connection.isEmpty() || ssh.contains(connection);
}

// Groups with their variables, member hosts and children: what both fallback readers build.
struct Group
{
    Vars vars;
    QStringList hosts;
    QStringList children;
};

struct Model
{
    std::map<QString, Group> groups; // ordered by name, as Ansible sorts groups of equal depth
    QStringList hostOrder;           // first appearance, as the file lists them
    QHash<QString, Vars> hostVars;

    Group &group(const QString &name) { return groups[name]; }
    void addHost(const QString &group, const QString &host)
    {
        Group &g = groups[group];
        if (!g.hosts.contains(host))
            g.hosts.append(host);
        if (!hostOrder.contains(host))
            hostOrder.append(host);
        hostVars[host]; // present, maybe empty
    }
};

// Depth of each group below "all" (the longest path, as Ansible's get_ancestors ordering uses).
QHash<QString, int> depths(const Model &m)
{
    QHash<QString, int> depth;
    depth.insert(kAll, 0);
    // Relax along children edges; a cycle is bounded by the number of groups.
    const int limit = int(m.groups.size()) + 1;
    for (int round = 0; round < limit; ++round) {
        bool changed = false;
        for (const auto &[name, g] : m.groups) {
            const int d = depth.value(name, 0);
            for (const QString &child : g.children) {
                if (child != kAll && depth.value(child, 0) < d + 1 && d + 1 <= limit) {
                    depth.insert(child, d + 1);
                    changed = true;
                }
            }
        }
        if (!changed)
            break;
    }
    return depth;
}

// Every group a host is in: its own groups and their ancestors, all included.
QSet<QString> groupsOf(const Model &m, const QString &host)
{
    QHash<QString, QStringList> parents;
    for (const auto &[name, g] : m.groups)
        for (const QString &child : g.children)
            parents[child].append(name);
    QSet<QString> result{kAll};
    QStringList todo;
    for (const auto &[name, g] : m.groups)
        if (g.hosts.contains(host))
            todo.append(name);
    while (!todo.isEmpty()) {
        const QString g = todo.takeLast();
        if (result.contains(g) && g != kAll)
            continue;
        result.insert(g);
        todo.append(parents.value(g));
    }
    return result;
}

// Turns the model into servers: group variables from the shallowest group to the deepest (names in
// order at equal depth), then host variables, as Ansible's combine_vars does for an inventory.
AnsibleImport finish(Model &m,
                     const ExtraVars &extra,
                     AnsibleImport::Method method,
                     const QString &source)
{
    for (auto it = extra.groups.cbegin(); it != extra.groups.cend(); ++it) {
        Group &g = m.group(it.key());
        for (auto v = it->cbegin(); v != it->cend(); ++v)
            if (!g.vars.contains(v.key()))
                g.vars.insert(v.key(),
                              v.value()); // the inventory file's own vars win over group_vars/
    }
    const QHash<QString, int> depth = depths(m);
    AnsibleImport result;
    result.method = method;
    for (const QString &host : std::as_const(m.hostOrder)) {
        const QSet<QString> all = groupsOf(m, host);
        QStringList ordered(all.cbegin(), all.cend());
        std::sort(ordered.begin(), ordered.end(), [&depth](const QString &a, const QString &b) {
            const int da = depth.value(a, 0), db = depth.value(b, 0);
            return da != db ? da < db : a < b;
        });
        Vars vars;
        for (const QString &g : std::as_const(ordered)) {
            const Vars &gv = m.group(g).vars;
            for (auto v = gv.cbegin(); v != gv.cend(); ++v)
                vars.insert(v.key(), v.value());
        }
        const Vars hv = extra.hosts.value(host);
        for (auto v = hv.cbegin(); v != hv.cend(); ++v)
            vars.insert(v.key(), v.value());
        const Vars own = m.hostVars.value(host);
        for (auto v = own.cbegin(); v != own.cend(); ++v)
            vars.insert(v.key(), v.value());
        QStringList direct;
        for (const auto &[name, g] : m.groups)
            if (g.hosts.contains(host) && name != kAll && name != kUngrouped)
                direct.append(name);
        auto server = serverFromVars(host, vars, direct, source);
        if (server)
            result.servers.append(server.value());
        else
            result.warnings.append(server.error().message);
    }
    if (m.hostOrder.isEmpty())
        result.warnings.append(Core::Tr::tr("The inventory names no host."));
    return result;
}

// ----------------------------------------------------------------- INI
// shlex.split(line, comments=True) as Ansible's ini plugin uses it: words, quotes, backslashes, "#" starts
// a comment at the start of a word. False on an unclosed quote.
bool shellWords(const QString &line, QStringList *words)
{
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == u'\\' && quote == u'"' && i + 1 < line.size()
                       && (line.at(i + 1) == u'"' || line.at(i + 1) == u'\\')) {
                word += line.at(++i);
            } else {
                word += c;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                words->append(word);
            word.clear();
            inWord = false;
        } else if (c == u'#' && !inWord) {
            break;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        return false;
    if (inWord)
        words->append(word);
    return true;
}

// A value of [group:vars] as Ansible's _parse_value reads it: a quoted Python string loses its quotes.
QString iniValue(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.front() == u'"' || v.front() == u'\'') && v.back() == v.front())
        return v.mid(1, v.size() - 2);
    return v;
}

// "host", "host:2222", "[2001:db8::1]:2222" → host and port (0 when none).
bool splitHostPort(const QString &pattern, QString *host, int *port)
{
    *port = 0;
    static const QRegularExpression bracketed(u"^\\[([0-9a-fA-F:.]+)\\](?::(\\d+))?$"_s);
    if (const auto m = bracketed.match(pattern); m.hasMatch() && m.captured(1).contains(u':')) {
        *host = m.captured(1);
        *port = m.captured(2).toInt();
        return true;
    }
    static const QRegularExpression withPort(u"^(.*[^:]):(\\d+)$"_s);
    if (const auto m = withPort.match(pattern); m.hasMatch() && !m.captured(1).contains(u':')) {
        *host = m.captured(1);
        *port = m.captured(2).toInt();
        return true;
    }
    *host = pattern;
    return true;
}

Error iniError(const QString &message, int line)
{
    return Error{message, line, 0};
}

// ----------------------------------------------------------------- YAML
QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

Error yamlError(const QString &message, const YAML::Mark &mark)
{
    return Error{message,
                 mark.line >= 0 ? mark.line + 1 : 0,
                 mark.column >= 0 ? mark.column + 1 : 0};
}

// Scalar variables of a mapping; other values (lists, mappings) are not connection settings.
Vars yamlVars(const YAML::Node &node, const QString &where, QStringList *warnings)
{
    Vars vars;
    if (!node || node.IsNull())
        return vars;
    if (!node.IsMap()) {
        warnings->append(Core::Tr::tr("%1: “vars” is not a mapping; ignored").arg(where));
        return vars;
    }
    for (const auto &entry : node) {
        const QString key = fromStd(entry.first.as<std::string>());
        if (entry.second.IsScalar())
            vars.insert(key, fromStd(entry.second.Scalar()));
        else if (key.startsWith(u"ansible_"_s))
            warnings->append(Core::Tr::tr("%1: %2 is not a single value; ignored").arg(where, key));
    }
    return vars;
}

struct YamlFail
{
    Error error;
};

void yamlGroup(
    Model &m, const QString &name, const YAML::Node &node, int depth, QStringList *warnings)
{
    if (depth > 64)
        throw YamlFail{yamlError(Core::Tr::tr("groups nested too deep"), node.Mark())};
    m.group(name);
    if (!node || node.IsNull())
        return;
    if (!node.IsMap())
        throw YamlFail{
            yamlError(Core::Tr::tr("group “%1” must be a mapping (hosts, vars, children)").arg(name),
                      node.Mark())};
    for (const auto &entry : node) {
        const QString key = fromStd(entry.first.as<std::string>());
        const YAML::Node &value = entry.second;
        if (key == u"hosts"_s) {
            if (value.IsNull())
                continue;
            if (!value.IsMap())
                throw YamlFail{yamlError(Core::Tr::tr("“hosts” of group “%1” must be a mapping of "
                                                      "host names")
                                             .arg(name),
                                         value.Mark())};
            for (const auto &h : value) {
                const QString pattern = fromStd(h.first.as<std::string>());
                QString error;
                const QStringList hosts = expandHostPattern(pattern, &error);
                if (!error.isEmpty())
                    throw YamlFail{yamlError(error, h.first.Mark())};
                for (const QString &hostPattern : hosts) {
                    QString host;
                    int port = 0;
                    splitHostPort(hostPattern, &host, &port);
                    m.addHost(name, host);
                    const Vars vars = yamlVars(h.second, host, warnings);
                    Vars &hv = m.hostVars[host];
                    for (auto v = vars.cbegin(); v != vars.cend(); ++v)
                        hv.insert(v.key(), v.value());
                    if (port > 0 && !hv.contains(u"ansible_port"_s))
                        hv.insert(u"ansible_port"_s, QString::number(port));
                }
            }
        } else if (key == u"vars"_s) {
            const Vars vars = yamlVars(value, name, warnings);
            Vars &gv = m.group(name).vars;
            for (auto v = vars.cbegin(); v != vars.cend(); ++v)
                gv.insert(v.key(), v.value());
        } else if (key == u"children"_s) {
            if (value.IsNull())
                continue;
            if (!value.IsMap())
                throw YamlFail{yamlError(Core::Tr::tr("“children” of group “%1” must be a mapping "
                                                      "of groups")
                                             .arg(name),
                                         value.Mark())};
            for (const auto &c : value) {
                const QString child = fromStd(c.first.as<std::string>());
                if (!m.group(name).children.contains(child))
                    m.group(name).children.append(child);
                yamlGroup(m, child, c.second, depth + 1, warnings);
            }
        } else {
            // Ansible's yaml plugin skips these with a warning too.
            warnings->append(Core::Tr::tr("group “%1”: unexpected key “%2” (only hosts, vars and "
                                          "children are read); skipped")
                                 .arg(name, key));
        }
    }
}

// The host ranges of one bracket: "01:03" → 01, 02, 03.
bool expandRange(const QString &range, QStringList *out, QString *error)
{
    const QStringList parts = range.split(u':');
    if (parts.size() < 2 || parts.size() > 3) {
        *error = Core::Tr::tr(
                     "“[%1]” is not a host range (expected [start:end] or [start:end:step])")
                     .arg(range);
        return false;
    }
    QString begin = parts.at(0);
    const QString end = parts.at(1);
    int step = 1;
    if (parts.size() == 3) {
        bool ok = false;
        step = parts.at(2).isEmpty() ? 1 : parts.at(2).toInt(&ok);
        if (!parts.at(2).isEmpty() && (!ok || step <= 0)) {
            *error = Core::Tr::tr("the step of host range “[%1]” is not a positive number")
                         .arg(range);
            return false;
        }
    }
    if (begin.isEmpty())
        begin = u"0"_s;
    if (end.isEmpty()) {
        *error = Core::Tr::tr("host range “[%1]” has no end").arg(range);
        return false;
    }
    bool numericBegin = false, numericEnd = false;
    const int b = begin.toInt(&numericBegin);
    const int e = end.toInt(&numericEnd);
    if (numericBegin && numericEnd) {
        if (b > e) {
            *error = Core::Tr::tr("host range “[%1]” ends before it begins").arg(range);
            return false;
        }
        if (e - b > 100000) {
            *error = Core::Tr::tr("host range “[%1]” is too large").arg(range);
            return false;
        }
        // A leading zero pads to the width of the start, as Ansible does.
        const int width = begin.size() > 1 && begin.startsWith(u'0') ? int(begin.size()) : 0;
        for (int i = b; i <= e; i += step)
            out->append(u"%1"_s.arg(i, width, 10, QChar(u'0')));
        return true;
    }
    if (begin.size() == 1 && end.size() == 1 && begin.at(0).isLetter() && end.at(0).isLetter()
        && begin.at(0).unicode() < 128 && end.at(0).unicode() < 128) {
        if (begin.at(0) > end.at(0)) {
            *error = Core::Tr::tr("host range “[%1]” ends before it begins").arg(range);
            return false;
        }
        for (ushort c = begin.at(0).unicode(); c <= end.at(0).unicode(); c += ushort(step))
            out->append(QChar(c));
        return true;
    }
    *error = Core::Tr::tr("host range “[%1]” mixes letters and numbers or is not a range").arg(range);
    return false;
}

} // namespace

QStringList expandHostPattern(const QString &pattern, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    err.clear();
    // "[2001:db8::1]" or "[2001:db8::1]:22" is an IPv6 address, not a range.
    static const QRegularExpression ipv6(u"^\\[[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\\](:\\d+)?$"_s);
    if (ipv6.match(pattern).hasMatch() && pattern.count(u':') > 2)
        return {pattern};
    const qsizetype open = pattern.indexOf(u'[');
    if (open < 0)
        return {pattern};
    const qsizetype close = pattern.indexOf(u']', open);
    if (close < 0) {
        err = Core::Tr::tr("“%1” has “[” without “]”").arg(pattern);
        return {};
    }
    QStringList middles;
    if (!expandRange(pattern.mid(open + 1, close - open - 1), &middles, &err))
        return {};
    const QStringList tails = expandHostPattern(pattern.mid(close + 1), &err);
    if (!err.isEmpty())
        return {};
    QStringList result;
    const QString head = pattern.left(open);
    for (const QString &m : std::as_const(middles))
        for (const QString &t : tails)
            result.append(head + m + t);
    return result;
}

Result<Server> serverFromVars(const QString &host,
                              const Vars &vars,
                              const QStringList &groups,
                              const QString &sourceName)
{
    const auto templated = [](const QString &v) {
        return v.contains(u"{{"_s) || v.contains(u"{%"_s);
    };
    const QString connection = vars.value(u"ansible_connection"_s);
    if (!isSshConnection(connection))
        return Error{Core::Tr::tr("%1: not an SSH host (ansible_connection=%2); left out")
                         .arg(host, connection)};
    Server s;
    s.name = host;
    QString which;
    s.host = firstOf(vars, {u"ansible_host"_s, u"ansible_ssh_host"_s}, &which);
    if (s.host.isEmpty())
        s.host = host;
    else if (templated(s.host))
        return Error{
            Core::Tr::tr("%1: %2 is a template (%3) that only Ansible can resolve; left out")
                .arg(host, which, s.host)};
    const QString port = firstOf(vars, {u"ansible_port"_s, u"ansible_ssh_port"_s}, &which);
    if (!port.isEmpty()) {
        bool ok = false;
        s.port = port.trimmed().toInt(&ok);
        if (!ok || s.port < 1 || s.port > 65535)
            return Error{
                Core::Tr::tr("%1: %2 “%3” is not a port number; left out").arg(host, which, port)};
    }
    s.user = firstOf(vars, {u"ansible_user"_s, u"ansible_ssh_user"_s}, &which);
    if (templated(s.user))
        return Error{
            Core::Tr::tr("%1: %2 is a template (%3) that only Ansible can resolve; left out")
                .arg(host, which, s.user)};
    s.identityFile = firstOf(vars,
                             {u"ansible_ssh_private_key_file"_s, u"ansible_private_key_file"_s},
                             &which);
    if (templated(s.identityFile))
        return Error{
            Core::Tr::tr("%1: %2 is a template (%3) that only Ansible can resolve; left out")
                .arg(host, which, s.identityFile)};
    const QString source = sourceName.isEmpty() ? Core::Tr::tr("an Ansible inventory") : sourceName;
    s.notes = groups.isEmpty()
                  ? Core::Tr::tr("Imported from %1.").arg(source)
                  : Core::Tr::tr("Imported from %1 (groups: %2).").arg(source, groups.join(u", "_s));
    if (const QString problem = Inventory::validate(s); !problem.isEmpty())
        return Error{Core::Tr::tr("%1: left out: %2").arg(host, problem)};
    return s;
}

Result<AnsibleImport> fromInventoryJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            Core::Tr::tr("ansible-inventory's output is not valid JSON (%1 at character %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset)};
    if (!doc.isObject())
        return Error{Core::Tr::tr("ansible-inventory's output is not a JSON object")};
    const QJsonObject root = doc.object();
    if (!root.value(kAll).isObject())
        return Error{Core::Tr::tr("ansible-inventory's output has no “all” group (cut short?)")};
    const QJsonValue meta = root.value(u"_meta"_s);
    if (!meta.isUndefined() && !meta.toObject().value(u"hostvars"_s).isObject())
        return Error{Core::Tr::tr("ansible-inventory's output has “_meta” without “hostvars”")};
    const QJsonObject hostvars = meta.toObject().value(u"hostvars"_s).toObject();

    AnsibleImport result;
    result.method = AnsibleImport::Method::AnsibleInventory;
    QStringList order;
    QHash<QString, QStringList> groupsOfHost;
    QSet<QString> visited;
    // Depth-first from "all", in the order of the "children" and "hosts" lists (QJsonObject sorts keys).
    std::function<void(const QString &, int)> visit = [&](const QString &name, int depth) {
        if (visited.contains(name) || depth > 64)
            return;
        visited.insert(name);
        const QJsonObject group = root.value(name).toObject();
        for (const QJsonValue &h : group.value(u"hosts"_s).toArray()) {
            const QString host = h.toString();
            if (host.isEmpty())
                continue;
            if (!order.contains(host))
                order.append(host);
            if (name != kAll && name != kUngrouped && !groupsOfHost[host].contains(name))
                groupsOfHost[host].append(name);
        }
        for (const QJsonValue &c : group.value(u"children"_s).toArray())
            visit(c.toString(), depth + 1);
    };
    visit(kAll, 0);
    QStringList rest = hostvars.keys(); // hosts only in hostvars: after the others, sorted
    for (const QString &host : std::as_const(rest))
        if (!order.contains(host))
            order.append(host);

    for (const QString &host : std::as_const(order)) {
        Vars vars;
        const QJsonObject hv = hostvars.value(host).toObject();
        for (auto it = hv.constBegin(); it != hv.constEnd(); ++it) {
            const QJsonValue v = it.value();
            if (v.isString())
                vars.insert(it.key(), v.toString());
            else if (v.isDouble())
                vars.insert(it.key(), QString::number(qint64(v.toDouble())));
            else if (v.isBool())
                vars.insert(it.key(), v.toBool() ? u"true"_s : u"false"_s);
        }
        auto server = serverFromVars(host, vars, groupsOfHost.value(host), sourceName);
        if (server)
            result.servers.append(server.value());
        else
            result.warnings.append(server.error().message);
    }
    if (order.isEmpty())
        result.warnings.append(Core::Tr::tr("The inventory names no host."));
    return result;
}

Result<AnsibleImport> parseIni(const QByteArray &text,
                               const ExtraVars &extra,
                               const QString &sourceName)
{
    Model m;
    m.group(kAll);
    m.group(kUngrouped);
    enum class Kind { Hosts, Vars, Children } kind = Kind::Hosts;
    QString current = kUngrouped;
    static const QRegularExpression section(u"^\\[([^:\\]\\s]+)(?::(\\w+))?\\]\\s*(?:[#;].*)?$"_s);
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[')) {
            const auto match = section.match(line);
            if (!match.hasMatch()) {
                // "[web" or "[a b]": Ansible's "Invalid section entry".
                if (!line.contains(u']'))
                    return iniError(Core::Tr::tr("invalid section “%1”").arg(line), number);
                // A host line starting with a range ("[a:c].example.com") is not a section.
                if (!line.endsWith(u']') && kind == Kind::Hosts) {
                    // falls through to the host parser below
                } else {
                    return iniError(Core::Tr::tr("invalid section “%1”").arg(line), number);
                }
            } else {
                current = match.captured(1);
                const QString type = match.captured(2);
                if (type.isEmpty())
                    kind = Kind::Hosts;
                else if (type == u"vars"_s)
                    kind = Kind::Vars;
                else if (type == u"children"_s)
                    kind = Kind::Children;
                else
                    return iniError(Core::Tr::tr("section [%1] has unknown type “%2”")
                                        .arg(current, type),
                                    number);
                m.group(current);
                // Every group is a child of all (Ansible's reconcile).
                if (current != kAll && !m.group(kAll).children.contains(current))
                    m.group(kAll).children.append(current);
                continue;
            }
        }
        switch (kind) {
        case Kind::Vars: {
            const qsizetype eq = line.indexOf(u'=');
            if (eq <= 0)
                return iniError(Core::Tr::tr("expected key=value in [%1:vars], got “%2”")
                                    .arg(current, line),
                                number);
            m.group(current).vars.insert(line.left(eq).trimmed(), iniValue(line.mid(eq + 1)));
            break;
        }
        case Kind::Children: {
            QStringList words;
            if (!shellWords(line, &words) || words.size() != 1)
                return iniError(Core::Tr::tr("expected one group name in [%1:children], got “%2”")
                                    .arg(current, line),
                                number);
            if (!m.group(current).children.contains(words.first()))
                m.group(current).children.append(words.first());
            m.group(words.first());
            break;
        }
        case Kind::Hosts: {
            QStringList words;
            if (!shellWords(line, &words))
                return iniError(Core::Tr::tr("unclosed quote in “%1”").arg(line), number);
            if (words.isEmpty())
                continue;
            Vars vars;
            for (qsizetype w = 1; w < words.size(); ++w) {
                const qsizetype eq = words.at(w).indexOf(u'=');
                if (eq <= 0)
                    return iniError(Core::Tr::tr("expected key=value host variable, got “%1”")
                                        .arg(words.at(w)),
                                    number);
                vars.insert(words.at(w).left(eq), iniValue(words.at(w).mid(eq + 1)));
            }
            QString error;
            const QStringList hosts = expandHostPattern(words.first(), &error);
            if (!error.isEmpty())
                return iniError(error, number);
            for (const QString &pattern : hosts) {
                QString host;
                int port = 0;
                splitHostPort(pattern, &host, &port);
                m.addHost(current, host);
                Vars &hv = m.hostVars[host];
                for (auto v = vars.cbegin(); v != vars.cend(); ++v)
                    hv.insert(v.key(), v.value());
                if (port > 0 && !hv.contains(u"ansible_port"_s))
                    hv.insert(u"ansible_port"_s, QString::number(port));
            }
            break;
        }
        }
    }
    // A host listed in a group is not in "ungrouped" (Ansible's reconcile).
    Group &ungrouped = m.group(kUngrouped);
    ungrouped.hosts.removeIf([&m](const QString &host) {
        for (const auto &[name, g] : m.groups)
            if (name != kUngrouped && name != kAll && g.hosts.contains(host))
                return true;
        return false;
    });
    if (!m.group(kAll).children.contains(kUngrouped))
        m.group(kAll).children.append(kUngrouped);
    return finish(m, extra, AnsibleImport::Method::IniFile, sourceName);
}

Result<AnsibleImport> parseYaml(const QByteArray &text,
                                const ExtraVars &extra,
                                const QString &sourceName)
{
    Model m;
    QStringList warnings;
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (!root || root.IsNull())
            return Error{Core::Tr::tr("the inventory is empty")};
        if (!root.IsMap())
            return yamlError(Core::Tr::tr("a YAML inventory must be a mapping of groups"),
                             root.Mark());
        for (const auto &entry : root) {
            const QString name = fromStd(entry.first.as<std::string>());
            yamlGroup(m, name, entry.second, 0, &warnings);
            if (name != kAll && !m.group(kAll).children.contains(name))
                m.group(kAll).children.append(name);
        }
    } catch (const YamlFail &fail) {
        return fail.error;
    } catch (const YAML::Exception &e) {
        return yamlError(QString::fromStdString(e.msg), e.mark);
    }
    AnsibleImport result = finish(m, extra, AnsibleImport::Method::YamlFile, sourceName);
    result.warnings = warnings + result.warnings;
    return result;
}

bool looksLikeYaml(const QString &fileName, const QByteArray &text)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"yml"_s || suffix == u"yaml"_s)
        return true;
    if (suffix == u"ini"_s || suffix == u"cfg"_s)
        return false;
    static const QRegularExpression yamlKey(u"^(---|[\\w.-]+:\\s*(#.*)?)$"_s);
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        return yamlKey.match(line).hasMatch();
    }
    return false;
}

} // namespace Ansible

// ----------------------------------------------------------------- the reader

namespace {

// group_vars/NAME(.yml|.yaml|.json|) and group_vars/NAME/*.yml beside the inventory (host_vars/ alike).
QHash<QString, Ansible::Vars> varsFolder(const QDir &dir, QStringList *warnings)
{
    QHash<QString, Ansible::Vars> result;
    if (!dir.exists())
        return result;
    const auto readInto = [warnings](const QString &path, Ansible::Vars &vars) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            warnings->append(Core::Tr::tr("%1 could not be read: %2").arg(path, f.errorString()));
            return;
        }
        try {
            const YAML::Node node = YAML::Load(f.readAll().toStdString());
            if (!node || node.IsNull())
                return;
            if (!node.IsMap()) {
                warnings->append(
                    Core::Tr::tr("%1 is not a mapping of variables; ignored").arg(path));
                return;
            }
            for (const auto &entry : node)
                if (entry.second.IsScalar())
                    vars.insert(QString::fromStdString(entry.first.as<std::string>()),
                                QString::fromStdString(entry.second.Scalar()));
        } catch (const YAML::Exception &e) {
            warnings->append(Core::Tr::tr("%1 is not valid YAML (%2, line %3); ignored")
                                 .arg(path, QString::fromStdString(e.msg))
                                 .arg(e.mark.line + 1));
        }
    };
    const QStringList exts{u"yml"_s, u"yaml"_s, u"json"_s};
    for (const QFileInfo &info :
         dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (info.isDir()) {
            for (const QFileInfo &inner :
                 QDir(info.filePath()).entryInfoList(QDir::Files, QDir::Name)) {
                if (exts.contains(inner.suffix().toLower()) || inner.suffix().isEmpty())
                    readInto(inner.filePath(), result[info.fileName()]);
            }
        } else if (exts.contains(info.suffix().toLower())) {
            readInto(info.filePath(), result[info.completeBaseName()]);
        } else if (info.suffix().isEmpty()) {
            readInto(info.filePath(), result[info.fileName()]);
        }
    }
    return result;
}

Result<AnsibleImport> readFallback(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Core::Tr::tr("%1 could not be read: %2").arg(path, f.errorString())};
    if (f.size() > 16 * 1024 * 1024)
        return Error{Core::Tr::tr("%1 is too large for an inventory").arg(path)};
    const QByteArray text = f.readAll();
    const QFileInfo info(path);
    QStringList warnings;
    Ansible::ExtraVars extra;
    extra.groups = varsFolder(QDir(info.absolutePath() + u"/group_vars"_s), &warnings);
    extra.hosts = varsFolder(QDir(info.absolutePath() + u"/host_vars"_s), &warnings);
    auto result = Ansible::looksLikeYaml(path, text)
                      ? Ansible::parseYaml(text, extra, info.fileName())
                      : Ansible::parseIni(text, extra, info.fileName());
    if (!result)
        return Error{Core::Tr::tr("%1: %2").arg(info.fileName(), result.error().toString())};
    AnsibleImport import = result.value();
    import.warnings = warnings + import.warnings;
    return import;
}

// What ansible-inventory said on stderr: "[WARNING]: …" and "[ERROR]: …" blocks, continuation lines joined.
QStringList messages(const QByteArray &stderrText, const QString &kind)
{
    QStringList found;
    bool inside = false;
    for (const QByteArray &raw : stderrText.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(u'[') && line.contains(u"]:"_s)) {
            inside = line.startsWith(u'[' + kind + u"]:"_s);
            if (inside)
                found.append(line.mid(line.indexOf(u"]:"_s) + 2).trimmed());
        } else if (inside && !line.isEmpty() && !found.isEmpty()) {
            found.last() += u' ' + line;
        } else if (line.isEmpty()) {
            inside = false;
        }
    }
    return found;
}

} // namespace

AnsibleInventoryReader::AnsibleInventoryReader(QObject *parent)
    : QObject(parent)
{}

AnsibleInventoryReader::~AnsibleInventoryReader()
{
    cancel();
}

void AnsibleInventoryReader::cancel()
{
    ++m_generation;
    m_running = false;
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    if (m_process) {
        QProcess *p = m_process;
        m_process = nullptr;
        p->disconnect(this);
        if (p->state() != QProcess::NotRunning) {
            // Reaped once it is gone; never waited for here.
            connect(p, &QProcess::finished, p, &QObject::deleteLater);
            p->kill();
        } else {
            p->deleteLater();
        }
    }
}

void AnsibleInventoryReader::start(const QString &inventoryPath)
{
    cancel();
    m_running = true;
    m_path = inventoryPath;
    const quint64 generation = m_generation;
    const QFileInfo info(inventoryPath);
    if (!info.exists() || !info.isReadable()) {
        QTimer::singleShot(0, this, [this, generation, inventoryPath] {
            if (generation == m_generation)
                finish(
                    Error{Core::Tr::tr("%1 does not exist or cannot be read").arg(inventoryPath)});
        });
        return;
    }
    const QString program = m_programSet ? m_program
                                         : QStandardPaths::findExecutable(u"ansible-inventory"_s);
    if (program.isEmpty())
        runFallback();
    else
        runProgram(program);
}

void AnsibleInventoryReader::runProgram(const QString &program)
{
    const quint64 generation = m_generation;
    auto *process = new QProcess(this);
    m_process = process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANSIBLE_NOCOLOR"_s, u"1"_s);
    env.insert(u"ANSIBLE_FORCE_COLOR"_s, u"0"_s);
    // A file no plugin can read is an error, not an empty inventory with a warning.
    env.insert(u"ANSIBLE_INVENTORY_UNPARSED_FAILED"_s, u"True"_s);
    env.insert(u"ANSIBLE_INVENTORY_ANY_UNPARSED_IS_FAILED"_s, u"True"_s);
    env.insert(u"ANSIBLE_LOCALHOST_WARNING"_s, u"False"_s);
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(QFileInfo(m_path).absolutePath());
    process->setProgram(program);
    process->setArguments({u"-i"_s, m_path, u"--list"_s});
    process->setStandardInputFile(QProcess::nullDevice());

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this, generation] {
        if (generation != m_generation)
            return;
        const int seconds = m_timeoutMs / 1000;
        cancel();
        finish(Error{Core::Tr::tr("ansible-inventory did not answer within %n second(s); stopped",
                                  nullptr,
                                  seconds)});
    });
    connect(process,
            &QProcess::errorOccurred,
            this,
            [this, process, generation](QProcess::ProcessError e) {
                if (generation != m_generation || e != QProcess::FailedToStart)
                    return;
                const QString message = process->errorString();
                cancel();
                finish(
                    Error{Core::Tr::tr("ansible-inventory could not be started: %1").arg(message)});
            });
    connect(process,
            &QProcess::finished,
            this,
            [this, process, generation](int exitCode, QProcess::ExitStatus status) {
                if (generation != m_generation)
                    return;
                const QByteArray out = process->readAllStandardOutput();
                const QByteArray err = process->readAllStandardError();
                const QString fileName = QFileInfo(m_path).fileName();
                cancel();
                if (status != QProcess::NormalExit || exitCode != 0) {
                    QStringList errors = messages(err, u"ERROR"_s);
                    if (errors.isEmpty())
                        errors.append(QString::fromUtf8(err).trimmed().left(2000));
                    finish(Error{
                        status != QProcess::NormalExit
                            ? Core::Tr::tr("ansible-inventory crashed: %1").arg(errors.join(u' '))
                            : Core::Tr::tr("ansible-inventory failed (exit status %1): %2")
                                  .arg(exitCode)
                                  .arg(errors.join(u' '))});
                    return;
                }
                auto result = Ansible::fromInventoryJson(out, fileName);
                if (!result) {
                    finish(result);
                    return;
                }
                AnsibleImport import = result.value();
                import.program = process->program();
                import.warnings = messages(err, u"WARNING"_s) + import.warnings;
                finish(import);
            });
    m_timer->start(m_timeoutMs);
    process->start();
}

void AnsibleInventoryReader::runFallback()
{
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Result<AnsibleImport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            finish(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(readFallback, m_path));
}

void AnsibleInventoryReader::finish(const Result<AnsibleImport> &result)
{
    m_running = false;
    emit finished(result);
}

} // namespace Steward
