// SPDX-License-Identifier: GPL-3.0-or-later
// ComposeHunkModel over real reports (with and without a deployed copy), checked with
// QAbstractItemModelTester: the columns, the Apply check boxes and what they change.
#include "models/compose/composehunkmodel.h"
#include "models/compose/hunkstatus.h"
#include "tests/unit/compose/composefixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Compose;

namespace {

Report reportOf(const QString &from, const QString &to, const QString &deployed = {})
{
    const auto report = Report::compute(Fixtures::document(from),
                                        Fixtures::document(to),
                                        deployed.isEmpty()
                                            ? std::nullopt
                                            : std::optional(Fixtures::document(deployed)));
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    return *report;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, column).data(role).toString());
    return out;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    return p;
}

} // namespace

class TestComposeHunkModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutDeployedCopy();
    void insertionsNumberedLikeGit();
    void threeWayStatusesAndApply();
    void paletteChangesColoursOnly();
};

void TestComposeHunkModel::withoutDeployedCopy()
{
    ComposeHunkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(reportOf(u"v4.1.9"_s, u"v4.2.0"_s));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(column(model, ComposeHunkModel::StatusColumn), QStringList(3, u"no deployed copy"_s));
    QCOMPARE(column(model, ComposeHunkModel::ChangeColumn),
             QStringList(3, u"image: ghcr.io/mastodon/mastodon:v4.2.0"_s));
    // Nothing to apply: no check box, and setting one is refused.
    const QModelIndex apply = model.index(0, ComposeHunkModel::ApplyColumn);
    QVERIFY(!apply.data(Qt::CheckStateRole).isValid());
    QVERIFY(!(model.flags(apply) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(apply, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.accepted().isEmpty());
    QCOMPARE(apply.data(ComposeHunkModel::StatusRole).toInt(), -1);
    QCOMPARE(model.headerData(ComposeHunkModel::LinesColumn, Qt::Horizontal).toString(),
             u"Upstream lines"_s);
}

void TestComposeHunkModel::insertionsNumberedLikeGit()
{
    // git's headers for v3.5.3 -> v4.0.2: "-18 +18", ..., "-34,0 +41", "-43,0 +51,5".
    ComposeHunkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(reportOf(u"v3.5.3"_s, u"v4.0.2"_s, u"v3.5.3"_s));
    QCOMPARE(column(model, ComposeHunkModel::LinesColumn),
             (QStringList{
                 u"18-18"_s, u"28-28"_s, u"30-30"_s, u"33-33"_s, u"after 34"_s, u"after 43"_s}));
    QVERIFY(model.index(4, ComposeHunkModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"added after line 34"_s));
    QCOMPARE(model.index(4, 0).data(ComposeHunkModel::OldStartRole).toInt(), 34);
    QCOMPARE(model.index(4, 0).data(ComposeHunkModel::OldCountRole).toInt(), 0);
    // DEPLOYED = OLD: every change is missing, and applied by default.
    QCOMPARE(model.accepted(), QList<bool>(6, true));
}

void TestComposeHunkModel::threeWayStatusesAndApply()
{
    const Report report = reportOf(u"v4.2.10"_s, u"v4.3.0"_s, u"deployed-v4.2.10-local"_s);
    ComposeHunkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report);
    QCOMPARE(model.rowCount(), 9);
    const QStringList statuses = column(model, ComposeHunkModel::StatusColumn);
    QCOMPARE(statuses.at(2), u"conflicts with a local change"_s);
    QCOMPARE(statuses.at(7), u"already has it"_s);
    QCOMPARE(statuses.count(u"lacks it"_s), 7);
    QCOMPARE(model.index(2, 0).data(ComposeHunkModel::StatusRole).toInt(),
             int(HunkStatus::Conflict));
    // The colour and the tooltip beside the words.
    const QPalette light;
    model.setPalette(light);
    QCOMPARE(model.index(2, ComposeHunkModel::StatusColumn).data(Qt::DecorationRole).value<QColor>(),
             hunkStatusColor(HunkStatus::Conflict, light));
    QVERIFY(model.index(2, ComposeHunkModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"conflicts with a local change"_s));

    // The defaults: missing ones applied, the conflict and the present one not; the present one has
    // nothing to apply.
    QCOMPARE(model.accepted(), report.threeWay->defaultAcceptance());
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(model.flags(model.index(2, 0)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(7, 0)) & Qt::ItemIsUserCheckable));
    QVERIFY(!(model.flags(model.index(7, 0)) & Qt::ItemIsEnabled));
    QVERIFY(!model.setData(model.index(7, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!model.setData(model.index(2, 1), Qt::Checked, Qt::CheckStateRole));

    // Accepting the conflict: one cell changed, with its role, and the acceptance says so.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy accepted(&model, &ComposeHunkModel::acceptedChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(2, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2, 0));
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{Qt::CheckStateRole});
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QVERIFY(model.accepted().at(2));
    QVERIFY(report.mergedPatch(model.accepted())
                .contains(u"+    command: bundle exec puma -C config/puma.rb"_s));
    // The same value again changes nothing.
    QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(accepted.size(), 1);
    // Skipping the first change: the patch no longer removes "version".
    model.setAccepted(0, false);
    QCOMPARE(accepted.size(), 2);
    QVERIFY(!report.mergedPatch(model.accepted()).contains(u"-version: '3'"_s));

    // A new report starts from its defaults again.
    model.setReport(report);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.accepted(), report.threeWay->defaultAcceptance());
}

void TestComposeHunkModel::paletteChangesColoursOnly()
{
    ComposeHunkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(reportOf(u"v4.2.10"_s, u"v4.3.0"_s, u"deployed-v4.2.10-local"_s));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QPalette dark = darkPalette();
    model.setPalette(dark);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, ComposeHunkModel::StatusColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(8, ComposeHunkModel::StatusColumn));
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{Qt::DecorationRole});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(2, ComposeHunkModel::StatusColumn).data(Qt::DecorationRole).value<QColor>(),
             hunkStatusColor(HunkStatus::Conflict, dark));
    QVERIFY(hunkStatusColor(HunkStatus::Conflict, dark)
            != hunkStatusColor(HunkStatus::Conflict, QPalette()));
    model.setPalette(dark); // the same: nothing to say
    QCOMPARE(changed.size(), 1);
}

QTEST_MAIN(TestComposeHunkModel)
#include "tst_composehunkmodel.moc"
