// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QByteArray>

// \a data in the gzip format (RFC 1952), as a server sends a body with Content-Encoding: gzip.
QByteArray gzipped(const QByteArray &data);
