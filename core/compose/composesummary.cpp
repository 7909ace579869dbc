// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/composesummary.h"

#include "core/compose/composesections.h"
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
#include <set>
#include <sstream>
#include <vector>

using namespace Qt::StringLiterals;

namespace Steward::Compose {
namespace {

// yaml-cpp's map iterators give their (key, value) pair by value, and operator-> a proxy that dies at
// the end of the statement: `const YAML::Node &v = it->second;` (or a range-for over it->second)
// dangles. Maps are walked with a range-for, whose entry lives for the iteration.

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

// How a list-like setting's items are read, so that equivalent forms compare equal.
enum class ListKind {
    Plain,     // sequence items as written (volumes, cap_add, dns, ...)
    KeyValue,  // environment, labels: "- K=V" / "K: V", "- K" / "K:" (null)
    Ports,     // short "127.0.0.1:80:8080/udp" or long {target, published, host_ip, protocol}
    DependsOn, // "- db" or "db: {condition: service_started}"
    Keyed,     // networks, links: "- front" or "front:" / "front: {}"
    Sourced,   // secrets, configs: "- pw" or "- {source: pw}"
    Hosts,     // extra_hosts: "- host:ip", "- host=ip" or "host: ip"
};

std::optional<ListKind> listKind(const QString &field)
{
    static const QHash<QString, ListKind> kinds{
        {u"environment"_s, ListKind::KeyValue},
        {u"labels"_s, ListKind::KeyValue},
        {u"annotations"_s, ListKind::KeyValue},
        {u"sysctls"_s, ListKind::KeyValue},
        {u"ports"_s, ListKind::Ports},
        {u"depends_on"_s, ListKind::DependsOn},
        {u"networks"_s, ListKind::Keyed},
        {u"links"_s, ListKind::Keyed},
        {u"external_links"_s, ListKind::Keyed},
        {u"secrets"_s, ListKind::Sourced},
        {u"configs"_s, ListKind::Sourced},
        {u"extra_hosts"_s, ListKind::Hosts},
        {u"volumes"_s, ListKind::Plain},
        {u"volumes_from"_s, ListKind::Plain},
        {u"env_file"_s, ListKind::Plain},
        {u"expose"_s, ListKind::Plain},
        {u"cap_add"_s, ListKind::Plain},
        {u"cap_drop"_s, ListKind::Plain},
        {u"dns"_s, ListKind::Plain},
        {u"dns_search"_s, ListKind::Plain},
        {u"dns_opt"_s, ListKind::Plain},
        {u"devices"_s, ListKind::Plain},
        {u"device_cgroup_rules"_s, ListKind::Plain},
        {u"security_opt"_s, ListKind::Plain},
        {u"tmpfs"_s, ListKind::Plain},
        {u"group_add"_s, ListKind::Plain},
        {u"profiles"_s, ListKind::Plain},
        {u"storage_opt"_s, ListKind::KeyValue},
    };
    const auto it = kinds.constFind(field);
    return it == kinds.cend() ? std::nullopt : std::optional(*it);
}

// Lists whose order means something (resolvers are tried in order).
bool orderMatters(const QString &field)
{
    return field == u"dns" || field == u"dns_search" || field == u"dns_opt";
}

bool isTrivial(const YAML::Node &node)
{
    return !node.IsDefined() || node.IsNull() || (node.IsMap() && node.size() == 0);
}

QString scalarOr(const YAML::Node &map, const char *key, const QString &fallback = {})
{
    const YAML::Node value = map[key];
    return value.IsDefined() && value.IsScalar() ? q(value.Scalar()) : fallback;
}

// A mapping without the keys whose values are the defaults given.
YAML::Node withoutDefaults(const YAML::Node &map,
                           std::initializer_list<std::pair<const char *, const char *>> defaults)
{
    YAML::Node out(YAML::NodeType::Map);
    for (const auto &entry : map) {
        const std::string key = entry.first.Scalar();
        bool isDefault = false;
        for (const auto &[name, value] : defaults) {
            if (key == name && entry.second.IsScalar() && entry.second.Scalar() == value)
                isDefault = true;
        }
        if (!isDefault)
            out.force_insert(entry.first, entry.second);
    }
    return out;
}

// A mapping without the keys named.
YAML::Node withoutKeys(const YAML::Node &map, std::initializer_list<const char *> keys)
{
    YAML::Node out(YAML::NodeType::Map);
    for (const auto &entry : map) {
        const std::string key = entry.first.Scalar();
        if (std::none_of(keys.begin(), keys.end(), [&key](const char *k) { return key == k; }))
            out.force_insert(entry.first, entry.second);
    }
    return out;
}

// "[HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]", tcp left out.
QString portText(const QString &hostIp,
                 const QString &published,
                 const QString &target,
                 const QString &protocol)
{
    QString out;
    if (!hostIp.isEmpty())
        out = (hostIp.contains(u':') && !hostIp.startsWith(u'[') ? u'[' + hostIp + u']' : hostIp)
              + u':' + published + u':';
    else if (!published.isEmpty())
        out = published + u':';
    out += target;
    if (!protocol.isEmpty() && protocol != u"tcp")
        out += u'/' + protocol;
    return out;
}

QString canonicalPortText(const QString &written);

// One port mapping, short or long form, as the short form.
QString canonicalPort(const YAML::Node &item)
{
    if (item.IsMap()) {
        QString text = portText(scalarOr(item, "host_ip"),
                                scalarOr(item, "published"),
                                scalarOr(item, "target"),
                                scalarOr(item, "protocol", u"tcp"_s));
        const YAML::Node extras = withoutKeys(withoutDefaults(item, {{"mode", "ingress"}}),
                                              {"host_ip", "published", "target", "protocol"});
        if (extras.size() > 0)
            text += u' ' + compact(extras);
        return text;
    }
    return canonicalPortText(compact(item));
}

// A short-form port mapping as text, in the canonical short form.
QString canonicalPortText(const QString &written)
{
    QString text = written.trimmed();
    QString protocol = u"tcp"_s;
    if (const qsizetype slash = text.lastIndexOf(u'/'); slash >= 0) {
        protocol = text.mid(slash + 1);
        text.truncate(slash);
    }
    QString hostIp;
    if (text.startsWith(u'[')) { // [::1]:8080:80
        const qsizetype close = text.indexOf(u']');
        if (close > 0) {
            hostIp = text.left(close + 1);
            text = text.mid(close + 2);
        }
    }
    const qsizetype last = text.lastIndexOf(u':');
    const QString target = text.mid(last + 1);
    QString published;
    if (last >= 0) {
        const QString front = text.left(last);
        const qsizetype colon = front.lastIndexOf(u':');
        published = front.mid(colon + 1);
        if (colon >= 0)
            hostIp = front.left(colon);
    }
    return portText(hostIp, published, target, protocol);
}

// "host=ip" from "host:ip", "host=ip" or a mapping entry.
QString canonicalHost(const QString &name, const QString &address)
{
    QString ip = address.trimmed();
    if (ip.startsWith(u'[') && ip.endsWith(u']'))
        ip = ip.mid(1, ip.size() - 2);
    return name.trimmed() + u'=' + ip;
}

// A sequence item that is not a mapping (its compact text), in the canonical form of its kind.
QString scalarItem(const QString &text, ListKind kind)
{
    switch (kind) {
    case ListKind::Ports:
        return canonicalPortText(text);
    case ListKind::Hosts: {
        const qsizetype eq = text.indexOf(u'=');
        const qsizetype sep = eq >= 0 ? eq : text.indexOf(u':');
        return sep < 0 ? text : canonicalHost(text.left(sep), text.mid(sep + 1));
    }
    default:
        return text;
    }
}

// The items of a list-like value in one canonical form per kind (see ListKind).
QStringList items(const YAML::Node &node, ListKind kind)
{
    QStringList list;
    if (!node.IsDefined() || node.IsNull())
        return list;
    if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            switch (kind) {
            case ListKind::Ports:
                list.append(canonicalPort(item));
                break;
            case ListKind::Sourced:
                if (item.IsMap() && item["source"].IsDefined()) {
                    const YAML::Node rest = withoutKeys(item, {"source"});
                    const QString source = scalarOr(item, "source");
                    list.append(rest.size() == 0 ? source : source + u": "_s + compact(rest));
                } else {
                    list.append(compact(item));
                }
                break;
            default:
                list.append(scalarItem(compact(item), kind));
                break;
            }
        }
    } else if (node.IsMap()) {
        for (const auto &entry : node) {
            const QString key = q(entry.first.Scalar());
            const YAML::Node &value = entry.second; // entry lives for the iteration
            switch (kind) {
            case ListKind::KeyValue:
                // "FOO:" (null) is "- FOO": taken from the shell's environment.
                list.append(value.IsNull() ? key : key + u'=' + compact(value));
                break;
            case ListKind::Hosts:
                list.append(canonicalHost(key, compact(value)));
                break;
            case ListKind::DependsOn: {
                // The list form means {condition: service_started, required: true, restart: false}.
                const YAML::Node rest = value.IsMap()
                                            ? withoutDefaults(value,
                                                              {{"condition", "service_started"},
                                                               {"required", "true"},
                                                               {"restart", "false"}})
                                            : value;
                list.append(isTrivial(rest) ? key : key + u": "_s + compact(rest));
                break;
            }
            default:
                list.append(isTrivial(value) ? key : key + u": "_s + compact(value));
                break;
            }
        }
    } else {
        list.append(compact(node));
    }
    return list;
}

