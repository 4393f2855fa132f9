// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "trayicon.h"

#include "statustext.h"

#include <QtGui/QPainter>
#include <QtGui/QPixmap>
#include <QtWidgets/QMenu>
#include <QtWidgets/QSystemTrayIcon>

TrayIcon::TrayIcon(TrayMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // the monitor still works; the window shows the same state
    m_tray = new QSystemTrayIcon(iconFor(monitor->state()), this);
    m_menu = new QMenu;
    m_menu->addAction(tr("Open dashboard"), this, &TrayIcon::openRequested);
    QAction *pause = m_menu->addAction(tr("Pause notifications"));
    pause->setCheckable(true);
    connect(pause, &QAction::toggled, monitor, &TrayMonitor::setPaused);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(monitor->toolTip());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    connect(monitor, &TrayMonitor::stateChanged, this, [this](TrayMonitor::State state) { m_tray->setIcon(iconFor(state)); });
    connect(monitor, &TrayMonitor::toolTipChanged, m_tray, &QSystemTrayIcon::setToolTip);
    connect(monitor, &TrayMonitor::notificationRequested, this,
            [this](const QString &title, const QString &message, TrayMonitor::State severity) {
                const auto icon = severity == TrayMonitor::State::AllUp ? QSystemTrayIcon::Information
                                                                          : QSystemTrayIcon::Warning;
                m_tray->showMessage(title, message, icon);
            });
    m_tray->show();
}

TrayIcon::~TrayIcon() { delete m_menu; }

QIcon TrayIcon::iconFor(TrayMonitor::State state)
{
    // Drawn rather than shipped, so the colours are the pills' colours exactly.
    using Eureka::InstanceStatus;
    QColor color = StatusText::color(InstanceStatus::Unknown);
    switch (state) {
    case TrayMonitor::State::AllUp: color = StatusText::color(InstanceStatus::Up); break;
    case TrayMonitor::State::Degraded: color = StatusText::color(InstanceStatus::OutOfService); break;
    case TrayMonitor::State::Unreachable: color = StatusText::color(InstanceStatus::Down); break;
    case TrayMonitor::State::NoData: break;
    }
    QIcon icon;
    for (int size : {16, 22, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Qt::white, size / 16.0));
        p.setBrush(color);
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        p.setPen(QPen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap));
        // An "E" for Eureka.
        const double l = size * 0.34, r = size * 0.66, t = size * 0.3, m = size * 0.5, b = size * 0.7;
        p.drawLine(QPointF(l, t), QPointF(l, b));
        p.drawLine(QPointF(l, t), QPointF(r, t));
        p.drawLine(QPointF(l, m), QPointF(r - size * 0.06, m));
        p.drawLine(QPointF(l, b), QPointF(r, b));
        icon.addPixmap(pixmap);
    }
    return icon;
}
