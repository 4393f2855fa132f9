// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGui/QColor>
#include <QtGui/QPixmap>

// A padlock, closed (read-only) or open (read-write), drawn rather than typed: a fresh Debian 12
// has no emoji font, and "🔒" showed as a box there.
QPixmap padlockIcon(bool closed, const QColor &color, int size, qreal devicePixelRatio);
