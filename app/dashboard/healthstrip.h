// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QPointer>
#include <QtWidgets/QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

class ClusterHealth;

// One line over the tables: which Eureka server answered, when, delta or full, hash match,
// fetch errors; and a banner when renewals fall below the self-preservation threshold.
class HealthStrip : public QFrame
{
    Q_OBJECT

public:
    explicit HealthStrip(QWidget *parent = nullptr);

    void setHealth(ClusterHealth *health);
    QString summaryText() const;
    QString warningText() const;

private:
    void refresh();

    QPointer<ClusterHealth> m_health;
    QLabel *m_summary;
    QLabel *m_warning;
};
