// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runbook/runbook.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Steward::Runbook {

class Fields;

// One piece of evidence a check asks for: a read-only command on the server (an argument list, run in
// a directory), an HTTP GET of the instance's public URL from this computer, or a file on this computer.
struct Probe
{
    enum class Kind { Remote, Http, LocalFile };

    Kind kind = Kind::Remote;
    QStringList argv;  // Remote
    QString directory; // Remote: where it runs; empty: the login directory
    QString path;      // Http: the path on the server's public URL ("/health")
    QString file;      // LocalFile

    static Probe remote(const QStringList &argv, const QString &directory = {});
    static Probe http(const QString &path);
    static Probe localFile(const QString &file);

    // Exactly what is sent or read, for the evidence and the dry run: "cd -- /opt/mastodon && docker
    // compose ps --format json", "GET https://social.coop/health", "read /home/me/compose.yml".
    QString display(const Context &context) const;
};

// What a probe brought back.
struct ProbeResult
{
    int exitCode = -1;  // Remote: the exit status; -1 when it did not run (error says why)
    QByteArray out;     // Remote: stdout; LocalFile: the content
    QByteArray err;     // Remote: stderr
    QString error;      // why it brought nothing (connection lost, file missing, network error)
    int httpStatus = 0; // Http: 0 when no answer
    QByteArray body;    // Http
};

// A check's answer: passed or not, the sentence saying why, and the evidence it read (shown as is).
struct CheckResult
{
    bool passed = false;
    QString message;
    QString evidence;
};

// A gate's check as a small object (Mastodon's Admin::SystemCheck shape): it names what must hold and
// what it looks at, asks for its evidence as probes, and decides from the probes' results alone, so that
// each check is tested with tables of real outputs.
class Check
{
public:
    virtual ~Check() = default;
    virtual QString name() const = 0;
    // What must hold, translated: "A backup newer than 26 hours".
    virtual QString title(const Context &context) const = 0;
    // What it looks at, translated: "the last run of pg-dump-to-s3.service on the server".
    virtual QString evidenceName(const Context &context) const = 0;
    virtual QList<Probe> probes(const Context &context) const = 0;
    // results: one per probe, in order.
    virtual CheckResult evaluate(const Context &context, const QList<ProbeResult> &results) const = 0;

    // Reads one check of a runbook (`{check: NAME, …options}`); throws ParseFailure.
    static std::shared_ptr<const Check> parse(Fields &fields);
    // The names parse() knows.
    static QStringList names();
};

// The checks, each alone (docs/runbook.md, "Checks").

// The last run of the backup unit succeeded and ended less than maxHours ago. The evidence is the unit's
// state on the server (`systemctl show`), until the Backups work's S3 catalogue is the evidence.
class BackupFreshCheck : public Check
{
public:
    BackupFreshCheck(QString unit, int maxHours);
    QString name() const override;
    QString title(const Context &context) const override;
    QString evidenceName(const Context &context) const override;
    QList<Probe> probes(const Context &context) const override;
    CheckResult evaluate(const Context &context, const QList<ProbeResult> &results) const override;
    QString unit(const Context &context) const;

private:
    QString m_unit; // template; empty: the inventory's backup unit
    int m_maxHours;
};

// Free space on the filesystem of a path (the compose directory: /opt) against a minimum.
class DiskFreeCheck : public Check
{
public:
    DiskFreeCheck(QString path, qint64 minBytes);
    QString name() const override;
    QString title(const Context &context) const override;
    QString evidenceName(const Context &context) const override;
    QList<Probe> probes(const Context &context) const override;
    CheckResult evaluate(const Context &context, const QList<ProbeResult> &results) const override;

private:
    QString m_path; // template; empty: the compose directory
    qint64 m_minBytes;
};

// The server's docker-compose.yml is the reviewed file, byte for byte (SHA-256 of both).
class ComposeReviewedCheck : public Check
{
public:
    explicit ComposeReviewedCheck(QString file);
    QString name() const override;
    QString title(const Context &context) const override;
    QString evidenceName(const Context &context) const override;
    QList<Probe> probes(const Context &context) const override;
    CheckResult evaluate(const Context &context, const QList<ProbeResult> &results) const override;

private:
    QString m_file; // template: the reviewed file on this computer
};

// The version the web container runs (`tootctl version`) compared with a version.
class RunningVersionCheck : public Check
{
public:
    enum class Compare { Equals, Below, AtLeast };
    RunningVersionCheck(Compare compare, QString version, QString service);
    QString name() const override;
    QString title(const Context &context) const override;
    QString evidenceName(const Context &context) const override;
    QList<Probe> probes(const Context &context) const override;
    CheckResult evaluate(const Context &context, const QList<ProbeResult> &results) const override;

private:
    Compare m_compare;
    QString m_version; // template
    QString m_service;
};

