// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logs/logtypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace Steward {

class ComposeOverviewBar;
class LogModel;
class MessageWidget;
namespace Logs {
class LogFeed;
}

// The Logs panel: the sources a volunteer opened (a unit's journal, a compose service's logs, from the
// Servers panel) merged into one timeline, each source coloured and shown or hidden; a filter by level,
// time range and text; a search with its match count, next and previous, and marks beside the scroll bar;
// follow mode as `less +F` has it (at the bottom it follows; scrolled up it stops, counting new lines; End
// or Follow resumes); copy, save and jump to a time. The LogFeed reads (core); the panel shows.
class LogsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LogsPanel(Logs::LogFeed *feed, QWidget *parent = nullptr);
    ~LogsPanel() override;

    // Opens a source (a journal unit or a compose service) and shows it; returns its number.
    int open(const Logs::SourceSpec &spec);
    // Opens text another panel produced (a runbook step's or a backup's output) as a source of its own.
    int openText(const QString &label, const QByteArray &text);

    LogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isFollowing() const { return m_following; }
    void setFollowing(bool follow);
    qint64 newLines() const { return m_newLines; }
    // The text of the status line ("12,345 lines shown of 20,000") and of the search ("3 of 17").
    QString statusText() const;
    QString searchText() const;
    QString messageText() const;

    // Search and filter, as the fields do (for tests and for other panels).
    void setSearchPattern(const QString &pattern, bool regex);
    void setFilterPattern(const QString &pattern, bool regex);
    void findNext(bool forward = true);
    bool jumpToTime(const QString &text);
    // The selected rows (or every row when none is selected) as text, one line each.
    QString selectedText() const;
    // Writes the selected rows (or all) to a file; an error message when it cannot.
    QString saveTo(const QString &path) const;

signals:
    void searchUpdated();

private:
    void applyFilter();
    void applySearch();
    void updateSources();
    void updateStatus();
    void updateMarks();
    void copy();
    void save();

    Logs::LogFeed *m_feed;
    LogModel *m_model;
    QListWidget *m_sources;
    QPushButton *m_stopSource;
    QPushButton *m_restartSource;
    QPushButton *m_removeSource;
    QComboBox *m_level;
    QLineEdit *m_filter;
    QCheckBox *m_filterRegex;
    QCheckBox *m_filterInvert;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_search;
    QCheckBox *m_searchRegex;
    QLabel *m_matches;
    QToolButton *m_previous;
    QToolButton *m_next;
    MessageWidget *m_message;
    QTableView *m_view;
    ComposeOverviewBar *m_overview;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_follow;
    QLabel *m_newLinesLabel;
    QLineEdit *m_jump;
    QCheckBox *m_utc;
    QLabel *m_status;
    bool m_following = true;
    bool m_scrolling = false; // the panel is moving the scroll bar, not the user
    qint64 m_newLines = 0;
    int m_currentMatch = -1;
    QTimer *m_marksTimer;
};

} // namespace Steward
