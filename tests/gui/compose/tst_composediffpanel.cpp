// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/compose/composediffpanel.h"

#include "core/compose/composecomparison.h"
#include "models/compose/composehunkmodel.h"
#include "models/compose/composesummarymodel.h"
#include "tests/unit/compose/composefixtures.h"
#include "widgets/common/messagewidget.h"
#include "widgets/compose/composeoverviewbar.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStyle>
#include <QStyleHints>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Steward;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb0));
    return p;
}

// Shows the panel, compares the named fixtures (the third, when given, as the deployed copy) and waits
// for the comparison to finish.
[[nodiscard]] bool compareFixtures(ComposeDiffPanel &panel,
                                   const QString &oldName,
                                   const QString &newName,
                                   const QString &deployedName = {})
{
    panel.show();
    QSignalSpy finished(&panel, &ComposeDiffPanel::comparisonFinished);
    panel.setSources(Compose::Fixtures::path(oldName),
                     Compose::Fixtures::path(newName),
                     deployedName.isEmpty() ? QString() : Compose::Fixtures::path(deployedName));
    panel.compare();
    return finished.wait(10'000);
}

QString cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role).toString();
}

Qt::CheckState applyState(const ComposeDiffPanel &panel, int row)
{
    return panel.hunkModel()
        ->index(row, ComposeHunkModel::ApplyColumn)
        .data(Qt::CheckStateRole)
        .value<Qt::CheckState>();
}

void setApply(ComposeDiffPanel &panel, int row, Qt::CheckState state)
{
    QVERIFY(panel.hunkModel()->setData(panel.hunkModel()->index(row, ComposeHunkModel::ApplyColumn),
                                       state,
                                       Qt::CheckStateRole));
}

// Writes the 100k-line pair into dir as a.yml and b.yml.
[[nodiscard]] bool writeBigPair(const QTemporaryDir &dir)
{
    const auto [a, b] = Compose::Fixtures::hundredThousandLinePair();
    for (const auto &[name, bytes] : {std::pair{u"a.yml"_s, a}, std::pair{u"b.yml"_s, b}}) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return false;
    }
    return true;
}

} // namespace

class TestComposeDiffPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sideBySideAlignsAndMarks();
    void nextPreviousAndSummaryJump();
    void unifiedSummaryJumpAndOverview();
    void threeWayAcceptSkipBuildsPatch();
    void threeWayStatusMarks();
    void insertionsNumberedLikeGit();
    void malformedInputShowsError();
    void cancelKeepsPreviousComparison();
    void closingCancelsThenWaits();
    void savePatchInWindowModalDialog();
    void referencesFromLocalCheckout();
    void screenshots();
};

void TestComposeDiffPanel::sideBySideAlignsAndMarks()
{
    ComposeDiffPanel panel;
    panel.resize(1200, 800);
    QVERIFY(compareFixtures(panel, u"v4.2.10"_s, u"v4.3.0"_s));
    // Same number of rows on both sides (fillers), marked changes, folded stretches.
    QCOMPARE(panel.oldView()->blockCount(), panel.newView()->blockCount());
    QVERIFY(panel.oldView()->toPlainText().contains(u"unchanged lines"_s));
    QVERIFY(panel.newView()->toPlainText().contains(u"mastodon-streaming:v4.3.0"_s));
    QVERIFY(!panel.oldView()->extraSelections().isEmpty());
    QVERIFY(!panel.newView()->extraSelections().isEmpty());
    // Unfolded: every old line is shown.
    panel.setFolded(false);
    QVERIFY(!panel.oldView()->toPlainText().contains(u"unchanged lines"_s));
    QVERIFY(panel.oldView()->blockCount() >= 133);
    // Scrolling one pane scrolls the other.
    panel.oldView()->verticalScrollBar()->setValue(20);
    QCOMPARE(panel.newView()->verticalScrollBar()->value(), 20);
    // Unified view has the - and + lines.
    panel.setUnified(true);
    const QString unified = panel.unifiedView()->toPlainText();
    QVERIFY(unified.contains(u"-     image: ghcr.io/mastodon/mastodon:v4.2.10"_s));
    QVERIFY(unified.contains(u"+     image: ghcr.io/mastodon/mastodon:v4.3.0"_s));
    QVERIFY(!panel.unifiedView()->extraSelections().isEmpty());
    // The hidden views get their text when shown: folding again while unified fills only this one.
    panel.setFolded(true);
    QVERIFY(panel.unifiedView()->toPlainText().contains(u"unchanged lines"_s));
    QVERIFY(!panel.oldView()->toPlainText().contains(u"unchanged lines"_s));
    panel.setUnified(false);
    QVERIFY(panel.oldView()->toPlainText().contains(u"unchanged lines"_s));
    QCOMPARE(panel.oldView()->blockCount(), panel.newView()->blockCount());
}

