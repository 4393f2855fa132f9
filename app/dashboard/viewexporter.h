// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QByteArray>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

// What a table view shows (its rows as filtered and sorted, every column) as CSV (RFC 4180,
// UTF-8 with BOM so spreadsheet programs read Chinese names right) or as a JSON array of
// objects keyed by each column's machine name (header data at \a keyRole, else its title).
namespace ViewExporter {
QByteArray toCsv(const QAbstractItemModel &model);
QByteArray toJson(const QAbstractItemModel &model, int keyRole);
} // namespace ViewExporter
