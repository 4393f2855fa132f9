// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
//
// Decode, encode and delta-apply costs of registries of 1,000 / 10,000 / 100,000 instances in
// the real wire shape, and resident bytes per decoded instance.
//   bench_codec [sizes...]     e.g. bench_codec 10000
#include "benchutil.h"
#include "registrygenerator.h"

#include <EurekaClient/codec.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

#include <cstdio>

using namespace Eureka;

namespace {

int runsFor(int size) { return size >= 100000 ? 5 : size >= 10000 ? 21 : 101; }

void benchSize(int size)
{
    const Applications generated = RegistryGenerator::registry(size);
    const QByteArray json = Codec::encodeApplications(generated, WireFormat::Json);
    const QByteArray xml = Codec::encodeApplications(generated, WireFormat::Xml);
    const int runs = runsFor(size);

    const double jsonDecode = BenchUtil::medianMs(runs, [&] {
        const Applications apps = Codec::decodeApplications(json, WireFormat::Json);
        Q_ASSERT(apps.instanceCount() == size);
    });
    const double xmlDecode = BenchUtil::medianMs(qMax(3, runs / 4), [&] {
        const Applications apps = Codec::decodeApplications(xml, WireFormat::Xml);
        Q_ASSERT(apps.instanceCount() == size);
    });
    const double jsonEncode = BenchUtil::medianMs(runs, [&] {
        const QByteArray out = Codec::encodeApplications(generated, WireFormat::Json);
        Q_ASSERT(out.size() == json.size());
    });

    // Apply 10 status changes and then their reverse to one unshared snapshot, so that the
    // figure is the merge itself and not a copy of the registry.
    Applications target = Codec::decodeApplications(json, WireFormat::Json);
    const Applications down = RegistryGenerator::statusDelta(target, 10, true);
    const Applications up = RegistryGenerator::statusDelta(target, 10, false);
    bool flip = true;
    const double deltaUs = 1000 * BenchUtil::medianMs(2001, [&] {
        const RegistryChanges changes = target.applyDelta(flip ? down : up);
        Q_ASSERT(changes.modified.size() == 10);
        flip = !flip;
    });
    const QString hash = target.reconcileHashCode();
    target = Applications();

    const qint64 before = BenchUtil::residentBytes();
    Applications held = Codec::decodeApplications(json, WireFormat::Json);
    const qint64 after = BenchUtil::residentBytes();
    const double bytesPerInstance = double(after - before) / size;

    std::printf("%8d | %7.1f MB | %9.2f ms | %9.2f ms | %9.2f ms | %9.2f us | %8.0f B\n", size,
                json.size() / 1e6, jsonDecode, xmlDecode, jsonEncode, deltaUs, bytesPerInstance);
    std::fflush(stdout);
    Q_UNUSED(hash);
    Q_UNUSED(held);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    const QStringList args = app.arguments().mid(1);
    for (const QString &arg : args)
        sizes.append(arg.toInt());
    if (sizes.isEmpty())
        sizes = {1000, 10000, 100000};

    std::printf("instances |    JSON    | JSON decode | XML decode  | JSON encode | delta (10) | resident/instance\n");
    std::printf("----------+------------+-------------+-------------+-------------+------------+------------------\n");
    for (int size : sizes)
        benchSize(size);
    return 0;
}
