// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Steward::Onboarding {

// An OpenSSH public key: its type, its key blob (base64 as written) and comment.
struct PublicKey
{
    QString type;      // "ssh-ed25519"
    QByteArray base64; // the blob as written
    QString comment;

    // One line as a newcomer sends it ("ssh-ed25519 AAAA… alice@laptop"): the type is one OpenSSH
    // accepts for login, the blob is valid base64 whose embedded type matches, the key has the size its
    // type has; no options, no second line. ssh-dss is refused (OpenSSH no longer accepts it).
    static Result<PublicKey> parse(const QString &line);
    // "SHA256:…", as ssh-keygen -l prints it.
    QString fingerprint() const;
    // "type base64 comment" (no newline).
    QByteArray toLine() const;
    // Same key: same type and blob, whatever the comment.
    bool sameKey(const PublicKey &other) const
    {
        return type == other.type && base64 == other.base64;
    }
};

// The content of an authorized_keys file as lines, so that it is written back byte for byte: comments,
// blank lines, options, unknown lines and line endings are kept as they were; only added lines are new and
// only removed lines are gone.
class AuthorizedKeys
{
public:
    struct Line
    {
        QByteArray raw;     // the bytes of the line, with its line ending when it had one
        bool isKey = false; // a key line (with or without options)
        QByteArray options; // the options field, when any ("from=\"10.0.0.1\",no-pty")
        PublicKey key;      // when isKey
    };

    static AuthorizedKeys parse(const QByteArray &content);
    QByteArray serialize() const;

    const QList<Line> &lines() const { return m_lines; }
    QList<PublicKey> keys() const;
    bool contains(const PublicKey &key) const;

    // Appends key (parsed with PublicKey::parse); refused when the same key (type and blob) is there
    // already, whatever its comment or options.
    Result<PublicKey> add(const QString &publicKeyLine);
    // Removes every line holding the same key (type and blob); returns how many.
    int remove(const PublicKey &key);

private:
    QList<Line> m_lines;
};

} // namespace Steward::Onboarding
