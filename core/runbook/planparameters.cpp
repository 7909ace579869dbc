// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/planparameters.h"

#include "core/tr.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Steward::Runbook {

QString floorMinimum(const QString &floor)
{
    QString text = floor.trimmed();
    if (!text.startsWith(u'>'))
        return text;
    text = text.mid(1).trimmed();
    if (text.startsWith(u'='))
        return text.mid(1).trimmed();
    QStringList parts = text.split(u'.');
    bool ok = false;
    const int last = parts.last().toInt(&ok);
    if (!ok)
        return text;
    if (parts.size() == 1)
        return QString::number(last + 1); // "> 12": PostgreSQL 13
    parts.append(u"1"_s);                 // "> 6.2": 6.2.1
    return parts.join(u'.');
}

QHash<QString, QString> upgradeParameters(const Releases::Plan &plan)
{
    QHash<QString, QString> values;
    QString tag;
    for (const Releases::Release &r : plan.releases) {
        if (r.version == plan.to)
            tag = r.tag;
    }
    // Mastodon's images and git tags are "vX.Y.Z"; a changelog heading writes "4.5.0".
    if (tag.isEmpty() || (!plan.to.isHometown() && !tag.startsWith(u'v')))
        tag = plan.to.isHometown() ? plan.to.toString() : u"v"_s + plan.to.toString();
    values.insert(u"version"_s, tag);

    QStringList pre;
    QStringList post;
    for (const Releases::PlanAction &a : plan.actions) {
        QStringList *list = a.id == u"migrate-pre"    ? &pre
                            : a.id == u"migrate-post" ? &post
                                                      : nullptr;
        if (!list)
            continue;
        for (const Releases::Version &v : a.releases)
            list->append(v.toString());
    }
    QStringList expected;
    if (!pre.isEmpty())
        expected.append(Core::Tr::tr("pre-deployment migrations (%1)").arg(pre.join(u", "_s)));
    if (!post.isEmpty())
        expected.append(Core::Tr::tr("post-deployment migrations (%1)").arg(post.join(u", "_s)));
    values.insert(u"expected_migrations"_s,
                  expected.isEmpty() ? Core::Tr::tr("none named in the release notes")
                                     : expected.join(u"; "_s));

    for (auto it = plan.dependencyFloors.cbegin(); it != plan.dependencyFloors.cend(); ++it) {
        const QString name = it.key().toLower();
        if (name.startsWith(u"postgres"))
            values.insert(u"postgresql_min"_s, floorMinimum(it.value()));
        else if (name == u"redis")
            values.insert(u"redis_min"_s, floorMinimum(it.value()));
    }
    return values;
}

} // namespace Steward::Runbook
