// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "sortfiltertableproxy.h"

#include <QtCore/QItemSelectionModel>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <algorithm>
#include <random>

namespace {
enum Column { Name, Weight };

// A plain two-column table whose changes arrive the way a registry's do: blocks of rows
// inserted or removed, single cells changed.
class Table : public QAbstractTableModel
{
public:
    struct Row
    {
        QString name;
        int weight;
    };
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        const Row &r = m_rows.at(index.row());
        return index.column() == Name ? QVariant(r.name) : QVariant(r.weight);
    }
    void insertBlock(int at, const QList<Row> &rows)
    {
        beginInsertRows({}, at, at + int(rows.size()) - 1);
        for (int i = 0; i < rows.size(); ++i)
            m_rows.insert(at + i, rows.at(i));
        endInsertRows();
    }
    void removeBlock(int at, int count)
    {
        beginRemoveRows({}, at, at + count - 1);
        m_rows.remove(at, count);
        endRemoveRows();
    }
    void setName(int row, const QString &name)
    {
        m_rows[row].name = name;
        Q_EMIT dataChanged(index(row, Name), index(row, Name));
    }
    void setWeight(int row, int weight)
    {
        m_rows[row].weight = weight;
        Q_EMIT dataChanged(index(row, Weight), index(row, Weight));
    }
    const Row &at(int row) const { return m_rows.at(row); }

private:
    QList<Row> m_rows;
};

// Hides rows whose weight is a multiple of the divisor (0: hides nothing).
class DivisorProxy : public SortFilterTableProxy
{
public:
    void setDivisor(int divisor)
    {
        m_divisor = divisor;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow) const override
    {
        return m_divisor == 0 || sourceModel()->index(sourceRow, Weight).data().toInt() % m_divisor != 0;
    }
    bool filtersRows() const override { return m_divisor != 0; }

private:
    int m_divisor = 0;
};

QString nameOf(int n)
{
    return QStringLiteral("n%1").arg(n, 5, 10, QLatin1Char('0'));
}

// Rows named n00000, n<step>, n<2 step>... weighing 0, 1, 2...
QList<Table::Row> numbered(int count, int step)
{
    QList<Table::Row> rows;
    for (int i = 0; i < count; ++i)
        rows.append({nameOf(i * step), i});
    return rows;
}

// A numbered table behind a proxy sorted by name, watched by Qt's model tester.
struct SortedByName
{
    Table source;
    DivisorProxy proxy;
    QAbstractItemModelTester tester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
    SortedByName(int count, int step)
    {
        source.insertBlock(0, numbered(count, step));
        proxy.setSourceModel(&source);
        proxy.sort(Name);
    }
};

// Source rows in the order the proxy should show them.
QList<int> expectedRows(const Table &source, int divisor, int column, Qt::SortOrder order)
{
    QList<int> rows;
    for (int r = 0; r < source.rowCount(); ++r) {
        if (divisor == 0 || source.at(r).weight % divisor != 0)
            rows.append(r);
    }
    if (column < 0)
        return rows;
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const Table::Row &x = source.at(a), &y = source.at(b);
        const int c = column == Weight ? (x.weight > y.weight) - (x.weight < y.weight) : x.name.compare(y.name);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    return rows;
}

QList<int> shownRows(const SortFilterTableProxy &proxy)
{
    QList<int> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows.append(proxy.mapToSource(proxy.index(r, 0)).row());
    return rows;
}
} // namespace

class tst_SortFilterTableProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesAReferenceUnderRandomChanges();
    void fewRowsGetRowSignals();
    void scatteredRowsAreOneLayoutChange();
    void announcedRemovalsInAnyOrder();
    void dataChangesSettleTogether();
    void textSortsNaturallyAndIgnoresCase();
};

