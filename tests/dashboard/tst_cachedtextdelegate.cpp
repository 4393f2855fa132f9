// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The instance table's text cells come from a cache of laid-out text: they must look as Qt's
// own delegate draws them (same place, same elision, same colours), lay nothing out again when
// the same rows are repainted, and keep the cache bounded.
#include "cachedtextdelegate.h"

#include <QtGui/QPainter>
#include <QtGui/QStandardItemModel>
#include <QtTest/QtTest>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QTableView>

namespace {

constexpr int Rows = 4;
constexpr int Columns = 3;

// A table of the given cells with fixed geometry and no grid, focus or alternate rows, so two
// of them differ only by their delegate.
struct Table
{
    QTableView view;
    explicit Table(QAbstractItemModel *model, QAbstractItemDelegate *delegate)
    {
        view.setModel(model);
        if (delegate)
            view.setItemDelegate(delegate);
        view.setShowGrid(false);
        view.setWordWrap(false);
        view.setFocusPolicy(Qt::NoFocus);
        view.verticalHeader()->hide();
        view.horizontalHeader()->hide();
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(24);
        view.horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.horizontalHeader()->setDefaultSectionSize(140);
        view.setColumnWidth(2, 60); // narrow: its long texts are elided
        view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // Room to the right for the narrow column to be widened.
        view.resize(140 + 140 + 220 + 2 * view.frameWidth(), Rows * 24 + 2 * view.frameWidth());
        view.show();
    }
    QImage image() { return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32); }
    QRect cell(int row, int column) const { return view.visualRect(view.model()->index(row, column)); }
};

// Where a cell has ink: the bounding box of its pixels that differ from its background
// (the colour of its bottom-right corner, which no text reaches).
QRect inkIn(const QImage &image, const QRect &cell)
{
    const QRgb background = image.pixel(cell.right() - 1, cell.bottom() - 1);
    QRect ink;
    for (int y = cell.top(); y <= cell.bottom(); ++y) {
        for (int x = cell.left(); x <= cell.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            const int difference = qAbs(qRed(p) - qRed(background)) + qAbs(qGreen(p) - qGreen(background))
                + qAbs(qBlue(p) - qBlue(background));
            if (difference > 96)
                ink |= QRect(x, y, 1, 1);
        }
    }
    return ink;
}

// The cell's pixel farthest from its background: the colour its text is drawn in.
QColor inkColour(const QImage &image, const QRect &cell)
{
    const QColor background = image.pixelColor(cell.right() - 1, cell.bottom() - 1);
    QColor farthest = background;
    int most = -1;
    for (int y = cell.top(); y <= cell.bottom(); ++y) {
        for (int x = cell.left(); x <= cell.right(); ++x) {
            const QColor p = image.pixelColor(x, y);
            const int difference = qAbs(p.red() - background.red()) + qAbs(p.green() - background.green())
                + qAbs(p.blue() - background.blue());
            if (difference > most) {
                most = difference;
                farthest = p;
            }
        }
    }
    return farthest;
}

QStandardItemModel *cells(QObject *parent)
{
    auto *model = new QStandardItemModel(Rows, Columns, parent);
    const QString texts[Rows][Columns] = {
        {QStringLiteral("ORDER-SERVICE"), QStringLiteral("8080"), QStringLiteral("order-service-7f9c4d-x2kq8")},
        {QStringLiteral("billing"), QStringLiteral("443"), QStringLiteral("ip-10-0-13-207.ec2.internal")},
        {QStringLiteral("<b>not bold</b>"), QStringLiteral("1"), QStringLiteral("short")},
        {QStringLiteral("网关服务"), QStringLiteral("65535"), QStringLiteral("us-east-1c")},
    };
    for (int row = 0; row < Rows; ++row) {
        for (int column = 0; column < Columns; ++column) {
            auto *item = new QStandardItem(texts[row][column]);
            if (column == 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            model->setItem(row, column, item);
        }
    }
    return model;
}

} // namespace

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsTextWhereQtDoes();
    void drawsSelectedTextInTheHighlightColour();
    void repaintingTheSameRowsLaysOutNothing();
    void cellsWithAnIconTakeQtsPath();
    void aNewFontLaysTextOutAgain();
    void boldRowsShareTheCache();
    void keepsItsCacheBounded();
    void panelsLookAsQtDrawsThem_data();
    void panelsLookAsQtDrawsThem();
};

