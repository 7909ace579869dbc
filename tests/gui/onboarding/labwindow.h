// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/stewardapp.h"
#include "widgets/shell/mainwindow.h"

#include <QTest>

#include <memory>

namespace Steward::Test {

// Steward's window on a running lab (as `steward --lab` opens it: the lab's host key trusted), shown on the
// Onboarding panel; null when the window did not show.
inline std::unique_ptr<StewardApp> openLabWindow(const QString &inventory)
{
    GuiOptions options;
    options.inventory = inventory;
    options.lab = true;
    auto app = std::make_unique<StewardApp>(options);
    app->window()->resize(1280, 860);
    app->window()->show();
    app->window()->setCurrentPanel(QStringLiteral("onboarding"));
    if (!QTest::qWaitForWindowExposed(app->window()))
        return nullptr;
    return app;
}

} // namespace Steward::Test
