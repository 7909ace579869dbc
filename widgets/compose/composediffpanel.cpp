// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/compose/composediffpanel.h"

#include "core/compose/upstreamsource.h"
#include "models/compose/composehunkmodel.h"
#include "models/compose/composesummarymodel.h"
#include "widgets/common/messagewidget.h"
#include "widgets/compose/composeoverviewbar.h"
#include "widgets/tr.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Steward {

namespace {

QColor removedColor(const QPalette &pal, bool strong)
{
    return isDark(pal) ? (strong ? QColor(0x8a, 0x2a, 0x2a) : QColor(0x4a, 0x22, 0x22))
                       : (strong ? QColor(0xf4, 0xa6, 0xa6) : QColor(0xfd, 0xe2, 0xe2));
}

QColor addedColor(const QPalette &pal, bool strong)
{
    return isDark(pal) ? (strong ? QColor(0x2a, 0x6a, 0x2a) : QColor(0x1f, 0x3d, 0x22))
                       : (strong ? QColor(0x9a, 0xe0, 0x9a) : QColor(0xdc, 0xf7, 0xdc));
}

// KSyntaxHighlighting's SyntaxHighlighter (a QSyntaxHighlighter) highlights every line of a text as
// soon as it is set. Above lazyFrom lines this one highlights only the lines around the viewport, when
// they are shown (on each update request of the view). A line starts from the state its previous line
// left, or from the initial state when that one was not highlighted yet: a block scalar begun above
// the highlighted window may look plain until the lines above it have been shown.
class LazyHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
public:
    static constexpr int lazyFrom = 5'000;
    static constexpr int margin = 50; // lines highlighted above and below the viewport

    explicit LazyHighlighter(QPlainTextEdit *view)
        : KSyntaxHighlighting::SyntaxHighlighter(view->document())
        , m_view(view)
    {
        connect(view, &QPlainTextEdit::updateRequest, this, &LazyHighlighter::scheduleVisible);
    }

    // Before the view's text is replaced by one of `lines` lines.
    void prepare(qsizetype lines)
    {
        m_lazy = lines > lazyFrom;
        m_done.clear();
    }

    // After a theme change: highlight again (the visible lines only, when lazy).
    void refresh()
    {
        m_done.clear();
        rehighlight();
        scheduleVisible();
    }

protected:
    void highlightBlock(const QString &text) override
    {
        const int number = currentBlock().blockNumber();
        if (!m_lazy || (number >= m_from && number <= m_to))
            KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    }

private:
    void scheduleVisible()
    {
        if (!m_lazy || m_scheduled)
            return;
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_scheduled = false;
            highlightVisible();
        });
    }

    void highlightVisible()
    {
        if (!m_lazy)
            return;
        const int first = m_view->cursorForPosition(QPoint(0, 0)).block().blockNumber();
        const int last = m_view->cursorForPosition(QPoint(0, m_view->viewport()->height()))
                             .block()
                             .blockNumber();
        m_from = std::max(0, first - margin);
        m_to = last + margin;
        for (QTextBlock block = document()->findBlockByNumber(m_from);
             block.isValid() && block.blockNumber() <= m_to;
             block = block.next()) {
            if (!m_done.contains(block.blockNumber())) {
                m_done.insert(block.blockNumber());
                rehighlightBlock(block);
            }
        }
        m_from = -1;
        m_to = -1;
    }

    QPlainTextEdit *m_view;
    bool m_lazy = false;
    bool m_scheduled = false;
    int m_from = -1; // the window highlightBlock may highlight while lazy
    int m_to = -1;
    QSet<int> m_done;
};

LazyHighlighter *highlighterOf(QPlainTextEdit *view)
{
    return dynamic_cast<LazyHighlighter *>(
        view->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>());
}

