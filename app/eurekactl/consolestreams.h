// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QTextStream>

// eurekactl's standard output and error, one stream each for the whole program, so that what
// the commands print comes out in order.
namespace Console {

QTextStream &out();
QTextStream &err();

} // namespace Console
