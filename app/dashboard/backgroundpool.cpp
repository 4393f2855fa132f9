// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "backgroundpool.h"

#include <QtCore/QThreadPool>

QThreadPool *backgroundPool()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(1);
        pool.setThreadPriority(QThread::IdlePriority); // SCHED_IDLE on Linux
        pool.setObjectName(QStringLiteral("dashboard-background"));
        return true;
    }();
    Q_UNUSED(configured);
    return &pool;
}
