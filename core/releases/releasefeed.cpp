// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releases/releasefeed.h"

#include "core/releases/githubsource.h"
#include "core/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Steward::Releases {

// Lives on the feed's worker thread: owns the network access manager and the GitHub sources, so that
// their replies are read and their release bodies parsed off the feed's (GUI) thread.
class ReleaseFeedWorker : public QObject
{
public:
    struct Job
    {
        quint64 generation = 0;
        QUrl baseUrl;
        QStringList repositories;
        QString cacheDirectory;
        int timeout = 20000;
        QString changelog;
        QString token;
    };

    explicit ReleaseFeedWorker(ReleaseFeed *feed)
        : m_feed(feed)
    {}

    void start(const Job &job);
    void cancel();

private:
    struct Pending
    {
        GitHubSource *source = nullptr;
        QList<Release> releases;
        ReleaseFeed::Origin origin = ReleaseFeed::Origin::Nothing;
        bool done = false;
    };

    void sourceDone(int index, quint64 generation);
    void finish();
    void clearSources();

    ReleaseFeed *m_feed;
    QNetworkAccessManager *m_network = nullptr;
    Job m_job;
    QList<Pending> m_pending;
    QList<Error> m_errors;
};

void ReleaseFeedWorker::clearSources()
{
    for (Pending &p : m_pending) {
        p.source->cancel();
        p.source->disconnect(this);
        p.source->deleteLater();
    }
    m_pending.clear();
    m_errors.clear();
}

void ReleaseFeedWorker::cancel()
{
    clearSources();
    m_job = {};
}

void ReleaseFeedWorker::start(const Job &job)
{
    clearSources();
    m_job = job;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    const quint64 generation = job.generation;
    for (const QString &repository : job.repositories) {
        auto *source = new GitHubSource(m_network, this);
        source->setBaseUrl(job.baseUrl);
        source->setRepository(repository);
        if (!job.cacheDirectory.isEmpty())
            source->setCacheDirectory(job.cacheDirectory);
        source->setTimeout(job.timeout);
        if (!job.token.isEmpty())
            source->setTokenProvider([token = job.token] { return token; });
        const int index = int(m_pending.size());
        m_pending.append({source, {}, ReleaseFeed::Origin::Nothing, false});
        connect(source,
                &GitHubSource::finished,
                this,
                [this, index, generation](const QList<Release> &releases, bool fromCache) {
                    if (generation != m_job.generation || index >= m_pending.size())
                        return;
                    m_pending[index].releases = releases;
                    m_pending[index].origin = fromCache ? ReleaseFeed::Origin::Cache
                                                        : ReleaseFeed::Origin::Network;
                    sourceDone(index, generation);
                });
        connect(source, &GitHubSource::failed, this, [this, index, generation](const Error &error) {
            if (generation != m_job.generation)
                return;
            m_errors.append(error);
            // A saved copy may follow at once (GitHubSource emits finished(…, true) right after);
            // only when none did is the source done without releases.
            QMetaObject::invokeMethod(
                this,
                [this, index, generation] {
                    if (generation == m_job.generation && index < m_pending.size()
                        && !m_pending.at(index).done)
                        sourceDone(index, generation);
                },
                Qt::QueuedConnection);
        });
    }
    if (m_pending.isEmpty()) {
        finish();
        return;
    }
    for (const Pending &p : std::as_const(m_pending))
        p.source->fetch();
}

void ReleaseFeedWorker::sourceDone(int index, quint64 generation)
{
    m_pending[index].done = true;
    const int total = int(m_pending.size());
    const int done = int(std::count_if(m_pending.cbegin(), m_pending.cend(), [](const Pending &p) {
        return p.done;
    }));
    QMetaObject::invokeMethod(
        m_feed,
        [feed = m_feed, generation, done, total] {
            if (generation == feed->m_generation)
                emit feed->progressed(done, total);
        },
        Qt::QueuedConnection);
    if (done == total)
        finish();
}

