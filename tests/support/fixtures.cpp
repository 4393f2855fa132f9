// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "fixtures.h"

#include <QtCore/QFile>
#include <QtTest/QTest>

namespace EurekaTest {

QByteArray fixture(const QString &relativePath)
{
    QFile file(QStringLiteral(EUREKA_FIXTURES_DIR "/netflix-eureka/") + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("missing fixture ") + file.fileName()), __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

} // namespace EurekaTest
