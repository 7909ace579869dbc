// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>

#include <memory>

namespace Steward {

// Steward's settings: ~/.config/steward/steward.conf, next to inventory.yaml (AppConfigLocation).
// Never holds a secret: those live in the keychain (core/secrets).
std::unique_ptr<QSettings> openSettings();

} // namespace Steward
