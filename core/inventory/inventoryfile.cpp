// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inventory/inventoryfile.h"

#include "core/inventory/inventory.h"
#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Steward {

InventoryFile::InventoryFile(QString path)
    : m_path(std::move(path))
{}

QString InventoryFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
           + u"/inventory.yaml"_s;
}

ServerList InventoryFile::builtInExample()
{
    QFile file(u":/steward/default-inventory.yaml"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the built-in example inventory is missing from the resources");
    auto parsed = Inventory::parse(file.readAll());
    if (!parsed)
        qFatal("the built-in example inventory does not parse: %s",
               qPrintable(parsed.error().toString()));
    return parsed.value();
}

Result<InventoryFile::Loaded> InventoryFile::load() const
{
    QFileInfo info(m_path);
    if (!info.exists())
        return Loaded{builtInExample(), Origin::BuiltInExample};
    if (info.isDir())
        return Error{Core::Tr::tr("%1 is a directory, not an inventory file").arg(m_path)};
    if (info.size() > Inventory::maxFileSize)
        return Error{Core::Tr::tr("the file is larger than %1 MiB; it is not an inventory")
                         .arg(Inventory::maxFileSize >> 20)};
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Core::Tr::tr("cannot read %1: %2").arg(m_path, file.errorString())};
    auto parsed = Inventory::parse(file.readAll());
    if (!parsed)
        return parsed.error();
    return Loaded{std::move(parsed).value(), Origin::File};
}

QString InventoryFile::save(const ServerList &servers) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Core::Tr::tr("cannot create the folder %1").arg(info.absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::Tr::tr("cannot write %1: %2").arg(m_path, file.errorString());
    const QByteArray bytes = Inventory::serialize(servers);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Core::Tr::tr("cannot write %1: %2").arg(m_path, file.errorString());
    }
    if (!file.commit())
        return Core::Tr::tr("cannot write %1: %2").arg(m_path, file.errorString());
    return {};
}

} // namespace Steward
