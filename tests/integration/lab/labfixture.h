// SPDX-License-Identifier: GPL-3.0-or-later
// A lab for a test: starts lab/steward-lab in a temporary STEWARD_LAB_DIR (a small database, a short
// backup), gives its inventory entry, known_hosts and environment, switches faults, runs local tools
// (aws, psql) against it, and stops it at the end, leaving nothing behind. For the integration tests of every
// feature that acts on servers (servers, logs, backups, runbook, onboarding).
#pragma once

#include "core/inventory/server.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Steward::Test {

class LabFixture
{
public:
    struct Run
    {
        int exitCode = -1; // -1: did not start, crashed or timed out
        QString out;
        QString err;
    };

    // settings: extra STEWARD_LAB_* variables (e.g. {"STEWARD_LAB_BACKUP_SECONDS", "5"}).
    explicit LabFixture(const QHash<QString, QString> &settings = {});
    ~LabFixture(); // stops the lab

    // Starts the lab; false (with error()) when it could not: a test fails loudly then.
    bool start();
    QString error() const { return m_error; }
    bool stop();

    QString dir() const { return m_lab; }
    // The lab's inventory entry (as steward --lab reads it) and the file it is in.
    Server server() const { return m_server; }
    QString inventoryPath() const { return m_lab + QStringLiteral("/inventory.yaml"); }
    QString knownHostsPath() const { return m_lab + QStringLiteral("/ssh/known_hosts"); }
    // lab.env's values: LAB_SSH_PORT, LAB_PG_PORT, LAB_S3_PORT, ...
    QString env(const QString &key) const { return m_env.value(key); }
    QHash<QString, QString> envAll() const { return m_env; }
    // The environment of a local process that talks to the lab (STEWARD_LAB_DIR set).
    QProcessEnvironment processEnvironment() const { return m_procEnv; }

    // `steward-lab ARGS…` (fault NAME on|off, status, reset...).
    Run lab(const QStringList &arguments, int timeoutMs = 180000) const;
    bool fault(const QString &name, bool on) const;
    // Every fault off (for cleanup()).
    void clearFaults() const;
    // A local program with the lab's environment (aws with the lab's S3 endpoint and key, psql...).
    Run local(const QString &program,
              const QStringList &arguments,
              const QProcessEnvironment &extra = {},
              int timeoutMs = 120000) const;
    // `aws --endpoint-url http://127.0.0.1:S3PORT ARGS…` with the lab's key.
    Run aws(const QStringList &arguments) const;
    // psql on the lab's database: one query, unaligned tuples.
    Run sql(const QString &query,
            const QString &database = QStringLiteral("mastodon_production")) const;
    // The newest installed PostgreSQL tool (pg_restore, psql...).
    static QString pgTool(const QString &tool);

private:
    bool loadEnv();

    QTemporaryDir m_tmp;
    QString m_lab;
    QHash<QString, QString> m_env;
    QProcessEnvironment m_procEnv;
    Server m_server;
    QString m_error;
    bool m_started = false;
};

} // namespace Steward::Test
