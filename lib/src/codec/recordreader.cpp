// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "recordreader.h"

namespace Eureka::JsonDecoder {

RecordReader::RecordReader(CodecError *error, DecodePool &pool, const DecodeOptions &options)
    : m_ctx(error)
    , m_pool(pool)
    , m_options(options)
{
    m_pool.reset(options.keepInterned);
    m_emptyIndex = m_pool.intern(std::string_view());
}

const char *RecordReader::prepare(QByteArrayView data)
{
    if (data.size() > MaxDocumentSize) {
        m_ctx.fail(QStringLiteral("document of %1 bytes is larger than the %2 byte limit")
                       .arg(data.size())
                       .arg(MaxDocumentSize));
        return nullptr;
    }
    if (data.isEmpty()) {
        m_ctx.fail(QStringLiteral("empty document"), 0);
        return nullptr;
    }
    m_pending.useSlabsFor(m_options, data.size());
    const auto size = size_t(data.size());
    const char *padded = m_options.readablePastEnd >= InputPadding
        ? data.data()
        : m_pool.padded(data.data(), size, size_t(InputPadding));
    m_end = padded + size;
    return padded;
}

const std::array<JsonText::KeyPattern, 6> &RecordReader::leaseKeys()
{
    using JsonText::KeyPattern;
    namespace K = WireKeys;
    static const std::array<KeyPattern, 6> keys = {
        KeyPattern(K::RenewalIntervalInSecs), KeyPattern(K::DurationInSecs),
        KeyPattern(K::RegistrationTimestamp), KeyPattern(K::LastRenewalTimestamp),
        KeyPattern(K::EvictionTimestamp),     KeyPattern(K::ServiceUpTimestamp),
    };
    return keys;
}

InstanceFields RecordReader::blankFields()
{
    InstanceFields fields;
    const DataCenterInfo taken = std::move(fields.dataCenterInfo);
    Q_UNUSED(taken);
    return fields;
}

} // namespace Eureka::JsonDecoder
