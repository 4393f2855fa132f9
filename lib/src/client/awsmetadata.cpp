// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "awsmetadata.h"

#include "../logging_p.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

namespace Eureka {

namespace {
// AmazonInfo.MetaDataKey: the metadata name Eureka registers, and where IMDS keeps it.
struct Key
{
    const char *name;
    const char *path;
};
const Key keys[] = {
    {"instance-id", "meta-data/instance-id"},
    {"ami-id", "meta-data/ami-id"},
    {"instance-type", "meta-data/instance-type"},
    {"local-ipv4", "meta-data/local-ipv4"},
    {"local-hostname", "meta-data/local-hostname"},
    {"availability-zone", "meta-data/placement/availability-zone"},
    {"public-hostname", "meta-data/public-hostname"},
    {"public-ipv4", "meta-data/public-ipv4"},
    {"mac", "meta-data/mac"},
    {"ami-launch-index", "meta-data/ami-launch-index"},
    {"ami-manifest-path", "meta-data/ami-manifest-path"},
    {"hostname", "meta-data/hostname"},
    {"ipv6", "meta-data/ipv6"},
};
// Without these the instance cannot register as Amazon; the rest may be absent (no public IP).
bool required(const char *name)
{
    return qstrcmp(name, "instance-id") == 0 || qstrcmp(name, "local-ipv4") == 0
        || qstrcmp(name, "availability-zone") == 0;
}
} // namespace

AwsMetadata::AwsMetadata(QNetworkAccessManager *network, const QUrl &baseUrl, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_base(baseUrl)
    , m_timeoutMs(timeoutMs)
{
    if (!m_base.path().endsWith(QLatin1Char('/')))
        m_base.setPath(m_base.path() + QLatin1Char('/'));
    m_info.setName(QStringLiteral("Amazon"));
    m_info.setClassName(DataCenterInfo::amazonClassName());
}

void AwsMetadata::start()
{
    QNetworkRequest request(m_base.resolved(QUrl(QStringLiteral("api/token"))));
    request.setRawHeader("X-aws-ec2-metadata-token-ttl-seconds", "21600");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->put(request, QByteArray());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError)
            m_token = reply->readAll().trimmed();
        else
            qCInfo(lcEureka) << "IMDSv2 token refused; reading instance metadata without one (IMDSv1)";
        fetchKeys();
    });
}

QNetworkReply *AwsMetadata::get(const QString &path)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    if (!m_token.isEmpty())
        request.setRawHeader("X-aws-ec2-metadata-token", m_token);
    request.setTransferTimeout(m_timeoutMs);
    return m_network->get(request);
}

void AwsMetadata::fetchKeys()
{
    m_outstanding = int(std::size(keys));
    for (const Key &key : keys) {
        QNetworkReply *reply = get(QLatin1String(key.path));
        connect(reply, &QNetworkReply::finished, this, [this, reply, key] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() == QNetworkReply::NoError && status == 200) {
                m_info.setMetadataValue(QLatin1String(key.name), QString::fromUtf8(reply->readAll().trimmed()));
            } else if (required(key.name) && !m_failed) {
                m_failed = true;
                Q_EMIT failed(Error::NetworkError, tr("cannot read %1 from the instance metadata service: %2")
                                                       .arg(QLatin1String(key.name), reply->errorString()));
            }
            keyDone();
        });
    }
}

void AwsMetadata::keyDone()
{
    if (--m_outstanding > 0 || m_failed)
        return;
    if (!m_detailsFetched) {
        fetchDetails();
        return;
    }
    Q_EMIT finished(m_info);
}

// The keys that depend on others: the VPC of the primary interface (by its MAC) and the
// account, which only the signed identity document carries. Both are optional.
void AwsMetadata::fetchDetails()
{
    m_detailsFetched = true;
    const QString mac = m_info.metadataValue(QStringLiteral("mac"));
    m_outstanding = mac.isEmpty() ? 1 : 2;
    if (!mac.isEmpty()) {
        QNetworkReply *vpc = get(QStringLiteral("meta-data/network/interfaces/macs/%1/vpc-id").arg(mac));
        connect(vpc, &QNetworkReply::finished, this, [this, vpc] {
            vpc->deleteLater();
            if (vpc->error() == QNetworkReply::NoError)
                m_info.setMetadataValue(QStringLiteral("vpc-id"), QString::fromUtf8(vpc->readAll().trimmed()));
            keyDone();
        });
    }
    QNetworkReply *document = get(QStringLiteral("dynamic/instance-identity/document"));
    connect(document, &QNetworkReply::finished, this, [this, document] {
        document->deleteLater();
        const QJsonObject identity = QJsonDocument::fromJson(document->readAll()).object();
        const QString account = identity.value(QLatin1StringView("accountId")).toString();
        if (!account.isEmpty())
            m_info.setMetadataValue(QStringLiteral("accountId"), account);
        keyDone();
    });
}

} // namespace Eureka
