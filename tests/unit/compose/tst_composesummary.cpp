// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/composesummary.h"
#include "tests/unit/compose/composefixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Compose;

namespace {

// "service: field: description" lines, one per field change (checked by hand against diff -u).
QStringList flatten(const Summary &summary)
{
    QStringList out;
    for (const ServiceChange &s : summary.services) {
        out.append(s.name + u" "_s + serviceChangeKindKey(s.kind));
        if (s.kind != ServiceChange::Kind::Modified)
            continue;
        for (const FieldChange &f : s.fields)
            out.append(s.name + u": "_s + f.description);
    }
    for (const FieldChange &f : summary.topLevel)
        out.append(u"top: "_s + f.description);
    return out;
}

} // namespace

class TestComposeSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realPairs_data();
    void realPairs();
    void lineNumbersPointAtKeys();
    void listsAndServices();
};

void TestComposeSummary::realPairs_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");

    // The files are byte-identical upstream.
    QTest::newRow("v3.1.2->v3.1.3") << u"v3.1.2"_s << u"v3.1.3"_s << QStringList{};

    QTest::newRow("v4.1.9->v4.2.0")
        << u"v4.1.9"_s << u"v4.2.0"_s
        << QStringList{u"web modified"_s,
                       u"web: image ghcr.io/mastodon/mastodon: tag v4.1.9 → v4.2.0"_s,
                       u"streaming modified"_s,
                       u"streaming: image ghcr.io/mastodon/mastodon: tag v4.1.9 → v4.2.0"_s,
                       u"sidekiq modified"_s,
                       u"sidekiq: image ghcr.io/mastodon/mastodon: tag v4.1.9 → v4.2.0"_s};

    QTest::newRow("v4.2.10->v4.3.0")
        << u"v4.2.10"_s << u"v4.3.0"_s
        << QStringList{
               u"web modified"_s,
               u"web: image ghcr.io/mastodon/mastodon: tag v4.2.10 → v4.3.0"_s,
               u"web: command: bash -c \"rm -f /mastodon/tmp/pids/server.pid; bundle exec rails s -p 3000\" → bundle exec puma -C config/puma.rb"_s,
               u"web: healthcheck: {test: [CMD-SHELL, wget -q --spider --proxy=off localhost:3000/health || exit 1]} → {test: [CMD-SHELL, curl -s --noproxy localhost localhost:3000/health | grep -q 'OK' || exit 1]}"_s,
               u"web: build removed (was .)"_s,
               u"streaming modified"_s,
               u"streaming: image ghcr.io/mastodon/mastodon:v4.2.10 → ghcr.io/mastodon/mastodon-streaming:v4.3.0"_s,
               u"streaming: command: node ./streaming → node ./streaming/index.js"_s,
               u"streaming: healthcheck: {test: [CMD-SHELL, wget -q --spider --proxy=off localhost:4000/api/v1/streaming/health || exit 1]} → {test: [CMD-SHELL, curl -s --noproxy localhost localhost:4000/api/v1/streaming/health | grep -q 'OK' || exit 1]}"_s,
               u"streaming: build removed (was .)"_s,
               u"sidekiq modified"_s,
               u"sidekiq: image ghcr.io/mastodon/mastodon: tag v4.2.10 → v4.3.0"_s,
               u"top: version removed (was 3)"_s};

    QTest::newRow("v4.3.0->v4.7.0")
        << u"v4.3.0"_s << u"v4.7.0"_s
        << QStringList{
               u"web modified"_s,
               u"web: image ghcr.io/mastodon/mastodon: tag v4.3.0 → v4.7.0"_s,
               u"streaming modified"_s,
               u"streaming: image ghcr.io/mastodon/mastodon-streaming: tag v4.3.0 → v4.7.0"_s,
               u"sidekiq modified"_s,
               u"sidekiq: image ghcr.io/mastodon/mastodon: tag v4.3.0 → v4.7.0"_s,
               u"sidekiq: healthcheck: {test: [CMD-SHELL, \"ps aux | grep '[s]idekiq 6' || false\"]} → {test: [CMD-SHELL, \"ps aux | grep '[s]idekiq 8' || false\"]}"_s,
               u"sidekiq: build removed (was .)"_s};
}

void TestComposeSummary::realPairs()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);
    const auto summary = summarize(Fixtures::document(from), Fixtures::document(to));
    QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
    const QStringList got = flatten(*summary);
    if (got != expected)
        qWarning().noquote() << got.join(u'\n');
    QCOMPARE(got, expected);
    QCOMPARE(summary->isEmpty(), expected.isEmpty());
}

void TestComposeSummary::lineNumbersPointAtKeys()
{
    const auto summary = summarize(Fixtures::document(u"v4.1.9"_s), Fixtures::document(u"v4.2.0"_s));
    QVERIFY(summary.ok());
    // diff(1): 59c59, 80c80, 98c98 are the three image lines.
    QCOMPARE(summary->services[0].fields[0].oldLine, 59);
    QCOMPARE(summary->services[0].fields[0].newLine, 59);
    QCOMPARE(summary->services[1].fields[0].newLine, 80);
    QCOMPARE(summary->services[2].fields[0].newLine, 98);
    QCOMPARE(summary->services[0].newLine, 57);
}

void TestComposeSummary::listsAndServices()
{
    const auto a = Document::fromBytes("services:\n"
                                       "  web:\n"
                                       "    image: x:1\n"
                                       "    environment:\n"
                                       "      A: '1'\n"
                                       "      B: '2'\n"
                                       "    ports: ['80:80']\n"
                                       "    networks: [front]\n"
                                       "    depends_on: [db]\n"
                                       "    volumes: ['./a:/a']\n"
                                       "  old:\n"
                                       "    image: y\n"_ba,
                                       u"a"_s);
    const auto b = Document::fromBytes("services:\n"
                                       "  web:\n"
                                       "    image: registry/x:1\n"
                                       "    environment:\n"
                                       "      A: '1'\n"
                                       "      B: '3'\n"
                                       "    ports: ['80:80', '443:443']\n"
                                       "    networks: [front, back]\n"
                                       "    depends_on: [db, redis]\n"
                                       "    volumes: []\n"
                                       "  new:\n"
                                       "    image: z\n"
                                       "volumes:\n"
                                       "  data:\n"_ba,
                                       u"b"_s);
    const auto summary = summarize(*a, *b);
    QVERIFY(summary.ok());
    const QStringList got = flatten(*summary);
    QCOMPARE(got,
             (QStringList{u"web modified"_s,
                          u"web: image x:1 → registry/x:1"_s,
                          u"web: environment: + B=3, - B=2"_s,
                          u"web: ports: + 443:443"_s,
                          u"web: networks: + back"_s,
                          u"web: depends_on: + redis"_s,
                          u"web: volumes: - ./a:/a"_s,
                          u"new added"_s,
                          u"old removed"_s,
                          u"top: volumes added: {data: ~}"_s}));
    QCOMPARE(summary->services[0].fields[1].added, QStringList{u"B=3"_s});
    QCOMPARE(summary->services[0].fields[1].removed, QStringList{u"B=2"_s});
}

QTEST_GUILESS_MAIN(TestComposeSummary)
#include "tst_composesummary.moc"
