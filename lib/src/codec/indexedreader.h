// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QByteArrayView>

namespace Eureka {
class Applications;
struct CodecError;
class DecodePool;
struct DecodeOptions;
}

namespace Eureka::JsonDecoder {

// A registry ({"applications": ...}) read by walking simdjson's structural index, as the real
// server writes it. True when it was read into \a out, or failed as On-Demand would fail too
// (a cancelled decode; \a error says so); false when it must be decoded on On-Demand, which
// reads anything and says what is wrong and where.
bool readIndexed(QByteArrayView data, CodecError *error, DecodePool &pool, const DecodeOptions &options,
                 Applications *out);

} // namespace Eureka::JsonDecoder
