// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backups/cataloguesource.h"

#include "core/secrets/credentialstore.h"
#include "core/tr.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Steward::Backups {

void readS3Credentials(CredentialStore *store,
                       const QString &serverName,
                       QObject *context,
                       std::function<void(Result<S3Credentials> &)> done)
{
    S3Credentials env = S3Credentials::fromEnvironment();
    if (!env.isEmpty() || !store) {
        QTimer::singleShot(0, context, [env, serverName, done]() mutable {
            Result<S3Credentials> r = env.isEmpty()
                                          ? Result<S3Credentials>(Error{
                                                Core::Tr::tr("There is no S3 key pair for %1: set "
                                                             "AWS_ACCESS_KEY_ID and "
                                                             "AWS_SECRET_ACCESS_KEY, or keep the "
                                                             "pair in the keychain (Credentials, "
                                                             "S3 access key pair).")
                                                    .arg(serverName)})
                                          : Result<S3Credentials>(env);
            env.wipe();
            done(r);
            if (r)
                r.value().wipe();
        });
        return;
    }
    store->read({CredentialKind::S3AccessKey, serverName},
                context,
                [serverName, done](CredentialReply &reply) {
                    if (reply.status == CredentialReply::Status::Ok) {
                        Result<S3Credentials> r = S3Credentials::fromPair(reply.secret);
                        wipeSecret(reply.secret);
                        if (r->isEmpty())
                            r = Error{
                                Core::Tr::tr("The S3 key pair kept for %1 is not “ACCESS_KEY_ID:"
                                             "SECRET_ACCESS_KEY”: replace it in Credentials.")
                                    .arg(serverName)};
                        done(r);
                        if (r)
                            r.value().wipe();
                        return;
                    }
                    Result<S3Credentials> r(Error{
                        reply.status == CredentialReply::Status::NotFound
                            ? Core::Tr::tr(
                                  "There is no S3 key pair for %1: keep one in Credentials (S3 "
                                  "access key pair, “ACCESS_KEY_ID:SECRET”), or set "
                                  "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.")
                                  .arg(serverName)
                            : Core::Tr::tr("The keychain did not give the S3 key pair of %1: %2")
                                  .arg(serverName, reply.error.message)});
                    done(r);
                });
}

CatalogueSource::CatalogueSource(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(new S3Client(this))
{}

void CatalogueSource::load(const Server &server,
                           QObject *context,
                           std::function<void(const Result<Catalogue> &)> done)
{
    if (!server.backup.configured()) {
        QTimer::singleShot(0, context, [done, name = server.name] {
            done(Error{Core::Tr::tr("%1 has no backup settings in the inventory (a “backup:” map "
                                    "with its bucket).")
                           .arg(name)});
        });
        return;
    }
    const Result<NamingPattern> pattern = NamingPattern::compile(server.backup.pattern);
    if (!pattern) {
        QTimer::singleShot(0, context, [done, pattern] { done(pattern.error()); });
        return;
    }
    QPointer<CatalogueSource> self(this);
    readS3Credentials(m_store,
                      server.name,
                      context,
                      [self, server, context, done](Result<S3Credentials> &creds) {
                          if (!self)
                              return;
                          if (!creds) {
                              done(creds.error());
                              return;
                          }
                          const S3Location location = S3Location::fromSettings(server.backup);
                          self->m_client->list(location,
                                               creds.value(),
                                               context,
                                               [server,
                                                done](const Result<QList<S3Object>> &objects) {
                                                   if (!objects) {
                                                       done(objects.error());
                                                       return;
                                                   }
                                                   done(Catalogue::build(server.name,
                                                                         server.backup,
                                                                         objects.value()));
                                               });
                      });
}

FreshnessBoard::FreshnessBoard(CatalogueSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{}

void FreshnessBoard::refresh(const Server &server)
{
    const quint64 generation = ++m_generation[server.name];
    if (!server.backup.configured()) {
        if (m_status.remove(server.name))
            emit statusChanged(server.name);
        return;
    }
    const QString name = server.name;
    const int hours = server.backup.freshHours;
    m_source->load(server, this, [this, name, hours, generation](const Result<Catalogue> &catalogue) {
        if (m_generation.value(name) != generation)
            return; // a newer refresh of this server is under way; its answer is the one to show
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (catalogue) {
            m_catalogues.insert(name, catalogue.value());
            m_status.insert(name, assessFreshness(catalogue.value(), now, hours));
        } else {
            m_status.insert(name, freshnessError(catalogue.error().message, now));
        }
        emit statusChanged(name);
    });
}

void FreshnessBoard::refreshAll(const ServerList &servers)
{
    for (const Server &server : servers)
        refresh(server);
}

Freshness FreshnessBoard::status(const QString &serverName) const
{
    return m_status.value(serverName);
}

Catalogue FreshnessBoard::catalogue(const QString &serverName) const
{
    return m_catalogues.value(serverName);
}

} // namespace Steward::Backups
