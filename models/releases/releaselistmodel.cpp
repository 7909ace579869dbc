// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/releases/releaselistmodel.h"

using namespace Qt::StringLiterals;

namespace Steward {

using Releases::Finding;
using Releases::Release;

ReleaseListModel::ReleaseListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ReleaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_releases.size());
}

ReleaseListModel::Badges ReleaseListModel::badgesOf(const Release &release)
{
    Badges badges;
    if (release.has(Finding::SecurityFix))
        badges |= SecurityBadge;
    if (release.has(Finding::DatabaseMigration) || release.has(Finding::PostDeploymentMigration))
        badges |= MigrationsBadge;
    if (release.has(Finding::PostDeploymentMigration))
        badges |= PostDeploymentBadge;
    if (release.has(Finding::BreakingChange))
        badges |= BreakingBadge;
    return badges;
}

QVariant ReleaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Release &r = m_releases.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case VersionRole:
        return r.version.toString();
    case Qt::ToolTipRole:
        return r.url.isEmpty() ? r.tag : r.url;
    case TagRole:
        return r.tag;
    case DateRole:
        return r.date;
    case ForkRole:
        return int(r.version.isHometown() ? Hometown : Mastodon);
    case PrereleaseRole:
        return r.isPrerelease();
    case BadgesRole:
        return int(badgesOf(r));
    case HasUpgradeNotesRole:
        return r.has(Finding::UpgradeNote) || r.has(Finding::UpgradeFirst);
    case NotesRole:
        return r.notes;
    case SourceRole:
        return r.source;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReleaseListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(VersionRole, "version");
    names.insert(TagRole, "tag");
    names.insert(DateRole, "date");
    names.insert(ForkRole, "fork");
    names.insert(PrereleaseRole, "prerelease");
    names.insert(BadgesRole, "badges");
    names.insert(HasUpgradeNotesRole, "hasUpgradeNotes");
    names.insert(NotesRole, "notes");
    names.insert(SourceRole, "source");
    return names;
}

void ReleaseListModel::setReleases(const QList<Release> &releases)
{
    beginResetModel();
    m_releases = releases;
    endResetModel();
}

int ReleaseListModel::rowOf(const Releases::Version &version) const
{
    for (int i = 0; i < m_releases.size(); ++i) {
        if (m_releases.at(i).version == version)
            return i;
    }
    return -1;
}

ReleaseFilterModel::ReleaseFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ReleaseFilterModel::setForkFilter(ForkFilter filter)
{
    if (filter == m_fork)
        return;
    m_fork = filter;
    invalidateRowsFilter();
}

void ReleaseFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void ReleaseFilterModel::setShowPrereleases(bool show)
{
    if (show == m_showPrereleases)
        return;
    m_showPrereleases = show;
    invalidateRowsFilter();
}

bool ReleaseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showPrereleases && index.data(ReleaseListModel::PrereleaseRole).toBool())
        return false;
    const int fork = index.data(ReleaseListModel::ForkRole).toInt();
    if (m_fork == MastodonOnly && fork != ReleaseListModel::Mastodon)
        return false;
    if (m_fork == HometownOnly && fork != ReleaseListModel::Hometown)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int role : {int(ReleaseListModel::VersionRole),
                           int(ReleaseListModel::TagRole),
                           int(ReleaseListModel::NotesRole)}) {
        if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Steward
