// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "instancetableview.h"

#include "cachedtextdelegate.h"
#include "instancetablemodel.h"
#include "statuspilldelegate.h"

#include <QtWidgets/QHeaderView>

InstanceTableView::InstanceTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("instanceView"));
    setSortingEnabled(true);
    sortByColumn(InstanceTableModel::App, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    verticalHeader()->hide();
    // Fixed row heights: a 100,000-row table must not measure every row.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    setItemDelegate(new CachedTextDelegate(this));
    setItemDelegateForColumn(InstanceTableModel::Status, new StatusPillDelegate(InstanceTableModel::StatusRole, this));
}

void InstanceTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (model && isSortingEnabled())
        sortByColumn(horizontalHeader()->sortIndicatorSection(), horizontalHeader()->sortIndicatorOrder());
}
