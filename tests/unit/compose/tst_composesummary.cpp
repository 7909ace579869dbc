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
    void mergeKeysResolved();
    void environmentListAndMap();
    void portsShortAndLong();
    void dependsOnListAndMap();
    void imageDigests();
    void moreListSettings();
};

void TestComposeSummary::realPairs_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");

    // The files are byte-identical upstream.
    QTest::newRow("v3.1.2->v3.1.3") << u"v3.1.2"_s << u"v3.1.3"_s << QStringList{};

    // Checked by hand against diff -u: everything else is in comments.
    QTest::newRow("v3.5.3->v4.0.2")
        << u"v3.5.3"_s << u"v4.0.2"_s
        << QStringList{u"redis modified"_s, u"redis: image redis: tag 6-alpine → 7-alpine"_s};

    // Hometown 1.0.5+3.4.0 against the Mastodon files around it. Quoting ("CMD" vs 'CMD'), comments
    // and blank lines are not changes.
    QTest::newRow("v3.1.3->hometown")
        << u"v3.1.3"_s << u"hometown-v1.0.5+3.4.0"_s
        << QStringList{u"db modified"_s,
                       u"db: shm_size added: 256mb"_s,
                       u"redis modified"_s,
                       u"redis: image redis: tag 5.0-alpine → 6.0-alpine"_s};
    QTest::newRow("hometown->v3.5.3")
        << u"hometown-v1.0.5+3.4.0"_s << u"v3.5.3"_s
        << QStringList{
               u"db modified"_s,
               u"db: image postgres: tag 9.6-alpine → 14-alpine"_s,
               u"db: volumes: + ./postgres14:/var/lib/postgresql/data, - ./postgres:/var/lib/postgresql/data"_s,
               u"db: environment added: [POSTGRES_HOST_AUTH_METHOD=trust]"_s,
               u"redis modified"_s,
               u"redis: image redis: tag 6.0-alpine → 6-alpine"_s,
               u"sidekiq modified"_s,
               u"sidekiq: healthcheck added: {test: [CMD-SHELL, \"ps aux | grep '[s]idekiq 6' || false\"]}"_s};

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

namespace {

// The flattened summary of two small hand-written files.
QStringList summaryOf(const QByteArray &oldText, const QByteArray &newText)
{
    const auto a = Document::fromBytes(oldText, u"old.yml"_s);
    const auto b = Document::fromBytes(newText, u"new.yml"_s);
    if (!a || !b)
        return {u"unreadable"_s};
    const auto summary = summarize(*a, *b);
    if (!summary)
        return {summary.error().toString()};
    return flatten(*summary);
}

} // namespace

void TestComposeSummary::mergeKeysResolved()
{
    // yaml-cpp 0.8 keeps "<<" as a key; the summary resolves it first. A list of aliases: the first
    // mapping wins ("other" would set restart: "no"), and keys written in the service win over all.
    const QByteArray old = "x-defaults: &defaults\n"
                           "  restart: always\n"
                           "  environment:\n"
                           "    RAILS_ENV: production\n"
                           "x-logging: &logging\n"
                           "  logging:\n"
                           "    driver: json-file\n"
                           "x-other: &other\n"
                           "  restart: 'no'\n"
                           "  stop_grace_period: 1m\n"
                           "services:\n"
                           "  web:\n"
                           "    <<: [*defaults, *logging, *other]\n"
                           "    image: app:1\n"
                           "  sidekiq:\n"
                           "    <<: *defaults\n"
                           "    image: app:1\n";
    const QByteArray expanded = "x-defaults: &defaults\n"
                                "  restart: always\n"
                                "  environment:\n"
                                "    RAILS_ENV: production\n"
                                "x-logging: &logging\n"
                                "  logging:\n"
                                "    driver: json-file\n"
                                "x-other: &other\n"
                                "  restart: 'no'\n"
                                "  stop_grace_period: 1m\n"
                                "services:\n"
                                "  web:\n"
                                "    restart: always\n"
                                "    environment:\n"
                                "      - RAILS_ENV=production\n"
                                "    logging:\n"
                                "      driver: json-file\n"
                                "    stop_grace_period: 1m\n"
                                "    image: app:2\n"
                                "  sidekiq:\n"
                                "    <<: *defaults\n"
                                "    restart: unless-stopped\n"
                                "    image: app:1\n";
    QCOMPARE(summaryOf(old, expanded),
             (QStringList{u"web modified"_s,
                          u"web: image app: tag 1 → 2"_s,
                          u"sidekiq modified"_s,
                          u"sidekiq: restart: always → unless-stopped"_s}));
    // The same file both ways: nothing.
    QCOMPARE(summaryOf(old, old), QStringList{});
    // A merged value that changes is seen where it is used.
    QByteArray changed = old;
    changed.replace("RAILS_ENV: production", "RAILS_ENV: staging");
    QCOMPARE(
        summaryOf(old, changed),
        (QStringList{u"web modified"_s,
                     u"web: environment: + RAILS_ENV=staging, - RAILS_ENV=production"_s,
                     u"sidekiq modified"_s,
                     u"sidekiq: environment: + RAILS_ENV=staging, - RAILS_ENV=production"_s,
                     u"top: x-defaults: {restart: always, environment: {RAILS_ENV: production}} "
                     u"→ {restart: always, environment: {RAILS_ENV: staging}}"_s}));
}

