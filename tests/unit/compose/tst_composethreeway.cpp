// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compose/composereport.h"
#include "tests/unit/compose/composefixtures.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Steward;
using namespace Steward::Compose;

class TestComposeThreeWay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusesWithLocalEdits();
    void mergedKeepsLocalEditsAndParses();
    void acceptingAConflictTakesUpstream();
    void oneLocalChangeOverTwoUpstreamChanges();
    void crlfAndBomKeptAndPatchApplies();
    void upstreamChangesWhatOursRemoved();
    void deployedEqualToOld();
    void deployedEqualToNew();
    void jsonShape();
    void computeReportsProgressAndCancels();
};

void TestComposeThreeWay::statusesWithLocalEdits()
{
    // Deployed: v4.2.10 with web on port 3001, its own rails command, sidekiq already on v4.3.0
    // without a healthcheck, and an extra "backup" service.
    const ThreeWay tw = ThreeWay::analyse(Fixtures::document(u"v4.2.10"_s),
                                          Fixtures::document(u"v4.3.0"_s),
                                          Fixtures::document(u"deployed-v4.2.10-local"_s));
    QStringList statuses;
    for (const UpstreamHunk &h : tw.hunks)
        statuses.append(QString::number(h.upstream.oldStart + 1) + u':' + hunkStatusKey(h.status));
    QCOMPARE(statuses,
             (QStringList{u"1:missing"_s,      // version -> comment
                          u"58:missing"_s,     // web build/image
                          u"62:conflict"_s,    // web command: ours has -b 0.0.0.0
                          u"68:missing"_s,     // web healthcheck
                          u"79:missing"_s,     // streaming build/image
                          u"83:missing"_s,     // streaming command
                          u"89:missing"_s,     // streaming healthcheck
                          u"98:present"_s,     // sidekiq image: already v4.3.0
                          u"114:missing"_s})); // tor comment
    QCOMPARE(tw.localChanges.size(), 4);
    const UpstreamHunk &conflict = tw.hunks.at(2);
    QCOMPARE(conflict.deployedLines.size(), 1);
    QVERIFY(conflict.deployedLines.first().contains(u"-b 0.0.0.0"_s));
}

void TestComposeThreeWay::mergedKeepsLocalEditsAndParses()
{
    const Document deployed = Fixtures::document(u"deployed-v4.2.10-local"_s);
    const auto report = Report::compute(Fixtures::document(u"v4.2.10"_s),
                                        Fixtures::document(u"v4.3.0"_s),
                                        deployed);
    QVERIFY(report.ok());
    const QByteArray merged = report->merged();
    const auto mergedDoc = Document::fromBytes(merged, u"merged"_s);
    QVERIFY(mergedDoc.ok());
    QVERIFY2(validateCompose(*mergedDoc).ok(), merged.constData());
    // Upstream applied:
    QVERIFY(merged.contains("image: ghcr.io/mastodon/mastodon:v4.3.0\n    restart"));
    QVERIFY(merged.contains("image: ghcr.io/mastodon/mastodon-streaming:v4.3.0"));
    QVERIFY(merged.contains("command: node ./streaming/index.js"));
    QVERIFY(!merged.contains("version: '3'"));
    QVERIFY(!merged.contains("v4.2.10"));
    // Ours kept:
    QVERIFY(merged.contains("'127.0.0.1:3001:3000'"));
    QVERIFY(merged.contains("bundle exec rails s -p 3000 -b 0.0.0.0")); // the conflict is skipped
    QVERIFY(merged.contains("  backup:\n    image: ghcr.io/example/pg-backup:1.4"));
    QVERIFY(!merged.contains("[s]idekiq"));
    // Semantically: the merged file differs from upstream v4.3.0 only by our edits.
    const auto summary = summarize(Fixtures::document(u"v4.3.0"_s), *mergedDoc);
    QVERIFY(summary.ok());
    QStringList services;
    for (const ServiceChange &s : summary->services)
        services.append(s.name + u':' + serviceChangeKindKey(s.kind));
    QCOMPARE(services, (QStringList{u"web:modified"_s, u"sidekiq:modified"_s, u"backup:added"_s}));
    // The patch turns deployed into merged.
    const QString patch = report->mergedPatch();
    QVERIFY(patch.contains(u"--- a/docker-compose.yml\n+++ b/docker-compose.yml\n"_s));
    QVERIFY(patch.contains(u"-version: '3'\n"_s));
    QVERIFY(patch.contains(u"+    image: ghcr.io/mastodon/mastodon-streaming:v4.3.0\n"_s));
    QVERIFY(!patch.contains(u"-      - '127.0.0.1:3001:3000'"_s));
    QVERIFY(!patch.contains(u"+      - '127.0.0.1:3000:3000'"_s));
    QVERIFY(!patch.contains(u"-  backup:"_s));
}