void TestCachedTextDelegate::drawsTextWhereQtDoes()
{
    QStandardItemModel *model = cells(this);
    CachedTextDelegate ours;
    Table cached(model, &ours);
    Table qt(model, nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(&cached.view));
    QVERIFY(QTest::qWaitForWindowExposed(&qt.view));
    const QImage oursImage = cached.image();
    const QImage qtImage = qt.image();
    for (int row = 0; row < Rows; ++row) {
        for (int column = 0; column < Columns; ++column) {
            const QRect cell = cached.cell(row, column);
            const QRect a = inkIn(oursImage, cell);
            const QRect b = inkIn(qtImage, cell);
            const QByteArray where = QStringLiteral("row %1 column %2: ours %3,%4 %5x%6, Qt's %7,%8 %9x%10")
                                         .arg(row).arg(column).arg(a.x()).arg(a.y()).arg(a.width()).arg(a.height())
                                         .arg(b.x()).arg(b.y()).arg(b.width()).arg(b.height()).toUtf8();
            QVERIFY2(!a.isEmpty() && !b.isEmpty(), where.constData());
            // Glyph positions may round differently; the text's place, size and elision may not.
            QVERIFY2(qAbs(a.left() - b.left()) <= 1 && qAbs(a.right() - b.right()) <= 2, where.constData());
            QVERIFY2(qAbs(a.top() - b.top()) <= 1 && qAbs(a.bottom() - b.bottom()) <= 1, where.constData());
        }
    }
    // The elided cell really is elided: its ink stops inside the cell, as Qt's does.
    QVERIFY(inkIn(oursImage, cached.cell(0, 2)).right() < cached.cell(0, 2).right());
}

void TestCachedTextDelegate::drawsSelectedTextInTheHighlightColour()
{
    QStandardItemModel *model = cells(this);
    CachedTextDelegate ours;
    Table cached(model, &ours);
    Table qt(model, nullptr);
    for (Table *table : {&cached, &qt}) {
        table->view.setSelectionBehavior(QAbstractItemView::SelectRows);
        table->view.selectRow(1);
        table->view.activateWindow();
    }
    const QImage oursImage = cached.image();
    const QImage qtImage = qt.image();
    for (int row : {0, 1}) {
        const QRect cell = cached.cell(row, 0);
        const QColor a = inkColour(oursImage, cell);
        const QColor b = inkColour(qtImage, cell);
        QVERIFY2(qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) <= 48,
                 qPrintable(QStringLiteral("row %1: ours %2, Qt's %3").arg(row).arg(a.name(), b.name())));
        // And the background behind it is the selection's, or not.
        QCOMPARE(oursImage.pixelColor(cell.right() - 1, cell.bottom() - 1),
                 qtImage.pixelColor(cell.right() - 1, cell.bottom() - 1));
    }
}

void TestCachedTextDelegate::repaintingTheSameRowsLaysOutNothing()
{
    QStandardItemModel *model = cells(this);
    CachedTextDelegate ours;
    Table cached(model, &ours);
    cached.image();
    QCOMPARE(ours.cachedTexts(), Rows * Columns);
    const QImage before = cached.image();
    QCOMPARE(ours.cachedTexts(), Rows * Columns);
    QCOMPARE(cached.image(), before);

    model->item(1, 0)->setText(QStringLiteral("billing-v2"));
    const QImage after = cached.image();
    QCOMPARE(ours.cachedTexts(), Rows * Columns + 1);
    QVERIFY(inkIn(after, cached.cell(1, 0)).width() > inkIn(before, cached.cell(1, 0)).width());
    // A column made wider shows more of the elided text: laid out again for the new width.
    cached.view.setColumnWidth(2, 200);
    const QImage wider = cached.image();
    QVERIFY(inkIn(wider, cached.cell(0, 2)).width() > inkIn(after, cached.cell(0, 2)).width() + 40);
}

void TestCachedTextDelegate::cellsWithAnIconTakeQtsPath()
{
    QStandardItemModel *model = cells(this);
    QPixmap red(12, 12);
    red.fill(Qt::red);
    model->item(0, 0)->setIcon(QIcon(red));
    CachedTextDelegate ours;
    Table cached(model, &ours);
    const QImage image = cached.image();
    const QRect cell = cached.cell(0, 0);
    int redPixels = 0;
    for (int y = cell.top(); y <= cell.bottom(); ++y)
        for (int x = cell.left(); x <= cell.right(); ++x)
            redPixels += image.pixelColor(x, y) == QColor(Qt::red);
    QCOMPARE(redPixels, 12 * 12);
    QCOMPARE(ours.cachedTexts(), Rows * Columns - 1); // that cell's text was not cached
}

void TestCachedTextDelegate::aNewFontLaysTextOutAgain()
{
    QStandardItemModel *model = cells(this);
    CachedTextDelegate ours;
    Table cached(model, &ours);
    const int small = inkIn(cached.image(), cached.cell(0, 0)).height();
    QFont big = cached.view.font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    cached.view.setFont(big);
    const int large = inkIn(cached.image(), cached.cell(0, 0)).height();
    QVERIFY2(large > small, qPrintable(QStringLiteral("%1 px, then %2 px").arg(small).arg(large)));
    QCOMPARE(ours.cachedTexts(), 2 * Rows * Columns); // a few fonts share the cache

    // Past a few fonts, the cache starts over with the one in use.
    for (int step = 2; step <= 4; ++step) {
        big.setPointSizeF(big.pointSizeF() + 1);
        cached.view.setFont(big);
        cached.image();
    }
    QCOMPARE(ours.cachedTexts(), Rows * Columns);
}

