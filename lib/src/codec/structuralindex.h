// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

namespace simdjson::internal {
class dom_parser_implementation;
}

namespace Eureka {

// simdjson's stage 1 alone: where a document's structural characters ({ } [ ] , :) and the
// first byte of each scalar and string are, for a walk that reads the document as the server
// writes it without On-Demand's iterator (JsonDecoder's indexed path). The buffers are kept
// for the next document.
class StructuralIndex
{
public:
    StructuralIndex();
    ~StructuralIndex();
    StructuralIndex(const StructuralIndex &) = delete;
    StructuralIndex &operator=(const StructuralIndex &) = delete;

    // Indexes \a size bytes at \a data, readable 64 bytes (SIMDJSON_PADDING) past the end.
    // False when stage 1 finds the document malformed (an unclosed string, invalid UTF-8, a
    // control character in a string, nothing at all), or when memory runs out.
    bool index(const char *data, size_t size);
    // How many positions index() found; positions() has one more, the document's size.
    uint32_t count() const { return m_count; }
    const uint32_t *positions() const { return m_positions; }

private:
    std::unique_ptr<simdjson::internal::dom_parser_implementation> m_stage1;
    size_t m_capacity = 0;
    uint32_t m_count = 0;
    const uint32_t *m_positions = nullptr;
};

} // namespace Eureka
