// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ssh/job.h"
#include "core/ssh/session.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace Steward::Ssh {

struct TransferPrivate;

// What SFTP says of a remote path.
struct RemoteFileInfo
{
    bool exists = false;
    bool isDirectory = false;
    bool isRegularFile = false;
    qint64 size = -1;
    int permissions = -1; // the mode's permission bits (e.g. 0644); -1 when the server did not say
    QDateTime modified;
};

// One SFTP operation on its own "sftp" subsystem channel of a Session: stat, read a small file, download or
// upload a file with progress. Reads and writes are pipelined by libssh2 (many requests in flight, large
// buffers), so throughput stays close to OpenSSH's sftp. A download is written to a temporary file beside
// the destination and renamed when complete (QSaveFile); an upload goes to a temporary name beside the
// remote file, is flushed, given its mode, then renamed over the destination: readers see the old file or
// the new one, never half of it. cancel() stops at once and removes the partial file.
class Transfer : public Job
{
    Q_OBJECT

public:
    enum class Kind { Stat, Read, Download, Upload };
    Q_ENUM(Kind)
    enum class State { Waiting, Running, Finished, Failed };
    Q_ENUM(State)

    ~Transfer() override;

    Kind kind() const;
    State state() const;
    QString errorString() const;
    QString remotePath() const;

    // Stat: the path's information (exists == false is a normal answer, not a failure).
    // Read and Download: the remote file's information when it was opened.
    RemoteFileInfo info() const;
    // Read: the file's content.
    QByteArray data() const;

    qint64 bytesDone() const;
    qint64 bytesTotal() const; // -1 when unknown

    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    void finished();
    void failed(const QString &message);

protected:
    bool service(bool &wantMore) override;
    void abort(const QString &message) override;
    bool needsOpening() const override;
    bool isActive() const override;

private:
    friend class Session;
    Transfer(Session *session, Kind kind, QObject *parent);
    void setPaths(const QString &remote, const QString &local);
    void setLimit(qint64 maxBytes);
    void setUploadOptions(const UploadOptions &options);
    void fail(const QString &message);
    bool serviceSteps(bool &wantMore);
    bool sftpError(int rc, const QString &what);

    std::unique_ptr<TransferPrivate> d;
};

} // namespace Steward::Ssh
