// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "alertrules.h"

#include <QtWidgets/QDialog>

QT_BEGIN_NAMESPACE
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

class TrayMonitor;

// Alerts ▸ Active mutes: what is muted, where, and for how long still; any of them can be
// lifted before it ends by itself.
class MutesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MutesDialog(TrayMonitor *monitor, QWidget *parent = nullptr);

    // Lifts the mute in \a row (for tests, as the button does for the selected row).
    void unmuteRow(int row);
    int rowCount() const;

private:
    void reload();

    TrayMonitor *m_monitor;
    QTreeWidget *m_list;
    QPushButton *m_unmute;
    QList<AlertRules::Mute> m_mutes;
};
