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

void CachedTextDelegate::drawPanel(QPainter *painter, QStyleOptionViewItem option)
{
    option.text.clear();
    option.features &= ~QStyleOptionViewItem::HasDisplay;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, widget);
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    constexpr auto notPlain = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration
        | QStyleOptionViewItem::WrapText;
    if ((opt.features & notPlain) || opt.text.contains(QChar::LineFeed)) {
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
