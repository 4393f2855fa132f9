// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
//
// Decode, encode and delta-apply costs of registries, each decode printed beside a reference
// that parses the same bytes in the same process, and the ratio of the two (this machine is
// noisy; ratios are not):
//   JSON: a bare simdjson DOM parse of the input already padded, twice: "warm" with a parser
//         reused from the last parse (simdjson at its best), "cold" with a new parser, whose
//         buffers must be faulted in (what a single parse of a new document costs). Our decode
//         is timed the same two ways: warm with a decode pool kept from the last decode (the
//         client's registry thread keeps one for a while after each decode), cold through the
//         public Codec API, whose per-thread pool gives back buffers of documents over 2 MB;
//   XML:  a bare QXmlStreamReader pass over every token.
// Two registry shapes: "realistic" (uneven applications, per-instance metadata; see
// registrygenerator.h) and "uniform" (the first generator, which flatters sharing).
//   bench_codec [sizes...]                 e.g. bench_codec 10000 100000
//   bench_codec --realistic-only [sizes...]
//   bench_codec --warm RUNS [sizes...]     warm JSON only, ours and the reference taken in turns,
//                                          min and median of each: for A/B runs of two library
//                                          builds (LD_LIBRARY_PATH) and for profiling the decode;
//                                          with two more references in the same turns (see
//                                          referencedecoders.h): the On-Demand walk any decoder
//                                          on that API pays, and a DOM parse into plain structs;
//                                          and our decode on On-Demand alone (no indexed path)
//   bench_codec --write N file.json        the realistic registry of N instances, for peers/side-by-side.sh
#include "benchutil.h"
#include "referencedecoders.h"
#include "registrygenerator.h"

#include "codec/codec_p.h"

#include <EurekaClient/codec.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QStringList>
#include <QtCore/QXmlStreamReader>

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <thread>
#include <vector>

using namespace Eureka;

namespace {

// Decodes with \a pool, reading \a json where it is: the client's registry thread does so with
// the transport's buffers (room left past the end) and with inflated answers.
DecodeOptions readInPlace(DecodePool *pool, QByteArray &json)
{
    json.reserve(json.size() + InputPadding);
    DecodeOptions options{pool, {}};
    options.readablePastEnd = json.capacity() - json.size();
    options.slabRecords = true; // as the client decodes a full fetch
    return options;
}

int runsFor(int size) { return size >= 100000 ? 7 : size >= 10000 ? 21 : 101; }

void benchShape(const char *shape, const Applications &generated)
{
    const qsizetype size = generated.instanceCount();
    QByteArray json = Codec::encodeApplications(generated, WireFormat::Json);
    const QByteArray xml = Codec::encodeApplications(generated, WireFormat::Xml);
    const int runs = runsFor(int(size));

    const simdjson::padded_string padded(json.constData(), size_t(json.size()));
    simdjson::dom::parser parser;
    const BenchUtil::Timing simdWarm = BenchUtil::time(runs, [&] {
        simdjson::dom::element root;
        const auto error = parser.parse(padded).get(root);
        Q_ASSERT(!error);
        Q_UNUSED(error);
    });
    const BenchUtil::Timing simdCold = BenchUtil::time(runs, [&] {
        simdjson::dom::parser fresh;
        simdjson::dom::element root;
        const auto error = fresh.parse(padded).get(root);
        Q_ASSERT(!error);
        Q_UNUSED(error);
    });
    DecodePool pool;
    pool.setKeepBytes(std::numeric_limits<size_t>::max());
    // Like simdjson's, our input has room past its end, as the client's bodies have.
    const DecodeOptions inPlace = readInPlace(&pool, json);
    const BenchUtil::Timing warm = BenchUtil::time(runs, [&] {
        const Applications apps = CodecPrivate::decodeApplications(json, WireFormat::Json, nullptr, inPlace);
        Q_ASSERT(apps.instanceCount() == size);
    });
    pool.releaseBuffers();
    const BenchUtil::Timing cold = BenchUtil::time(runs, [&] {
        const Applications apps = Codec::decodeApplications(json, WireFormat::Json);
        Q_ASSERT(apps.instanceCount() == size);
    });
    const int xmlRuns = qMax(3, runs / 4);
    const BenchUtil::Timing xmlReference = BenchUtil::time(xmlRuns, [&] {
        QXmlStreamReader reader(xml);
        qsizetype tokens = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            ++tokens;
        }
        Q_ASSERT(!reader.hasError() && tokens > size);
    });
    const BenchUtil::Timing xmlDecode = BenchUtil::time(xmlRuns, [&] {
        const Applications apps = Codec::decodeApplications(xml, WireFormat::Xml);
        Q_ASSERT(apps.instanceCount() == size);
    });
    const BenchUtil::Timing jsonEncode = BenchUtil::time(runs, [&] {
        const QByteArray out = Codec::encodeApplications(generated, WireFormat::Json);
        Q_ASSERT(out.size() == json.size());
    });

