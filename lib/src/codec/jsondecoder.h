// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/codec.h>

namespace Eureka::JsonDecoder {

Applications decodeApplications(QByteArrayView data, CodecError *error);
Application decodeApplication(QByteArrayView data, CodecError *error);
InstanceInfo decodeInstance(QByteArrayView data, CodecError *error);

} // namespace Eureka::JsonDecoder