// An index of a list of strings by hash: open addressing in one flat array, no node per item, so that
// set differences of lists of 100k items cost a few milliseconds.
class StringIndex
{
public:
    explicit StringIndex(const QStringList &list)
        : m_list(list)
    {
        size_t size = 16;
        while (size < size_t(list.size()) * 2)
            size *= 2;
        m_mask = size - 1;
        m_slots.assign(size, -1);
        for (qsizetype i = 0; i < list.size(); ++i) {
            size_t slot = qHash(list.at(i)) & m_mask;
            while (m_slots[slot] >= 0 && list.at(m_slots[slot]) != list.at(i))
                slot = (slot + 1) & m_mask;
            m_slots[slot] = i; // an equal string already there is simply replaced
        }
    }

    bool contains(const QString &s) const
    {
        for (size_t slot = qHash(s) & m_mask; m_slots[slot] >= 0; slot = (slot + 1) & m_mask) {
            if (m_list.at(m_slots[slot]) == s)
                return true;
        }
        return false;
    }

private:
    const QStringList &m_list;
    std::vector<qsizetype> m_slots;
    size_t m_mask = 0;
};

// The items of a that are not in b (as sets), in a's order.
QStringList minus(const QStringList &a, const QStringList &b)
{
    const StringIndex other(b);
    QStringList out;
    for (const QString &s : a) {
        if (!other.contains(s))
            out.append(s);
    }
    return out;
}

