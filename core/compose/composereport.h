// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compose/composediff.h"
#include "core/compose/composesummary.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace Steward::Compose {

// Everything the engine says about OLD -> NEW (and DEPLOYED when given), for the command line and
// the panel: computed once, off the GUI thread.
struct Report
{
    Document oldDoc;
    Document newDoc;
    std::optional<Document> deployed;
    Summary summary;
    QList<Change> upstreamChanges;    // OLD -> NEW
    std::optional<ThreeWay> threeWay; // when DEPLOYED is given
    QString upstreamPatch;            // OLD -> NEW
    QString defaultMergedPatch;       // DEPLOYED -> merged with the default acceptance

    // Called before each of the progressSteps steps of compute (summary, diff, three-way) and once
    // at the end with progressSteps; returning false stops compute, which then returns an Error
    // saying it was cancelled.
    static constexpr int progressSteps = 3;
    using Progress = std::function<bool(int step)>;

    // Checks all inputs as docker-compose files (line/column errors) and runs the diff: one libgit2
    // pass for OLD -> NEW gives both the changes and the patch.
    static Result<Report> compute(const Document &oldDoc,
                                  const Document &newDoc,
                                  const std::optional<Document> &deployed,
                                  const Progress &progress = {});

    QByteArray merged(const QList<bool> &accepted = {}) const; // DEPLOYED (or NEW) with the changes
    QString mergedPatch(const QList<bool> &accepted = {}) const; // DEPLOYED -> merged
    QJsonObject toJson() const; // shape documented in docs/compose.md
};

} // namespace Steward::Compose