void TestComposeThreeWay::acceptingAConflictTakesUpstream()
{
    const Document deployed = Fixtures::document(u"deployed-v4.2.10-local"_s);
    const auto report = Report::compute(Fixtures::document(u"v4.2.10"_s),
                                        Fixtures::document(u"v4.3.0"_s),
                                        deployed);
    QVERIFY(report.ok());
    QList<bool> accepted = report->threeWay->defaultAcceptance();
    QCOMPARE(accepted.count(true), 7);
    accepted[2] = true;  // take upstream's command
    accepted[0] = false; // keep "version: '3'"
    const QByteArray merged = report->merged(accepted);
    QVERIFY(merged.contains("command: bundle exec puma -C config/puma.rb"));
    QVERIFY(!merged.contains("-b 0.0.0.0"));
    QVERIFY(merged.startsWith("version: '3'\n"));
    QVERIFY(merged.contains("'127.0.0.1:3001:3000'"));
}

void TestComposeThreeWay::oneLocalChangeOverTwoUpstreamChanges()
{
    // Upstream changes the image and the command (two hunks, "restart" between them); ours rewrote
    // the three lines at once (one local change spanning both hunks).
    const auto oldDoc = Document::fromBytes("services:\n"
                                            "  web:\n"
                                            "    image: app:1\n"
                                            "    restart: always\n"
                                            "    command: run\n"_ba,
                                            u"old"_s);
    const auto newDoc = Document::fromBytes("services:\n"
                                            "  web:\n"
                                            "    image: app:2\n"
                                            "    restart: always\n"
                                            "    command: run --fast\n"_ba,
                                            u"new"_s);
    const auto deployed = Document::fromBytes("services:\n"
                                              "  web:\n"
                                              "    image: app:1-custom\n"
                                              "    restart: unless-stopped\n"
                                              "    command: run --debug\n"_ba,
                                              u"deployed"_s);
    const ThreeWay tw = ThreeWay::analyse(*oldDoc, *newDoc, *deployed);
    QCOMPARE(tw.hunks.size(), 2);
    QCOMPARE(tw.hunks.at(0).status, HunkStatus::Conflict);
    QCOMPARE(tw.hunks.at(1).status, HunkStatus::Conflict);
    // Default: both conflicts skipped, ours unchanged.
    QCOMPARE(tw.merged(*deployed), deployed->text);
    // Both accepted: both upstream changes, none lost.
    QCOMPARE(tw.merged(*deployed, {true, true}), newDoc->text);
    const MergedText text = tw.mergedText(*deployed, {true, true});
    QCOMPARE(text.regions.size(), 1);
    QCOMPARE(text.regions.at(0).hunks, (QList<int>{0, 1}));
    QCOMPARE(text.regions.at(0).start, 2);
    QCOMPARE(text.regions.at(0).count, 3);
    QVERIFY(text.regions.at(0).applied);
    // One of them: upstream's region with that change only.
    QCOMPARE(tw.merged(*deployed, {false, true}),
             "services:\n  web:\n    image: app:1\n    restart: always\n    command: run --fast\n"_ba);
    QCOMPARE(tw.merged(*deployed, {true, false}),
             "services:\n  web:\n    image: app:2\n    restart: always\n    command: run\n"_ba);
}

