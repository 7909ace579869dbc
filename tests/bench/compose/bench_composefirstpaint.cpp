// SPDX-License-Identifier: GPL-3.0-or-later
// Time to first paint of the highlighted diff: from setting the files on ComposeDiffPanel (setSources +
// compare) to the first paint event of the diff view that shows highlighted text, for a generated
// 100k-line pair and a real fixture pair. Printed next to references measured in the same run: a plain
// QPlainTextEdit showing the new file, and the same with the YAML SyntaxHighlighter. Also prints the
// longest stall of the GUI thread while waiting. Never asserts on timing.
#include "tests/unit/compose/composefixtures.h"
#include "widgets/compose/composediffpanel.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Steward;

namespace {

// Whether the lines at the top of the view carry highlighting formats.
bool visibleHighlighted(QPlainTextEdit *view)
{
    QTextBlock block = view->cursorForPosition(QPoint(0, 0)).block();
    for (int i = 0; i < 80 && block.isValid(); ++i, block = block.next()) {
        if (block.layout() && !block.layout()->formats().isEmpty())
            return true;
    }
    return false;
}

// Records when the viewport gets its first paint event while ready() holds, and when the event loop
// is free again after it (the paint itself included).
class PaintProbe : public QObject
{
public:
    PaintProbe(QWidget *viewport, std::function<bool()> ready, const QElapsedTimer &clock)
        : m_ready(std::move(ready))
        , m_clock(clock)
    {
        viewport->installEventFilter(this);
    }
    qint64 paintedAt = -1;
    qint64 doneAt = -1;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paintedAt < 0 && m_ready()) {
            paintedAt = m_clock.nsecsElapsed();
            QMetaObject::invokeMethod(
                this, [this] { doneAt = m_clock.nsecsElapsed(); }, Qt::QueuedConnection);
        }
        return false;
    }

private:
    std::function<bool()> m_ready;
    const QElapsedTimer &m_clock;
};

// The longest gap between ticks of a 1 ms timer: how long the GUI thread was blocked at most.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            longest = std::max(longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    qint64 longest = 0;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
};

struct Timing
{
    qint64 painted = -1;
    qint64 done = -1;
    qint64 stall = 0;
    qint64 unfold = -1; // the panel only: setFolded(false), synchronous
};

Timing panelFirstPaint(const QString &oldPath, const QString &newPath, const QString &deployed)
{
    ComposeDiffPanel panel;
    panel.resize(1200, 800);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        qFatal("panel not exposed");
    QElapsedTimer clock;
    QPlainTextEdit *view = panel.newView();
    PaintProbe probe(
        view->viewport(),
        [&] { return panel.report() != nullptr && visibleHighlighted(view); },
        clock);
    StallMeter stall;
    clock.start();
    panel.setSources(oldPath, newPath, deployed);
    panel.compare();
    if (!QTest::qWaitFor([&] { return probe.doneAt >= 0; }, 120'000))
        qFatal("the panel never painted highlighted content");
    // Unfolding lays out and highlights every line of both files on the GUI thread.
    QElapsedTimer unfold;
    unfold.start();
    panel.setFolded(false);
    return {probe.paintedAt, probe.doneAt, stall.longest, unfold.nsecsElapsed()};
}

Timing editorFirstPaint(const QByteArray &text, bool highlighted)
{
    QPlainTextEdit view;
    view.setReadOnly(true);
    view.setLineWrapMode(QPlainTextEdit::NoWrap);
    view.resize(600, 700);
    if (highlighted) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(view.document());
        highlighter->setDefinition(
            ComposeDiffPanel::syntaxRepository().definitionForName(u"YAML"_s));
        highlighter->setTheme(ComposeDiffPanel::syntaxRepository().themeForPalette(view.palette()));
    }
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        qFatal("editor not exposed");
    QElapsedTimer clock;
    PaintProbe probe(
        view.viewport(),
        [&] {
            return view.document()->blockCount() > 1 && (!highlighted || visibleHighlighted(&view));
        },
        clock);
    StallMeter stall;
    clock.start();
    view.setPlainText(QString::fromUtf8(text));
    if (!QTest::qWaitFor([&] { return probe.doneAt >= 0; }, 120'000))
        qFatal("the editor never painted");
    return {probe.paintedAt, probe.doneAt, stall.longest};
}

void report(const char *what, const Timing &panel, const Timing &plain, const Timing &highlighted)
{
    qInfo("%s: panel first highlighted paint %.1f ms (frame done %.1f ms, longest GUI stall "
          "%.1f ms; then unfolding %.1f ms); plain QPlainTextEdit %.1f ms (stall %.1f ms); "
          "QPlainTextEdit + YAML highlighter %.1f ms (stall %.1f ms)",
          what,
          panel.painted / 1e6,
          panel.done / 1e6,
          panel.stall / 1e6,
          panel.unfold / 1e6,
          plain.done / 1e6,
          plain.stall / 1e6,
          highlighted.done / 1e6,
          highlighted.stall / 1e6);
}

} // namespace

class BenchComposeFirstPaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hundredThousandLines();
    void realFixturePair();
};

void BenchComposeFirstPaint::hundredThousandLines()
{
    QTemporaryDir dir;
    const auto [a, b] = Compose::Fixtures::hundredThousandLinePair();
    for (const auto &[name, bytes] : {std::pair{u"a.yml"_s, a}, std::pair{u"b.yml"_s, b}}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(bytes) == bytes.size());
    }
    const Timing panel = panelFirstPaint(dir.filePath(u"a.yml"_s), dir.filePath(u"b.yml"_s), {});
    const Timing plain = editorFirstPaint(b, false);
    const Timing highlighted = editorFirstPaint(b, true);
    report("100k lines", panel, plain, highlighted);
    QVERIFY(panel.painted > 0);
}

void BenchComposeFirstPaint::realFixturePair()
{
    const Timing panel = panelFirstPaint(Compose::Fixtures::path(u"v4.2.10"_s),
                                         Compose::Fixtures::path(u"v4.3.0"_s),
                                         Compose::Fixtures::path(u"deployed-v4.2.10-local"_s));
    const QByteArray text = Compose::Fixtures::bytes(u"v4.3.0"_s);
    const Timing plain = editorFirstPaint(text, false);
    const Timing highlighted = editorFirstPaint(text, true);
    report("v4.2.10 -> v4.3.0 with deployed", panel, plain, highlighted);
    QVERIFY(panel.painted > 0);
}

QTEST_MAIN(BenchComposeFirstPaint)
#include "bench_composefirstpaint.moc"
