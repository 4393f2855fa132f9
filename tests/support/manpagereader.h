// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace EurekaTest {

// A man page as `man -l` shows it (200 columns, plain text), with groff's warnings: how the
// generated pages are checked the way people and lintian read them.
struct RenderedManPage
{
    bool ran = false;     // false: man (Debian package man-db) could not be run
    QByteArray text;
    QByteArray warnings;  // groff's complaints; empty for a clean page
};

RenderedManPage renderManPage(const QString &path);

} // namespace EurekaTest
