// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QString>

// Short, translated durations for tables: "12 s ago", "3 d 4 h".
namespace DurationText {
QString ago(qint64 ms);
QString span(qint64 ms);
} // namespace DurationText
