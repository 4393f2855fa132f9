// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QCoreApplication;

// The README's library example (see readmesnippets.cpp).
namespace ReadmeSnippets {
void quickStart(QCoreApplication &app);
}
