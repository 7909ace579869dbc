// SPDX-License-Identifier: GPL-3.0-or-later
// The Backups panel's models under QAbstractItemModelTester: the catalogue (newest first, a new listing
// applied by key without a reset, the suspicious flag), the drill history and a drill's proof.
#include "models/backups/backupcataloguemodel.h"
#include "models/backups/drillhistorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Backups;

namespace {

Catalogue catalogueOf(const QList<qint64> &sizes)
{
    QList<S3Object> objects;
    for (qsizetype i = 0; i < sizes.size(); ++i)
        objects.append(
            {u"mastodon_production-2025-11-%1T031500Z.dump.gz"_s.arg(i + 1, 2, 10, QChar(u'0')),
             sizes.at(i),
             QDateTime(QDate(2025, 11, int(i) + 1), QTime(3, 16), QTimeZone::UTC),
             {}});
    BackupSettings s;
    s.bucket = u"b"_s;
    return Catalogue::build(u"lab"_s, s, objects);
}

} // namespace

class TestBackupModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue()
    {
        BackupCatalogueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setCatalogue(catalogueOf({100, 100, 100}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, BackupCatalogueModel::Name)).toString(),
                 u"mastodon_production-2025-11-03T031500Z.dump.gz"_s); // newest first
        // The next night's backup, truncated: one row inserted on top, flagged; no reset.
        model.setCatalogue(catalogueOf({100, 100, 100, 40}));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 4);
        QVERIFY(model.data(model.index(0, 0), BackupCatalogueModel::SuspiciousRole).toBool());
        QVERIFY(
            model.data(model.index(0, BackupCatalogueModel::Size)).toString().contains(u"40 %"_s));
        QVERIFY(!model.data(model.index(1, 0), BackupCatalogueModel::SuspiciousRole).toBool());
        QCOMPARE(model.data(model.index(0, 0), BackupCatalogueModel::SizeRole).toLongLong(),
                 qint64(40));
        // The oldest expired from the bucket: one row removed.
        Catalogue c = catalogueOf({100, 100, 100, 40});
        c.entries.removeFirst();
        model.setCatalogue(c);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.headerData(BackupCatalogueModel::Size, Qt::Horizontal).toString(), u"Size"_s);
    }

    void history()
    {
        DrillHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        DrillResult a;
        a.server = u"lab"_s;
        a.drillHost = u"lab"_s;
        a.startedAt = QDateTime(QDate(2025, 11, 2), QTime(10, 0), QTimeZone::UTC);
        a.outcome = DrillResult::Outcome::Passed;
        a.totalMs = 12300;
        DrillResult b = a;
        b.startedAt = a.startedAt.addDays(1);
        b.outcome = DrillResult::Outcome::Failed;
        b.failedStage = u"download"_s;
        model.setDrills({a});
        model.setDrills({b, a});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, DrillHistoryModel::Outcome)).toString(),
                 u"Failed (download)"_s);
        QCOMPARE(model.data(model.index(1, DrillHistoryModel::Total)).toString(), u"12.3 s"_s);
        QVERIFY(model.data(model.index(1, 0), DrillHistoryModel::PassedRole).toBool());
    }

    void proof()
    {
        DrillProofModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const DrillVerdict v = judgeDrill({{u"public.accounts"_s, 2000, true}},
                                          {{u"public.accounts"_s, 2000, false},
                                           {u"public.statuses"_s, 10, true}},
                                          {u"1"_s},
                                          {u"1"_s},
                                          {});
        model.setVerdict(v);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, DrillProofModel::Count)).toString(), u"estimated"_s);
        QCOMPARE(model.data(model.index(1, DrillProofModel::Restored)).toString(), u"missing"_s);
        QVERIFY(!model.data(model.index(1, 0), DrillProofModel::OkRole).toBool());
        model.setVerdict({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBackupModels)
#include "tst_backupmodels.moc"
