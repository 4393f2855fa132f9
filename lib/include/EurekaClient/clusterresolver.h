// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclientconfig.h>
#include <EurekaClient/eurekaendpoint.h>
#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QList>
#include <QtCore/QObject>

namespace Eureka {

/**
 * Where the Eureka servers are. endpoints() answers at once from what the resolver knows
 * (it never blocks); refresh() looks again in the background and emits endpointsChanged().
 * Implement it to plug in your own discovery of Eureka servers.
 */
class EUREKACLIENT_EXPORT ClusterResolver : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~ClusterResolver() override;

    /**
     * The resolver EurekaClient uses for \a config: DNS TXT records when ClientConfig::dnsDomain is
     * set (endpoints() is empty until refresh() has found them: wait for refreshed() or
     * errorOccurred()), else the static list or the zones map, own zone first (endpoints() answers
     * at once). For tools that need the same servers a client would use, in the same order.
     */
    static ClusterResolver *create(const ClientConfig &config, QObject *parent = nullptr);

    /** The servers in the order to try them. */
    virtual QList<EurekaEndpoint> endpoints() const = 0;
    /** Looks again (DNS, configuration...); the default does nothing. */
    virtual void refresh();

Q_SIGNALS:
    /** endpoints() changed. */
    void endpointsChanged();
    /** A refresh() found servers (whether or not they changed). */
    void refreshed();
    /** A refresh() failed; the last good endpoints() stay. */
    void errorOccurred(Eureka::Error error, const QString &errorString);
};

} // namespace Eureka
