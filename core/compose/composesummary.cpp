// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/composesummary.h"

#include "core/tr.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <QFuture>
#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>
#include <vector>

using namespace Qt::StringLiterals;

namespace Steward::Compose {
namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString compact(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return {};
    if (node.IsScalar())
        return q(node.Scalar());
    YAML::Emitter out;
    out.SetMapFormat(YAML::Flow);
    out.SetSeqFormat(YAML::Flow);
    out << node;
    return QString::fromUtf8(out.c_str());
}

// The items of a list-like value: sequence items, or "key=value" for an environment map, or the keys
// (with their value when there is one) for other maps.
QStringList items(const YAML::Node &node, bool environment)
{
    QStringList list;
    if (!node.IsDefined() || node.IsNull())
        return list;
    if (node.IsSequence()) {
        for (const YAML::Node &item : node)
            list.append(compact(item));
    } else if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = q(it->first.Scalar());
            const QString value = compact(it->second);
            if (environment)
                list.append(key + u'=' + value);
            else
                list.append(value.isEmpty() ? key : key + u": "_s + value);
        }
    } else {
        list.append(compact(node));
    }
    return list;
}

bool isListField(const QString &field)
{
    static const QStringList fields{u"environment"_s,
                                    u"volumes"_s,
                                    u"ports"_s,
                                    u"networks"_s,
                                    u"depends_on"_s,
                                    u"env_file"_s,
                                    u"expose"_s,
                                    u"extra_hosts"_s,
                                    u"labels"_s};
    return fields.contains(field);
}

QStringList minus(const QStringList &a, const QStringList &b)
{
    const QSet<QString> other(b.cbegin(), b.cend());
    QStringList out;
    for (const QString &s : a) {
        if (!other.contains(s))
            out.append(s);
    }
    return out;
}

// "ghcr.io/mastodon/mastodon:v4.2.0" -> {"ghcr.io/mastodon/mastodon", "v4.2.0"}
std::pair<QString, QString> splitImage(const QString &image)
{
    const qsizetype slash = image.lastIndexOf(u'/');
    const qsizetype colon = image.lastIndexOf(u':');
    if (colon > slash)
        return {image.left(colon), image.mid(colon + 1)};
    return {image, u"latest"_s};
}

int lineOf(const YAML::Node &node)
{
    return node.IsDefined() ? node.Mark().line + 1 : 0;
}

std::optional<FieldChange> compareField(const QString &field,
                                        const YAML::Node &oldValue,
                                        const YAML::Node &newValue)
{
    FieldChange change;
    change.field = field;
    change.before = compact(oldValue);
    change.after = compact(newValue);
    const bool hadOld = oldValue.IsDefined();
    const bool hasNew = newValue.IsDefined();
    if (hadOld && hasNew && change.before == change.after)
        return std::nullopt;
    if (isListField(field)) {
        const bool env = field == u"environment";
        const QStringList before = items(oldValue, env);
        const QStringList after = items(newValue, env);
        change.added = minus(after, before);
        change.removed = minus(before, after);
        if (change.added.isEmpty() && change.removed.isEmpty()) {
            if (hadOld == hasNew)
                change.description = Core::Tr::tr("%1: same items, new order or form").arg(field);
        }
    }
    if (!hadOld) {
        change.description = Core::Tr::tr("%1 added: %2").arg(field, change.after);
    } else if (!hasNew) {
        change.description = Core::Tr::tr("%1 removed (was %2)").arg(field, change.before);
    } else if (field == u"image" && oldValue.IsScalar() && newValue.IsScalar()) {
        const auto [oldRepo, oldTag] = splitImage(change.before);
        const auto [newRepo, newTag] = splitImage(change.after);
        if (oldRepo == newRepo)
            change.description = Core::Tr::tr("image %1: tag %2 → %3").arg(newRepo, oldTag, newTag);
        else
            change.description = Core::Tr::tr("image %1 → %2").arg(change.before, change.after);
    } else if (change.description.isEmpty()) {
        if (!change.added.isEmpty() || !change.removed.isEmpty()) {
            QStringList parts;
            for (const QString &a : std::as_const(change.added))
                parts.append(u"+ "_s + a);
            for (const QString &r : std::as_const(change.removed))
                parts.append(u"- "_s + r);
            change.description = Core::Tr::tr("%1: %2").arg(field, parts.join(u", "_s));
        } else {
            change.description = Core::Tr::tr("%1: %2 → %3").arg(field, change.before, change.after);
        }
    }
    return change;
}

