// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compose/composecomparison.h"
#include "widgets/compose/composediffview.h"
#include "widgets/compose/composeoverviewbar.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Steward {

class ComposeHunkModel;
class ComposeSummaryModel;
class MessageWidget;

// The "Compose diff" panel: upstream OLD vs NEW (files or mastodon@vX.Y.Z) and an optional deployed
// copy, side by side or unified, with the semantic summary, the per-hunk three-way status and the
// patch to propose. The comparison (Compose::ComposeComparison) runs off the GUI thread with a
// progress bar and a Cancel button; cancelling keeps the previous comparison on screen. The diff's
// layout comes computed (Compose::DiffLayout); the panel only draws it.
class ComposeDiffPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComposeDiffPanel(QWidget *parent = nullptr);
    ~ComposeDiffPanel() override; // the comparison running is cancelled, then waited for

    // The application's one highlighting repository.
    static KSyntaxHighlighting::Repository &syntaxRepository();

    void setSources(const QString &oldSource,
                    const QString &newSource,
                    const QString &deployed = {});
    void compare();
    // Stops a running comparison (fetch or diff); the views keep the previous comparison.
    void cancel();
    bool isComparing() const { return m_busy; }
    Compose::ComposeComparison *comparison() const { return m_comparison; }
    // Upstream references (mastodon@v4.2.10) from this local git checkout; empty: from GitHub.
    void setCheckoutPath(const QString &path);
    // What "From server…" asks: the fetcher reads the deployed docker-compose.yml (over SFTP) and calls
    // done(bytes, origin, error) once, later, on this thread: origin names it ("lab:/opt/mastodon/…"),
    // error is empty on success. A fetch the user cancelled answers into nothing.
    using DeployedDone
        = std::function<void(const QByteArray &bytes, const QString &origin, const QString &error)>;
    using DeployedFetcher = std::function<void(const QString &server, DeployedDone done)>;
    void setDeployedFetcher(DeployedFetcher fetcher);
    // The servers "From server…" can read from (the inventory's names), and the one chosen first.
    void setServers(const QStringList &names, const QString &current = QString());
    QComboBox *serverCombo() const { return m_serverCombo; }
    // Asks the fetcher now for the chosen server (the "From server…" button).
    void fetchDeployed();
    // The deployed copy read from a server, used while the deployed field shows its origin.
    void setDeployedCopy(const QByteArray &bytes, const QString &origin);

    void setUnified(bool unified);
    void setFolded(bool folded);
    void nextChange();
    void previousChange();
    int currentChange() const { return m_currentChange; }
    QString patch() const;
    // The comparison shown, or nullptr.
    const Compose::Report *report() const { return m_shown ? &m_shown->report : nullptr; }
    // The layout drawn (folded or not).
    const Compose::DiffLayout *shownLayout() const;

    ComposeDiffView *oldView() const { return m_oldView; }
    ComposeDiffView *newView() const { return m_newView; }
    ComposeDiffView *unifiedView() const { return m_unifiedView; }
    // The deployed copy with the accepted upstream changes (the "Merged result" tab), each upstream
    // change's region marked by its status.
    ComposeDiffView *mergedView() const { return m_mergedView; }
    ComposeOverviewBar *overviewBar() const { return m_overview; }
    QLabel *statusLegend() const { return m_legend; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *summaryTable() const { return m_summary; }
    QTableView *hunkTable() const { return m_hunks; }
    ComposeSummaryModel *summaryModel() const { return m_summaryModel; }
    ComposeHunkModel *hunkModel() const { return m_hunkModel; }
    // "Save patch…": asks for a file in a window-modal dialog, then writes the patch there.
    QPushButton *savePatchButton() const { return m_saveButton; }
    void savePatchTo(const QString &path);
    MessageWidget *messageBar() const { return m_message; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancelButton; }

Q_SIGNALS:
    void comparisonFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Mark
    {
        int line;
        bool removed;
        QList<Compose::Span> spans;
    };
    // A view's text and marks, set on the view when it is shown (the hidden mode's views wait).
    struct ViewContent
    {
        QString text;
        qsizetype lines = 0;
        QList<Mark> marks;
        int offset = 0; // of the marks' spans: the unified view's "- " / "+ " prefix
        bool pending = false;
        QList<ComposeDiffView::StatusMark> statusMarks;
    };
    void fill(ComposeDiffView *view, ViewContent &content);
    void fillVisibleViews();

    void comparisonDone(const Result<Compose::Comparison> &result);
    void savePatch();
    void setBusy(bool busy);
    void showReport();
    void rebuildViews();
    void applyTheme();
    void updatePatch();
    void updateMergedView();
    void updateLegend();
    void jumpToChange(int change);
    void jumpToOldLine(int oldLine, int newLine);

    QLineEdit *m_oldEdit;
    QLineEdit *m_newEdit;
    QLineEdit *m_deployedEdit;
    QPushButton *m_compareButton;
    QPushButton *m_serverButton;
    QComboBox *m_serverCombo;
    QComboBox *m_upstreamFrom;
    QLineEdit *m_checkoutEdit;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QCheckBox *m_unifiedBox;
    QCheckBox *m_foldBox;
    MessageWidget *m_message;
    QStackedWidget *m_stack;
    QLabel *m_legend;
    ComposeDiffView *m_oldView;
    ComposeDiffView *m_newView;
    ComposeDiffView *m_unifiedView;
    ComposeOverviewBar *m_overview;
    ComposeDiffView *m_mergedView;
    QTabWidget *m_tabs;
    QTableView *m_summary;
    QTableView *m_hunks;
    ComposeSummaryModel *m_summaryModel;
    ComposeHunkModel *m_hunkModel;
    QPlainTextEdit *m_patchView;
    QPushButton *m_saveButton;

    Compose::ComposeComparison *m_comparison;
    std::optional<Compose::Comparison> m_shown; // the report and its layouts
    ViewContent m_oldContent;
    ViewContent m_newContent;
    ViewContent m_unifiedContent;
    // The overview bar's marks for each mode (total rows or lines, marks).
    std::pair<int, QList<ComposeOverviewBar::Mark>> m_sideOverview;
    std::pair<int, QList<ComposeOverviewBar::Mark>> m_unifiedOverview;
    int m_currentChange = -1;
    DeployedFetcher m_deployedFetcher;
    QByteArray m_deployedBytes; // from the server
    QString m_deployedOrigin;   // what the deployed field shows while m_deployedBytes is used
    int m_generation = 0; // bumped by compare() and cancel(): late answers of older runs are dropped
    bool m_busy = false;
};

} // namespace Steward
