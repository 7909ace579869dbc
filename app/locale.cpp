// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/locale.h"

#include <clocale>
#include <cstdlib>
#include <langinfo.h>
#include <string>
#include <strings.h>

namespace Steward {

namespace {

bool codesetIsUtf8()
{
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

} // namespace

void ensureUtf8Locale()
{
    if (!std::setlocale(LC_ALL, "")) {
        // A locale named in the environment that this system does not have (de_DE.UTF-8 on a machine
        // without it): every category stays "C", and Qt's own setlocale would fail the same way. Keep the
        // language for Qt's UI languages (LANGUAGE, which Qt reads first) and use C.UTF-8 for the rest.
        std::string language;
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            if (const char *value = std::getenv(name); value && *value) {
                language = value;
                break;
            }
        }
        language = language.substr(0, language.find_first_of(".@"));
        const char *languages = std::getenv("LANGUAGE");
        if ((!languages || !*languages) && !language.empty() && language != "C"
            && language != "POSIX")
            setenv("LANGUAGE", language.c_str(), 1);
        setenv("LC_ALL", "C.UTF-8", 1);
        if (std::setlocale(LC_ALL, "") && codesetIsUtf8())
            return;
    }
    if (codesetIsUtf8())
        return;
    // LC_ALL overrides every category, LC_CTYPE included: keep its value for every other category.
    if (const char *all = std::getenv("LC_ALL"); all && *all) {
        const std::string value = all;
        for (const char *category :
             {"LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY"})
            setenv(category, value.c_str(), 1);
        unsetenv("LC_ALL");
    }
    setenv("LC_CTYPE", "C.UTF-8", 1);
    std::setlocale(LC_ALL, "");
    if (!codesetIsUtf8()) {
        // A system without C.UTF-8 (rare): the conventional name of glibc before 2.35.
        setenv("LC_CTYPE", "C.utf8", 1);
        std::setlocale(LC_ALL, "");
    }
}

} // namespace Steward