// Against a plain filter and stable sort recomputed from scratch after every change, with
// Qt's model tester checking every signal on the way.
void tst_SortFilterTableProxy::matchesAReferenceUnderRandomChanges()
{
    Table source;
    std::mt19937 random(12);
    const auto pick = [&](int n) { return int(random() % unsigned(n)); };
    const auto someRows = [&](int count) {
        QList<Table::Row> rows;
        for (int i = 0; i < count; ++i)
            rows.append({nameOf(pick(1000)), pick(50)});
        return rows;
    };
    source.insertBlock(0, someRows(60));
    DivisorProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    int divisor = 0, column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    for (int step = 0; step < 600; ++step) {
        switch (pick(7)) {
        case 0: // a block of rows anywhere
            source.insertBlock(pick(source.rowCount() + 1), someRows(1 + pick(30)));
            break;
        case 1: { // a block of rows goes
            if (source.rowCount() == 0)
                break;
            const int at = pick(source.rowCount());
            source.removeBlock(at, std::min(source.rowCount() - at, 1 + pick(20)));
            break;
        }
        case 2:
        case 3: // scattered data changes, settled together
            for (int i = 0, n = 1 + pick(40); i < n && source.rowCount() > 0; ++i) {
                if (pick(2))
                    source.setWeight(pick(source.rowCount()), pick(50));
                else
                    source.setName(pick(source.rowCount()), nameOf(pick(1000)));
            }
            proxy.settle();
            break;
        case 4:
            divisor = pick(4);
            proxy.setDivisor(divisor);
            break;
        case 5:
            column = pick(3) - 1;
            order = pick(2) ? Qt::AscendingOrder : Qt::DescendingOrder;
            proxy.sort(column, order);
            break;
        case 6: // unsettled changes, then a structural one: settled before it
            if (source.rowCount() > 0) {
                source.setWeight(pick(source.rowCount()), pick(50));
                source.insertBlock(source.rowCount(), someRows(1));
            }
            break;
        }
        QCOMPARE(shownRows(proxy), expectedRows(source, divisor, column, order));
    }
}

void tst_SortFilterTableProxy::fewRowsGetRowSignals()
{
    SortedByName sorted(100, 2);
    Table &source = sorted.source;
    DivisorProxy &proxy = sorted.proxy;
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    source.insertBlock(100, {{nameOf(21), 7}}); // sorts between n00020 and n00022
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 11);
    QCOMPARE(inserted.at(0).at(2).toInt(), 11);
    source.removeBlock(50, 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 51); // n00100, after the inserted n00021
    QCOMPARE(layout.size(), 0);
    // A changed sort key moves one row: a layout change, no removal and insertion.
    source.setName(0, nameOf(999));
    proxy.settle();
    QCOMPARE(layout.size(), 1);
    QCOMPARE(proxy.index(proxy.rowCount() - 1, Name).data().toString(), nameOf(999));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
}

// What a delta with a few hundred scattered additions and removals costs views: one layout
// change and one block, not a signal per row; a selection and persistent indexes stay with
// their rows.
void tst_SortFilterTableProxy::scatteredRowsAreOneLayoutChange()
{
    SortedByName sorted(1000, 10);
    Table &source = sorted.source;
    DivisorProxy &proxy = sorted.proxy;
    QItemSelectionModel selection(&proxy);
    const QModelIndex chosen = proxy.index(500, Name);
    const QString chosenName = chosen.data().toString();
    selection.select(chosen, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QPersistentModelIndex held(chosen);

    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    QList<Table::Row> fresh;
    for (int i = 0; i < 200; ++i)
        fresh.append({nameOf(i * 50 + 5), 1000 + i}); // between held names, all over
    source.insertBlock(source.rowCount(), fresh);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt() - inserted.at(0).at(1).toInt() + 1, 200);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(shownRows(proxy), expectedRows(source, 0, Name, Qt::AscendingOrder));

    // Scattered removals: every third weight filtered out, then 150 scattered source rows gone.
    proxy.setDivisor(3);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(layout.size(), 2);
    QCOMPARE(shownRows(proxy), expectedRows(source, 3, Name, Qt::AscendingOrder));
    source.removeBlock(1000, 150);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(layout.size(), 3);
    QCOMPARE(shownRows(proxy), expectedRows(source, 3, Name, Qt::AscendingOrder));

    // Scattered source removals announced ahead: one layout change and one block, and the
    // source's own removals, one row at a time, then cost the views nothing.
    std::vector<int> doomed;
    for (int row = source.rowCount() - 1; row > 0; row -= 7) {
        if (row != 500)
            doomed.push_back(row);
    }
    const int shownBefore = proxy.rowCount();
    proxy.prepareRemoval(doomed);
    QCOMPARE(removed.size(), 3);
    QCOMPARE(layout.size(), 4);
    for (const int row : doomed) // descending
        source.removeBlock(row, 1);
    QCOMPARE(removed.size(), 3);
    QCOMPARE(layout.size(), 4);
    QVERIFY(proxy.rowCount() < shownBefore);
    QCOMPARE(shownRows(proxy), expectedRows(source, 3, Name, Qt::AscendingOrder));

    QVERIFY(held.isValid());
    QCOMPARE(held.data().toString(), chosenName);
    QCOMPARE(proxy.mapToSource(held).row(), 500 - int(std::count_if(doomed.cbegin(), doomed.cend(), [](int r) { return r < 500; })));
    QVERIFY(selection.isRowSelected(held.row()));
    QCOMPARE(selection.selectedRows().size(), 1);
}

