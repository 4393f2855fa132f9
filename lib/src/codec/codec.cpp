// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/codec.h>

#include "../logging_p.h"
#include "codec_p.h"
#include "decodecontext.h"
#include "../registryserver/gzip.h"
#include "jsondecoder.h"
#include "jsonwriter.h"
#include "xmldecoder.h"
#include "xmlencoder.h"

namespace Eureka {

namespace {
// Callers may pass no CodecError; the decoders still need somewhere to write, and the
// failure is worth a debug line either way.
// \a buffer, when given, is where a gzip body is inflated (a decode pool's, kept between decodes).
template<typename T, typename Fn>
T decode(QByteArrayView data, CodecError *error, Fn fn, qsizetype maxInflatedBytes = MaxDocumentSize,
         QByteArray *buffer = nullptr)
{
    CodecError local;
    CodecError *target = error ? error : &local;
    *target = CodecError();
    // A body fetched with Accept-Encoding: gzip arrives as the server sent it. JSON and XML never
    // start with these two bytes.
    QByteArray inflated;
    QByteArray &into = buffer ? *buffer : inflated;
    if (data.size() >= 2 && data[0] == '\x1f' && data[1] == '\x8b') {
        // Room for simdjson's padding past the end, so the JSON decoder reads it in place.
        if (!Gzip::decompressInto(data, maxInflatedBytes, InputPadding, &into)) {
            target->message = QStringLiteral("not valid gzip, or larger than %1 bytes once decompressed").arg(maxInflatedBytes);
            target->offset = 0;
            qCDebug(lcEurekaCodec) << "decode failed:" << target->toString();
            return T();
        }
        data = into;
    }
    T value = fn(data, target);
    if (target->isError())
        qCDebug(lcEurekaCodec) << "decode failed:" << target->toString();
    return value;
}
} // namespace

Applications CodecPrivate::decodeApplications(QByteArrayView data, WireFormat format, CodecError *error,
                                             const DecodeOptions &options)
{
    return decode<Applications>(
        data, error,
        [&](QByteArrayView bytes, CodecError *target) {
            if (format == WireFormat::Xml)
                return XmlDecoder::decodeApplications(bytes, target, options);
            if (bytes.data() == data.data())
                return JsonDecoder::decodeApplications(bytes, target, options);
            // Inflated: what follows is the inflate buffer's spare room, not the caller's.
            DecodeOptions inflated = options;
            inflated.readablePastEnd = InputPadding;
            return JsonDecoder::decodeApplications(bytes, target, inflated);
        },
        options.maxInflatedBytes > 0 ? options.maxInflatedBytes : MaxDocumentSize,
        options.pool ? &options.pool->inflateBuffer() : nullptr);
}

Applications Codec::decodeApplications(QByteArrayView data, WireFormat format, CodecError *error)
{
    return decode<Applications>(data, error, [format](QByteArrayView bytes, CodecError *target) {
        DecodeOptions options;
        options.slabRecords = true; // a registry's records are freed together
        return format == WireFormat::Xml ? XmlDecoder::decodeApplications(bytes, target, options)
                                         : JsonDecoder::decodeApplications(bytes, target, options);
    });
}

Application Codec::decodeApplication(QByteArrayView data, WireFormat format, CodecError *error)
{
    return decode<Application>(data, error, [format](QByteArrayView bytes, CodecError *target) {
        return format == WireFormat::Xml ? XmlDecoder::decodeApplication(bytes, target) : JsonDecoder::decodeApplication(bytes, target);
    });
}

InstanceInfo Codec::decodeInstance(QByteArrayView data, WireFormat format, CodecError *error)
{
    return decode<InstanceInfo>(data, error, [format](QByteArrayView bytes, CodecError *target) {
        return format == WireFormat::Xml ? XmlDecoder::decodeInstance(bytes, target) : JsonDecoder::decodeInstance(bytes, target);
    });
}

QByteArray Codec::encodeApplications(const Applications &apps, WireFormat format)
{
    return format == WireFormat::Xml ? XmlEncoder::applications(apps) : JsonWriter::applications(apps);
}

QByteArray Codec::encodeApplication(const Application &app, WireFormat format)
{
    return format == WireFormat::Xml ? XmlEncoder::application(app) : JsonWriter::application(app);
}

QByteArray Codec::encodeInstance(const InstanceInfo &info, WireFormat format, InstanceShape shape)
{
    return format == WireFormat::Xml ? XmlEncoder::instance(info, shape)
                                     : JsonWriter::instance(info, shape);
}

WireFormat Codec::formatFromContentType(QByteArrayView contentType)
{
    return QByteArray(contentType.data(), contentType.size()).toLower().contains("xml")
        ? WireFormat::Xml
        : WireFormat::Json;
}

} // namespace Eureka
