// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/codec.h>

namespace Eureka::XmlEncoder {

QByteArray applications(const Applications &apps);
QByteArray application(const Application &app);
QByteArray instance(const InstanceInfo &info, Codec::InstanceShape shape);

} // namespace Eureka::XmlEncoder