void TestComposeSummary::environmentListAndMap()
{
    // "- FOO" and "FOO:" (null) both pass FOO from the shell; "- BAR=1" and "BAR: 1" are the same.
    const QByteArray list = "services:\n"
                            "  web:\n"
                            "    environment:\n"
                            "      - FOO\n"
                            "      - BAR=1\n";
    const QByteArray map = "services:\n"
                           "  web:\n"
                           "    environment:\n"
                           "      FOO:\n"
                           "      BAR: 1\n";
    QCOMPARE(summaryOf(list, map), QStringList{});
    QCOMPARE(summaryOf(map, list), QStringList{});
    // An empty value is not the same as none.
    QCOMPARE(summaryOf(list, "services:\n  web:\n    environment:\n      FOO: ''\n      BAR: 1\n"),
             (QStringList{u"web modified"_s, u"web: environment: + FOO=, - FOO"_s}));
    QCOMPARE(summaryOf(list, map + "      BAZ: two\n"),
             (QStringList{u"web modified"_s, u"web: environment: + BAZ=two"_s}));
}

void TestComposeSummary::portsShortAndLong()
{
    const QByteArray shortForm = "services:\n"
                                 "  web:\n"
                                 "    ports:\n"
                                 "      - '127.0.0.1:3000:3000'\n"
                                 "      - '4000:4000/udp'\n"
                                 "      - 9000\n"
                                 "      - '[::1]:8080:80'\n";
    const QByteArray longForm
        = "services:\n"
          "  web:\n"
          "    ports:\n"
          "      - target: 3000\n"
          "        published: '3000'\n"
          "        host_ip: 127.0.0.1\n"
          "        protocol: tcp\n"
          "      - {target: 4000, published: 4000, protocol: udp, mode: ingress}\n"
          "      - target: 9000\n"
          "      - {target: 80, published: 8080, host_ip: '::1'}\n";
    QCOMPARE(summaryOf(shortForm, longForm), QStringList{});
    QByteArray moved = longForm;
    moved.replace("published: '3000'", "published: '3001'");
    moved.replace("mode: ingress", "mode: host");
    QCOMPARE(summaryOf(shortForm, moved),
             (QStringList{u"web modified"_s,
                          u"web: ports: + 127.0.0.1:3001:3000, + 4000:4000/udp {mode: host}, "
                          u"- 127.0.0.1:3000:3000, - 4000:4000/udp"_s}));
}

void TestComposeSummary::dependsOnListAndMap()
{
    const QByteArray list = "services:\n"
                            "  web:\n"
                            "    depends_on:\n"
                            "      - db\n"
                            "      - redis\n";
    const QByteArray map = "services:\n"
                           "  web:\n"
                           "    depends_on:\n"
                           "      db:\n"
                           "        condition: service_started\n"
                           "      redis:\n"
                           "        condition: service_started\n"
                           "        required: true\n";
    QCOMPARE(summaryOf(list, map), QStringList{});
    QByteArray healthy = map;
    healthy.replace("      db:\n        condition: service_started",
                    "      db:\n        condition: service_healthy");
    QCOMPARE(summaryOf(list, healthy),
             (QStringList{u"web modified"_s,
                          u"web: depends_on: + db: {condition: service_healthy}, - db"_s}));
}

