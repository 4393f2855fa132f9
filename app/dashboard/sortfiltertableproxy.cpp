// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "sortfiltertableproxy.h"

#include <algorithm>
#include <climits>

namespace {
// Up to this many separate runs of rows, a change is told row by row (rowsInserted,
// rowsRemoved): views keep what they can. Beyond it, one layout change and one block costs
// the views one pass instead of one pass per run.
constexpr int MaxRuns = 4;
// Removals cost the views more per run (Qt 6.4's QHeaderView walks every section on each, and the
// map is renumbered after each): from two runs on, one layout change and one block removal are
// no dearer (bench_dashboard 100000: 3 rows as 3 runs 1.4-1.7 ms a slice, 5 rows as one block 1.1-1.3 ms).
constexpr int MaxRemovalRuns = 1;

int runCount(const std::vector<int> &ascending)
{
    int runs = 0;
    for (size_t i = 0; i < ascending.size(); ++i) {
        if (i == 0 || ascending[i] != ascending[i - 1] + 1)
            ++runs;
    }
    return runs;
}

bool isIntegral(int type)
{
    switch (type) {
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong: case QMetaType::ULongLong:
    case QMetaType::Short: case QMetaType::UShort: case QMetaType::Long: case QMetaType::ULong:
    case QMetaType::Bool: case QMetaType::Char: case QMetaType::SChar: case QMetaType::UChar:
        return true;
    default:
        return false;
    }
}

bool isFloating(int type)
{
    return type == QMetaType::Double || type == QMetaType::Float;
}
} // namespace

SortFilterTableProxy::SortFilterTableProxy(QObject *parent)
    : QAbstractProxyModel(parent)
    // The C locale (a bare container, a service account) has no collation rules: numbers
    // and case would then sort by code point.
    , m_collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale())
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    // "order-9" before "order-10": instance ids and host names end in numbers.
    m_collator.setNumericMode(true);
}

SortFilterTableProxy::~SortFilterTableProxy() = default;

void SortFilterTableProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        using P = SortFilterTableProxy;
        const auto resetting = [this] { beginResetModel(); }; // sourceReset() ends it
        m_connections = {
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, &P::settle),
            connect(source, &QAbstractItemModel::rowsInserted, this, &P::sourceRowsInserted),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, &P::sourceRowsAboutToBeRemoved),
            connect(source, &QAbstractItemModel::rowsRemoved, this, &P::sourceRowsRemoved),
            connect(source, &QAbstractItemModel::dataChanged, this, &P::sourceDataChanged),
            connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged),
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, resetting),
            connect(source, &QAbstractItemModel::modelReset, this, &P::sourceReset),
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, &P::sourceLayoutAboutToBeChanged),
            connect(source, &QAbstractItemModel::layoutChanged, this, &P::sourceLayoutChanged),
            // Rarer structural changes of a flat table: start over.
            connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, resetting),
            connect(source, &QAbstractItemModel::rowsMoved, this, &P::sourceReset),
            // Rows map one to one whatever the columns: a column added or removed (a metadata
            // column) is passed on as it is, without sorting 100,000 rows again.
            connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this,
                    [this](const QModelIndex &, int first, int last) { beginInsertColumns({}, first, last); }),
            connect(source, &QAbstractItemModel::columnsInserted, this, [this](const QModelIndex &, int first, int last) {
                if (m_sortColumn >= first)
                    m_sortColumn += last - first + 1;
                endInsertColumns();
            }),
            connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) { beginRemoveColumns({}, first, last); }),
            connect(source, &QAbstractItemModel::columnsRemoved, this, [this](const QModelIndex &, int first, int last) {
                if (m_sortColumn > last)
                    m_sortColumn -= last - first + 1;
                else if (m_sortColumn >= first)
                    m_sortColumn = -1; // its column went: the rows keep their order
                endRemoveColumns();
            }),
            connect(source, &QAbstractItemModel::columnsAboutToBeMoved, this, resetting),
            connect(source, &QAbstractItemModel::columnsMoved, this, &P::sourceReset),
        };
    }
    m_pending.clear();
    m_announced.clear();
    m_announcedGone = 0;
    m_rowOf.assign(size_t(source ? source->rowCount() : 0), -1);
    m_order = everyAcceptedRow();
    rebuildRowOf();
    endResetModel();
}

QModelIndex SortFilterTableProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex SortFilterTableProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex SortFilterTableProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int SortFilterTableProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int SortFilterTableProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool SortFilterTableProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_order.empty() && columnCount() > 0;
}

