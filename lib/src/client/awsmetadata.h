// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/datacenterinfo.h>
#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace Eureka {

// Reads the EC2 instance metadata service the way Netflix's AmazonInfo does, with the
// IMDSv2 session token first (falling back to IMDSv1 when the token step is refused), and
// delivers the AmazonInfo data center: instance-id, local-ipv4, local-hostname,
// availability-zone and the other keys Netflix registers.
class EUREKACLIENT_AUTOTEST_EXPORT AwsMetadata : public QObject
{
    Q_OBJECT

public:
    AwsMetadata(QNetworkAccessManager *network, const QUrl &baseUrl, int timeoutMs, QObject *parent);
    void start();

Q_SIGNALS:
    void finished(const Eureka::DataCenterInfo &info);
    void failed(Eureka::Error error, const QString &errorString);

private:
    void fetchKeys();
    QNetworkReply *get(const QString &path);
    void keyDone();
    void fetchDetails();

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_base;
    int m_timeoutMs;
    QByteArray m_token;
    DataCenterInfo m_info;
    int m_outstanding = 0;
    bool m_failed = false;
    bool m_detailsFetched = false;
};

} // namespace Eureka
