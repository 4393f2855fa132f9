// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/applications.h>

#include <QtCore/QTextStream>

// Prints a registry snapshot as a table for terminals: one line per instance, grouped by
// application, with the status counts and reconcile hash at the end.
class RegistryPrinter
{
public:
    explicit RegistryPrinter(QTextStream &out);
    void print(const Eureka::Applications &apps);

private:
    QTextStream &m_out;
};
