// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclient_export.h>

#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>

namespace Eureka {

class DataCenterInfoData;

/**
 * Where an instance runs: "MyOwn" or "Amazon", the Java class name the server expects in
 * `@class`, and for Amazon the EC2 metadata (`instance-id`, `local-ipv4`, `availability-zone`, ...).
 *
 * Implicitly shared. The decoders hand the same shared copy to every instance with an equal
 * data center, so a registry of "MyOwn" instances holds one of these, not one per instance.
 */
class EUREKACLIENT_EXPORT DataCenterInfo
{
public:
    /** The Java class Eureka servers expect for a non-Amazon data center. */
    static QString defaultClassName();
    /** The Java class Eureka servers expect for Amazon (com.netflix.appinfo.AmazonInfo). */
    static QString amazonClassName();

    /** A "MyOwn" data center with no metadata. */
    DataCenterInfo();
    ///@{
    /** Copies, moves and swaps; implicitly shared, so a copy is cheap and a setter detaches. A
     *  moved-from DataCenterInfo may only be assigned to or destroyed. */
    DataCenterInfo(const DataCenterInfo &other);
    DataCenterInfo &operator=(const DataCenterInfo &other);
    DataCenterInfo(DataCenterInfo &&other) noexcept;
    DataCenterInfo &operator=(DataCenterInfo &&other) noexcept
    {
        DataCenterInfo moved(std::move(other));
        swap(moved);
        return *this;
    }
    ~DataCenterInfo();
    void swap(DataCenterInfo &other) noexcept { d.swap(other.d); }
    ///@}

    /** "MyOwn" (the default) or "Amazon"; other names pass through. */
    QString name() const;
    /** Sets name(). */
    void setName(const QString &name);
    /** True when name() is "Amazon". */
    bool isAmazon() const;

    /** The `@class` marker; defaultClassName() unless set, amazonClassName() for Amazon. */
    QString className() const;
    /** Sets className(). */
    void setClassName(const QString &className);

    /** Amazon metadata entries in wire order. */
    QList<std::pair<QString, QString>> metadata() const;
    /** The value of metadata entry \a key, or an empty string. */
    QString metadataValue(const QString &key) const;
    /** Replaces entry \a key in place, or appends it. */
    void setMetadataValue(const QString &key, const QString &value);
    /** Replaces every metadata entry. */
    void setMetadata(const QList<std::pair<QString, QString>> &entries);

    ///@{
    /** Equal names, class names and metadata. */
    friend EUREKACLIENT_EXPORT bool operator==(const DataCenterInfo &a, const DataCenterInfo &b);
    friend bool operator!=(const DataCenterInfo &a, const DataCenterInfo &b) { return !(a == b); }
    ///@}

private:
    QSharedDataPointer<DataCenterInfoData> d;
};

/** Swaps \a a and \a b; found by argument-dependent lookup. */
inline void swap(DataCenterInfo &a, DataCenterInfo &b) noexcept { a.swap(b); }

} // namespace Eureka

// A d-pointer does not care where it lives: QList moves these with memmove.
Q_DECLARE_TYPEINFO(Eureka::DataCenterInfo, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Eureka::DataCenterInfo)
