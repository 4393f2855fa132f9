// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "statustext.h"

#include <QtCore/QCoreApplication>

using Eureka::InstanceStatus;

namespace StatusText {

QString name(InstanceStatus status, const QString &wireText)
{
    switch (status) {
    case InstanceStatus::Up: return QCoreApplication::translate("StatusText", "UP");
    case InstanceStatus::Down: return QCoreApplication::translate("StatusText", "DOWN");
    case InstanceStatus::Starting: return QCoreApplication::translate("StatusText", "STARTING");
    case InstanceStatus::OutOfService: return QCoreApplication::translate("StatusText", "OUT_OF_SERVICE");
    case InstanceStatus::Unknown:
        break;
    }
    return wireText.isEmpty() || wireText == QLatin1String("UNKNOWN")
               ? QCoreApplication::translate("StatusText", "UNKNOWN")
               : wireText;
}

QColor color(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Up: return QColor(0x2e, 0x7d, 0x32);
    case InstanceStatus::Down: return QColor(0xc6, 0x28, 0x28);
    case InstanceStatus::Starting: return QColor(0x15, 0x65, 0xc0);
    case InstanceStatus::OutOfService: return QColor(0xb2, 0x5e, 0x00);
    case InstanceStatus::Unknown: break;
    }
    return QColor(0x61, 0x61, 0x61);
}

} // namespace StatusText
