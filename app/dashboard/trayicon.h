// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "traymonitor.h"

#include <QtCore/QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QSystemTrayIcon;
QT_END_NAMESPACE

// Puts a TrayMonitor on the desktop's tray, when the desktop has one: icon and tooltip by
// state, a menu (open dashboard, pause notifications, quit) and the monitor's notifications.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    TrayIcon(TrayMonitor *monitor, QObject *parent = nullptr);
    ~TrayIcon() override;

    bool isAvailable() const { return m_tray != nullptr; }
    static QIcon iconFor(TrayMonitor::State state);

Q_SIGNALS:
    void openRequested();
    void quitRequested();

private:
    TrayMonitor *m_monitor;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
};