void TestComposeSummary::imageDigests()
{
    auto image = [](const QByteArray &value) {
        return QByteArray("services:\n  web:\n    image: " + value + "\n");
    };
    const QByteArray a = "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    const QByteArray b = "sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    QCOMPARE(summaryOf(image("redis@" + a), image("redis@" + b)),
             (QStringList{u"web modified"_s,
                          u"web: image redis: digest sha256:aaaaaaaaaaaa → sha256:bbbbbbbbbbbb"_s}));
    QCOMPARE(summaryOf(image("ghcr.io/mastodon/mastodon:v4.2.0@" + a),
                       image("ghcr.io/mastodon/mastodon:v4.3.0@" + b)),
             (QStringList{u"web modified"_s,
                          u"web: image ghcr.io/mastodon/mastodon: tag v4.2.0 → v4.3.0, digest "
                          u"sha256:aaaaaaaaaaaa → sha256:bbbbbbbbbbbb"_s}));
    // The tag alone changes, the digest pin goes.
    QCOMPARE(summaryOf(image("postgres:14-alpine@" + a), image("postgres:15-alpine")),
             (QStringList{u"web modified"_s,
                          u"web: image postgres: tag 14-alpine → 15-alpine, digest "
                          u"sha256:aaaaaaaaaaaa → none"_s}));
    // A registry port is not a tag; no tag is latest.
    QCOMPARE(summaryOf(image("localhost:5000/app"), image("localhost:5000/app:latest")),
             QStringList{});
    QCOMPARE(summaryOf(image("localhost:5000/app:1"), image("localhost:5000/app:2")),
             (QStringList{u"web modified"_s, u"web: image localhost:5000/app: tag 1 → 2"_s}));
    QCOMPARE(summaryOf(image("redis:7"), image("valkey@" + a)),
             (QStringList{u"web modified"_s,
                          u"web: image redis:7 → valkey@"_s + QString::fromLatin1(a)}));
}

void TestComposeSummary::moreListSettings()
{
    const QByteArray old = "services:\n"
                           "  web:\n"
                           "    cap_add: [NET_ADMIN, SYS_TIME]\n"
                           "    secrets: [db_password]\n"
                           "    configs: [nginx]\n"
                           "    dns: [1.1.1.1, 8.8.8.8]\n"
                           "    extra_hosts: ['host.docker.internal:host-gateway']\n"
                           "    networks: [front]\n";
    const QByteArray same = "services:\n"
                            "  web:\n"
                            "    cap_add: [SYS_TIME, NET_ADMIN]\n"
                            "    secrets:\n"
                            "      - source: db_password\n"
                            "    configs:\n"
                            "      - source: nginx\n"
                            "    dns: [1.1.1.1, 8.8.8.8]\n"
                            "    extra_hosts:\n"
                            "      host.docker.internal: host-gateway\n"
                            "    networks:\n"
                            "      front: {}\n";
    QCOMPARE(summaryOf(old, same), QStringList{});
    const QByteArray changed
        = "services:\n"
          "  web:\n"
          "    cap_add: [SYS_TIME, NET_ADMIN, CHOWN]\n"
          "    secrets:\n"
          "      - db_password\n"
          "      - {source: api_key, target: key}\n"
          "    configs: [nginx]\n"
          "    dns: [8.8.8.8, 1.1.1.1]\n"
          "    extra_hosts: ['host.docker.internal=host-gateway', 'db=10.0.0.2']\n"
          "    networks:\n"
          "      front:\n"
          "        aliases: [app]\n";
    QCOMPARE(summaryOf(old, changed),
             (QStringList{u"web modified"_s,
                          u"web: cap_add: + CHOWN"_s,
                          u"web: secrets: + api_key: {target: key}"_s,
                          u"web: dns: same items, new order"_s,
                          u"web: extra_hosts: + db=10.0.0.2"_s,
                          u"web: networks: + front: {aliases: [app]}, - front"_s}));
}

QTEST_GUILESS_MAIN(TestComposeSummary)
#include "tst_composesummary.moc"
