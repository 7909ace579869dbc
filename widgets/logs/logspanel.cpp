// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/logs/logspanel.h"

#include "core/logs/logfeed.h"
#include "core/logs/logfilter.h"
#include "core/logs/logtime.h"
#include "core/logs/textmatcher.h"
#include "core/logs/timeline.h"
#include "models/logs/logmodel.h"
#include "widgets/common/messagewidget.h"
#include "widgets/compose/composeoverviewbar.h"
#include "widgets/tr.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Steward {

using namespace Logs;

namespace {

// Rows copied or saved in one go are written a block at a time.
constexpr int SaveBlockRows = 4096;

} // namespace

LogsPanel::LogsPanel(LogFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_model(new LogModel(feed->timeline(), this))
    , m_marksTimer(new QTimer(this))
{
    // Sources: one checkable line each, its colour and state; stop, restart, remove.
    m_sources = new QListWidget(this);
    m_sources->setObjectName(u"sources"_s);
    m_sources->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stopSource = new QPushButton(Widgets::Tr::tr("Stop"), this);
    m_stopSource->setObjectName(u"stopSource"_s);
    m_restartSource = new QPushButton(Widgets::Tr::tr("Restart"), this);
    m_restartSource->setObjectName(u"restartSource"_s);
    m_removeSource = new QPushButton(Widgets::Tr::tr("Close"), this);
    m_removeSource->setObjectName(u"removeSource"_s);
    auto *sourceButtons = new QHBoxLayout;
    sourceButtons->addWidget(m_stopSource);
    sourceButtons->addWidget(m_restartSource);
    sourceButtons->addWidget(m_removeSource);
    auto *sourcesBox = new QWidget(this);
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->setContentsMargins(0, 0, 0, 0);
    auto *sourcesTitle = new QLabel(Widgets::Tr::tr("Sources"), sourcesBox);
    sourcesLayout->addWidget(sourcesTitle);
    sourcesLayout->addWidget(m_sources);
    sourcesLayout->addLayout(sourceButtons);

    // Filter: level, text (or expression, kept or hidden), time range.
    m_level = new QComboBox(this);
    m_level->setObjectName(u"level"_s);
    m_level->addItem(Widgets::Tr::tr("All levels"), int(Debug));
    m_level->addItem(Widgets::Tr::tr("Info and worse"), int(Info));
    m_level->addItem(Widgets::Tr::tr("Notice and worse"), int(Notice));
    m_level->addItem(Widgets::Tr::tr("Warnings and errors"), int(Warning));
    m_level->addItem(Widgets::Tr::tr("Errors only"), int(ErrorLevel));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(Widgets::Tr::tr("Filter lines…"));
    m_filter->setClearButtonEnabled(true);
    m_filterRegex = new QCheckBox(Widgets::Tr::tr("Regex"), this);
    m_filterInvert = new QCheckBox(Widgets::Tr::tr("Hide matching"), this);
    m_from = new QLineEdit(this);
    m_from->setObjectName(u"from"_s);
    m_from->setPlaceholderText(Widgets::Tr::tr("From (e.g. -1h, 09:30)"));
    m_to = new QLineEdit(this);
    m_to->setObjectName(u"to"_s);
    m_to->setPlaceholderText(Widgets::Tr::tr("To"));
    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_level);
    filterBar->addWidget(m_filter, 2);
    filterBar->addWidget(m_filterRegex);
    filterBar->addWidget(m_filterInvert);
    filterBar->addWidget(m_from, 1);
    filterBar->addWidget(m_to, 1);

    // Search: pattern, count, previous and next.
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(Widgets::Tr::tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_searchRegex = new QCheckBox(Widgets::Tr::tr("Regex"), this);
    m_matches = new QLabel(this);
    m_matches->setObjectName(u"matches"_s);
    m_previous = new QToolButton(this);
    m_previous->setText(Widgets::Tr::tr("Previous"));
    m_previous->setToolTip(Widgets::Tr::tr("Previous match (Shift+F3)"));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_next = new QToolButton(this);
    m_next->setText(Widgets::Tr::tr("Next"));
    m_next->setToolTip(Widgets::Tr::tr("Next match (F3)"));
    m_next->setShortcut(QKeySequence(Qt::Key_F3));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(Widgets::Tr::tr("Cancel"), this);
    m_cancel->setObjectName(u"cancel"_s);
    m_cancel->setVisible(false);
    auto *searchBar = new QHBoxLayout;
    searchBar->addWidget(m_search, 2);
    searchBar->addWidget(m_searchRegex);
    searchBar->addWidget(m_previous);
    searchBar->addWidget(m_next);
    searchBar->addWidget(m_matches, 1);
    searchBar->addWidget(m_progress);
    searchBar->addWidget(m_cancel);

    m_message = new MessageWidget(this);
    m_message->setVisible(false);

    // The lines, and the search's marks beside them.
    m_view = new QTableView(this);
    m_view->setObjectName(u"logView"_s);
    m_view->setModel(m_model);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics(m_view->font());
    m_view->setColumnWidth(LogModel::TimeColumn,
                           metrics.horizontalAdvance(u"2026-12-06 04:42:48.123"_s) + 16);
    m_view->setColumnWidth(LogModel::SourceColumn,
                           metrics.horizontalAdvance(u"sidekiq[12345]"_s) + 16);
    m_view->setColumnWidth(LogModel::LevelColumn, metrics.horizontalAdvance(u"warning"_s) + 16);
    auto *copyAction = new QAction(Widgets::Tr::tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_overview = new ComposeOverviewBar(this);
    m_overview->setObjectName(u"overview"_s);
    auto *viewRow = new QHBoxLayout;
    viewRow->setSpacing(0);
    viewRow->addWidget(m_view, 1);
    viewRow->addWidget(m_overview);

    // Follow, new lines, jump to time, copy, save, UTC, status.
    m_follow = new QPushButton(Widgets::Tr::tr("Follow"), this);
    m_follow->setObjectName(u"follow"_s);
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(Widgets::Tr::tr("Keep the newest lines in view (End)"));
    m_newLinesLabel = new QLabel(this);
    m_newLinesLabel->setObjectName(u"newLines"_s);
    m_jump = new QLineEdit(this);
    m_jump->setObjectName(u"jump"_s);
    m_jump->setPlaceholderText(Widgets::Tr::tr("Jump to time…"));
    m_jump->setMaximumWidth(200);
    auto *copyButton = new QPushButton(Widgets::Tr::tr("Copy"), this);
    copyButton->setObjectName(u"copy"_s);
    auto *saveButton = new QPushButton(Widgets::Tr::tr("Save…"), this);
    saveButton->setObjectName(u"save"_s);
    m_utc = new QCheckBox(Widgets::Tr::tr("UTC"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_follow);
    bottom->addWidget(m_newLinesLabel);
    bottom->addStretch(1);
    bottom->addWidget(m_status);
    bottom->addWidget(m_jump);
    bottom->addWidget(m_utc);
    bottom->addWidget(copyButton);
    bottom->addWidget(saveButton);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(filterBar);
    rightLayout->addLayout(searchBar);
    rightLayout->addWidget(m_message);
    rightLayout->addLayout(viewRow, 1);
    rightLayout->addLayout(bottom);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(sourcesBox);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({220, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Filter and search follow their fields (text after a short pause, as one types).
    auto *filterTimer = new QTimer(this);
    filterTimer->setSingleShot(true);
    filterTimer->setInterval(250);
    connect(filterTimer, &QTimer::timeout, this, &LogsPanel::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterRegex, &QCheckBox::toggled, this, &LogsPanel::applyFilter);
    connect(m_filterInvert, &QCheckBox::toggled, this, &LogsPanel::applyFilter);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogsPanel::applyFilter);
    connect(m_from, &QLineEdit::editingFinished, this, &LogsPanel::applyFilter);
    connect(m_to, &QLineEdit::editingFinished, this, &LogsPanel::applyFilter);
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(searchTimer, &QTimer::timeout, this, &LogsPanel::applySearch);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(m_searchRegex, &QCheckBox::toggled, this, &LogsPanel::applySearch);
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_previous, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_cancel, &QPushButton::clicked, m_model, &LogModel::cancelSearch);
    connect(m_model, &LogModel::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
        m_progress->setRange(0, 0);
    });
    connect(m_model, &LogModel::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_model, &LogModel::searchFinished, this, [this] {
        m_matches->setText(searchText());
        m_marksTimer->start();
        emit searchUpdated();
    });
    m_marksTimer->setSingleShot(true);
    m_marksTimer->setInterval(200);
    connect(m_marksTimer, &QTimer::timeout, this, &LogsPanel::updateMarks);
    m_overview->clicked = [this](double fraction) {
        const int row = std::clamp(int(fraction * m_model->rowCount()),
                                   0,
                                   std::max(0, m_model->rowCount() - 1));
        setFollowing(false);
        m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    };

    // Follow: at the bottom it follows; the user scrolling up stops it; reaching the bottom resumes.
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_following) {
            m_scrolling = true;
            bar->setValue(max);
            m_scrolling = false;
        }
    });
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (m_scrolling)
            return;
        const bool atBottom = value >= bar->maximum();
        if (atBottom != m_following)
            setFollowing(atBottom);
    });
    connect(m_follow, &QPushButton::toggled, this, &LogsPanel::setFollowing);
    connect(m_model, &LogModel::rowsAdded, this, [this](int count) {
        if (!m_following) {
            m_newLines += count;
            m_newLinesLabel->setText(Widgets::Tr::tr("%n new line(s): End or Follow to see them",
                                                     nullptr,
                                                     int(std::min<qint64>(m_newLines, INT_MAX))));
        }
        if (!m_search->text().isEmpty())
            m_marksTimer->start();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateStatus();
        if (m_following)
            QTimer::singleShot(0, m_view, [this] { m_view->scrollToBottom(); });
    });

    connect(m_jump, &QLineEdit::returnPressed, this, [this] { jumpToTime(m_jump->text()); });
    connect(copyAction, &QAction::triggered, this, &LogsPanel::copy);
    connect(copyButton, &QPushButton::clicked, this, &LogsPanel::copy);
    connect(saveButton, &QPushButton::clicked, this, &LogsPanel::save);
    connect(m_utc, &QCheckBox::toggled, m_model, &LogModel::setUtc);

    // Sources.
    Timeline *timeline = feed->timeline();
    connect(timeline, &Timeline::sourceAdded, this, &LogsPanel::updateSources);
    connect(timeline, &Timeline::sourceChanged, this, &LogsPanel::updateSources);
    connect(m_sources, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        m_model->setSourceHidden(item->data(Qt::UserRole).toInt(),
                                 item->checkState() != Qt::Checked);
    });
    connect(m_sources, &QListWidget::currentRowChanged, this, &LogsPanel::updateSources);
    const auto currentSource = [this] {
        QListWidgetItem *item = m_sources->currentItem();
        return item ? item->data(Qt::UserRole).toInt() : -1;
    };
    connect(m_stopSource, &QPushButton::clicked, this, [this, currentSource] {
        if (const int s = currentSource(); s >= 0)
            m_feed->stop(s);
    });
    connect(m_restartSource, &QPushButton::clicked, this, [this, currentSource] {
        if (const int s = currentSource(); s >= 0)
            m_feed->restart(s);
    });
    connect(m_removeSource, &QPushButton::clicked, this, [this, currentSource] {
        if (const int s = currentSource(); s >= 0)
            m_feed->remove(s);
    });
    updateSources();
    updateStatus();
}