ComposeDiffView *makeView(QWidget *parent)
{
    auto *view = new ComposeDiffView(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *highlighter = new LazyHighlighter(view);
    highlighter->setDefinition(ComposeDiffPanel::syntaxRepository().definitionForName(u"YAML"_s));
    return view;
}

QTextEdit::ExtraSelection lineSelection(QPlainTextEdit *view, int line, const QColor &color)
{
    QTextEdit::ExtraSelection s;
    s.cursor = QTextCursor(view->document()->findBlockByNumber(line));
    s.format.setBackground(color);
    s.format.setProperty(QTextFormat::FullWidthSelection, true);
    return s;
}

QTextEdit::ExtraSelection spanSelection(
    QPlainTextEdit *view, int line, Compose::Span span, const QColor &color, int offset = 0)
{
    QTextEdit::ExtraSelection s;
    const QTextBlock block = view->document()->findBlockByNumber(line);
    s.cursor = QTextCursor(block);
    s.cursor.setPosition(block.position() + offset + span.start);
    s.cursor.setPosition(block.position() + offset + span.start + span.length,
                         QTextCursor::KeepAnchor);
    s.format.setBackground(color);
    return s;
}

} // namespace

KSyntaxHighlighting::Repository &ComposeDiffPanel::syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

ComposeDiffPanel::ComposeDiffPanel(QWidget *parent)
    : QWidget(parent)
    , m_oldEdit(new QLineEdit(this))
    , m_newEdit(new QLineEdit(this))
    , m_deployedEdit(new QLineEdit(this))
    , m_compareButton(new QPushButton(Widgets::Tr::tr("Compare"), this))
    , m_serverButton(new QPushButton(Widgets::Tr::tr("From server…"), this))
    , m_serverCombo(new QComboBox(this))
    , m_upstreamFrom(new QComboBox(this))
    , m_checkoutEdit(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(Widgets::Tr::tr("Cancel"), this))
    , m_unifiedBox(new QCheckBox(Widgets::Tr::tr("Unified"), this))
    , m_foldBox(new QCheckBox(Widgets::Tr::tr("Fold unchanged lines"), this))
    , m_message(new MessageWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_legend(new QLabel(this))
    , m_oldView(makeView(this))
    , m_newView(makeView(this))
    , m_unifiedView(makeView(this))
    , m_overview(new ComposeOverviewBar(this))
    , m_mergedView(makeView(this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new QTableView(this))
    , m_hunks(new QTableView(this))
    , m_summaryModel(new ComposeSummaryModel(this))
    , m_hunkModel(new ComposeHunkModel(this))
    , m_patchView(new QPlainTextEdit(this))
    , m_saveButton(new QPushButton(Widgets::Tr::tr("Save patch…"), this))
    , m_comparison(new Compose::ComposeComparison(this))
{
    m_oldEdit->setPlaceholderText(Widgets::Tr::tr("Old upstream: file or mastodon@v4.2.10"));
    m_newEdit->setPlaceholderText(Widgets::Tr::tr("New upstream: file or mastodon@v4.3.0"));
    m_deployedEdit->setPlaceholderText(Widgets::Tr::tr("Deployed copy (optional): file"));
    m_serverButton->setEnabled(false);
    m_serverButton->setToolTip(Widgets::Tr::tr(
        "Read the deployed docker-compose.yml of the chosen server over SSH (SFTP)."));
    m_serverCombo->setObjectName(u"deployedServer"_s);
    m_serverCombo->setToolTip(Widgets::Tr::tr("The server whose deployed copy is compared."));
    m_serverCombo->setEnabled(false);
    m_serverCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_foldBox->setChecked(true);
    m_message->hide();
    m_upstreamFrom->addItem(Widgets::Tr::tr("References from GitHub"));
    m_upstreamFrom->addItem(Widgets::Tr::tr("References from a local git checkout"));
    m_upstreamFrom->setToolTip(
        Widgets::Tr::tr("Where mastodon@vX.Y.Z references are read: GitHub (cached on disk) or the "
                        "tags of a local Mastodon git checkout."));
    m_checkoutEdit->setPlaceholderText(Widgets::Tr::tr("Path of the Mastodon git checkout"));
    m_checkoutEdit->setEnabled(false);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancelButton->hide();

    auto *sources = new QHBoxLayout;
    sources->addWidget(m_oldEdit, 2);
    sources->addWidget(m_newEdit, 2);
    sources->addWidget(m_deployedEdit, 2);
    sources->addWidget(m_compareButton);
    sources->addWidget(m_progress);
    sources->addWidget(m_cancelButton);
    auto *upstreamRow = new QHBoxLayout;
    upstreamRow->addWidget(m_upstreamFrom);
    upstreamRow->addWidget(m_checkoutEdit, 1);
    upstreamRow->addWidget(m_serverCombo);
    upstreamRow->addWidget(m_serverButton);

    auto *prev = new QPushButton(Widgets::Tr::tr("Previous change"), this);
    auto *next = new QPushButton(Widgets::Tr::tr("Next change"), this);
    prev->setToolTip(Widgets::Tr::tr("Shift+F8"));
    next->setToolTip(Widgets::Tr::tr("F8"));
    auto *copy = new QPushButton(Widgets::Tr::tr("Copy patch"), this);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_unifiedBox);
    tools->addWidget(m_foldBox);
    tools->addStretch();
    tools->addWidget(m_legend);
    tools->addStretch();
    tools->addWidget(prev);
    tools->addWidget(next);
    tools->addWidget(copy);
    tools->addWidget(m_saveButton);

    auto *sideBySide = new QSplitter(Qt::Horizontal, this);
    sideBySide->addWidget(m_oldView);
    sideBySide->addWidget(m_newView);
    m_stack->addWidget(sideBySide);
    m_stack->addWidget(m_unifiedView);
    auto *diffRow = new QWidget(this);
    auto *diffLayout = new QHBoxLayout(diffRow);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_stack, 1);
    diffLayout->addWidget(m_overview);

    m_summary->setModel(m_summaryModel);
    m_hunks->setModel(m_hunkModel);
    m_hunkModel->setPalette(palette());
    for (QTableView *table : {m_summary, m_hunks}) {
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
    }
    m_patchView->setReadOnly(true);
    m_patchView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_summary, Widgets::Tr::tr("Summary"));
    m_tabs->addTab(m_hunks, Widgets::Tr::tr("Deployed copy"));
    m_tabs->addTab(m_patchView, Widgets::Tr::tr("Patch"));
    m_tabs->addTab(m_mergedView, Widgets::Tr::tr("Merged result"));
    m_tabs->setTabToolTip(3,
                          Widgets::Tr::tr(
                              "The deployed copy with the ticked upstream changes; each "
                              "upstream change's lines are marked by where ours stands "
                              "on it."));
    m_legend->setObjectName(u"statusLegend"_s);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setToolTip(Widgets::Tr::tr(
        "Where the deployed copy stands on each upstream change, as marked beside the diff, in the "
        "overview bar and in the Merged result tab."));
    m_legend->hide();

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(diffRow);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sources);
    layout->addLayout(upstreamRow);
    layout->addWidget(m_message);
    layout->addLayout(tools);
    layout->addWidget(split, 1);

    connect(m_compareButton, &QPushButton::clicked, this, &ComposeDiffPanel::compare);
    connect(m_serverButton, &QPushButton::clicked, this, &ComposeDiffPanel::fetchDeployed);
    connect(m_cancelButton, &QPushButton::clicked, this, &ComposeDiffPanel::cancel);
    connect(m_upstreamFrom, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_checkoutEdit->setEnabled(index == 1);
    });
    connect(m_comparison,
            &Compose::ComposeComparison::progressRangeChanged,
            m_progress,
            &QProgressBar::setRange);
    connect(m_comparison,
            &Compose::ComposeComparison::progressValueChanged,
            m_progress,
            &QProgressBar::setValue);
    connect(m_comparison,
            &Compose::ComposeComparison::finished,
            this,
            &ComposeDiffPanel::comparisonDone);
    connect(m_unifiedBox, &QCheckBox::toggled, this, &ComposeDiffPanel::setUnified);
    connect(m_foldBox, &QCheckBox::toggled, this, &ComposeDiffPanel::setFolded);
    connect(prev, &QPushButton::clicked, this, &ComposeDiffPanel::previousChange);
    connect(next, &QPushButton::clicked, this, &ComposeDiffPanel::nextChange);
    auto *nextShortcut = new QShortcut(QKeySequence(Qt::Key_F8), this);
    auto *prevShortcut = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), this);
    connect(nextShortcut, &QShortcut::activated, this, &ComposeDiffPanel::nextChange);
    connect(prevShortcut, &QShortcut::activated, this, &ComposeDiffPanel::previousChange);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(patch());
    });
    connect(m_saveButton, &QPushButton::clicked, this, &ComposeDiffPanel::savePatch);
    // Synchronised scrolling: the two panes have the same rows.
    connect(m_oldView->verticalScrollBar(),
            &QScrollBar::valueChanged,
            m_newView->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_newView->verticalScrollBar(),
            &QScrollBar::valueChanged,
            m_oldView->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_oldView->horizontalScrollBar(),
            &QScrollBar::valueChanged,
            m_newView->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(m_newView->horizontalScrollBar(),
            &QScrollBar::valueChanged,
            m_oldView->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(m_summary, &QTableView::clicked, this, [this](const QModelIndex &index) {
        jumpToOldLine(index.data(ComposeSummaryModel::OldLineRole).toInt(),
                      index.data(ComposeSummaryModel::NewLineRole).toInt());
    });
    connect(m_hunkModel, &ComposeHunkModel::acceptedChanged, this, &ComposeDiffPanel::updatePatch);
    connect(m_hunks, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const Compose::DiffLayout *drawn = shownLayout();
        if (drawn && index.row() < drawn->changes.size()) {
            m_currentChange = index.row();
            jumpToChange(index.row());
        }
    });
    m_overview->clicked = [this](double fraction) {
        QScrollBar *bar = m_unifiedBox->isChecked() ? m_unifiedView->verticalScrollBar()
                                                    : m_oldView->verticalScrollBar();
        bar->setValue(int(fraction * (bar->maximum() + bar->pageStep())) - bar->pageStep() / 2);
    };
    applyTheme();
}

