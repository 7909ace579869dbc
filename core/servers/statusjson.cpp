// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/servers/statusjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Steward::Servers {

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject part(const PartState &p)
{
    return {{u"refreshed"_s, time(p.refreshedAt)},
            {u"tried"_s, time(p.triedAt)},
            {u"error"_s, text(p.error)},
            {u"stale"_s, p.stale()}};
}

QJsonObject probe(const HttpProbe &p)
{
    return {{u"path"_s, p.path},
            {u"status"_s, p.answered() ? QJsonValue(p.status) : QJsonValue(QJsonValue::Null)},
            {u"ok"_s, p.ok()},
            {u"milliseconds"_s,
             p.elapsedMs >= 0 ? QJsonValue(p.elapsedMs) : QJsonValue(QJsonValue::Null)},
            {u"error"_s, text(p.error)}};
}

QJsonArray devices(const QList<BlockDevice> &list)
{
    QJsonArray a;
    for (const BlockDevice &d : list)
        a.append(QJsonObject{{u"name"_s, d.name},
                             {u"type"_s, d.type},
                             {u"size"_s, d.size},
                             {u"mountPoints"_s, QJsonArray::fromStringList(d.mountPoints)},
                             {u"children"_s, devices(d.children)}});
    return a;
}

} // namespace

QJsonObject statusToJson(const ServerStatus &s)
{
    QJsonArray findings;
    for (const Finding &f : s.findings)
        findings.append(QJsonObject{{u"severity"_s, severityKey(f.severity)},
                                    {u"part"_s, f.part},
                                    {u"subject"_s, text(f.subject)},
                                    {u"message"_s, f.message}});
    QJsonArray services;
    for (const ComposeService &c : s.services)
        services.append(QJsonObject{{u"container"_s, c.name},
                                    {u"service"_s, c.service},
                                    {u"state"_s, c.state},
                                    {u"health"_s, text(c.health)},
                                    {u"image"_s, c.image},
                                    {u"version"_s, text(c.version)},
                                    {u"status"_s, c.status},
                                    {u"created"_s, time(c.created)},
                                    {u"exitCode"_s, c.exitCode},
                                    {u"ports"_s, QJsonArray::fromStringList(c.ports)}});
    QJsonArray units;
    for (const UnitInfo &u : s.units)
        units.append(QJsonObject{{u"unit"_s, u.id},
                                 {u"description"_s, text(u.description)},
                                 {u"installed"_s, u.exists()},
                                 {u"activeState"_s, u.activeState},
                                 {u"subState"_s, u.subState},
                                 {u"result"_s, text(u.result)},
                                 {u"lastStart"_s, time(u.activeEnter)},
                                 {u"lastStop"_s, time(u.inactiveEnter)}});
    QJsonArray timers;
    for (const TimerInfo &t : s.timers)
        timers.append(QJsonObject{{u"timer"_s, t.unit},
                                  {u"activates"_s, t.activates},
                                  {u"next"_s, time(t.next)},
                                  {u"last"_s, time(t.last)}});
    QJsonArray filesystems;
    for (const Filesystem &f : s.filesystems)
        filesystems.append(QJsonObject{{u"mountPoint"_s, f.mountPoint},
                                       {u"source"_s, f.source},
                                       {u"type"_s, f.type},
                                       {u"size"_s, f.size},
                                       {u"used"_s, f.used},
                                       {u"available"_s, f.available},
                                       {u"usePercent"_s, f.usePercent}});
    QJsonArray volumes;
    for (const LogicalVolume &v : s.volumes)
        volumes.append(QJsonObject{{u"name"_s, v.name},
                                   {u"volumeGroup"_s, v.volumeGroup},
                                   {u"size"_s, v.size},
                                   {u"attributes"_s, v.attributes}});
    QJsonValue health(QJsonValue::Null);
    if (s.health) {
        health = QJsonObject{{u"url"_s, s.health->base.toString()},
                             {u"checked"_s, time(s.health->at)},
                             {u"web"_s, probe(s.health->web)},
                             {u"streaming"_s, probe(s.health->streaming)},
                             {u"instance"_s, probe(s.health->instance)},
                             {u"version"_s, text(s.health->version)},
                             {u"maintenance"_s, s.health->maintenance}};
    }
    return {{u"name"_s, s.server},
            {u"severity"_s, severityKey(s.severity)},
            {u"reachable"_s, s.connectionError.isEmpty()},
            {u"connectionError"_s, text(s.connectionError)},
            {u"refreshed"_s, time(s.lastRefresh)},
            {u"channelsOpened"_s, s.channelsOpened},
            {u"findings"_s, findings},
            {u"services"_s, services},
            {u"units"_s, units},
            {u"timers"_s, timers},
            {u"filesystems"_s, filesystems},
            {u"blockDevices"_s, devices(s.blockDevices)},
            {u"volumes"_s, volumes},
            {u"health"_s, health},
            {u"parts"_s,
             QJsonObject{{u"services"_s, part(s.servicesState)},
                         {u"units"_s, part(s.unitsState)},
                         {u"timers"_s, part(s.timersState)},
                         {u"disks"_s, part(s.disksState)},
                         {u"layout"_s, part(s.volumesState)},
                         {u"health"_s, part(s.healthState)}}}};
}

} // namespace Steward::Servers
