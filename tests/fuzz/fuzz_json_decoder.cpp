// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// Every JSON entry point on arbitrary bytes: no crash, no hang, and either a value or an error.
#include <EurekaClient/codec.h>

#include <cstdlib>

using namespace Eureka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    CodecError error;
    const Applications apps = Codec::decodeApplications(input, WireFormat::Json, &error);
    if (error.isError() && !apps.isEmpty())
        std::abort(); // a failed decode must not hand back a partial registry
    if (!error.isError()) {
        // What we decoded we can write and read back to the same registry.
        const QByteArray again = Codec::encodeApplications(apps, WireFormat::Json);
        CodecError second;
        const Applications back = Codec::decodeApplications(again, WireFormat::Json, &second);
        if (second.isError() || back.instanceCount() != apps.instanceCount())
            std::abort();
    }
    error = CodecError();
    Codec::decodeInstance(input, WireFormat::Json, &error);
    error = CodecError();
    Codec::decodeApplication(input, WireFormat::Json, &error);
    return 0;
}