void TestComposeThreeWay::crlfAndBomKeptAndPatchApplies()
{
    // Our deployed copy as saved by a Windows editor: CR LF line ends and a UTF-8 BOM.
    const QByteArray lf = Fixtures::bytes(u"deployed-v4.2.10-local"_s);
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    crlf.prepend("\xEF\xBB\xBF");
    const auto deployed = Document::fromBytes(crlf, u"ours.yml"_s);
    QVERIFY(deployed.ok());
    QVERIFY(deployed->hadCrlf);
    QVERIFY(deployed->hadBom);
    QCOMPARE(deployed->text, lf);
    const auto report = Report::compute(Fixtures::document(u"v4.2.10"_s),
                                        Fixtures::document(u"v4.3.0"_s),
                                        *deployed);
    QVERIFY(report.ok());
    // The merged file is the LF merge written with CR LF and the BOM.
    const auto lfReport = Report::compute(Fixtures::document(u"v4.2.10"_s),
                                          Fixtures::document(u"v4.3.0"_s),
                                          Fixtures::document(u"deployed-v4.2.10-local"_s));
    QVERIFY(lfReport.ok());
    QByteArray expected = lfReport->merged();
    QVERIFY(!expected.contains('\r'));
    expected.replace("\n", "\r\n");
    expected.prepend("\xEF\xBB\xBF");
    const QByteArray merged = report->merged();
    QCOMPARE(merged, expected);
    QCOMPARE(merged.count('\n'), merged.count("\r\n"));

    // The patch applies with git to the CR LF file itself and gives the merged file, byte for byte,
    // for the default choice and for another one.
    QList<bool> other = report->threeWay->defaultAcceptance();
    other[0] = false; // keep "version: '3'" (the first line, after the BOM)
    other[2] = true;  // take upstream's command
    for (const QList<bool> &accepted : {QList<bool>{}, other}) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"docker-compose.yml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(crlf);
        file.close();
        QFile patchFile(dir.filePath(u"merge.patch"_s));
        QVERIFY(patchFile.open(QIODevice::WriteOnly));
        const QByteArray patch = report->mergedPatch(accepted).toUtf8();
        QVERIFY(patch.contains("\r\n"));
        patchFile.write(patch);
        patchFile.close();
        QProcess git;
        git.setWorkingDirectory(dir.path());
        git.setProcessChannelMode(QProcess::MergedChannels);
        git.start(u"git"_s,
                  {u"-c"_s,
                   u"core.autocrlf=false"_s,
                   u"apply"_s,
                   u"--whitespace=nowarn"_s,
                   u"merge.patch"_s});
        QVERIFY2(git.waitForFinished(30'000), qPrintable(git.errorString()));
        QVERIFY2(git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0,
                 git.readAll().constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), report->merged(accepted));
    }
}