// Rails' `db:migrate:status` in a one-off web container: the migrations not yet run, at most max
// (-1: any number, the count is the evidence).
class PendingMigrationsCheck : public Check
{
public:
    // expected: what the upgrade plan expects, said beside the count ("40 pre-deployment, 10 post-deployment").
    PendingMigrationsCheck(int max, QString service, QString expected = {});
    QString name() const override;
    QString title(const Context &context) const override;
    QString evidenceName(const Context &context) const override;
    QList<Probe> probes(const Context &context) const override;
    CheckResult evaluate(const Context &context, const QList<ProbeResult> &results) const override;

private:
    int m_max;
    QString m_service;
    QString m_expected; // template
};

// The instance is healthy: web's /health and the streaming server's health answer 200 from this computer,
// and every compose service is running (and healthy, when it has a healthcheck).
class InstanceHealthCheck : public Check
{
public:
    explicit InstanceHealthCheck(bool http = true, bool streaming = true);
    QString name() const override;
    QString title(const Context &context) const override;
    QString evidenceName(const Context &context) const override;
    QList<Probe> probes(const Context &context) const override;
    CheckResult evaluate(const Context &context, const QList<ProbeResult> &results) const override;

private:
    bool m_http;
    bool m_streaming;
};

// A dependency floor of the release (PostgreSQL 14, Redis 7): the version its compose service runs.
class DependencyCheck : public Check
{
public:
    enum class Dependency { PostgreSQL, Redis };
    DependencyCheck(Dependency dependency, QString minimum, QString service);
    QString name() const override;
    QString title(const Context &context) const override;
    QString evidenceName(const Context &context) const override;
    QList<Probe> probes(const Context &context) const override;
    CheckResult evaluate(const Context &context, const QList<ProbeResult> &results) const override;

    // "postgres (PostgreSQL) 14.10" → "14.10"; "Redis server v=7.0.15 sha=…" → "7.0.15".
    static QString versionFrom(Dependency dependency, const QByteArray &output);
    // Numeric comparison of dotted versions ("16.2" >= "14"): -1, 0, 1.
    static int compareVersions(const QString &a, const QString &b);
    static QString dependencyName(Dependency dependency);

private:
    Dependency m_dependency;
    QString m_minimum; // template
    QString m_service;
};

// Maintenance mode as visitors see it: on, the public URL answers 503 with the maintenance page; off, /health
// answers 200.
class MaintenancePageCheck : public Check
{
public:
    MaintenancePageCheck(bool on, QString marker);
    QString name() const override;
    QString title(const Context &context) const override;
    QString evidenceName(const Context &context) const override;
    QList<Probe> probes(const Context &context) const override;
    CheckResult evaluate(const Context &context, const QList<ProbeResult> &results) const override;

private:
    bool m_on;
    QString m_marker; // a word of the maintenance page ("maintenance")
};

// An HTTP answer of the public URL: a status, optionally a text in the body.
class HttpCheck : public Check
{
public:
    HttpCheck(QString path, int status, QString contains);
    QString name() const override;
    QString title(const Context &context) const override;
    QString evidenceName(const Context &context) const override;
    QList<Probe> probes(const Context &context) const override;
    CheckResult evaluate(const Context &context, const QList<ProbeResult> &results) const override;

private:
    QString m_path; // template
    int m_status;
    QString m_contains;
};

// Any read-only command: exits with the expected status, and its stdout matches a regular expression.
class CommandCheck : public Check
{
public:
    CommandCheck(QString title, QStringList argv, QString directory, int exitCode, QString expect);
    QString name() const override;
    QString title(const Context &context) const override;
    QString evidenceName(const Context &context) const override;
    QList<Probe> probes(const Context &context) const override;
    CheckResult evaluate(const Context &context, const QList<ProbeResult> &results) const override;

private:
    QString m_title;
    QStringList m_argv;  // templates
    QString m_directory; // template; "compose" (default), "home" or an absolute path
    int m_exitCode;
    QString m_expect;
};

// Where a step or check runs: "compose" (the server's compose directory), "home" (the login directory,
// returned as empty) or an absolute path (a template).
QString resolveDirectory(const QString &in, const Context &context);

// Output for the evidence: at most maxLines lines (the last ones), as text.
QString evidenceText(const QByteArray &output, int maxLines = 20);

} // namespace Steward::Runbook
