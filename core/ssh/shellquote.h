// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Steward::Ssh {

// POSIX shell quoting for everything that reaches a remote shell: callers pass argument lists and
// never concatenate command strings themselves. Bytes are kept as they are (binary safe); an argument
// made only of safe characters is left bare, everything else is put in single quotes with each ' written
// as '\''. The empty argument is ''.
QByteArray quote(const QByteArray &arg);
QString quote(const QString &arg);

// The arguments quoted and joined by single spaces, ready for `sh -c`.
QByteArray commandLine(const QList<QByteArray> &argv);
QString commandLine(const QStringList &argv);

} // namespace Steward::Ssh