// The comparison, a child, cancels its worker and then waits for it when it is destroyed.
ComposeDiffPanel::~ComposeDiffPanel() = default;

void ComposeDiffPanel::setSources(const QString &oldSource,
                                  const QString &newSource,
                                  const QString &deployed)
{
    m_oldEdit->setText(oldSource);
    m_newEdit->setText(newSource);
    m_deployedEdit->setText(deployed);
}

void ComposeDiffPanel::setDeployedFetcher(DeployedFetcher fetcher)
{
    m_deployedFetcher = std::move(fetcher);
    m_serverButton->setEnabled(m_deployedFetcher && m_serverCombo->count() > 0);
    m_serverCombo->setEnabled(m_deployedFetcher && m_serverCombo->count() > 0);
}

void ComposeDiffPanel::setServers(const QStringList &names, const QString &current)
{
    const QString keep = current.isEmpty() ? m_serverCombo->currentText() : current;
    m_serverCombo->clear();
    m_serverCombo->addItems(names);
    if (const int index = m_serverCombo->findText(keep); index >= 0)
        m_serverCombo->setCurrentIndex(index);
    m_serverButton->setEnabled(m_deployedFetcher && !names.isEmpty());
    m_serverCombo->setEnabled(m_deployedFetcher && !names.isEmpty());
}

