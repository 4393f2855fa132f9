// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "mainwindow.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

// `--screenshot FILE`: waits until the window shows the whole fleet (or a timeout), sets up
// the requested view (a selected instance, an HA call on the timeline), grabs the window to
// a PNG and quits. Works on the offscreen platform, so documentation screenshots need no display.
class Screenshotter : public QObject
{
    Q_OBJECT

public:
    Screenshotter(MainWindow *window, const QString &file, MainWindow::View view, int expectedInstances,
                  QObject *parent = nullptr);

    void start();

private:
    void poll();
    void stage();
    void shoot();

    MainWindow *m_window;
    QString m_file;
    MainWindow::View m_view;
    int m_expected;
    QTimer m_poll;
    int m_polls = 0;
};
