// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/codec.h>

#include <cstdio>

int main()
{
    Eureka::InstanceInfo info;
    info.setInstanceId(QStringLiteral("h:app:80"));
    info.setApp(QStringLiteral("APP"));
    Eureka::Applications apps;
    apps.addInstance(info);
    const QByteArray json = Eureka::Codec::encodeApplications(apps, Eureka::WireFormat::Json);
    const Eureka::Applications back = Eureka::Codec::decodeApplications(json, Eureka::WireFormat::Json);
    std::printf("%s\n", qPrintable(back.reconcileHashCode()));
    return back.instanceCount() == 1 ? 0 : 1;
}