// An image reference: "ghcr.io/mastodon/mastodon:v4.2.0", "redis@sha256:…",
// "repo:tag@sha256:…", "localhost:5000/app" (a registry port is not a tag).
struct ImageRef
{
    QString repository;
    QString tag; // "latest" when neither a tag nor a digest is given; empty with a digest only
    QString digest;
    friend bool operator==(const ImageRef &, const ImageRef &) = default;
};

ImageRef parseImage(const QString &image)
{
    ImageRef ref;
    QString name = image.trimmed();
    if (const qsizetype at = name.indexOf(u'@'); at >= 0) {
        ref.digest = name.mid(at + 1);
        name.truncate(at);
    }
    const qsizetype slash = name.lastIndexOf(u'/');
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon > slash) {
        ref.repository = name.left(colon);
        ref.tag = name.mid(colon + 1);
    } else {
        ref.repository = name;
        if (ref.digest.isEmpty())
            ref.tag = u"latest"_s;
    }
    return ref;
}

// "sha256:0123456789ab" (12 hex digits are plenty for people; before/after keep the whole digest).
QString shortDigest(const QString &digest)
{
    if (digest.isEmpty())
        return Core::Tr::tr("none");
    const qsizetype colon = digest.indexOf(u':');
    return digest.left(colon + 1 + 12);
}

QString imageDescription(const QString &before, const QString &after)
{
    const ImageRef a = parseImage(before);
    const ImageRef b = parseImage(after);
    if (a.repository != b.repository)
        return Core::Tr::tr("image %1 → %2").arg(before, after);
    const QString noTag = Core::Tr::tr("none");
    const QString tagA = a.tag.isEmpty() ? noTag : a.tag;
    const QString tagB = b.tag.isEmpty() ? noTag : b.tag;
    if (a.digest == b.digest)
        return Core::Tr::tr("image %1: tag %2 → %3").arg(b.repository, tagA, tagB);
    if (a.tag == b.tag)
        return Core::Tr::tr("image %1: digest %2 → %3")
            .arg(b.repository, shortDigest(a.digest), shortDigest(b.digest));
    return Core::Tr::tr("image %1: tag %2 → %3, digest %4 → %5")
        .arg(b.repository, tagA, tagB, shortDigest(a.digest), shortDigest(b.digest));
}

