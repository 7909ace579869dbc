// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/result.h"

namespace Steward {

// Reads and writes the inventory file. Local, small and synchronous; never overwrites what it could not read.
class InventoryFile
{
public:
    enum class Origin {
        File,           // read from the file
        BuiltInExample, // no file yet: the built-in social.coop-like example
    };

    struct Loaded
    {
        ServerList servers;
        Origin origin = Origin::File;
    };

    explicit InventoryFile(QString path);

    // ~/.config/steward/inventory.yaml (QStandardPaths::AppConfigLocation).
    static QString defaultPath();
    // The built-in example (resources/default-inventory.yaml), shown when no file exists yet.
    static ServerList builtInExample();

    QString path() const { return m_path; }

    // Missing file: the built-in example. Unreadable or malformed: an Error with line and column.
    Result<Loaded> load() const;
    // Atomic (QSaveFile): the old file stays whole if anything fails. Empty on success, else the message.
    QString save(const ServerList &servers) const;

private:
    QString m_path;
};

} // namespace Steward
