// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "dnstxtlookup.h"

#include <QtNetwork/QDnsLookup>

namespace Eureka {

QtDnsTxtLookup::QtDnsTxtLookup(QObject *parent, const QHostAddress &nameserver)
    : DnsTxtLookup(parent)
    , m_nameserver(nameserver)
{
}

void QtDnsTxtLookup::lookup(const QString &name, Callback callback)
{
    auto *dns = new QDnsLookup(QDnsLookup::TXT, name, this);
    if (!m_nameserver.isNull())
        dns->setNameserver(m_nameserver);
    connect(dns, &QDnsLookup::finished, this, [dns, callback = std::move(callback)] {
        dns->deleteLater();
        if (dns->error() != QDnsLookup::NoError) {
            callback(false, {}, dns->errorString());
            return;
        }
        QStringList values;
        const auto records = dns->textRecords();
        for (const QDnsTextRecord &record : records) {
            for (const QByteArray &text : record.values())
                values += QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        callback(true, values, QString());
    });
    dns->lookup();
}

} // namespace Eureka
