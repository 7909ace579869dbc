// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Steward::BackupCommand {

// `steward backup list|run|drill [--inventory FILE | --lab] [--server NAME] [--drill-host NAME]
// [--backup KEY] [--keep] [--format text|json]` (docs/backups.md):
//   list   each server's catalogue, freshness and last drill; exit 1 when a newest backup is stale,
//          suspiciously small or missing, or the bucket cannot be read;
//   run    starts the backup unit now and follows it; exit 1 when it fails (the journal's reason said);
//   drill  a restore drill on the drill host, recorded in the history; exit 1 when it fails or is
//          interrupted (Ctrl-C cleans up first).
// Exit 2 on bad usage, 3 when a server cannot be reached over SSH. The S3 key pair comes from
// AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, else from the keychain.
int run(const QStringList &arguments);

} // namespace Steward::BackupCommand
