// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/codec.h>

#include <cstdlib>

// One fuzz iteration for a wire format: every entry point on arbitrary bytes; a failed decode
// hands back nothing; what decodes re-encodes and decodes to the same registry.
inline int fuzzDecoders(const uint8_t *data, size_t size, Eureka::WireFormat format)
{
    using namespace Eureka;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    CodecError error;
    const Applications apps = Codec::decodeApplications(input, format, &error);
    if (error.isError() && !apps.isEmpty())
        std::abort();
    if (!error.isError()) {
        const QByteArray again = Codec::encodeApplications(apps, format);
        CodecError second;
        const Applications back = Codec::decodeApplications(again, format, &second);
        if (second.isError() || back.instanceCount() != apps.instanceCount())
            std::abort();
    }
    error = CodecError();
    Codec::decodeInstance(input, format, &error);
    error = CodecError();
    Codec::decodeApplication(input, format, &error);
    return 0;
}