void ComposeDiffPanel::setDeployedCopy(const QByteArray &bytes, const QString &origin)
{
    m_deployedBytes = bytes;
    m_deployedOrigin = origin;
    m_deployedEdit->setText(origin);
}

void ComposeDiffPanel::fetchDeployed()
{
    const QString server = m_serverCombo->currentText();
    if (!m_deployedFetcher || server.isEmpty())
        return;
    m_serverButton->setEnabled(false);
    m_message->showMessage(Widgets::Tr::tr("Reading the deployed docker-compose.yml from the "
                                           "server…"),
                           MessageWidget::Type::Information);
    QPointer<ComposeDiffPanel> self(this);
    const int generation = m_generation;
    m_deployedFetcher(
        server,
        [self, generation](const QByteArray &bytes, const QString &origin, const QString &error) {
            if (!self)
                return;
            self->m_serverButton->setEnabled(true);
            if (generation != self->m_generation)
                return; // a comparison started meanwhile: do not change its sources under it
            if (!error.isEmpty()) {
                self->m_message->showMessage(Widgets::Tr::tr(
                                                 "The deployed copy could not be read: %1")
                                                 .arg(error),
                                             MessageWidget::Type::Error);
                return;
            }
            self->m_message->hide();
            self->setDeployedCopy(bytes, origin);
            if (!self->m_oldEdit->text().trimmed().isEmpty()
                && !self->m_newEdit->text().trimmed().isEmpty())
                self->compare();
        });
}

void ComposeDiffPanel::setCheckoutPath(const QString &path)
{
    m_checkoutEdit->setText(path);
    m_upstreamFrom->setCurrentIndex(path.isEmpty() ? 0 : 1);
}

void ComposeDiffPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_compareButton->setEnabled(!busy);
    m_progress->setRange(0, 0); // busy until the worker says how many steps
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void ComposeDiffPanel::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    m_comparison->cancel(); // fetches aborted, the worker stops before its next step
    setBusy(false);
    m_message->showMessage(m_shown ? Widgets::Tr::tr("Comparison cancelled; the previous "
                                                     "comparison is still shown.")
                                   : Widgets::Tr::tr("Comparison cancelled."),
                           MessageWidget::Type::Information);
}

void ComposeDiffPanel::compare()
{
    Compose::ComparisonRequest request;
    request.oldSource = m_oldEdit->text().trimmed();
    request.newSource = m_newEdit->text().trimmed();
    request.deployedSource = m_deployedEdit->text().trimmed();
    request.layout = true;
    if (request.oldSource.isEmpty() || request.newSource.isEmpty()) {
        m_message->showMessage(Widgets::Tr::tr("Choose the old and the new upstream file."),
                               MessageWidget::Type::Warning);
        return;
    }
    if (m_upstreamFrom->currentIndex() == 1) {
        request.checkoutPath = m_checkoutEdit->text().trimmed();
        if (request.checkoutPath.isEmpty()) {
            m_message->showMessage(Widgets::Tr::tr("Choose the local git checkout to read "
                                                   "references from."),
                                   MessageWidget::Type::Warning);
            return;
        }
    }
    // The deployed copy read from a server: its bytes, while the field still shows where they came from.
    if (!m_deployedOrigin.isEmpty() && request.deployedSource == m_deployedOrigin) {
        auto deployed = Compose::Document::fromBytes(m_deployedBytes, m_deployedOrigin);
        if (!deployed) {
            m_message->showMessage(deployed.error().toString(), MessageWidget::Type::Error);
            return;
        }
        request.deployed = std::move(deployed).value();
    }
    ++m_generation;
    m_message->hide();
    setBusy(true);
    m_comparison->start(request);
}

void ComposeDiffPanel::comparisonDone(const Result<Compose::Comparison> &result)
{
    setBusy(false);
    if (!result) {
        m_message->showMessage(result.error().toString(), MessageWidget::Type::Error);
        return;
    }
    m_message->hide();
    m_shown = result.value();
    showReport();
    Q_EMIT comparisonFinished();
}

