// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Steward {

// The languages Steward ships (besides English, the source language).
QStringList availableLanguages();

// Installs Steward's and Qt's translators on the running application: for `language` ("de", "pt_BR")
// when given, else for the system's UI languages. Returns the language in use ("en" when none matched);
// sets *warning when an explicitly asked language is not available.
QString installTranslations(const QString &language, QString *warning);

} // namespace Steward