LogsPanel::~LogsPanel() = default;

int LogsPanel::open(const SourceSpec &spec)
{
    // The same source twice is shown once: bring the existing one back instead.
    Timeline *timeline = m_feed->timeline();
    for (int s = 0; s < timeline->sourceCount(); ++s) {
        const Timeline::Source &source = timeline->source(s);
        if (!source.removed && source.spec == spec) {
            m_model->setSourceHidden(s, false);
            if (source.state == SourceState::Stopped || source.state == SourceState::Failed
                || source.state == SourceState::Ended)
                m_feed->restart(s);
            updateSources();
            return s;
        }
    }
    setFollowing(true);
    return m_feed->open(spec);
}

int LogsPanel::openText(const QString &label, const QByteArray &text)
{
    setFollowing(true);
    const int source = m_feed->openText(label, text);
    updateSources();
    return source;
}

void LogsPanel::setFollowing(bool follow)
{
    m_following = follow;
    if (m_follow->isChecked() != follow) {
        const QSignalBlocker block(m_follow);
        m_follow->setChecked(follow);
    }
    if (follow) {
        m_newLines = 0;
        m_newLinesLabel->clear();
        m_scrolling = true;
        m_view->scrollToBottom();
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
        m_scrolling = false;
    }
}

QString LogsPanel::messageText() const
{
    return m_message->shownText();
}

