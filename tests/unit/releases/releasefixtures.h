// SPDX-License-Identifier: GPL-3.0-or-later
// The release-notes fixtures of tests/data/releases/ (real upstream CHANGELOG.md and release bodies), read
// the same way by every releases test.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Steward::Test {

// The bytes of tests/data/releases/<name>; a missing fixture stops the test run with its path.
inline QByteArray releaseFixture(const QString &name)
{
    QFile f(QStringLiteral(STEWARD_TEST_DATA "/releases/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace Steward::Test
