// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QCommandLineOption>
#include <QtCore/QList>

// eureka-dashboard's command-line options: parsed in main(), and turned into the man page
// (eureka-dashboard --generate man, at build time), so the two cannot drift.
struct DashboardOptions
{
    DashboardOptions();

    QList<QCommandLineOption> list() const;
    // eureka-dashboard(1) in roff, in English.
    QString manPage(const QString &version) const;

    QCommandLineOption demo;
    QCommandLineOption demoPort;
    QCommandLineOption server;
    QCommandLineOption user;
    QCommandLineOption passwordEnv;
    QCommandLineOption tray;
    QCommandLineOption screenshot;
    QCommandLineOption view;
    QCommandLineOption language;
};