    // Apply 10 status changes and then their reverse to one unshared snapshot, so that the
    // figure is the merge itself and not a copy of the registry.
    Applications target = Codec::decodeApplications(json, WireFormat::Json);
    const Applications down = RegistryGenerator::statusDelta(target, 10, true);
    const Applications up = RegistryGenerator::statusDelta(target, 10, false);
    bool flip = true;
    const BenchUtil::Timing delta = BenchUtil::time(2001, [&] {
        const RegistryChanges changes = target.applyDelta(flip ? down : up);
        Q_ASSERT(changes.modified.size() == 10);
        flip = !flip;
    });
    target = Applications();

    const qint64 before = BenchUtil::residentBytes();
    Applications held = Codec::decodeApplications(json, WireFormat::Json);
    const qint64 after = BenchUtil::residentBytes();
    const double bytesPerInstance = double(after - before) / double(size);

    std::printf("%-9s %7lld %5.1f MB | warm: simdjson %6.2f ours %6.2f ratio %4.2f | cold: simdjson %6.2f ours %6.2f "
                "ratio %4.2f | XML: reader %6.1f ours %6.1f ratio %4.2f | encode %6.1f | delta(10) %5.2f us | %4.0f B\n",
                shape, static_cast<long long>(size), json.size() / 1e6, simdWarm.median, warm.median,
                warm.median / simdWarm.median, simdCold.median, cold.median, cold.median / simdCold.median,
                xmlReference.median, xmlDecode.median, xmlDecode.median / xmlReference.median, jsonEncode.median,
                delta.median * 1000, bytesPerInstance);
    std::fflush(stdout);
    Q_UNUSED(held);
}

} // namespace

