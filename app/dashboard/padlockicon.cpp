// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "padlockicon.h"

#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

QPixmap padlockIcon(bool closed, const QColor &color, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPen pen(color, s * 0.12, Qt::SolidLine, Qt::RoundCap);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    // The shackle: an arch whose legs reach into the body; open, it is lifted and its right leg is free.
    const qreal lift = closed ? 0 : s * 0.12;
    QPainterPath shackle;
    shackle.moveTo(s * 0.3, s * 0.5 - lift);
    shackle.lineTo(s * 0.3, s * 0.32 - lift);
    shackle.arcTo(QRectF(s * 0.3, s * 0.1 - lift, s * 0.4, s * 0.44), 180, -180);
    shackle.lineTo(s * 0.7, closed ? s * 0.5 : s * 0.36 - lift);
    painter.drawPath(shackle);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(s * 0.16, s * 0.46, s * 0.68, s * 0.48), s * 0.08, s * 0.08);
    return pixmap;
}
