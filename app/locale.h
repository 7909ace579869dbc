// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Steward {

// Before any Qt application object exists: when the process's locale does not use UTF-8 (LANG unset, as
// in a minimal container, or LC_ALL=C), switch its character type to C.UTF-8 the way Qt would, but
// silently, so that the user of a headless command never sees Qt's "Detected locale "C"..." warning.
// The language of messages (LANG, LC_MESSAGES, LANGUAGE) is left as it was.
void ensureUtf8Locale();

} // namespace Steward