// Ours and the reference in turns, so that a noisy stretch of the machine hits both alike.
void benchWarm(const char *shape, const Applications &generated, int runs)
{
    QByteArray json = Codec::encodeApplications(generated, WireFormat::Json);
    const simdjson::padded_string padded(json.constData(), size_t(json.size()));
    simdjson::dom::parser parser;
    DecodePool pool;
    pool.setKeepBytes(std::numeric_limits<size_t>::max());
    const DecodeOptions inPlace = readInPlace(&pool, json);
    DecodeOptions onDemandOnly = inPlace;
    onDemandOnly.onDemandOnly = true;
    simdjson::ondemand::parser walker;
    simdjson::dom::parser structParser;
    std::vector<double> ours, reference, walk, structs, oursFree, structsFree, onDemand;
    const auto timed = [](std::vector<double> &into, const auto &fn) {
        QElapsedTimer clock;
        clock.start();
        fn();
        into.push_back(double(clock.nsecsElapsed()) / 1e6);
    };
    for (int i = 0; i < runs; ++i) {
        timed(reference, [&] {
            simdjson::dom::element root;
            const auto error = parser.parse(padded).get(root);
            Q_ASSERT(!error);
            Q_UNUSED(error);
        });
        // Decoding and freeing the result are timed apart: the reference parse frees nothing (its
        // parser keeps the tape for the next parse), and the client frees a registry it replaces
        // after publishing the new one, on its registry thread.
        Applications apps;
        timed(ours, [&] { apps = CodecPrivate::decodeApplications(json, WireFormat::Json, nullptr, inPlace); });
        Q_ASSERT(apps.instanceCount() == generated.instanceCount());
        timed(oursFree, [&] { apps = Applications(); });
        // The same decode without the indexed path: what it gains, in the same turns.
        timed(onDemand, [&] { apps = CodecPrivate::decodeApplications(json, WireFormat::Json, nullptr, onDemandOnly); });
        Q_ASSERT(apps.instanceCount() == generated.instanceCount());
        apps = Applications();
        timed(walk, [&] {
            const std::int64_t members = ReferenceDecoders::onDemandWalk(walker, padded);
            Q_ASSERT(members > generated.instanceCount());
            Q_UNUSED(members);
        });
        // The plain structs are built and freed on a thread of their own, so in a malloc arena
        // of their own. In ours, their hundreds of thousands of freed strings waited for our
        // next decode: glibc sorts deferred frees into its bins at the next allocation its
        // caches cannot serve, and that was one of ours (8 % of our decode's samples, in
        // _int_malloc, unlink_chunk and malloc_consolidate). The client decodes on its registry
        // thread, whose arena holds the registry's allocations only.
        std::thread([&] {
            std::vector<ReferenceDecoders::PlainInstance> plain;
            timed(structs, [&] { plain = ReferenceDecoders::domToPlainStructs(structParser, padded); });
            Q_ASSERT(qsizetype(plain.size()) == generated.instanceCount());
            timed(structsFree, [&] { std::vector<ReferenceDecoders::PlainInstance>().swap(plain); });
        }).join();
    }
    for (std::vector<double> *series : {&ours, &reference, &walk, &structs, &oursFree, &structsFree, &onDemand})
        std::sort(series->begin(), series->end());
    const auto median = [](const std::vector<double> &v) { return v[v.size() / 2]; };
    const double refMin = reference.front(), refMedian = median(reference);
    std::printf("%-9s %7lld warm, %d runs | simdjson min %6.2f median %6.2f | ours min %6.2f median %6.2f | "
                "ratio of minimums %4.2f, of medians %4.2f\n",
                shape, static_cast<long long>(generated.instanceCount()), runs, refMin, refMedian, ours.front(),
                median(ours), ours.front() / refMin, median(ours) / refMedian);
    std::printf("%-9s %7lld   the same runs: On-Demand walk of every member, values unread: min %6.2f median %6.2f "
                "(%4.2f of the DOM parse); DOM parse + plain structs: min %6.2f median %6.2f (%4.2f); "
                "ours / the walk %4.2f\n",
                shape, static_cast<long long>(generated.instanceCount()), walk.front(), median(walk),
                median(walk) / refMedian, structs.front(), median(structs), median(structs) / refMedian,
                median(ours) / median(walk));
    std::printf("%-9s %7lld   the same runs: our decode on On-Demand alone (no indexed path): min %6.2f median %6.2f "
                "(%4.2f of the DOM parse); the indexed path takes %4.2f of its time\n",
                shape, static_cast<long long>(generated.instanceCount()), onDemand.front(), median(onDemand),
                median(onDemand) / refMedian, median(ours) / median(onDemand));
    std::printf("%-9s %7lld   freeing the result, not in the figures above: ours median %6.2f, the plain structs' "
                "%6.2f; ours with it / the DOM parse %4.2f\n",
                shape, static_cast<long long>(generated.instanceCount()), median(oursFree), median(structsFree),
                (median(ours) + median(oursFree)) / refMedian);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args.at(0) == QLatin1String("--write")) {
        QFile out(args.at(2));
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        out.write(Codec::encodeApplications(RegistryGenerator::realisticRegistry(args.at(1).toInt()), WireFormat::Json));
        return 0;
    }
    if (args.size() >= 2 && args.at(0) == QLatin1String("--warm")) {
        const int runs = qMax(1, args.at(1).toInt());
        for (const QString &arg : args.mid(2))
            sizes.append(arg.toInt());
        for (int size : sizes.isEmpty() ? QList<int>{10000} : sizes) {
            benchWarm("realistic", RegistryGenerator::realisticRegistry(size), runs);
            benchWarm("uniform", RegistryGenerator::registry(size), runs);
        }
        return 0;
    }
    const bool realisticOnly = args.value(0) == QLatin1String("--realistic-only");
    if (realisticOnly)
        args.removeFirst();
    for (const QString &arg : std::as_const(args))
        sizes.append(arg.toInt());
    if (sizes.isEmpty())
        sizes = {1000, 10000, 100000};

    std::printf("medians in ms; ratio = our decode / the reference parse of the same bytes, same run\n");
    for (int size : sizes) {
        benchShape("realistic", RegistryGenerator::realisticRegistry(size));
        if (!realisticOnly)
            benchShape("uniform", RegistryGenerator::registry(size));
    }
    return 0;
}
