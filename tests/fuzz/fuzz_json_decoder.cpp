// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The JSON decoders on arbitrary bytes: no crash, no hang, and either a value or an error.
#include "decoderfuzzing.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzDecoders(data, size, Eureka::WireFormat::Json);
}
