// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backups/catalogue.h"
#include "core/backups/s3client.h"
#include "core/inventory/server.h"
#include "core/result.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Steward {
class CredentialStore;
}

namespace Steward::Backups {

// Where the S3 key pair of a server comes from, in awscli's order: AWS_ACCESS_KEY_ID and
// AWS_SECRET_ACCESS_KEY when both are set, else the keychain's S3 pair of the server
// (CredentialKind::S3AccessKey, "ID:SECRET"). The caller wipes the credentials once used.
void readS3Credentials(CredentialStore *store,
                       const QString &serverName,
                       QObject *context,
                       std::function<void(Result<S3Credentials> &)> done);

// Lists a server's bucket and builds its catalogue: the key pair, every page of the listing, the naming
// pattern. Used by the panel, `steward backup list` and the freshness board.
class CatalogueSource : public QObject
{
    Q_OBJECT

public:
    // store may be null: then only the environment's key pair is used.
    explicit CatalogueSource(CredentialStore *store, QObject *parent = nullptr);

    void load(const Server &server,
              QObject *context,
              std::function<void(const Result<Catalogue> &)> done);
    S3Client *client() const { return m_client; }
    CredentialStore *credentials() const { return m_store; }

private:
    CredentialStore *m_store;
    S3Client *m_client;
};

// Each server's backup freshness, for the Servers panel's badge: refresh() lists the bucket (from this
// computer, so it works while the server is down) and statusChanged(name) follows; status(name) is the
// last answer (Unknown before the first). Servers without backup settings have none. A refresh
// supersedes any still running for the same server: only the newest one's answer is kept and
// signalled, so a slow listing of old settings never overwrites a newer one.
class FreshnessBoard : public QObject
{
    Q_OBJECT

public:
    explicit FreshnessBoard(CatalogueSource *source, QObject *parent = nullptr);

    void refresh(const Server &server);
    void refreshAll(const ServerList &servers);
    Freshness status(const QString &serverName) const;
    // The last catalogue read for the server (empty before the first).
    Catalogue catalogue(const QString &serverName) const;

signals:
    void statusChanged(const QString &serverName);

private:
    CatalogueSource *m_source;
    QHash<QString, Freshness> m_status;
    QHash<QString, Catalogue> m_catalogues;
    QHash<QString, quint64> m_generation; // per server: the newest refresh's number
};

} // namespace Steward::Backups
