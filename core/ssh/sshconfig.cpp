// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/sshconfig.h"

#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Steward {
namespace {

constexpr int maxIncludeDepth = 16;

// Every keyword of ssh_config(5) in OpenSSH 9.x/10.x (lower case), plus a few deprecated and
// vendor ones that ssh still accepts. Anything else is reported, as ssh refuses it.
bool isKnownKeyword(const QString &keyword)
{
    static const QSet<QString> known = [] {
        QSet<QString> set;
        const char *const names[] = {"host",
                                     "match",
                                     "addkeystoagent",
                                     "addressfamily",
                                     "batchmode",
                                     "bindaddress",
                                     "bindinterface",
                                     "canonicaldomains",
                                     "canonicalizefallbacklocal",
                                     "canonicalizehostname",
                                     "canonicalizemaxdots",
                                     "canonicalizepermittedcnames",
                                     "casignaturealgorithms",
                                     "certificatefile",
                                     "channeltimeout",
                                     "checkhostip",
                                     "ciphers",
                                     "clearallforwardings",
                                     "compression",
                                     "connectionattempts",
                                     "connecttimeout",
                                     "controlmaster",
                                     "controlpath",
                                     "controlpersist",
                                     "dynamicforward",
                                     "enableescapecommandline",
                                     "enablesshkeysign",
                                     "escapechar",
                                     "exitonforwardfailure",
                                     "fingerprinthash",
                                     "forkafterauthentication",
                                     "forwardagent",
                                     "forwardx11",
                                     "forwardx11timeout",
                                     "forwardx11trusted",
                                     "gatewayports",
                                     "globalknownhostsfile",
                                     "gssapiauthentication",
                                     "gssapidelegatecredentials",
                                     "gssapikeyexchange",
                                     "gssapiclientidentity",
                                     "gssapiserveridentity",
                                     "gssapirenewalforcesrekey",
                                     "gssapitrustdns",
                                     "gssapikexalgorithms",
                                     "hashknownhosts",
                                     "hostbasedacceptedalgorithms",
                                     "hostbasedkeytypes",
                                     "hostbasedauthentication",
                                     "hostkeyalgorithms",
                                     "hostkeyalias",
                                     "hostname",
                                     "identitiesonly",
                                     "identityagent",
                                     "identityfile",
                                     "ignoreunknown",
                                     "include",
                                     "ipqos",
                                     "kbdinteractiveauthentication",
                                     "kbdinteractivedevices",
                                     "kexalgorithms",
                                     "knownhostscommand",
                                     "localcommand",
                                     "localforward",
                                     "loglevel",
                                     "logverbose",
                                     "macs",
                                     "nohostauthenticationforlocalhost",
                                     "numberofpasswordprompts",
                                     "obscurekeystroketiming",
                                     "passwordauthentication",
                                     "permitlocalcommand",
                                     "permitremoteopen",
                                     "pkcs11provider",
                                     "port",
                                     "preferredauthentications",
                                     "proxycommand",
                                     "proxyjump",
                                     "proxyusefdpass",
                                     "pubkeyacceptedalgorithms",
                                     "pubkeyacceptedkeytypes",
                                     "pubkeyauthentication",
                                     "rekeylimit",
                                     "remotecommand",
                                     "remoteforward",
                                     "requesttty",
                                     "requiredrsasize",
                                     "revokedhostkeys",
                                     "securitykeyprovider",
                                     "sendenv",
                                     "serveralivecountmax",
                                     "serveraliveinterval",
                                     "sessiontype",
                                     "setenv",
                                     "stdinnull",
                                     "streamlocalbindmask",
                                     "streamlocalbindunlink",
                                     "stricthostkeychecking",
                                     "syslogfacility",
                                     "tcpkeepalive",
                                     "tag",
                                     "tunnel",
                                     "tunneldevice",
                                     "updatehostkeys",
                                     "user",
                                     "userknownhostsfile",
                                     "verifyhostkeydns",
                                     "visualhostkey",
                                     "xauthlocation",
                                     "challengeresponseauthentication",
                                     "usekeychain",
                                     "protocol",
                                     "useprivilegedport",
                                     "rsaauthentication",
                                     "rhostsrsaauthentication",
                                     "compressionlevel",
                                     "cipher",
                                     "pubkeyauthoptions",
                                     "refuseconnection",
                                     "warnweakcrypto",
                                     "versionaddendum"};
        for (const char *name : names)
            set.insert(QString::fromLatin1(name));
        return set;
    }();
    return known.contains(keyword);
}

bool globMatch(const QString &text, const QString &pattern)
{
    // ssh's match_pattern: '*' any run, '?' one character, case-insensitive for host names.
    const QRegularExpression re(QRegularExpression::anchoredPattern(
                                    QRegularExpression::wildcardToRegularExpression(
                                        pattern, QRegularExpression::NonPathWildcardConversion)),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

QString expandTokens(QString value, const SshHostConfig &c, const QString &localUser)
{
    if (value.startsWith(u"~/"_s))
        value = QDir::homePath() + value.mid(1);
    else if (value == u"~")
        value = QDir::homePath();
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar ch = value.at(i);
        if (ch != u'%' || i + 1 >= value.size()) {
            out += ch;
            continue;
        }
        const QChar t = value.at(++i);
        if (t == u'%')
            out += u'%';
        else if (t == u'd')
            out += QDir::homePath();
        else if (t == u'h')
            out += c.hostName.isEmpty() ? c.alias : c.hostName;
        else if (t == u'n')
            out += c.alias;
        else if (t == u'u')
            out += localUser;
        else if (t == u'r')
            out += c.user.value_or(localUser);
        else if (t == u'p')
            out += QString::number(c.port.value_or(22));
        else
            out += u'%' + t; // unknown tokens stay as written
    }
    return out;
}

QList<std::pair<QString, QByteArray>> loadFromDisk(const QString &pattern)
{
    QList<std::pair<QString, QByteArray>> files;
    const QFileInfo info(pattern);
    QDir dir = info.dir();
    QStringList names;
    if (pattern.contains(u'*') || pattern.contains(u'?') || pattern.contains(u'[')) {
        names = dir.entryList({info.fileName()}, QDir::Files | QDir::Readable, QDir::Name);
    } else if (info.isFile()) {
        names = {info.fileName()};
    }
    for (const QString &name : std::as_const(names)) {
        QFile file(dir.filePath(name));
        if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        files.append({file.fileName(), file.readAll()});
    }
    return files;
}

} // namespace

std::optional<QStringList> SshConfig::splitArguments(const QString &text)
{
    QStringList args;
    QString current;
    bool inQuotes = false;
    bool have = false;
    for (const QChar ch : text) {
        if (ch == u'"') {
            inQuotes = !inQuotes;
            have = true;
        } else if (!inQuotes && ch.isSpace()) {
            if (have)
                args.append(current);
            current.clear();
            have = false;
        } else {
            current += ch;
            have = true;
        }
    }
    if (inQuotes)
        return std::nullopt;
    if (have)
        args.append(current);
    return args;
}

bool SshConfig::matchPatternList(const QString &host, const QStringList &patterns)
{
    bool matched = false;
    for (const QString &raw : patterns) {
        // A pattern-list may be one argument with commas ("a,b") or several arguments.
        for (const QString &part : raw.split(u',', Qt::SkipEmptyParts)) {
            const bool negated = part.startsWith(u'!');
            const QString pattern = negated ? part.mid(1) : part;
            if (globMatch(host, pattern)) {
                if (negated)
                    return false; // a matching negation vetoes the whole line
                matched = true;
            }
        }
    }
    return matched;
}

QString SshConfig::defaultPath()
{
    return QDir::homePath() + u"/.ssh/config"_s;
}

SshConfig SshConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    SshConfig config;
    if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
        config.m_warnings.append({path, 0, Core::Tr::tr("cannot read the file")});
        return config;
    }
    config.parseInto(file.readAll(), path, QFileInfo(path).absolutePath(), loadFromDisk, 0);
    return config;
}