// The changed keys of two mappings, leaving out `skip` (the top level leaves out "services" this way
// rather than comparing copies of the whole documents).
QList<FieldChange> compareMaps(const YAML::Node &oldMap,
                               const YAML::Node &newMap,
                               const QString &skip = {})
{
    QStringList keys;
    QHash<QString, int> oldLines, newLines;
    QHash<QString, YAML::Node> oldValues, newValues;
    if (newMap.IsMap()) {
        for (auto it = newMap.begin(); it != newMap.end(); ++it) {
            const QString key = q(it->first.Scalar());
            if (!skip.isEmpty() && key == skip)
                continue;
            keys.append(key);
            newValues.insert(key, it->second);
            newLines.insert(key, lineOf(it->first));
        }
    }
    if (oldMap.IsMap()) {
        for (auto it = oldMap.begin(); it != oldMap.end(); ++it) {
            const QString key = q(it->first.Scalar());
            if (!skip.isEmpty() && key == skip)
                continue;
            if (!keys.contains(key))
                keys.append(key);
            oldValues.insert(key, it->second);
            oldLines.insert(key, lineOf(it->first));
        }
    }
    QList<FieldChange> changes;
    for (const QString &key : std::as_const(keys)) {
        const YAML::Node oldValue = oldValues.value(key, YAML::Node(YAML::NodeType::Undefined));
        const YAML::Node newValue = newValues.value(key, YAML::Node(YAML::NodeType::Undefined));
        if (auto change = compareField(key, oldValue, newValue)) {
            change->oldLine = oldLines.value(key);
            change->newLine = newLines.value(key);
            changes.append(*change);
        }
    }
    return changes;
}

// Counts a document's nodes as its aliases would expand them, from yaml-cpp's parser events (nothing
// is expanded), so that a "billion laughs" file is refused before anything walks or emits it. An alias
// inside the node it names (a cycle) counts as unbounded.
class ExpansionCounter : public YAML::EventHandler
{
public:
    explicit ExpansionCounter(quint64 cap)
        : m_cap(cap)
    {}
    quint64 literal = 0;  // nodes written in the text, aliases included
    quint64 expanded = 0; // nodes once every alias is replaced by what it names (at most cap)

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t anchor) override { leaf(anchor); }
    void OnAlias(const YAML::Mark &, YAML::anchor_t anchor) override
    {
        ++literal;
        const auto it = m_sizes.find(anchor);
        add(it == m_sizes.end() ? m_cap : it->second);
    }
    void OnScalar(const YAML::Mark &,
                  const std::string &,
                  YAML::anchor_t anchor,
                  const std::string &) override
    {
        leaf(anchor);
    }
    void OnSequenceStart(const YAML::Mark &,
                         const std::string &,
                         YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &,
                    const std::string &,
                    YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(anchor);
    }
    void OnMapEnd() override { close(); }

