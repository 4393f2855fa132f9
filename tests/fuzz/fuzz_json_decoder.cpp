// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The JSON decoders on arbitrary bytes: no crash, no hang, and either a value or an error; and
// a document read in place, with anything in the room past its end, decodes as its copy does;
// the indexed path and On-Demand agree.
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

// The indexed path (tried first on registries), whole and in stretches of about 64 bytes (a
// boundary after nearly every object of an array), and On-Demand alone: the same registry, or
// the same error.
void indexedAgrees(const uint8_t *data, size_t size)
{
    using namespace Eureka;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    DecodePool pool;
    DecodeOptions options{&pool, {}};
    options.onDemandOnly = true;
    CodecError onDemandError;
    const Applications onDemand = CodecPrivate::decodeApplications(input, WireFormat::Json, &onDemandError, options);
    const QByteArray expected = Codec::encodeApplications(onDemand, WireFormat::Json);
    options.onDemandOnly = false;
    for (const qsizetype stretch : {qsizetype(0), qsizetype(64)}) {
        options.indexedStretchBytes = stretch;
        CodecError error;
        const Applications either = CodecPrivate::decodeApplications(input, WireFormat::Json, &error, options);
        if (!(either == onDemand) || error.toString() != onDemandError.toString()
            || Codec::encodeApplications(either, WireFormat::Json) != expected)
            std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    readInPlaceAgrees(data, size);
    indexedAgrees(data, size);
    return fuzzDecoders(data, size, Eureka::WireFormat::Json);
}