void TestComposeThreeWay::upstreamChangesWhatOursRemoved()
{
    // Our deployed copy removed sidekiq's healthcheck; v4.3.0 -> v4.7.0 changes it ('[s]idekiq\ 6'
    // -> 8). Checked by hand against diff v4.3.0 deployed and diff v4.3.0 v4.7.0.
    const Document v430 = Fixtures::document(u"v4.3.0"_s);
    const Document v470 = Fixtures::document(u"v4.7.0"_s);
    const Document deployed = Fixtures::document(u"deployed-v4.2.10-local"_s);
    auto statuses = [](const ThreeWay &tw) {
        QStringList out;
        for (const UpstreamHunk &h : tw.hunks)
            out.append(QString::number(h.upstream.oldStart + 1) + u':' + hunkStatusKey(h.status));
        return out;
    };
    // Ours is still v4.2.10-shaped: where v4.3.0 differs from it, ours "changed" it.
    const auto direct = Report::compute(v430, v470, deployed);
    QVERIFY(direct.ok());
    QCOMPARE(statuses(*direct->threeWay),
             (QStringList{u"2:conflict"_s, // ours still has "version: '3'" there
                          u"30:missing"_s, // elasticsearch comments
                          u"32:missing"_s,
                          u"41:missing"_s,
                          u"62:conflict"_s,     // web image: ours has build + v4.2.10
                          u"86:conflict"_s,     // streaming image: likewise
                          u"103:missing"_s,     // sidekiq build/image: ours is v4.3.0's
                          u"117:conflict"_s})); // the healthcheck ours removed
    const UpstreamHunk &healthcheck = direct->threeWay->hunks.at(7);
    QVERIFY(healthcheck.newLines.first().contains(u"[s]idekiq\\ 8"_s));
    QVERIFY(!healthcheck.deployedLines.join(u'\n').contains(u"idekiq"_s));
    // By default the healthcheck stays removed; sidekiq's image moves on.
    const QByteArray merged = direct->merged();
    QVERIFY(!merged.contains("[s]idekiq"));
    QVERIFY(
        merged.contains("    # build: .\n    image: ghcr.io/mastodon/mastodon:v4.7.0\n    restart: "
                        "always\n    env_file: .env.production\n    command: bundle exec sidekiq"));
    // Taking upstream's version of that region brings the healthcheck back, as v4.7.0 has it.
    QList<bool> accepted = direct->threeWay->defaultAcceptance();
    accepted[7] = true;
    const QByteArray withHealthcheck = direct->merged(accepted);
    QVERIFY(withHealthcheck.contains("    healthcheck:\n      test: ['CMD-SHELL', \"ps aux | grep "
                                     "'[s]idekiq\\ 8' || false\"]\n"));
    QVERIFY(validateCompose(*Document::fromBytes(withHealthcheck, u"merged"_s)).ok());

    // The realistic order: ours first brought up to v4.3.0 (default choices), then v4.3.0 -> v4.7.0.
    // Everything applies except the healthcheck ours removed.
    const auto first = Report::compute(Fixtures::document(u"v4.2.10"_s), v430, deployed);
    QVERIFY(first.ok());
    const auto ours430 = Document::fromBytes(first->merged(), u"ours-v4.3.0.yml"_s);
    QVERIFY(ours430.ok());
    const auto second = Report::compute(v430, v470, *ours430);
    QVERIFY(second.ok());
    QCOMPARE(statuses(*second->threeWay),
             (QStringList{u"2:missing"_s,
                          u"30:missing"_s,
                          u"32:missing"_s,
                          u"41:missing"_s,
                          u"62:missing"_s,
                          u"86:missing"_s,
                          u"103:missing"_s,
                          u"117:conflict"_s}));
    const QJsonObject counts = second->toJson().value(u"counts"_s).toObject();
    QCOMPARE(counts.value(u"missing"_s).toInt(), 7);
    QCOMPARE(counts.value(u"conflict"_s).toInt(), 1);
    QCOMPARE(counts.value(u"present"_s).toInt(), 0);
    const QByteArray upgraded = second->merged();
    QVERIFY(upgraded.contains("image: ghcr.io/mastodon/mastodon:v4.7.0"));
    QVERIFY(upgraded.contains("image: ghcr.io/mastodon/mastodon-streaming:v4.7.0"));
    QVERIFY(!upgraded.contains("v4.3.0"));
    QVERIFY(!upgraded.contains("[s]idekiq"));
    QVERIFY(upgraded.contains("-b 0.0.0.0")); // our other local changes stay
    QVERIFY(upgraded.contains("'127.0.0.1:3001:3000'"));
    QVERIFY(upgraded.contains("  backup:\n"));
}

void TestComposeThreeWay::deployedEqualToOld()
{
    const auto report = Report::compute(Fixtures::document(u"v4.3.0"_s),
                                        Fixtures::document(u"v4.7.0"_s),
                                        Fixtures::document(u"v4.3.0"_s));
    QVERIFY(report.ok());
    for (const UpstreamHunk &h : report->threeWay->hunks)
        QCOMPARE(h.status, HunkStatus::Missing);
    QCOMPARE(report->merged(), Fixtures::document(u"v4.7.0"_s).text);
}