void ComposeDiffPanel::savePatch()
{
    // Window-modal and asynchronous: the rest of the application keeps running while it is open.
    auto *dialog = new QFileDialog(this, Widgets::Tr::tr("Save patch"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(u"docker-compose.patch"_s);
    connect(dialog, &QFileDialog::fileSelected, this, &ComposeDiffPanel::savePatchTo);
    dialog->open();
}

void ComposeDiffPanel::savePatchTo(const QString &path)
{
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(patch().toUtf8()) < 0 || !file.commit())
        m_message->showMessage(Widgets::Tr::tr("Cannot save %1: %2").arg(path, file.errorString()),
                               MessageWidget::Type::Error);
}

const Compose::DiffLayout *ComposeDiffPanel::shownLayout() const
{
    if (!m_shown)
        return nullptr;
    return m_foldBox->isChecked() ? &m_shown->folded : &m_shown->unfolded;
}

void ComposeDiffPanel::showReport()
{
    const Compose::Report &r = m_shown->report;
    m_summaryModel->setSummary(r.summary);
    m_summary->resizeColumnsToContents();
    m_hunkModel->setReport(r);
    m_hunks->resizeColumnsToContents();
    m_tabs->setTabEnabled(1, bool(r.threeWay));
    m_tabs->setTabEnabled(3, bool(r.threeWay));
    updateLegend();
    m_currentChange = -1;
    rebuildViews();
    updatePatch();
}

void ComposeDiffPanel::updatePatch()
{
    m_patchView->setPlainText(patch());
    updateMergedView();
}

void ComposeDiffPanel::updateLegend()
{
    const Compose::Report *r = report();
    if (!r || !r->threeWay) {
        m_legend->hide();
        return;
    }
    QStringList items;
    for (const Compose::HunkStatus st : {Compose::HunkStatus::Missing,
                                         Compose::HunkStatus::Present,
                                         Compose::HunkStatus::Conflict}) {
        const auto count = std::count_if(r->threeWay->hunks.cbegin(),
                                         r->threeWay->hunks.cend(),
                                         [st](const Compose::UpstreamHunk &h) {
                                             return h.status == st;
                                         });
        items.append(u"<span style=\"color:%1\">&#9632;</span>&nbsp;%2"_s
                         .arg(hunkStatusColor(st, palette()).name(),
                              Widgets::Tr::tr("%1: %2", "legend: status, number of upstream changes")
                                  .arg(hunkStatusText(st).toHtmlEscaped())
                                  .arg(count)));
    }
    m_legend->setText(Widgets::Tr::tr("Deployed copy:") + u"&nbsp; "_s
                      + items.join(u"&nbsp;&nbsp; "_s));
    m_legend->show();
}

void ComposeDiffPanel::updateMergedView()
{
    const Compose::Report *r = report();
    if (!r || !r->threeWay || !r->deployed) {
        m_mergedView->setStatusMarks({});
        m_mergedView->setExtraSelections({});
        m_mergedView->clear();
        return;
    }
    const Compose::ThreeWay &tw = *r->threeWay;
    const Compose::MergedText merged = tw.mergedText(*r->deployed, m_hunkModel->accepted());
    const int scroll = m_mergedView->verticalScrollBar()->value();
    m_mergedView->setExtraSelections({});
    highlighterOf(m_mergedView)->prepare(merged.lines.size());
    m_mergedView->setPlainText(merged.lines.join(u'\n'));
    QList<ComposeDiffView::StatusMark> marks;
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    for (const Compose::MergedRegion &region : merged.regions) {
        QStringList tips;
        for (const int h : region.hunks)
            tips.append(hunkStatusToolTip(h, tw.hunks.at(h).upstream, tw.hunks.at(h).status));
        const QString tip = region.applied
                                ? Widgets::Tr::tr("%1\nApplied in the merged result.")
                                      .arg(tips.join(u'\n'))
                                : Widgets::Tr::tr("%1\nNot applied: the deployed copy's lines are "
                                                  "kept.")
                                      .arg(tips.join(u'\n'));
        marks.append(
            {region.start, std::max(1, region.count), region.status, region.hunks.first(), tip});
        QColor tint = hunkStatusColor(region.status, pal);
        tint = QColor::fromRgbF(base.redF() * 0.8f + tint.redF() * 0.2f,
                                base.greenF() * 0.8f + tint.greenF() * 0.2f,
                                base.blueF() * 0.8f + tint.blueF() * 0.2f);
        for (int line = region.start; line < region.start + region.count; ++line)
            selections.append(lineSelection(m_mergedView, line, tint));
    }
    m_mergedView->setStatusMarks(marks);
    m_mergedView->setExtraSelections(selections);
    m_mergedView->verticalScrollBar()->setValue(scroll);
}

QString ComposeDiffPanel::patch() const
{
    const Compose::Report *r = report();
    return r ? r->mergedPatch(m_hunkModel->accepted()) : QString();
}

// Draws the layout (computed with the report, off the GUI thread): the views' texts, the diff marks,
// the three-way marks and the overview bar's marks.
void ComposeDiffPanel::rebuildViews()
{
    const Compose::DiffLayout *drawn = shownLayout();
    if (!drawn)
        return;
    const Compose::Report &r = m_shown->report;
    const QPalette pal = palette();
    const QString foldText = Widgets::Tr::tr("⋯ %1 unchanged lines");
    QStringList left, right, unified;
    left.reserve(drawn->rows.size());
    right.reserve(drawn->rows.size());
    unified.reserve(drawn->unified.size());
    QList<Mark> leftMarks, rightMarks, uniMarks;
    QList<ComposeOverviewBar::Mark> overview, unifiedOverview;
    for (qsizetype i = 0; i < drawn->rows.size(); ++i) {
        const Compose::LayoutRow &row = drawn->rows.at(i);
        if (row.kind == Compose::LayoutRow::Kind::Fold) {
            const QString t = foldText.arg(row.folded);
            left.append(t);
            right.append(t);
            continue;
        }
        left.append(row.oldLine >= 0 ? r.oldDoc.lines.at(row.oldLine) : QString());
        right.append(row.newLine >= 0 ? r.newDoc.lines.at(row.newLine) : QString());
        if (row.kind != Compose::LayoutRow::Kind::Change)
            continue;
        if (row.oldLine >= 0) {
            leftMarks.append({int(i), true, row.oldSpans});
            overview.append({int(i), 1, removedColor(pal, true), false, {}});
        }
        if (row.newLine >= 0) {
            rightMarks.append({int(i), false, row.newSpans});
            overview.append({int(i), 1, addedColor(pal, true), false, {}});
        }
    }
    for (qsizetype i = 0; i < drawn->unified.size(); ++i) {
        const Compose::UnifiedLine &line = drawn->unified.at(i);
        switch (line.kind) {
        case Compose::UnifiedLine::Kind::Fold:
            unified.append(foldText.arg(line.folded));
            break;
        case Compose::UnifiedLine::Kind::Context:
            unified.append(u"  "_s + r.oldDoc.lines.at(line.oldLine));
            break;
        case Compose::UnifiedLine::Kind::Removed:
            uniMarks.append({int(i), true, line.spans});
            unifiedOverview.append({int(i), 1, removedColor(pal, true), false, {}});
            unified.append(u"- "_s + r.oldDoc.lines.at(line.oldLine));
            break;
        case Compose::UnifiedLine::Kind::Added:
            uniMarks.append({int(i), false, line.spans});
            unifiedOverview.append({int(i), 1, addedColor(pal, true), false, {}});
            unified.append(u"+ "_s + r.newDoc.lines.at(line.newLine));
            break;
        }
    }
    // Each upstream change marked by where the deployed copy stands on it.
    QList<ComposeDiffView::StatusMark> sideStatus, unifiedStatus;
    if (r.threeWay) {
        for (qsizetype i = 0; i < r.threeWay->hunks.size() && i < drawn->changes.size(); ++i) {
            const Compose::UpstreamHunk &h = r.threeWay->hunks.at(i);
            const Compose::ChangeExtent &extent = drawn->changes.at(i);
            const QString tip = hunkStatusToolTip(int(i), h.upstream, h.status);
            const QColor color = hunkStatusColor(h.status, pal);
            sideStatus.append({extent.firstRow, extent.rowCount, h.status, int(i), tip});
            overview.append({extent.firstRow, extent.rowCount, color, true, tip});
            unifiedStatus.append(
                {extent.firstUnifiedLine, extent.unifiedLineCount, h.status, int(i), tip});
            unifiedOverview.append(
                {extent.firstUnifiedLine, extent.unifiedLineCount, color, true, tip});
        }
    }
    m_oldContent = {left.join(u'\n'), left.size(), leftMarks, 0, true, sideStatus};
    m_newContent = {right.join(u'\n'), right.size(), rightMarks, 0, true, sideStatus};
    m_unifiedContent = {unified.join(u'\n'), unified.size(), uniMarks, 2, true, unifiedStatus};
    // The overview bar follows the view shown: side-by-side rows or unified lines.
    m_sideOverview = {int(drawn->rows.size()), overview};
    m_unifiedOverview = {int(drawn->unified.size()), unifiedOverview};
    fillVisibleViews();
}

void ComposeDiffPanel::fill(ComposeDiffView *view, ViewContent &content)
{
    if (!content.pending)
        return;
    content.pending = false;
    view->setStatusMarks(content.statusMarks);
    // Old selections would be carried through the text replacement, cursor by cursor.
    view->setExtraSelections({});
    highlighterOf(view)->prepare(content.lines);
    view->setPlainText(content.text);
    content.text.clear();
    const QPalette pal = palette();
    QList<QTextEdit::ExtraSelection> selections;
    for (const Mark &m : std::as_const(content.marks)) {
        selections.append(
            lineSelection(view,
                          m.line,
                          m.removed ? removedColor(pal, false) : addedColor(pal, false)));
        for (const Compose::Span &span : m.spans)
            selections.append(
                spanSelection(view,
                              m.line,
                              span,
                              m.removed ? removedColor(pal, true) : addedColor(pal, true),
                              content.offset));
    }
    view->setExtraSelections(selections);
}

void ComposeDiffPanel::fillVisibleViews()
{
    const auto &[total, marks] = m_unifiedBox->isChecked() ? m_unifiedOverview : m_sideOverview;
    m_overview->setMarks(total, marks);
    if (m_unifiedBox->isChecked()) {
        fill(m_unifiedView, m_unifiedContent);
    } else {
        fill(m_oldView, m_oldContent);
        fill(m_newView, m_newContent);
    }
}

void ComposeDiffPanel::setUnified(bool unified)
{
    if (m_unifiedBox->isChecked() != unified)
        m_unifiedBox->setChecked(unified);
    m_stack->setCurrentIndex(unified ? 1 : 0);
    fillVisibleViews();
}

void ComposeDiffPanel::setFolded(bool folded)
{
    if (m_foldBox->isChecked() != folded) {
        m_foldBox->setChecked(folded); // toggled() calls back here once, and that call rebuilds
        return;
    }
    rebuildViews();
}

void ComposeDiffPanel::jumpToChange(int change)
{
    const Compose::DiffLayout *drawn = shownLayout();
    if (!drawn || change < 0 || change >= drawn->changes.size())
        return;
    const Compose::ChangeExtent &extent = drawn->changes.at(change);
    if (m_unifiedBox->isChecked()) {
        QTextCursor c(m_unifiedView->document()->findBlockByNumber(extent.firstUnifiedLine));
        m_unifiedView->setTextCursor(c);
        m_unifiedView->centerCursor();
        return;
    }
    QTextCursor c(m_oldView->document()->findBlockByNumber(extent.firstRow));
    m_oldView->setTextCursor(c);
    m_oldView->centerCursor();
    m_newView->setTextCursor(QTextCursor(m_newView->document()->findBlockByNumber(extent.firstRow)));
    m_newView->verticalScrollBar()->setValue(m_oldView->verticalScrollBar()->value());
}

void ComposeDiffPanel::jumpToOldLine(int oldLine, int newLine)
{
    if (m_foldBox->isChecked())
        setFolded(false);
    const Compose::DiffLayout *drawn = shownLayout();
    if (!drawn)
        return;
    const int row = newLine >= 0 ? drawn->rowOfNewLine(newLine) : drawn->rowOfOldLine(oldLine);
    if (row < 0)
        return;
    m_currentChange = drawn->changeAtOrBefore(row);
    if (m_unifiedBox->isChecked()) {
        // The "+" line of the new side, or the "-" (or context) line of the old one.
        const Compose::LayoutRow &r = drawn->rows.at(row);
        const int line = newLine >= 0 ? r.unifiedNew : r.unifiedOld;
        QTextCursor c(m_unifiedView->document()->findBlockByNumber(std::max(0, line)));
        m_unifiedView->setTextCursor(c);
        m_unifiedView->centerCursor();
        return;
    }
    QTextCursor c(m_oldView->document()->findBlockByNumber(row));
    m_oldView->setTextCursor(c);
    m_oldView->centerCursor();
    m_newView->setTextCursor(QTextCursor(m_newView->document()->findBlockByNumber(row)));
}

void ComposeDiffPanel::nextChange()
{
    const Compose::DiffLayout *drawn = shownLayout();
    if (!drawn || drawn->changes.isEmpty())
        return;
    m_currentChange = std::min(int(drawn->changes.size()) - 1, m_currentChange + 1);
    jumpToChange(m_currentChange);
}

void ComposeDiffPanel::previousChange()
{
    const Compose::DiffLayout *drawn = shownLayout();
    if (!drawn || drawn->changes.isEmpty())
        return;
    m_currentChange = std::max(0, m_currentChange - 1);
    jumpToChange(m_currentChange);
}

void ComposeDiffPanel::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = syntaxRepository().themeForPalette(palette());
    for (QPlainTextEdit *view : {m_oldView, m_newView, m_unifiedView, m_mergedView}) {
        const auto highlighters = view->document()
                                      ->findChildren<KSyntaxHighlighting::SyntaxHighlighter *>();
        for (auto *h : highlighters) {
            h->setTheme(theme);
            if (auto *lazy = dynamic_cast<LazyHighlighter *>(h))
                lazy->refresh();
            else
                h->rehighlight();
        }
    }
}

void ComposeDiffPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_hunkModel->setPalette(palette());
        applyTheme();
        rebuildViews();
        updateLegend();
        updateMergedView();
    }
}

} // namespace Steward