private:
    quint64 sum(quint64 a, quint64 b) const { return std::min(m_cap, a + b); } // both <= cap
    void add(quint64 n)
    {
        if (m_stack.empty())
            expanded = sum(expanded, n);
        else
            m_stack.back().second = sum(m_stack.back().second, n);
    }
    void leaf(YAML::anchor_t anchor)
    {
        ++literal;
        if (anchor != YAML::NullAnchor)
            m_sizes[anchor] = 1;
        add(1);
    }
    void open(YAML::anchor_t anchor)
    {
        ++literal;
        m_stack.emplace_back(anchor, 0);
    }
    void close()
    {
        const auto [anchor, count] = m_stack.back();
        m_stack.pop_back();
        const quint64 size = sum(count, 1);
        if (anchor != YAML::NullAnchor)
            m_sizes[anchor] = size;
        add(size);
    }

    quint64 m_cap;
    std::map<YAML::anchor_t, quint64> m_sizes;
    std::vector<std::pair<YAML::anchor_t, quint64>> m_stack;
};

// Aliases may repeat a node, not multiply the document: at most ten times the written nodes (and
// never less than 100 000), which ordinary merge keys (<<: *defaults) stay far below.
std::optional<Error> refuseAliasBomb(const Document &doc, const std::string &text)
{
    if (!doc.text.contains('*'))
        return std::nullopt; // no alias at all
    constexpr quint64 cap = quint64(1) << 40;
    ExpansionCounter counter(cap);
    std::istringstream input(text);
    YAML::Parser parser(input);
    while (parser.HandleNextDocument(counter)) {
    }
    const quint64 limit = std::max<quint64>(100'000, 10 * counter.literal);
    if (counter.expanded <= limit)
        return std::nullopt;
    return Error{counter.expanded >= cap
                     ? Core::Tr::tr("%1: its aliases (*name) expand without bound (an alias "
                                    "inside the node it names, or a “billion laughs” file); "
                                    "refused.")
                           .arg(doc.name)
                     : Core::Tr::tr("%1: its aliases (*name) expand %2 nodes into %3; refused "
                                    "(at most %4).")
                           .arg(doc.name)
                           .arg(counter.literal)
                           .arg(counter.expanded)
                           .arg(limit)};
}

Result<YAML::Node> load(const Document &doc)
{
    // Tabs are not allowed in YAML indentation; say where rather than yaml-cpp's generic message.
    for (qsizetype i = 0; i < doc.lines.size(); ++i) {
        const QString &line = doc.lines.at(i);
        for (qsizetype c = 0; c < line.size(); ++c) {
            if (line.at(c) == u'\t') {
                return Error{Core::Tr::tr("%1: a tab in the indentation; YAML indents with spaces "
                                          "only.")
                                 .arg(doc.name),
                             int(i + 1),
                             int(c + 1)};
            }
            if (line.at(c) != u' ')
                break;
        }
    }
    YAML::Node root;
    try {
        const std::string text = doc.text.toStdString();
        if (auto refused = refuseAliasBomb(doc, text))
            return *refused;
        root = YAML::Load(text);
    } catch (const YAML::Exception &e) {
        return Error{Core::Tr::tr("%1 is not valid YAML: %2").arg(doc.name, q(e.msg)),
                     e.mark.line + 1,
                     e.mark.column + 1};
    }
    if (!root.IsDefined() || root.IsNull())
        return Error{Core::Tr::tr("%1 is empty: there is no docker-compose content to compare.")
                         .arg(doc.name)};
    if (!root.IsMap())
        return Error{Core::Tr::tr(
                         "%1 is not a docker-compose file: the top level is not a mapping.")
                         .arg(doc.name),
                     lineOf(root),
                     root.Mark().column + 1};
    const YAML::Node services = root["services"];
    if (!services.IsDefined() || !(services.IsMap() || services.IsNull()))
        return Error{Core::Tr::tr("%1 is not a docker-compose file: it has no “services” mapping.")
                         .arg(doc.name)};
    return root;
}

} // namespace

QString serviceChangeKindKey(ServiceChange::Kind kind)
{
    switch (kind) {
    case ServiceChange::Kind::Added:
        return u"added"_s;
    case ServiceChange::Kind::Removed:
        return u"removed"_s;
    case ServiceChange::Kind::Modified:
        return u"modified"_s;
    }
    return {};
}

Result<bool> validateCompose(const Document &doc)
{
    const auto root = load(doc);
    if (!root)
        return root.error();
    return true;
}

