// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "statuspilldelegate.h"

#include "statustext.h"

#include <QtCore/QtMath>
#include <QtGui/QPainter>

#include <algorithm>

StatusPillDelegate::StatusPillDelegate(int statusRole, QObject *parent)
    : CachedTextDelegate(parent)
    , m_statusRole(statusRole)
{
}

void StatusPillDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Selection and focus as usual, then the pill on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawPanel(painter, opt);
    const QVariant status = index.data(m_statusRole);
    if (opt.text.isEmpty() || !status.isValid())
        return;

    const QFontMetrics metrics(opt.font);
    const int height = metrics.height() + 2;
    const QRect room = opt.rect.adjusted(2, 1, -2, -1);
    const QStaticText &text = laidOut(opt.text, std::max(0, room.width() - 2 - height), opt.font, Qt::ElideRight);
    const int width = qCeil(text.size().width()) + height;
    QRect pill(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1, width, height);
    pill = pill.intersected(room);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(StatusText::color(Eureka::InstanceStatus(status.toInt())));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(opt.font);
    painter->drawStaticText(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, text.size().toSize(), pill).topLeft(), text);
    painter->restore();
}

QSize StatusPillDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(metrics.horizontalAdvance(index.data().toString()) + metrics.height() + 12);
    return size;
}
