// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/credentialkey.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace Steward {

class CredentialStore;

// One entry of a pass store to import: its name in the store ("ssh/web1") and where it goes.
struct PassImportItem
{
    QString entry;
    CredentialKey key;
};

// The entries of a password store (`pass`): the .gpg files under `directory`, as names relative to it
// without the extension, sorted; hidden folders (.git, .extensions) are skipped.
QStringList passStoreEntries(const QString &directory);
QString defaultPassStoreDirectory();
// A first guess of the kind and server for a pass entry name ("ssh/web1" -> SSH password, "web1").
CredentialKey guessCredentialKey(const QString &entry);

// Imports entries from a pass store into the CredentialStore, one after another: decrypts each with
// `pass show ENTRY` (PASSWORD_STORE_DIR set; `gpg --decrypt` when pass is not installed), stores the first
// line, and reports per entry. A failing entry (no key, cancelled pinentry, corrupt file) is reported and
// the rest go on. Asynchronous: QProcess, no blocking wait; cancel() stops after the running entry.
class PassImporter : public QObject
{
    Q_OBJECT

public:
    PassImporter(CredentialStore *store, QObject *parent = nullptr);
    ~PassImporter() override;

    void start(const QString &directory, const QList<PassImportItem> &items);
    void cancel();
    bool isRunning() const { return m_running; }
    // For tests and for a user without pass: decrypt with gpg directly.
    void setUseGpgDirectly(bool useGpg) { m_useGpg = useGpg; }
    // Per entry; the default leaves time to answer a pinentry.
    void setEntryTimeout(int milliseconds) { m_entryTimeoutMs = milliseconds; }

Q_SIGNALS:
    // done entries of total
    void progressed(int done, int total);
    // message: what happened, for the user; never holds the secret.
    void entryFinished(const QString &entry, bool ok, const QString &message);
    void finished(int imported, int failed, bool cancelled);

private:
    void next();
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void entryDone(bool ok, const QString &message);

    QPointer<CredentialStore> m_store;
    QString m_directory;
    QList<PassImportItem> m_items;
    int m_index = 0;
    int m_imported = 0;
    int m_failed = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_useGpg = false;
    int m_entryTimeoutMs = 120000;
    QProcess *m_process = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Steward