void LogsPanel::setFilterPattern(const QString &pattern, bool regex)
{
    const QSignalBlocker b1(m_filter), b2(m_filterRegex);
    m_filter->setText(pattern);
    m_filterRegex->setChecked(regex);
    applyFilter();
}

void LogsPanel::setSearchPattern(const QString &pattern, bool regex)
{
    const QSignalBlocker b1(m_search), b2(m_searchRegex);
    m_search->setText(pattern);
    m_searchRegex->setChecked(regex);
    applySearch();
}

void LogsPanel::applyFilter()
{
    LogFilter filter;
    filter.maxPriority = m_level->currentData().toInt();
    // Compose lines without a level stay with "all levels" only; a journal line always has one.
    filter.keepUnleveled = filter.maxPriority >= Info;
    QStringList errors;
    const qint64 now = nowUs();
    const auto time = [&errors, now](QLineEdit *field, const QString &what) -> qint64 {
        const QString text = field->text().trimmed();
        if (text.isEmpty())
            return 0;
        const Result<qint64> parsed = parseTimeSpec(text, now);
        if (!parsed) {
            errors << Widgets::Tr::tr("%1: %2").arg(what, parsed.error().message);
            return 0;
        }
        return parsed.value();
    };
    filter.fromUs = time(m_from, Widgets::Tr::tr("From"));
    filter.toUs = time(m_to, Widgets::Tr::tr("To"));
    if (!m_filter->text().isEmpty()) {
        auto matcher = TextMatcher::create(m_filter->text(),
                                           m_filterRegex->isChecked()
                                               ? TextMatcher::Syntax::RegularExpression
                                               : TextMatcher::Syntax::Text);
        if (matcher) {
            filter.text = matcher.value();
            filter.invertText = m_filterInvert->isChecked();
        } else {
            errors << Widgets::Tr::tr("Filter: %1").arg(matcher.error().message);
        }
    }
    m_message->showError(errors.join(u'\n'));
    m_model->setFilter(filter);
}

