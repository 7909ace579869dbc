// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compose/hunkstatus.h"

#include "models/tr.h"

namespace Steward {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor hunkStatusColor(Compose::HunkStatus status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case Compose::HunkStatus::Missing: // blue: to bring in
        return dark ? QColor(0x4a, 0x9e, 0xff) : QColor(0x1f, 0x6f, 0xd0);
    case Compose::HunkStatus::Present: // grey: nothing to do
        return dark ? QColor(0x8c, 0x8c, 0x8c) : QColor(0x9a, 0x9a, 0x9a);
    case Compose::HunkStatus::Conflict: // orange: look at it
        return dark ? QColor(0xff, 0x9f, 0x1a) : QColor(0xe0, 0x70, 0x00);
    }
    return {};
}

QString hunkStatusText(Compose::HunkStatus status)
{
    switch (status) {
    case Compose::HunkStatus::Missing:
        return Models::Tr::tr("lacks it");
    case Compose::HunkStatus::Present:
        return Models::Tr::tr("already has it");
    case Compose::HunkStatus::Conflict:
        return Models::Tr::tr("conflicts with a local change");
    }
    return {};
}

QString hunkStatusToolTip(int index, const Compose::Change &change, Compose::HunkStatus status)
{
    const int number = index + 1;
    if (change.oldCount == 0) {
        // git's convention: an insertion is numbered by the line before it.
        switch (status) {
        case Compose::HunkStatus::Missing:
            return Models::Tr::tr("Upstream change %1 (added after line %2): the deployed copy "
                                  "lacks it.")
                .arg(number)
                .arg(change.oldStart);
        case Compose::HunkStatus::Present:
            return Models::Tr::tr("Upstream change %1 (added after line %2): already in the "
                                  "deployed copy.")
                .arg(number)
                .arg(change.oldStart);
        case Compose::HunkStatus::Conflict:
            return Models::Tr::tr("Upstream change %1 (added after line %2): conflicts with a "
                                  "local change in the deployed copy.")
                .arg(number)
                .arg(change.oldStart);
        }
    }
    const int first = change.oldStart + 1;
    const int last = change.oldEnd();
    switch (status) {
    case Compose::HunkStatus::Missing:
        return Models::Tr::tr("Upstream change %1 (lines %2-%3): the deployed copy lacks it.")
            .arg(number)
            .arg(first)
            .arg(last);
    case Compose::HunkStatus::Present:
        return Models::Tr::tr("Upstream change %1 (lines %2-%3): already in the deployed copy.")
            .arg(number)
            .arg(first)
            .arg(last);
    case Compose::HunkStatus::Conflict:
        return Models::Tr::tr("Upstream change %1 (lines %2-%3): conflicts with a local change in "
                              "the deployed copy.")
            .arg(number)
            .arg(first)
            .arg(last);
    }
    return {};
}

} // namespace Steward
