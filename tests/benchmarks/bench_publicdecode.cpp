// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
//
// Decode times through the public Codec API only, so that the same binary runs against an older
// build of the library too, for before/after figures in one session:
//   bench_publicdecode 10000 100000
//   LD_LIBRARY_PATH=/path/to/old/build/lib bench_publicdecode 10000 100000
#include "benchutil.h"
#include "registrygenerator.h"

#include <EurekaClient/codec.h>

#include <cstdio>
#include <cstdlib>

using namespace Eureka;

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const int n = std::atoi(argv[i]);
        for (int shape = 0; shape < 2; ++shape) {
            const Applications generated = shape ? RegistryGenerator::registry(n) : RegistryGenerator::realisticRegistry(n);
            const QByteArray json = Codec::encodeApplications(generated, WireFormat::Json);
            const QByteArray xml = Codec::encodeApplications(generated, WireFormat::Xml);
            const BenchUtil::Timing j = BenchUtil::time(n >= 100000 ? 5 : 15, [&] {
                Codec::decodeApplications(json, WireFormat::Json);
            });
            const BenchUtil::Timing x = BenchUtil::time(n >= 100000 ? 3 : 5, [&] {
                Codec::decodeApplications(xml, WireFormat::Xml);
            });
            std::printf("%-9s %7d: JSON decode median %8.1f ms, XML decode median %8.1f ms\n",
                        shape ? "uniform" : "realistic", n, j.median, x.median);
            std::fflush(stdout);
        }
    }
    return 0;
}
