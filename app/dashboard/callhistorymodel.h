// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/calltrace.h>

#include <QtCore/QAbstractListModel>
#include <QtCore/QList>

// The console's last calls, newest first, each with the trace of every attempt.
class CallHistoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    struct Call
    {
        qint64 startedAt = 0;
        QString app;
        QString method;
        QString path;
        Eureka::HaStrategy strategy = Eureka::HaStrategy::Random;
        bool finished = false;
        bool ok = false;
        int httpStatus = 0;
        qint64 elapsedMs = 0;
        QString result;      // the answer's first bytes, or the error
        QList<Eureka::CallTrace> traces;
    };

    explicit CallHistoryModel(QObject *parent = nullptr);

    void setMaximumCalls(int maximum) { m_maximum = std::max(1, maximum); }
    // Returns the row of the new call (0).
    int addCall(const Call &call);
    void updateCall(int row, const Call &call);
    Call callAt(int row) const { return m_calls.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Call> m_calls;
    int m_maximum = 50;
};
