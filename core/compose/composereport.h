// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compose/composediff.h"
#include "core/compose/composesummary.h"

#include <QJsonObject>

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

    // Checks all inputs as docker-compose files (line/column errors) and runs the diff.
    static Result<Report> compute(const Document &oldDoc,
                                  const Document &newDoc,
                                  const std::optional<Document> &deployed);

    QByteArray merged(const QList<bool> &accepted = {}) const; // DEPLOYED (or NEW) with the changes
    QString mergedPatch(const QList<bool> &accepted = {}) const; // DEPLOYED -> merged
    QJsonObject toJson() const; // shape documented in docs/compose.md
};

} // namespace Steward::Compose
