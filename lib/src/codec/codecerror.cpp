// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/codec.h>

namespace Eureka {

QString CodecError::toString() const
{
    if (!isError())
        return {};
    QString text = message;
    if (!path.isEmpty())
        text += QStringLiteral(" at ") + path;
    if (offset >= 0)
        text += QStringLiteral(" (byte ") + QString::number(offset) + QLatin1Char(')');
    return text;
}

} // namespace Eureka
