// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace EurekaTest {

// Bytes of a file under tests/fixtures/netflix-eureka (captured from a real Netflix Eureka
// server, see its INDEX.md), e.g. fixture("responses/apps.json"). Fails the test if missing.
QByteArray fixture(const QString &relativePath);

} // namespace EurekaTest
