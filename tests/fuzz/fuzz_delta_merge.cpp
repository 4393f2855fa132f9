// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The input is split in two JSON documents at the first NUL: a registry and a delta. After the
// merge the incremental counts must agree with a count from scratch.
#include <EurekaClient/codec.h>

#include <cstdlib>
#include <cstring>

using namespace Eureka;

namespace {
qsizetype countFromScratch(const Applications &apps, InstanceStatus status)
{
    qsizetype n = 0;
    for (const Application &app : apps.applications()) {
        for (const InstanceInfo &info : app.instances())
            n += info.status() == status ? 1 : 0;
    }
    return n;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = reinterpret_cast<const char *>(data);
    const void *nul = std::memchr(text, 0, size);
    const size_t split = nul ? size_t(static_cast<const char *>(nul) - text) : size;
    Applications registry = Codec::decodeApplications(QByteArrayView(text, qsizetype(split)), WireFormat::Json);
    const size_t rest = split < size ? split + 1 : size;
    const Applications delta = Codec::decodeApplications(QByteArrayView(text + rest, qsizetype(size - rest)), WireFormat::Json);
    registry.applyDelta(delta);
    for (InstanceStatus status : {InstanceStatus::Up, InstanceStatus::Down, InstanceStatus::Starting,
                                  InstanceStatus::OutOfService, InstanceStatus::Unknown}) {
        if (registry.instanceCount(status) != countFromScratch(registry, status))
            std::abort();
    }
    return 0;
}
