// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTimer;

namespace Steward {

// Hosts of an Ansible inventory turned into inventory servers: the name is the inventory hostname, the
// connection comes from ansible_host, ansible_port, ansible_user and ansible_ssh_private_key_file (and
// their older ansible_ssh_* spellings), after group and host variables are merged as Ansible merges
// them. Hosts that Steward cannot reach over SSH (ansible_connection local, docker, winrm...) or whose
// values are not valid are left out with a warning, never silently.
struct AnsibleImport
{
    enum class Method {
        AnsibleInventory, // `ansible-inventory -i FILE --list`: group vars, plugins, exactly as Ansible
        IniFile,          // Steward's own reader of an INI inventory (ansible-inventory is missing)
        YamlFile,         // Steward's own reader of a YAML inventory (ansible-inventory is missing)
    };

    ServerList servers;
    QStringList warnings;
    Method method = Method::AnsibleInventory;
    QString program; // the ansible-inventory that was run (empty for Steward's own readers)

    // Translated, for the user: which reader was used, and why when it was the fallback.
    QString methodDescription() const;
};

namespace Ansible {

// Variables of one group or host, as strings (what Steward reads of them is scalar).
using Vars = QHash<QString, QString>;

// What `ansible-inventory -i FILE --list` prints: groups with "hosts" and "children" from "all" down,
// host variables (already merged) under "_meta"."hostvars". A document that is not this shape is an
// Error, never an empty list.
Result<AnsibleImport> fromInventoryJson(const QByteArray &json, const QString &sourceName = {});

// Variables read from the group_vars/ and host_vars/ folders next to an inventory file (the fallback
// readers get them from the importer, which reads the folders).
struct ExtraVars
{
    QHash<QString, Vars> groups;
    QHash<QString, Vars> hosts;
};

// An INI inventory as Ansible's ini plugin reads it: hosts before any section (ungrouped), [group],
// [group:vars], [group:children], inline host variables (key=value, quotes as a shell reads them),
// comments (# and ;), host ranges (web[01:20].example.com, db-[a:c], [1:9:2]).
Result<AnsibleImport> parseIni(const QByteArray &text,
                               const ExtraVars &extra = {},
                               const QString &sourceName = {});

// A YAML inventory as Ansible's yaml plugin reads it: groups (usually "all") with "hosts" (a mapping of
// host to variables), "vars" and "children" (a mapping of groups), host ranges in host names.
Result<AnsibleImport> parseYaml(const QByteArray &text,
                                const ExtraVars &extra = {},
                                const QString &sourceName = {});

// Which fallback reads this file: YAML for .yml/.yaml, or a first significant line "name:"; else INI.
bool looksLikeYaml(const QString &fileName, const QByteArray &text);

// The host names of a pattern with ranges: "web[01:03]" → web01, web02, web03; "db-[a:c]" → db-a…db-c;
// "[0:8:4]" steps by 4. Empty with *error set on a malformed range.
QStringList expandHostPattern(const QString &pattern, QString *error = nullptr);

// One host's merged variables as a server (or an Error saying which variable is wrong, or why the host
// is not an SSH host). groups: the host's groups (without all and ungrouped), for the notes.
Result<Server> serverFromVars(const QString &host,
                              const Vars &vars,
                              const QStringList &groups,
                              const QString &sourceName);

} // namespace Ansible

// Reads an Ansible inventory without blocking the caller's thread: runs `ansible-inventory -i FILE
// --list` (QProcess, with a timeout; its error message is the result's error) when it is installed,
// otherwise reads the file and its group_vars/ and host_vars/ with Steward's INI or YAML reader on a
// worker thread. finished() is always emitted later from the event loop, once per start().
class AnsibleInventoryReader : public QObject
{
    Q_OBJECT

public:
    explicit AnsibleInventoryReader(QObject *parent = nullptr);
    ~AnsibleInventoryReader() override;

    // The ansible-inventory program: found on PATH by default; an empty string forces the fallback.
    void setProgram(const QString &program)
    {
        m_program = program;
        m_programSet = true;
    }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void start(const QString &inventoryPath);
    void cancel();
    bool isRunning() const { return m_running; }

    static constexpr int defaultTimeoutMs = 60000;

signals:
    void finished(const Steward::Result<Steward::AnsibleImport> &result);

private:
    void runProgram(const QString &program);
    void runFallback();
    void finish(const Result<AnsibleImport> &result);

    QString m_program;
    bool m_programSet = false;
    int m_timeoutMs = defaultTimeoutMs;
    QString m_path;
    bool m_running = false;
    quint64 m_generation = 0;
    QPointer<QProcess> m_process;
    QTimer *m_timer = nullptr;
};

} // namespace Steward
