// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QSet>
#include <QtCore/QString>

#include <string_view>
#include <unordered_map>

namespace Eureka {

// Values that repeat across a registry (app names, VIPs, metadata keys and common values)
// are decoded once and then shared, which is most of what keeps a 100,000-instance registry
// small. One interner lives for one decode; the views must outlive it.
class Utf8Interner
{
public:
    QString intern(std::string_view utf8)
    {
        auto it = m_strings.find(utf8);
        if (it != m_strings.end())
            return it->second;
        QString s = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        m_strings.emplace(utf8, s);
        return s;
    }

private:
    std::unordered_map<std::string_view, QString> m_strings;
};

// The same for decoders that already hold UTF-16 text (XML).
class Utf16Interner
{
public:
    QString intern(QStringView text)
    {
        QString s = text.toString();
        auto it = m_strings.constFind(s);
        if (it != m_strings.constEnd())
            return *it;
        m_strings.insert(s);
        return s;
    }

private:
    QSet<QString> m_strings;
};

} // namespace Eureka