void ReleaseFeedWorker::finish()
{
    ReleaseFeed::Outcome outcome;
    outcome.errors = m_errors;
    QList<QList<Release>> lists;
    for (int i = 0; i < m_pending.size(); ++i) {
        const Pending &p = m_pending.at(i);
        outcome.sources.append({m_job.repositories.at(i), p.origin, int(p.releases.size()), {}});
        if (!p.releases.isEmpty())
            lists.append(p.releases);
    }
    // The CHANGELOG stands in for each Mastodon repository that yielded nothing (no answer and no
    // saved copy), so that a failed mastodon/mastodon is not hidden by a Hometown that answered;
    // and for everything when no repository yielded anything.
    QStringList standsInFor;
    for (int i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).releases.isEmpty()
            && ReleaseFeed::isMastodonRepository(m_job.repositories.at(i)))
            standsInFor.append(m_job.repositories.at(i));
    }
    if ((lists.isEmpty() || !standsInFor.isEmpty()) && !m_job.changelog.isEmpty()) {
        QFile file(m_job.changelog);
        ReleaseFeed::SourceStatus status{m_job.changelog,
                                         ReleaseFeed::Origin::Nothing,
                                         0,
                                         standsInFor};
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.errors.append(
                Error{Core::Tr::tr("Cannot read %1: %2")
                          .arg(QFileInfo(m_job.changelog).fileName(), file.errorString())});
        } else {
            auto parsed = ReleaseNotes::parseChangelog(QString::fromUtf8(file.readAll()),
                                                       u"CHANGELOG.md"_s);
            if (parsed) {
                status.origin = ReleaseFeed::Origin::Changelog;
                status.releases = int(parsed->size());
                lists.append(parsed.value());
            } else {
                outcome.errors.append(parsed.error());
            }
        }
        outcome.sources.append(status);
    }
    outcome.releases = ReleaseNotes::merge(lists);
    const quint64 generation = m_job.generation;
    clearSources();
    QMetaObject::invokeMethod(
        m_feed,
        [feed = m_feed, generation, outcome] {
            if (generation != feed->m_generation)
                return;
            feed->m_loading = false;
            emit feed->loaded(outcome);
        },
        Qt::QueuedConnection);
}

QStringList ReleaseFeed::defaultRepositories()
{
    return {u"mastodon/mastodon"_s, u"hometown-fork/hometown"_s};
}

QString ReleaseFeed::bundledChangelog()
{
    return u":/steward/releases/CHANGELOG.md"_s;
}

bool ReleaseFeed::isMastodonRepository(const QString &ownerAndName)
{
    return ownerAndName.section(u'/', -1).compare(u"mastodon"_s, Qt::CaseInsensitive) == 0;
}

ReleaseFeed::ReleaseFeed(QObject *parent)
    : QObject(parent)
{}

ReleaseFeed::~ReleaseFeed()
{
    if (!m_thread)
        return;
    // The worker and its network objects are deleted on their own thread, then the thread ends.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ReleaseFeed::applySettings(const QSettings &settings)
{
    const QUrl url(settings.value(u"releases/baseUrl"_s).toString());
    if (url.isValid() && !url.scheme().isEmpty())
        m_baseUrl = url;
    if (settings.contains(u"releases/repositories"_s)) {
        m_repositories.clear();
        for (const QString &r : settings.value(u"releases/repositories"_s).toStringList()) {
            if (!r.trimmed().isEmpty())
                m_repositories.append(r.trimmed());
        }
    }
    if (settings.contains(u"releases/changelog"_s))
        m_changelog = settings.value(u"releases/changelog"_s).toString();
}

void ReleaseFeed::ensureWorker()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"ReleaseFeed"_s);
    m_worker = new ReleaseFeedWorker(this);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

void ReleaseFeed::load()
{
    ensureWorker();
    ReleaseFeedWorker::Job job;
    job.generation = ++m_generation;
    job.baseUrl = m_baseUrl;
    job.repositories = m_repositories;
    job.cacheDirectory = m_cacheDirectory;
    job.timeout = m_timeout;
    job.changelog = m_changelog;
    if (m_tokenProvider)
        job.token = m_tokenProvider();
    m_loading = true;
    emit started(int(m_repositories.size()));
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job] { worker->start(job); }, Qt::QueuedConnection);
}

void ReleaseFeed::cancel()
{
    if (!m_loading)
        return;
    ++m_generation; // whatever the worker still sends is ignored
    m_loading = false;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->cancel(); }, Qt::QueuedConnection);
    emit cancelled();
}

} // namespace Steward::Releases
