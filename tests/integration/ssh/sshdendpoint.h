// SPDX-License-Identifier: GPL-3.0-or-later
// How the tests reach an SshdFixture with Steward's engine: one endpoint shape for every test.
#pragma once

#include "core/ssh/session.h"
#include "tests/integration/ssh/sshdfixture.h"

#include <QFile>

namespace Steward::Test {

// Writes a known_hosts file in the fixture's directory holding its host key; returns its path, or an
// empty string when it could not be written.
inline QString writeKnownHosts(const SshdFixture &sshd,
                               const QString &name = QStringLiteral("known_hosts"))
{
    const QString path = sshd.dir() + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sshd.knownHostsLine() + '\n') <= 0)
        return {};
    return path;
}

// The fixture's server for Steward: its test user, this key only, no agent, known_hosts as given and
// Steward's own known-hosts file inside the fixture's directory.
inline Ssh::Endpoint endpointFor(const SshdFixture &sshd,
                                 const QString &key,
                                 const QString &knownHosts)
{
    Ssh::Endpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = sshd.port();
    e.user = SshdFixture::user();
    e.identityFiles = {key};
    e.identitiesOnly = true;
    e.userKnownHostsFile = knownHosts;
    e.stewardKnownHostsFile = sshd.dir() + QStringLiteral("/steward_known_hosts");
    e.agentSocket = QStringLiteral("none");
    e.connectTimeoutMs = 10000;
    return e;
}

} // namespace Steward::Test
