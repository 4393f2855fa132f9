// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/codec.h>

#include <QtCore/QByteArrayView>

#include <vector>

namespace Eureka {

// Tracks where a decoder is ("applications.application[2].instance[0].port") so that the
// first error can say where it happened. Segments are cheap pointers; the string is only
// built on error.
class DecodeContext
{
public:
    explicit DecodeContext(CodecError *error)
        : m_error(error)
    {
    }

    // Member by member: a Segment built on the stack and copied whole is one wide load of two
    // narrower stores just made, which the CPU cannot forward (once per field of every instance).
    void push(const char *key, qsizetype index = -1)
    {
        Segment &segment = m_path.emplace_back();
        segment.key = key;
        segment.index = index;
    }
    void pop() { m_path.pop_back(); }
    void setIndex(qsizetype index) { m_path.back().index = index; }

    bool failed() const { return m_failed; }
    void fail(const QString &message, qint64 offset = -1)
    {
        if (m_failed)
            return;
        m_failed = true;
        if (m_error) {
            m_error->message = message;
            m_error->path = pathString();
            m_error->offset = offset;
        }
    }

    QString pathString() const
    {
        QString path;
        for (const Segment &segment : m_path) {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += QLatin1StringView(segment.key);
            if (segment.index >= 0)
                path += QLatin1Char('[') + QString::number(segment.index) + QLatin1Char(']');
        }
        return path;
    }

private:
    struct Segment
    {
        const char *key;
        qsizetype index;
    };
    std::vector<Segment> m_path;
    CodecError *m_error;
    bool m_failed = false;
};

// RAII path segment.
class PathScope
{
public:
    PathScope(DecodeContext &ctx, const char *key, qsizetype index = -1)
        : m_ctx(ctx)
    {
        m_ctx.push(key, index);
    }
    ~PathScope() { m_ctx.pop(); }
    PathScope(const PathScope &) = delete;
    PathScope &operator=(const PathScope &) = delete;

private:
    DecodeContext &m_ctx;
};

// Offset of the first byte that breaks UTF-8, or -1 when \a data is valid UTF-8.
qint64 firstInvalidUtf8(QByteArrayView data);
// Offset of the first control character XML 1.0 does not allow anywhere (below U+0020 other
// than tab, line feed and carriage return; a NUL among them), or -1.
qint64 firstInvalidXmlControl(QByteArrayView data);

// Largest document the decoders accept; a registry of 100,000 instances is about 110 MB.
inline constexpr qsizetype MaxDocumentSize = 512 * 1024 * 1024;

} // namespace Eureka
