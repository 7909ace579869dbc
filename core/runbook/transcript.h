// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runbook/journal.h"
#include "core/runbook/runbook.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Steward::Runbook {

// Takes secrets out of everything a run shows or keeps (the live output, the local copy, the transcript):
// the admin token, secret parameters, and the values of .env.production's secret settings (keys holding
// SECRET, KEY, PASS, TOKEN, OTP, VAPID, PRIVATE or CREDENTIAL).
class Redactor
{
public:
    static constexpr QStringView replacement = u"[redacted]";

    // Values shorter than 4 characters are not taken (they would blank ordinary words).
    void addSecret(const QString &value);
    // The secret-looking settings of a .env file (KEY=value lines, quotes removed).
    void addEnvFile(const QByteArray &env);
    QString apply(const QString &text) const;
    QByteArray apply(const QByteArray &text) const;
    const QStringList &secrets() const { return m_secrets; }

    static bool isSecretKey(const QString &key);

private:
    QStringList m_secrets; // longest first
};

// The outputs of a run, per step and attempt.
using RunOutputs = QHash<QString, QByteArray>;
QString outputKey(const QString &step, int attempt);

namespace Transcript {

// The run as a Markdown document: what ran, when, by whom, with which result; every command as sent,
// its output, each gate's evidence, each approval, override and skip with its reason; then the journal.
// Everything passes through redactor last.
QString toMarkdown(const Runbook &book,
                   const RunState &state,
                   const RunOutputs &outputs,
                   const Redactor &redactor);

} // namespace Transcript
} // namespace Steward::Runbook
