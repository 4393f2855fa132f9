// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "cachedtextdelegate.h"

#include <QtGui/QPainter>
#include <QtWidgets/QApplication>

#include <algorithm>

CachedTextDelegate::CachedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

const QStaticText &CachedTextDelegate::laidOut(const QString &text, int width, const QFont &font, Qt::TextElideMode mode) const
{
    auto known = std::find(m_fonts.cbegin(), m_fonts.cend(), font);
    if (known == m_fonts.cend()) {
        if (m_fonts.size() == MaxFonts) { // the view's font changed, most likely: start over
            m_texts.clear();
            m_fonts.clear();
        }
        m_fonts.append(font);
        known = m_fonts.cend() - 1;
    }
    Key key{text, width, mode, int(known - m_fonts.cbegin())};
    if (const auto found = m_texts.constFind(key); found != m_texts.cend())
        return *found;
    // Bounded without bookkeeping per hit: the rows on screen lay themselves out again once.
    if (m_texts.size() >= maximumCachedTexts())
        m_texts.clear();
    QStaticText laid(QFontMetrics(font).elidedText(text, mode, width));
    laid.setTextFormat(Qt::PlainText); // a host name with '<' is not markup
    laid.setPerformanceHint(QStaticText::AggressiveCaching);
    laid.prepare(QTransform(), font);
    return *m_texts.insert(std::move(key), std::move(laid));
}

bool CachedTextDelegate::panelIsEmpty(const QStyleOptionViewItem &option, const QStyle *style)
{
    // QCommonStyle (which Fusion leaves item views to) fills a cell's panel only for a selection
    // or a background brush, and draws a focus frame; nothing else without text, icon or check
    // box. Other styles may draw hover or gradients, so they always get the call.
    const char *name = style->metaObject()->className();
    if (qstrcmp(name, "QFusionStyle") != 0 && qstrcmp(name, "QCommonStyle") != 0)
        return false;
    return !(option.state & (QStyle::State_Selected | QStyle::State_HasFocus))
        && option.backgroundBrush.style() == Qt::NoBrush;
}

void CachedTextDelegate::drawPanel(QPainter *painter, const QStyleOptionViewItem &option)
{
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // Most cells of a large table: the style's pass over them (its colours, a clip, the layout
    // of check box, icon and text) drew nothing and was a quarter of a repaint.
    if (panelIsEmpty(option, style))
        return;
    QStyleOptionViewItem panel = option;
    panel.text.clear();
    panel.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, widget);
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    constexpr auto notPlain = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration
        | QStyleOptionViewItem::WrapText;
    // The focus frame goes around the text the style lays out: one cell of the view, drawn by Qt.
    if ((opt.features & notPlain) || (opt.state & QStyle::State_HasFocus) || opt.text.contains(QChar::LineFeed)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    drawPanel(painter, opt);
    if (opt.text.isEmpty())
        return;

    // The text where QCommonStyle puts it: inside the focus frame's margin, in the state's colour.
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (rect.width() <= 0)
        return;
    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QStaticText &text = laidOut(opt.text, rect.width(), opt.font, opt.textElideMode);
    const QRect at = QStyle::alignedRect(opt.direction, opt.displayAlignment, text.size().toSize(), rect);
    painter->save();
    painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->drawStaticText(at.topLeft(), text);
    painter->restore();
}
