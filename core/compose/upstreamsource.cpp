// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/upstreamsource.h"

#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <git2.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Steward::Compose {

namespace {

// One component of a cache path and of a URL path: not empty, only these characters, never "." or
// "..", nor ".." inside (GitHub refuses such names; here they could climb out of the cache folder).
bool isSafeComponent(const QString &part, bool allowPlus)
{
    static const QRegularExpression name(u"^[A-Za-z0-9_.-]+$"_s);
    static const QRegularExpression refName(u"^[A-Za-z0-9_.+-]+$"_s);
    return (allowPlus ? refName : name).match(part).hasMatch() && part != u"."
           && !part.contains(u".."_s);
}

} // namespace

bool UpstreamRef::isValid() const
{
    return isSafeComponent(owner, false) && isSafeComponent(repo, false)
           && isSafeComponent(ref, true);
}

std::optional<UpstreamRef> UpstreamRef::parse(const QString &text)
{
    static const QRegularExpression pattern(u"^(?:([^/@]*)/)?([^/@]*)@([^/@]*)$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    UpstreamRef ref;
    ref.owner = match.captured(1);
    ref.repo = match.captured(2);
    ref.ref = match.captured(3);
    if (!match.hasCaptured(1)) {
        if (ref.repo == u"mastodon")
            ref.owner = u"mastodon"_s;
        else if (ref.repo == u"hometown")
            ref.owner = u"hometown-fork"_s;
        else
            return std::nullopt;
    }
    if (!ref.isValid())
        return std::nullopt;
    return ref;
}

std::optional<UpstreamRef> UpstreamRef::fromSource(const QString &source)
{
    if (QFileInfo::exists(source))
        return std::nullopt;
    return parse(source);
}

bool UpstreamRef::isImmutable() const
{
    static const QRegularExpression sha(u"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"_s);
    static const QRegularExpression version(u"^v?[0-9]+(?:\\.[0-9]+)+(?:[-+][A-Za-z0-9.+-]*)?$"_s);
    return sha.match(ref).hasMatch() || version.match(ref).hasMatch();
}

QString UpstreamRef::toString() const
{
    return owner + u'/' + repo + u'@' + ref;
}

QUrl UpstreamRef::url(const QUrl &baseUrl) const
{
    if (!isValid())
        return {};
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + owner + u'/' + repo + u'/' + ref + u"/docker-compose.yml"_s);
    return url;
}

QString UpstreamRef::cachePath(const QString &cacheDir) const
{
    if (!isValid() || cacheDir.isEmpty())
        return {};
    const QString folder = QDir::cleanPath(cacheDir);
    const QString path = QDir::cleanPath(folder + u'/' + owner + u'/' + repo + u'/' + ref
                                         + u"/docker-compose.yml"_s);
    // Valid parts cannot climb out; checked all the same, since the cache is written to.
    return path.startsWith(folder + u'/') ? path : QString();
}

namespace {

QString lastGitError()
{
    const git_error *error = git_error_last();
    return error && error->message ? QString::fromUtf8(error->message) : QString();
}

} // namespace

Result<Document> readFromCheckout(const QString &repositoryPath, const UpstreamRef &ref)
{
    static const int initialised = git_libgit2_init();
    Q_UNUSED(initialised);
    if (!ref.isValid())
        return Error{Core::Tr::tr("“%1” is not a valid upstream reference.").arg(ref.toString())};
    git_repository *rawRepo = nullptr;
    const QByteArray path = QFile::encodeName(repositoryPath);
    if (git_repository_open_ext(&rawRepo, path.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr)
        != 0) {
        return Error{Core::Tr::tr("Cannot open the git repository %1: %2")
                         .arg(repositoryPath, lastGitError())};
    }
    std::unique_ptr<git_repository, decltype(&git_repository_free)> repo(rawRepo,
                                                                         &git_repository_free);
    const QByteArray spec = (ref.ref + u":docker-compose.yml"_s).toUtf8();
    git_object *rawObject = nullptr;
    if (git_revparse_single(&rawObject, repo.get(), spec.constData()) != 0) {
        return Error{Core::Tr::tr("%1 has no docker-compose.yml at %2: %3")
                         .arg(repositoryPath, ref.ref, lastGitError())};
    }
    std::unique_ptr<git_object, decltype(&git_object_free)> object(rawObject, &git_object_free);
    if (git_object_type(object.get()) != GIT_OBJECT_BLOB) {
        return Error{Core::Tr::tr("%1: docker-compose.yml at %2 is not a file.")
                         .arg(repositoryPath, ref.ref)};
    }
    git_blob *rawBlob = nullptr;
    if (git_blob_lookup(&rawBlob, repo.get(), git_object_id(object.get())) != 0) {
        return Error{Core::Tr::tr("%1 has no docker-compose.yml at %2: %3")
                         .arg(repositoryPath, ref.ref, lastGitError())};
    }
    std::unique_ptr<git_blob, decltype(&git_blob_free)> blob(rawBlob, &git_blob_free);
    const QByteArray bytes(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                           qsizetype(git_blob_rawsize(blob.get())));
    return Document::fromBytes(bytes, ref.toString());
}

