// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The embedded registry's HTTP parser on arbitrary bytes, fed in pieces whose sizes come from
// the input itself: no crash, no hang, limits respected, errors are final.
#include "registryserver/httprequestparser.h"

#include <cstdlib>

using namespace Eureka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = 1024;
    limits.maxBodyBytes = 4096;
    HttpRequestParser parser(limits);
    const size_t step = 1 + data[0] % 64;
    const char *text = reinterpret_cast<const char *>(data + 1);
    const size_t n = size - 1;
    for (size_t i = 0; i < n; i += step) {
        parser.feed(QByteArrayView(text + i, qsizetype(std::min(step, n - i))));
        for (;;) {
            const auto state = parser.next();
            if (state == HttpRequestParser::State::RequestReady) {
                const HttpRequest request = parser.takeRequest();
                if (request.body.size() > limits.maxBodyBytes)
                    std::abort();
                continue;
            }
            if (state == HttpRequestParser::State::Error) {
                if (parser.errorStatus() < 400 || parser.next() != HttpRequestParser::State::Error)
                    std::abort();
                return 0;
            }
            break;
        }
    }
    return 0;
}
