// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

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
} // namespace ProfileStore
