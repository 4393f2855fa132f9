// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "xmlnames.h"

namespace Eureka::XmlNames {

namespace {
// A conservative subset of XML's NameChar: ASCII letters, digits, '-', '.', and any
// non-ASCII letter. Digits, '-' and '.' may not start a name.
bool isNameChar(QChar c, bool first)
{
    if (c.isLetter())
        return true;
    if (first)
        return false;
    return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('.');
}
} // namespace

QString encodeKey(const QString &key)
{
    QString out;
    out.reserve(key.size());
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == QLatin1Char('_'))
            out += QLatin1String("__");
        else if (isNameChar(c, i == 0))
            out += c;
        else
            out += QLatin1String("_.") + QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
    }
    return out;
}

QString decodeKey(QStringView name)
{
    if (!name.contains(QLatin1Char('_')))
        return name.toString();
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c != QLatin1Char('_') || i + 1 >= name.size()) {
            out += c;
        } else if (name.at(i + 1) == QLatin1Char('_')) {
            out += QLatin1Char('_');
            ++i;
        } else if (name.at(i + 1) == QLatin1Char('.') && i + 5 < name.size()) {
            bool ok = false;
            const ushort code = name.mid(i + 2, 4).toUShort(&ok, 16);
            out += ok ? QChar(code) : c;
            i += ok ? 5 : 0;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace Eureka::XmlNames