QModelIndex SortFilterTableProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || size_t(proxyIndex.row()) >= m_order.size())
        return {};
    return sourceModel()->index(m_order[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex SortFilterTableProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.parent().isValid() || size_t(sourceIndex.row()) >= m_rowOf.size())
        return {};
    const int row = m_rowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

void SortFilterTableProxy::setSortRole(int role)
{
    if (role == m_sortRole)
        return;
    m_sortRole = role;
    if (m_sortColumn >= 0) {
        const int column = std::exchange(m_sortColumn, -1);
        sort(column, m_sortOrder);
    }
}

void SortFilterTableProxy::sort(int column, Qt::SortOrder order)
{
    settle();
    m_sortColumn = column;
    m_sortOrder = order;
    Order next = m_order;
    sortRows(next);
    if (next != m_order)
        relayout(std::move(next));
}

bool SortFilterTableProxy::filterAcceptsRow(int) const
{
    return true;
}

bool SortFilterTableProxy::filtersRows() const
{
    return false;
}

void SortFilterTableProxy::invalidateRowsFilter()
{
    settle();
    Order kept, fresh;
    kept.reserve(m_order.size());
    for (const int row : m_order) {
        if (filterAcceptsRow(row))
            kept.push_back(row);
    }
    for (int row = 0; row < int(m_rowOf.size()); ++row) {
        if (m_rowOf[size_t(row)] < 0 && filterAcceptsRow(row))
            fresh.push_back(row);
    }
    transitionTo(merged(kept, std::move(fresh)));
}

void SortFilterTableProxy::settle()
{
    applyAnnouncedRemovals(); // whatever comes next works on the source's current rows
    m_settleQueued = false;
    if (m_pending.empty())
        return;
    Order pending;
    pending.swap(m_pending);
    std::sort(pending.begin(), pending.end());
    pending.erase(std::unique(pending.begin(), pending.end()), pending.end());
    std::vector<char> isPending(m_rowOf.size(), 0);
    for (const int row : pending)
        isPending[size_t(row)] = 1;
    Order kept, fresh;
    kept.reserve(m_order.size());
    for (const int row : m_order) {
        if (!isPending[size_t(row)])
            kept.push_back(row);
    }
    const bool filters = filtersRows();
    for (const int row : pending) {
        if (filters ? filterAcceptsRow(row) : m_rowOf[size_t(row)] >= 0)
            fresh.push_back(row);
    }
    transitionTo(merged(kept, std::move(fresh)));
}

QVariant SortFilterTableProxy::sortKey(int sourceRow) const
{
    return sourceModel()->data(sourceModel()->index(sourceRow, m_sortColumn), m_sortRole);
}

int SortFilterTableProxy::compareKeys(const QVariant &left, const QVariant &right) const
{
    if (!left.isValid() || !right.isValid())
        return int(left.isValid()) - int(right.isValid()); // empty cells first
    const int lt = left.typeId(), rt = right.typeId();
    if (lt == QMetaType::QString && rt == QMetaType::QString) {
        const QString &a = *static_cast<const QString *>(left.constData());
        const QString &b = *static_cast<const QString *>(right.constData());
        // Equal names are common (rows of one application) and cheap to spot; collation is not.
        return a == b ? 0 : m_collator.compare(a, b);
    }
    if (isIntegral(lt) && isIntegral(rt)) {
        const qlonglong a = left.toLongLong(), b = right.toLongLong();
        return int(a > b) - int(a < b);
    }
    if ((isIntegral(lt) || isFloating(lt)) && (isIntegral(rt) || isFloating(rt))) {
        const double a = left.toDouble(), b = right.toDouble();
        return int(a > b) - int(a < b);
    }
    const QPartialOrdering order = QVariant::compare(left, right);
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    return order == QPartialOrdering::Equivalent ? 0 : m_collator.compare(left.toString(), right.toString());
}

bool SortFilterTableProxy::lessThan(const Keyed &left, const Keyed &right) const
{
    int c = compareKeys(left.key, right.key);
    if (m_sortOrder == Qt::DescendingOrder)
        c = -c;
    return c != 0 ? c < 0 : left.row < right.row; // ties keep the source's order
}

std::vector<SortFilterTableProxy::Keyed> SortFilterTableProxy::sortedByKey(const Order &rows) const
{
    // Each key read once: reading it in the comparator would build 1.7 million QVariants
    // to sort 100,000 rows.
    std::vector<Keyed> keyed;
    keyed.reserve(rows.size());
    for (const int row : rows)
        keyed.push_back({sortKey(row), row});
    std::sort(keyed.begin(), keyed.end(), [this](const Keyed &a, const Keyed &b) { return lessThan(a, b); });
    return keyed;
}

void SortFilterTableProxy::sortRows(Order &rows) const
{
    if (m_sortColumn < 0 || !sourceModel()) {
        std::sort(rows.begin(), rows.end());
        return;
    }
    const std::vector<Keyed> keyed = sortedByKey(rows);
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = keyed[i].row;
}

// Each fresh row is searched for from where the previous one went, galloping: rows added in
// key order (a fetch's applications, one after the other) cost a few key reads each, any
// others O(log rows), never one read per held row.
SortFilterTableProxy::Order SortFilterTableProxy::merged(const Order &sorted, Order fresh) const
{
    if (fresh.empty())
        return sorted;
    Order out;
    out.reserve(sorted.size() + fresh.size());
    if (m_sortColumn < 0 || !sourceModel()) {
        std::sort(fresh.begin(), fresh.end());
        std::merge(sorted.begin(), sorted.end(), fresh.begin(), fresh.end(), std::back_inserter(out));
        return out;
    }
    const std::vector<Keyed> keyed = sortedByKey(fresh);
    const size_t n = sorted.size();
    size_t from = 0;
    for (const Keyed &added : keyed) {
        const auto heldBefore = [&](size_t at) { return lessThan({sortKey(sorted[at]), sorted[at]}, added); };
        size_t low = from, span = 1;
        while (low + span - 1 < n && heldBefore(low + span - 1)) {
            low += span;
            span *= 2;
        }
        size_t high = std::min(n, low + span - 1);
        while (low < high) { // first held row not before the added one, in [low, high]
            const size_t mid = low + (high - low) / 2;
            if (heldBefore(mid))
                low = mid + 1;
            else
                high = mid;
        }
        out.insert(out.end(), sorted.begin() + std::ptrdiff_t(from), sorted.begin() + std::ptrdiff_t(low));
        out.push_back(added.row);
        from = low;
    }
    out.insert(out.end(), sorted.begin() + std::ptrdiff_t(from), sorted.end());
    return out;
}

SortFilterTableProxy::Order SortFilterTableProxy::everyAcceptedRow() const
{
    Order rows;
    rows.reserve(m_rowOf.size());
    for (int row = 0; row < int(m_rowOf.size()); ++row) {
        if (filterAcceptsRow(row))
            rows.push_back(row);
    }
    sortRows(rows);
    return rows;
}

void SortFilterTableProxy::rebuildRowOf()
{
    std::fill(m_rowOf.begin(), m_rowOf.end(), -1);
    for (size_t p = 0; p < m_order.size(); ++p)
        m_rowOf[size_t(m_order[p])] = int(p);
}

void SortFilterTableProxy::transitionTo(const Order &next)
{
    std::vector<char> inNext(m_rowOf.size(), 0);
    for (const int row : next)
        inNext[size_t(row)] = 1;
    Order kept;
    kept.reserve(next.size());
    for (const int row : next) {
        if (m_rowOf[size_t(row)] >= 0)
            kept.push_back(row);
    }

    std::vector<int> gone; // proxy rows, ascending
    for (size_t p = 0; p < m_order.size(); ++p) {
        if (!inNext[size_t(m_order[p])])
            gone.push_back(int(p));
    }
    if (!gone.empty()) {
        bool keptInPlace = true;
        size_t k = 0;
        for (const int row : m_order) {
            if (inNext[size_t(row)] && kept[k++] != row) {
                keptInPlace = false;
                break;
            }
        }
        if (keptInPlace) {
            removeProxyRows(gone);
        } else {
            Order staged = kept;
            for (const int p : gone)
                staged.push_back(m_order[size_t(p)]);
            relayout(std::move(staged));
            removeTail(kept.size());
        }
    }
    if (m_order != kept)
        relayout(kept);

    if (kept.size() == next.size())
        return;
    std::vector<int> addedAt; // positions in next, ascending
    for (size_t p = 0; p < next.size(); ++p) {
        if (m_rowOf[size_t(next[p])] < 0)
            addedAt.push_back(int(p));
    }
    if (runCount(addedAt) <= MaxRuns) {
        // Run by run, in order: when a run is inserted, every row before it in next is in place.
        for (size_t i = 0; i < addedAt.size();) {
            size_t j = i;
            while (j + 1 < addedAt.size() && addedAt[j + 1] == addedAt[j] + 1)
                ++j;
            const int first = addedAt[i], last = addedAt[j];
            beginInsertRows({}, first, last);
            m_order.insert(m_order.begin() + first, next.begin() + first, next.begin() + last + 1);
            for (size_t p = size_t(first); p < m_order.size(); ++p)
                m_rowOf[size_t(m_order[p])] = int(p);
            endInsertRows();
            i = j + 1;
        }
    } else {
        Order staged = kept;
        for (const int p : addedAt)
            staged.push_back(next[size_t(p)]);
        beginInsertRows({}, int(kept.size()), int(staged.size()) - 1);
        m_order = std::move(staged);
        for (size_t p = kept.size(); p < m_order.size(); ++p)
            m_rowOf[size_t(m_order[p])] = int(p);
        endInsertRows();
        relayout(next);
    }
}

void SortFilterTableProxy::removeProxyRows(const std::vector<int> &proxyRows)
{
    if (proxyRows.empty())
        return;
    if (runCount(proxyRows) <= MaxRemovalRuns) {
        removeRuns(proxyRows);
        return;
    }
    // The rows that stay, in their order, then those that go: one layout change, one block.
    Order staged;
    staged.reserve(m_order.size());
    size_t g = 0;
    for (size_t p = 0; p < m_order.size(); ++p) {
        if (g < proxyRows.size() && size_t(proxyRows[g]) == p)
            ++g;
        else
            staged.push_back(m_order[p]);
    }
    const size_t kept = staged.size();
    for (const int p : proxyRows)
        staged.push_back(m_order[size_t(p)]);
    relayout(std::move(staged));
    removeTail(kept);
}

void SortFilterTableProxy::removeTail(size_t kept)
{
    beginRemoveRows({}, int(kept), int(m_order.size()) - 1);
    for (size_t p = kept; p < m_order.size(); ++p)
        m_rowOf[size_t(m_order[p])] = -1;
    m_order.resize(kept);
    endRemoveRows();
}

void SortFilterTableProxy::removeRuns(const std::vector<int> &proxyRows)
{
    // Last run first, so that the rows of earlier runs keep their numbers.
    for (size_t j = proxyRows.size(); j > 0;) {
        size_t i = j - 1;
        while (i > 0 && proxyRows[i - 1] == proxyRows[i] - 1)
            --i;
        const int first = proxyRows[i], last = proxyRows[j - 1];
        beginRemoveRows({}, first, last);
        for (int p = first; p <= last; ++p)
            m_rowOf[size_t(m_order[size_t(p)])] = -1;
        m_order.erase(m_order.begin() + first, m_order.begin() + last + 1);
        for (size_t p = size_t(first); p < m_order.size(); ++p)
            m_rowOf[size_t(m_order[p])] = int(p);
        endRemoveRows();
        j = i;
    }
}

// A permutation of the shown rows: what sorting does, and how a change of many scattered
// rows reaches the views in one step.
void SortFilterTableProxy::relayout(Order order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Taken after the signal: views and selection models make their persistent indexes in it.
    const QModelIndexList from = persistentIndexList();
    const Order previous = std::move(m_order);
    m_order = std::move(order);
    rebuildRowOf();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from) {
        const int row = index.row() < int(previous.size()) ? m_rowOf[size_t(previous[size_t(index.row())])] : -1;
        to.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SortFilterTableProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &row : m_order) {
        if (row >= first)
            row += count;
    }
    m_rowOf.insert(m_rowOf.begin() + first, size_t(count), -1);
    Order fresh;
    for (int row = first; row <= last; ++row) {
        if (filterAcceptsRow(row))
            fresh.push_back(row);
    }
    transitionTo(merged(m_order, std::move(fresh)));
}

