// SPDX-License-Identifier: GPL-3.0-or-later
// LogFilter: isEmpty() is true only for a filter that keeps every line (keepUnleveled off is a filter), and
// scanLines agrees with it.
#include "core/logs/linestore.h"
#include "core/logs/logfilter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward::Logs;

class TestLogFilter : public QObject
{
    Q_OBJECT

private slots:
    void isEmpty()
    {
        LogFilter f;
        QVERIFY(f.isEmpty());
        f.keepUnleveled = false;
        QVERIFY(!f.isEmpty()); // drops the lines without a level
        f.keepUnleveled = true;
        f.maxPriority = Warning;
        QVERIFY(!f.isEmpty());
        f.maxPriority = Debug;
        f.fromUs = 1;
        QVERIFY(!f.isEmpty());
    }

    void scanAgreesWithIsEmpty()
    {
        LineStore store;
        const char *texts[] = {"leveled", "no level", "error"};
        const qint8 levels[] = {Info, NoPriority, ErrorLevel};
        for (int i = 0; i < 3; ++i) {
            ParsedLine p;
            p.text = texts[i];
            p.timeUs = 1000 + i;
            p.priority = levels[i];
            store.append(p);
        }
        LogFilter f;
        f.keepUnleveled = false;
        std::vector<quint32> out;
        QVERIFY(scanLines(store, 0, store.size(), f, nullptr, out));
        QCOMPARE(out, (std::vector<quint32>{0, 2}));
        QCOMPARE(f.isEmpty(), out.size() == size_t(store.size()));
    }
};

QTEST_GUILESS_MAIN(TestLogFilter)
#include "tst_logfilter.moc"