SshConfig SshConfig::parse(const QByteArray &text,
                           const QString &fileName,
                           const QString &includeBase,
                           const IncludeLoader &loader)
{
    SshConfig config;
    config.parseInto(text, fileName, includeBase, loader, 0);
    return config;
}

void SshConfig::parseInto(const QByteArray &text,
                          const QString &fileName,
                          const QString &includeBase,
                          const IncludeLoader &loader,
                          int depth,
                          const QList<std::pair<Block::Kind, QStringList>> &enclosing)
{
    if (m_blocks.isEmpty())
        m_blocks.append(Block{});
    const QString content = QString::fromUtf8(text);
    const QStringList lines = content.split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        const int lineNo = n + 1;
        QString line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        // "Keyword value", "Keyword=value" or "Keyword = value".
        static const QRegularExpression keywordRe(
            u"^([A-Za-z][A-Za-z0-9]*)\\s*(?:=\\s*|\\s+|$)(.*)$"_s);
        const auto m = keywordRe.match(line);
        if (!m.hasMatch()) {
            m_warnings.append({fileName, lineNo, Core::Tr::tr("not a “Keyword value” line")});
            continue;
        }
        const QString keyword = m.captured(1).toLower();
        const auto args = splitArguments(m.captured(2));
        if (!args) {
            m_warnings.append({fileName, lineNo, Core::Tr::tr("unbalanced quotes")});
            continue;
        }
        if (args->isEmpty()) {
            m_warnings.append(
                {fileName, lineNo, Core::Tr::tr("“%1” has no value").arg(m.captured(1))});
            continue;
        }
        if (keyword == u"host") {
            m_blocks.append(Block{Block::Host, *args, {}, enclosing});
        } else if (keyword == u"match") {
            m_blocks.append(Block{Block::Match, *args, {}, enclosing});
        } else if (keyword == u"include") {
            if (depth >= maxIncludeDepth) {
                m_warnings.append({fileName, lineNo, Core::Tr::tr("Include nested too deeply")});
                continue;
            }
            if (!loader)
                continue;
            for (QString pattern : *args) {
                if (pattern.startsWith(u"~/"_s))
                    pattern = QDir::homePath() + pattern.mid(1);
                else if (!QDir::isAbsolutePath(pattern))
                    pattern = (includeBase.isEmpty() ? QDir::homePath() + u"/.ssh"_s : includeBase)
                              + u'/' + pattern;
                // The included lines before its first Host/Match belong to the current block; its own
                // blocks apply only where the current block does.
                const Block outer = m_blocks.last();
                QList<std::pair<Block::Kind, QStringList>> inner = outer.enclosing;
                if (outer.kind != Block::Global)
                    inner.append({outer.kind, outer.patterns});
                const qsizetype before = m_blocks.size();
                for (const auto &[path, bytes] : loader(pattern))
                    parseInto(bytes, path, includeBase, loader, depth + 1, inner);
                // Then the outer scope again, as OpenSSH restores it: what follows the Include is
                // still in the block the Include was written in.
                if (m_blocks.size() != before)
                    m_blocks.append(Block{outer.kind, outer.patterns, {}, outer.enclosing});
            }
        } else {
            if (keyword == u"ignoreunknown")
                m_ignoreUnknown.append(*args);
            else if (!isKnownKeyword(keyword) && !matchPatternList(keyword, m_ignoreUnknown))
                m_warnings.append(
                    {fileName, lineNo, Core::Tr::tr("unknown keyword “%1”").arg(m.captured(1))});
            m_blocks.last().options.append(Option{keyword, *args, fileName, lineNo});
        }
    }
}

