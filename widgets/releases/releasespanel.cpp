// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/releases/releasespanel.h"

#include "core/runbook/planparameters.h"
#include "models/releases/releaselistmodel.h"
#include "widgets/common/messagewidget.h"
#include "widgets/tr.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Steward {

using Releases::Release;
using Releases::ReleaseFeed;
using Releases::Version;

namespace {

struct Pill
{
    QString text;
    QColor color;
};

QList<Pill> pillsFor(const QModelIndex &index)
{
    const auto badges = ReleaseListModel::Badges(index.data(ReleaseListModel::BadgesRole).toInt());
    QList<Pill> pills;
    if (badges.testFlag(ReleaseListModel::SecurityBadge))
        pills.append({Widgets::Tr::tr("Security"), QColor(0xc6, 0x28, 0x28)});
    if (badges.testFlag(ReleaseListModel::MigrationsBadge))
        pills.append({Widgets::Tr::tr("Migrations"), QColor(0x15, 0x65, 0xc0)});
    if (badges.testFlag(ReleaseListModel::BreakingBadge))
        pills.append({Widgets::Tr::tr("Breaking"), QColor(0xd8, 0x5a, 0x00)});
    if (index.data(ReleaseListModel::HasUpgradeNotesRole).toBool())
        pills.append({Widgets::Tr::tr("Upgrade notes"), QColor(0x6a, 0x1b, 0x9a)});
    if (index.data(ReleaseListModel::PrereleaseRole).toBool())
        pills.append({Widgets::Tr::tr("Pre-release"), QColor(0x61, 0x61, 0x61)});
    return pills;
}

// Two lines a release: the version (and the fork) with the date on the right; small coloured pills
// for the badges below.
class ReleaseDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QFont pillFont(const QFont &base)
    {
        QFont f = base;
        f.setPointSizeF(base.pointSizeF() * 0.8);
        f.setBold(true);
        return f;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        const QFontMetrics pm(pillFont(option.font));
        return {fm.horizontalAdvance(u"4.10.10+hometown 2026-12-31"_s) + 24,
                fm.height() + pm.height() + 4 + 14};
    }

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = {};
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal
                                                                             : QPalette::Disabled;
        const QColor text = opt.palette.color(group,
                                              selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = text;
        dim.setAlphaF(0.65f);
        const QRect r = opt.rect.adjusted(8, 5, -8, -5);
        const QFontMetrics fm(opt.font);

        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        const QString version = index.data(ReleaseListModel::VersionRole).toString();
        const QRect line1(r.left(), r.top(), r.width(), fm.height());
        painter->drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, version);
        const int versionWidth = QFontMetrics(bold).horizontalAdvance(version);

        painter->setFont(opt.font);
        painter->setPen(dim);
        const QDate date = index.data(ReleaseListModel::DateRole).toDate();
        if (date.isValid())
            painter->drawText(line1, Qt::AlignRight | Qt::AlignVCenter, date.toString(Qt::ISODate));
        if (index.data(ReleaseListModel::ForkRole).toInt() == ReleaseListModel::Hometown) {
            painter->drawText(line1.adjusted(versionWidth + fm.horizontalAdvance(u' ') * 2, 0, 0, 0),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              Widgets::Tr::tr("Hometown"));
        }

        const QFont pf = pillFont(opt.font);
        const QFontMetrics pm(pf);
        painter->setFont(pf);
        painter->setRenderHint(QPainter::Antialiasing);
        int x = r.left();
        const int y = line1.bottom() + 4;
        for (const Pill &pill : pillsFor(index)) {
            const int w = pm.horizontalAdvance(pill.text) + pm.height();
            const QRectF box(x, y, w, pm.height());
            if (box.right() > r.right())
                break;
            QPainterPath path;
            path.addRoundedRect(box, box.height() / 2, box.height() / 2);
            painter->fillPath(path, pill.color);
            painter->setPen(Qt::white);
            painter->drawText(box, Qt::AlignCenter, pill.text);
            x += w + 4;
        }
        painter->restore();
    }
};

