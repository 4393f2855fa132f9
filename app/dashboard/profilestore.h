// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "alertrules.h"
#include "connectionprofile.h"

#include <QtCore/QList>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

// The saved connection profiles and which one was last used, in the application's QSettings.
namespace ProfileStore {
QList<ConnectionProfile> load(QSettings &settings);
void save(QSettings &settings, const QList<ConnectionProfile> &profiles);
QString activeProfile(QSettings &settings);
void setActiveProfile(QSettings &settings, const QString &name);
// The tray's mutes, so that "mute for 8 h" outlives a restart.
QList<AlertRules::Mute> loadMutes(QSettings &settings);
void saveMutes(QSettings &settings, const QList<AlertRules::Mute> &mutes);
} // namespace ProfileStore
