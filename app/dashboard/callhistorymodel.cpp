// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "callhistorymodel.h"

#include <QtCore/QDateTime>

CallHistoryModel::CallHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int CallHistoryModel::addCall(const Call &call)
{
    beginInsertRows({}, 0, 0);
    m_calls.prepend(call);
    endInsertRows();
    if (m_calls.size() > m_maximum) {
        beginRemoveRows({}, m_maximum, int(m_calls.size()) - 1);
        m_calls.resize(m_maximum);
        endRemoveRows();
    }
    return 0;
}

void CallHistoryModel::updateCall(int row, const Call &call)
{
    if (row < 0 || row >= m_calls.size())
        return;
    m_calls[row] = call;
    Q_EMIT dataChanged(index(row), index(row));
}

int CallHistoryModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_calls.size()); }

QVariant CallHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Call &call = m_calls.at(index.row());
    if (role == Qt::DisplayRole) {
        const QString time = QDateTime::fromMSecsSinceEpoch(call.startedAt).toString(QStringLiteral("HH:mm:ss"));
        QString state;
        if (!call.finished)
            state = tr("running…");
        else if (call.ok)
            state = tr("HTTP %1 in %2 ms, %n attempt(s)", nullptr, int(call.traces.size())).arg(call.httpStatus).arg(call.elapsedMs);
        else
            state = tr("failed after %n attempt(s)", nullptr, int(call.traces.size()));
        return QStringLiteral("%1  %2 %3%4\n%5").arg(time, call.method, call.app, call.path, state);
    }
    if (role == Qt::ToolTipRole)
        return call.result;
    return {};
}
