// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/datacenterinfo.h>

namespace Eureka {

class DataCenterInfoData : public QSharedData
{
public:
    QString name = QStringLiteral("MyOwn");
    QString className; // empty: derived from name
    QList<std::pair<QString, QString>> metadata;
};

QString DataCenterInfo::defaultClassName()
{
    return QStringLiteral("com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo");
}

QString DataCenterInfo::amazonClassName()
{
    return QStringLiteral("com.netflix.appinfo.AmazonInfo");
}

namespace {
// Every decoded instance starts from a default data center before it reads its own: sharing
// one record saves an allocation and a free per instance. Writes detach as before.
DataCenterInfoData *sharedDefault()
{
    // One reference is never given back, so the record outlives every DataCenterInfo.
    static DataCenterInfoData *const data = [] {
        auto *d = new DataCenterInfoData;
        d->ref.ref();
        return d;
    }();
    return data;
}
} // namespace

DataCenterInfo::DataCenterInfo()
    : d(sharedDefault())
{
}
DataCenterInfo::DataCenterInfo(const DataCenterInfo &other) = default;
DataCenterInfo &DataCenterInfo::operator=(const DataCenterInfo &other) = default;
DataCenterInfo::DataCenterInfo(DataCenterInfo &&other) noexcept = default;
DataCenterInfo::~DataCenterInfo() = default;

QString DataCenterInfo::name() const { return d->name; }
void DataCenterInfo::setName(const QString &name) { d->name = name; }
bool DataCenterInfo::isAmazon() const { return d->name == QLatin1StringView("Amazon"); }

QString DataCenterInfo::className() const
{
    if (!d->className.isEmpty())
        return d->className;
    return isAmazon() ? amazonClassName() : defaultClassName();
}
void DataCenterInfo::setClassName(const QString &className) { d->className = className; }

QList<std::pair<QString, QString>> DataCenterInfo::metadata() const { return d->metadata; }

QString DataCenterInfo::metadataValue(const QString &key) const
{
    for (const auto &entry : d->metadata) {
        if (entry.first == key)
            return entry.second;
    }
    return {};
}

void DataCenterInfo::setMetadataValue(const QString &key, const QString &value)
{
    for (auto &entry : d->metadata) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    d->metadata.append({key, value});
}

void DataCenterInfo::setMetadata(const QList<std::pair<QString, QString>> &entries)
{
    d->metadata = entries;
}

bool operator==(const DataCenterInfo &a, const DataCenterInfo &b)
{
    return a.d == b.d
        || (a.d->name == b.d->name && a.className() == b.className()
            && a.d->metadata == b.d->metadata);
}

} // namespace Eureka