void TestCachedTextDelegate::boldRowsShareTheCache()
{
    QStandardItemModel *model = cells(this);
    QFont bold = QApplication::font();
    bold.setBold(true);
    for (int column = 0; column < Columns; ++column)
        model->item(1, column)->setFont(bold);
    CachedTextDelegate ours;
    Table cached(model, &ours);
    Table qt(model, nullptr);
    const QImage oursImage = cached.image();
    QCOMPARE(ours.cachedTexts(), Rows * Columns);
    QCOMPARE(cached.image(), oursImage); // painted again from the cache
    QCOMPARE(ours.cachedTexts(), Rows * Columns);
    // Drawn in bold, as Qt's delegate draws it: wider than the regular text.
    const QImage qtImage = qt.image();
    QCOMPARE(inkIn(oursImage, cached.cell(1, 0)).width(), inkIn(qtImage, cached.cell(1, 0)).width());
    model->item(1, 0)->setFont(QApplication::font());
    QVERIFY(inkIn(cached.image(), cached.cell(1, 0)).width() < inkIn(oursImage, cached.cell(1, 0)).width());
}

void TestCachedTextDelegate::keepsItsCacheBounded()
{
    QStandardItemModel model(CachedTextDelegate::maximumCachedTexts() + 100, 1);
    for (int row = 0; row < model.rowCount(); ++row)
        model.setItem(row, 0, new QStandardItem(QStringLiteral("instance-%1").arg(row)));
    CachedTextDelegate ours;
    QImage canvas(200, 24, QImage::Format_RGB32);
    QPainter painter(&canvas);
    QStyleOptionViewItem option;
    option.rect = canvas.rect();
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette = QApplication::palette();
    option.state = QStyle::State_Enabled;
    qsizetype most = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        ours.paint(&painter, option, model.index(row, 0));
        most = std::max(most, ours.cachedTexts());
    }
    QCOMPARE(most, CachedTextDelegate::maximumCachedTexts());
    QVERIFY(ours.cachedTexts() <= 101);
}

// Fusion draws nothing for the panel of a plain cell, and the delegate skips asking it; a
// selection, a background brush, alternate rows and a keyboard focus frame must still look as
// Qt draws them. The edges of the cell are compared pixel by pixel (the text does not reach them).
void TestCachedTextDelegate::panelsLookAsQtDrawsThem_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("alternate");
    QTest::addColumn<bool>("brush");
    QTest::newRow("plain") << int(QStyle::State_Enabled) << false << false;
    QTest::newRow("alternate row") << int(QStyle::State_Enabled) << true << false;
    QTest::newRow("selected") << int(QStyle::State_Enabled | QStyle::State_Selected | QStyle::State_Active) << false << false;
    QTest::newRow("background brush") << int(QStyle::State_Enabled) << false << true;
    QTest::newRow("keyboard focus")
        << int(QStyle::State_Enabled | QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange | QStyle::State_Active)
        << false << false;
}

void TestCachedTextDelegate::panelsLookAsQtDrawsThem()
{
    QFETCH(int, state);
    QFETCH(bool, alternate);
    QFETCH(bool, brush);
    QStandardItemModel model(1, 1);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("order-service-7f9c4d-x2kq8")));
    if (brush)
        model.item(0, 0)->setBackground(QColor(250, 200, 40));
    QTableView view;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(fusion);
    view.setStyle(fusion.get());
    CachedTextDelegate ours;
    QStyledItemDelegate qts;
    const auto paint = [&](QStyledItemDelegate &delegate) {
        QImage image(160, 24, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.rect = image.rect();
        option.state = QStyle::State(state);
        option.showDecorationSelected = true;
        if (alternate)
            option.features |= QStyleOptionViewItem::Alternate;
        // As QTableView does: the row's panel (alternate base) first, then the delegate.
        fusion->drawPrimitive(QStyle::PE_PanelItemViewRow, &option, &painter, &view);
        delegate.paint(&painter, option, model.index(0, 0));
        return image;
    };
    const QImage a = paint(ours), b = paint(qts);
    const QRect cell = a.rect();
    int compared = 0;
    for (int x = cell.left(); x <= cell.right(); ++x) {
        for (int y : {cell.top(), cell.top() + 1, cell.bottom() - 1, cell.bottom()}) {
            QCOMPARE(a.pixelColor(x, y), b.pixelColor(x, y));
            ++compared;
        }
    }
    for (int y = cell.top(); y <= cell.bottom(); ++y) {
        for (int x : {cell.left(), cell.left() + 1, cell.right() - 1, cell.right()}) {
            QCOMPARE(a.pixelColor(x, y), b.pixelColor(x, y));
            ++compared;
        }
    }
    QVERIFY(compared > 700);
    // Not a blank comparison: a painted panel shows at the cell's corner.
    if (brush)
        QCOMPARE(a.pixelColor(cell.right() - 1, cell.bottom() - 1), QColor(250, 200, 40));
    if (state & QStyle::State_Selected)
        QVERIFY(a.pixelColor(cell.right() - 1, cell.bottom() - 1) != QColor(Qt::white));
}

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
