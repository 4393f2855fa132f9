// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "gzip.h"

#include <zlib.h>

#include <algorithm>

namespace Eureka::Gzip {

QByteArray compress(QByteArrayView data, int level)
{
    z_stream stream{};
    // windowBits 15 + 16 selects the gzip wrapper.
    if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray decompress(QByteArrayView data, qsizetype maxSize, bool *ok)
{
    QByteArray out;
    *ok = decompressInto(data, maxSize, 0, &out);
    if (!*ok)
        out.clear();
    return out;
}

bool decompressInto(QByteArrayView data, qsizetype maxSize, qsizetype spare, QByteArray *out)
{
    out->resize(0); // keeps the capacity: a reused buffer is neither freed nor faulted in again
    z_stream stream{};
    // windowBits 15 + 32: detect gzip or zlib headers.
    if (inflateInit2(&stream, 15 + 32) != Z_OK)
        return false;
    // A gzip trailer ends with the inflated size (modulo 4 GiB): room for all of it at once
    // spares the regrowing, whose copies and remappings of a 100 MB registry cost more than the
    // inflating. Believed only within maxSize; a wrong one costs a regrow, not correctness.
    if (data.size() >= 18 && uchar(data[0]) == 0x1f && uchar(data[1]) == 0x8b) {
        const auto *tail = reinterpret_cast<const uchar *>(data.data() + data.size() - 4);
        const qint64 announced = qint64(tail[0]) | qint64(tail[1]) << 8 | qint64(tail[2]) << 16 | qint64(tail[3]) << 24;
        if (announced <= maxSize && out->capacity() < announced + spare)
            out->reserve(qsizetype(announced + spare));
    }
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        const qsizetype at = out->size();
        const qsizetype room = std::clamp<qsizetype>(out->capacity() - at - spare, 16384, qsizetype(1) << 30);
        out->resize(at + room);
        stream.next_out = reinterpret_cast<Bytef *>(out->data() + at);
        stream.avail_out = uInt(room);
        rc = inflate(&stream, Z_NO_FLUSH);
        out->resize(at + room - qsizetype(stream.avail_out));
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        // A small body that inflates without bound is a gzip bomb: stop early.
        if (out->size() > maxSize) {
            rc = Z_BUF_ERROR;
            break;
        }
        if (rc == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            break; // truncated input
    }
    inflateEnd(&stream);
    if (rc != Z_STREAM_END) {
        out->resize(0);
        return false;
    }
    return true;
}

} // namespace Eureka::Gzip
