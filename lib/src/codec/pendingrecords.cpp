// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "pendingrecords.h"

#include "../application_p.h"

namespace Eureka {

void PendingRecords::add(InstanceFields &&fields,
                         const std::array<QByteArrayView, InstanceFields::PackedCount> &packed, QByteArrayView own,
                         const std::vector<quint32> &ownEnds)
{
    m_records.push_back(InstanceInfoPrivate::make(InstanceInfoData::create(std::move(fields), packed, own, ownEnds.data(),
                                                                          m_useSlabs ? &m_slabs : nullptr)));
}

void PendingRecords::flushInto(Application &app)
{
    QList<InstanceInfo> &instances = ApplicationPrivate::instances(app);
    instances.reserve(instances.size() + qsizetype(m_records.size()));
    for (InstanceInfo &record : m_records)
        instances.append(std::move(record));
    clear();
}

} // namespace Eureka
