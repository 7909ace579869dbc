// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/labcommand.h"

#include "app/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Steward::LabCommand {

QString script()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(u"../share/steward/lab/steward-lab"_s);
    if (QFileInfo(installed).isExecutable())
        return QDir::cleanPath(installed);
    return QStringLiteral(STEWARD_LAB_SCRIPT);
}

int run(const QStringList &arguments)
{
    const QString path = script();
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr,
                     "%s\n",
                     qPrintable(App::Tr::tr("The lab is not installed (%1 is missing).").arg(path)));
        return 1;
    }
    QStringList args = arguments;
    if (args.isEmpty() || args.first() == u"--help"_s || args.first() == u"-h"_s)
        args = {u"help"_s};
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    // A console subcommand: no window waits for it, so it may wait for the lab.
    process.start(u"bash"_s, QStringList{path} + args);
    if (!process.waitForStarted() || !process.waitForFinished(-1)) {
        std::fprintf(stderr, "%s\n", qPrintable(process.errorString()));
        return 1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 1;
}

int prepareGui(GuiOptions &options)
{
    // Before any window: the lab script reports its progress on the terminal (a few seconds, or
    // nothing when the lab already runs).
    if (const int code = run({u"start"_s}); code != 0)
        return code;
    options.inventory = inventoryPath();
    if (options.inventory.isEmpty()) {
        std::fprintf(stderr, "steward: the lab did not say where its inventory is\n");
        return 1;
    }
    return 0;
}

QString inventoryPath()
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(u"bash"_s, {script(), u"inventory"_s});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

} // namespace Steward::LabCommand
