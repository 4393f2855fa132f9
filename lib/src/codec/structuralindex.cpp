// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "structuralindex.h"

#include "decodepool.h"

#include <simdjson.h>

namespace Eureka {

static_assert(InputPadding >= qsizetype(simdjson::SIMDJSON_PADDING));

StructuralIndex::StructuralIndex() = default;
StructuralIndex::~StructuralIndex() = default;

bool StructuralIndex::index(const char *data, size_t size)
{
    m_count = 0;
    m_positions = nullptr;
    if (size == 0)
        return false;
    if (!m_stage1 || m_capacity < size) {
        // Grown like the On-Demand parser's: to the largest stretch seen. A failed allocation
        // leaves none, so the next document tries again.
        const size_t depth = simdjson::DEFAULT_MAX_DEPTH;
        m_capacity = 0;
        if (m_stage1) {
            if (m_stage1->set_capacity(size) != simdjson::SUCCESS)
                return false;
        } else if (simdjson::get_active_implementation()->create_dom_parser_implementation(size, depth, m_stage1)
                   != simdjson::SUCCESS) {
            m_stage1.reset();
            return false;
        }
        m_capacity = size;
    }
    if (m_stage1->stage1(reinterpret_cast<const uint8_t *>(data), size, simdjson::stage1_mode::regular)
        != simdjson::SUCCESS)
        return false;
    m_count = m_stage1->n_structural_indexes;
    m_positions = m_stage1->structural_indexes.get();
    // simdjson 3's stage 1 ends the positions with the size (twice, then a zero), so that a
    // reader running past the last one stops: the walk reads a token's end from the next one.
    return m_count > 0 && m_positions[m_count] == size;
}

} // namespace Eureka