void TestComposeDiffPanel::nextPreviousAndSummaryJump()
{
    ComposeDiffPanel panel;
    panel.resize(1000, 700);
    QVERIFY(compareFixtures(panel, u"v4.1.9"_s, u"v4.2.0"_s));
    QCOMPARE(panel.summaryModel()->rowCount(), 3);
    QTest::keyClick(&panel, Qt::Key_F8);
    QCOMPARE(panel.currentChange(), 0);
    QVERIFY(panel.oldView()->textCursor().block().text().contains(u"v4.1.9"_s));
    QTest::keyClick(&panel, Qt::Key_F8);
    QTest::keyClick(&panel, Qt::Key_F8);
    QTest::keyClick(&panel, Qt::Key_F8);
    QCOMPARE(panel.currentChange(), 2);
    QTest::keyClick(&panel, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(panel.currentChange(), 1);
    // Clicking the sidekiq row jumps to line 98 (unfolded).
    const QRect rect = panel.summaryTable()->visualRect(panel.summaryModel()->index(2, 1));
    QTest::mouseClick(panel.summaryTable()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(panel.newView()->textCursor().block().text(),
             u"    image: ghcr.io/mastodon/mastodon:v4.2.0"_s);
    QCOMPARE(panel.newView()->textCursor().blockNumber(), 97);
    QCOMPARE(panel.currentChange(), 2);
}

void TestComposeDiffPanel::unifiedSummaryJumpAndOverview()
{
    ComposeDiffPanel panel;
    panel.resize(1000, 700);
    QVERIFY(compareFixtures(panel, u"v4.2.10"_s, u"v4.3.0"_s, u"deployed-v4.2.10-local"_s));
    panel.setUnified(true);
    ComposeDiffView *unified = panel.unifiedView();
    // The overview bar counts the unified view's lines and marks its - and + lines.
    auto checkOverview = [&panel](QPlainTextEdit *view, bool isUnified) {
        const ComposeOverviewBar *bar = panel.overviewBar();
        QCOMPARE(bar->total(), view->blockCount());
        int diffMarks = 0;
        for (const ComposeOverviewBar::Mark &m : bar->marks()) {
            const QString text = view->document()->findBlockByNumber(m.position).text();
            if (m.status) {
                QVERIFY2(!isUnified || text.startsWith(u'-') || text.startsWith(u'+'),
                         qPrintable(text));
                continue;
            }
            ++diffMarks;
            if (isUnified)
                QVERIFY2(text.startsWith(u"- "_s) || text.startsWith(u"+ "_s), qPrintable(text));
        }
        QVERIFY(diffMarks > 0);
    };
    checkOverview(unified, true);
    // The "streaming" image mark is on the unified line that has it.
    bool found = false;
    for (const ComposeOverviewBar::Mark &m : panel.overviewBar()->marks()) {
        if (!m.status
            && unified->document()->findBlockByNumber(m.position).text()
                   == u"+     image: ghcr.io/mastodon/mastodon-streaming:v4.3.0"_s)
            found = true;
    }
    QVERIFY(found);

    // A summary row jumps in the unified view (the side-by-side views are hidden).
    QTableView *summary = panel.summaryTable();
    const QAbstractItemModel *model = summary->model();
    int sidekiqRow = -1;
    int commandRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (cell(model, row, 0) == u"sidekiq"_s && cell(model, row, 1) == u"image"_s)
            sidekiqRow = row;
        if (cell(model, row, 0) == u"web"_s && cell(model, row, 1) == u"command"_s)
            commandRow = row;
    }
    QVERIFY(sidekiqRow >= 0 && commandRow >= 0);
    summary->scrollTo(model->index(sidekiqRow, 1));
    QTest::mouseClick(summary->viewport(),
                      Qt::LeftButton,
                      {},
                      summary->visualRect(model->index(sidekiqRow, 1)).center());
    QCOMPARE(unified->textCursor().block().text(),
             u"+     image: ghcr.io/mastodon/mastodon:v4.3.0"_s);
    // In the sidekiq service (the web service's image line reads the same).
    const int serviceLine = unified->document()->find(u"    sidekiq:"_s).blockNumber();
    QVERIFY(serviceLine > 0);
    QVERIFY(unified->textCursor().blockNumber() > serviceLine);
    QCOMPARE(panel.currentChange(), 7);
    // Unfolding changed the unified text: the overview follows it.
    checkOverview(unified, true);
    summary->scrollTo(model->index(commandRow, 1));
    QTest::mouseClick(summary->viewport(),
                      Qt::LeftButton,
                      {},
                      summary->visualRect(model->index(commandRow, 1)).center());
    QCOMPARE(unified->textCursor().block().text(),
             u"+     command: bundle exec puma -C config/puma.rb"_s);
    QCOMPARE(panel.currentChange(), 2);

    // Back to side by side: the bar counts rows again.
    panel.setUnified(false);
    checkOverview(panel.oldView(), false);
}

void TestComposeDiffPanel::threeWayAcceptSkipBuildsPatch()
{
    ComposeDiffPanel panel;
    QVERIFY(compareFixtures(panel, u"v4.2.10"_s, u"v4.3.0"_s, u"deployed-v4.2.10-local"_s));
    const QAbstractItemModel *hunks = panel.hunkTable()->model();
    QCOMPARE(hunks, panel.hunkModel());
    QCOMPARE(hunks->rowCount(), 9);
    QCOMPARE(cell(hunks, 2, 2), u"conflicts with a local change"_s);
    QCOMPARE(cell(hunks, 7, 2), u"already has it"_s);
    QCOMPARE(applyState(panel, 0), Qt::Checked);
    QCOMPARE(applyState(panel, 2), Qt::Unchecked);
    QVERIFY(panel.patch().contains(u"-version: '3'"_s));
    // Skip the first hunk with its check box (Space on it): the patch no longer removes "version".
    panel.tabs()->setCurrentIndex(1);
    QTableView *table = panel.hunkTable();
    QVERIFY(table->isVisible());
    QSignalSpy accepted(panel.hunkModel(), &ComposeHunkModel::acceptedChanged);
    table->setFocus();
    table->setCurrentIndex(hunks->index(0, 0));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(applyState(panel, 0), Qt::Unchecked);
    QVERIFY(!panel.patch().contains(u"-version: '3'"_s));
    // Accept the conflict: upstream's command replaces ours.
    setApply(panel, 2, Qt::Checked);
    QVERIFY(panel.patch().contains(u"+    command: bundle exec puma -C config/puma.rb"_s));
}

void TestComposeDiffPanel::threeWayStatusMarks()
{
    ComposeDiffPanel panel;
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(compareFixtures(panel, u"v4.2.10"_s, u"v4.3.0"_s, u"deployed-v4.2.10-local"_s));
    const QPalette pal = panel.palette();
    const QColor missing = hunkStatusColor(Compose::HunkStatus::Missing, pal);
    const QColor present = hunkStatusColor(Compose::HunkStatus::Present, pal);
    const QColor conflict = hunkStatusColor(Compose::HunkStatus::Conflict, pal);
    QVERIFY(missing != present && present != conflict && missing != conflict);

    // The legend says what the colours mean and how many of each there are.
    QVERIFY(panel.statusLegend()->isVisible());
    const QString legend = panel.statusLegend()->text();
    QVERIFY2(legend.contains(u"lacks it: 7"_s), qPrintable(legend));
    QVERIFY(legend.contains(u"already has it: 1"_s));
    QVERIFY(legend.contains(u"conflicts with a local change: 1"_s));
    QVERIFY(legend.contains(conflict.name()));

    // Side by side: each upstream change is marked by its status on both sides, on its own rows.
    for (ComposeDiffView *view : {panel.oldView(), panel.newView()}) {
        const auto &marks = view->statusMarks();
        QCOMPARE(marks.size(), 9);
        QCOMPARE(marks.at(2).status, Compose::HunkStatus::Conflict);
        QCOMPARE(marks.at(7).status, Compose::HunkStatus::Present);
        QCOMPARE(marks.at(0).status, Compose::HunkStatus::Missing);
        QVERIFY(view->gutterWidth() > 0);
        QVERIFY(marks.at(2).toolTip.contains(u"conflicts with a local change"_s));
    }
    auto blockText = [](QPlainTextEdit *view, int line) {
        return view->document()->findBlockByNumber(line).text();
    };
    const ComposeDiffView::StatusMark conflictMark = panel.newView()->statusMarks().at(2);
    QVERIFY(blockText(panel.newView(), conflictMark.firstLine).contains(u"puma"_s));
    QVERIFY(blockText(panel.oldView(), conflictMark.firstLine).contains(u"rails s -p 3000"_s));
    QVERIFY(blockText(panel.newView(), panel.newView()->statusMarks().at(7).firstLine)
                .contains(u"mastodon:v4.3.0"_s));
    QCOMPARE(panel.newView()->statusMarkAt(conflictMark.firstLine)->hunk, 2);
    QVERIFY(!panel.newView()->statusMarkAt(0) || panel.newView()->statusMarkAt(0)->hunk == 0);

    // The gutter is painted in the status colour beside the conflicting line.
    {
        ComposeDiffView *view = panel.newView();
        QTextCursor cursor(view->document()->findBlockByNumber(conflictMark.firstLine));
        view->setTextCursor(cursor);
        view->centerCursor();
        QApplication::processEvents();
        const int y = view->viewport()->mapTo(view, view->cursorRect().center()).y();
        const QImage image = view->grab().toImage();
        const QPoint inGutter = view->gutter()->mapTo(view, QPoint(view->gutterWidth() / 2, 0));
        QCOMPARE(image.pixelColor(inGutter.x(), y).rgb(), conflict.rgb());
    }

    // The overview bar: one status mark per upstream change, in its colour, at its row.
    const auto &bar = panel.overviewBar()->marks();
    QList<ComposeOverviewBar::Mark> statusMarks;
    for (const auto &m : bar) {
        if (m.status)
            statusMarks.append(m);
    }
    QCOMPARE(statusMarks.size(), 9);
    QCOMPARE(statusMarks.at(2).color, conflict);
    QCOMPARE(statusMarks.at(7).color, present);
    QCOMPARE(statusMarks.at(0).color, missing);
    QCOMPARE(statusMarks.at(2).position, conflictMark.firstLine);
    QVERIFY(statusMarks.at(2).toolTip.contains(u"conflicts"_s));

    // The hunk table shows the colour beside the words.
    const QAbstractItemModel *hunks = panel.hunkModel();
    QCOMPARE(hunks->index(2, 2).data(Qt::DecorationRole).value<QColor>(), conflict);
    QCOMPARE(hunks->index(7, 2).data(Qt::DecorationRole).value<QColor>(), present);

    // Unified: the marks cover the change's "- " and "+ " lines.
    panel.setUnified(true);
    const auto &unifiedMarks = panel.unifiedView()->statusMarks();
    QCOMPARE(unifiedMarks.size(), 9);
    QCOMPARE(unifiedMarks.at(2).status, Compose::HunkStatus::Conflict);
    QCOMPARE(unifiedMarks.at(2).lineCount, 2);
    QVERIFY(blockText(panel.unifiedView(), unifiedMarks.at(2).firstLine)
                .startsWith(u"-     command: bash"_s));
    QVERIFY(blockText(panel.unifiedView(), unifiedMarks.at(2).firstLine + 1)
                .startsWith(u"+     command: bundle exec puma"_s));

    // Merged result: the deployed copy with the ticked changes, each change's region marked.
    ComposeDiffView *merged = panel.mergedView();
    QCOMPARE(merged->toPlainText() + u'\n', QString::fromUtf8(panel.report()->merged()));
    const auto mergedMarks = merged->statusMarks();
    QCOMPARE(mergedMarks.size(), 9);
    QCOMPARE(mergedMarks.at(2).status, Compose::HunkStatus::Conflict);
    QVERIFY(blockText(merged, mergedMarks.at(2).firstLine).contains(u"-b 0.0.0.0"_s));
    QVERIFY(mergedMarks.at(2).toolTip.contains(u"Not applied"_s));
    QVERIFY(mergedMarks.at(1).toolTip.contains(u"Applied"_s));
    QVERIFY(!merged->extraSelections().isEmpty());
    // Ticking the conflict puts upstream's lines there.
    setApply(panel, 2, Qt::Checked);
    QVERIFY(blockText(merged, merged->statusMarks().at(2).firstLine).contains(u"puma"_s));
    QVERIFY(merged->statusMarks().at(2).toolTip.contains(u"Applied"_s));
}

void TestComposeDiffPanel::insertionsNumberedLikeGit()
{
    // v3.5.3 -> v4.0.2: git's headers "-30 +30,7", "-34,0 +41" and "-43,0 +51,5".
    ComposeDiffPanel panel;
    QVERIFY(compareFixtures(panel, u"v3.5.3"_s, u"v4.0.2"_s, u"v3.5.3"_s));
    QStringList ranges;
    for (int row = 0; row < panel.hunkModel()->rowCount(); ++row)
        ranges.append(cell(panel.hunkModel(), row, 1));
    QCOMPARE(ranges,
             (QStringList{
                 u"18-18"_s, u"28-28"_s, u"30-30"_s, u"33-33"_s, u"after 34"_s, u"after 43"_s}));
    QVERIFY(cell(panel.hunkModel(), 4, 2, Qt::ToolTipRole).contains(u"added after line 34"_s));
}

void TestComposeDiffPanel::malformedInputShowsError()
{
    ComposeDiffPanel panel;
    panel.show();
    QTemporaryDir dir;
    QFile bad(dir.filePath(u"bad.yml"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("services:\n\tweb: {}\n");
    bad.close();
    panel.setSources(Compose::Fixtures::path(u"v4.2.10"_s), bad.fileName());
    panel.compare();
    auto *message = panel.findChild<QWidget *>(u""_s);
    Q_UNUSED(message);
    QTRY_VERIFY(!panel.report());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (QLabel *l : panel.findChildren<QLabel *>()) {
                if (l->isVisible() && l->text().contains(u"line 2, column 1"_s))
                    return true;
            }
            return false;
        }(),
        10'000);
}

void TestComposeDiffPanel::cancelKeepsPreviousComparison()
{
    QTemporaryDir dir;
    QVERIFY(writeBigPair(dir));
    const auto [a, b] = Compose::Fixtures::hundredThousandLinePair();
    ComposeDiffPanel panel;
    panel.resize(1000, 700);
    QVERIFY(compareFixtures(panel, u"v4.1.9"_s, u"v4.2.0"_s));
    QSignalSpy finished(&panel, &ComposeDiffPanel::comparisonFinished);
    QVERIFY(!panel.progressBar()->isVisible());
    QVERIFY(!panel.cancelButton()->isVisible());
    const QString before = panel.newView()->toPlainText();
    const QList<Compose::Change> changes = panel.report()->upstreamChanges;
    QCOMPARE(changes.size(), 3);

    // A 100k-line comparison runs off the GUI thread with a busy bar and Cancel.
    panel.setSources(dir.filePath(u"a.yml"_s), dir.filePath(u"b.yml"_s));
    panel.compare();
    QVERIFY(panel.isComparing());
    QVERIFY(panel.progressBar()->isVisible());
    QVERIFY(panel.cancelButton()->isVisible());
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QVERIFY(!panel.isComparing());
    QVERIFY(!panel.progressBar()->isVisible());
    QVERIFY(!panel.cancelButton()->isVisible());
    QVERIFY(panel.messageBar()->isVisible());
    QCOMPARE(panel.messageBar()->type(), MessageWidget::Type::Information);
    QCOMPARE(panel.messageBar()->text(),
             u"Comparison cancelled; the previous comparison is still shown."_s);
    // The worker stops at its next step; nothing of it reaches the views. Its end reaches the
    // comparison's own watcher (set first) before this one, so a late report would be counted here.
    QFutureWatcher<Result<Compose::Comparison>> ended;
    QSignalSpy endedSpy(&ended, &QFutureWatcherBase::finished);
    ended.setFuture(panel.comparison()->future());
    QTRY_COMPARE_WITH_TIMEOUT(endedSpy.count(), 1, 120'000);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(panel.newView()->toPlainText(), before);
    QCOMPARE(panel.report()->upstreamChanges, changes);
    QCOMPARE(panel.report()->newDoc.name, Compose::Fixtures::path(u"v4.2.0"_s));
    QVERIFY(panel.messageBar()->isVisible());

    // Not cancelled, the same comparison finishes and replaces the view.
    QSignalSpy progress(panel.progressBar(), &QProgressBar::valueChanged);
    panel.compare();
    QVERIFY(finished.wait(120'000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!panel.messageBar()->isVisible());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(panel.report()->oldDoc.lines.size(), 100'004);
    // The image line, 200 changed and 129 removed entries (a few of them next to each other).
    QVERIFY(panel.report()->upstreamChanges.size() > 300);
    QCOMPARE(panel.report()->upstreamChanges, Compose::diffLines(a, b));
    QVERIFY(panel.newView()->toPlainText().contains(u"VAR_3=changed"_s));

    // Unfolded, 100k lines are highlighted where they are shown, not all at once.
    auto formatted = [](QPlainTextEdit *view, int line) {
        const QTextBlock block = view->document()->findBlockByNumber(line);
        return block.isValid() && !block.layout()->formats().isEmpty();
    };
    panel.setFolded(false);
    QPlainTextEdit *view = panel.newView();
    QVERIFY(view->blockCount() > 100'000);
    QTRY_VERIFY(formatted(view, 5));
    QVERIFY(!formatted(view, 60'000));
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QTRY_VERIFY(formatted(view, view->blockCount() - 3));
    QVERIFY(!formatted(view, 60'000));
}

void TestComposeDiffPanel::closingCancelsThenWaits()
{
    // Closed while it compares 100k-line files: the worker is cancelled first (it stops at its next
    // step and gives nothing), then waited for, so nothing of it outlives the panel.
    QTemporaryDir dir;
    QVERIFY(writeBigPair(dir));
    auto *panel = new ComposeDiffPanel;
    panel->show();
    panel->setSources(dir.filePath(u"a.yml"_s), dir.filePath(u"b.yml"_s));
    panel->compare();
    QVERIFY(panel->isComparing());
    const QFuture<Result<Compose::Comparison>> worker = panel->comparison()->future();
    QVERIFY(worker.isValid());
    delete panel;
    QVERIFY(worker.isFinished());
    QVERIFY(worker.isCanceled());
    QCOMPARE(worker.resultCount(), 0);
    QVERIFY(worker.progressValue() < Compose::ComposeComparison::progressMaximum);
}

void TestComposeDiffPanel::savePatchInWindowModalDialog()
{
    ComposeDiffPanel panel;
    QVERIFY(compareFixtures(panel, u"v4.2.10"_s, u"v4.3.0"_s, u"deployed-v4.2.10-local"_s));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ours.patch"_s);
    // The click returns at once (no nested loop): the dialog is open, window-modal, asking where.
    QTest::mouseClick(panel.savePatchButton(), Qt::LeftButton);
    QFileDialog *dialog = panel.findChild<QFileDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    QVERIFY2(dialog->selectedFiles().value(0).endsWith(u"/docker-compose.patch"_s),
             qPrintable(dialog->selectedFiles().value(0)));
    const QPointer<QFileDialog> guard(dialog);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), protected there
    QTRY_VERIFY(QFile::exists(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), panel.patch().toUtf8());
    QTRY_VERIFY(guard.isNull()); // deleted once closed
    QVERIFY(!panel.messageBar()->isVisible());

    // Cancelled: nothing is written.
    QVERIFY(QFile::remove(path));
    QTest::mouseClick(panel.savePatchButton(), Qt::LeftButton);
    dialog = panel.findChild<QFileDialog *>();
    QVERIFY(dialog);
    dialog->selectFile(path);
    dialog->reject();
    QTRY_VERIFY(!panel.findChild<QFileDialog *>());
    QVERIFY(!QFile::exists(path));

    // A place that cannot be written: the message bar says so.
    panel.savePatchTo(dir.filePath(u"missing/folder/x.patch"_s));
    QVERIFY(panel.messageBar()->isVisible());
    QCOMPARE(panel.messageBar()->type(), MessageWidget::Type::Error);
    QVERIFY2(panel.messageBar()->text().startsWith(u"Cannot save "_s),
             qPrintable(panel.messageBar()->text()));
}

void TestComposeDiffPanel::referencesFromLocalCheckout()
{
    QTemporaryDir dir;
    const QString error = Compose::Fixtures::makeCheckout(dir.path(), {u"v4.1.9"_s, u"v4.2.0"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ComposeDiffPanel panel;
    panel.show();
    QSignalSpy finished(&panel, &ComposeDiffPanel::comparisonFinished);
    panel.setCheckoutPath(dir.path());
    panel.setSources(u"mastodon@v4.1.9"_s, u"mastodon@v4.2.0"_s);
    panel.compare();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(panel.report()->oldDoc.name, u"mastodon/mastodon@v4.1.9"_s);
    QCOMPARE(panel.report()->newDoc.text, Compose::Fixtures::document(u"v4.2.0"_s).text);
    QCOMPARE(panel.report()->upstreamChanges.size(), 3);
    // A tag the checkout does not have: the error names it; the previous comparison stays.
    panel.setSources(u"mastodon@v4.1.9"_s, u"mastodon@v9.9.9"_s);
    panel.compare();
    QTRY_VERIFY(panel.messageBar()->isVisible());
    QVERIFY2(panel.messageBar()->text().contains(u"no docker-compose.yml at v9.9.9"_s),
             qPrintable(panel.messageBar()->text()));
    QCOMPARE(panel.messageBar()->type(), MessageWidget::Type::Error);
    QVERIFY(!panel.isComparing());
    QCOMPARE(panel.report()->upstreamChanges.size(), 3);
}

void TestComposeDiffPanel::screenshots()
{
    const QString dir = QStringLiteral(STEWARD_SOURCE_DIR) + u"/build/compose/screenshots"_s;
    QDir().mkpath(dir);
    for (const bool dark : {false, true}) {
        ComposeDiffPanel panel;
        panel.setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        panel.resize(1280, 820);
        QVERIFY(compareFixtures(panel, u"v4.2.10"_s, u"v4.3.0"_s, u"deployed-v4.2.10-local"_s));
        // On the web command, which conflicts with our local change: blue, orange and grey marks in
        // the gutters and the overview bar, the legend, the hunk table with its colours.
        panel.tabs()->setCurrentIndex(1);
        for (int i = 0; i < 3; ++i)
            panel.nextChange();
        QCOMPARE(panel.currentChange(), 2);
        panel.hunkTable()->selectRow(2);
        const QString scheme = dark ? u"dark"_s : u"light"_s;
        QVERIFY(panel.grab().save(dir + u"/compose-side-by-side-"_s + scheme + u".png"_s));
        panel.setUnified(true);
        panel.nextChange();
        panel.previousChange();
        QVERIFY(panel.grab().save(dir + u"/compose-unified-"_s + scheme + u".png"_s));
        // The merged result: our copy with the ticked upstream changes, each region marked.
        panel.tabs()->setCurrentIndex(3);
        auto *split = qobject_cast<QSplitter *>(panel.tabs()->parentWidget());
        QVERIFY(split);
        split->setSizes({300, 520});
        panel.mergedView()->verticalScrollBar()->setValue(40);
        QVERIFY(panel.grab().save(dir + u"/compose-merged-"_s + scheme + u".png"_s));
    }
}

QTEST_MAIN(TestComposeDiffPanel)
#include "tst_composediffpanel.moc"
