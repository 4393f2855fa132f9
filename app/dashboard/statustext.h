// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekanamespace.h>

#include <QtGui/QColor>
#include <QtCore/QString>

// How statuses are named and coloured everywhere in the dashboard.
namespace StatusText {
// The translated name; \a wireText is shown for statuses this version does not know.
QString name(Eureka::InstanceStatus status, const QString &wireText = {});
// Pill colours readable on light and dark palettes alike (white text on them).
QColor color(Eureka::InstanceStatus status);
} // namespace StatusText
