// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtWidgets/QTableView>

// The instance table as the dashboard shows it (one row per instance, sorted, statuses as
// pills), set up for 100,000 rows: fixed row heights, and text cells painted from a cache so a
// repaint of the same rows shapes no text. The benchmarks measure this view, not a look-alike.
class InstanceTableView : public QTableView
{
    Q_OBJECT

public:
    explicit InstanceTableView(QWidget *parent = nullptr);

    // Sorts the new model by the header's sort column: the constructor's sort had no model yet.
    void setModel(QAbstractItemModel *model) override;
};
