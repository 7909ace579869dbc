// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/ssh/sshconfig.h"

namespace Steward {

// Turns the concrete Host entries of an ssh config into inventory servers (wildcard-only entries skipped).
// The server's name is the Host alias; host, user, port and the first IdentityFile come from the resolved
// config, so Include, HostName and shared "Host *" settings are honoured as ssh would.
ServerList serversFromSshConfig(const SshConfig &config);

} // namespace Steward
