// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclient_export.h>

#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtNetwork/QHostAddress>

#include <functional>

namespace Eureka {

// The seam between DNS discovery and DNS itself: looks up the TXT records of a name and
// answers from the event loop. Tests answer from a table; production uses QDnsLookup.
class EUREKACLIENT_AUTOTEST_EXPORT DnsTxtLookup : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(bool ok, const QStringList &values, const QString &error)>;
    using QObject::QObject;

    // Every string of every TXT record of \a name, split on white space.
    virtual void lookup(const QString &name, Callback callback) = 0;
};

// DnsTxtLookup over QDnsLookup, optionally asking one name server (Qt 6.4 always uses port 53).
class EUREKACLIENT_AUTOTEST_EXPORT QtDnsTxtLookup : public DnsTxtLookup
{
    Q_OBJECT

public:
    explicit QtDnsTxtLookup(QObject *parent = nullptr, const QHostAddress &nameserver = QHostAddress());
    void lookup(const QString &name, Callback callback) override;

private:
    QHostAddress m_nameserver;
};

} // namespace Eureka