void LogsPanel::applySearch()
{
    m_currentMatch = -1;
    if (m_search->text().isEmpty()) {
        m_model->setSearch(nullptr);
        m_message->showError(QString());
        return;
    }
    auto matcher = TextMatcher::create(m_search->text(),
                                       m_searchRegex->isChecked()
                                           ? TextMatcher::Syntax::RegularExpression
                                           : TextMatcher::Syntax::Text);
    if (!matcher) {
        m_message->showError(Widgets::Tr::tr("Search: %1").arg(matcher.error().message));
        m_model->setSearch(nullptr);
        return;
    }
    m_message->showError(QString());
    m_model->setSearch(matcher.value());
}

void LogsPanel::findNext(bool forward)
{
    if (m_model->matchCount() == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int from = current.isValid() ? current.row() : (forward ? -1 : m_model->rowCount());
    const int row = m_model->nextMatch(from, forward);
    if (row < 0)
        return;
    setFollowing(false);
    m_currentMatch = row;
    m_view->setCurrentIndex(m_model->index(row, LogModel::MessageColumn));
    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    m_matches->setText(searchText());
}

QString LogsPanel::searchText() const
{
    if (m_search->text().isEmpty())
        return QString();
    if (m_model->isBusy())
        return Widgets::Tr::tr("Searching…");
    const qint64 count = m_model->matchCount();
    if (count == 0)
        return Widgets::Tr::tr("No match");
    return Widgets::Tr::tr("%n match(es)", nullptr, int(std::min<qint64>(count, INT_MAX)));
}

QString LogsPanel::statusText() const
{
    return m_status->text();
}

void LogsPanel::updateStatus()
{
    const QLocale locale;
    const qint64 total = m_feed->timeline()->lineCount();
    const int shown = m_model->rowCount();
    m_status->setText(shown == total ? Widgets::Tr::tr("%1 lines").arg(locale.toString(total))
                                     : Widgets::Tr::tr("%1 of %2 lines shown")
                                           .arg(locale.toString(shown), locale.toString(total)));
}

void LogsPanel::updateMarks()
{
    QList<ComposeOverviewBar::Mark> marks;
    const QColor color = palette().color(QPalette::Highlight);
    for (const int row : m_model->matchRows(2000))
        marks << ComposeOverviewBar::Mark{row, 1, color, false, QString()};
    m_overview->setMarks(m_model->rowCount(), marks);
}

void LogsPanel::updateSources()
{
    Timeline *timeline = m_feed->timeline();
    const QSignalBlocker block(m_sources);
    int shownRow = 0;
    for (int s = 0; s < timeline->sourceCount(); ++s) {
        const Timeline::Source &source = timeline->source(s);
        if (source.removed)
            continue;
        QListWidgetItem *item = shownRow < m_sources->count() ? m_sources->item(shownRow) : nullptr;
        if (!item) {
            item = new QListWidgetItem(m_sources);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        }
        item->setData(Qt::UserRole, s);
        item->setCheckState(m_model->isSourceHidden(s) ? Qt::Unchecked : Qt::Checked);
        QString text = source.spec.displayName() + u'\n' + sourceStateName(source.state);
        if (!source.message.isEmpty())
            text += u": "_s + source.message.section(u'\n', 0, 0);
        item->setText(text);
        item->setToolTip(source.message.isEmpty() ? source.spec.displayName() : source.message);
        QPixmap swatch(12, 12);
        swatch.fill(LogModel::sourceColor(source.color));
        item->setIcon(QIcon(swatch));
        ++shownRow;
    }
    while (m_sources->count() > shownRow)
        delete m_sources->takeItem(m_sources->count() - 1);
    const bool selected = m_sources->currentItem() != nullptr;
    m_stopSource->setEnabled(selected);
    m_restartSource->setEnabled(selected);
    m_removeSource->setEnabled(selected);
    updateStatus();
}

QString LogsPanel::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            lines << m_model->lineText(row);
    } else {
        for (const int row : rows)
            lines << m_model->lineText(row);
    }
    return lines.join(u'\n');
}

