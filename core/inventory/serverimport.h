// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"

namespace Steward {

// Merging imported hosts (ssh config, Ansible inventory) into the inventory without duplicates: a
// candidate duplicates a server with the same name, or one that reaches the same account (the same host
// name, compared without case, the same port and the same user).

// The name of the server in `existing` that `candidate` duplicates, or an empty string when it is new.
QString duplicateOf(const Server &candidate, const ServerList &existing);

// The candidates that duplicate nothing in `existing` nor an earlier candidate, in their order.
ServerList withoutDuplicates(const ServerList &candidates, const ServerList &existing);

} // namespace Steward