SshHostConfig SshConfig::resolve(const QString &host, const QString &localUser) const
{
    SshHostConfig c;
    c.alias = host;
    QSet<QString> seen;
    const auto first = [&seen](const QString &keyword) {
        if (seen.contains(keyword))
            return false;
        seen.insert(keyword);
        return true;
    };
    QStringList rawIdentityFiles;
    QString rawHostName;
    const auto matches = [&host](Block::Kind kind, const QStringList &p) {
        if (kind == Block::Host)
            return matchPatternList(host, p);
        if (kind == Block::Match) {
            // Only "Match all" and "Match host PATTERNS" are evaluated; other criteria (exec, user, ...)
            // cannot be decided here, so their blocks are not applied.
            const bool all = p.size() == 1 && p.first().compare(u"all"_s, Qt::CaseInsensitive) == 0;
            const bool hostMatch = p.size() == 2
                                   && p.first().compare(u"host"_s, Qt::CaseInsensitive) == 0
                                   && matchPatternList(host, {p.at(1)});
            return all || hostMatch;
        }
        return true;
    };
    for (const Block &block : m_blocks) {
        if (!matches(block.kind, block.patterns))
            continue;
        if (!std::all_of(block.enclosing.cbegin(),
                         block.enclosing.cend(),
                         [&matches](const auto &outer) {
                             return matches(outer.first, outer.second);
                         }))
            continue;
        for (const Option &o : block.options) {
            const QString &v = o.args.first();
            if (o.keyword == u"identityfile") {
                rawIdentityFiles.append(v);
            } else if (!first(o.keyword)) {
                continue;
            } else if (o.keyword == u"hostname") {
                rawHostName = v;
            } else if (o.keyword == u"user") {
                c.user = v;
            } else if (o.keyword == u"port") {
                bool ok = false;
                const int port = v.toInt(&ok);
                if (ok && port > 0 && port < 65536)
                    c.port = port;
            } else if (o.keyword == u"identitiesonly") {
                c.identitiesOnly = v.compare(u"yes"_s, Qt::CaseInsensitive) == 0;
            } else if (o.keyword == u"proxyjump") {
                c.proxyJump = v.compare(u"none"_s, Qt::CaseInsensitive) == 0 ? QString() : v;
            } else if (o.keyword == u"serveraliveinterval") {
                c.serverAliveInterval = qMax(0, v.toInt());
            } else if (o.keyword == u"serveralivecountmax") {
                c.serverAliveCountMax = qMax(1, v.toInt());
            } else if (o.keyword == u"connecttimeout") {
                c.connectTimeout = qMax(0, v.toInt());
            } else if (o.keyword == u"userknownhostsfile") {
                c.userKnownHostsFile = v;
            } else if (o.keyword == u"stricthostkeychecking") {
                c.strictHostKeyChecking = v.toLower();
            }
        }
    }
    c.hostName = rawHostName.isEmpty() ? host : QString(rawHostName).replace(u"%h"_s, host);
    for (const QString &f : std::as_const(rawIdentityFiles)) {
        const QString expanded = expandTokens(f, c, localUser);
        if (!c.identityFiles.contains(expanded))
            c.identityFiles.append(expanded);
    }
    if (!c.userKnownHostsFile.isEmpty())
        c.userKnownHostsFile = expandTokens(c.userKnownHostsFile, c, localUser);
    return c;
}

QStringList SshConfig::concreteHosts() const
{
    QStringList hosts;
    for (const Block &block : m_blocks) {
        if (block.kind != Block::Host)
            continue;
        for (const QString &raw : block.patterns) {
            for (const QString &p : raw.split(u',', Qt::SkipEmptyParts)) {
                if (p.startsWith(u'!') || p.contains(u'*') || p.contains(u'?'))
                    continue;
                if (!hosts.contains(p))
                    hosts.append(p);
            }
        }
    }
    return hosts;
}

} // namespace Steward
