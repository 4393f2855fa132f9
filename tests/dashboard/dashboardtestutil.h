// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QTranslator>

// Loads the English plural forms ("1 instance", "6 changes"), as the dashboard does at start.
inline void installEnglishTranslation()
{
    static QTranslator translator;
    if (translator.load(QStringLiteral(EUREKA_DASHBOARD_QM_DIR "/eureka-dashboard_en.qm")))
        QCoreApplication::installTranslator(&translator);
}
