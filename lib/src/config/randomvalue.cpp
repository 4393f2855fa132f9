// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "randomvalue.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QStringList>
#include <QtCore/QUuid>

#include <limits>

namespace Eureka::RandomValue {

namespace {

// "(max)" or "[min,max]" after the type's name, as Spring reads it: whatever sits between the
// character after the name and the last one.
bool rangeOf(const QString &type, const QString &name, QString *range)
{
    if (!type.startsWith(name) || type.size() <= name.size() + 1)
        return false;
    *range = type.mid(name.size() + 1, type.size() - name.size() - 2);
    return true;
}

bool draw(const QString &type, const QString &range, qint64 lowest, qint64 highest, QString *value, QString *error)
{
    const QStringList bounds = range.split(QLatin1Char(','));
    qint64 min = 0;
    qint64 max = 0;
    bool ok = bounds.size() <= 2;
    if (ok && bounds.size() == 1) {
        max = bounds.at(0).trimmed().toLongLong(&ok);
        if (ok && max <= 0) {
            *error = QStringLiteral("random.%1: the bound must be positive").arg(type);
            return false;
        }
    } else if (ok) {
        bool minOk = false;
        min = bounds.at(0).trimmed().toLongLong(&minOk);
        max = bounds.at(1).trimmed().toLongLong(&ok);
        ok = ok && minOk;
        if (ok && min >= max) {
            *error = QStringLiteral("random.%1: the lower bound must be less than the upper bound").arg(type);
            return false;
        }
    }
    if (!ok || min < lowest || max > highest) {
        *error = QStringLiteral("random.%1: \"%2\" is not a range of numbers").arg(type, range);
        return false;
    }
    *value = QString::number(QRandomGenerator::global()->bounded(min, max));
    return true;
}

} // namespace

bool resolve(const QString &type, QString *value, QString *error)
{
    auto *random = QRandomGenerator::global();
    if (type == QLatin1String("int")) {
        *value = QString::number(qint32(random->generate()));
        return true;
    }
    if (type == QLatin1String("long")) {
        *value = QString::number(qint64(random->generate64()));
        return true;
    }
    QString range;
    if (rangeOf(type, QStringLiteral("int"), &range))
        return draw(type, range, std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max(), value, error);
    if (rangeOf(type, QStringLiteral("long"), &range))
        return draw(type, range, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), value, error);
    if (type == QLatin1String("uuid")) {
        *value = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return true;
    }
    quint32 bytes[4];
    random->fillRange(bytes);
    *value = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex());
    return true;
}

} // namespace Eureka::RandomValue
