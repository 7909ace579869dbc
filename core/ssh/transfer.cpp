// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/transfer.h"

#include "core/ssh/command.h"
#include "core/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <libssh2.h>
#include <libssh2_sftp.h>

using namespace Qt::StringLiterals;

namespace Steward::Ssh {

namespace {

// libssh2 keeps up to four buffers' worth of read requests in flight: 1 MiB buffers keep the pipe full.
constexpr qsizetype ReadBuffer = 1024 * 1024;
constexpr qsizetype WriteWindow = 2 * 1024 * 1024; // bytes handed to libssh2_sftp_write at once
constexpr int ReadsPerService = 8;
constexpr int WritesPerService = 8;

RemoteFileInfo toInfo(const LIBSSH2_SFTP_ATTRIBUTES &a)
{
    RemoteFileInfo info;
    info.exists = true;
    if (a.flags & LIBSSH2_SFTP_ATTR_SIZE)
        info.size = qint64(a.filesize);
    if (a.flags & LIBSSH2_SFTP_ATTR_PERMISSIONS) {
        info.permissions = int(a.permissions & 07777);
        info.isDirectory = LIBSSH2_SFTP_S_ISDIR(a.permissions);
        info.isRegularFile = LIBSSH2_SFTP_S_ISREG(a.permissions);
    }
    if (a.flags & LIBSSH2_SFTP_ATTR_ACMODTIME)
        info.modified = QDateTime::fromSecsSinceEpoch(qint64(a.mtime), QTimeZone::UTC);
    return info;
}

QString statusText(unsigned long status)
{
    switch (status) {
    case LIBSSH2_FX_NO_SUCH_FILE:
    case LIBSSH2_FX_NO_SUCH_PATH:
        return Core::Tr::tr("no such file or directory");
    case LIBSSH2_FX_PERMISSION_DENIED:
    case LIBSSH2_FX_WRITE_PROTECT:
        return Core::Tr::tr("permission denied");
    case LIBSSH2_FX_NO_SPACE_ON_FILESYSTEM:
    case LIBSSH2_FX_QUOTA_EXCEEDED:
        return Core::Tr::tr("no space left on the server's disk");
    case LIBSSH2_FX_FILE_ALREADY_EXISTS:
        return Core::Tr::tr("the file already exists");
    case LIBSSH2_FX_NOT_A_DIRECTORY:
        return Core::Tr::tr("a part of the path is not a directory");
    case LIBSSH2_FX_OP_UNSUPPORTED:
        return Core::Tr::tr("the server does not support this operation");
    default:
        return Core::Tr::tr("SFTP status %1").arg(status);
    }
}

} // namespace

struct TransferPrivate
{
    enum class Step {
        Init,
        Stat,
        StatDestination,
        OpenRemote,
        SetMode,
        Fstat,
        Read,
        Write,
        Fsync,
        CloseHandle,
        Rename,
        RenameCommand,
        Unlink,
        Shutdown,
        Done,
    };

    Transfer::Kind kind = Transfer::Kind::Stat;
    Transfer::State state = Transfer::State::Waiting;
    Step step = Step::Init;
    QString remote;
    QString local;
    UploadOptions upload;
    qint64 maxBytes = 0;
    QString error;

    LIBSSH2_SFTP *sftp = nullptr;
    LIBSSH2_SFTP_HANDLE *handle = nullptr;
    RemoteFileInfo info;
    RemoteFileInfo destination; // Upload: what was there before
    QByteArray data;
    qint64 done = 0;
    qint64 total = -1;
    qint64 reported = 0;

    // Download
    std::unique_ptr<QSaveFile> saveFile;
    QByteArray readBuffer;
    // Upload
    std::unique_ptr<QFile> source;
    QString temporary;
    bool temporaryCreated = false;
    QByteArray pending; // read from the source, not yet acknowledged by the server
    qsizetype pendingOffset = 0;
    bool sourceAtEnd = false;
    bool posixRenameRefused = false; // the server has no posix-rename@openssh.com (or refused it)
    QPointer<Command> rename;
    int renameExit = -2;
    QString renameError;

