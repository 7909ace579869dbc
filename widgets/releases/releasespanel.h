// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releases/planner.h"
#include "core/releases/releasefeed.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace Steward {

class MessageWidget;
class ReleaseFilterModel;
class ReleaseListModel;

// The "Release notes" panel: the releases of Mastodon and Hometown with badges (security, migrations,
// breaking changes), filtered by fork and text; the selected release's notes; the upgrade plan from a
// running version to a chosen target, exported as Markdown. Fetching and parsing run in the
// ReleaseFeed's worker thread; the panel only shows what it delivers.
class ReleasesPanel : public QWidget
{
    Q_OBJECT

public:
    // The feed is the panel's source of releases (configured by the caller: base URL, repositories,
    // cache, token); the panel does not own it.
    explicit ReleasesPanel(Releases::ReleaseFeed *feed, QWidget *parent = nullptr);
    ~ReleasesPanel() override;

    // The running version of a server, as detected elsewhere (compose image tag, /api/v2/instance):
    // becomes the plan's "From", with where it came from shown beside it.
    // Every server reported is offered in the "Server" choice; makeCurrent also selects it.
    void setRunningVersion(const QString &server,
                           const Releases::Version &version,
                           const QString &source,
                           bool makeCurrent = true);
    // Fetches again (cancelling a fetch under way). The first show fetches on its own.
    void refresh();
    void cancel();

    // Selects the release of that version in the list (when the filter shows it).
    bool selectRelease(const Releases::Version &version);
    // Chooses the plan's target among the "To" entries; false when it is not offered.
    bool setTarget(const Releases::Version &version);
    void showPlanTab();
    const std::optional<Releases::Plan> &plan() const { return m_plan; }
    // As the "Prepare the upgrade run…" button does.
    void requestUpgradeRun();
    QString planMarkdown() const;
    // Asks for a file (a QFileDialog) and writes the plan's Markdown there.
    void exportPlan();
    // Writes the plan's Markdown to path (what the dialog of exportPlan() ends with).
    void exportPlanTo(const QString &path);
    void copyPlan();

    ReleaseListModel *model() const { return m_model; }
    ReleaseFilterModel *filterModel() const { return m_filter; }
    QListView *releaseView() const { return m_list; }
    QComboBox *forkCombo() const { return m_forkCombo; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *prereleaseBox() const { return m_prereleases; }
    QTextBrowser *notesView() const { return m_notes; }
    QTextBrowser *planView() const { return m_planView; }
    QLineEdit *fromEdit() const { return m_fromEdit; }
    QComboBox *serverCombo() const { return m_serverCombo; }
    QLabel *fromSourceLabel() const { return m_fromSource; }
    QComboBox *toCombo() const { return m_toCombo; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *busyIndicator() const { return m_busy; }
    MessageWidget *messageWidget() const { return m_message; }

signals:
    void releasesLoaded();
    void planChanged();
    void planExported(const QString &path);
    // "Prepare the upgrade run…": the plan as the upgrade runbook's parameters (Runbook panel), for the
    // server chosen above (empty when the version was typed by hand).
    void upgradeRunRequested(const QString &server, const QHash<QString, QString> &parameters);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onStarted(int sources);
    void onLoaded(const Releases::ReleaseFeed::Outcome &outcome);
    void showCurrentNotes();
    void updateTargets();
    void updatePlan();

    Releases::ReleaseFeed *m_feed;
    ReleaseListModel *m_model;
    ReleaseFilterModel *m_filter;
    MessageWidget *m_message;
    QComboBox *m_forkCombo;
    QLineEdit *m_search;
    QCheckBox *m_prereleases;
    QListView *m_list;
    QTabWidget *m_tabs;
    QTextBrowser *m_notes;
    QComboBox *m_serverCombo;
    QLineEdit *m_fromEdit;
    QLabel *m_fromSource;
    struct Running
    {
        Releases::Version version;
        QString source;
    };
    QHash<QString, Running> m_running; // per server, as detected
    QComboBox *m_toCombo;
    QTextBrowser *m_planView;
    QPushButton *m_exportButton;
    QPushButton *m_copyButton;
    QPushButton *m_runButton;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_cancelButton;
    QPushButton *m_refreshButton;
    std::optional<Releases::Plan> m_plan;
    bool m_fetchedOnce = false;
};

} // namespace Steward