namespace {

Result<Summary> summarizeRoots(const Document &oldDoc, const Document &newDoc)
{
    // The two files are parsed at the same time (yaml-cpp documents are independent); on a 100k-line
    // pair that halves the wait. A busy pool runs the task here when it is waited for.
    QFuture<Result<YAML::Node>> newLoad = QtConcurrent::run([&newDoc] { return load(newDoc); });
    const auto oldRoot = load(oldDoc);
    const Result<YAML::Node> newRoot = newLoad.result();
    if (!oldRoot)
        return oldRoot.error();
    if (!newRoot)
        return newRoot.error();
    Summary summary;
    const YAML::Node oldServices = (*oldRoot)["services"];
    const YAML::Node newServices = (*newRoot)["services"];
    QStringList names;
    QHash<QString, std::pair<YAML::Node, int>> oldByName, newByName;
    if (newServices.IsMap()) {
        for (auto it = newServices.begin(); it != newServices.end(); ++it) {
            const QString name = q(it->first.Scalar());
            names.append(name);
            newByName.insert(name, {it->second, lineOf(it->first)});
        }
    }
    if (oldServices.IsMap()) {
        for (auto it = oldServices.begin(); it != oldServices.end(); ++it) {
            const QString name = q(it->first.Scalar());
            if (!names.contains(name))
                names.append(name);
            oldByName.insert(name, {it->second, lineOf(it->first)});
        }
    }
    for (const QString &name : std::as_const(names)) {
        ServiceChange change;
        change.name = name;
        const bool inOld = oldByName.contains(name);
        const bool inNew = newByName.contains(name);
        change.oldLine = inOld ? oldByName.value(name).second : 0;
        change.newLine = inNew ? newByName.value(name).second : 0;
        if (!inOld) {
            change.kind = ServiceChange::Kind::Added;
            change.fields = compareMaps(YAML::Node(), newByName.value(name).first);
        } else if (!inNew) {
            change.kind = ServiceChange::Kind::Removed;
            change.fields = compareMaps(oldByName.value(name).first, YAML::Node());
        } else {
            change.fields = compareMaps(oldByName.value(name).first, newByName.value(name).first);
            if (change.fields.isEmpty())
                continue;
        }
        summary.services.append(change);
    }
    summary.topLevel = compareMaps(*oldRoot, *newRoot, u"services"_s);
    return summary;
}

} // namespace

Result<Summary> summarize(const Document &oldDoc, const Document &newDoc)
{
    // Valid YAML can still surprise the walk (a key that is itself a mapping, ...): an error, never a
    // crash.
    try {
        return summarizeRoots(oldDoc, newDoc);
    } catch (const YAML::Exception &e) {
        return Error{Core::Tr::tr("Cannot compare %1 and %2: %3")
                         .arg(oldDoc.name, newDoc.name, q(e.msg)),
                     e.mark.line + 1,
                     e.mark.column + 1};
    }
}

QString Summary::toText() const
{
    QStringList out;
    for (const ServiceChange &s : services) {
        switch (s.kind) {
        case ServiceChange::Kind::Added:
            out.append(Core::Tr::tr("service %1: added (line %2)").arg(s.name).arg(s.newLine));
            break;
        case ServiceChange::Kind::Removed:
            out.append(Core::Tr::tr("service %1: removed (was line %2)").arg(s.name).arg(s.oldLine));
            continue;
        case ServiceChange::Kind::Modified:
            out.append(Core::Tr::tr("service %1:").arg(s.name));
            break;
        }
        for (const FieldChange &f : s.fields)
            out.append(u"  "_s + f.description);
    }
    for (const FieldChange &f : topLevel)
        out.append(Core::Tr::tr("top level: %1").arg(f.description));
    if (out.isEmpty())
        out.append(Core::Tr::tr("No semantic change."));
    return out.join(u'\n') + u'\n';
}

} // namespace Steward::Compose
