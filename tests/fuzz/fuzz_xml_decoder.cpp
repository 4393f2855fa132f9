// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// Every XML entry point on arbitrary bytes: no crash, no hang, and either a value or an error.
#include <EurekaClient/codec.h>

#include <cstdlib>

using namespace Eureka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    CodecError error;
    const Applications apps = Codec::decodeApplications(input, WireFormat::Xml, &error);
    if (error.isError() && !apps.isEmpty())
        std::abort();
    if (!error.isError()) {
        const QByteArray again = Codec::encodeApplications(apps, WireFormat::Xml);
        CodecError second;
        const Applications back = Codec::decodeApplications(again, WireFormat::Xml, &second);
        if (second.isError() || back.instanceCount() != apps.instanceCount())
            std::abort();
    }
    error = CodecError();
    Codec::decodeInstance(input, WireFormat::Xml, &error);
    error = CodecError();
    Codec::decodeApplication(input, WireFormat::Xml, &error);
    return 0;
}
