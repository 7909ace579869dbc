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
    // A key known for a host: its algorithm name ("ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa") and blob.
    struct Key
    {
        QString type;
        QByteArray blob;
    };
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
    // The keys known for host:port (under the same name rules as check()), one per key type, in the order
    // of hostKeyAlgorithms()' preference; revoked keys are left out. Empty: the host is not known at all.
    QList<Key> keysFor(const QString &host, int port) const;
    int entryCount() const { return m_count; }
    const QList<Warning> &warnings() const { return m_warnings; }

    // The host key algorithms to ask the server for, best first, as libssh2_session_method_pref takes
    // them: the algorithms of the known key types first (a server that still has such a key presents it,
    // so it is checked against what is known), then the others. Without known types: Steward's order
    // (ed25519, ECDSA, RSA with SHA-2; never SHA-1 "ssh-rsa").
    static QByteArray hostKeyAlgorithms(const QStringList &knownTypes = {});
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
