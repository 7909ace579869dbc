// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/passimport.h"

#include "core/secrets/credentialstore.h"
#include "core/tr.h"

#include <QDir>
#include <QDirIterator>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Steward {

QString defaultPassStoreDirectory()
{
    const QString fromEnv = qEnvironmentVariable("PASSWORD_STORE_DIR");
    return fromEnv.isEmpty() ? QDir::homePath() + u"/.password-store"_s : fromEnv;
}

QStringList passStoreEntries(const QString &directory)
{
    QStringList entries;
    const QDir root(directory);
    QDirIterator it(directory, {u"*.gpg"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (relative.startsWith(u'.') || relative.contains(u"/."_s))
            continue; // .git, .extensions
        entries.append(relative.chopped(4));
    }
    std::sort(entries.begin(), entries.end());
    return entries;
}

CredentialKey guessCredentialKey(const QString &entry)
{
    const QString lower = entry.toLower();
    const QStringList parts = entry.split(u'/', Qt::SkipEmptyParts);
    CredentialKey key{CredentialKind::SshPassword, parts.isEmpty() ? entry : parts.last()};
    const auto has = [&lower](const char16_t *word) { return lower.contains(QStringView(word)); };
    if (has(u"passphrase") || has(u"id_ed25519") || has(u"id_rsa"))
        key.kind = CredentialKind::SshKeyPassphrase;
    else if (has(u"github"))
        key.kind = CredentialKind::GitHubToken;
    else if (has(u"mastodon") || has(u"token"))
        key.kind = CredentialKind::MastodonToken;
    else if (has(u"s3") || has(u"aws") || has(u"backup"))
        key.kind = CredentialKind::S3AccessKey;
    else if (has(u"postgres") || has(u"database") || has(u"db/") || has(u"mysql"))
        key.kind = CredentialKind::DatabasePassword;
    if (key.kind == CredentialKind::GitHubToken) {
        // A token for github.com unless the entry names another GitHub host (github.example.org).
        key.server = u"github.com"_s;
        for (const QString &part : parts) {
            if (part.startsWith(u"github."_s, Qt::CaseInsensitive))
                key.server = part;
        }
    }
    return key;
}

PassImporter::PassImporter(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill(); // reported by processFinished
    });
}

PassImporter::~PassImporter()
{
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void PassImporter::start(const QString &directory, const QList<PassImportItem> &items)
{
    if (m_running)
        return;
    m_directory = directory;
    m_items = items;
    m_index = 0;
    m_imported = 0;
    m_failed = 0;
    m_cancelled = false;
    m_running = true;
    Q_EMIT progressed(0, int(m_items.size()));
    QTimer::singleShot(0, this, &PassImporter::next);
}

void PassImporter::cancel()
{
    m_cancelled = true;
    if (m_process)
        m_process->kill();
}

void PassImporter::next()
{
    if (m_cancelled || m_index >= m_items.size()) {
        m_running = false;
        Q_EMIT finished(m_imported, m_failed, m_cancelled);
        return;
    }
    const PassImportItem &item = m_items.at(m_index);
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PASSWORD_STORE_DIR"_s, m_directory);
    m_process->setProcessEnvironment(env);
    const bool usePass = !m_useGpg && !QStandardPaths::findExecutable(u"pass"_s).isEmpty();
    // Argument lists, never a shell string.
    if (usePass) {
        m_process->setProgram(u"pass"_s);
        m_process->setArguments({u"show"_s, item.entry});
    } else {
        m_process->setProgram(u"gpg"_s);
        m_process->setArguments({u"--quiet"_s,
                                 u"--yes"_s,
                                 u"--decrypt"_s,
                                 QDir(m_directory).filePath(item.entry + u".gpg"_s)});
    }
    connect(m_process, &QProcess::finished, this, &PassImporter::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            processFinished(-1, QProcess::CrashExit);
    });
    m_timer->start(m_entryTimeoutMs);
    m_process->start();
}

void PassImporter::processFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    m_timer->stop();
    QProcess *process = m_process;
    m_process = nullptr;
    process->deleteLater();
    QByteArray out = process->readAllStandardOutput();
    const QString errorText = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
    if (status != QProcess::NormalExit || exitCode != 0) {
        wipeSecret(out);
        QString message;
        if (process->error() == QProcess::FailedToStart)
            message = Core::Tr::tr("Could not run %1.").arg(process->program());
        else if (m_cancelled)
            message = Core::Tr::tr("Cancelled.");
        else if (status != QProcess::NormalExit)
            message = Core::Tr::tr("Decryption was stopped (no answer in time).");
        else {
            // gpg's own words (never the secret: it was not decrypted), its last line.
            const QStringList lines = errorText.split(u'\n', Qt::SkipEmptyParts);
            message = Core::Tr::tr("Could not decrypt: %1")
                          .arg(lines.isEmpty() ? Core::Tr::tr("exit code %1").arg(exitCode)
                                               : lines.last().trimmed());
        }
        entryDone(false, message);
        return;
    }
    const qsizetype newline = out.indexOf('\n');
    QString secret = QString::fromUtf8(newline < 0 ? out : out.left(newline));
    wipeSecret(out);
    if (secret.endsWith(u'\r'))
        secret.chop(1);
    if (secret.isEmpty()) {
        entryDone(false, Core::Tr::tr("The first line is empty; nothing was stored."));
        return;
    }
    if (!m_store) {
        wipeSecret(secret);
        entryDone(false, Core::Tr::tr("The credential store is gone."));
        return;
    }
    const CredentialKey key = m_items.at(m_index).key;
    m_store->write(key, std::move(secret), this, [this, key](CredentialReply &reply) {
        if (reply.status == CredentialReply::Status::Ok)
            entryDone(true,
                      reply.sessionOnly
                          ? Core::Tr::tr("Kept for this session only as %1 for %2 (no keychain).")
                                .arg(credentialKindName(key.kind), key.server)
                          : Core::Tr::tr("Stored as %1 for %2.")
                                .arg(credentialKindName(key.kind), key.server));
        else
            entryDone(false, reply.error.message);
    });
    wipeSecret(secret);
}

void PassImporter::entryDone(bool ok, const QString &message)
{
    (ok ? m_imported : m_failed)++;
    Q_EMIT entryFinished(m_items.at(m_index).entry, ok, message);
    ++m_index;
    Q_EMIT progressed(m_index, int(m_items.size()));
    QTimer::singleShot(0, this, &PassImporter::next);
}

} // namespace Steward
