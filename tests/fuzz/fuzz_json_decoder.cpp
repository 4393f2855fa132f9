// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The JSON decoders on arbitrary bytes: no crash, no hang, and either a value or an error; and
// a document read in place, with anything in the room past its end, decodes as its copy does.
#include "decoderfuzzing.h"

#include "codec/codec_p.h"

#include <cstring>

namespace {
void readInPlaceAgrees(const uint8_t *data, size_t size)
{
    using namespace Eureka;
    QByteArray roomy(reinterpret_cast<const char *>(data), qsizetype(size));
    roomy.reserve(roomy.size() + InputPadding);
    std::memset(roomy.data() + roomy.size(), '"', size_t(roomy.capacity() - roomy.size()));
    DecodePool pool;
    DecodeOptions options{&pool, {}};
    options.readablePastEnd = roomy.capacity() - roomy.size();
    CodecError inPlaceError, copiedError;
    const Applications inPlace = CodecPrivate::decodeApplications(roomy, WireFormat::Json, &inPlaceError, options);
    const Applications copied = Codec::decodeApplications(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), WireFormat::Json, &copiedError);
    if (!(inPlace == copied) || inPlaceError.toString() != copiedError.toString())
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    readInPlaceAgrees(data, size);
    return fuzzDecoders(data, size, Eureka::WireFormat::Json);
}
