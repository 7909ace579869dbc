// SPDX-License-Identifier: GPL-3.0-or-later
// ComposeSummaryModel over the summaries of real fixture pairs, checked with QAbstractItemModelTester.
#include "models/compose/composesummarymodel.h"
#include "tests/unit/compose/composefixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Compose;

namespace {

Summary summaryOf(const QString &from, const QString &to)
{
    const auto summary = summarize(Fixtures::document(from), Fixtures::document(to));
    if (!summary)
        qFatal("%s", qPrintable(summary.error().toString()));
    return *summary;
}

// "service | setting | change" per row.
QStringList rows(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(row, column).data().toString());
        out.append(cells.join(u" | "_s));
    }
    return out;
}

} // namespace

class TestComposeSummaryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsOfARealPair();
    void servicesAddedRemovedAndTopLevel();
    void resetOnNewSummary();
};

void TestComposeSummaryModel::rowsOfARealPair()
{
    ComposeSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummary(summaryOf(u"v4.1.9"_s, u"v4.2.0"_s));
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(
        rows(model),
        (QStringList{u"web | image | image ghcr.io/mastodon/mastodon: tag v4.1.9 → v4.2.0"_s,
                     u"streaming | image | image ghcr.io/mastodon/mastodon: tag v4.1.9 → v4.2.0"_s,
                     u"sidekiq | image | image ghcr.io/mastodon/mastodon: tag v4.1.9 → v4.2.0"_s}));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Service"_s);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Change"_s);
    // Where each key is, 0-based: sidekiq's image on line 98 of both files.
    const QModelIndex sidekiq = model.index(2, 0);
    QCOMPARE(sidekiq.data(ComposeSummaryModel::ServiceRole).toString(), u"sidekiq"_s);
    QCOMPARE(sidekiq.data(ComposeSummaryModel::FieldRole).toString(), u"image"_s);
    QCOMPARE(sidekiq.data(ComposeSummaryModel::NewLineRole).toInt(), 97);
    QCOMPARE(Fixtures::document(u"v4.2.0"_s).lines.at(97).trimmed(),
             u"image: ghcr.io/mastodon/mastodon:v4.2.0"_s);
    QCOMPARE(model.index(0, 2).data(Qt::ToolTipRole).toString(),
             model.index(0, 2).data().toString());
    QCOMPARE(model.roleNames().value(ComposeSummaryModel::OldLineRole), "oldLine");
}

void TestComposeSummaryModel::servicesAddedRemovedAndTopLevel()
{
    Summary summary;
    ServiceChange added;
    added.name = u"search"_s;
    added.kind = ServiceChange::Kind::Added;
    added.newLine = 40;
    added.fields.append(
        FieldChange{u"image"_s, {}, u"es:8"_s, {}, {}, u"image added: es:8"_s, 0, 41});
    ServiceChange removed;
    removed.name = u"old"_s;
    removed.kind = ServiceChange::Kind::Removed;
    removed.oldLine = 12;
    summary.services = {added, removed};
    summary.topLevel.append(
        FieldChange{u"version"_s, u"3"_s, {}, {}, {}, u"version removed (was 3)"_s, 1, 0});
    ComposeSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummary(summary);
    // An added or removed service is one row, whatever it holds.
    QCOMPARE(rows(model),
             (QStringList{u"search | added | service added"_s,
                          u"old | removed | service removed"_s,
                          u"(top level) | version | version removed (was 3)"_s}));
    QCOMPARE(model.index(0, 0).data(ComposeSummaryModel::NewLineRole).toInt(), 39);
    QCOMPARE(model.index(0, 0).data(ComposeSummaryModel::OldLineRole).toInt(), -1);
    QCOMPARE(model.index(1, 1).data(ComposeSummaryModel::OldLineRole).toInt(), 11);
    QCOMPARE(model.index(1, 1).data(ComposeSummaryModel::NewLineRole).toInt(), -1);
    QVERIFY(model.index(2, 0).data(ComposeSummaryModel::ServiceRole).toString().isEmpty());
}

void TestComposeSummaryModel::resetOnNewSummary()
{
    ComposeSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setSummary(summaryOf(u"v4.2.10"_s, u"v4.3.0"_s));
    const int before = model.rowCount();
    QVERIFY(before > 5);
    model.setSummary(summaryOf(u"v3.1.2"_s, u"v3.1.3"_s)); // byte-identical upstream
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(aboutToReset.size(), 2);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(inserted.size(), 0);
}

QTEST_MAIN(TestComposeSummaryModel)
#include "tst_composesummarymodel.moc"
