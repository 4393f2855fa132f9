// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "viewexporter.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace ViewExporter {

static QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
        field.replace('"', "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

QByteArray toCsv(const QAbstractItemModel &model)
{
    QByteArray out("\xEF\xBB\xBF");
    const int columns = model.columnCount();
    const auto line = [&](const std::function<QString(int)> &cell) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out += ',';
            out += csvField(cell(c));
        }
        out += "\r\n";
    };
    line([&](int c) { return model.headerData(c, Qt::Horizontal).toString(); });
    for (int r = 0; r < model.rowCount(); ++r)
        line([&](int c) { return model.index(r, c).data().toString(); });
    return out;
}

QByteArray toJson(const QAbstractItemModel &model, int keyRole)
{
    QStringList keys;
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString key = model.headerData(c, Qt::Horizontal, keyRole).toString();
        keys.append(key.isEmpty() ? model.headerData(c, Qt::Horizontal).toString() : key);
    }
    QJsonArray rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QJsonObject row;
        for (int c = 0; c < keys.size(); ++c)
            row.insert(keys.at(c), QJsonValue::fromVariant(model.index(r, c).data()));
        rows.append(row);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace ViewExporter
