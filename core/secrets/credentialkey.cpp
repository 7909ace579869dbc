// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/credentialkey.h"

#include "core/tr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Steward {

QList<CredentialKind> allCredentialKinds()
{
    return {CredentialKind::SshPassword,
            CredentialKind::SshKeyPassphrase,
            CredentialKind::GitHubToken,
            CredentialKind::MastodonToken,
            CredentialKind::S3AccessKey,
            CredentialKind::DatabasePassword};
}

QString credentialKindId(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::SshPassword:
        return u"ssh-password"_s;
    case CredentialKind::SshKeyPassphrase:
        return u"ssh-key-passphrase"_s;
    case CredentialKind::GitHubToken:
        return u"github-token"_s;
    case CredentialKind::MastodonToken:
        return u"mastodon-token"_s;
    case CredentialKind::S3AccessKey:
        return u"s3-access-key"_s;
    case CredentialKind::DatabasePassword:
        return u"database-password"_s;
    }
    return {};
}

std::optional<CredentialKind> credentialKindFromId(const QString &id)
{
    for (CredentialKind kind : allCredentialKinds()) {
        if (credentialKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString credentialKindName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::SshPassword:
        return Core::Tr::tr("SSH password");
    case CredentialKind::SshKeyPassphrase:
        return Core::Tr::tr("SSH key passphrase");
    case CredentialKind::GitHubToken:
        return Core::Tr::tr("GitHub token");
    case CredentialKind::MastodonToken:
        return Core::Tr::tr("Mastodon access token");
    case CredentialKind::S3AccessKey:
        return Core::Tr::tr("S3 access key pair");
    case CredentialKind::DatabasePassword:
        return Core::Tr::tr("Database password");
    }
    return {};
}

QString CredentialKey::id() const
{
    return credentialKindId(kind) + u'/' + server;
}

std::optional<CredentialKey> CredentialKey::fromId(const QString &id)
{
    const qsizetype slash = id.indexOf(u'/');
    if (slash <= 0 || slash == id.size() - 1)
        return std::nullopt;
    const auto kind = credentialKindFromId(id.left(slash));
    if (!kind)
        return std::nullopt;
    return CredentialKey{*kind, id.mid(slash + 1)};
}

void wipeSecret(QString &secret)
{
    if (secret.isDetached() && !secret.isEmpty())
        std::fill(secret.data(), secret.data() + secret.size(), QChar(u'\0'));
    secret.clear();
}

void wipeSecret(QByteArray &secret)
{
    if (secret.isDetached() && !secret.isEmpty())
        std::fill(secret.data(), secret.data() + secret.size(), '\0');
    secret.clear();
}

} // namespace Steward