int lineOf(const YAML::Node &node)
{
    return node.IsDefined() ? node.Mark().line + 1 : 0;
}

// A setting's value: a node parsed by yaml-cpp (undefined when the key is absent), or a block list of
// plain one-line items read from the text (Sections::plainItems), which is what yaml-cpp would give
// for it: a sequence of those scalars, written back "[a, b, c]".
struct Value
{
    YAML::Node node = YAML::Node(YAML::NodeType::Undefined);
    std::optional<QStringList> plain;

    bool isDefined() const { return plain || node.IsDefined(); }
    bool isScalar() const { return !plain && node.IsScalar(); }
};

QString compact(const Value &value)
{
    return value.plain ? u'[' + value.plain->join(u", "_s) + u']' : compact(value.node);
}

QStringList items(const Value &value, ListKind kind)
{
    if (!value.plain)
        return items(value.node, kind);
    QStringList list;
    list.reserve(value.plain->size());
    for (const QString &item : *value.plain)
        list.append(scalarItem(item, kind));
    return list;
}

std::optional<FieldChange> compareField(const QString &field,
                                        const Value &oldValue,
                                        const Value &newValue)
{
    FieldChange change;
    change.field = field;
    change.before = compact(oldValue);
    change.after = compact(newValue);
    const bool hadOld = oldValue.isDefined();
    const bool hasNew = newValue.isDefined();
    if (hadOld && hasNew && change.before == change.after)
        return std::nullopt;
    if (const auto kind = listKind(field)) {
        // Compared once normalised: equivalent forms (list or map, short or long syntax) are equal.
        const QStringList before = items(oldValue, *kind);
        const QStringList after = items(newValue, *kind);
        change.added = minus(after, before);
        change.removed = minus(before, after);
        if (change.added.isEmpty() && change.removed.isEmpty() && hadOld == hasNew) {
            if (!orderMatters(field) || before == after)
                return std::nullopt;
            change.description = Core::Tr::tr("%1: same items, new order").arg(field);
        }
    }
    if (!hadOld) {
        change.description = Core::Tr::tr("%1 added: %2").arg(field, change.after);
    } else if (!hasNew) {
        change.description = Core::Tr::tr("%1 removed (was %2)").arg(field, change.before);
    } else if (field == u"image" && oldValue.isScalar() && newValue.isScalar()) {
        if (parseImage(change.before) == parseImage(change.after))
            return std::nullopt; // "redis" and "redis:latest"
        change.description = imageDescription(change.before, change.after);
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
    QSet<QString> known; // keys.contains() would make this quadratic in the number of keys
    QHash<QString, int> oldLines, newLines;
    QHash<QString, YAML::Node> oldValues, newValues;
    if (newMap.IsMap()) {
        for (const auto &entry : newMap) {
            const QString key = q(entry.first.Scalar());
            if (!skip.isEmpty() && key == skip)
                continue;
            if (!known.contains(key)) {
                known.insert(key);
                keys.append(key);
            }
            newValues.insert(key, entry.second);
            newLines.insert(key, lineOf(entry.first));
        }
    }
    if (oldMap.IsMap()) {
        for (const auto &entry : oldMap) {
            const QString key = q(entry.first.Scalar());
            if (!skip.isEmpty() && key == skip)
                continue;
            if (!known.contains(key)) {
                known.insert(key);
                keys.append(key);
            }
            oldValues.insert(key, entry.second);
            oldLines.insert(key, lineOf(entry.first));
        }
    }
    QList<FieldChange> changes;
    for (const QString &key : std::as_const(keys)) {
        const YAML::Node oldValue = oldValues.value(key, YAML::Node(YAML::NodeType::Undefined));
        const YAML::Node newValue = newValues.value(key, YAML::Node(YAML::NodeType::Undefined));
        if (auto change = compareField(key, Value{oldValue, {}}, Value{newValue, {}})) {
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

bool isMergeKey(const YAML::Node &key)
{
    // A plain "<<" (a quoted one is an ordinary key).
    return key.IsScalar() && key.Scalar() == "<<" && key.Tag() != "!";
}

// The node with YAML merge keys resolved ("<<: *defaults", "<<: [*a, *b]"), which yaml-cpp 0.8 leaves
// as a "<<" key: keys written in the mapping win over merged ones, and earlier merged mappings over
// later ones. Key nodes are kept (their marks give the lines).
YAML::Node resolveMerges(const YAML::Node &node)
{
    if (node.IsSequence()) {
        YAML::Node out(YAML::NodeType::Sequence);
        for (const YAML::Node &item : node)
            out.push_back(resolveMerges(item));
        return out;
    }
    if (!node.IsMap())
        return node;
    YAML::Node out(YAML::NodeType::Map);
    std::set<std::string> seen;
    std::vector<YAML::Node> sources;
    for (const auto &entry : node) {
        if (isMergeKey(entry.first)) {
            if (entry.second.IsMap()) {
                sources.push_back(entry.second);
            } else if (entry.second.IsSequence()) {
                for (const YAML::Node &item : entry.second) {
                    if (item.IsMap())
                        sources.push_back(item);
                }
            }
            continue;
        }
        if (entry.first.IsScalar())
            seen.insert(entry.first.Scalar());
        out.force_insert(entry.first, resolveMerges(entry.second));
    }
    for (const YAML::Node &source : sources) {
        const YAML::Node resolved = resolveMerges(source);
        for (const auto &entry : resolved) {
            if (!entry.first.IsScalar() || !seen.insert(entry.first.Scalar()).second)
                continue;
            out.force_insert(entry.first, entry.second);
        }
    }
    return out;
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
        if (doc.text.contains("<<"))
            root = resolveMerges(root);
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
    QSet<QString> known;
    QHash<QString, std::pair<YAML::Node, int>> oldByName, newByName;
    if (newServices.IsMap()) {
        for (const auto &entry : newServices) {
            const QString name = q(entry.first.Scalar());
            if (!known.contains(name)) {
                known.insert(name);
                names.append(name);
            }
            newByName.insert(name, {entry.second, lineOf(entry.first)});
        }
    }
    if (oldServices.IsMap()) {
        for (const auto &entry : oldServices) {
            const QString name = q(entry.first.Scalar());
            if (!known.contains(name)) {
                known.insert(name);
                names.append(name);
            }
            oldByName.insert(name, {entry.second, lineOf(entry.first)});
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

// Reading by sections: the files' block structure (top-level keys, services, their keys) is taken
// from the lines; an entry whose text is the same in both files is not parsed (it cannot differ), a
// changed entry is parsed alone with yaml-cpp, and a block list of plain one-line items is read from
// its lines. On a 100k-line pair with a few hundred changed lines this skips almost all of yaml-cpp's
// work, which was most of the summary's time. Gives up (nullopt) on anything it does not recognise for
// sure, and when an entry does not parse alone: the whole files are then read with yaml-cpp, which
// also reports the errors. Text that is the same in both files is not checked again.
class SectionReader
{
public:
    SectionReader(const Document &oldDoc, const Document &newDoc)
        : m_old(oldDoc)
        , m_new(newDoc)
    {}

    std::optional<Summary> summarize()
    {
        using namespace Sections;
        if (!readableBySections(m_old) || !readableBySections(m_new))
            return std::nullopt;
        const auto oldRoot = blockMapping(m_old.lines, 0, int(m_old.lines.size()), 0);
        const auto newRoot = blockMapping(m_new.lines, 0, int(m_new.lines.size()), 0);
        if (!oldRoot || !newRoot)
            return std::nullopt;
        const auto oldServices = children(m_old, find(*oldRoot, u"services"_s));
        const auto newServices = children(m_new, find(*newRoot, u"services"_s));
        if (!oldServices || !newServices)
            return std::nullopt;
        Summary summary;
        for (const QString &name : unionOfKeys(*oldServices, *newServices, {})) {
            const Entry *o = find(*oldServices, name);
            const Entry *n = find(*newServices, name);
            if (o && n && sameText(m_old.lines, *o, m_new.lines, *n))
                continue;
            ServiceChange change;
            change.name = name;
            change.kind = !o ? ServiceChange::Kind::Added
                             : (!n ? ServiceChange::Kind::Removed : ServiceChange::Kind::Modified);
            change.oldLine = o ? o->line + 1 : 0;
            change.newLine = n ? n->line + 1 : 0;
            const auto oldKeys = o ? children(m_old, o)
                                   : std::optional<QList<Entry>>(QList<Entry>());
            const auto newKeys = n ? children(m_new, n)
                                   : std::optional<QList<Entry>>(QList<Entry>());
            if (!oldKeys || !newKeys)
                return std::nullopt;
            auto fields = compareEntries(*oldKeys, *newKeys, {});
            if (!fields)
                return std::nullopt;
            change.fields = std::move(*fields);
            if (change.kind == ServiceChange::Kind::Modified && change.fields.isEmpty())
                continue;
            summary.services.append(change);
        }
        auto top = compareEntries(*oldRoot, *newRoot, u"services"_s);
        if (!top)
            return std::nullopt;
        summary.topLevel = std::move(*top);
        return summary;
    }

private:
    using Entry = Sections::Entry;

    static const Entry *find(const QList<Entry> &entries, const QString &key)
    {
        for (const Entry &e : entries) {
            if (e.key == key)
                return &e;
        }
        return nullptr;
    }

    // The entries of a block mapping under an entry ("services:", a service): none when it is empty
    // (null); nullopt when it is absent, written inline ({...}) or not a block mapping of plain keys.
    static std::optional<QList<Entry>> children(const Document &doc, const Entry *parent)
    {
        if (!parent || parent->inlineValue)
            return std::nullopt;
        const int indent = Sections::firstIndent(doc.lines, parent->line + 1, parent->end);
        if (indent < 0)
            return QList<Entry>(); // "web:" alone: null, no settings
        if (indent <= parent->indent)
            return std::nullopt;
        return Sections::blockMapping(doc.lines, parent->line + 1, parent->end, indent);
    }

    // NEW's keys in order, then OLD's others, as compareMaps orders them.
    static QStringList unionOfKeys(const QList<Entry> &oldEntries,
                                   const QList<Entry> &newEntries,
                                   const QString &skip)
    {
        QStringList keys;
        QSet<QString> known;
        for (const QList<Entry> *entries : {&newEntries, &oldEntries}) {
            for (const Entry &e : *entries) {
                if (e.key != skip && !known.contains(e.key)) {
                    known.insert(e.key);
                    keys.append(e.key);
                }
            }
        }
        return keys;
    }

    // An entry's value: its plain items, or its lines parsed alone; nullopt when they do not parse as
    // that one key.
    static std::optional<Value> valueOf(const Document &doc, const Entry &entry)
    {
        if (auto plain = Sections::plainItems(doc.lines, entry))
            return Value{YAML::Node(YAML::NodeType::Undefined), std::move(plain)};
        std::string text;
        for (int i = entry.line; i < entry.end; ++i) {
            text += doc.lines.at(i).toStdString();
            text += '\n';
        }
        try {
            const YAML::Node root = YAML::Load(text);
            if (!root.IsMap() || root.size() != 1)
                return std::nullopt;
            for (const auto &pair : root) {
                if (!pair.first.IsScalar() || q(pair.first.Scalar()) != entry.key)
                    return std::nullopt;
                return Value{pair.second, std::nullopt};
            }
        } catch (const YAML::Exception &) {
        }
        return std::nullopt;
    }

    // compareMaps over entries: an entry whose text is the same on both sides is equal; the others are
    // read and compared like compareMaps does.
    std::optional<QList<FieldChange>> compareEntries(const QList<Entry> &oldEntries,
                                                     const QList<Entry> &newEntries,
                                                     const QString &skip) const
    {
        QList<FieldChange> changes;
        for (const QString &key : unionOfKeys(oldEntries, newEntries, skip)) {
            const Entry *o = find(oldEntries, key);
            const Entry *n = find(newEntries, key);
            if (o && n && Sections::sameText(m_old.lines, *o, m_new.lines, *n))
                continue;
            const std::optional<Value> oldValue = o ? valueOf(m_old, *o) : std::optional(Value{});
            const std::optional<Value> newValue = n ? valueOf(m_new, *n) : std::optional(Value{});
            if (!oldValue || !newValue)
                return std::nullopt;
            if (auto change = compareField(key, *oldValue, *newValue)) {
                change->oldLine = o ? o->line + 1 : 0;
                change->newLine = n ? n->line + 1 : 0;
                changes.append(*change);
            }
        }
        return changes;
    }

    const Document &m_old;
    const Document &m_new;
};

} // namespace

Result<Summary> summarize(const Document &oldDoc, const Document &newDoc, SummaryReading reading)
{
    // Valid YAML can still surprise the walk (a key that is itself a mapping, ...): an error, never a
    // crash.
    try {
        if (reading == SummaryReading::Sections) {
            if (auto summary = SectionReader(oldDoc, newDoc).summarize())
                return *summary;
        }
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
