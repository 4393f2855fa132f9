// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cachedtextdelegate.h"

// Draws a status cell as a coloured pill (UP green, DOWN red, ...), like the status pages
// ops people know, readable on light and dark palettes.
class StatusPillDelegate : public CachedTextDelegate
{
    Q_OBJECT

public:
    explicit StatusPillDelegate(int statusRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_statusRole;
};
