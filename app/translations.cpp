// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/translations.h"

#include "app/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Steward {

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(u":/i18n"_s)
                                  .entryList({u"steward_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(8, file.size() - 8 - 3);
        if (language != u"en") // English is the source; its file holds only plural forms
            languages.append(language);
    }
    return languages;
}

QString installTranslations(const QString &language, QString *warning)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty() && language != u"en" && language != u"C"
        && !availableLanguages().contains(locale.name().section(u'_', 0, 0))) {
        if (warning)
            *warning
                = App::Tr::tr(
                      "No translation for “%1”; Steward is shown in English. Available: en, %2.")
                      .arg(language, availableLanguages().join(u", "_s));
        return u"en"_s;
    }
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *steward = new QTranslator(QCoreApplication::instance());
    // English is the source language: no file, and a system locale of English must not pick another.
    if (locale.language() == QLocale::English
        || !steward->load(locale, u"steward"_s, u"_"_s, u":/i18n"_s)) {
        delete steward;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(steward);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return steward->language();
}

} // namespace Steward
