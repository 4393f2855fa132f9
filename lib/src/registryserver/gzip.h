// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QByteArray>

namespace Eureka::Gzip {

// RFC 1952 gzip (qCompress writes zlib's own format, which HTTP clients do not accept as gzip).
QByteArray compress(QByteArrayView data, int level = 6);
// Inflates gzip or zlib data; empty with \a ok false when corrupt or larger than \a maxSize.
QByteArray decompress(QByteArrayView data, qsizetype maxSize, bool *ok);
// The same into \a out, reusing its capacity and leaving at least \a spare bytes of it free
// past the end (simdjson's padding); false, with \a out empty, when corrupt or too large.
bool decompressInto(QByteArrayView data, qsizetype maxSize, qsizetype spare, QByteArray *out);

} // namespace Eureka::Gzip
