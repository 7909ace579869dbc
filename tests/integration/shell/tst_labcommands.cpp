// SPDX-License-Identifier: GPL-3.0-or-later
// The headless twins of the panels that act on servers, run as a user runs them, against a lab of their own
// (STEWARD_LAB_DIR in a temporary folder) and with no locale at all (LANG unset, as on a fresh machine):
// `steward status --lab` in text and JSON, `steward backup run --lab` then `backup list --lab` (the backup
// it made is in the catalogue, fresh) and `backup drill --lab` (passed, with its proof), and an inventory whose host key is not known: refused with a
// message that says what to do, never a question, and a non-zero exit.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray describe() const
    {
        return u"exit %1\n--- stdout\n%2\n--- stderr\n%3"_s.arg(exitCode).arg(out, err).toUtf8();
    }
};

} // namespace

class TestLabCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;

    Run steward(const QStringList &arguments, int timeoutMs = 240000)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral(STEWARD_BINARY), arguments);
        if (!p.waitForStarted() || !p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {-1, QString(), u"did not finish: "_s + p.errorString()};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString lab() const { return m_tmp.filePath(u"lab"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Run as root, the lab runs its servers as its own user, who must reach the lab's folder.
        QVERIFY(QFile::setPermissions(m_tmp.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                          | QFile::ExeOther));
        QDir().mkpath(m_tmp.filePath(u"home"_s));
        // Nothing of the caller's environment but PATH: no LANG, no display, no keychain.
        m_env.insert(u"PATH"_s, qEnvironmentVariable("PATH", u"/usr/bin:/bin"_s));
        m_env.insert(u"HOME"_s, m_tmp.filePath(u"home"_s));
        m_env.insert(u"STEWARD_LAB_DIR"_s, lab());
        m_env.insert(u"STEWARD_LAB_ACCOUNTS"_s, u"200"_s);
        m_env.insert(u"STEWARD_LAB_STATUSES"_s, u"2000"_s);
        m_env.insert(u"STEWARD_LAB_BACKUP_SECONDS"_s, u"2"_s);
        // The lab's S3 key pair (the keychain is not running here: the documented fallback).
        m_env.insert(u"AWS_ACCESS_KEY_ID"_s, u"lab"_s);
        m_env.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"lab"_s);
        const Run start = steward({u"lab"_s, u"start"_s});
        QVERIFY2(start.exitCode == 0, start.describe());
    }

    void cleanupTestCase()
    {
        if (QFile::exists(lab()))
            steward({u"lab"_s, u"stop"_s}, 60000);
    }

    void statusText()
    {
        const Run r = steward({u"status"_s, u"--lab"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        // The lab's report goes to stderr; stdout holds the status only.
        QVERIFY2(r.out.startsWith(u"lab  "_s), r.describe());
        QVERIFY2(r.out.contains(u"units: mastodon.service active"_s), r.describe());
        QVERIFY2(r.out.contains(u"pg-dump-to-s3.timer next "_s), r.describe());
        static const QRegularExpression disk(u"disks: .*/opt \\d+ % \\("_s);
        QVERIFY2(disk.match(r.out).hasMatch(), r.describe());
        static const QRegularExpression health(
            u"health: web HTTP 200 \\d+ ms; streaming HTTP 200 \\d+ "
            "ms; version \\d+\\.\\d+\\.\\d+"_s);
        QVERIFY2(health.match(r.out).hasMatch(), r.describe());
        QVERIFY2(!r.out.contains(u"could not read"_s), r.describe());
    }

    void statusJson()
    {
        const Run r = steward({u"status"_s, u"--lab"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, r.describe());
        const QJsonArray servers = doc.object().value(u"servers"_s).toArray();
        QCOMPARE(servers.size(), 1);
        const QJsonObject lab = servers.first().toObject();
        QVERIFY2(lab.value(u"connectionError"_s).toString().isEmpty(), r.describe());
        QCOMPARE(lab.value(u"channelsOpened"_s).toInt(), 1); // one batched command a refresh
        QStringList services;
        for (const QJsonValue &s : lab.value(u"services"_s).toArray())
            services.append(s.toObject().value(u"service"_s).toString());
        QVERIFY2(services.contains(u"web"_s) && services.contains(u"db"_s), r.describe());
        QVERIFY2(!lab.value(u"filesystems"_s).toArray().isEmpty(), r.describe());
    }

    void backupRunThenList()
    {
        const Run run = steward({u"backup"_s, u"run"_s, u"--lab"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.contains(u"Upload finished: s3://"_s), run.describe());
        static const QRegularExpression made(u"(mastodon_production-[0-9TZ-]+\\.dump\\.gz)"_s);
        const auto m = made.match(run.out);
        QVERIFY2(m.hasMatch(), run.describe());

        const Run list = steward({u"backup"_s, u"list"_s, u"--lab"_s, u"--format"_s, u"json"_s});
        QVERIFY2(list.exitCode == 0, list.describe());
        const QJsonObject server = QJsonDocument::fromJson(list.out.toUtf8())
                                       .object()
                                       .value(u"servers"_s)
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(server.value(u"server"_s).toString(), u"lab"_s);
        QStringList keys;
        for (const QJsonValue &b : server.value(u"backups"_s).toArray())
            keys.append(b.toObject().value(u"key"_s).toString());
        QVERIFY2(keys.contains(m.captured(1)), list.describe());

        const Run text = steward({u"backup"_s, u"list"_s, u"--lab"_s});
        QVERIFY2(text.exitCode == 0, text.describe());
        QVERIFY2(text.out.startsWith(u"lab  FRESH"_s), text.describe());
    }

    // After backupRunThenList: the newest backup restored on the lab (its own drill host), proved and
    // timed, in the documented JSON; then a drill of a backup that does not exist fails, exit 1.
    void backupDrill()
    {
        const Run r = steward({u"backup"_s, u"drill"_s, u"--lab"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject drill = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(drill.value(u"outcome"_s).toString(), u"passed"_s);
        QCOMPARE(drill.value(u"server"_s).toString(), u"lab"_s);
        QVERIFY2(drill.value(u"backup"_s).toString().startsWith(u"mastodon_production-"_s),
                 r.describe());
        const QJsonObject stages = drill.value(u"stages_ms"_s).toObject();
        QVERIFY2(stages.value(u"download"_s).toInteger() >= 0
                     && stages.value(u"restore"_s).toInteger() > 0,
                 r.describe());
        const QJsonObject proof = drill.value(u"proof"_s).toObject();
        QVERIFY(proof.value(u"passed"_s).toBool());
        QVERIFY(proof.value(u"tables_exact"_s).toInt() + proof.value(u"tables_estimated"_s).toInt()
                > 0);
        QCOMPARE(proof.value(u"migrations_restored"_s).toInt(),
                 proof.value(u"migrations_production"_s).toInt());
        QVERIFY(drill.value(u"left_behind"_s).toArray().isEmpty());

        const Run missing = steward(
            {u"backup"_s, u"drill"_s, u"--lab"_s, u"--backup"_s, u"no-such-backup.dump.gz"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(!missing.out.isEmpty() || !missing.err.isEmpty(), missing.describe());
    }

    void unknownHostKeyIsRefused()
    {
        // The lab's own inventory, opened without --lab: its host key is then in no known_hosts file.
        const QString inventory = m_tmp.filePath(u"inventory.yaml"_s);
        QVERIFY(QFile::copy(lab() + u"/inventory.yaml"_s, inventory));
        const Run r = steward({u"status"_s, u"--inventory"_s, inventory}, 60000);
        QCOMPARE(r.exitCode, 3); // unreachable
        QVERIFY2(r.out.contains(u"the host key of lab is not known"_s), r.describe());
        QVERIFY2(r.out.contains(u"Headless commands never accept a new key"_s), r.describe());
        QVERIFY2(r.out.contains(u"SHA256:"_s), r.describe()); // the fingerprint, to check it by
        const Run backup = steward({u"backup"_s, u"run"_s, u"--inventory"_s, inventory}, 60000);
        QCOMPARE(backup.exitCode, 3);
        QVERIFY2(QString(backup.out + backup.err).contains(u"not known"_s), backup.describe());
    }
};

QTEST_GUILESS_MAIN(TestLabCommands)
#include "tst_labcommands.moc"
