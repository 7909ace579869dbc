// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace Steward::Ssh {

// The host keys of OpenSSH known_hosts files (plain and hashed host names, [host]:port, @revoked),
// checked through libssh2_knownhost_*. Malformed lines are reported as warnings and skipped: they never
// hide the entries that follow them. Pure logic: parse() takes text, nothing here touches the network.
class KnownHosts
{
public:
    enum class Check { Match, Mismatch, NotFound, Revoked };
    struct Warning
    {
        QString file;
        int line = 0;
        QString message;
    };

    KnownHosts();
    ~KnownHosts();
    KnownHosts(KnownHosts &&) noexcept;
    KnownHosts &operator=(KnownHosts &&) noexcept;

    // Adds the entries of one file's text (fileName only labels the warnings).
    void addText(const QByteArray &text, const QString &fileName = QString());
    // Adds a file from disk; a missing file adds nothing and is no error.
    void addFile(const QString &path);

    // Checks the server's key blob (as libssh2_session_hostkey returns it) for host:port: entries for
    // "host" when the port is 22, for "[host]:port" otherwise, as OpenSSH looks them up.
    Check check(const QString &host, int port, const QByteArray &keyBlob) const;
    int entryCount() const { return m_count; }
    const QList<Warning> &warnings() const { return m_warnings; }

    // "SHA256:..." exactly as `ssh-keygen -lf` prints it (base64 of the SHA-256, without padding).
    static QString fingerprint(const QByteArray &keyBlob);
    // The key's algorithm name from its blob ("ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"...).
    static QString keyType(const QByteArray &keyBlob);
    // A known_hosts line for host:port ("[host]:port" unless the port is 22), without newline.
    static QByteArray entryLine(const QString &host, int port, const QByteArray &keyBlob);
    // Steward's own known_hosts: QStandardPaths::AppDataLocation/known_hosts.
    static QString stewardFile();
    // ~/.ssh/known_hosts
    static QString userFile();
    // Appends a trusted key to a known_hosts file (creating it with mode 0600).
    static bool append(const QString &path,
                       const QString &host,
                       int port,
                       const QByteArray &keyBlob);

private:
    struct Handles;
    std::unique_ptr<Handles> m_handles;
    QSet<QByteArray> m_revoked; // key blobs
    QList<Warning> m_warnings;
    int m_count = 0;
};

} // namespace Steward::Ssh
