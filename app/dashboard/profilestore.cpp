// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "profilestore.h"

#include <QtCore/QSettings>

namespace ProfileStore {

QList<ConnectionProfile> load(QSettings &settings)
{
    QList<ConnectionProfile> profiles;
    const int size = settings.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile profile = ConnectionProfile::load(settings);
        if (!profile.name.isEmpty())
            profiles.append(profile);
    }
    settings.endArray();
    return profiles;
}

void save(QSettings &settings, const QList<ConnectionProfile> &profiles)
{
    settings.remove(QStringLiteral("profiles"));
    settings.beginWriteArray(QStringLiteral("profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        profiles.at(i).save(settings);
    }
    settings.endArray();
}

QString activeProfile(QSettings &settings) { return settings.value(QStringLiteral("activeProfile")).toString(); }
void setActiveProfile(QSettings &settings, const QString &name) { settings.setValue(QStringLiteral("activeProfile"), name); }

} // namespace ProfileStore
