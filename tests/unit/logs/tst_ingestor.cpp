// SPDX-License-Identifier: GPL-3.0-or-later
// Ingestor, compose sources: lines of a container out of time order are all kept; after a restart (a
// resumed `docker compose logs --since`), the lines repeated from before it are dropped, per container, and
// only those.
#include "core/logs/ingestor.h"

#include <QMap>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward::Logs;

namespace {

QByteArray line(const char *container, int second, const char *text)
{
    return QByteArray(container) + "  | 2024-11-22T00:10:"
           + QByteArray::number(second).rightJustified(2, '0') + ".000000000Z " + text + "\n";
}

} // namespace

class TestIngestor : public QObject
{
    Q_OBJECT

    // Feeds the chunks to source 0 (a restart before each chunk after the first), then returns the lines
    // handed over, as "container text", each container's in order, containers by name.
    QStringList ingest(const QList<QByteArray> &chunks)
    {
        Ingestor ingestor;
        QMap<QString, QStringList> streams;
        connect(&ingestor, &Ingestor::batchReady, this, [&streams](const IngestBatchPtr &batch) {
            qsizetype at = 0;
            QStringList &lines = streams[QString::fromUtf8(batch->stream)];
            for (const LineBatch::Meta &m : batch->lines.lines) {
                lines.append(QString::fromUtf8(batch->stream) + u' '
                             + QString::fromUtf8(batch->lines.text.mid(at, m.length)));
                at += m.length;
            }
        });
        QSignalSpy drained(&ingestor, &Ingestor::drained);
        ingestor.addSource(0, SourceKind::Compose);
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            if (i > 0)
                ingestor.restart(0);
            ingestor.feed(0, chunks[i]);
        }
        ingestor.finish(0);
        [&] { QTRY_COMPARE(drained.count(), 1); }();
        QStringList lines;
        for (const QStringList &l : std::as_const(streams))
            lines += l;
        return lines;
    }

private slots:
    void outOfOrderLinesAreKept()
    {
        // stdout and stderr of a container interleave: a line may be older than the one before it.
        const QStringList lines = ingest(
            {line("web-1", 2, "second") + line("web-1", 1, "first, late")
             + line("web-1", 2, "second") + line("web-1", 3, "third")});
        QCOMPARE(lines,
                 QStringList({u"web-1 second"_s,
                              u"web-1 first, late"_s,
                              u"web-1 second"_s,
                              u"web-1 third"_s}));
    }

    void resumeDropsOnlyRepeats()
    {
        // Read up to web 0:05 and db 0:03; the resumed command starts --since 0:03 (the older of the two):
        // web's lines from 0:03 to 0:05 and db's at 0:03 come again.
        const QByteArray before = line("web-1", 3, "w3") + line("db-1", 3, "d3")
                                  + line("web-1", 5, "w5a") + line("web-1", 5, "w5b");
        const QByteArray after = line("web-1", 3, "w3") + line("db-1", 3, "d3")
                                 + line("web-1", 5, "w5a") + line("web-1", 5, "w5b")
                                 + line("web-1", 5, "w5c") + line("db-1", 4, "d4")
                                 + line("web-1", 6, "w6")
                                 + line("web-1", 4, "w4 late, after the resume point was passed");
        const QStringList lines = ingest({before, after});
        QCOMPARE(lines,
                 QStringList({u"db-1 d3"_s,
                              u"db-1 d4"_s,
                              u"web-1 w3"_s,
                              u"web-1 w5a"_s,
                              u"web-1 w5b"_s,
                              u"web-1 w5c"_s,
                              u"web-1 w6"_s,
                              u"web-1 w4 late, after the resume point was passed"_s}));
    }
};

QTEST_GUILESS_MAIN(TestIngestor)
#include "tst_ingestor.moc"
