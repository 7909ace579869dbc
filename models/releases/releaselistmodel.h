// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releases/releasenotes.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

namespace Steward {

// The releases read from the notes (GitHub and CHANGELOG.md, merged), one row each, in the order given
// (newest first when it comes from ReleaseNotes::merge). The badges say what a release asks of the
// people upgrading: security fixes, database migrations (pre- or post-deployment), breaking changes.
class ReleaseListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        VersionRole = Qt::UserRole + 1, // QString "4.3.0", "1.0.5+3.4.0"
        TagRole,                        // QString as written: "v4.3.0"
        DateRole,                       // QDate, invalid when unknown
        ForkRole,                       // int: Fork
        PrereleaseRole,                 // bool
        BadgesRole,                     // int: Badges
        HasUpgradeNotesRole,            // bool: an upgrade note or an "upgrade to X first"
        NotesRole,                      // QString: the Markdown notes
        SourceRole,                     // QString: "GitHub", "CHANGELOG.md"
    };
    Q_ENUM(Roles)

    enum Fork { Mastodon, Hometown };
    Q_ENUM(Fork)

    enum Badge {
        NoBadge = 0,
        SecurityBadge = 0x1,
        MigrationsBadge = 0x2, // pre- or post-deployment database migrations (stated or inferred)
        PostDeploymentBadge = 0x4,
        BreakingBadge = 0x8,
    };
    Q_DECLARE_FLAGS(Badges, Badge)
    Q_FLAG(Badges)

    explicit ReleaseListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the list (a new fetch): the one place that resets the model.
    void setReleases(const QList<Releases::Release> &releases);
    const QList<Releases::Release> &releases() const { return m_releases; }
    const Releases::Release &release(int row) const { return m_releases.at(row); }
    // Row of that version, or -1.
    int rowOf(const Releases::Version &version) const;

    static Badges badgesOf(const Releases::Release &release);

private:
    QList<Releases::Release> m_releases;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ReleaseListModel::Badges)

// Filters a ReleaseListModel by fork, by text (version, tag or any text of the notes) and hides
// prereleases unless asked.
class ReleaseFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum ForkFilter { AllForks, MastodonOnly, HometownOnly };
    Q_ENUM(ForkFilter)

    explicit ReleaseFilterModel(QObject *parent = nullptr);

    void setForkFilter(ForkFilter filter);
    ForkFilter forkFilter() const { return m_fork; }
    void setText(const QString &text);
    QString text() const { return m_text; }
    void setShowPrereleases(bool show);
    bool showPrereleases() const { return m_showPrereleases; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ForkFilter m_fork = AllForks;
    QString m_text;
    bool m_showPrereleases = false;
};

} // namespace Steward