    // Cleaning up after an error or cancel: the message to report when the channel is closed.
    bool failing = false;
    QString failure;
    bool cancelRequested = false;
};

Transfer::Transfer(Session *session, Kind kind, QObject *parent)
    : Job(session, parent)
    , d(std::make_unique<TransferPrivate>())
{
    d->kind = kind;
}

void Transfer::setPaths(const QString &remote, const QString &local)
{
    d->remote = remote;
    d->local = local;
}

void Transfer::setLimit(qint64 maxBytes)
{
    d->maxBytes = maxBytes;
}

void Transfer::setUploadOptions(const UploadOptions &options)
{
    d->upload = options;
}

Transfer::~Transfer()
{
    if (d->saveFile)
        d->saveFile->cancelWriting();
    // Open handles belong to the session's channels: a living session frees them with itself (or when the
    // channel closes); never block here.
    if (handle() && d->sftp && d->step != TransferPrivate::Step::Done)
        (void) libssh2_sftp_shutdown(d->sftp);
}

Transfer::Kind Transfer::kind() const
{
    return d->kind;
}

Transfer::State Transfer::state() const
{
    return d->state;
}

QString Transfer::errorString() const
{
    return d->error;
}

QString Transfer::remotePath() const
{
    return d->remote;
}

RemoteFileInfo Transfer::info() const
{
    return d->info;
}

QByteArray Transfer::data() const
{
    return d->data;
}

qint64 Transfer::bytesDone() const
{
    return d->done;
}

qint64 Transfer::bytesTotal() const
{
    return d->total;
}

bool Transfer::needsOpening() const
{
    return d->state == State::Waiting;
}

bool Transfer::isActive() const
{
    return d->state == State::Waiting || d->state == State::Running;
}

void Transfer::cancel()
{
    if (!isActive())
        return;
    if (d->state == State::Waiting || !d->sftp) {
        abort(Core::Tr::tr("The transfer was cancelled."));
        return;
    }
    d->cancelRequested = true;
    wake();
}

void Transfer::abort(const QString &message)
{
    if (!isActive())
        return;
    openingDone();
    // The session is gone or going: its channels go with it, never free them here.
    d->sftp = nullptr;
    d->handle = nullptr;
    d->step = TransferPrivate::Step::Done;
    if (d->saveFile)
        d->saveFile->cancelWriting();
    d->saveFile.reset();
    d->state = State::Failed;
    d->error = message;
    emit failed(message);
}

// Starts the clean-up path: close what is open, remove a partial upload, then report message.
void Transfer::fail(const QString &message)
{
    if (d->failing)
        return;
    d->failing = true;
    d->failure = message;
    if (d->saveFile)
        d->saveFile->cancelWriting();
    d->saveFile.reset();
    if (d->rename) {
        d->rename->deleteLater();
        d->rename = nullptr;
    }
    using Step = TransferPrivate::Step;
    if (!d->sftp)
        d->step = Step::Done;
    else if (d->handle)
        d->step = Step::CloseHandle;
    else if (d->temporaryCreated)
        d->step = Step::Unlink;
    else
        d->step = Step::Shutdown;
}

// An SFTP call returned rc < 0 (not EAGAIN): a transport error fails the session, a server status fails
// this transfer with "what: reason". Returns true when the session failed (stop at once).
bool Transfer::sftpError(int rc, const QString &what)
{
    if (checkFatal(rc))
        return true;
    QString reason;
    if (rc == LIBSSH2_ERROR_SFTP_PROTOCOL && d->sftp)
        reason = statusText(libssh2_sftp_last_error(d->sftp));
    else
        reason = Core::Tr::tr("error %1").arg(rc);
    fail(Core::Tr::tr("%1: %2").arg(what, reason));
    return false;
}

bool Transfer::service(bool &wantMore)
{
    if (!handle() || !isActive())
        return false;
    QPointer<Transfer> self(this);
    const bool progressed = serviceSteps(wantMore);
    if (!self)
        return true;
    if (d->done != d->reported && d->state == State::Running) {
        d->reported = d->done;
        emit progress(d->done, d->total);
    }
    return progressed;
}

bool Transfer::serviceSteps(bool &wantMore)
{
    using Step = TransferPrivate::Step;
    LIBSSH2_SESSION *s = handle();
    bool moved = false;
    const QByteArray remote = d->remote.toUtf8();

    if (d->cancelRequested && !d->failing)
        fail(Core::Tr::tr("The transfer was cancelled."));

    for (;;) {
        switch (d->step) {
        case Step::Init: {
            d->state = State::Running;
            d->sftp = libssh2_sftp_init(s);
            if (!d->sftp) {
                const int rc = libssh2_session_last_errno(s);
                if (rc == LIBSSH2_ERROR_EAGAIN)
                    return moved;
                if (rc == LIBSSH2_ERROR_CHANNEL_FAILURE && channelRefused()) {
                    d->state = State::Waiting; // the server's MaxSessions: wait for a channel
                    return true;
                }
                openingDone();
                if (checkFatal(rc))
                    return false;
                d->step = Step::Done;
                d->failing = true;
                d->failure = Core::Tr::tr("The server refused SFTP (error %1).").arg(rc);
                break;
            }
            openingDone();
            moved = true;
            switch (d->kind) {
            case Kind::Stat:
                d->step = Step::Stat;
                break;
            case Kind::Read:
            case Kind::Download:
                d->step = Step::OpenRemote;
                break;
            case Kind::Upload:
                d->step = Step::StatDestination;
                break;
            }
            break;
        }
        case Step::Stat:
        case Step::StatDestination: {
            LIBSSH2_SFTP_ATTRIBUTES attrs{};
            const int rc = libssh2_sftp_stat_ex(d->sftp,
                                                remote.constData(),
                                                unsigned(remote.size()),
                                                LIBSSH2_SFTP_STAT,
                                                &attrs);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return moved;
            moved = true;
            RemoteFileInfo info;
            if (rc == 0) {
                info = toInfo(attrs);
            } else if (rc != LIBSSH2_ERROR_SFTP_PROTOCOL
                       || (libssh2_sftp_last_error(d->sftp) != LIBSSH2_FX_NO_SUCH_FILE
                           && libssh2_sftp_last_error(d->sftp) != LIBSSH2_FX_NO_SUCH_PATH)) {
                if (sftpError(rc,
                              Core::Tr::tr("Could not read the attributes of %1").arg(d->remote)))
                    return false;
                break;
            }
            if (d->step == Step::Stat) {
                d->info = info;
                d->step = Step::Shutdown;
                break;
            }
            d->destination = info;
            if (info.isDirectory) {
                fail(Core::Tr::tr("Could not upload to %1: it is a directory.").arg(d->remote));
                break;
            }
            d->source = std::make_unique<QFile>(d->local);
            if (!d->source->open(QIODevice::ReadOnly)) {
                fail(Core::Tr::tr("Could not read %1: %2").arg(d->local, d->source->errorString()));
                break;
            }
            d->total = d->source->size();
            if (d->upload.atomic) {
                const QString dir = QFileInfo(d->remote).path();
                const QString name = QFileInfo(d->remote).fileName();
                d->temporary = dir + u"/."_s + name + u".steward-"_s
                               + QString::number(QRandomGenerator::global()->generate64(), 36)
                               + u".tmp"_s;
            } else {
                d->temporary = d->remote;
            }
            d->step = Step::OpenRemote;
            break;
        }
        case Step::OpenRemote: {
            const bool upload = d->kind == Kind::Upload;
            const QByteArray path = upload ? d->temporary.toUtf8() : remote;
            int mode = d->upload.permissions;
            if (mode < 0)
                mode = d->destination.permissions >= 0 ? d->destination.permissions : 0600;
            const unsigned long flags = upload ? (LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT
                                                  | (d->upload.atomic ? LIBSSH2_FXF_EXCL
                                                                      : LIBSSH2_FXF_TRUNC))
                                               : LIBSSH2_FXF_READ;
            d->handle = libssh2_sftp_open_ex(d->sftp,
                                             path.constData(),
                                             unsigned(path.size()),
                                             flags,
                                             mode,
                                             LIBSSH2_SFTP_OPENFILE);
            if (!d->handle) {
                const int rc = libssh2_session_last_errno(s);
                if (rc == LIBSSH2_ERROR_EAGAIN)
                    return moved;
                if (sftpError(rc,
                              upload ? Core::Tr::tr("Could not create %1").arg(d->temporary)
                                     : Core::Tr::tr("Could not open %1").arg(d->remote)))
                    return false;
                break;
            }
            moved = true;
            if (upload) {
                d->temporaryCreated = d->upload.atomic;
                d->step = Step::SetMode;
            } else {
                d->step = Step::Fstat;
            }
            break;
        }
        case Step::SetMode: {
            // The server's umask applied at open: give the file its intended mode explicitly.
            LIBSSH2_SFTP_ATTRIBUTES attrs{};
            attrs.flags = LIBSSH2_SFTP_ATTR_PERMISSIONS;
            int mode = d->upload.permissions;
            if (mode < 0)
                mode = d->destination.permissions >= 0 ? d->destination.permissions : 0600;
            attrs.permissions = (unsigned long) (mode & 07777);
            const int rc = libssh2_sftp_fstat_ex(d->handle, &attrs, 1);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return moved;
            if (rc != 0 && checkFatal(rc))
                return false;
            // A server that refuses setstat keeps its default mode: not a reason to fail.
            moved = true;
            d->step = Step::Write;
            break;
        }
        case Step::Fstat: {
            LIBSSH2_SFTP_ATTRIBUTES attrs{};
            const int rc = libssh2_sftp_fstat_ex(d->handle, &attrs, 0);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return moved;
            moved = true;
            if (rc != 0) {
                if (sftpError(rc,
                              Core::Tr::tr("Could not read the attributes of %1").arg(d->remote)))
                    return false;
                break;
            }
            d->info = toInfo(attrs);
            if (d->info.isDirectory) {
                fail(Core::Tr::tr("Could not read %1: it is a directory.").arg(d->remote));
                break;
            }
            d->total = d->info.size;
            if (d->kind == Kind::Read && d->maxBytes > 0 && d->info.size > d->maxBytes) {
                fail(Core::Tr::tr("%1 is too large (%2 bytes; at most %3 are read).")
                         .arg(d->remote)
                         .arg(d->info.size)
                         .arg(d->maxBytes));
                break;
            }
            if (d->kind == Kind::Download) {
                d->saveFile = std::make_unique<QSaveFile>(d->local);
                if (!d->saveFile->open(QIODevice::WriteOnly)) {
                    fail(Core::Tr::tr("Could not write %1: %2")
                             .arg(d->local, d->saveFile->errorString()));
                    break;
                }
            }
            d->readBuffer.resize(ReadBuffer);
            d->step = Step::Read;
            break;
        }
        case Step::Read: {
            for (int i = 0; i < ReadsPerService; ++i) {
                const ssize_t n = libssh2_sftp_read(d->handle,
                                                    d->readBuffer.data(),
                                                    size_t(d->readBuffer.size()));
                if (n == LIBSSH2_ERROR_EAGAIN)
                    return moved;
                moved = true;
                if (n < 0) {
                    if (sftpError(int(n), Core::Tr::tr("Could not read %1").arg(d->remote)))
                        return false;
                    break;
                }
                if (n == 0) {
                    d->step = Step::CloseHandle;
                    break;
                }
                d->done += n;
                if (d->kind == Kind::Read) {
                    if (d->maxBytes > 0 && d->done > d->maxBytes) {
                        fail(Core::Tr::tr("%1 is too large (more than %2 bytes).")
                                 .arg(d->remote)
                                 .arg(d->maxBytes));
                        break;
                    }
                    d->data.append(d->readBuffer.constData(), qsizetype(n));
                } else if (d->saveFile->write(d->readBuffer.constData(), qsizetype(n)) != n) {
                    fail(Core::Tr::tr("Could not write %1: %2")
                             .arg(d->local, d->saveFile->errorString()));
                    break;
                }
                if (i == ReadsPerService - 1) {
                    wantMore = true;
                    return moved;
                }
            }
            break;
        }
        case Step::Write: {
            for (int i = 0; i < WritesPerService; ++i) {
                // Keep up to WriteWindow bytes ready; the unacknowledged head stays where libssh2 left it.
                if (!d->sourceAtEnd && d->pending.size() - d->pendingOffset < WriteWindow / 2) {
                    if (d->pendingOffset > 0) {
                        d->pending.remove(0, d->pendingOffset);
                        d->pendingOffset = 0;
                    }
                    const QByteArray more = d->source->read(WriteWindow / 2);
                    if (more.isEmpty()) {
                        if (!d->source->atEnd()) {
                            fail(Core::Tr::tr("Could not read %1: %2")
                                     .arg(d->local, d->source->errorString()));
                            break;
                        }
                        d->sourceAtEnd = true;
                    }
                    d->pending += more;
                }
                const qsizetype left = d->pending.size() - d->pendingOffset;
                if (left == 0) {
                    d->step = Step::Fsync;
                    break;
                }
                const ssize_t n = libssh2_sftp_write(d->handle,
                                                     d->pending.constData() + d->pendingOffset,
                                                     size_t(std::min(left, WriteWindow)));
                if (n == LIBSSH2_ERROR_EAGAIN)
                    return moved;
                moved = true;
                if (n < 0) {
                    if (sftpError(int(n), Core::Tr::tr("Could not write %1").arg(d->temporary)))
                        return false;
                    break;
                }
                d->pendingOffset += n;
                d->done += n;
                if (i == WritesPerService - 1) {
                    wantMore = true;
                    return moved;
                }
            }
            break;
        }
        case Step::Fsync: {
            const int rc = libssh2_sftp_fsync(d->handle);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return moved;
            if (rc != 0 && checkFatal(rc))
                return false;
            // fsync@openssh.com is an extension: a server without it still wrote the data.
            moved = true;
            d->step = Step::CloseHandle;
            break;
        }
        case Step::CloseHandle: {
            const int rc = libssh2_sftp_close_handle(d->handle);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return moved;
            d->handle = nullptr;
            moved = true;
            if (rc != 0 && checkFatal(rc))
                return false;
            if (d->failing) {
                d->step = d->temporaryCreated ? Step::Unlink : Step::Shutdown;
                break;
            }
            if (rc != 0 && d->kind == Kind::Upload) {
                // Closing is when some servers report a full disk.
                if (sftpError(rc, Core::Tr::tr("Could not write %1").arg(d->temporary)))
                    return false;
                break;
            }
            if (d->kind == Kind::Download && !d->saveFile->commit()) {
                fail(Core::Tr::tr("Could not write %1: %2")
                         .arg(d->local, d->saveFile->errorString()));
                break;
            }
            d->saveFile.reset();
            d->step = d->kind == Kind::Upload && d->upload.atomic ? Step::Rename : Step::Shutdown;
            break;
        }
        case Step::Rename: {
            const QByteArray from = d->temporary.toUtf8();
            if (!d->posixRenameRefused) {
                // posix-rename@openssh.com is rename(2) on the server: it replaces the destination
                // atomically, so readers see the old file or the new one, never none.
                const int rc = libssh2_sftp_posix_rename_ex(d->sftp,
                                                            from.constData(),
                                                            unsigned(from.size()),
                                                            remote.constData(),
                                                            unsigned(remote.size()));
                if (rc == LIBSSH2_ERROR_EAGAIN)
                    return moved;
                moved = true;
                if (rc == 0) {
                    d->temporaryCreated = false;
                    d->step = Step::Shutdown;
                    break;
                }
                if (checkFatal(rc))
                    return false;
                // Unsupported or refused (libssh2 does not tell which extensions the server has):
                // the plain SFTP rename, or mv over a session for a file that exists.
                d->posixRenameRefused = true;
            }
            if (d->destination.exists) {
                // SFTP v3 (OpenSSH) renames refuse to replace a file; rename(2) through mv does.
                d->step = Step::RenameCommand;
                d->rename = session()->run(
                    QList<QByteArray>{"mv", "-f", "--", d->temporary.toUtf8(), remote}, {}, this);
                QPointer<Command> command = d->rename;
                connect(command, &Command::finished, this, [this, command](int code) {
                    if (command == d->rename) {
                        d->renameExit = code;
                        wake();
                    }
                });
                connect(command, &Command::stderrReceived, this, [this](const QByteArray &err) {
                    d->renameError += QString::fromUtf8(err).trimmed();
                });
                connect(command, &Command::failed, this, [this, command](const QString &message) {
                    if (command == d->rename) {
                        d->renameExit = -1;
                        d->renameError = message;
                        wake();
                    }
                });
                moved = true;
                break;
            }
            const int rc = libssh2_sftp_rename_ex(d->sftp,
                                                  from.constData(),
                                                  unsigned(from.size()),
                                                  remote.constData(),
                                                  unsigned(remote.size()),
                                                  LIBSSH2_SFTP_RENAME_OVERWRITE
                                                      | LIBSSH2_SFTP_RENAME_ATOMIC
                                                      | LIBSSH2_SFTP_RENAME_NATIVE);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return moved;
            moved = true;
            if (rc != 0) {
                if (sftpError(rc,
                              Core::Tr::tr("Could not rename %1 to %2").arg(d->temporary, d->remote)))
                    return false;
                break;
            }
            d->temporaryCreated = false;
            d->step = Step::Shutdown;
            break;
        }
        case Step::RenameCommand: {
            if (d->renameExit == -2)
                return moved;
            d->rename->deleteLater();
            d->rename = nullptr;
            moved = true;
            if (d->renameExit != 0) {
                fail(Core::Tr::tr("Could not rename %1 to %2: %3")
                         .arg(d->temporary, d->remote, d->renameError));
                break;
            }
            d->temporaryCreated = false;
            d->step = Step::Shutdown;
            break;
        }
        case Step::Unlink: {
            const QByteArray path = d->temporary.toUtf8();
            const int rc = libssh2_sftp_unlink_ex(d->sftp, path.constData(), unsigned(path.size()));
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return moved;
            if (rc != 0 && checkFatal(rc))
                return false;
            moved = true;
            d->temporaryCreated = false;
            d->step = Step::Shutdown;
            break;
        }
        case Step::Shutdown: {
            const int rc = libssh2_sftp_shutdown(d->sftp);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return moved;
            d->sftp = nullptr;
            moved = true;
            if (rc != 0 && checkFatal(rc))
                return false;
            d->step = Step::Done;
            break;
        }
        case Step::Done: {
            if (d->failing) {
                d->state = State::Failed;
                d->error = d->failure;
                emit failed(d->failure);
            } else {
                if (d->done != d->reported) {
                    d->reported = d->done;
                    QPointer<Transfer> self(this);
                    emit progress(d->done, d->total);
                    if (!self)
                        return true;
                }
                d->state = State::Finished;
                emit finished();
            }
            return true;
        }
        }
    }
}

} // namespace Steward::Ssh
