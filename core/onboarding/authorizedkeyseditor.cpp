// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/onboarding/authorizedkeyseditor.h"

#include "core/ssh/session.h"
#include "core/ssh/transfer.h"
#include "core/tr.h"

#include <QDir>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Steward::Onboarding {

namespace {
constexpr qint64 maxFileSize = 1024 * 1024;
}

AuthorizedKeysEditor::AuthorizedKeysEditor(Ssh::Session *session,
                                           const QString &remotePath,
                                           QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_path(remotePath)
{}

AuthorizedKeysEditor::~AuthorizedKeysEditor() = default;

void AuthorizedKeysEditor::fail(const QString &message)
{
    m_busy = false;
    m_local.reset();
    emit failed(message);
}

void AuthorizedKeysEditor::load()
{
    if (m_busy)
        return;
    if (!m_session) {
        emit failed(Core::Tr::tr("not connected"));
        return;
    }
    m_busy = true;
    readContent(false);
}

// Stats the file, then reads it when it exists. forSave: compare with what was loaded, then upload.
void AuthorizedKeysEditor::readContent(bool forSave)
{
    Ssh::Transfer *stat = m_session->stat(m_path, this);
    connect(stat, &Ssh::Transfer::failed, this, [this, stat](const QString &message) {
        stat->deleteLater();
        fail(message);
    });
    connect(stat, &Ssh::Transfer::finished, this, [this, stat, forSave] {
        stat->deleteLater();
        const Ssh::RemoteFileInfo info = stat->info();
        if (info.exists && !info.isRegularFile) {
            fail(Core::Tr::tr("%1 is not a regular file").arg(m_path));
            return;
        }
        const auto done = [this, forSave](bool exists, int permissions, const QByteArray &content) {
            if (forSave) {
                if (exists != m_existed || content != m_original) {
                    fail(Core::Tr::tr("%1 changed on the server since it was read: load it again "
                                      "and repeat the change")
                             .arg(m_path));
                    return;
                }
                upload();
                return;
            }
            m_existed = exists;
            m_permissions = exists ? permissions : -1;
            m_original = content;
            m_keys = AuthorizedKeys::parse(content);
            m_loaded = true;
            m_busy = false;
            emit loaded();
        };
        if (!info.exists) {
            done(false, -1, {});
            return;
        }
        Ssh::Transfer *read = m_session->readFile(m_path, maxFileSize, this);
        connect(read, &Ssh::Transfer::failed, this, [this, read](const QString &message) {
            read->deleteLater();
            fail(message);
        });
        connect(read, &Ssh::Transfer::finished, this, [read, done, permissions = info.permissions] {
            read->deleteLater();
            done(true, permissions, read->data());
        });
    });
}

void AuthorizedKeysEditor::save()
{
    if (m_busy)
        return;
    if (!m_session) {
        emit failed(Core::Tr::tr("not connected"));
        return;
    }
    if (!m_loaded) {
        emit failed(Core::Tr::tr("%1 was not read yet").arg(m_path));
        return;
    }
    m_busy = true;
    readContent(true);
}

void AuthorizedKeysEditor::upload()
{
    // Public keys only: nothing secret goes through this local file.
    m_local = std::make_unique<QTemporaryFile>(QDir::tempPath()
                                               + u"/steward-authorized_keys-XXXXXX"_s);
    const QByteArray content = m_keys.serialize();
    if (!m_local->open() || m_local->write(content) != content.size() || !m_local->flush()) {
        fail(Core::Tr::tr("could not write a temporary file: %1").arg(m_local->errorString()));
        return;
    }
    Ssh::UploadOptions options;
    options.atomic = true;
    options.permissions = m_existed && m_permissions >= 0 ? m_permissions : 0600;
    Ssh::Transfer *up = m_session->upload(m_local->fileName(), m_path, options, this);
    connect(up, &Ssh::Transfer::failed, this, [this, up](const QString &message) {
        up->deleteLater();
        fail(message);
    });
    connect(up, &Ssh::Transfer::finished, this, [this, up, content] {
        up->deleteLater();
        m_local.reset();
        m_original = content;
        m_existed = true;
        if (m_permissions < 0)
            m_permissions = 0600;
        m_keys = AuthorizedKeys::parse(content);
        m_busy = false;
        emit saved();
    });
}

} // namespace Steward::Onboarding
