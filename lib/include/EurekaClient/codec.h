// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/applications.h>

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QString>

namespace Eureka {

/** Where and why a decode failed. */
struct EUREKACLIENT_EXPORT CodecError
{
    /** What went wrong, in English (wire errors are for logs and bug reports). */
    QString message;
    /** Where in the document, as a path: "applications.application[2].instance[0].port". */
    QString path;
    /** Byte offset of the error in the input, or -1 when it is a typing error found after parsing. */
    qint64 offset = -1;

    /** True when something went wrong: message is not empty. */
    bool isError() const { return !message.isEmpty(); }
    /** "message at path (byte offset)" for logs and errorString(). */
    QString toString() const;
};

/**
 * Reads and writes the Eureka 1.x wire formats, JSON and XML, exactly as Netflix's server
 * sends and accepts them.
 *
 * Decoding is liberal (numbers or strings for ports, timestamps and booleans; a missing or
 * `@class`-only metadata map; a single instance or application as an object instead of an
 * array; unknown fields ignored). Encoding is exact: field names and order are the real
 * server's. Decoding never throws and never crashes on bad input: it returns an empty value
 * and fills \a error. A gzip-compressed body (as fetched with `Accept-Encoding: gzip`) is
 * inflated first, up to 512 MiB.
 */
class EUREKACLIENT_EXPORT Codec
{
public:
    /** Which shape an instance is written in. */
    enum class InstanceShape {
        /** What a client POSTs to register: lease intervals only, `overriddenstatus`, no timestamps. */
        Registration,
        /** What a server answers in `apps`: full lease, timestamps and actionType. */
        Registry,
    };

    /** Decodes an `{"applications": ...}` / `<applications>` document (full registry or delta). */
    static Applications decodeApplications(QByteArrayView data, WireFormat format,
                                           CodecError *error = nullptr);
    /** Decodes an `{"application": ...}` / `<application>` document (GET apps/{APP}). */
    static Application decodeApplication(QByteArrayView data, WireFormat format,
                                         CodecError *error = nullptr);
    /** Decodes an `{"instance": ...}` / `<instance>` document (register body, GET instances/{ID}). */
    static InstanceInfo decodeInstance(QByteArrayView data, WireFormat format,
                                       CodecError *error = nullptr);

    ///@{
    /**
     * Encodes as Netflix's server writes it: the same field names, order and types, byte for byte in JSON.
     * An instance is written as \a shape says.
     */
    static QByteArray encodeApplications(const Applications &apps, WireFormat format);
    static QByteArray encodeApplication(const Application &app, WireFormat format);
    static QByteArray encodeInstance(const InstanceInfo &info, WireFormat format,
                                     InstanceShape shape = InstanceShape::Registration);
    ///@}

    /** Guesses the format from a Content-Type value; JSON unless it names XML. */
    static WireFormat formatFromContentType(QByteArrayView contentType);
};

} // namespace Eureka
