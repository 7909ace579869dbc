// SPDX-License-Identifier: GPL-3.0-or-later
// ServerListModel: the model contract (QAbstractItemModelTester) and the exact signals of each change.
#include "models/servers/serverlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;

namespace {
Server makeServer(const QString &name)
{
    Server s;
    s.name = name;
    s.host = name + u".example"_s;
    return s;
}
} // namespace

class TestServerListModel : public QObject
{
    Q_OBJECT

    ServerListModel *m_model = nullptr;

private Q_SLOTS:
    void init()
    {
        m_model = new ServerListModel(this);
        new QAbstractItemModelTester(m_model,
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_model);
        m_model->setServers({makeServer(u"a"_s), makeServer(u"b"_s), makeServer(u"c"_s)});
    }
    void cleanup() { delete m_model; }

    void showsColumns()
    {
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(ServerListModel::ColumnCount));
        QCOMPARE(m_model->data(m_model->index(1, ServerListModel::HostColumn)).toString(),
                 u"b.example"_s);
        QCOMPARE(m_model->data(m_model->index(1, ServerListModel::PortColumn)).toInt(), 22);
        QCOMPARE(m_model->data(m_model->index(1, ServerListModel::RoleColumn)).toString(),
                 u"Primary"_s);
        QCOMPARE(m_model
                     ->data(m_model->index(1, ServerListModel::RoleColumn),
                            ServerListModel::RoleKeyRole)
                     .toString(),
                 u"primary"_s);
        QCOMPARE(m_model->headerData(ServerListModel::ComposeDirColumn, Qt::Horizontal).toString(),
                 u"Compose directory"_s);
        const auto server = m_model->data(m_model->index(2, 0), ServerListModel::ServerRole)
                                .value<Server>();
        QCOMPARE(server.name, u"c"_s);
    }

    void setDataChangesOneCell()
    {
        QSignalSpy changed(m_model, &ServerListModel::dataChanged);
        QSignalSpy saved(m_model, &ServerListModel::inventoryChanged);
        QVERIFY(m_model->setData(m_model->index(0, ServerListModel::PortColumn), 2222));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(),
                 m_model->index(0, ServerListModel::PortColumn));
        QCOMPARE(changed.first().at(1).toModelIndex(),
                 m_model->index(0, ServerListModel::PortColumn));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(m_model->server(0).port, 2222);
    }

    void setDataRefusesInvalid()
    {
        QSignalSpy saved(m_model, &ServerListModel::inventoryChanged);
        QVERIFY(!m_model->setData(m_model->index(0, ServerListModel::PortColumn), 0));
        QVERIFY(!m_model->setData(m_model->index(0, ServerListModel::NameColumn), u"b"_s)); // taken
        QVERIFY(!m_model->setData(m_model->index(0, ServerListModel::RoleColumn), u"boss"_s));
        QVERIFY(
            !m_model->setData(m_model->index(0, ServerListModel::ComposeDirColumn), u"relative"_s));
        QVERIFY(m_model->setData(m_model->index(0, ServerListModel::RoleColumn), u"staging"_s));
        QCOMPARE(m_model->server(0).role, ServerRole::Staging);
        QCOMPARE(saved.size(), 1);
    }

    void addsAndRemoves()
    {
        QSignalSpy inserted(m_model, &ServerListModel::rowsInserted);
        QSignalSpy removed(m_model, &ServerListModel::rowsRemoved);
        QSignalSpy reset(m_model, &ServerListModel::modelReset);
        QCOMPARE(m_model->addServer(makeServer(u"d"_s), 1), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(m_model->server(1).name, u"d"_s);
        QVERIFY(m_model->removeRows(0, 2));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->server(0).name, u"b"_s);
        QCOMPARE(reset.size(), 0); // never a reset for a small change
    }

    void movesRows_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("destination");
        QTest::addColumn<QString>("order");
        QTest::newRow("first down one") << 0 << 2 << u"bac"_s;
        QTest::newRow("first to end") << 0 << 3 << u"bca"_s;
        QTest::newRow("last up one") << 2 << 1 << u"acb"_s;
        QTest::newRow("last to top") << 2 << 0 << u"cab"_s;
    }
    void movesRows()
    {
        QFETCH(int, source);
        QFETCH(int, destination);
        QFETCH(QString, order);
        QSignalSpy moved(m_model, &ServerListModel::rowsMoved);
        QVERIFY(m_model->moveRows({}, source, 1, {}, destination));
        QCOMPARE(moved.size(), 1);
        QString names;
        for (const Server &s : m_model->servers())
            names += s.name;
        QCOMPARE(names, order);
    }

    void refusesNoOpMoves()
    {
        QVERIFY(!m_model->moveRows({}, 1, 1, {}, 1));
        QVERIFY(!m_model->moveRows({}, 1, 1, {}, 2));
        QVERIFY(!m_model->moveRows({}, 0, 1, {}, 4));
    }

    void readOnlyRefusesEverything()
    {
        m_model->setReadOnly(true);
        QSignalSpy saved(m_model, &ServerListModel::inventoryChanged);
        QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!m_model->setData(m_model->index(0, ServerListModel::UserColumn), u"x"_s));
        QCOMPARE(m_model->addServer(makeServer(u"z"_s)), -1);
        QVERIFY(!m_model->removeRows(0, 1));
        QVERIFY(!m_model->moveRows({}, 0, 1, {}, 2));
        QCOMPARE(saved.size(), 0);
        QCOMPARE(m_model->rowCount(), 3);
    }

    void uniqueNames()
    {
        QCOMPARE(m_model->names(), QStringList({u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(m_model->uniqueName(u"x"_s), u"x"_s);
        QCOMPARE(m_model->uniqueName(u"a"_s), u"a (2)"_s);
        m_model->addServer(makeServer(u"a (2)"_s));
        QCOMPARE(m_model->uniqueName(u"a"_s), u"a (3)"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerListModel)
#include "tst_serverlistmodel.moc"
