// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>

#include <QtCore/QList>
#include <QtCore/QSharedDataPointer>

namespace Eureka {

class ApplicationData;
class ApplicationPrivate;

/**
 * One application of the registry: its name and its instances (Netflix's Application).
 * Implicitly shared.
 */
class EUREKACLIENT_EXPORT Application
{
public:
    /** An application with no name and no instances. */
    Application();
    /** An application named \a name, with no instances yet. */
    explicit Application(const QString &name);
    ///@{
    /** Copies, moves and swaps; implicitly shared, so a copy is cheap and a setter detaches. */
    Application(const Application &other);
    Application(Application &&other) noexcept;
    Application &operator=(const Application &other);
    Application &operator=(Application &&other) noexcept;
    ~Application();
    void swap(Application &other) noexcept { d.swap(other.d); }
    ///@}

    ///@{
    /** The application name (Eureka upper-cases it when an instance registers). */
    QString name() const;
    void setName(const QString &name);
    ///@}

    /** The instances, in the order they were added. */
    QList<InstanceInfo> instances() const;
    /** How many instances. */
    qsizetype size() const;
    /** True without instances. */
    bool isEmpty() const;
    /** The instance with \a instanceId, or a null InstanceInfo. */
    InstanceInfo instance(const QString &instanceId) const;
    /** Only instances whose status is UP. */
    QList<InstanceInfo> upInstances() const;
    /** UP instances whose zone() is \a zone (python-eureka-client's up_instances_in_zone). */
    QList<InstanceInfo> upInstancesInZone(const QString &zone) const;
    /** UP instances in any other zone (python-eureka-client's up_instances_not_in_zone). */
    QList<InstanceInfo> upInstancesNotInZone(const QString &zone) const;

    /** Adds \a info, or replaces the instance with the same instanceId; returns the replaced one, or a null one. */
    InstanceInfo addInstance(const InstanceInfo &info);
    /** Removes the instance with \a instanceId; returns it, or a null InstanceInfo. */
    InstanceInfo removeInstance(const QString &instanceId);

    ///@{
    /** Equal names and equal instances, in any order. */
    friend EUREKACLIENT_EXPORT bool operator==(const Application &a, const Application &b);
    friend bool operator!=(const Application &a, const Application &b) { return !(a == b); }
    ///@}

private:
    friend class ApplicationPrivate;
    QSharedDataPointer<ApplicationData> d;
};

/** Swaps \a a and \a b; found by argument-dependent lookup. */
inline void swap(Application &a, Application &b) noexcept { a.swap(b); }

} // namespace Eureka

// A d-pointer does not care where it lives: QList moves these with memmove.
Q_DECLARE_TYPEINFO(Eureka::Application, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Eureka::Application)
