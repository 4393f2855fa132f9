// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "statuspilldelegate.h"

#include "statustext.h"

#include <QtGui/QPainter>
#include <QtWidgets/QApplication>

StatusPillDelegate::StatusPillDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole)
{
}

void StatusPillDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QVariant status = index.data(m_statusRole);
    // Draw selection and focus as usual, then the pill on top without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    if (text.isEmpty() || !status.isValid())
        return;

    const QFontMetrics metrics(option.font);
    const int height = metrics.height() + 2;
    const int width = metrics.horizontalAdvance(text) + height;
    QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
    pill = pill.intersected(option.rect.adjusted(2, 1, -2, -1));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(StatusText::color(Eureka::InstanceStatus(status.toInt())));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(option.font);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusPillDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(metrics.horizontalAdvance(index.data().toString()) + metrics.height() + 12);
    return size;
}
