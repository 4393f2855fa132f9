// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "durationtext.h"

#include <QtCore/QCoreApplication>

namespace DurationText {

QString ago(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60)
        return QCoreApplication::translate("DurationText", "%1 s ago").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("DurationText", "%1 min ago").arg(s / 60);
    if (s < 86400)
        return QCoreApplication::translate("DurationText", "%1 h ago").arg(s / 3600);
    return QCoreApplication::translate("DurationText", "%1 d ago").arg(s / 86400);
}

QString span(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60)
        return QCoreApplication::translate("DurationText", "%1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("DurationText", "%1 min").arg(s / 60);
    if (s < 86400)
        return QCoreApplication::translate("DurationText", "%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
    return QCoreApplication::translate("DurationText", "%1 d %2 h").arg(s / 86400).arg(s % 86400 / 3600);
}

} // namespace DurationText
