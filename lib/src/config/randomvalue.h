// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclient_export.h>

#include <QtCore/QString>

namespace Eureka::RandomValue {

// Spring Boot's RandomValuePropertySource: the value of `${random.<type>}`, where \a type is
// what follows "random.": `int`, `long`, `int(max)`, `int[min,max]` (and the same for long;
// min inclusive, max exclusive), `uuid`, and anything else (`value`) 32 random hex digits.
// Spring's own documentation uses `${spring.application.name}:${random.value}` as the
// instance id. False with \a error for a range Spring refuses (a bound that is not a number,
// a maximum that is not positive, a minimum not below the maximum).
EUREKACLIENT_AUTOTEST_EXPORT bool resolve(const QString &type, QString *value, QString *error);

} // namespace Eureka::RandomValue
