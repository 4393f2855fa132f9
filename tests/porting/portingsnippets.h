// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

class QObject;

// The code of docs/PORTING.md, one function a section of python-eureka-client's README.
// tst_porting runs what can run on loopback and checks that the documents quote these
// functions exactly (between the //! [name] markers).
namespace PortingSnippets {

void initWithServerList(const QString &servers, int port);
void eurekaClientClass(const QString &servers, QObject *app);
void availabilityZones();
void dnsDiscovery();
void protocolAuthContext();
void instanceIpNetwork();
void errorCallback(const QString &servers, QStringList *errors);
void doServiceString();
void doServiceJson();
void doServiceResponseObject();
void doServiceBlocking();
void walkNodes();
void haStrategies();
void registryQueries(QStringList *hosts);
void customHttpClient(const QString &servers);
void selfSignedCertificate(const QString &servers);
void logging(const QString &logFile);
void amazonDataCenter();

} // namespace PortingSnippets
