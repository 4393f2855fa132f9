// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "decodecontext.h"

#include <cstring>

namespace Eureka {

namespace {
// Registries are nearly all plain ASCII: the scans step over eight bytes at a time while
// \a plainWord says a word needs no closer look, and otherwise hand one byte to \a step,
// which returns how many bytes it consumed, or 0 at the offending byte.
template<typename PlainWord, typename Step>
qint64 scan(QByteArrayView data, PlainWord plainWord, Step step)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (plainWord(word)) {
                i += 8;
                continue;
            }
        }
        const qsizetype used = step(p, n, i);
        if (used == 0)
            return i;
        i += used;
    }
    return -1;
}
} // namespace

qint64 firstInvalidUtf8(QByteArrayView data)
{
    const auto ascii = [](quint64 word) { return (word & 0x8080808080808080ull) == 0; };
    return scan(data, ascii, [](const unsigned char *p, qsizetype n, qsizetype i) -> qsizetype {
        const unsigned char c = p[i];
        if (c < 0x80)
            return 1;
        int extra;
        char32_t min;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return 0;
        }
        char32_t cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        return extra + 1;
    });
}

qint64 firstInvalidXmlControl(QByteArrayView data)
{
    // A word with no byte below 0x20 needs no closer look.
    const auto noControl = [](quint64 word) {
        return ((word - 0x2020202020202020ull) & ~word & 0x8080808080808080ull) == 0;
    };
    return scan(data, noControl, [](const unsigned char *p, qsizetype, qsizetype i) -> qsizetype {
        const unsigned char c = p[i];
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? 0 : 1;
    });
}

} // namespace Eureka
