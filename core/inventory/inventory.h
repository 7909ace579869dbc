// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/result.h"

#include <QByteArray>

namespace Steward {

// The inventory file format (YAML), version 1:
//
//   version: 1
//   servers:
//     - name: social.coop          # required, unique
//       host: social.coop          # required
//       port: 22                   # optional, 1..65535
//       user: root                 # optional
//       role: primary              # primary | secondary | staging (default primary)
//       compose_dir: /opt/mastodon # optional
//       public_url: https://social.coop
//       identity_file: ~/.ssh/id_ed25519
//       notes: |
//         free text
//       backup:                    # optional: the database backups (docs/backups.md)
//         bucket: social-coop-backups   # required in backup
//         endpoint: https://s3.example.org   # empty: AWS
//         prefix: postgres/
//         region: us-east-1
//         addressing: path         # path | virtual
//         pattern: "{database}-{timestamp}.dump.gz"
//         unit: pg-dump-to-s3.service
//         database: mastodon_production
//         psql: [docker, compose, exec, -T, db, psql, -U, postgres]
//         fresh_hours: 26
//         drill:
//           host: secondary        # an inventory server
//           max_age_days: 30
//           work_dir: /var/tmp
//           pg_host: 127.0.0.1     # empty: the local socket
//           pg_port: 5432
//           pg_user: postgres
//           jobs: 4                # pg_restore --jobs; 0: the drill host's cores, at most 4
//
// Parsing never guesses: an unknown key, a wrong type or a duplicate name is an Error with the line
// and column, so that a typo is reported instead of silently dropped.
namespace Inventory {

constexpr int formatVersion = 1;
constexpr qsizetype maxFileSize = 4 * 1024 * 1024;

Result<ServerList> parse(const QByteArray &yaml);
QByteArray serialize(const ServerList &servers);

// Checks one server as the editor would before accepting it: empty = fine, else a translated message.
QString validate(const Server &server);

} // namespace Inventory
} // namespace Steward