UpstreamSource::UpstreamSource(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(defaultBaseUrl())
    , m_cacheDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/compose"_s)
{}

UpstreamSource::~UpstreamSource()
{
    cancel();
}

QUrl UpstreamSource::defaultBaseUrl()
{
    const QString env = qEnvironmentVariable("STEWARD_UPSTREAM_BASE_URL");
    return QUrl(env.isEmpty() ? u"https://raw.githubusercontent.com"_s : env);
}

void UpstreamSource::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void UpstreamSource::fetch(const UpstreamRef &ref)
{
    cancel();
    if (!m_checkoutPath.isEmpty()) {
        Q_EMIT fetched(readFromCheckout(m_checkoutPath, ref));
        return;
    }
    const QString cached = ref.cachePath(m_cacheDir);
    if (cached.isEmpty()) { // an owner, repository or ref that could leave the cache folder
        Q_EMIT fetched(
            Error{Core::Tr::tr("“%1” is not a valid upstream reference.").arg(ref.toString())});
        return;
    }
    const QString etagPath = cached + u".etag"_s;
    auto readCached = [cached, ref] {
        auto doc = Document::fromFile(cached);
        if (doc)
            doc.value().name = ref.toString();
        return doc;
    };
    const bool haveCached = QFileInfo::exists(cached);
    if (haveCached && ref.isImmutable()) {
        Q_EMIT fetched(readCached());
        return;
    }
    const QUrl url = ref.url(m_baseUrl);
    QNetworkRequest request(url);
    if (haveCached) {
        // A branch: ask whether the cached copy is still current.
        QFile etagFile(etagPath);
        if (etagFile.open(QIODevice::ReadOnly)) {
            if (const QByteArray etag = etagFile.readAll().trimmed(); !etag.isEmpty())
                request.setRawHeader("If-None-Match", etag);
        }
    }
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(30'000);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    const bool revalidating = request.hasRawHeader("If-None-Match");
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 304 && revalidating && reply->error() == QNetworkReply::NoError) {
            Q_EMIT fetched(readCached()); // the branch has not moved
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            Q_EMIT fetched(
                Error{Core::Tr::tr("Cannot fetch %1 from %2: %3")
                          .arg(ref.toString(), url.toDisplayString(), reply->errorString())});
            return;
        }
        if (status != 0 && status != 200) {
            Q_EMIT fetched(Error{Core::Tr::tr("Cannot fetch %1 from %2: HTTP status %3")
                                     .arg(ref.toString(), url.toDisplayString())
                                     .arg(status)});
            return;
        }
        const QByteArray body = reply->readAll();
        auto doc = Document::fromBytes(body, ref.toString());
        if (doc) {
            // Cache only what we could read; a failed write only costs a later fetch.
            QDir().mkpath(QFileInfo(cached).absolutePath());
            QSaveFile file(cached);
            if (file.open(QIODevice::WriteOnly)) {
                file.write(body);
                file.commit();
            }
            // What a branch's copy is revalidated with next time (a tag's is never asked again).
            const QByteArray etag = reply->rawHeader("ETag");
            if (ref.isImmutable() || etag.isEmpty()) {
                QFile::remove(etagPath);
            } else {
                QSaveFile etagFile(etagPath);
                if (etagFile.open(QIODevice::WriteOnly)) {
                    etagFile.write(etag);
                    etagFile.commit();
                }
            }
        }
        Q_EMIT fetched(doc);
    });
}

} // namespace Steward::Compose
