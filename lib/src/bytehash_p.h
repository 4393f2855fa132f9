// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/qglobal.h>

#include <cstddef>
#include <cstring>

namespace Eureka {

// The library's own table hashes: a word at a time, for the decoders' interner and shape table
// and the duplicate-id check of every decoded application. Qt's qHash over bytes costs several
// times more per string on this build, and these run for every instance of every document.

// One step: \a value folded into \a hash.
inline quint64 hashMix(quint64 hash, quint64 value)
{
    hash ^= value;
    hash *= 0x9E3779B97F4A7C15ull;
    return hash ^ (hash >> 29);
}

inline quint32 hashBytes(const char *p, size_t n)
{
    quint64 h = 0xcbf29ce484222325ull ^ n;
    for (; n >= 8; p += 8, n -= 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        h = hashMix(h, word);
    }
    quint64 tail = 0;
    if (n) // an empty view may carry a null pointer, which memcpy must not get
        std::memcpy(&tail, p, n);
    h = hashMix(h, tail);
    return quint32(h ^ (h >> 32));
}

} // namespace Eureka
