// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QString>

// One line of `eurekactl doctor`: what was checked, where, how it went, and what to do.
struct DoctorFinding
{
    enum class Level { Ok, Warn, Fail };

    QString check;  // "server", "context-path", "credentials", "clock", "hash", "agreement", ...
    QString target; // a server URL without credentials, or "configuration", "dns", "cluster"
    Level level = Level::Ok;
    QString message;
    QString fix; // empty for OK

    static QString levelText(Level level)
    {
        switch (level) {
        case Level::Ok: return QStringLiteral("OK");
        case Level::Warn: return QStringLiteral("WARN");
        case Level::Fail: return QStringLiteral("FAIL");
        }
        return {};
    }
};
