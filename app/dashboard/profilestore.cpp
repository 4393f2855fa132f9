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

QList<AlertRules::Mute> loadMutes(QSettings &settings)
{
    QList<AlertRules::Mute> mutes;
    const int count = settings.beginReadArray(QStringLiteral("mutes"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        mutes.append({settings.value(QStringLiteral("cluster")).toString(), settings.value(QStringLiteral("app")).toString(),
                      settings.value(QStringLiteral("instanceId")).toString(), settings.value(QStringLiteral("until")).toLongLong()});
    }
    settings.endArray();
    return mutes;
}

void saveMutes(QSettings &settings, const QList<AlertRules::Mute> &mutes)
{
    settings.beginWriteArray(QStringLiteral("mutes"), int(mutes.size()));
    for (int i = 0; i < mutes.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("cluster"), mutes.at(i).cluster);
        settings.setValue(QStringLiteral("app"), mutes.at(i).app);
        settings.setValue(QStringLiteral("instanceId"), mutes.at(i).instanceId);
        settings.setValue(QStringLiteral("until"), mutes.at(i).until);
    }
    settings.endArray();
}

} // namespace ProfileStore
