// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QHash>
#include <QtGui/QFont>
#include <QtGui/QStaticText>
#include <QtWidgets/QStyledItemDelegate>

// Paints single-line plain-text cells from a cache of laid-out text. QStyledItemDelegate shapes
// every cell's text two or three times per paint (to size it, to elide it, to draw it): two
// thirds of a 100,000-row table's repaint, which every turn that touches a shown row pays. The
// cache holds each text as elided to its cell's width in its font and shaped once (QStaticText),
// so a repaint of the same rows shapes nothing. Selection, alternate rows, focus and the style's
// panel are still the style's own; cells with an icon, a check box or wrapping take
// QStyledItemDelegate's path.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CachedTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Laid-out texts held; bounded by maximumCachedTexts().
    qsizetype cachedTexts() const { return m_texts.size(); }
    static constexpr qsizetype maximumCachedTexts() { return 4096; }

protected:
    // \a text elided to \a width in \a font with \a mode, laid out; from the cache when it can.
    const QStaticText &laidOut(const QString &text, int width, const QFont &font, Qt::TextElideMode mode) const;
    // The cell's panel, focus rectangle and selection, drawn by the style, without the text.
    static void drawPanel(QPainter *painter, const QStyleOptionViewItem &option);
    // Whether \a style would draw nothing for the panel of \a option's cell.
    static bool panelIsEmpty(const QStyleOptionViewItem &option, const QStyle *style);

private:
    struct Key
    {
        QString text;
        int width;
        Qt::TextElideMode mode;
        int font; // in m_fonts
        bool operator==(const Key &other) const
        {
            return width == other.width && mode == other.mode && font == other.font && text == other.text;
        }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, int(key.mode), key.font);
        }
    };
    mutable QHash<Key, QStaticText> m_texts;
    // The fonts m_texts were laid out in: a few (bold rows, a smaller column) share the cache.
    mutable QList<QFont> m_fonts;
    static constexpr qsizetype MaxFonts = 4;
};