void SortFilterTableProxy::prepareRemoval(std::vector<int> sourceRows)
{
    settle();
    m_announced.clear();
    for (const int row : sourceRows) {
        if (row >= 0 && size_t(row) < m_rowOf.size())
            m_announced.push_back(row);
    }
    std::sort(m_announced.begin(), m_announced.end());
    m_announced.erase(std::unique(m_announced.begin(), m_announced.end()), m_announced.end());
    m_announcedGone = 0;
    // The proxy rows straight from the map: through transitionTo(), which compares the whole
    // order before and after, a slice of 1-100 removals out of 100,000 rows cost 1.5-4.3 ms.
    std::vector<int> gone;
    for (const int row : m_announced) {
        if (m_rowOf[size_t(row)] >= 0)
            gone.push_back(m_rowOf[size_t(row)]);
    }
    std::sort(gone.begin(), gone.end());
    removeProxyRows(gone);
}

void SortFilterTableProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // The top run of the announced rows still there: out of the view already, renumbered later.
    // Rows below it keep their numbers meanwhile, so the maps still hold for them.
    if (isAnnouncedTopRun(first, last))
        return;
    settle();
    bool shown = false;
    for (int row = first; row <= last && !shown; ++row)
        shown = m_rowOf[size_t(row)] >= 0;
    if (!shown) // taken out ahead (prepareRemoval()) or filtered out
        return;
    Order next;
    next.reserve(m_order.size());
    for (const int row : m_order) {
        if (row < first || row > last)
            next.push_back(row);
    }
    transitionTo(next);
}

void SortFilterTableProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (isAnnouncedTopRun(first, last)) {
        m_announcedGone += size_t(last - first + 1);
        if (m_announcedGone == m_announced.size())
            applyAnnouncedRemovals();
        return;
    }
    const int count = last - first + 1;
    for (int &row : m_order) {
        if (row > last)
            row -= count;
    }
    m_rowOf.erase(m_rowOf.begin() + first, m_rowOf.begin() + last + 1);
}

bool SortFilterTableProxy::isAnnouncedTopRun(int first, int last) const
{
    const size_t left = m_announced.size() - m_announcedGone, count = size_t(last - first + 1);
    return count <= left && m_announced[left - 1] == last && m_announced[left - count] == first;
}

void SortFilterTableProxy::applyAnnouncedRemovals()
{
    if (m_announcedGone > 0) {
        // The rows gone are the last ones announced (ascending): each row's number drops by how
        // many of them were below it. The table is kept: a fresh 400 KB each time was faulted in again.
        const auto gone = m_announced.cend() - std::ptrdiff_t(m_announcedGone);
        std::vector<int> &below = m_below;
        below.assign(m_rowOf.size() + 1, 0);
        for (auto it = gone; it != m_announced.cend(); ++it)
            below[size_t(*it) + 1] = 1;
        for (size_t row = 1; row < below.size(); ++row)
            below[row] += below[row - 1];
        for (int &row : m_order)
            row -= below[size_t(row)];
        size_t kept = size_t(*gone);
        auto next = gone;
        for (size_t row = kept; row < m_rowOf.size(); ++row) {
            if (next != m_announced.cend() && size_t(*next) == row)
                ++next;
            else
                m_rowOf[kept++] = m_rowOf[row];
        }
        m_rowOf.resize(kept);
    }
    m_announced.clear();
    m_announcedGone = 0;
}

void SortFilterTableProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                             const QList<int> &roles)
{
    applyAnnouncedRemovals();
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    int first = INT_MAX, last = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int p = m_rowOf[size_t(row)];
        if (p >= 0) {
            first = std::min(first, p);
            last = std::max(last, p);
        }
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
    const bool sortKeyChanged = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
    if (!sortKeyChanged && !filtersRows())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        m_pending.push_back(row);
    if (!m_settleQueued) {
        m_settleQueued = true;
        QMetaObject::invokeMethod(this, &SortFilterTableProxy::settle, Qt::QueuedConnection);
    }
}

void SortFilterTableProxy::sourceReset()
{
    m_pending.clear();
    m_announced.clear();
    m_announcedGone = 0;
    m_rowOf.assign(size_t(sourceModel()->rowCount()), -1);
    m_order = everyAcceptedRow();
    rebuildRowOf();
    endResetModel();
}

void SortFilterTableProxy::sourceLayoutAboutToBeChanged()
{
    settle();
    Q_EMIT layoutAboutToBeChanged();
    m_layoutProxies = persistentIndexList();
    m_layoutSources.clear();
    for (const QModelIndex &index : std::as_const(m_layoutProxies))
        m_layoutSources.append(mapToSource(index));
}

void SortFilterTableProxy::sourceLayoutChanged()
{
    m_rowOf.assign(size_t(sourceModel()->rowCount()), -1);
    m_order = everyAcceptedRow();
    rebuildRowOf();
    QModelIndexList to;
    to.reserve(m_layoutProxies.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSources))
        to.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxies, to);
    m_layoutProxies.clear();
    m_layoutSources.clear();
    Q_EMIT layoutChanged();
}