void TestComposeThreeWay::deployedEqualToNew()
{
    const auto report = Report::compute(Fixtures::document(u"v4.3.0"_s),
                                        Fixtures::document(u"v4.7.0"_s),
                                        Fixtures::document(u"v4.7.0"_s));
    QVERIFY(report.ok());
    QVERIFY(!report->threeWay->hunks.isEmpty());
    for (const UpstreamHunk &h : report->threeWay->hunks)
        QCOMPARE(h.status, HunkStatus::Present);
    QCOMPARE(report->merged(), Fixtures::document(u"v4.7.0"_s).text);
    QVERIFY(report->mergedPatch().isEmpty());
}

void TestComposeThreeWay::jsonShape()
{
    const auto report = Report::compute(Fixtures::document(u"v4.2.10"_s),
                                        Fixtures::document(u"v4.3.0"_s),
                                        Fixtures::document(u"deployed-v4.2.10-local"_s));
    QVERIFY(report.ok());
    const QJsonObject json = report->toJson();
    QCOMPARE(json.value(u"counts"_s).toObject().value(u"missing"_s).toInt(), 7);
    QCOMPARE(json.value(u"counts"_s).toObject().value(u"present"_s).toInt(), 1);
    QCOMPARE(json.value(u"counts"_s).toObject().value(u"conflict"_s).toInt(), 1);
    QCOMPARE(json.value(u"mergedParses"_s).toBool(), true);
    const QJsonArray hunks = json.value(u"hunks"_s).toArray();
    QCOMPARE(hunks.size(), 9);
    const QJsonObject conflict = hunks.at(2).toObject();
    QCOMPARE(conflict.value(u"status"_s).toString(), u"conflict"_s);
    QCOMPARE(conflict.value(u"old"_s).toObject().value(u"start"_s).toInt(), 62);
    QCOMPARE(conflict.value(u"acceptedByDefault"_s).toBool(), false);
    const QJsonArray services = json.value(u"summary"_s).toObject().value(u"services"_s).toArray();
    QCOMPARE(services.size(), 3);
    QCOMPARE(services.at(0).toObject().value(u"name"_s).toString(), u"web"_s);
}

void TestComposeThreeWay::computeReportsProgressAndCancels()
{
    const Document oldDoc = Fixtures::document(u"v4.2.10"_s);
    const Document newDoc = Fixtures::document(u"v4.3.0"_s);
    const Document deployed = Fixtures::document(u"deployed-v4.2.10-local"_s);
    // Every step is announced in order, then the end.
    QList<int> steps;
    const auto full = Report::compute(oldDoc, newDoc, deployed, [&steps](int step) {
        steps.append(step);
        return true;
    });
    QVERIFY(full.ok());
    QCOMPARE(steps, (QList<int>{0, 1, 2, Report::progressSteps}));
    // The changes the three-way used are the report's own (one diff of OLD -> NEW).
    QCOMPARE(full->threeWay->hunks.size(), full->upstreamChanges.size());
    QCOMPARE(full->mergedPatch(), full->defaultMergedPatch);
    QVERIFY(!full->defaultMergedPatch.isEmpty());
    // Stopping at any step gives an error saying so, never a partial report.
    for (int stopAt = 0; stopAt <= Report::progressSteps; ++stopAt) {
        const auto stopped = Report::compute(oldDoc, newDoc, deployed, [stopAt](int step) {
            return step < stopAt;
        });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().message, u"The comparison was cancelled."_s);
    }
    // Without DEPLOYED there is no three-way step.
    steps.clear();
    QVERIFY(Report::compute(oldDoc, newDoc, std::nullopt, [&steps](int step) {
                steps.append(step);
                return true;
            }).ok());
    QCOMPARE(steps, (QList<int>{0, 1, Report::progressSteps}));
}

QTEST_GUILESS_MAIN(TestComposeThreeWay)
#include "tst_composethreeway.moc"
