// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "decodepool.h"

#include <EurekaClient/codec.h>

namespace Eureka::XmlDecoder {

Applications decodeApplications(QByteArrayView data, CodecError *error, const DecodeOptions &options = {});
Application decodeApplication(QByteArrayView data, CodecError *error, const DecodeOptions &options = {});
InstanceInfo decodeInstance(QByteArrayView data, CodecError *error, const DecodeOptions &options = {});

} // namespace Eureka::XmlDecoder