void LogsPanel::copy()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return; // copying a million lines by accident helps nobody: Save is for that
    QApplication::clipboard()->setText(selectedText() + u'\n');
}

QString LogsPanel::saveTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Widgets::Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    const int count = rows.isEmpty() ? m_model->rowCount() : int(rows.size());
    QByteArray block;
    for (int i = 0; i < count; ++i) {
        block += m_model->lineText(rows.isEmpty() ? i : rows[i]).toUtf8();
        block += '\n';
        if ((i + 1) % SaveBlockRows == 0 || i + 1 == count) {
            if (file.write(block) != block.size())
                return Widgets::Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
            block.clear();
        }
    }
    if (!file.commit())
        return Widgets::Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    return QString();
}

void LogsPanel::save()
{
    // Window-modal and asynchronous: following and ingestion go on while it is open.
    auto *dialog = new QFileDialog(this, Widgets::Tr::tr("Save the log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(Widgets::Tr::tr("Text files (*.txt *.log)"));
    dialog->selectFile(u"steward-log.txt"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!path.isEmpty())
            m_message->showError(saveTo(path));
    });
    dialog->open();
}

bool LogsPanel::jumpToTime(const QString &text)
{
    const Result<qint64> when = parseTimeSpec(text.trimmed(), nowUs());
    if (!when) {
        m_message->showError(Widgets::Tr::tr("Jump to time: %1").arg(when.error().message));
        return false;
    }
    m_message->showError(QString());
    const int row = std::min(m_model->rowForTime(when.value()), m_model->rowCount() - 1);
    if (row < 0)
        return false;
    setFollowing(false);
    m_view->setCurrentIndex(m_model->index(row, LogModel::MessageColumn));
    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    return true;
}

} // namespace Steward