QString sourceText(const ReleaseFeed::SourceStatus &s)
{
    switch (s.origin) {
    case ReleaseFeed::Origin::Network:
        return Widgets::Tr::tr("%1 from GitHub").arg(s.name);
    case ReleaseFeed::Origin::Cache:
        return Widgets::Tr::tr("%1 cached").arg(s.name);
    case ReleaseFeed::Origin::Changelog:
        if (!s.standsInFor.isEmpty()) {
            return s.name.startsWith(u":/"_s) ? Widgets::Tr::tr("bundled CHANGELOG.md for %1")
                                                    .arg(s.standsInFor.join(u", "_s))
                                              : Widgets::Tr::tr("%1 (CHANGELOG) for %2")
                                                    .arg(s.name, s.standsInFor.join(u", "_s));
        }
        return s.name.startsWith(u":/"_s) ? Widgets::Tr::tr("bundled CHANGELOG.md")
                                          : Widgets::Tr::tr("%1 (CHANGELOG)").arg(s.name);
    case ReleaseFeed::Origin::Nothing:
        break;
    }
    return Widgets::Tr::tr("%1 unavailable").arg(s.name);
}

} // namespace

ReleasesPanel::ReleasesPanel(ReleaseFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_model(new ReleaseListModel(this))
    , m_filter(new ReleaseFilterModel(this))
    , m_message(new MessageWidget(this))
    , m_forkCombo(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_prereleases(new QCheckBox(Widgets::Tr::tr("Show prereleases"), this))
    , m_list(new QListView(this))
    , m_tabs(new QTabWidget(this))
    , m_notes(new QTextBrowser(this))
    , m_serverCombo(new QComboBox(this))
    , m_fromEdit(new QLineEdit(this))
    , m_fromSource(new QLabel(this))
    , m_toCombo(new QComboBox(this))
    , m_planView(new QTextBrowser(this))
    , m_exportButton(new QPushButton(Widgets::Tr::tr("Export plan as Markdown…"), this))
    , m_copyButton(new QPushButton(Widgets::Tr::tr("Copy"), this))
    , m_runButton(new QPushButton(Widgets::Tr::tr("Prepare the upgrade run…"), this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancelButton(new QPushButton(Widgets::Tr::tr("Cancel"), this))
    , m_refreshButton(new QPushButton(Widgets::Tr::tr("Refresh"), this))
{
    m_message->hide();
    m_filter->setSourceModel(m_model);

    m_forkCombo->addItem(Widgets::Tr::tr("All"), int(ReleaseFilterModel::AllForks));
    m_forkCombo->addItem(Widgets::Tr::tr("Mastodon"), int(ReleaseFilterModel::MastodonOnly));
    m_forkCombo->addItem(Widgets::Tr::tr("Hometown"), int(ReleaseFilterModel::HometownOnly));
    m_search->setPlaceholderText(Widgets::Tr::tr("Search versions and notes"));
    m_search->setClearButtonEnabled(true);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new ReleaseDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_forkCombo);
    filterRow->addWidget(m_search, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_prereleases);
    leftLayout->addWidget(m_list, 1);
    left->setMinimumWidth(fontMetrics().horizontalAdvance(u'0') * 36);

    m_notes->setOpenExternalLinks(true);
    m_planView->setOpenExternalLinks(true);
    m_fromEdit->setPlaceholderText(Widgets::Tr::tr("Running version, e.g. 4.2.10"));
    m_fromSource->setWordWrap(true);
    m_fromSource->setText(Widgets::Tr::tr("Typed by hand"));
    m_serverCombo->setObjectName(u"planServer"_s);
    m_serverCombo->addItem(Widgets::Tr::tr("(typed by hand)"));
    m_serverCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_serverCombo->setToolTip(Widgets::Tr::tr("Plan from the version a connected server runs."));
    m_toCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_exportButton->setEnabled(false);
    m_copyButton->setEnabled(false);
    m_runButton->setObjectName(u"prepareRun"_s);
    m_runButton->setEnabled(false);
    m_runButton->setToolTip(Widgets::Tr::tr(
        "Open the upgrade runbook with this plan: its target, the migrations to expect and the "
        "dependency floors it checks on the server"));

    auto *planPage = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(Widgets::Tr::tr("Server:"), m_serverCombo);
    form->addRow(Widgets::Tr::tr("From:"), m_fromEdit);
    form->addRow(QString(), m_fromSource);
    form->addRow(Widgets::Tr::tr("To:"), m_toCombo);
    auto *planButtons = new QHBoxLayout;
    planButtons->addStretch();
    planButtons->addWidget(m_copyButton);
    planButtons->addWidget(m_exportButton);
    planButtons->addWidget(m_runButton);
    auto *planLayout = new QVBoxLayout(planPage);
    planLayout->addLayout(form);
    planLayout->addWidget(m_planView, 1);
    planLayout->addLayout(planButtons);

    m_tabs->addTab(m_notes, Widgets::Tr::tr("Notes"));
    m_tabs->addTab(planPage, Widgets::Tr::tr("Upgrade plan"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_cancelButton->hide();
    m_cancelButton->setObjectName(u"cancelFetch"_s);
    m_refreshButton->setObjectName(u"refresh"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_cancelButton);
    statusRow->addWidget(m_refreshButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);

    connect(m_forkCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setForkFilter(ReleaseFilterModel::ForkFilter(m_forkCombo->currentData().toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &ReleaseFilterModel::setText);
    connect(m_prereleases, &QCheckBox::toggled, this, [this](bool show) {
        m_filter->setShowPrereleases(show);
        updateTargets();
    });
    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &ReleasesPanel::showCurrentNotes);
    connect(m_fromEdit, &QLineEdit::textChanged, this, &ReleasesPanel::updateTargets);
    connect(m_serverCombo, &QComboBox::activated, this, [this](int index) {
        const QString server = m_serverCombo->itemData(index).toString();
        if (const auto it = m_running.constFind(server); it != m_running.cend())
            setRunningVersion(server, it->version, it->source, true);
    });
    connect(m_fromEdit, &QLineEdit::textEdited, this, [this] {
        m_serverCombo->setCurrentIndex(0);
        m_fromSource->setText(Widgets::Tr::tr("Typed by hand"));
    });
    connect(m_toCombo, &QComboBox::currentIndexChanged, this, &ReleasesPanel::updatePlan);
    connect(m_exportButton, &QPushButton::clicked, this, &ReleasesPanel::exportPlan);
    connect(m_copyButton, &QPushButton::clicked, this, &ReleasesPanel::copyPlan);
    connect(m_runButton, &QPushButton::clicked, this, &ReleasesPanel::requestUpgradeRun);
    connect(m_refreshButton, &QPushButton::clicked, this, &ReleasesPanel::refresh);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReleasesPanel::cancel);

    connect(m_feed, &ReleaseFeed::started, this, &ReleasesPanel::onStarted);
    connect(m_feed, &ReleaseFeed::progressed, this, [this](int done, int total) {
        m_status->setText(Widgets::Tr::tr("Fetching release notes from GitHub (%1 of %2 done)…")
                              .arg(done)
                              .arg(total));
    });
    connect(m_feed, &ReleaseFeed::loaded, this, &ReleasesPanel::onLoaded);
    connect(m_feed, &ReleaseFeed::cancelled, this, [this] {
        m_busy->hide();
        m_cancelButton->hide();
        m_refreshButton->setEnabled(true);
        m_status->setText(Widgets::Tr::tr("Fetch cancelled."));
    });

    m_status->setText(Widgets::Tr::tr("Release notes not fetched yet."));
    updatePlan();
}

ReleasesPanel::~ReleasesPanel() = default;

void ReleasesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fetchedOnce && !m_feed->isLoading())
        refresh();
}

void ReleasesPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Markdown is laid out with the palette's colours of the moment (links): lay it out again.
    if (event->type() == QEvent::PaletteChange) {
        showCurrentNotes();
        if (m_plan)
            m_planView->setMarkdown(Releases::Planner::toMarkdown(*m_plan));
    }
}

void ReleasesPanel::refresh()
{
    m_fetchedOnce = true;
    m_feed->load();
}

void ReleasesPanel::cancel()
{
    m_feed->cancel();
}

void ReleasesPanel::onStarted(int sources)
{
    m_busy->show();
    m_cancelButton->show();
    m_refreshButton->setEnabled(false);
    m_status->setText(
        sources > 0
            ? Widgets::Tr::tr("Fetching release notes from GitHub (0 of %1 done)…").arg(sources)
            : Widgets::Tr::tr("Reading release notes…"));
}

void ReleasesPanel::onLoaded(const ReleaseFeed::Outcome &outcome)
{
    m_fetchedOnce = true;
    m_busy->hide();
    m_cancelButton->hide();
    m_refreshButton->setEnabled(true);

    std::optional<Version> selected;
    if (const QModelIndex current = m_list->currentIndex(); current.isValid())
        selected = m_model->release(m_filter->mapToSource(current).row()).version;
    const QString target = m_toCombo->currentData().toString();

    m_model->setReleases(outcome.releases);

    QStringList sources;
    for (const ReleaseFeed::SourceStatus &s : outcome.sources)
        sources.append(sourceText(s));
    m_status->setText(Widgets::Tr::tr("Releases: %1 · %2")
                          .arg(outcome.releases.size())
                          .arg(sources.join(u" · "_s)));

    QStringList messages;
    for (const Error &e : outcome.errors)
        messages.append(e.message);
    // A repository the CHANGELOG stands in for: said, not only in the status line.
    for (const ReleaseFeed::SourceStatus &s : outcome.sources) {
        if (s.origin == ReleaseFeed::Origin::Changelog && !s.standsInFor.isEmpty()) {
            messages.append(
                Widgets::Tr::tr(
                    "No release list and no saved copy for %1: its releases come from "
                    "%2 instead, which lacks the upgrade notes of GitHub's releases and "
                    "the patch releases made only on stable branches.")
                    .arg(s.standsInFor.join(u", "_s),
                         s.name.startsWith(u":/"_s) ? Widgets::Tr::tr("the bundled CHANGELOG.md")
                                                    : s.name));
        }
    }
    if (messages.isEmpty()) {
        m_message->hide();
    } else {
        m_message->showMessage(messages.join(u'\n'),
                               outcome.releases.isEmpty() ? MessageWidget::Type::Error
                                                          : MessageWidget::Type::Warning);
    }

    if (!selected || !selectRelease(*selected)) {
        if (m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
        else
            showCurrentNotes();
    }
    updateTargets();
    if (const auto v = Version::parse(target))
        setTarget(*v);
    emit releasesLoaded();
}

bool ReleasesPanel::selectRelease(const Version &version)
{
    const int row = m_model->rowOf(version);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void ReleasesPanel::showCurrentNotes()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_notes->clear();
        return;
    }
    const Release &r = m_model->release(m_filter->mapToSource(current).row());
    const QString title = r.version.isHometown()
                              ? Widgets::Tr::tr("Hometown %1").arg(r.version.toString())
                              : Widgets::Tr::tr("Mastodon %1").arg(r.version.toString());
    QString header = u"# "_s + title + u"\n\n"_s;
    if (r.date.isValid())
        header += u"*"_s
                  + Widgets::Tr::tr("Released %1 · %2")
                        .arg(QLocale().toString(r.date, QLocale::LongFormat), r.source)
                  + u"*\n\n"_s;
    m_notes->setMarkdown(header + r.notes);
}

void ReleasesPanel::setRunningVersion(const QString &server,
                                      const Version &version,
                                      const QString &source,
                                      bool makeCurrent)
{
    m_running.insert(server, {version, source});
    const QString label = Widgets::Tr::tr("%1 (%2)").arg(server, version.toString());
    int index = m_serverCombo->findData(server);
    if (index < 0) {
        m_serverCombo->addItem(label, server);
        index = m_serverCombo->count() - 1;
    } else {
        m_serverCombo->setItemText(index, label);
    }
    if (!makeCurrent)
        return;
    m_serverCombo->setCurrentIndex(index);
    m_fromEdit->setText(version.toString());
    m_fromSource->setText(
        Widgets::Tr::tr("%1 runs %2 (from %3)").arg(server, version.toString(), source));
}

void ReleasesPanel::updateTargets()
{
    const QString previous = m_toCombo->currentData().toString();
    const auto from = Version::parse(m_fromEdit->text().trimmed());
    QSignalBlocker blocker(m_toCombo);
    m_toCombo->clear();
    if (from) {
        const QList<Release> &releases = m_model->releases();
        if (const auto patch = Releases::Planner::recommendedTarget(releases, *from, false);
            patch && *from < *patch) {
            m_toCombo->addItem(Widgets::Tr::tr("%1 (latest patch of %2.%3)")
                                   .arg(patch->toString())
                                   .arg(from->major)
                                   .arg(from->minor),
                               patch->toString());
        }
        if (const auto next = Releases::Planner::recommendedTarget(releases, *from, true))
            m_toCombo->addItem(Widgets::Tr::tr("%1 (next line)").arg(next->toString()),
                               next->toString());
        if (m_toCombo->count() > 0)
            m_toCombo->insertSeparator(m_toCombo->count());
        for (const Release &r : releases) {
            if (!(*from < r.version) || r.version.isHometown() != from->isHometown())
                continue;
            if (r.isPrerelease() && !m_prereleases->isChecked())
                continue;
            m_toCombo->addItem(r.version.toString(), r.version.toString());
        }
    }
    const int keep = previous.isEmpty() ? -1 : m_toCombo->findData(previous);
    m_toCombo->setCurrentIndex(keep >= 0 ? keep : (m_toCombo->count() > 0 ? 0 : -1));
    blocker.unblock();
    updatePlan();
}

bool ReleasesPanel::setTarget(const Version &version)
{
    const int index = m_toCombo->findData(version.toString());
    if (index < 0)
        return false;
    m_toCombo->setCurrentIndex(index);
    return true;
}

void ReleasesPanel::showPlanTab()
{
    m_tabs->setCurrentIndex(1);
}

void ReleasesPanel::updatePlan()
{
    m_plan.reset();
    const QString fromText = m_fromEdit->text().trimmed();
    const auto from = Version::parse(fromText);
    const auto to = Version::parse(m_toCombo->currentData().toString());
    QString message;
    if (fromText.isEmpty())
        message = Widgets::Tr::tr("Type the version a server runs to plan its upgrade.");
    else if (!from)
        message = Widgets::Tr::tr("“%1” is not a Mastodon or Hometown version.").arg(fromText);
    else if (m_model->rowCount() == 0)
        message = Widgets::Tr::tr("No release notes yet.");
    else if (!to)
        message = Widgets::Tr::tr("The notes hold no release newer than %1.").arg(from->toString());
    if (message.isEmpty()) {
        Releases::Planner::Options options;
        options.includePrereleases = m_prereleases->isChecked();
        auto plan = Releases::Planner::plan(m_model->releases(), *from, *to, options);
        if (plan)
            m_plan = plan.value();
        else
            message = plan.error().message;
    }
    if (m_plan)
        m_planView->setMarkdown(Releases::Planner::toMarkdown(*m_plan));
    else
        m_planView->setPlainText(message);
    m_exportButton->setEnabled(m_plan.has_value());
    m_copyButton->setEnabled(m_plan.has_value());
    m_runButton->setEnabled(m_plan.has_value());
    emit planChanged();
}

QString ReleasesPanel::planMarkdown() const
{
    return m_plan ? Releases::Planner::toMarkdown(*m_plan) : QString();
}

void ReleasesPanel::requestUpgradeRun()
{
    if (m_plan)
        emit upgradeRunRequested(m_serverCombo->currentData().toString(),
                                 Runbook::upgradeParameters(*m_plan));
}

void ReleasesPanel::copyPlan()
{
    if (m_plan)
        QApplication::clipboard()->setText(planMarkdown());
}

void ReleasesPanel::exportPlan()
{
    if (!m_plan)
        return;
    // Window-modal and asynchronous: the rest of the application keeps running while it is open.
    auto *dialog = new QFileDialog(this, Widgets::Tr::tr("Export plan as Markdown"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setNameFilter(Widgets::Tr::tr("Markdown (*.md)"));
    dialog->setDefaultSuffix(u"md"_s);
    dialog->selectFile(
        u"upgrade-plan-%1-to-%2.md"_s.arg(m_plan->from.toString(), m_plan->to.toString()));
    connect(dialog, &QFileDialog::fileSelected, this, &ReleasesPanel::exportPlanTo);
    dialog->open();
}

void ReleasesPanel::exportPlanTo(const QString &path)
{
    if (!m_plan || path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(planMarkdown().toUtf8()) < 0
        || !file.commit()) {
        m_message
            ->showMessage(Widgets::Tr::tr("Could not write %1: %2").arg(path, file.errorString()),
                          MessageWidget::Type::Error);
        return;
    }
    m_message->showMessage(Widgets::Tr::tr("Plan written to %1.").arg(path),
                           MessageWidget::Type::Positive);
    emit planExported(path);
}

} // namespace Steward
