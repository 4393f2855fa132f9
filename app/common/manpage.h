// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QCommandLineOption>
#include <QtCore/QList>
#include <QtCore/QString>

// A man page in roff (man macros), built from the option tables a program parses, so that the
// page cannot drift from the program. Text is escaped: hyphens are minus signs, backslashes
// and leading dots are quoted.
class ManPage
{
public:
    ManPage(const QString &name, int section, const QString &version, const QString &summary);

    // A .SH section.
    void section(const QString &title);
    // A .SS subsection.
    void subsection(const QString &title);
    // Paragraphs; blank lines separate them, single newlines become line breaks.
    void paragraph(const QString &text);
    // A literal block (examples), kept as written.
    void example(const QString &text);
    // One tagged paragraph per option: its synopsis in bold, then its description.
    void options(const QList<QCommandLineOption> &options);
    // Tagged paragraphs: a bold term, then its text (commands, exit codes, variables).
    void definitions(const QList<std::pair<QString, QString>> &terms);

    QString toRoff() const;

    // \a text with roff's special characters escaped.
    static QString escaped(const QString &text);

private:
    QString m_name;
    int m_section;
    QString m_version;
    QString m_summary;
    QString m_body;
};
