// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/result.h"

#include <QObject>

#include <functional>

namespace Steward {

namespace Ssh {
class Session;
}

// How a feature reaches a server's shared SSH session: done is called once, while context lives, with the
// session once it is Ready or with why it is not. The window's is SessionPool::connector(); the headless
// commands' is ConsoleServers::connectTo.
using SessionConnector
    = std::function<void(const Server &server,
                         QObject *context,
                         std::function<void(const Result<Ssh::Session *> &)> done)>;

} // namespace Steward