// Announced removals are renumbered once, after the last run; made in another order, or
// interrupted by another change, they are taken as they come. The maps hold either way.
void tst_SortFilterTableProxy::announcedRemovalsInAnyOrder()
{
    SortedByName sorted(600, 3);
    Table &source = sorted.source;
    DivisorProxy &proxy = sorted.proxy;
    proxy.setDivisor(5);
    const auto check = [&] {
        QCOMPARE(shownRows(proxy), expectedRows(source, 5, Name, Qt::AscendingOrder));
        for (int row = 0; row < source.rowCount(); ++row) {
            const QModelIndex shown = proxy.mapFromSource(source.index(row, Name));
            QCOMPARE(shown.isValid(), source.at(row).weight % 5 != 0);
            if (shown.isValid())
                QCOMPARE(proxy.mapToSource(shown).row(), row);
        }
    };
    const auto scattered = [&](int from, int step) {
        std::vector<int> rows;
        for (int row = from; row < source.rowCount(); row += step)
            rows.push_back(row);
        return rows;
    };

    // Top run first, as the instance table removes them, with a run of three among them.
    std::vector<int> doomed = scattered(2, 11);
    doomed.insert(doomed.end(), {300, 301, 302});
    std::sort(doomed.begin(), doomed.end(), std::greater<int>());
    doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
    proxy.prepareRemoval(doomed);
    for (size_t i = 0; i < doomed.size();) {
        size_t j = i;
        while (j + 1 < doomed.size() && doomed[j + 1] == doomed[j] - 1)
            ++j;
        source.removeBlock(doomed[j], int(j - i + 1));
        i = j + 1;
    }
    check();

    // Bottom run first: not the announced order.
    doomed = scattered(1, 13);
    proxy.prepareRemoval(doomed);
    for (size_t i = 0; i < doomed.size(); ++i) // ascending: each removal renumbers the rows after it
        source.removeBlock(doomed[i] - int(i), 1);
    check();

    // Half of them gone, then rows arrive and a weight changes before the other half goes.
    doomed = scattered(4, 17);
    std::sort(doomed.begin(), doomed.end(), std::greater<int>());
    proxy.prepareRemoval(doomed);
    const size_t half = doomed.size() / 2;
    for (size_t i = 0; i < half; ++i)
        source.removeBlock(doomed[i], 1);
    source.insertBlock(0, {{nameOf(7), 1}, {nameOf(8), 2}});
    source.setWeight(10, 3);
    proxy.settle();
    for (size_t i = half; i < doomed.size(); ++i)
        source.removeBlock(doomed[i] + 2, 1);
    check();
}

void tst_SortFilterTableProxy::dataChangesSettleTogether()
{
    Table source;
    source.insertBlock(0, numbered(50, 1));
    DivisorProxy proxy;
    proxy.setSourceModel(&source);
    proxy.sort(Weight, Qt::DescendingOrder);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    for (int i = 0; i < 50; ++i)
        source.setWeight(i, 100 - i); // reverses the order
    QCOMPARE(changed.size(), 50); // told at once, where the rows are now
    QCOMPARE(layout.size(), 0);
    // Nobody calls settle(): the next event-loop turn does.
    QTRY_COMPARE_WITH_TIMEOUT(layout.size(), 1, 1000);
    QCOMPARE(shownRows(proxy), expectedRows(source, 0, Weight, Qt::DescendingOrder));
    QCOMPARE(proxy.index(0, Weight).data().toInt(), 100);
}

void tst_SortFilterTableProxy::textSortsNaturallyAndIgnoresCase()
{
    Table source;
    source.insertBlock(0, {{QStringLiteral("order-10"), 0}, {QStringLiteral("Order-9"), 0},
                           {QStringLiteral("order-100"), 0}, {QStringLiteral("ORDER-1"), 0}});
    DivisorProxy proxy;
    proxy.setSourceModel(&source);
    proxy.sort(Name);
    QStringList names;
    for (int r = 0; r < proxy.rowCount(); ++r)
        names.append(proxy.index(r, Name).data().toString());
    QCOMPARE(names, (QStringList{QStringLiteral("ORDER-1"), QStringLiteral("Order-9"), QStringLiteral("order-10"),
                                 QStringLiteral("order-100")}));
}

QTEST_GUILESS_MAIN(tst_SortFilterTableProxy)
#include "tst_sortfiltertableproxy.moc"
