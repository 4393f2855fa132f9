// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QString>

// Metadata keys become XML element names, but keys such as "k\"ey" or "1st" are not XML
// names. Like XStream, which Netflix's server uses, we escape what XML cannot carry so that
// nothing is lost: '_' becomes "__" and any other non-name character "_.XXXX" (hex UTF-16).
namespace Eureka::XmlNames {

QString encodeKey(const QString &key);
QString decodeKey(QStringView name);

} // namespace Eureka::XmlNames
