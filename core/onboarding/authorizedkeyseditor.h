// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/onboarding/authorizedkeys.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QTemporaryFile;

namespace Steward::Ssh {
class Session;
class Transfer;
} // namespace Steward::Ssh

namespace Steward::Onboarding {

// Edits a server's authorized_keys over SFTP: load() reads it (a missing file is an empty one), the caller
// adds or removes keys on keys() (after the user confirmed), save() writes it back atomically: a temporary
// file beside it with the original's mode (0600 for a new file), then a rename over it. save() first reads
// the file again and refuses to write when it changed since load() (someone else edited it meanwhile).
class AuthorizedKeysEditor : public QObject
{
    Q_OBJECT

public:
    // remotePath: relative paths are from the login directory, as with sftp.
    explicit AuthorizedKeysEditor(
        Ssh::Session *session,
        const QString &remotePath = QStringLiteral(".ssh/authorized_keys"),
        QObject *parent = nullptr);
    ~AuthorizedKeysEditor() override;

    QString remotePath() const { return m_path; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    // The file as loaded, then as changed by the caller.
    AuthorizedKeys &keys() { return m_keys; }
    const AuthorizedKeys &keys() const { return m_keys; }
    bool existed() const { return m_existed; }
    // The remote file's permission bits when loaded (-1 when it did not exist).
    int permissions() const { return m_permissions; }

    void load();
    void save();

signals:
    void loaded();
    void saved();
    void failed(const QString &message);

private:
    void readContent(bool forSave);
    void upload();
    void fail(const QString &message);

    QPointer<Ssh::Session> m_session;
    QString m_path;
    AuthorizedKeys m_keys;
    QByteArray m_original;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_existed = false;
    int m_permissions = -1;
    std::unique_ptr<QTemporaryFile> m_local;
};

} // namespace Steward::Onboarding
